/// The editing vocabulary's closed sets: names a draft may use, checked at validation.

/// Every transition FFmpeg 5.1's `xfade` knows, by its own name.
public enum TransitionName {
    public static let all: [String] = [
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
