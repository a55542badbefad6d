import ReelFFmpeg
import ReelTimeline

/// The draft after probing: every time in frames or seconds that FFmpeg will honour, every
/// source known, every default and clamp applied. Nothing here is user-facing JSON.
public struct ResolvedTimeline: Sendable, Equatable {
    public var width: Int
    public var height: Int
    public var fps: Int
    public var visuals: [ResolvedVisual]
    /// Transition after visual i (nil after the last, or none asked).
    public var transitions: [ResolvedTransition?]
    public var totalFrames: Int
    public var audio: [ResolvedAudio]
    public var texts: [ResolvedText]
    public var look: Look
    public var fadeIn: Double
    public var fadeOut: Double
    /// Loudness target of the final mix; nil keeps the mix as written.
    public var loudness: LoudnessTarget?
    /// The draft's encoder quality (nil: high).
    public var quality: Quality?
    /// Where the video will be shown (text safe areas).
    public var platform: Platform?

    public var loudnorm: Bool { loudness != nil }
    public var duration: Double { Double(totalFrames) / Double(fps) }
}

public struct ResolvedVisual: Sendable, Equatable {
    public enum Source: Sendable, Equatable {
        case image(path: String, info: MediaInfo)
        case video(path: String, info: MediaInfo)
        case color(String)
    }
    public var source: Source
    public var name: String
    public var startFrame: Int
    public var frames: Int
    /// Seconds into the source where the segment starts (clips).
    public var trimIn: Double
    public var speed: Double
    public var fit: Fit
    public var motion: Motion
    public var look: Look
    /// Volume of the clip's own sound; nil when it has none or it is muted.
    public var clipVolume: Double?

    /// Seconds of source a clip segment reads.
    public func sourceSeconds(fps: Int) -> Double { Double(frames) / Double(fps) * speed }
}

public struct ResolvedTransition: Sendable, Equatable {
    public var name: String
    public var frames: Int
}

public struct ResolvedAudio: Sendable, Equatable {
    public var path: String
    public var info: MediaInfo
    public var role: AudioRole
    public var name: String
    public var start: Double
    public var duration: Double
    public var trimIn: Double
    /// Playback speed (pitch-preserving tempo change).
    public var speed: Double
    public var volume: Double
    public var fadeIn: Double
    public var fadeOut: Double
    public var loop: Bool
    /// Music ducked under the voice tracks.
    public var duck: Bool
}

public struct ResolvedText: Sendable, Equatable {
    public var text: String
    public var kind: TextKind
    public var start: Double
    public var end: Double
    public var position: TextPosition
    /// Pixels on the real canvas.
    public var size: Int
    public var color: String
    public var font: String
    public var box: Bool
    public var boxColor: String
    public var fadeIn: Double
    public var fadeOut: Double
    /// A title look (clean, bold on a bar, lower third); nil is the kind's default.
    public var preset: TitleStyle? = nil
    public var entrance: TextEntrance = .fade
}
