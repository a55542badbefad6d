import Foundation
import ReelTestSupport
import Testing
@testable import ReelServer
import ReelTimeline

/// A turn that asks for narration speaks the script (espeak-ng) into the session's media folder:
/// the state lists the file in `generated_media`, the draft uses it as the voiceover, and the
/// caller may export that draft.
@Suite struct NarrationTests {
    @Test func aNarratedTurnMakesAVoiceTheStateListsAndTheExportAccepts() async throws {
        let server = try RenderServer()
        let scratch = try Scratch()
        try await server.test { api in
            let token = try await api.token()
            let sid = try await api.session(token: token)
            let script = "Fresh beans daily. Cozy seats."
            let (reply, events) = try await api.runSSE(token: token, session: sid,
                                                       "make a 4 second video titled 'Hi' with a voiceover, script: \(script)")
            #expect(reply.status == 200)
            let calls = events.compactMap { $0["content"]?["parts"]?[0]?["functionCall"]?["name"]?.string }
            #expect(calls.contains("addVoiceover"), "\(calls)")
            let answer = events.last?["content"]?["parts"]?[0]?["text"]?.string ?? ""
            #expect(answer.contains("Added the voiceover narration") && answer.contains("Voiceover: narration"), "\(answer)")
            #expect(!answer.contains("could not narrate"), "\(answer)")

            let state = try await api.state(token: token, session: sid)
            let generated = try #require(state.data?["state"]?["generated_media"]?.array)
            #expect(generated.count == 1)
            let voice = try #require(generated.first)
            #expect(voice["kind"]?.string == "voiceover")
            #expect(voice["text"]?.string == script)
            #expect((voice["duration_ms"]?.int ?? 0) > 500)
            #expect(voice["format"]?.string == "wav")
            // Shown by its name in the session's media folder, never by a server path.
            let name = try #require(voice["path"]?.string)
            #expect(!name.contains("/") && name.hasSuffix(".wav"), "\(name)")
            let path = server.directory.appendingPathComponent("media/\(sid)/\(name)").path
            // A real sound file, as ffprobe sees it.
            let probed = try await scratch.streams(path)
            #expect(probed.audio != nil && probed.video == nil)
            #expect(abs(probed.duration * 1000 - Double(voice["duration_ms"]?.int ?? 0)) < 50)
            // The draft's voiceover is that file; uploads are not mixed up with it.
            let tracks = state.data?["state"]?["draft"]?["t"]?.array ?? []
            let voiceTrack = try #require(tracks.first { $0["tt"]?.int == 1 && $0["m"]?["role"]?.string == "voice" })
            #expect(voiceTrack["sg"]?[0]?["m"]?["src"]?.string == name)
            #expect(state.data?["state"]?["video_infos"]?.array?.isEmpty == true)

            // The narrated draft is the caller's to export.
            let queued = try await api.queueRender(token: token, id: "render_voice", session: sid, draft: nil, quality: "preview")
            #expect(queued.code == 0, "\(queued.text)")
            let done = try await api.waitForRender(token: token, id: "render_voice")
            #expect(done.data?["status"]?.string == "completed", "\(done.text)")
            let url = try #require(done.data?["output"]?["url"]?.string)
            let file = try await api.download(url)
            let out = scratch.path("voice.mp4")
            try Data(file.bytes).write(to: URL(fileURLWithPath: out))
            #expect(try await scratch.streams(out).audio != nil)
            #expect(try await scratch.rmsLevel(out, from: 0.3, to: 1.5) > -40)

            // Another caller may not name the file in a draft of theirs.
            let other = try await api.token(clientID: "someone-else")
            for src in [path, name, "\(sid)/\(name)"] {
                let stolen = #"{"m":{"w":320,"h":180},"t":[{"tt":0,"sg":[{"d":1000,"m":{"color":"red"}}]},{"tt":1,"m":{"role":"voice"},"sg":[{"m":{"src":"\#(src)"}}]}]}"#
                let refused = try await api.queueRender(token: other, id: "render_stolen", draft: stolen)
                #expect(refused.status == 400, "\(refused.text)")
            }
        }
    }

    @Test func aTurnThatChangesNothingKeepsNoVoice() async throws {
        let server = try RenderServer()
        try await server.test(runWorker: false) { api in
            let token = try await api.token()
            let sid = try await api.session(token: token)
            // Narration asked for, but the edit cannot apply (a video needs at least 2 seconds).
            let (_, events) = try await api.runSSE(token: token, session: sid,
                                                   "make a 1 second video with a voiceover, script: Hello there.")
            let answer = events.last?["content"]?["parts"]?[0]?["text"]?.string ?? ""
            #expect(answer.contains("Nothing was changed"), "\(answer)")
            let state = try await api.state(token: token, session: sid)
            #expect(state.data?["state"]?["generated_media"]?.array?.isEmpty == true)
            let folder = server.directory.appendingPathComponent("media/\(sid)").path
            #expect(((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).isEmpty)
            #expect(try await api.balance(token: token).data?["available"]?.int == 100)
        }
    }
}
