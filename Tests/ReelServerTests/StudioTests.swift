import Foundation
import Hummingbird
import HummingbirdTesting
import ReelStudio
import ReelTestSupport
import Testing
@testable import ReelServer

/// The web studio's page and what it reads over the API: cache headers of the page and its
/// files, the caller's sessions and renders, a session's timeline as lanes, thumbnails, the
/// storyboard, and render progress as a stream. Another caller's ids answer exactly as missing ones.
@Suite struct StudioTests {
    @Test func pageIsRevalidatedAndItsFilesAreCachedForGood() async throws {
        try await TestServer().test(.live) { api in
            let page = try await api.call(.get, "/")
            #expect(page.status == 200)
            #expect(page.headers[.contentType] == "text/html; charset=utf-8")
            #expect(page.headers[.cacheControl] == "no-cache")
            #expect(page.headers[.contentSecurityPolicy]?.hasPrefix("default-src 'self'") == true)
            let etag = try #require(page.headers[.eTag])
            let version = StudioAssets.version
            #expect(page.text.contains("/studio/\(version)/app.js") && page.text.contains("/studio/\(version)/app.css"))
            #expect(!page.text.contains("__VERSION__"))

            let again = try await api.client.execute(uri: "/", method: .get, headers: [.ifNoneMatch: etag])
            #expect(again.status == .notModified && again.body.readableBytes == 0)

            for (file, type) in [("app.js", "text/javascript"), ("api.js", "text/javascript"), ("model.js", "text/javascript"), ("app.css", "text/css")] {
                let asset = try await api.call(.get, "/studio/\(version)/\(file)")
                #expect(asset.status == 200, "\(file)")
                #expect(asset.headers[.contentType]?.hasPrefix(type) == true, "\(file)")
                #expect(asset.headers[.cacheControl] == "public, max-age=31536000, immutable", "\(file)")
            }
            // A page from an older version gets today's file, but not to keep.
            let old = try await api.call(.get, "/studio/0123abcd/app.js")
            #expect(old.status == 200 && old.headers[.cacheControl] == "no-cache")
            for missing in ["/studio/\(version)/nope.js", "/studio/\(version)/index.html"] {
                let reply = try await api.call(.get, missing)
                #expect(reply.status == 404 && reply.code == 404, "\(missing)")
            }
            // The whole first load is small.
            let total = page.text.utf8.count + StudioAssets.all.filter { $0.key != "index.html" }.values.reduce(0) { $0 + $1.bytes.count }
            #expect(total < 200_000)
        }
    }

    @Test func sessionsListHoldsOnlyTheCallersOwn() async throws {
        try await TestServer().test(.live) { api in
            let alice = try await api.token(), bob = try await api.token()
            let a1 = try await api.session(token: alice), a2 = try await api.session(token: alice)
            let b1 = try await api.session(token: bob)
            let listed = try await api.call(.get, "/api/sessions", token: alice)
            #expect(listed.status == 200 && listed.code == 0)
            let ids = listed.data?["sessions"]?.array?.compactMap { $0["session_id"]?.string } ?? []
            #expect(Set(ids) == [a1, a2] && ids.count == 2)
            let first = listed.data?["sessions"]?[0]
            #expect(first?["summary"]?.string == "Timeline (0 tracks): empty")
            #expect(first?["width"]?.int == 1920 && first?["duration_ms"]?.int == 0)
            #expect(try await api.call(.get, "/api/sessions", token: bob).data?["sessions"]?.array?.count == 1)
            #expect(try await api.call(.get, "/api/sessions").code == 1001)

            // Bob's session and a made-up one answer alike for Alice.
            let theirs = try await api.call(.get, "/api/sessions/\(b1)/timeline", token: alice)
            let missing = try await api.call(.get, "/api/sessions/\(UUID().uuidString.lowercased())/timeline", token: alice)
            #expect(theirs.status == 404 && theirs.code == 1002)
            #expect(missing.status == theirs.status && missing.code == theirs.code)
            let board = try await api.call(.get, "/api/sessions/\(b1)/storyboard", token: alice)
            #expect(board.status == 404 && board.code == 1002)
        }
    }

