import Foundation
import ReelTimeline

// The operations' wire format: `{"op": "setCanvas", "width": 1080, "height": 1920}`. Every key is
// named here by hand (never synthesized), so renaming a Swift value cannot change the public API;
// `schema/operations.schema.json` describes the same set and `OperationSchemaTests` keeps the two
// in step. The LLM writes this form, SSE `functionCall.args` carries it, and the typed-operation
// endpoint, the MCP tools and the studio send it.

/// Why a wire operation could not be read: where (`operations[1].width`) and what to do about it.
public struct OperationDecodingError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var message: String
    public init(_ path: String, _ message: String) {
        self.path = path
        self.message = message
    }
    public var description: String { path.isEmpty ? message : "\(path): \(message)" }
}

extension EditOperation {
    /// Every operation name, in the schema's order.
    public static let wireNames = [
        "compose", "composeText", "setDuration", "setCanvas", "setFPS", "setFit", "trim", "setSpeed", "move",
        "remove", "replace", "duplicate", "insert", "setTransition", "setMotion", "setLook", "setClipLook", "setFades",
        "addText", "editText", "removeText", "styleText", "addCaptions", "addMusic", "setMusicVolume", "setMusicFades", "setMusicTiming",
        "trimMusic", "setMusicLoop", "removeMusic", "muteClips", "setClipVolume", "setDucking", "setLoudness", "addVoiceover",
        "removeVoiceover",
    ]

    /// Defaults a client may leave out.
    public static let defaultStillMs = Segment.defaultStillDuration
    public static let defaultTransitionMs = 800
    public static let defaultMusicVolume = 0.35

    public var wireName: String {
        switch self {
        case .compose: "compose"
        case .composeText: "composeText"
        case .setDuration: "setDuration"
        case .setCanvas: "setCanvas"
        case .setFPS: "setFPS"
        case .setFit: "setFit"
        case .trim: "trim"
        case .setSpeed: "setSpeed"
        case .move: "move"
        case .remove: "remove"
        case .replace: "replace"
        case .duplicate: "duplicate"
        case .insert: "insert"
        case .setTransition: "setTransition"
        case .setMotion: "setMotion"
        case .setLook: "setLook"
        case .setClipLook: "setClipLook"
        case .setFades: "setFades"
        case .addText: "addText"
        case .editText: "editText"
        case .removeText: "removeText"
        case .styleText: "styleText"
        case .addCaptions: "addCaptions"
        case .addMusic: "addMusic"
        case .setMusicVolume: "setMusicVolume"
        case .setMusicFades: "setMusicFades"
        case .setMusicTiming: "setMusicTiming"
        case .trimMusic: "trimMusic"
        case .setMusicLoop: "setMusicLoop"
        case .removeMusic: "removeMusic"
        case .muteClips: "muteClips"
        case .setClipVolume: "setClipVolume"
        case .setDucking: "setDucking"
        case .setLoudness: "setLoudness"
        case .addVoiceover: "addVoiceover"
        case .removeVoiceover: "removeVoiceover"
        }
    }

