import Foundation
import Testing
@testable import ReelServer
import ReelFFmpeg
import ReelTimeline
import ReelStore

/// `GET …/{sid}/latest` answers from one read: the stored draft as it is, the media in order.
@Suite struct StateTests {
    @Test func stateShowsTheSavedDraftAndTheMediaInOrder() async throws {
        let server = try TestServer()
        try await server.test { api in
            let token = try await api.token()
            let sid = try await api.session(token: token)
            let info = MediaInfo(kind: .image, duration: nil, width: 640, height: 480, fps: nil, rotation: 0, orientation: 1,
                                 hasAudio: false, codec: "png", audioCodec: nil, format: "png_pipe", sizeBytes: 1234)
            let media = [MediaRecord(id: "m1", sessionID: sid, path: "/data/media/m1.png", name: "beach \"one\".png", info: info),
                         MediaRecord(id: "m2", sessionID: sid, path: "/data/media/m2.png", name: "海滩.png", info: info)]
            try await server.store.addMedia(media, token: token)
            _ = try await api.runSSE(token: token, session: sid, "make it vertical, add the title 'Hi \"there\"'")

            let reply = try await api.state(token: token, session: sid)
            #expect(reply.status == 200)
            #expect(reply.code == 0)
            #expect(reply.body["message"]?.string == "success")
            #expect(reply.data?["session_id"]?.string == sid)
            let state = try #require(reply.data?["state"])
            let saved = try await server.store.session(sid, token: token).session.draft
            #expect(state["draft"] == saved.json)
            #expect(state["draft"]?["m"]?["h"]?.int == 1920)
            #expect(state["generated_media"] == .array([]))
            let infos = try #require(state["video_infos"]?.array)
            #expect(infos.map { $0["id"]?.string } == ["m1", "m2"])
            #expect(infos.map { $0["name"]?.string } == ["beach \"one\".png", "海滩.png"])
            #expect(infos.first == UploadController<ReelRequestContext>.MediaItem(media[0], paths: MediaPaths(root: URL(fileURLWithPath: "/data/media"))).json)
            #expect(infos.first?["path"]?.string == "m1.png")
        }
    }

    @Test func stateErrorsKeepTheirCodes() async throws {
        let clock = TestClock()
        let server = try TestServer(now: { clock.now })
        try await server.test { api in
            let token = try await api.token()
            let sid = try await api.session(token: token)
            let other = try await api.session(token: try await api.token())
            #expect(try await api.call(.get, "/api/state/nemo_agent/me/\(sid)/latest").code == 1001)
            #expect(try await api.state(token: "nope", session: sid).code == 1001)
            let foreign = try await api.state(token: token, session: other)
            #expect(foreign.status == 404)
            #expect(foreign.code == 1002)
            #expect(try await api.call(.get, "/api/state/nemo_agent/someone/\(sid)/latest", token: token).code == 1002)
            // A state the server cannot read is its own failure: 500 with an envelope, not a crash.
            try await server.store.writeRawState(sid, "{\"broken\": true")
            let broken = try await api.state(token: token, session: sid)
            #expect(broken.status == 500)
            #expect(broken.code == 500)
            // A token past its expiry is refused although its session is still there.
            let fresh = try await api.session(token: token)
            #expect(try await api.state(token: token, session: fresh).code == 0)
            clock.advance(by: 7 * 24 * 3600 + 1)
            let expired = try await api.state(token: token, session: fresh)
            #expect(expired.status == 401)
            #expect(expired.code == 1001)
        }
    }
}
