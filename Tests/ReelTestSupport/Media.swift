import Foundation
import ReelFFmpeg

/// A scratch folder with synthetic media made by FFmpeg's lavfi generators; removed on deinit.
public final class Scratch: @unchecked Sendable {
    public let dir: String
    public let tools: FFmpegTools

    public init() throws {
        tools = try FFmpegTools.locate()
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("reel-test-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: dir) }

    public func path(_ name: String) -> String { dir + "/" + name }

    /// Runs ffmpeg (quiet, overwrite) and fails loudly with its stderr.
    @discardableResult
    public func ffmpeg(_ args: [String]) async throws -> ProcessOutput {
        let out = try await ProcessRunner.run(tools.ffmpeg, ["-hide_banner", "-nostdin", "-v", "error", "-y"] + args)
        if out.exitCode != 0 { throw TestFailure("ffmpeg \(args.joined(separator: " ")) failed: \(out.stderrTail)") }
        return out
    }

    /// A still picture of one colour.
    public func image(_ name: String, color: String, width: Int = 320, height: Int = 180) async throws -> String {
        try await ffmpeg(["-f", "lavfi", "-i", "color=c=\(color):s=\(width)x\(height)", "-frames:v", "1", path(name)])
        return path(name)
    }

    /// A clip of one colour (or a lavfi source), optionally with a sine tone.
    public func clip(_ name: String, source: String = "color=c=green", width: Int = 320, height: Int = 180,
                     seconds: Double = 2, fps: Int = 30, tone: Int? = 440, extra: [String] = []) async throws -> String {
        let sep = source.contains("=") ? ":" : "="
        var args = ["-f", "lavfi", "-i", "\(source)\(sep)s=\(width)x\(height):r=\(fps):d=\(seconds)"]
        if let tone { args += ["-f", "lavfi", "-i", "sine=f=\(tone):d=\(seconds):r=48000"] }
        args += ["-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p"]
        if tone != nil { args += ["-c:a", "aac", "-shortest"] }
        args += extra + [path(name)]
        try await ffmpeg(args)
        return path(name)
    }

    /// A stereo sine tone (full-scale amplitude `amplitude`).
    public func tone(_ name: String, frequency: Int = 440, seconds: Double = 3, amplitude: Double = 0.5) async throws -> String {
        try await ffmpeg(["-f", "lavfi", "-i", "aevalsrc=\(amplitude)*sin(2*PI*\(frequency)*t):s=48000:d=\(seconds)",
                          "-ac", "2", path(name)])
        return path(name)
    }
}

public struct TestFailure: Error, CustomStringConvertible {
    public var description: String
    public init(_ d: String) { description = d }
}