    /// The operation's arguments (everything but `op`), as the wire carries them.
    public var wireArguments: [String: JSONValue] {
        var o = WireObject()
        switch self {
        case .compose(let sources, let stillMs):
            o["sources"] = .array(sources.map(JSONValue.string))
            o.int("stillMs", stillMs)
        case .composeText(let title, let durationMs, let colors):
            o.string("title", title)
            o.int("durationMs", durationMs)
            o["colors"] = .array(colors.map(JSONValue.string))
        case .setDuration(let ms):
            o.int("durationMs", ms)
        case .setCanvas(let width, let height):
            o.int("width", width)
            o.int("height", height)
        case .setFPS(let fps):
            o.int("fps", fps)
        case .setFit(let target, let fit):
            o["target"] = target.wire
            o["fit"] = .string(fit.rawValue)
        case .trim(let target, let inMs, let durationMs):
            o["target"] = target.wire
            o.int("inMs", inMs)
            o.int("durationMs", durationMs)
        case .setSpeed(let target, let speed):
            o["target"] = target.wire
            o.number("speed", speed)
        case .move(let target, let to):
            o["target"] = target.wire
            o.int("position", to)
        case .remove(let target), .duplicate(let target):
            o["target"] = target.wire
        case .replace(let target, let source):
            o["target"] = target.wire
            o.string("source", source)
        case .insert(let source, let at):
            o.string("source", source)
            o.int("position", at)
        case .setMusicTiming(let startMs, let endMs):
            o.int("startMs", startMs)
            o.int("endMs", endMs)
        case .trimMusic(let inMs):
            o.int("inMs", inMs)
        case .setTransition(let target, let name, let durationMs):
            o["target"] = target.wire
            o["name"] = name.map(JSONValue.string) ?? .null
            o.int("durationMs", durationMs)
        case .setMotion(let target, let motion):
            o["target"] = target.wire
            o["motion"] = .string(motion.rawValue)
        case .setLook(let look):
            o.look(look)
        case .setClipLook(let target, let look):
            o["target"] = target.wire
            o.look(look)
        case .setFades(let inMs, let outMs), .setMusicFades(let inMs, let outMs):
            o.int("inMs", inMs)
            o.int("outMs", outMs)
        case .addText(let kind, let text, let startMs, let durationMs, let position):
            o["kind"] = .string(kind.rawValue)
            o.string("text", text)
            o.int("startMs", startMs)
            o.int("durationMs", durationMs)
            o.string("position", position?.rawValue)
        case .editText(let target, let text, let startMs, let durationMs, let position, let color, let size):
            o["target"] = target.wire
            o.string("text", text)
            o.int("startMs", startMs)
            o.int("durationMs", durationMs)
            o.string("position", position?.rawValue)
            o.string("color", color)
            o.int("size", size)
        case .removeText(let target):
            o["target"] = target.wire
        case .styleText(let target, let preset, let entrance):
            o["target"] = target.wire
            o.string("style", preset?.rawValue)
            o.string("entrance", entrance?.rawValue)
        case .addCaptions(let script, let startMs, let endMs):
            o.string("script", script)
            o.int("startMs", startMs)
            o.int("endMs", endMs)
        case .addMusic(let source, let volume):
            o.string("source", source)
            o.number("volume", volume)
        case .setMusicVolume(let volume):
            o.number("volume", volume)
        case .setMusicLoop(let loop):
            o["loop"] = .bool(loop)
        case .removeMusic, .removeVoiceover:
            break
        case .muteClips(let mute):
            o["mute"] = .bool(mute)
        case .setClipVolume(let target, let volume):
            o["target"] = target.wire
            o.number("volume", volume)
        case .setDucking(let duck):
            o["duck"] = .bool(duck)
        case .setLoudness(let target):
            o.string("target", target)
        case .addVoiceover(let source, let startMs):
            o.string("source", source)
            o.int("startMs", startMs)
        }
        return o.fields
    }

    /// `{"op": name, …arguments}`.
    public var wire: JSONValue {
        var fields = wireArguments
        fields["op"] = .string(wireName)
        return .object(fields)
    }

