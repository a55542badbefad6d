import Foundation

/// Where `ffmpeg` and `ffprobe` are. `REEL_FFMPEG` / `REEL_FFPROBE` override the PATH search.
public struct FFmpegTools: Sendable {
    public var ffmpeg: String
    public var ffprobe: String

    public init(ffmpeg: String, ffprobe: String) {
        self.ffmpeg = ffmpeg
        self.ffprobe = ffprobe
    }

    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> FFmpegTools {
        guard let ffmpeg = find("ffmpeg", override: environment["REEL_FFMPEG"], path: environment["PATH"]) else {
            throw FFmpegError.notInstalled("ffmpeg")
        }
        guard let ffprobe = find("ffprobe", override: environment["REEL_FFPROBE"], path: environment["PATH"]) else {
            throw FFmpegError.notInstalled("ffprobe")
        }
        return FFmpegTools(ffmpeg: ffmpeg, ffprobe: ffprobe)
    }

    public static func find(_ name: String, override: String?, path: String?) -> String? {
        let fm = FileManager.default
        if let override, !override.isEmpty { return fm.isExecutableFile(atPath: override) ? override : nil }
        let dirs = (path ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":").map(String.init)
        for dir in dirs {
            let candidate = (dir as NSString).appendingPathComponent(name)
            if fm.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// A path FFmpeg reads as a file whatever it looks like (`file:` stops `http:`-style protocols).
    public static func fileURLArgument(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return "file:" + absolute
    }
}

public enum FFmpegError: Error, Sendable, CustomStringConvertible {
    case notInstalled(String)
    /// FFmpeg ran and failed: what it was asked, how it ended, what it said last.
    case failed(arguments: [String], exitCode: Int32, stderrTail: String)

    public var description: String {
        switch self {
        case .notInstalled(let tool):
            return "\(tool) is not installed. Install it with `sudo apt-get install ffmpeg` (Debian/Ubuntu), or run `make setup` in the Reel checkout."
        case .failed(let args, let code, let tail):
            let lines = tail.split(separator: "\n").suffix(12).joined(separator: "\n")
            var message = "FFmpeg failed (exit code \(code)).\n\(FFmpegError.hint(for: tail))command: ffmpeg \(args.map(shellQuoted).joined(separator: " "))\nlast output:\n\(lines)"
            if message.count > 16_000 { message = String(message.prefix(16_000)) + "…" }
            return message
        }
    }

    static func hint(for stderr: String) -> String {
        let s = stderr.lowercased()
        if s.contains("no space left") { return "hint: the disk is full.\n" }
        if s.contains("no such file") { return "hint: an input file is missing or was moved.\n" }
        if s.contains("invalid data found") { return "hint: an input is damaged or not really media.\n" }
        if s.contains("cannot find a matching stream") || s.contains("matches no streams") { return "hint: an input lacks the stream (audio or video) the draft needs.\n" }
        if s.contains("cannot allocate memory") { return "hint: out of memory; try a preview or shorter clips.\n" }
        return ""
    }
}

/// Quotes an argument for display only (error messages); Reel never runs a shell.
func shellQuoted(_ s: String) -> String {
    let safe = s.allSatisfy { $0.isLetter || $0.isNumber || "-_./:=+,@%".contains($0) }
    return safe && !s.isEmpty ? s : "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
}
