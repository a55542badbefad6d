import Foundation
import HummingbirdTesting
import Testing
@testable import ReelServer
import ReelTimeline
import ReelStore

/// The seed client's whole flow over a real socket: token → session → turns → state.
@Suite struct SeedFlowTests {
    @Test func tokenSessionTurnsAndStateOverLoopback() async throws {
        let server = try TestServer()
        try await server.test(.live) { api in
            let token = try await api.token()
            let sid = try await api.session(token: token)

            // An empty session: the turn says what it did and what to do next, in API terms.
            let (reply, events) = try await api.runSSE(token: token, session: sid, "make it vertical")
            #expect(reply.status == 200)
            #expect(reply.headers[.contentType] == "text/event-stream")
            #expect(events.count == 3)
            #expect(events[0]["content"]?["parts"]?[0]?["functionCall"]?["name"]?.string == "setCanvas")
            #expect(events[1]["content"]?["parts"]?[0]?["functionResponse"]?["name"]?.string == "setCanvas")
            for event in events {
                for key in ["author", "invocationId", "id", "timestamp", "partial"] { #expect(event[key] != nil, "\(key)") }
            }
            let answer = try #require(events.last?["content"]?["parts"]?[0]?["text"]?.string)
            #expect(answer.contains("1080x1920"))
            #expect(answer.contains("POST /api/upload-video/nemo_agent/me/"))
            #expect(answer.components(separatedBy: "\n").last?.hasPrefix("Timeline") == true)

            // Words alone make a video; the state then holds it with the seed's short keys.
            let made = try await api.runSSE(token: token, session: sid,
                                            "make a 10 second video titled 'Hello', script: Fresh beans daily. Cozy seats.")
            #expect(made.events.count >= 3)
            let state = try await api.state(token: token, session: sid)
            #expect(state.code == 0)
            let draft = try #require(state.data?["state"]?["draft"])
            #expect(draft["m"]?["w"]?.int == 1080)
            #expect(draft["m"]?["h"]?.int == 1920)
            #expect((draft["t"]?.array?.count ?? 0) >= 2)
            #expect(state.data?["state"]?["video_infos"]?.array?.isEmpty == true)
            #expect(state.data?["state"]?["generated_media"]?.array?.isEmpty == true)

            // Undo survives in the stored session: it goes back to the vertical empty draft.
            let undone = try await api.runSSE(token: token, session: sid, "undo")
            #expect(undone.events.first?["content"]?["parts"]?[0]?["functionCall"]?["name"]?.string == "undo")
            let after = try await api.state(token: token, session: sid)
            #expect(after.data?["state"]?["draft"]?["t"]?.array?.isEmpty == true)

            let balance = try await api.balance(token: token)
            #expect(balance.data?["available"]?.int == 97)
            #expect(balance.data?["frozen"]?.int == 0)
            #expect(balance.data?["total"]?.int == 97)
        }
    }

    @Test func aTurnWithNoMediaAnswersHelpfullyAndCostsNothing() async throws {
        let server = try TestServer()
        try await server.test { api in
            let token = try await api.token()
            let sid = try await api.session(token: token)
            let (reply, events) = try await api.runSSE(token: token, session: sid, "make a 10 second video")
            #expect(reply.status == 200)
            #expect(events.count == 1)
            let answer = try #require(events.last?["content"]?["parts"]?[0]?["text"]?.string)
            #expect(answer.contains("add pictures or clips first"))
            #expect(answer.contains("upload some to this session"))
            let balance = try await api.balance(token: token)
            #expect(balance.data?["available"]?.int == 100)
            #expect(balance.data?["frozen"]?.int == 0)
        }
    }

    @Test func sameClientIDGetsTheSameTokenWithStartingCredits() async throws {
        let server = try TestServer()
        try await server.test { api in
            let first = try await api.call(.post, "/api/auth/anonymous-token", clientID: "client-1")
            #expect(first.code == 0)
            #expect(first.data?["credits"]?.int == 100)
            let expiresIn = try #require(first.data?["expires_in"]?.int)
            #expect(abs(expiresIn - 7 * 24 * 3600) < 5)
            let again = try await api.token(clientID: "client-1")
            #expect(again == first.data?["token"]?.string)
            let other = try await api.token(clientID: "client-2")
            #expect(other != again)
        }
    }

    @Test func healthz() async throws {
        let server = try TestServer()
        try await server.test { api in
            let reply = try await api.call(.get, "/healthz")
            #expect(reply.status == 200)
            #expect(reply.data?["status"]?.string == "ok")
        }
    }

    @Test func sessionsPersistInTheDataDirectory() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("reel-serve-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try SQLiteStore.open(directory: dir)
        let token = try await store.anonymousToken(clientID: "c", credits: 100, lifetime: 3600).token
        let sid = try await store.createSession(token: token, language: "en").id
        _ = try await store.updateSession(sid, token: token) { $0.turn("make it vertical") }
        let reopened = try SQLiteStore.open(directory: dir)
        let record = try await reopened.session(sid, token: token)
        #expect(record.session.draft.meta.height == 1920)
        #expect(record.session.undoStack.count == 1)
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("reel.sqlite-wal").path))
    }
}
