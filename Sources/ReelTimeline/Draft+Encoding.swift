import Foundation

extension Draft {
    /// The draft as JSON with the seed's short keys; defaults are left out so drafts stay small.
    public var json: JSONValue {
        var root: [String: JSONValue] = ["version": .number(Double(version))]
        var m: [String: JSONValue] = [
            "w": .number(Double(meta.width)), "h": .number(Double(meta.height)), "fps": .number(Double(meta.fps)),
        ]
        m["name"] = meta.name.map(JSONValue.string)
        if meta.fadeIn > 0 { m["fadeIn"] = .number(Double(meta.fadeIn)) }
        if meta.fadeOut > 0 { m["fadeOut"] = .number(Double(meta.fadeOut)) }
        if let l = meta.loudness { m["loudness"] = l.name.map(JSONValue.string) ?? .number(l.lufs) }
        m["quality"] = meta.quality.map { .string($0.rawValue) }
        m["platform"] = meta.platform.map { .string($0.rawValue) }
        m["length"] = meta.length.map { .number(Double($0)) }
        if let look = meta.look.json { m["look"] = look }
        root["m"] = .object(m)
        root["t"] = .array(tracks.map(\.json))
        return .object(root)
    }

    /// Pretty, key-sorted JSON bytes: stable, so drafts diff well and golden tests stay exact.
    public func encoded() -> Data {
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? enc.encode(json)) ?? Data("{}".utf8)
    }
}

extension Look {
    var json: JSONValue? {
        if isIdentity { return nil }
        if brightness == 0, contrast == 1, saturation == 1 { return .string(name.rawValue) }
        var o: [String: JSONValue] = [:]
        if name != .none { o["name"] = .string(name.rawValue) }
        if brightness != 0 { o["brightness"] = .number(brightness) }
        if contrast != 1 { o["contrast"] = .number(contrast) }
        if saturation != 1 { o["saturation"] = .number(saturation) }
        return .object(o)
    }
}

extension Track {
    var json: JSONValue {
        var o: [String: JSONValue] = ["tt": .number(Double(type.rawValue))]
        var m: [String: JSONValue] = [:]
        m["name"] = name.map(JSONValue.string)
        m["role"] = role.map { .string($0.rawValue) }
        m["duck"] = duck.map(JSONValue.bool)
        if !m.isEmpty { o["m"] = .object(m) }
        o["sg"] = .array(segments.map { $0.json(for: type) })
        return .object(o)
    }
}

extension Segment {
    func json(for type: TrackType) -> JSONValue {
        var o: [String: JSONValue] = [:]
        o["id"] = id.map(JSONValue.string)
        o["st"] = start.map { .number(Double($0)) }
        o["d"] = duration.map { .number(Double($0)) }
        var m: [String: JSONValue] = [:]
        m["src"] = src.map(JSONValue.string)
        m["name"] = name.map(JSONValue.string)
        if type != .text {
            if trimIn != 0 { m["in"] = .number(Double(trimIn)) }
            if speed != 1 { m["speed"] = .number(speed) }
            if volume != 1 { m["volume"] = .number(volume) }
            if mute { m["mute"] = .bool(true) }
        }
        switch type {
        case .visual:
            m["color"] = color.map(JSONValue.string)
            if fit != .cover { m["fit"] = .string(fit.rawValue) }
            if motion != .none { m["zoom"] = .string(motion.rawValue) }
            if let l = look.json { m["look"] = l }
            if let t = transition {
                m["tr"] = .object(["name": .string(t.name), "d": .number(Double(t.duration))])
            }
        case .audio:
            if fadeIn > 0 { m["fadeIn"] = .number(Double(fadeIn)) }
            if fadeOut > 0 { m["fadeOut"] = .number(Double(fadeOut)) }
            if !loop { m["loop"] = .bool(false) }
        case .text:
            m["text"] = text.map(JSONValue.string)
            m["kind"] = kind.map { .string($0.rawValue) }
            let st = style.json
            if !st.isEmpty { m["style"] = .object(st) }
        }
        o["m"] = .object(m)
        return .object(o)
    }
}

extension TextStyle {
    var json: [String: JSONValue] {
        let defaults = TextStyle()
        var o: [String: JSONValue] = [:]
        o["pos"] = position.map { .string($0.rawValue) }
        o["size"] = size.map { .number(Double($0)) }
        if color != defaults.color { o["color"] = .string(color) }
        o["font"] = font.map(JSONValue.string)
        o["box"] = box.map(JSONValue.bool)
        if boxColor != defaults.boxColor { o["boxColor"] = .string(boxColor) }
        if fadeIn != defaults.fadeIn { o["fadeIn"] = .number(Double(fadeIn)) }
        if fadeOut != defaults.fadeOut { o["fadeOut"] = .number(Double(fadeOut)) }
        o["preset"] = preset.map { .string($0.rawValue) }
        o["entrance"] = entrance.map { .string($0.rawValue) }
        return o
    }
}

/// A draft encodes as its JSON and decodes through the lenient loader, so a draft nested in
/// other Codable values (an edit history, a server's session) keeps the same format and always
/// loads, whatever version of Reel wrote it (see `Draft.load`). An empty draft is allowed there:
/// a session starts with one. Drafts handed in to render go through `Draft.decode` (strict).
extension Draft: Codable {
    public init(from decoder: Decoder) throws {
        self = Draft.load(try JSONValue(from: decoder)).draft
    }

    public func encode(to encoder: Encoder) throws {
        try json.encode(to: encoder)
    }
}
