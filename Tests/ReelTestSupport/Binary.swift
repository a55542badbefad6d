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

/// Runs `reel` with arguments in a folder, with an optional environment.
public func runReel(_ args: [String], in dir: String, environment: [String: String]? = nil) async throws -> CommandResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try reelBinary())
    process.arguments = args
    process.currentDirectoryURL = URL(fileURLWithPath: dir)
    if let environment { process.environment = environment }
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    async let o = Task.detached { out.fileHandleForReading.readDataToEndOfFile() }.value
    async let e = Task.detached { err.fileHandleForReading.readDataToEndOfFile() }.value
    let (od, ed) = await (o, e)
    process.waitUntilExit()
    return CommandResult(code: process.terminationStatus, stdout: String(decoding: od, as: UTF8.self),
                         stderr: String(decoding: ed, as: UTF8.self))
}