    /// Reads one wire operation; `path` prefixes the place named in an error.
    public init(wire json: JSONValue, path: String = "") throws {
        guard case .object(let object) = json else {
            throw OperationDecodingError(path, "an operation must be an object like {\"op\": \"setCanvas\", \"width\": 1080, \"height\": 1920}, not \(json.typeName)")
        }
        var r = WireReader(object: object, path: path)
        let name = try r.requiredString("op")
        switch name {
        case "compose":
            self = .compose(sources: try r.requiredStrings("sources"), stillMs: try r.int("stillMs") ?? Self.defaultStillMs)
        case "composeText":
            self = .composeText(title: try r.string("title"), durationMs: try r.requiredInt("durationMs"),
                                colors: try r.strings("colors") ?? [])
        case "setDuration":
            self = .setDuration(ms: try r.requiredInt("durationMs"))
        case "setCanvas":
            self = .setCanvas(width: try r.requiredInt("width"), height: try r.requiredInt("height"))
        case "setFPS":
            self = .setFPS(try r.requiredInt("fps"))
        case "setFit":
            self = .setFit(try r.segmentTarget(), try r.requiredOneOf("fit", Fit.self))
        case "trim":
            self = .trim(try r.segmentTarget(), inMs: try r.int("inMs"), durationMs: try r.int("durationMs"))
        case "setSpeed":
            self = .setSpeed(try r.segmentTarget(), try r.requiredNumber("speed"))
        case "move":
            self = .move(try r.segmentTarget(), to: try r.requiredInt("position"))
        case "remove":
            self = .remove(try r.segmentTarget())
        case "replace":
            self = .replace(try r.segmentTarget(), source: try r.requiredString("source"))
        case "duplicate":
            self = .duplicate(try r.segmentTarget())
        case "insert":
            self = .insert(source: try r.requiredString("source"), at: try r.int("position"))
        case "setMusicTiming":
            self = .setMusicTiming(startMs: try r.int("startMs"), endMs: try r.int("endMs"))
        case "trimMusic":
            self = .trimMusic(inMs: try r.requiredInt("inMs"))
        case "setTransition":
            self = .setTransition(try r.segmentTarget(), name: try r.nullableString("name"),
                                  durationMs: try r.int("durationMs") ?? Self.defaultTransitionMs)
        case "setMotion":
            self = .setMotion(try r.segmentTarget(), try r.requiredOneOf("motion", Motion.self))
        case "setLook":
            self = .setLook(try r.look())
        case "setClipLook":
            self = .setClipLook(try r.segmentTarget(), try r.look())
        case "setFades":
            self = .setFades(inMs: try r.int("inMs"), outMs: try r.int("outMs"))
        case "addText":
            self = .addText(kind: try r.requiredOneOf("kind", TextKind.self), text: try r.requiredString("text"),
                            startMs: try r.int("startMs"), durationMs: try r.int("durationMs"),
                            position: try r.oneOf("position", TextPosition.self))
        case "editText":
            self = .editText(try r.textTarget(), text: try r.string("text"), startMs: try r.int("startMs"),
                             durationMs: try r.int("durationMs"), position: try r.oneOf("position", TextPosition.self),
                             color: try r.string("color"), size: try r.int("size"))
        case "removeText":
            self = .removeText(try r.textTarget())
        case "styleText":
            self = .styleText(try r.textTarget(), preset: try r.oneOf("style", TitleStyle.self), entrance: try r.oneOf("entrance", TextEntrance.self))
        case "addCaptions":
            self = .addCaptions(script: try r.requiredString("script"), startMs: try r.int("startMs"), endMs: try r.int("endMs"))
        case "addMusic":
            self = .addMusic(source: try r.requiredString("source"), volume: try r.number("volume") ?? Self.defaultMusicVolume)
        case "setMusicVolume":
            self = .setMusicVolume(try r.requiredNumber("volume"))
        case "setMusicFades":
            self = .setMusicFades(inMs: try r.int("inMs"), outMs: try r.int("outMs"))
        case "setMusicLoop":
            self = .setMusicLoop(try r.requiredBool("loop"))
        case "removeMusic":
            self = .removeMusic
        case "muteClips":
            self = .muteClips(try r.requiredBool("mute"))
        case "setClipVolume":
            self = .setClipVolume(try r.segmentTarget(), try r.requiredNumber("volume"))
        case "setDucking":
            self = .setDucking(try r.requiredBool("duck"))
        case "setLoudness":
            self = .setLoudness(try r.string("target"))
        case "addVoiceover":
            self = .addVoiceover(source: try r.requiredString("source"), startMs: try r.int("startMs") ?? 0)
        case "removeVoiceover":
            self = .removeVoiceover
        default:
            throw OperationDecodingError(r.childPath("op"), "unknown operation \"\(name)\"; use one of: \(Self.wireNames.joined(separator: ", "))")
        }
        try r.rejectUnknownKeys()
    }

    /// Reads a list of wire operations (`operations[i]` in errors).
    public static func list(wire json: JSONValue, path: String = "operations") throws -> [EditOperation] {
        guard case .array(let items) = json else {
            throw OperationDecodingError(path, "must be a list of operations, not \(json.typeName)")
        }
        return try items.enumerated().map { try EditOperation(wire: $1, path: "\(path)[\($0)]") }
    }

    /// The same operation with every media reference (`sources`, `source`) passed through `map`,
    /// so a face can turn its clients' media ids into files and back.
    public func mappingSources(_ map: (String) throws -> String) rethrows -> EditOperation {
        switch self {
        case .compose(let sources, let stillMs): .compose(sources: try sources.map(map), stillMs: stillMs)
        case .replace(let target, let source): .replace(target, source: try map(source))
        case .insert(let source, let at): .insert(source: try map(source), at: at)
        case .addMusic(let source, let volume): .addMusic(source: try map(source), volume: volume)
        case .addVoiceover(let source, let startMs): .addVoiceover(source: try map(source), startMs: startMs)
        default: self
        }
    }
}

