import Foundation
import ReelFFmpeg

/// A small JPEG of a media file: a video's frame at a time, a photo scaled down, or a sound's
/// waveform. The studio shows them in its media bin and its timeline strip.
public struct Thumbnail: Sendable {
    public var source: String
    public var kind: MediaInfo.Kind
    /// Where in a video (ms); ignored for photos and sounds.
    public var atMs: Int
    /// Height in pixels (the width follows the picture's shape).
    public var height: Int
    /// A photo's EXIF orientation (1…8): turned as the render turns it.
    public var orientation: Int

    public init(source: String, kind: MediaInfo.Kind, atMs: Int = 0, height: Int = 120, orientation: Int = 1) {
        self.source = source
        self.kind = kind
        self.orientation = orientation
        self.atMs = max(0, atMs)
        self.height = min(720, max(16, height))
    }

    /// FFmpeg's arguments to write the thumbnail to `output` (a `.jpg`).
    public func arguments(output: String) -> [String] {
        var args = ["-hide_banner", "-loglevel", "error", "-nostdin", "-y"]
        let filters: [Filter]
        switch kind {
        case .video:
            args += ["-ss", String(format: "%.3f", Double(atMs) / 1000)]
            filters = [Filter("scale", ["w": "-2", "h": String(height)]), Filter("format", ["pix_fmts": "yuvj420p"])]
        case .image:
            filters = PlanBuilder.orientationFilters(orientation)
                + [Filter("scale", ["w": "-2", "h": String(height)]), Filter("format", ["pix_fmts": "yuvj420p"])]
        case .audio:
            filters = [Filter("showwavespic", ["s": "\(height * 4)x\(height)", "colors": "#8ab4f8"], kind: .video),
                       Filter("format", ["pix_fmts": "yuvj420p"])]
        }
        args += ["-i", FFmpegTools.fileURLArgument(source)]
        args += kind == .audio ? ["-filter_complex", Filter.chain(filters)] : ["-vf", Filter.chain(filters)]
        args += ["-frames:v", "1", "-c:v", "mjpeg", "-q:v", "5", "-update", "1", "-f", "image2", output]
        return args
    }

    /// Writes the thumbnail to `output` (through a temporary file, so a reader never sees half of one).
    public func write(to output: String, tools: FFmpegTools) async throws {
        let partial = output + ".\(UUID().uuidString).partial"
        let args = arguments(output: partial)
        let result = try await ProcessRunner.run(tools.ffmpeg, args)
        guard result.exitCode == 0, FileManager.default.fileExists(atPath: partial) else {
            try? FileManager.default.removeItem(atPath: partial)
            throw FFmpegError.failed(arguments: args, exitCode: result.exitCode, stderrTail: result.stderrTail)
        }
        _ = try? FileManager.default.removeItem(atPath: output)
        try FileManager.default.moveItem(atPath: partial, toPath: output)
    }
}
