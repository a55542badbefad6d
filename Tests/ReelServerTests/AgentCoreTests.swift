import Foundation
import ReelTestSupport
import Testing
@testable import ReelServer
import ReelTimeline

/// The agent core behind the server: edits that would break the draft are refused in words and
/// cost nothing, a stored session always loads, and typed operations, undo and redo have
/// endpoints of their own.
@Suite struct AgentCoreTests {
    static func balance(_ api: API, _ token: String) async throws -> (available: Int, frozen: Int) {
        let b = try await api.balance(token: token)
        return (b.data?["available"]?.int ?? -1, b.data?["frozen"]?.int ?? -1)
    }

    static func answer(_ events: [JSONValue]) -> String {
        events.last?["content"]?["parts"]?[0]?["text"]?.string ?? ""
    }

    /// The reproductions that used to brick a session for good: a 4000x3000 canvas and a
    /// 2,001-character title were applied and charged, and every later turn failed with 500.
    @Test func editsThatWouldBreakTheDraftAreRefusedFreeAndTheSessionKeepsWorking() async throws {
        let server = try TestServer()
        try await server.test { api in
            let token = try await api.token()
            let sid = try await api.session(token: token)
            _ = try await api.runSSE(token: token, session: sid, "make a 10 second video titled 'Hello'. script: One. Two.")
            let start = try await Self.balance(api, token)

            let huge = try await api.runSSE(token: token, session: sid, "make it 4000x3000")
            #expect(Self.answer(huge.events).contains("4000x3000 is beyond the largest canvas, 3840x2160"), "\(Self.answer(huge.events))")
            #expect(Self.answer(huge.events).contains("Nothing was changed"))
            let long = String(repeating: "a", count: 2001)
            let title = try await api.runSSE(token: token, session: sid, "add a title \"\(long)\"")
            #expect(Self.answer(title.events).contains("at most 2000 fit on screen"), "\(Self.answer(title.events))")
            // Neither was charged.
            #expect(try await Self.balance(api, token) == start)

            // The session still works: state, edits, undo.
            let state = try await api.state(token: token, session: sid)
            #expect(state.code == 0)
            #expect(state.data?["state"]?["draft"]?["m"]?["w"]?.int == 1920)
            let vertical = try await api.runSSE(token: token, session: sid, "make it vertical")
            #expect(Self.answer(vertical.events).contains("1080x1920"))
            let undo = try await api.runSSE(token: token, session: sid, "undo")
            #expect(Self.answer(undo.events).contains("Undid"))
            #expect(try await api.state(token: token, session: sid).data?["state"]?["draft"]?["m"]?["w"]?.int == 1920)
        }
    }