    @Test func timelineLanesThumbnailsAndStoryboardOfAMadeVideo() async throws {
        let server = try RenderServer()
        let media = try Scratch()
        let red = try await media.image("red.png", color: "red", width: 320, height: 240)
        let clip = try await media.clip("clip.mp4", source: "testsrc2", seconds: 2)
        let tone = try await media.tone("tone.wav", seconds: 8)
        try await server.test { api in
            let alice = try await api.token(), bob = try await api.token()
            let sid = try await api.session(token: alice)
            let files = try [red, clip, tone].map { ( ($0 as NSString).lastPathComponent, Array(try Data(contentsOf: URL(fileURLWithPath: $0))) ) }
            let uploaded = try await api.upload(token: alice, session: sid, files: files)
            #expect(uploaded.code == 0, "\(uploaded.text)")
            let ids = uploaded.data?["files"]?.array?.compactMap { $0["id"]?.string } ?? []
            #expect(ids.count == 3)

            let empty = try await api.call(.get, "/api/sessions/\(sid)/timeline", token: alice)
            #expect(empty.data?["visual"]?.array?.isEmpty == true && empty.data?["can_undo"] == .bool(false))
            let board0 = try await api.call(.get, "/api/sessions/\(sid)/storyboard", token: alice)
            #expect(board0.status == 404)

            let turn = try await api.runSSE(token: alice, session: sid, "make a 6 second vertical video with a title 'Hello'")
            let answer = turn.events.last?["content"]?["parts"]?[0]?["text"]?.string ?? ""
            let timeline = try await api.call(.get, "/api/sessions/\(sid)/timeline", token: alice)
            let t = try #require(timeline.data)
            let summary = t["summary"]?.string ?? ""
            #expect(summary.hasPrefix("Timeline (3 tracks)") && answer.hasSuffix(summary), "\(summary) / \(answer)")
            #expect(t["width"]?.int == 1080 && t["height"]?.int == 1920 && t["duration_ms"]?.int == 6000)
            #expect(t["can_undo"] == .bool(true) && t["can_redo"] == .bool(false))
            let visual = t["visual"]?.array ?? []
            #expect(visual.count == 2)
            // End to end: each starts where the one before ends (less its transition).
            var end = 0
            for v in visual {
                #expect(v["start_ms"]?.int == end)
                end = (v["start_ms"]?.int ?? 0) + (v["duration_ms"]?.int ?? 0) - (v["transition_ms"]?.int ?? 0)
            }
            #expect(end == 6000)
            #expect(visual.allSatisfy { ($0["look"] ?? .null) == .null })
            #expect(t["text"]?[0]?["text"]?.string == "Hello" && t["text"]?[0]?["kind"]?.string == "title")
            #expect(t["audio"]?[0]?["volume"] != nil && t["audio"]?[0]?["media_id"]?.string == ids[2])
            #expect(!timeline.text.contains(server.directory.path), "a server path leaked: \(timeline.text)")

            // Each segment's picture, and each upload's.
            for v in visual {
                let path = try #require(v["thumbnail"]?.string)
                let picture = try await api.download(path, token: alice)
                #expect(picture.status == 200 && picture.headers[.contentType] == "image/jpeg")
                #expect(Array(picture.bytes.prefix(3)) == [0xFF, 0xD8, 0xFF])
                let stranger = try await api.download(path, token: bob)
                let nothing = try await api.download("/api/media/\(UUID().uuidString.lowercased())/thumbnail", token: bob)
                #expect(stranger.status == 404 && nothing.status == 404)
                #expect(String(decoding: stranger.bytes, as: UTF8.self).contains("\"code\":404"))
            }
            for (id, height) in [(ids[1], 90), (ids[2], 60)] {
                let picture = try await api.download("/api/media/\(id)/thumbnail?t=1500&h=\(height)", token: alice)
                #expect(picture.status == 200 && Array(picture.bytes.prefix(2)) == [0xFF, 0xD8])
                #expect(jpegSize(picture.bytes)?.height == height)
            }

            let board = try await api.download("/api/sessions/\(sid)/storyboard", token: alice)
            #expect(board.status == 200 && board.headers[.contentType] == "image/png")
            #expect(Array(board.bytes.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
            let boardAgain = try await api.download("/api/sessions/\(sid)/storyboard", token: alice)
            #expect(boardAgain.headers[.eTag] == board.headers[.eTag])
        }
    }

