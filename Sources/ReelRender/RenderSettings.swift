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
    /// Whether the output has a sound track.
    public var hasAudio: Bool { self == .mp4 || self == .mov || self == .webm }
    /// Whether pieces of it join by stream copy (H.264 in MP4 or MOV): it can be rendered in
    /// chunks, and in parts on separate machines.
    public var joinsByStreamCopy: Bool { self == .mp4 || self == .mov }
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

import ReelTimeline

/// What each quality level asks of x264.
///
/// Each level is a CRF (constant quality) capped by a VBV `maxrate`/`bufsize`, so flat slides stay
/// small while busy footage cannot exceed what platforms accept; the caps are for 1080p30 and
/// scale with pixels per second. Measured on the reference job: README, "Output quality".
extension Quality {
    /// x264 CRF.
    public var crf: Int {
        switch self {
        case .low: 26
        case .medium: 22
        case .high: 19
        case .max: 16
        }
    }

    /// Peak video bitrate at 1080p30, in kbit/s (YouTube suggests ~8 Mbit/s for 1080p30 uploads).
    public var maxrate1080p30: Int {
        switch self {
        case .low: 3000
        case .medium: 6000
        case .high: 10000
        case .max: 16000
        }
    }
}

public struct RenderSettings: Sendable, Equatable {
    public var format: OutputFormat = .mp4
    /// Fast low-resolution render for iterating: shorter side 540, at most 15 fps, fastest encoder preset.
    public var preview = false
    /// For png/jpg: the moment of the video to grab, in seconds.
    public var stillAt: Double = 0
    /// x264 preset of the full-quality export.
    public var preset = "veryfast"
    /// CRF and bitrate cap of the full-quality export; nil takes the draft's (`high` if it has none).
    public var quality: Quality?
    /// A CRF that overrides the quality's (tests and benchmarks that need near-lossless output).
    public var crf: Int?
    /// Frames per second of the output, for keyframe spacing and bitrate caps (set by the engine).
    public var fps = 30
    /// Pixels per frame of the output, for bitrate caps (set by the engine).
    public var pixels = 1920 * 1080

    /// How many time chunks to render side by side (separate FFmpeg processes, joined by stream
    /// copy); nil lets the engine choose from the cores and the job (`ChunkLayout.automaticCount`).
    public var chunks: Int?

    public init(format: OutputFormat = .mp4, preview: Bool = false, stillAt: Double = 0, quality: Quality? = nil, chunks: Int? = nil) {
        self.format = format
        self.preview = preview
        self.stillAt = stillAt
        self.quality = quality
        self.chunks = chunks
    }

    /// Seconds between keyframes: what platforms and seeking want.
    public static let keyframeSeconds = 2

    /// Every video is BT.709, limited range, and says so (players assume BT.709 for HD and
    /// guess otherwise).
    static let colourTags = ["-colorspace", "bt709", "-color_primaries", "bt709", "-color_trc", "bt709", "-color_range", "tv"]

    /// A closed GOP of `keyframeSeconds` with no extra keyframes at scene cuts, so keyframes
    /// land on a fixed grid.
    var gopArgs: [String] {
        let gop = max(1, fps * Self.keyframeSeconds)
        return ["-g", String(gop), "-keyint_min", String(gop), "-sc_threshold", "0", "-flags", "+cgop"]
    }

    /// `maxrate`/`bufsize` for this canvas and frame rate, in kbit/s.
    var rateCap: (maxrate: Int, bufsize: Int) {
        let factor = Double(pixels * fps) / Double(1920 * 1080 * 30)
        let maxrate = max(500, Int((Double((quality ?? .high).maxrate1080p30) * factor).rounded()))
        return (maxrate, maxrate * 2)
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
            if preview {
                return ["-c:v", "libx264", "-preset", "ultrafast", "-crf", "28", "-pix_fmt", "yuv420p"] + gopArgs + Self.colourTags
            }
            let cap = rateCap
            return ["-c:v", "libx264", "-preset", preset, "-crf", String(crf ?? (quality ?? .high).crf),
                    "-maxrate", "\(cap.maxrate)k", "-bufsize", "\(cap.bufsize)k",
                    "-pix_fmt", "yuv420p", "-profile:v", "high"] + gopArgs + Self.colourTags
        case .webm:
            return ["-c:v", "libvpx-vp9", "-crf", preview ? "40" : String((quality ?? .high).crf + 12), "-b:v", "0", "-deadline", "realtime",
                    "-cpu-used", "8", "-row-mt", "1", "-pix_fmt", "yuv420p", "-g", String(max(1, fps * Self.keyframeSeconds))]
                + Self.colourTags
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

extension RenderSettings {
    /// These settings for one timeline's output: its frame rate and size (for keyframe spacing and
    /// bitrate caps) and, unless the caller chose, the draft's quality.
    func fitted(to timeline: ResolvedTimeline, width: Int, height: Int) -> RenderSettings {
        var s = self
        s.fps = timeline.fps
        s.pixels = width * height
        if s.quality == nil { s.quality = timeline.quality }
        return s
    }
}
