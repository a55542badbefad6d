import ArgumentParser
import Foundation
import ReelFFmpeg
import ReelTimeline

/// Exit codes: 0 success, 1 the render failed, 2 bad input (draft or media), 3 FFmpeg missing,
/// 130 interrupted. Usage mistakes get ArgumentParser's 64.
enum ExitStatus {
    static let renderFailed: Int32 = 1
    static let badInput: Int32 = 2
    static let ffmpegMissing: Int32 = 3
    static let interrupted: Int32 = 130
}

/// Turns any engine error into a one-line reason (details after it) and the matching exit code.
func fail(_ error: Error) -> ExitCode {
    let (message, code): (String, Int32)
    switch error {
    case let e as DraftValidationError: (message, code) = (e.description, ExitStatus.badInput)
    case let e as MediaError: (message, code) = (e.description, ExitStatus.badInput)
    case let e as FFmpegError:
        if case .notInstalled = e { (message, code) = (e.description, ExitStatus.ffmpegMissing) }
        else { (message, code) = (e.description, ExitStatus.renderFailed) }
    case is CancellationError: (message, code) = ("interrupted; no partial output was left", ExitStatus.interrupted)
    case let e as CLIError: (message, code) = (e.message, ExitStatus.badInput)
    default: (message, code) = ("\(error)", ExitStatus.renderFailed)
    }
    FileHandle.standardError.write(Data("reel: \(message)\n".utf8))
    return ExitCode(code)
}

/// Runs a command's work, turning engine errors into the one-line reason and exit code;
/// usage errors pass through to ArgumentParser.
func reportingFailures(_ work: () async throws -> Void) async throws {
    do {
        try await work()
    } catch let e as ValidationError {
        throw e
    } catch {
        throw fail(error)
    }
}

struct CLIError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}

func printWarnings(_ warnings: [Diagnostic]) {
    for w in warnings where w.severity == .warning {
        FileHandle.standardError.write(Data("reel: warning: \(w.path): \(w.message)\n".utf8))
    }
}

func loadDraft(_ path: String) throws -> Draft {
    guard let data = FileManager.default.contents(atPath: path) else { throw CLIError("cannot read \(path)") }
    let (draft, warnings) = try Draft.decode(data)
    printWarnings(warnings)
    return draft
}

/// Runs `work` so that Ctrl-C cancels it (FFmpeg is stopped and partial output removed).
func cancellableOnInterrupt<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) async throws -> T {
    let task = Task { try await work() }
    signal(SIGINT, SIG_IGN)
    signal(SIGTERM, SIG_IGN)
    let sources = [SIGINT, SIGTERM].map { sig -> DispatchSourceSignal in
        let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
        source.setEventHandler { task.cancel() }
        source.resume()
        return source
    }
    defer { sources.forEach { $0.cancel() } }
    return try await task.value
}