extension SegmentTarget {
    /// `"all"`, `"last"`, `{"index": 0}` (0-based) or `{"name": "beach"}`.
    public var wire: JSONValue {
        switch self {
        case .all: .string("all")
        case .last: .string("last")
        case .index(let i): .object(["index": .number(Double(i))])
        case .named(let name): .object(["name": .string(name)])
        }
    }

    public init(wire json: JSONValue, path: String) throws {
        switch json {
        case .string("all"): self = .all
        case .string("last"): self = .last
        case .object(let o) where o.count == 1:
            if case .number(let n)? = o["index"], n.rounded() == n, n >= 0, n < 1_000_000 { self = .index(Int(n)); return }
            if case .string(let s)? = o["name"], !s.isEmpty { self = .named(s); return }
            fallthrough
        default:
            throw OperationDecodingError(path, "a clip target is \"all\", \"last\", {\"index\": 0} (0-based) or {\"name\": \"beach\"}")
        }
    }
}

extension TextTarget {
    /// `"all"`, `{"kind": "title"}` (the first of that kind) or `{"index": 0}` (0-based, in time order).
    public var wire: JSONValue {
        switch self {
        case .all: .string("all")
        case .kind(let kind): .object(["kind": .string(kind.rawValue)])
        case .index(let i): .object(["index": .number(Double(i))])
        }
    }

    public init(wire json: JSONValue, path: String) throws {
        switch json {
        case .string("all"): self = .all
        case .object(let o) where o.count == 1:
            if case .number(let n)? = o["index"], n.rounded() == n, n >= 0, n < 1_000_000 { self = .index(Int(n)); return }
            if case .string(let s)? = o["kind"], let kind = TextKind(rawValue: s) { self = .kind(kind); return }
            fallthrough
        default:
            throw OperationDecodingError(path, "a text target is \"all\", {\"kind\": \"title\"} (also caption, endcard) or {\"index\": 0} (0-based, in time order)")
        }
    }
}

/// Operations travel in Codable values (a plan, an LLM reply) in their wire form.
extension EditOperation: Codable {
    public init(from decoder: Decoder) throws {
        try self.init(wire: try JSONValue(from: decoder), path: decoder.codingPath.map(\.stringValue).joined(separator: "."))
    }

    public func encode(to encoder: Encoder) throws {
        try wire.encode(to: encoder)
    }
}

extension SegmentTarget: Codable {
    public init(from decoder: Decoder) throws { try self.init(wire: try JSONValue(from: decoder), path: "target") }
    public func encode(to encoder: Encoder) throws { try wire.encode(to: encoder) }
}

extension TextTarget: Codable {
    public init(from decoder: Decoder) throws { try self.init(wire: try JSONValue(from: decoder), path: "target") }
    public func encode(to encoder: Encoder) throws { try wire.encode(to: encoder) }
}

/// Builds an operation's argument object; absent optionals are left out.
private struct WireObject {
    var fields: [String: JSONValue] = [:]
    subscript(key: String) -> JSONValue? {
        get { fields[key] }
        set { fields[key] = newValue }
    }
    mutating func int(_ key: String, _ v: Int?) { if let v { fields[key] = .number(Double(v)) } }
    mutating func number(_ key: String, _ v: Double?) { if let v { fields[key] = .number(v) } }
    mutating func string(_ key: String, _ v: String?) { if let v { fields[key] = .string(v) } }
    mutating func look(_ look: Look) {
        fields["name"] = .string(look.name.rawValue)
        fields["brightness"] = .number(look.brightness)
        fields["contrast"] = .number(look.contrast)
        fields["saturation"] = .number(look.saturation)
    }
}

/// Reads an operation's fields by type, naming the field in every error; `null` is "not given".
private struct WireReader {
    let object: [String: JSONValue]
    let path: String
    var used: Set<String> = ["op"]

    func childPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    private mutating func value(_ key: String) -> JSONValue? {
        used.insert(key)
        guard let v = object[key] else { return nil }
        if case .null = v { return nil }
        return v
    }

