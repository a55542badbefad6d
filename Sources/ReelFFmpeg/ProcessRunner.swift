import Foundation

/// What a finished child process left behind.
public struct ProcessOutput: Sendable {
    public var exitCode: Int32
    public var stdout: Data
    /// The last part of stderr (bounded, so a chatty process cannot exhaust memory).
    public var stderrTail: String
}

/// Runs a program as a structured resource: spawned inside the calling task, terminated
/// (SIGTERM, then SIGKILL) when that task is cancelled, its pipes drained to the end.
/// Arguments go straight to `execve`: no shell ever sees them.
public enum ProcessRunner {
    public static let stderrLimit = 64 * 1024

    /// - Parameter onLine: called with each stdout line as it arrives (e.g. `-progress pipe:1`);
    ///   when given, stdout is streamed rather than collected.
    public static func run(
        _ executable: String,
        _ arguments: [String],
        onLine: (@Sendable (String) -> Void)? = nil
    ) async throws -> ProcessOutput {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice

        let box = RunningProcess(process)
        return try await withTaskCancellationHandler {
            try Task.checkCancellation()
            try process.run()
            async let stdout = drain(out.fileHandleForReading, limit: onLine == nil ? Int.max : 0, onLine: onLine)
            async let stderr = drain(err.fileHandleForReading, limit: stderrLimit, onLine: nil)
            let (o, e) = await (stdout, stderr)
            let code = await box.waitForExit()
            if Task.isCancelled { throw CancellationError() }
            return ProcessOutput(exitCode: code, stdout: o, stderrTail: String(decoding: e, as: UTF8.self))
        } onCancel: {
            box.terminate()
        }
    }

    /// Reads a pipe to EOF on a worker thread; keeps at most the last `limit` bytes.
    private static func drain(_ handle: FileHandle, limit: Int, onLine: (@Sendable (String) -> Void)?) async -> Data {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
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

/// The handle shared between the task that waits and the cancellation handler that kills.
final class RunningProcess: @unchecked Sendable {
    private let process: Process
    private let lock = NSLock()
    private var terminated = false

    init(_ process: Process) { self.process = process }

    func terminate() {
        lock.lock()
        defer { lock.unlock() }
        guard !terminated else { return }
        terminated = true
        guard process.isRunning else { return }
        let pid = process.processIdentifier
        process.terminate()
        // FFmpeg finishes its current frame on SIGTERM; one that hangs gets SIGKILL.
        DispatchQueue.global().asyncAfter(deadline: .now() + 3) {
            if self.process.isRunning { kill(pid, SIGKILL) }
        }
    }

    func waitForExit() async -> Int32 {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                self.process.waitUntilExit()
                continuation.resume(returning: self.process.terminationStatus)
            }
        }
    }
}
