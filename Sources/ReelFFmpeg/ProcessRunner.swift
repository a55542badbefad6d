import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a finished child process left behind.
public struct ProcessOutput: Sendable {
    public var exitCode: Int32
    public var stdout: Data
    /// The last part of stderr (bounded, so a chatty process cannot exhaust memory).
    public var stderrTail: String
}

public struct SpawnError: Error, CustomStringConvertible {
    public var executable: String
    public var errno: Int32
    public var description: String { "could not start \(executable): \(String(cString: strerror(errno)))" }
}

/// Runs a program as a structured resource: spawned inside the calling task, terminated
/// (SIGTERM, then SIGKILL) when that task is cancelled, its pipes drained to the end.
/// Arguments go straight to `posix_spawn`: no shell ever sees them.
///
/// Not Foundation's `Process`: children spawned from a dispatch thread inherit its blocked
/// signal mask, so SIGTERM never reached FFmpeg and every cancel waited for the SIGKILL.
/// Here the child starts with an empty mask and default handlers.
public enum ProcessRunner {
    public static let stderrLimit = 64 * 1024

    /// - Parameter onLine: called with each stdout line as it arrives (e.g. `-progress pipe:1`);
    ///   when given, stdout is streamed rather than collected.
    public static func run(
        _ executable: String,
        _ arguments: [String],
        onLine: (@Sendable (String) -> Void)? = nil
    ) async throws -> ProcessOutput {
        let child = ChildProcess(executable: executable, arguments: arguments)
        return try await withTaskCancellationHandler {
            let (outFD, errFD) = try child.start()
            async let stdout = drain(outFD, limit: onLine == nil ? Int.max : 0, onLine: onLine)
            async let stderr = drain(errFD, limit: stderrLimit, onLine: nil)
            let (o, e) = await (stdout, stderr)
            let code = await child.waitForExit()
            if Task.isCancelled { throw CancellationError() }
            return ProcessOutput(exitCode: code, stdout: o, stderrTail: String(decoding: e, as: UTF8.self))
        } onCancel: {
            child.terminate()
        }
    }

    /// Reads a pipe to EOF on a thread of its own; keeps at most the last `limit` bytes.
    private static func drain(_ fd: Int32, limit: Int, onLine: (@Sendable (String) -> Void)?) async -> Data {
        await withCheckedContinuation { continuation in
            blocking {
                let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
                var kept = Data()
                var partial = Data()
                while true {
                    let chunk = handle.availableData
                    if chunk.isEmpty { break }
                    if let onLine {
                        partial.append(chunk)
                        while let nl = partial.firstIndex(of: 0x0A) {
                            onLine(String(decoding: partial[partial.startIndex..<nl], as: UTF8.self))
                            partial.removeSubrange(partial.startIndex...nl)
                        }
                    }
                    if limit > 0 {
                        kept.append(chunk)
                        if limit < Int.max / 2, kept.count > limit * 2 { kept = Data(kept.suffix(limit)) }
                    }
                }
                if let onLine, !partial.isEmpty { onLine(String(decoding: partial, as: UTF8.self)) }
                continuation.resume(returning: Data(kept.suffix(limit)))
            }
        }
    }
}

/// Runs blocking work (a pipe read, `waitpid`) on a thread of its own. Not on Dispatch's global
/// queue: on Linux it runs about one block per core, so a few children's pipes and waits would
/// queue behind each other (and could stall a child whose pipe nobody reads).
private func blocking(_ work: @escaping @Sendable () -> Void) {
    let thread = Thread(block: work)
    thread.stackSize = 256 * 1024
    thread.start()
}

/// One spawned child, shared between the task that waits and the cancellation handler that kills.
final class ChildProcess: @unchecked Sendable {
    private let executable: String
    private let arguments: [String]
    private let lock = NSLock()
    private var pid: pid_t = 0
    private var cancelled = false
    private var reaped = false

    init(executable: String, arguments: [String]) {
        self.executable = executable
        self.arguments = arguments
    }

