import Foundation

/// The editing vocabulary's closed sets: names a draft may use, checked at validation.

/// Transitions by the names people use: every `xfade` transition of FFmpeg 5.1, plus
/// `crossfade` (the smooth blend people mean by "dissolve" or "crossfade") and `pixeldissolve`
/// (xfade's own random-pixel `dissolve`, under an honest name).
///
/// `dissolve` is the same smooth cross-fade under the other word people use (the planner keeps the
/// word the person said); xfade's own `dissolve` speckles at its midpoint, so it is never used for it.
public enum TransitionName {
    public static let all: [String] = [
        "crossfade", "pixeldissolve",
        "fade", "wipeleft", "wiperight", "wipeup", "wipedown", "slideleft", "slideright",
        "slideup", "slidedown", "circlecrop", "rectcrop", "distance", "fadeblack", "fadewhite",
        "radial", "smoothleft", "smoothright", "smoothup", "smoothdown", "circleopen",
        "circleclose", "vertopen", "vertclose", "horzopen", "horzclose", "dissolve", "pixelize",
        "diagtl", "diagtr", "diagbl", "diagbr", "hlslice", "hrslice", "vuslice", "vdslice",
        "hblur", "fadegrays", "wipetl", "wipetr", "wipebl", "wipebr", "squeezeh", "squeezev",
        "zoomin", "fadefast", "fadeslow",
    ]
    static let set = Set(all)
    public static func isKnown(_ name: String) -> Bool { set.contains(name) }

    /// The `xfade` transition a name renders as.
    public static func xfade(_ name: String) -> String {
        switch name {
        case "crossfade", "dissolve": "fade"
        case "pixeldissolve": "dissolve"
        default: name
        }
    }
}

/// How much the export may spend on picture quality (see `RenderSettings` for the numbers).
public enum Quality: String, Sendable, CaseIterable, Codable {
    case low, medium, high, max

    /// A draft/API/CLI word: the levels, plus common synonyms ("standard", "ultra").
    public static func named(_ word: String) -> Quality? {
        switch word.lowercased() {
        case "low", "draft": .low
        case "medium", "standard", "normal": .medium
        case "high", "hd": .high
        case "max", "maximum", "ultra", "best": .max
        default: nil
        }
    }
}

/// An integrated-loudness target for the final mix (true peak always at most -1 dBTP).
///
/// A platform word or a number of LUFS. YouTube, TikTok, Instagram, Facebook and Spotify
/// normalise playback to about -14 LUFS; Apple and podcasts to -16; EBU R128 broadcast is -23.
public struct LoudnessTarget: Sendable, Equatable, Hashable {
    /// The platform word as written ("youtube"); nil when the draft gave a number.
    public var name: String?
    public var lufs: Double

    public init(lufs: Double) { self.name = nil; self.lufs = lufs }
    init(name: String, lufs: Double) { self.name = name; self.lufs = lufs }

    public static let platforms: [(name: String, lufs: Double)] = [
        ("youtube", -14), ("tiktok", -14), ("instagram", -14), ("reels", -14), ("shorts", -14),
        ("facebook", -14), ("spotify", -14), ("apple", -16), ("podcast", -16), ("broadcast", -23), ("ebu", -23),
    ]
    public static let lufsRange: ClosedRange<Double> = -31 ... -9

    public static func named(_ word: String) -> LoudnessTarget? {
        let w = word.lowercased()
        return platforms.first { $0.name == w }.map { LoudnessTarget(name: $0.name, lufs: $0.lufs) }
    }

    /// A platform word or a number ("-14", "-14 LUFS").
    public static func parse(_ text: String) -> LoudnessTarget? {
        if let named = named(text) { return named }
        var t = text.lowercased().trimmingCharacters(in: .whitespaces)
        if t.hasSuffix("lufs") { t = String(t.dropLast(4)).trimmingCharacters(in: .whitespaces) }
        guard let v = Double(t), lufsRange.contains(v) else { return nil }
        return LoudnessTarget(lufs: v)
    }

    /// True peak ceiling asked of loudnorm; a half-dB margin keeps the encoded file at or below -1 dBTP.
    public static let truePeak = -1.5
}

/// Where the video will be shown: sets the safe area text keeps inside (platform controls
/// cover parts of a vertical video).
public enum Platform: String, Sendable, Codable, CaseIterable {
    case tiktok, reels, shorts, youtube
}

/// Looks for titles: `clean` (white with a soft shadow), `bold` (heavy type on a backing
/// bar), `lowerthird` (smaller, left-aligned on a bar in the lower third).
public enum TitleStyle: String, Sendable, Codable, CaseIterable {
    case clean, bold, lowerthird = "lower-third"
}

/// How text arrives: `fade` (the default fade in/out) or `rise` (fades in while rising gently).
public enum TextEntrance: String, Sendable, Codable, CaseIterable {
    case fade, rise
}

public enum Fit: String, Sendable, Codable, CaseIterable { case cover, contain }

/// Slow zoom / pan on stills ("Ken Burns").
public enum Motion: String, Sendable, Codable, CaseIterable {
    case none, zoomIn = "in", zoomOut = "out", panLeft = "left", panRight = "right", panUp = "up", panDown = "down"
}

public enum LookName: String, Sendable, Codable, CaseIterable {
    case none, bw, sepia, warm, cool, vivid, vintage
}

public enum TextKind: String, Sendable, Codable, CaseIterable { case title, caption, endcard }

public enum TextPosition: String, Sendable, Codable, CaseIterable {
    case top, center, bottom, lowerThird = "lower-third", topLeft = "top-left", topRight = "top-right",
         bottomLeft = "bottom-left", bottomRight = "bottom-right"
}

public enum AudioRole: String, Sendable, Codable, CaseIterable { case music, voice }

/// Named canvases; a draft may also give any even width and height.
public struct CanvasPreset: Sendable, Equatable {
    public var name: String
    public var width: Int
    public var height: Int

    public static let all: [CanvasPreset] = [
        .init(name: "16:9", width: 1920, height: 1080),
        .init(name: "9:16", width: 1080, height: 1920),
        .init(name: "1:1", width: 1080, height: 1080),
        .init(name: "4:5", width: 1080, height: 1350),
        .init(name: "720p", width: 1280, height: 720),
        .init(name: "1080p", width: 1920, height: 1080),
        .init(name: "4k", width: 3840, height: 2160),
    ]

    public static func named(_ name: String) -> CanvasPreset? {
        all.first { $0.name == name.lowercased() }
    }
}