    /// A session stored by a Reel with other rules (or hand-edited) loads: out-of-range values
    /// are clamped or repaired, and turns go on.
    @Test func aStoredSessionWithValuesOutOfRangeStillLoads() async throws {
        let server = try TestServer()
        try await server.test { api in
            let token = try await api.token()
            let sid = try await api.session(token: token)
            let long = String(repeating: "b", count: 2500)
            let draft = #"{"m":{"w":4000,"h":3001,"fps":240},"t":[{"tt":0,"sg":[{"d":50,"m":{"color":"blurple","tr":{"name":"explode","d":90000}}},{"d":3000,"m":{"color":"navy"}}]},{"tt":0,"sg":[{"d":2000,"m":{"color":"red"}}]},{"tt":7,"sg":[{"st":0,"d":2000,"m":{"text":"\#(long)","kind":"title","style":{"color":"nope","size":9000}}},{"st":0,"d":500,"m":{"text":"   "}}]},{"tt":1,"sg":[{"m":{"volume":9}}]}]}"#
            try await server.store.writeRawState(sid, #"{"draft":\#(draft),"undoStack":[\#(draft)],"redoStack":[]}"#)
            let state = try await api.state(token: token, session: sid)
            #expect(state.code == 0, "\(state.text.prefix(300))")
            // A turn works from the repaired draft, and what it saves validates.
            let turn = try await api.runSSE(token: token, session: sid, "make it 24 fps")
            #expect(Self.answer(turn.events).contains("24 fps"), "\(Self.answer(turn.events))")
            let saved = try await server.store.session(sid, token: token).session.draft
            #expect(saved.validationErrors.isEmpty, "\(saved.validationErrors)")
            #expect(saved.meta.width * saved.meta.height <= 3840 * 2160 && saved.meta.width % 2 == 0 && saved.meta.height % 2 == 0)
            #expect(saved.meta.fps == 24)
            let m = try await api.state(token: token, session: sid).data?["state"]?["draft"]?["m"]
            #expect(m?["w"]?.int == saved.meta.width)
            let undo = try await api.runSSE(token: token, session: sid, "undo")
            #expect(Self.answer(undo.events).contains("Undid"))
            let undoAgain = try await api.runSSE(token: token, session: sid, "undo")
            #expect(Self.answer(undoAgain.events).contains("Undid"), "the stored history loads too")
        }
    }

    @Test func typedOperationsApplyAtomicallyAsOneHistoryEntry() async throws {
        let server = try TestServer()
        try await server.test { api in
            let token = try await api.token()
            let sid = try await api.session(token: token)
            let path = "/api/sessions/\(sid)/operations"
            let made = try await api.call(.post, path, token: token, json: #"""
                {"operations":[{"op":"composeText","title":"Menu","durationMs":8000,"colors":["navy","#ffcc00"]},
                               {"op":"setCanvas","width":1080,"height":1920},
                               {"op":"addText","kind":"caption","text":"Open till late","startMs":4000}]}
                """#)
            #expect(made.status == 200 && made.code == 0, "\(made.text)")
            #expect(made.data?["changes"]?.array?.count == 3)
            #expect(made.data?["summary"]?.string?.hasPrefix("Timeline") == true)
            #expect(made.data?["can_undo"] == .bool(true) && made.data?["can_redo"] == .bool(false))
            #expect(try await Self.balance(api, token) == (99, 0))
            let draft = try await api.state(token: token, session: sid).data?["state"]?["draft"]
            #expect(draft?["m"]?["h"]?.int == 1920)

            // Refused whole, free, nothing changed: the second operation breaks a rule.
            let refused = try await api.call(.post, path, token: token, json: #"""
                {"operations":[{"op":"setCanvas","width":1920,"height":1080},{"op":"setCanvas","width":4000,"height":3000}]}
                """#)
            #expect(refused.status == 400 && refused.code == 400)
            #expect(refused.body["message"]?.string?.contains("beyond the largest canvas") == true, "\(refused.text)")
            #expect(try await api.state(token: token, session: sid).data?["state"]?["draft"]?["m"]?["h"]?.int == 1920)
            #expect(try await Self.balance(api, token) == (99, 0))

            // Malformed operations say where and what.
            let unknown = try await api.call(.post, path, token: token, json: #"{"operations":[{"op":"setCanvas","width":1080,"height":1920},{"op":"explode"}]}"#)
            #expect(unknown.status == 400)
            #expect(unknown.body["message"]?.string?.contains("operations[1].op: unknown operation \"explode\"") == true, "\(unknown.text)")
            let wrongType = try await api.call(.post, path, token: token, json: #"{"operations":[{"op":"setFPS","fps":"fast"}]}"#)
            #expect(wrongType.body["message"]?.string?.contains("operations[0].fps: must be a number") == true, "\(wrongType.text)")
            #expect(try await api.call(.post, path, token: token, json: #"{"ops":[]}"#).status == 400)
            #expect(try await api.call(.post, path, token: token, json: #"{"operations":[]}"#).status == 400)
            #expect(try await api.call(.post, path, token: token, json: #"not json"#).status == 400)
            // Media that are not this session's are refused before anything is applied.
            let foreign = try await api.call(.post, path, token: token, json: #"{"operations":[{"op":"addMusic","source":"/etc/passwd"}]}"#)
            #expect(foreign.status == 400 && foreign.body["message"]?.string?.contains("not a media file of this session") == true, "\(foreign.text)")

            // One history entry: one undo takes all three back; redo brings them again.
            let undo = try await api.call(.post, "/api/sessions/\(sid)/undo", token: token)
            #expect(undo.code == 0 && undo.data?["can_redo"] == .bool(true), "\(undo.text)")
            #expect(try await api.state(token: token, session: sid).data?["state"]?["draft"]?["t"]?.array?.isEmpty == true)
            let redo = try await api.call(.post, "/api/sessions/\(sid)/redo", token: token)
            #expect(redo.code == 0)
            #expect(try await api.state(token: token, session: sid).data?["state"]?["draft"]?["m"]?["h"]?.int == 1920)
            let again = try await api.call(.post, "/api/sessions/\(sid)/redo", token: token)
            #expect(again.status == 400 && again.body["message"]?.string?.contains("nothing to redo") == true, "\(again.text)")

            // Another caller's session does not exist for them; no token is 1001.
            let other = try await api.token()
            #expect(try await api.call(.post, path, token: other, json: #"{"operations":[{"op":"setFPS","fps":24}]}"#).code == 1002)
            #expect(try await api.call(.post, "/api/sessions/\(sid)/undo", token: other).code == 1002)
            #expect(try await api.call(.post, path, json: #"{"operations":[]}"#).code == 1001)
        }
    }

    /// SSE `functionCall.args` carry the published wire form.
    @Test func turnEventsCarryTheWireForm() async throws {
        let server = try TestServer()
        try await server.test { api in
            let token = try await api.token()
            let sid = try await api.session(token: token)
            let turn = try await api.runSSE(token: token, session: sid, "make a 10 second video titled 'Hi'. script: One. Two.")
            let calls = turn.events.compactMap { $0["content"]?["parts"]?[0]?["functionCall"] }
            let compose = try #require(calls.first { $0["name"]?.string == "composeText" })
            #expect(compose["args"]?["durationMs"]?.int == 10_000, "\(compose)")
            #expect(compose["args"]?["title"]?.string == "Hi")
            #expect(compose["args"]?["_0"] == nil)
        }
    }
}
