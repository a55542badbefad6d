import Foundation

/// What to produce: the container/format and how hard to work at it.
public enum OutputFormat: String, Sendable, CaseIterable {
    case mp4, mov, webm, gif, png, jpg

    /// The format an output path's extension names (`.jpeg` counts as jpg).
    public static func from(path: String) -> OutputFormat? {
        let ext = (path as NSString).pathExtension.lowercased()
        return ext == "jpeg" ? .jpg : OutputFormat(rawValue: ext)
    }

    var isStill: Bool { self == .png || self == .jpg }
    var hasAudio: Bool { self == .mp4 || self == .mov || self == .webm }
    var muxer: String {
        switch self {
        case .mp4: "mp4"
        case .mov: "mov"
        case .webm: "webm"
        case .gif: "gif"
        case .png, .jpg: "image2"
        }
    }
}

public struct RenderSettings: Sendable, Equatable {
    public var format: OutputFormat = .mp4
    /// Fast low-resolution render for iterating: shorter side 540, at most 15 fps, fastest encoder preset.
    public var preview = false
    /// For png/jpg: the moment of the video to grab, in seconds.
    public var stillAt: Double = 0
    /// x264 preset and CRF of the full-quality export.
    public var preset = "veryfast"
    public var crf = 20
    /// How many time chunks to render side by side (separate FFmpeg processes, joined by stream
    /// copy); nil lets the engine choose from the cores and the job (`ChunkLayout.automaticCount`).
    public var chunks: Int?

    public init(format: OutputFormat = .mp4, preview: Bool = false, stillAt: Double = 0, chunks: Int? = nil) {
        self.format = format
        self.preview = preview
        self.stillAt = stillAt
        self.chunks = chunks
    }

    public static let previewShortSide = 540
    /// Previews show motion at up to 15 frames a second: half the work of a 30 fps export.
    public static let previewMaxFPS = 15

    /// The output canvas for a timeline canvas: itself, or scaled so the shorter side is 540.
    public func canvas(width: Int, height: Int) -> (width: Int, height: Int) {
        guard preview, min(width, height) > Self.previewShortSide else { return (width, height) }
        let s = Double(Self.previewShortSide) / Double(min(width, height))
        func even(_ x: Double) -> Int { max(2, Int((x / 2).rounded()) * 2) }
        return (even(Double(width) * s), even(Double(height) * s))
    }

    /// The video encoder's arguments (the benchmark re-encodes with exactly these).
    public var videoEncoderArgs: [String] {
        switch format {
        case .mp4, .mov:
            return preview
                ? ["-c:v", "libx264", "-preset", "ultrafast", "-crf", "28", "-pix_fmt", "yuv420p"]
                : ["-c:v", "libx264", "-preset", preset, "-crf", String(crf), "-pix_fmt", "yuv420p", "-profile:v", "high"]
        case .webm:
            return ["-c:v", "libvpx-vp9", "-crf", preview ? "40" : "32", "-b:v", "0", "-deadline", "realtime",
                    "-cpu-used", "8", "-row-mt", "1", "-pix_fmt", "yuv420p"]
        case .gif:
            return ["-loop", "0"]
        case .png:
            return ["-frames:v", "1", "-update", "1"]
        case .jpg:
            return ["-frames:v", "1", "-update", "1", "-q:v", "2"]
        }
    }

    var audioEncoderArgs: [String] {
        switch format {
        case .mp4, .mov: ["-c:a", "aac", "-b:a", preview ? "96k" : "192k", "-ar", "48000", "-ac", "2"]
        case .webm: ["-c:a", "libopus", "-b:a", preview ? "64k" : "128k", "-ar", "48000", "-ac", "2"]
        default: []
        }
    }

    var containerArgs: [String] {
        switch format {
        case .mp4, .mov: ["-movflags", "+faststart"]
        default: []
        }
    }
}