    /// Spawns the child with stdin from /dev/null; returns the read ends of its stdout and stderr.
    func start() throws -> (Int32, Int32) {
        lock.lock()
        defer { lock.unlock() }
        if cancelled { throw CancellationError() }
        var outPipe: [Int32] = [0, 0], errPipe: [Int32] = [0, 0]
        guard pipe(&outPipe) == 0 else { throw SpawnError(executable: executable, errno: errno) }
        guard pipe(&errPipe) == 0 else {
            close(outPipe[0]); close(outPipe[1])
            throw SpawnError(executable: executable, errno: errno)
        }
        // Only the dup2'd copies reach the child; the originals close on exec.
        for fd in outPipe + errPipe { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)

        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attr, &none)
        posix_spawnattr_setsigdefault(&attr, &all)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        // The child dies with this process: started through `setpriv --pdeathsig KILL`, which
        // sets PR_SET_PDEATHSIG and execs the program (posix_spawn cannot set it itself).
        let (program, argvStrings) = DeathSignal.wrap(executable, arguments)
        let argv = argvStrings.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        // The death signal follows the spawning *thread*: spawn from one that never exits.
        let rc = SpawnThread.shared.run { posix_spawn(&child, program, &actions, &attr, argv, environ) }
        close(outPipe[1])
        close(errPipe[1])
        guard rc == 0 else {
            close(outPipe[0]); close(errPipe[0])
            throw SpawnError(executable: executable, errno: rc)
        }
        pid = child
        return (outPipe[0], errPipe[0])
    }

    func terminate() {
        lock.lock()
        defer { lock.unlock() }
        cancelled = true
        guard pid > 0, !reaped else { return }
        let target = pid
        kill(target, SIGTERM)
        // FFmpeg finishes its current frame on SIGTERM; one that hangs gets SIGKILL.
        DispatchQueue.global().asyncAfter(deadline: .now() + 3) { [self] in
            lock.lock()
            defer { lock.unlock() }
            if !reaped { kill(target, SIGKILL) }
        }
    }

    /// Waits for the child; its exit code, or 128 + the signal that ended it.
    func waitForExit() async -> Int32 {
        let target = lock.withLock { pid }
        return await withCheckedContinuation { continuation in
            blocking { [self] in
                var status: Int32 = 0
                while waitpid(target, &status, 0) == -1 && errno == EINTR {}
                lock.withLock { reaped = true }
                let signal = status & 0x7F
                continuation.resume(returning: signal == 0 ? (status >> 8) & 0xFF : 128 + signal)
            }
        }
    }
}

/// How a child is tied to this process's life. Linux sends a child its parent-death signal
/// when the thread that spawned it ends, so every spawn happens on `SpawnThread`.
enum DeathSignal {
    /// `setpriv` (util-linux, on every Debian) if installed.
    static let setpriv: String? = ["/usr/bin/setpriv", "/bin/setpriv", "/usr/sbin/setpriv"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// The program to spawn and its argv (argv[0] first).
    static func wrap(_ executable: String, _ arguments: [String]) -> (String, [String]) {
        #if os(Linux)
        if let setpriv { return (setpriv, [setpriv, "--pdeathsig", "KILL", "--", executable] + arguments) }
        #endif
        return (executable, [executable] + arguments)
    }
}

/// One thread that lives as long as the process and makes every spawn, so a child's
/// parent-death signal fires when the process dies, not when some pool thread retires.
final class SpawnThread: @unchecked Sendable {
    static let shared = SpawnThread()
    private let condition = NSCondition()
    private var jobs: [() -> Void] = []

    private init() {
        let thread = Thread { [self] in loop() }
        thread.name = "reel-spawn"
        thread.stackSize = 256 * 1024
        thread.start()
    }

    /// Runs `work` on the spawn thread and waits for it (a spawn takes a millisecond or so).
    /// `work` is escaping on purpose: the spawn thread may still hold the job for an instant
    /// after signalling, which `withoutActuallyEscaping` traps on ("non-escaping closure has
    /// escaped", seen under load in the test suite).
    func run<T>(_ work: @escaping () -> T) -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        condition.withLock {
            jobs.append {
                box.value = work()
                done.signal()
            }
            condition.signal()
        }
        done.wait()
        return box.value!
    }

    private final class ResultBox<T>: @unchecked Sendable {
        var value: T?
    }

    private func loop() {
        while true {
            let job: () -> Void = condition.withLock {
                while jobs.isEmpty { condition.wait() }
                return jobs.removeFirst()
            }
            job()
        }
    }
}
