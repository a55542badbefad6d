import Foundation
import ReelTestSupport
import Testing
@testable import ReelPlanner
import ReelTimeline

/// Keeps `schema/session.schema.json` and `EditSession` in step: the stored state's keys are the
/// schema's, every state Reel writes validates, old states without the newer keys load, broken
/// ones are refused by both, and a session written as a draft file keeps its pending question.
@Suite struct SessionSchemaTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func validator() throws -> SchemaValidator {
        try SchemaValidator(schemaJSON: String(decoding: Data(contentsOf: root.appendingPathComponent("schema/session.schema.json")), as: UTF8.self))
    }

    static func encoded(_ session: EditSession) throws -> JSONValue {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try JSONValue.parse(encoder.encode(session))
    }

    /// A session with every part: history both ways (an empty draft among it, as a session starts
    /// with one) and a pending "which one?".
    static func full() throws -> EditSession {
        var s = EditSession(draft: try sample())
        s.undoStack = [Draft(), try sample()]
        s.redoStack = [try sample()]
        s.awaitingClip = "remove"
        s.askedAbout = "clip:2"
        s.lastRequest = "music to 30%"
        return s
    }

    @Test func everyKeyTheSwiftSideWritesIsTheSchemasAndOnlyTheDraftIsRequired() throws {
        let v = try Self.validator()
        guard case .object(let schema) = v.root, case .object(let properties)? = schema["properties"],
              case .object(let state) = try Self.encoded(Self.full()) else { Issue.record("not objects"); return }
        #expect(Set(state.keys) == Set(properties.keys))
        #expect(schema["required"] == .array([.string("draft")]))
        // Without a question pending, the key is left out (never written as null).
        guard case .object(let plain) = try Self.encoded(EditSession(draft: try sample())) else { return }
        #expect(Set(plain.keys) == ["draft", "undoStack", "redoStack"])
    }

    @Test func everyStateReelWritesValidatesAndRoundTrips() throws {
        let v = try Self.validator()
        for session in [try Self.full(), EditSession(draft: try sample()), EditSession(draft: Draft())] {
            let state = try Self.encoded(session)
            #expect(v.errors(state) == [])
            let back = try JSONDecoder().decode(EditSession.self, from: JSONEncoder().encode(state))
            #expect(back == session)
        }
        // The drafts inside are drafts: the draft decoder (the reference draft.schema.json follows) reads each.
        guard case .object(let state) = try Self.encoded(Self.full()), case .array(let undo)? = state["undoStack"] else { return }
        for d in undo + [state["draft"]!] { #expect(throws: Never.self) { try Draft.decode(d, requireContent: false) } }
    }

    @Test func statesWrittenBeforeTheNewerKeysLoad() throws {
        let draft = String(decoding: try sample().encoded(), as: UTF8.self)
        let v = try Self.validator()
        for text in [#"{"draft":\#(draft)}"#, #"{"draft":\#(draft),"redoStack":[],"undoStack":[\#(draft)]}"#] {
            #expect(try v.errors(json: text) == [])
            let s = try JSONDecoder().decode(EditSession.self, from: Data(text.utf8))
            #expect(s.draft == (try sample()) && s.redoStack.isEmpty && s.awaitingClip == nil)
        }
    }

    @Test(arguments: [
        #"{"undoStack":[]}"#,
        #"{"draft":{"t":[]},"undoStack":{}}"#,
        #"{"draft":{"t":[]},"awaitingClip":3}"#,
        #"{"draft":{"t":[]},"askedAbout":["title"]}"#,
        #"{"draft":{"t":[]},"lastRequest":30}"#,
    ])
    func brokenStatesAreRefusedByTheDecoderAndTheSchema(text: String) throws {
        #expect(try !Self.validator().errors(json: text).isEmpty)
        #expect(throws: (any Error).self) { try JSONDecoder().decode(EditSession.self, from: Data(text.utf8)) }
    }

    /// A draft inside a state is read leniently (a stored session always loads): what is not a draft
    /// becomes an empty one, which the next edit or compose replaces. The schema still calls it wrong.
    @Test(arguments: [#"{"draft":{"t":[]},"redoStack":[3]}"#, #"{"draft":"a.jpg"}"#])
    func aBrokenDraftInsideAStateLoadsEmpty(text: String) throws {
        #expect(try !Self.validator().errors(json: text).isEmpty)
        let s = try JSONDecoder().decode(EditSession.self, from: Data(text.utf8))
        #expect(s.draft.tracks.isEmpty && s.redoStack.allSatisfy { $0.tracks.isEmpty })
    }

    @Test func aDraftFileKeepsThePendingQuestionBetweenRuns() throws {
        var session = EditSession(draft: try sample())
        let asked = session.turn("remove the blurry one")
        #expect(asked.changes.isEmpty && session.awaitingClip == "remove")
        // Written and read back, as `reel plan --draft` does between runs.
        let data = session.fileData()
        var again = try EditSession(fileData: data)
        #expect(again == session)
        guard case .object(let file) = try JSONValue.parse(data), let history = file["history"],
              case .object(let schema) = try Self.validator().root, case .object(let defs)? = schema["$defs"] else { Issue.record("no history"); return }
        #expect(try Self.validator().errors(history, schema: defs["fileHistory"]) == [])
        let answered = again.turn("sorry it's the second one")
        #expect(answered.changes.count == 1)
        #expect(again.draft.visualSegments.map(\.src) == ["a.jpg", "c.png"])
        #expect(again.awaitingClip == nil)
    }

    /// "which clip is second?" changes nothing and is kept as what "it" is; written and read back as a draft file,
    /// "move it to the end" moves that clip; any turn that changes something clears it.
    @Test func aQuestionSaysWhatItIsForTheNextWords() throws {
        var session = EditSession(draft: try sample())
        let asked = session.turn("which clip is second?")
        #expect(asked.changes.isEmpty && session.askedAbout == "clip:2")
        guard case .object(let file) = try JSONValue.parse(session.fileData()), let history = file["history"],
              case .object(let schema) = try Self.validator().root, case .object(let defs)? = schema["$defs"] else { Issue.record("no history"); return }
        #expect(try Self.validator().errors(history, schema: defs["fileHistory"]) == [])
        #expect(try Self.validator().errors(Self.encoded(session)) == [])
        var again = try EditSession(fileData: session.fileData())
        #expect(again == session)
        let moved = again.turn("move it to the end")
        #expect(moved.changes.count == 1)
        #expect(again.draft.visualSegments.map(\.src) == ["a.jpg", "c.png", "b.mp4"])
        #expect(again.askedAbout == nil)
        // A key that names nothing any more ("clip:9") is ignored: "it" is read as it would be without the question.
        var stale = EditSession(draft: try sample())
        stale.askedAbout = "clip:9"
        #expect(stale.turn("move it to the end").changes.isEmpty)
        #expect(stale.draft == (try sample()))
    }

    /// "a bit more" is more of what the last change said: after a level was set ("music to 30%") a higher
    /// level, after "quieter" quieter still. The words are kept with the session (and in a draft file);
    /// undo clears them.
    @Test func theLastRequestSaysWhatABitMoreIsMoreOf() throws {
        let level = { (s: EditSession) in s.draft.tracks.first { $0.role == .music }?.segments.first?.volume ?? -1 }
        var set = EditSession(draft: try sample())
        #expect(set.turn("music to 30%").changes.count == 1)
        #expect(set.lastRequest == "music to 30%")
        #expect(try Self.validator().errors(Self.encoded(set)) == [])
        var reloaded = try EditSession(fileData: set.fileData())
        #expect(reloaded == set)
        #expect(reloaded.turn("a bit more").changes.count == 1)
        #expect(level(reloaded) > 0.3 && level(reloaded) <= 0.6)
        #expect(reloaded.lastRequest == "a bit more")

        var stepped = EditSession(draft: try sample())
        _ = stepped.turn("make the music quieter")
        let quieter = level(stepped)
        #expect(quieter < 0.35)
        _ = stepped.turn("a bit more")
        #expect(level(stepped) < quieter)
        _ = stepped.turn("undo")
        #expect(stepped.lastRequest == nil)
        // A question changes nothing and keeps the words.
        _ = stepped.turn("make the music 20%")
        _ = stepped.turn("how long is it?")
        #expect(stepped.lastRequest == "make the music 20%")
    }
}
