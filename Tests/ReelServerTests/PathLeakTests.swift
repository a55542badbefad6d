import Foundation
import ReelTestSupport
import Testing
@testable import ReelServer
import ReelTimeline

/// Issue 9 item 7: clients see media by id and by name in the session's folder, never a server
/// path; drafts that use those names export the caller's own files; old absolute paths still work.
@Suite struct PathLeakTests {
    /// `text` holds none of the forms a server path can take in JSON.
    static func leaks(_ text: String, _ root: String) -> Bool {
        text.contains(root) || text.contains(root.replacingOccurrences(of: "/", with: #"\/"#))
    }

    @Test func stateAndUploadAnswersShowNoServerPathAndTheirNamesExport() async throws {
        let server = try RenderServer()
        let png = try Fixtures.png()
        let root = server.directory.path
        try await server.test { api in
            let token = try await api.token()
            let sid = try await api.session(token: token)
            let uploaded = try await api.upload(token: token, session: sid, files: [("red.png", png)])
            #expect(uploaded.code == 0, "\(uploaded.text)")
            #expect(!Self.leaks(uploaded.text, root), "\(uploaded.text)")
            let id = try #require(uploaded.data?["media"]?[0]?["id"]?.string)
            #expect(uploaded.data?["media"]?[0]?["path"]?.string == "\(id).png")

            _ = try await api.runSSE(token: token, session: sid, "make a 2 second video")
            let state = try await api.state(token: token, session: sid)
            #expect(!Self.leaks(state.text, root), "\(state.text)")
            #expect(state.data?["state"]?["video_infos"]?[0]?["path"]?.string == "\(id).png")
            let draft = try #require(state.data?["state"]?["draft"])
            #expect(draft["t"]?[0]?["sg"]?[0]?["m"]?["src"]?.string == "\(id).png", "\(state.text)")

            // The draft as the client got it exports the caller's own file, and so do the other
            // names of it: by id, by its place in the media folder, and the absolute path of old.
            let stored = server.directory.appendingPathComponent("media/\(sid)/\(id).png").path
            let encoded = String(decoding: try JSONEncoder().encode(draft), as: UTF8.self)
            let sources = [encoded, encoded.replacingOccurrences(of: "\(id).png", with: id),
                           encoded.replacingOccurrences(of: "\(id).png", with: "\(sid)/\(id).png"),
                           encoded.replacingOccurrences(of: "\(id).png", with: stored)]
            for (n, text) in sources.enumerated() {
                let queued = try await api.queueRender(token: token, id: "render_\(n)", draft: text, quality: "preview")
                #expect(queued.code == 0, "\(queued.text)")
                let job = try #require(try await server.store.render(key: server.store.anyRenderKey(id: "render_\(n)")))
                #expect(job.draft.contains(stored), "\(job.draft)")
            }
            let done = try await api.waitForRender(token: token, id: "render_0")
            #expect(done.data?["status"]?.string == "completed", "\(done.text)")

            // Another caller naming the same file gets nothing of it.
            let other = try await api.token(clientID: "other")
            for text in sources {
                let refused = try await api.queueRender(token: other, id: "render_x", draft: text)
                #expect(refused.status == 400 && refused.body["message"]?.string?.contains("not one of your uploaded media") == true,
                        "\(refused.text)")
            }
            // Nothing outside the media folder can be named through it.
            let escape = encoded.replacingOccurrences(of: "\(id).png", with: "../reel.sqlite")
            #expect(try await api.queueRender(token: token, id: "render_y", draft: escape).status == 400)
        }
    }

    @Test func aSessionWhoseDraftHoldsAbsolutePathsStillShowsNames() throws {
        let paths = MediaPaths(root: URL(fileURLWithPath: "/srv/reel data/media"))
        let stored = #"{"t":[{"sg":[{"m":{"src":"\/srv\/reel data\/media\/s1\/a.png"}},{"m":{"src":"/srv/reel data/media/s2/b.mp4"}},{"m":{"src":"/elsewhere/c.png"}}],"tt":0}]}"#
        let shown = paths.visibleDraft(stored, session: "s1")
        #expect(shown == #"{"t":[{"sg":[{"m":{"src":"a.png"}},{"m":{"src":"s2/b.mp4"}},{"m":{"src":"/elsewhere/c.png"}}],"tt":0}]}"#)
        #expect(paths.visible("/srv/reel data/media/s1/a.png", session: "s1") == "a.png")
        #expect(paths.visible("/srv/reel data/media/s2/b.mp4", session: "s1") == "s2/b.mp4")
        #expect(paths.visible("/elsewhere/c.png", session: "s1") == "c.png")
        let own: Set = ["/srv/reel data/media/s1/a.png"]
        #expect(paths.resolve("a.png", own: own) == "/srv/reel data/media/s1/a.png")
        #expect(paths.resolve("a", own: own) == "/srv/reel data/media/s1/a.png")
        #expect(paths.resolve("s1/a.png", own: own) == "/srv/reel data/media/s1/a.png")
        #expect(paths.resolve("s1/../s1/a.png", own: own) == nil)
        #expect(paths.resolve("b.png", own: own) == nil)
    }
}