    @Test func rendersAreListedAndTheirProgressStreamsAtMostOnceASecond() async throws {
        let server = try RenderServer()
        try await server.test { api in
            let alice = try await api.token(), bob = try await api.token()
            let sid = try await api.session(token: alice)
            let draft = #"{"m":{"w":320,"h":180,"fps":30},"t":[{"tt":0,"sg":[{"d":3000,"m":{"color":"red"}}]}]}"#
            #expect(try await api.queueRender(token: alice, id: "render_1", session: sid, draft: draft).code == 0)
            #expect(try await api.queueRender(token: alice, id: "preview_1", draft: tinyDraft, quality: "preview").code == 0)
            #expect(try await api.queueRender(token: bob, id: "render_b", draft: tinyDraft).code == 0)

            let port = try #require(api.client.port)
            let started = Date()
            let stream = try HTTPStream(port: port, method: "GET", path: "/api/render/proxy/lambda/render_1/events",
                                        headers: [("Authorization", "Bearer \(alice)"), ("Accept", "text/event-stream")])
            defer { stream.close() }
            var reader = SSEReader(stream)
            await reader.readToEnd()
            let elapsed = Date().timeIntervalSince(started)
            #expect(reader.status == 200)
            let statuses = reader.events.compactMap { $0["status"]?.string }
            let progress = reader.events.compactMap { $0["progress"]?.int }
            #expect(statuses.last == "completed", "\(reader.events)")
            #expect(progress == progress.sorted())
            #expect(reader.events.last?["output"]?["url"]?.string?.contains("/api/render/download/") == true)
            // One look a second: never more events than seconds passed (plus the first).
            #expect(Double(reader.events.count) <= elapsed + 1.5, "\(reader.events.count) events in \(elapsed) s")

            let all = try await api.call(.get, "/api/render/proxy/lambda", token: alice)
            #expect(Set(all.data?["renders"]?.array?.compactMap { $0["id"]?.string } ?? []) == ["render_1", "preview_1"])
            let mine = try await api.call(.get, "/api/render/proxy/lambda?sessionId=\(sid)", token: alice)
            #expect(mine.data?["renders"]?.array?.compactMap { $0["id"]?.string } == ["render_1"])

            let bobs = try await api.session(token: bob)
            for session in [bobs, "no-such-session"] {
                let listed = try await api.call(.get, "/api/render/proxy/lambda?sessionId=\(session)", token: alice)
                #expect(listed.status == 404 && listed.code == 1002)
            }

            // Bob's job and a missing one look the same to Alice, streamed or not.
            for id in ["render_b", "render_missing"] {
                let events = try await api.call(.get, "/api/render/proxy/lambda/\(id)/events", token: alice)
                #expect(events.status == 404 && events.code == 1003, "\(id)")
            }
        }
    }
}

/// Width and height from a JPEG's frame header (SOF0…SOF2).
func jpegSize(_ bytes: [UInt8]) -> (width: Int, height: Int)? {
    var i = 2
    while i + 9 < bytes.count, bytes[i] == 0xFF {
        let marker = bytes[i + 1], length = Int(bytes[i + 2]) << 8 | Int(bytes[i + 3])
        if (0xC0...0xC2).contains(marker) {
            return (Int(bytes[i + 7]) << 8 | Int(bytes[i + 8]), Int(bytes[i + 5]) << 8 | Int(bytes[i + 6]))
        }
        i += 2 + length
    }
    return nil
}
