import Foundation
import ReelFFmpeg

/// The package root, found from this file's location.
public let packageRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
}()

/// The built `reel` executable (debug build, made by `swift build` before the tests).
public func reelBinary() throws -> String {
    for config in ["debug", "release"] {
        let path = packageRoot + "/.build/\(config)/reel"
        if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    throw TestFailure("reel is not built; run `swift build` first")
}

public struct CommandResult: Sendable {
    public var code: Int32
    public var stdout: String
    public var stderr: String
}

/// Runs `reel` with arguments in a folder, with an optional environment. The blocking reads
/// and wait happen on a thread of their own, never on Swift's (two-thread) cooperative pool.
public func runReel(_ args: [String], in dir: String, environment: [String: String]? = nil, input: String? = nil) async throws -> CommandResult {
    let binary = try reelBinary()
    return try await withCheckedThrowingContinuation { continuation in
        Thread {
            do {
                let process = Process()
                process.executableURL = URL(fileURLWithPath: binary)
                process.arguments = args
                process.currentDirectoryURL = URL(fileURLWithPath: dir)
                if let environment { process.environment = environment }
                let out = Pipe(), err = Pipe()
                process.standardOutput = out
                process.standardError = err
                let stdin = Pipe()
                process.standardInput = input == nil ? FileHandle.nullDevice : stdin
                try process.run()
                if let input {
                    stdin.fileHandleForWriting.write(Data(input.utf8))
                    try? stdin.fileHandleForWriting.close()
                }
                let errData = Box<Data>()
                let reader = Thread { errData.value = err.fileHandleForReading.readDataToEndOfFile() }
                reader.start()
                let outData = out.fileHandleForReading.readDataToEndOfFile()
                process.waitUntilExit()
                while !reader.isFinished { usleep(1000) }
                continuation.resume(returning: CommandResult(
                    code: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                    stderr: String(decoding: errData.value ?? Data(), as: UTF8.self)))
            } catch {
                continuation.resume(throwing: error)
            }
        }.start()
    }
}

final class Box<T>: @unchecked Sendable {
    var value: T?
}
