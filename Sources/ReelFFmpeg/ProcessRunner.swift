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

/// A stream this process writes into one of a child's extra file descriptors while the child
/// runs (FFmpeg reads it as `pipe:N`): frames Reel makes itself.
public struct InputFeed: Sendable {
    /// The descriptor the child reads, 3 or above.
    public var descriptor: Int32
    /// Writes the stream to the given descriptor and returns. Runs on a thread of its own, so it
    /// may block; a write that fails (the child stopped reading: it is done, failed or was
    /// stopped) should end it early. The descriptor is closed after it returns.
    public var write: @Sendable (Int32) -> Void

    public init(descriptor: Int32, write: @escaping @Sendable (Int32) -> Void) {
        self.descriptor = descriptor
        self.write = write
    }

    /// Writes `count` bytes to `fd`, retrying partial writes; false when the reader is gone.
    public static func writeAll(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Bool {
        var done = 0
        while done < count {
            let n = systemWrite(fd, bytes + done, count - done)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return false }
            done += n
        }
        return true
    }
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

    /// - Parameters:
    ///   - feeds: streams written into the child's extra descriptors while it runs, each by a
    ///     thread of its own; the run returns after every writer has.
    ///   - onLine: called with each stdout line as it arrives (e.g. `-progress pipe:1`);
    ///     when given, stdout is streamed rather than collected.
    public static func run(
        _ executable: String,
        _ arguments: [String],
        feeds: [InputFeed] = [],
        onLine: (@Sendable (String) -> Void)? = nil
    ) async throws -> ProcessOutput {
        let child = ChildProcess(executable: executable, arguments: arguments)
        return try await withTaskCancellationHandler {
            let (outFD, errFD, feedFDs) = try await child.start(feeds: feeds.map(\.descriptor))
            async let writers: Void = write(feeds, to: feedFDs)
            async let stdout = drain(outFD, limit: onLine == nil ? Int.max : 0, onLine: onLine)
            async let stderr = drain(errFD, limit: stderrLimit, onLine: nil)
            let (o, e) = await (stdout, stderr)
            let code = await child.waitForExit()
            // A writer the child stopped reading gets EPIPE at its next write and returns.
            await writers
            if Task.isCancelled { throw CancellationError() }
            return ProcessOutput(exitCode: code, stdout: o, stderrTail: String(decoding: e, as: UTF8.self))
        } onCancel: {
            child.terminate()
        }
    }

    /// Runs each feed's writer on a thread of its own on the write end of its pipe, closed after.
    private static func write(_ feeds: [InputFeed], to fds: [Int32]) async {
        guard !feeds.isEmpty else { return }
        IgnoreSIGPIPE.once()
        await withTaskGroup(of: Void.self) { group in
            for (feed, fd) in zip(feeds, fds) {
                group.addTask {
                    await withCheckedContinuation { continuation in
                        blocking {
                            feed.write(fd)
                            close(fd)
                            continuation.resume()
                        }
                    }
                }
            }
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

    /// Spawns the child with stdin from /dev/null and a pipe on each of `feeds` (descriptor
    /// numbers in the child); returns the read ends of its stdout and stderr and the write end
    /// of each feed's pipe.
    func start(feeds: [Int32] = []) async throws -> (Int32, Int32, [Int32]) {
        if lock.withLock({ cancelled }) { throw CancellationError() }
        // The child dies with this process: started through `setpriv --pdeathsig KILL`, which
        // sets PR_SET_PDEATHSIG and execs the program (posix_spawn cannot set it itself). The
        // death signal follows the spawning *thread*, so the spawn happens on one that never exits.
        let (program, argvStrings) = DeathSignal.wrap(executable, arguments)
        // Awaited, not waited for: a caller's thread (one of Swift's few) is never blocked on a spawn.
        let spawned = await SpawnThread.shared.run { Self.spawnWithPipes(program, argvStrings, feeds: feeds) }
        guard spawned.error == 0 else { throw SpawnError(executable: executable, errno: spawned.error) }
        // A cancel that came while spawning found no pid to signal: it is honoured now.
        if lock.withLock({ pid = spawned.pid; return cancelled }) { terminate() }
        return (spawned.stdout, spawned.stderr, spawned.feeds)
    }

    struct Spawned: Sendable {
        var error: Int32 = 0
        var pid: pid_t = 0
        var stdout: Int32 = -1
        var stderr: Int32 = -1
        var feeds: [Int32] = []
    }

    /// Makes the pipes and spawns, on the spawn thread: every pipe is close-on-exec before any
    /// other child can be spawned, so no other child ever holds one of this child's write ends
    /// (its reader would then wait for that child to end). Only the dup2'd copies reach the
    /// child. Each feed's read end is first moved above every target descriptor, so placing one
    /// never overwrites another.
    private static func spawnWithPipes(_ program: String, _ argvStrings: [String], feeds: [Int32]) -> Spawned {
        var opened: [Int32] = []
        func pipePair() -> (read: Int32, write: Int32)? {
            var fds: [Int32] = [0, 0]
            guard pipe(&fds) == 0 else { return nil }
            for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
            opened += fds
            return (fds[0], fds[1])
        }
        func failed(_ error: Int32) -> Spawned {
            for fd in opened { close(fd) }
            return Spawned(error: error)
        }
        guard let out = pipePair(), let err = pipePair() else { return failed(errno) }
        var feedPipes: [(read: Int32, write: Int32)] = []
        for _ in feeds {
            guard let p = pipePair() else { return failed(errno) }
            let high = fcntl(p.read, F_DUPFD_CLOEXEC, 256)
            guard high >= 0 else { return failed(errno) }
            opened.append(high)
            feedPipes.append((high, p.write))
        }
        let (rc, child) = spawn(program, argvStrings, stdout: out.write, stderr: err.write,
                                extra: zip(feedPipes, feeds).map { (from: $0.read, to: $1) })
        guard rc == 0 else { return failed(rc) }
        let kept = [out.read, err.read] + feedPipes.map(\.write)
        for fd in opened where !kept.contains(fd) { close(fd) }
        return Spawned(pid: child, stdout: out.read, stderr: err.read, feeds: feedPipes.map(\.write))
    }

    /// `posix_spawn` with stdin from /dev/null, stdout and stderr to the given descriptors, an
    /// empty signal mask and default handlers; the error number and the child's pid.
    private static func spawn(_ program: String, _ argvStrings: [String], stdout: Int32, stderr: Int32,
                              extra: [(from: Int32, to: Int32)]) -> (Int32, pid_t) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, stdout, 1)
        posix_spawn_file_actions_adddup2(&actions, stderr, 2)
        for e in extra { posix_spawn_file_actions_adddup2(&actions, e.from, e.to) }

        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attr, &none)
        posix_spawnattr_setsigdefault(&attr, &all)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = argvStrings.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        let rc = posix_spawn(&child, program, &actions, &attr, argv, environ)
        return (rc, child)
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

/// `write(2)` (the name is taken inside `InputFeed`).
private func systemWrite(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, bytes, count)
}

/// A writer whose reader went away gets EPIPE, not a signal that would end the whole process.
enum IgnoreSIGPIPE {
    private static let done: Bool = { signal(SIGPIPE, SIG_IGN); return true }()
    static func once() { _ = done }
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

    /// Runs `work` on the spawn thread; the caller suspends meanwhile (a spawn takes a
    /// millisecond or so, longer on a loaded machine).
    func run<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { (continuation: CheckedContinuation<T, Never>) in
            condition.withLock {
                jobs.append { continuation.resume(returning: work()) }
                condition.signal()
            }
        }
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
