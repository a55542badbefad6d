import Foundation
import ReelFFmpeg
import ReelTestSupport
import Testing
@testable import ReelServer
import ReelTimeline

/// The seed documents' flow, step by step over a real loopback socket: token → session →
/// upload → chat → state → export → poll → download, the video checked with ffprobe.
@Suite struct SeedFlowEndToEndTests {
    @Test func aSeedClientGetsTheVerticalVideoItAskedFor() async throws {
        let server = try RenderServer()
        let scratch = try Scratch()
        let red = try await scratch.image("red.png", color: "red", width: 320, height: 240)
        let song = try await scratch.tone("song.wav", seconds: 2)
        try await server.test { api in
            let token = try await api.token()
            let sid = try await api.session(token: token)
            let uploaded = try await api.upload(token: token, session: sid, files: [
                ("beach.png", Array(try Data(contentsOf: URL(fileURLWithPath: red)))),
                ("song.wav", Array(try Data(contentsOf: URL(fileURLWithPath: song)))),
            ])
            #expect(uploaded.code == 0, "\(uploaded.text)")
            // The seed service's shape: data.files[] with its names, and a URL to the stored file.
            let files = try #require(uploaded.data?["files"]?.array)
            #expect(files.map { $0["filename"]?.string } == ["beach.png", "song.wav"])
            #expect(files.map { $0["file_type"]?.string } == ["image", "audio"])
            #expect(files[0]["width"]?.int == 320 && files[0]["height"]?.int == 240)
            #expect(files[0]["duration"] == .null && files[0]["fps"] == .null)
            #expect(abs((files[1]["duration"].flatMap { if case .number(let n) = $0 { n } else { nil } } ?? 0) - 2) < 0.05)
            #expect(files[1]["width"] == .null)
            let fileURL = try #require(files[0]["url"]?.string)
            #expect(fileURL.hasPrefix("http://127.0.0.1:"), "\(fileURL)")
            let stored = try await api.download(fileURL, token: token)
            let original = Array(try Data(contentsOf: URL(fileURLWithPath: red)))
            #expect(stored.status == 200 && stored.bytes == original)
            #expect(try await api.download(fileURL).status == 401)
            #expect(try await api.download(fileURL, token: try await api.token(clientID: "other")).status == 404)
            // Reel's own shape beside it.
            #expect(uploaded.data?["media"]?.array?.count == 2)

            let (reply, events) = try await api.runSSE(token: token, session: sid,
                                                       #"make a 4-second vertical video with a title "Hello""#)
            #expect(reply.status == 200)
            let answer = events.last?["content"]?["parts"]?[0]?["text"]?.string ?? ""
            #expect(answer.split(separator: "\n").last?.hasPrefix("Timeline (3 tracks)") == true, "\(answer)")

            let state = try await api.state(token: token, session: sid)
            #expect(state.data?["state"]?["draft"]?["m"]?["h"]?.int == 1920)
            #expect(state.data?["state"]?["video_infos"]?.array?.count == 2)

            // The client exports the draft it was shown (media named as the API names them).
            let shown = try #require(state.data?["state"]?["draft"])
            let queued = try await api.queueRender(token: token, id: "render_1", session: sid,
                                                   draft: String(decoding: try JSONEncoder().encode(shown), as: UTF8.self))
            #expect(queued.code == 0, "\(queued.text)")
            let done = try await api.waitForRender(token: token, id: "render_1")
            #expect(done.data?["status"]?.string == "completed", "\(done.text)")
            let url = try #require(done.data?["output"]?["url"]?.string)
            let file = try await api.download(url)
            #expect(file.status == 200)
            let path = scratch.path("export.mp4")
            try Data(file.bytes).write(to: URL(fileURLWithPath: path))
            let info = try await scratch.streams(path)
            #expect(info.video?.codec == "h264" && info.video?.width == 1080 && info.video?.height == 1920)
            #expect(abs(info.duration - 4) < 0.07)
            #expect(info.audio?.codec == "aac")
        }
    }
}