    private func fail(_ key: String, _ message: String) -> OperationDecodingError {
        OperationDecodingError(childPath(key), message)
    }

    mutating func string(_ key: String) throws -> String? {
        guard let v = value(key) else { return nil }
        guard case .string(let s) = v else { throw fail(key, "must be a string, not \(v.typeName)") }
        return s
    }

    /// A key that must be there, as a string or `null` ("none").
    mutating func nullableString(_ key: String) throws -> String? {
        guard object[key] != nil else { throw fail(key, "is required (a string, or null for none)") }
        return try string(key)
    }

    mutating func requiredString(_ key: String) throws -> String {
        guard let s = try string(key) else { throw fail(key, "is required (a string)") }
        return s
    }

    mutating func strings(_ key: String) throws -> [String]? {
        guard let v = value(key) else { return nil }
        guard case .array(let items) = v else { throw fail(key, "must be a list of strings, not \(v.typeName)") }
        return try items.enumerated().map { i, item in
            guard case .string(let s) = item else { throw fail("\(key)[\(i)]", "must be a string, not \(item.typeName)") }
            return s
        }
    }

    mutating func requiredStrings(_ key: String) throws -> [String] {
        guard let s = try strings(key) else { throw fail(key, "is required (a list of strings)") }
        return s
    }

    mutating func number(_ key: String) throws -> Double? {
        guard let v = value(key) else { return nil }
        guard case .number(let n) = v, n.isFinite else { throw fail(key, "must be a number, not \(v.typeName)") }
        return n
    }

    mutating func requiredNumber(_ key: String) throws -> Double {
        guard let n = try number(key) else { throw fail(key, "is required (a number)") }
        return n
    }

    mutating func int(_ key: String) throws -> Int? {
        guard let n = try number(key) else { return nil }
        guard n.rounded() == n, abs(n) <= 1e12 else { throw fail(key, "must be a whole number, got \(n)") }
        return Int(n)
    }

    mutating func requiredInt(_ key: String) throws -> Int {
        guard let n = try int(key) else { throw fail(key, "is required (a whole number)") }
        return n
    }

    mutating func requiredBool(_ key: String) throws -> Bool {
        guard let v = value(key) else { throw fail(key, "is required (true or false)") }
        guard case .bool(let b) = v else { throw fail(key, "must be true or false, not \(v.typeName)") }
        return b
    }

    mutating func oneOf<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type) throws -> E? where E.RawValue == String {
        guard let s = try string(key) else { return nil }
        guard let e = E(rawValue: s) else {
            throw fail(key, "unknown value \"\(s)\"; use one of: \(E.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return e
    }

    mutating func requiredOneOf<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type) throws -> E where E.RawValue == String {
        guard let e = try oneOf(key, type) else {
            throw fail(key, "is required: one of \(E.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return e
    }

    mutating func segmentTarget() throws -> SegmentTarget {
        guard let v = value("target") else { throw fail("target", "is required: \"all\", \"last\", {\"index\": 0} or {\"name\": \"beach\"}") }
        return try SegmentTarget(wire: v, path: childPath("target"))
    }

    mutating func textTarget() throws -> TextTarget {
        guard let v = value("target") else { throw fail("target", "is required: \"all\", {\"kind\": \"title\"} or {\"index\": 0}") }
        return try TextTarget(wire: v, path: childPath("target"))
    }

    mutating func look() throws -> Look {
        var look = Look()
        if let name = try oneOf("name", LookName.self) { look.name = name }
        if let v = try number("brightness") { look.brightness = v }
        if let v = try number("contrast") { look.contrast = v }
        if let v = try number("saturation") { look.saturation = v }
        return look
    }

    /// A misspelt field is an error rather than silently ignored.
    func rejectUnknownKeys() throws {
        let unknown = Set(object.keys).subtracting(used).sorted()
        guard let first = unknown.first else { return }
        let op = object["op"].flatMap { if case .string(let s) = $0 { s } else { nil } } ?? "this operation"
        let known = used.subtracting(["op"]).sorted()
        throw fail(first, "is not a field of \(op)\(known.isEmpty ? " (it takes none)" : "; it takes: \(known.joined(separator: ", "))")")
    }
}
