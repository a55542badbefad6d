import Foundation
import ReelTestSupport
import Testing
@testable import ReelPlanner
import ReelTimeline

/// Keeps `schema/operations.schema.json` and the Swift operations in step: the same names, the
/// same fields (required and optional), the same closed sets, and every encoded operation valid
/// against the schema while broken ones are refused by both.
@Suite struct OperationSchemaTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func schema() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(OperationSchema.json.utf8)) as? [String: Any])
    }

    /// Every operation with every field given, then with only what it requires.
    static let full: [EditOperation] = [
        .compose(sources: ["a.jpg", "b.mp4"], stillMs: 3000),
        .composeText(title: "Hello", durationMs: 10_000, colors: ["navy", "#ffcc00"]),
        .setDuration(ms: 30_000), .setCanvas(width: 1080, height: 1920), .setFPS(24),
        .setFit(.index(0), .contain), .trim(.named("beach"), inMs: 500, durationMs: 2000), .setSpeed(.last, 0.5),
        .move(.index(2), to: 0), .remove(.index(1)), .replace(.all, source: "c.png"), .duplicate(.last),
        .insert(source: "d.jpg", at: 1), .styleText(.kind(.title), preset: .bold, entrance: .rise), .setMusicTiming(startMs: 5000, endMs: 20_000), .trimMusic(inMs: 30_000),
        .setTransition(.all, name: "wipeleft", durationMs: 600), .setMotion(.all, .panLeft),
        .setLook(Look(name: .sepia, brightness: 0.1, contrast: 1.2, saturation: 0.8)),
        .setClipLook(.index(0), Look(name: .bw, brightness: 0, contrast: 1, saturation: 1)),
        .setFades(inMs: 500, outMs: 1000),
        .addText(kind: .caption, text: "Hi", startMs: 1000, durationMs: 2000, position: .lowerThird),
        .editText(.kind(.title), text: "New", startMs: 0, durationMs: 3000, position: .top, color: "yellow", size: 90),
        .removeText(.index(0)), .addCaptions(script: "One. Two.", startMs: 0, endMs: 5000),
        .addMusic(source: "song.mp3", volume: 0.2), .setMusicVolume(0.5), .setMusicFades(inMs: 100, outMs: 2000),
        .setMusicLoop(false), .removeMusic, .muteClips(true), .setClipVolume(.index(0), 0), .setDucking(true), .setLoudness("youtube"),
        .addVoiceover(source: "voice.wav", startMs: 1500), .removeVoiceover,
    ]

    static let minimal: [String] = [
        #"{"op":"compose","sources":["a.jpg"]}"#, #"{"op":"composeText","durationMs":5000}"#,
        #"{"op":"setTransition","target":"all","name":null}"#, #"{"op":"setLook"}"#, #"{"op":"setFades"}"#,
        #"{"op":"addText","kind":"title","text":"Hi"}"#, #"{"op":"editText","target":"all"}"#,
        #"{"op":"addMusic","source":"song.mp3"}"#, #"{"op":"addVoiceover","source":"v.wav"}"#, #"{"op":"trim","target":"last"}"#,
        #"{"op":"removeMusic"}"#, #"{"op":"setMusicFades"}"#, #"{"op":"removeVoiceover"}"#,
    ]

    @Test func theEmbeddedSchemaIsTheFile() throws {
        let file = try Data(contentsOf: Self.root.appendingPathComponent("schema/operations.schema.json"))
        #expect(Data(OperationSchema.json.utf8) == file, "Sources/ReelPlanner/OperationSchema.swift is stale: run python3 schema/embed.py")
    }

    @Test func theSchemaNamesEveryOperationAndNoOther() throws {
        let schema = try Self.schema()
        let defs = try #require(schema["$defs"] as? [String: Any])
        let refs = (schema["oneOf"] as? [[String: Any]] ?? []).compactMap { $0["$ref"] as? String }
        #expect(refs == EditOperation.wireNames.map { "#/$defs/\($0)" })
        #expect(Set(Self.full.map(\.wireName)) == Set(EditOperation.wireNames), "a sample for every operation")
        for name in EditOperation.wireNames {
            let def = try #require(defs[name] as? [String: Any], "no $defs.\(name)")
            let op = (def["properties"] as? [String: Any])?["op"] as? [String: Any]
            #expect(op?["const"] as? String == name)
            #expect(def["additionalProperties"] as? Bool == false)
        }
    }

    @Test func everyFieldTheSwiftSideWritesIsInTheSchemaAndRequiredOnesAgree() throws {
        let defs = try #require(try Self.schema()["$defs"] as? [String: Any])
        for op in Self.full {
            let def = try #require(defs[op.wireName] as? [String: Any])
            let properties = Set((def["properties"] as? [String: Any] ?? [:]).keys).subtracting(["op"])
            #expect(Set(op.wireArguments.keys) == properties, "\(op.wireName): written \(op.wireArguments.keys.sorted()) vs schema \(properties.sorted())")
        }
        // Leaving out a field the schema requires is refused by the decoder too, and leaving out
        // any other is accepted by both.
        for name in EditOperation.wireNames {
            let def = try #require(defs[name] as? [String: Any])
            let required = Set(def["required"] as? [String] ?? []).subtracting(["op"])
            guard let sample = Self.full.first(where: { $0.wireName == name }) else { continue }
            for key in sample.wireArguments.keys {
                var fields = sample.wire.objectValue
                fields.removeValue(forKey: key)
                let decoded = Result { try EditOperation(wire: .object(fields)) }
                if required.contains(key) {
                    #expect(throws: OperationDecodingError.self, "\(name) without \(key)") { try decoded.get() }
                } else {
                    #expect((try? decoded.get()) != nil, "\(name) without \(key) should decode")
                }
            }
        }
    }

    @Test func closedSetsMatchTheVocabulary() throws {
        let defs = try #require(try Self.schema()["$defs"] as? [String: Any])
        func enumOf(_ op: String, _ field: String) -> [String] {
            (((defs[op] as? [String: Any])?["properties"] as? [String: Any])?[field] as? [String: Any])?["enum"] as? [String] ?? []
        }
        #expect(enumOf("setFit", "fit") == Fit.allCases.map(\.rawValue))
        #expect(enumOf("setMotion", "motion") == Motion.allCases.map(\.rawValue))
        #expect(enumOf("setLook", "name") == LookName.allCases.map(\.rawValue))
        #expect(enumOf("addText", "kind") == TextKind.allCases.map(\.rawValue))
        #expect(enumOf("addText", "position") == TextPosition.allCases.map(\.rawValue))
        let transitions = (defs["transitionName"] as? [String: Any])?["enum"] as? [String]
        #expect(transitions == TransitionName.all, "regenerate schema/operations.schema.json's transitionName from TransitionName.all")
    }

    @Test func everyEncodedOperationValidatesAndRoundTrips() throws {
        let validator = try SchemaValidator(schemaJSON: OperationSchema.json)
        for op in Self.full {
            let data = try JSONEncoder().encode(op)
            let errors = try validator.errors(json: String(decoding: data, as: UTF8.self))
            #expect(errors.isEmpty, "\(op.wireName): \(errors)")
            #expect(try JSONDecoder().decode(EditOperation.self, from: data) == op)
        }
        for text in Self.minimal {
            let errors = try validator.errors(json: text)
            #expect(errors.isEmpty, "\(text): \(errors)")
            _ = try EditOperation(wire: try JSONValue.parse(Data(text.utf8)))
        }
    }

    @Test(arguments: [
        (#"{"op":"explode"}"#, "op", "unknown operation"),
        (#"{"width":1080}"#, "op", "is required"),
        (#"{"op":"setCanvas","width":"wide","height":1920}"#, "width", "must be a number"),
        (#"{"op":"setCanvas","width":1080.5,"height":1920}"#, "width", "whole number"),
        (#"{"op":"setCanvas","width":1080}"#, "height", "is required"),
        (#"{"op":"setCanvas","width":1080,"height":1920,"depth":8}"#, "depth", "not a field of setCanvas"),
        (#"{"op":"remove","target":{"index":-1}}"#, "target", "clip target"),
        (#"{"op":"remove","target":"first"}"#, "target", "clip target"),
        (#"{"op":"setFit","target":"all","fit":"stretch"}"#, "fit", "unknown value"),
        (#"{"op":"removeText","target":{"kind":"subtitle"}}"#, "target", "text target"),
        (#"{"op":"compose","sources":["a.jpg",3]}"#, "sources[1]", "must be a string"),
        (#"{"op":"setMusicLoop","loop":"yes"}"#, "loop", "true or false"),
        (#"{"op":"trimMusic"}"#, "inMs", "is required"),
        (#"[1,2]"#, "", "must be an object"),
    ])
    func brokenOperationsAreRefusedByTheDecoderAndTheSchema(text: String, path: String, message: String) throws {
        let json = try JSONValue.parse(Data(text.utf8))
        let error = try #require(throws: OperationDecodingError.self) { try EditOperation(wire: json, path: "operations[0]") }
        #expect(error.path == (path.isEmpty ? "operations[0]" : "operations[0].\(path)"), "\(error)")
        #expect(error.message.contains(message), "\(error)")
        let validator = try SchemaValidator(schemaJSON: OperationSchema.json)
        #expect(!(try validator.errors(json: text)).isEmpty)
    }
}

extension JSONValue {
    var objectValue: [String: JSONValue] {
        if case .object(let o) = self { return o }
        return [:]
    }
}
