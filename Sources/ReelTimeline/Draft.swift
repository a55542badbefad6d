/// The timeline as users, the planner and the seed clients write it ("draft").
///
/// JSON keys follow the seed service: `t` tracks, `tt` track type, `sg` segments, `d` duration
/// in milliseconds, `m` metadata. Everything else sits in `m` objects, documented in
/// `schema/draft.schema.json`. Times are integer milliseconds throughout.
public struct Draft: Sendable, Equatable {
    public static let currentVersion = 1

    public var version: Int = Draft.currentVersion
    public var meta: DraftMeta = DraftMeta()
    public var tracks: [Track] = []

    public init(meta: DraftMeta = DraftMeta(), tracks: [Track] = []) {
        self.meta = meta
        self.tracks = tracks
    }
}

public struct DraftMeta: Sendable, Equatable {
    public var name: String?
    public var width: Int = 1920
    public var height: Int = 1080
    public var fps: Int = 30
    /// Fade in from black / out to black at the very start and end, in ms.
    public var fadeIn: Int = 0
    public var fadeOut: Int = 0
    public var look: Look = Look()
    /// Loudness normalisation of the final mix (two-pass loudnorm, true peak -1 dBTP); nil keeps
    /// the mix as written. Old drafts' `"loudnorm": true` reads as -16 LUFS, what it always aimed at.
    public var loudness: LoudnessTarget?
    /// Encoder quality of the export; nil is `high` (a render command may choose another).
    public var quality: Quality?
    /// Where the video will be shown: text keeps inside that platform's safe area.
    public var platform: Platform?
    /// The length the person asked for (ms): edits that would change it (a transition, a photo
    /// more or less) refit the pictures to keep it, until a length is asked for again.
    public var length: Int?

    public init() {}
}

/// A colour grade: a named look plus fine adjustments.
public struct Look: Sendable, Equatable, Codable {
    public var name: LookName = .none
    /// -1…1, 0 is unchanged.
    public var brightness: Double = 0
    /// 0…3, 1 is unchanged.
    public var contrast: Double = 1
    /// 0…3, 1 is unchanged.
    public var saturation: Double = 1

    public init(name: LookName = .none, brightness: Double = 0, contrast: Double = 1, saturation: Double = 1) {
        self.name = name
        self.brightness = brightness
        self.contrast = contrast
        self.saturation = saturation
    }

    public var isIdentity: Bool { name == .none && brightness == 0 && contrast == 1 && saturation == 1 }
}

public enum TrackType: Int, Sendable, Equatable, CaseIterable {
    case visual = 0
    case audio = 1
    case text = 7
}

public struct Track: Sendable, Equatable {
    public var type: TrackType
    public var name: String?
    /// Audio tracks: what the track is for; music is ducked under voice.
    public var role: AudioRole?
    /// Music tracks: lower the music while a voice track speaks.
    public var duck: Bool?
    public var segments: [Segment]

    public init(type: TrackType, name: String? = nil, role: AudioRole? = nil, duck: Bool? = nil, segments: [Segment] = []) {
        self.type = type
        self.name = name
        self.role = role
        self.duck = duck
        self.segments = segments
    }
}

/// One piece on a track. Which fields matter depends on the track type; see the schema.
public struct Segment: Sendable, Equatable {
    public var id: String?
    /// Start on the timeline (ms). Visual segments are laid end to end and ignore it.
    public var start: Int?
    /// Length on the timeline (ms). Audio segments may leave it out to last to the end.
    public var duration: Int?

    // Visual and audio
    public var src: String?
    public var name: String?
    /// Trim: where in the source the segment starts (ms).
    public var trimIn: Int = 0
    public var speed: Double = 1
    public var volume: Double = 1
    public var mute: Bool = false

    // Visual
    /// A solid background instead of a file ("#1e3a8a").
    public var color: String?
    public var fit: Fit = .cover
    public var motion: Motion = .none
    public var look: Look = Look()
    /// The transition from this segment into the next one.
    public var transition: Transition?

    // Audio
    public var fadeIn: Int = 0
    public var fadeOut: Int = 0
    public var loop: Bool = true

    // Text
    public var text: String?
    public var kind: TextKind?
    public var style: TextStyle = TextStyle()

    public init() {}

    public static func visual(src: String, duration: Int, name: String? = nil) -> Segment {
        var s = Segment()
        s.src = src
        s.duration = duration
        s.name = name
        return s
    }

    public static func text(_ text: String, kind: TextKind, start: Int, duration: Int) -> Segment {
        var s = Segment()
        s.text = text
        s.kind = kind
        s.start = start
        s.duration = duration
        return s
    }
}

public struct Transition: Sendable, Equatable {
    public var name: String
    /// ms
    public var duration: Int
    public init(name: String, duration: Int) {
        self.name = name
        self.duration = duration
    }
}

public struct TextStyle: Sendable, Equatable {
    public var position: TextPosition?
    /// Font size in pixels on a 1080-pixel canvas side; scaled with the canvas.
    public var size: Int?
    public var color: String = "#ffffff"
    /// A fontconfig family name ("Noto Sans CJK SC", "DejaVu Sans") or a font file path.
    public var font: String?
    public var box: Bool?
    public var boxColor: String = "#000000@0.55"
    public var fadeIn: Int = 300
    public var fadeOut: Int = 300
    /// A title look: clean, bold (on a backing bar) or lower-third.
    public var preset: TitleStyle?
    /// How the text arrives: fade (default) or rise (fade in with a gentle rise).
    public var entrance: TextEntrance?
    public init() {}
}
