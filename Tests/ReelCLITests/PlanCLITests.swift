import Foundation
import Testing
import ReelTestSupport

/// Plain-language editing through the real binary: chained `reel plan` turns, `reel make
/// --prompt`, and `reel chat` fed from a pipe.
@Suite struct PlanCLITests {
    func draft(_ path: String) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any] ?? [:]
    }

    @Test func chainedTurnsBehaveLikeAConversation() async throws {
        let s = try Scratch()
        _ = try await s.image("a.png", color: "red")
        _ = try await s.image("b.png", color: "blue")
        _ = try await s.tone("song.wav", seconds: 3)
        let turns: [(String, [String])] = [
            ("combine these into a 12-second video with dissolve transitions", ["a.png", "b.png", "song.wav"]),
            (#"make it vertical and add a title "Urban Dreams" for the first 3 seconds"#, []),
            ("make the music quieter", []),
            ("undo", []),
        ]
        var previous: String?
        for (i, (prompt, inputs)) in turns.enumerated() {
            var args = ["plan"] + inputs + ["--prompt", prompt]
            if let previous { args += ["--draft", previous] }
            let r = try await runReel(args, in: s.dir)
            #expect(r.code == 0, "\(r.stderr)")
            #expect(r.stderr.split(separator: "\n").last?.hasPrefix("Timeline (") == true)
            let name = "turn\(i).json"
            try Data(r.stdout.utf8).write(to: URL(fileURLWithPath: s.path(name)))
            previous = name
        }
        let last = try await runReel(["validate", previous!], in: s.dir)
        #expect(last.stdout == #"ok: Timeline (3 tracks): 1. Video: a, b (0-12s) 2. BGM: song (0-12s, 35%) 3. Title: "Urban Dreams" (0-3s)"# + "\n")
        let meta = try draft(s.path(previous!))["m"] as? [String: Any]
        #expect(meta?["w"] as? Int == 1080 && meta?["h"] as? Int == 1920)
        // An instruction it cannot place changes nothing and says so.
        let lost = try await runReel(["plan", "--draft", previous!, "--prompt", "do a barrel roll"], in: s.dir)
        #expect(lost.code == 0)
        #expect(lost.stderr.contains("I did not understand \"do a barrel roll\", so nothing was changed"))
    }

    @Test func makeWithASeedStyleSentenceMakesThatVideo() async throws {
        let s = try Scratch()
        _ = try await s.image("a.png", color: "navy")
        _ = try await s.image("b.png", color: "teal")
        let song = try await s.tone("song.wav", frequency: 440, seconds: 3, amplitude: 0.5)
        let r = try await runReel(["make", "a.png", "b.png", "song.wav", "--preview", "-o", "out.mp4", "--prompt",
                                   #"combine these clips into a 6-second vertical video with transitions and add a title "Hi there" for the first 2 seconds"#],
                                  in: s.dir)
        #expect(r.code == 0, "\(r.stderr)")
        let info = try await s.streams(s.path("out.mp4"))
        #expect(info.video?.width == 540 && info.video?.height == 960)
        #expect(abs(info.duration - 6) < 0.1)
        let titled = try await s.frame(s.path("out.mp4"), at: 1), plain = try await s.frame(s.path("out.mp4"), at: 2.6)
        #expect(titled.difference(from: plain, x0: 0.1, y0: 0.4, x1: 0.9, y1: 0.6) > 5)
        let level = try await s.rmsLevel(s.path("out.mp4"), from: 2, to: 3.5) - s.rmsLevel(song, from: 0.5, to: 2)
        #expect(abs(level - 20 * log10(0.35)) < 1.5, "music at \(level) dB against the source")
    }

    @Test func chatTakesTurnsFromAPipeAndExports() async throws {
        let s = try Scratch()
        _ = try await s.image("a.png", color: "red")
        let r = try await runReel(["chat", "a.png", "-o", "chat.mp4", "--draft", "session.json"], in: s.dir,
                                  input: "make it 2 seconds\nmake it square\nundo\nexport\nquit\n")
        #expect(r.code == 0, "\(r.stderr)")
        #expect(r.stderr.contains("Set the length to 2 seconds."))
        #expect(r.stderr.contains("Undid the last change."))
        let info = try await s.streams(s.path("chat.mp4"))
        #expect(info.video?.width == 1920 && info.video?.height == 1080)
        #expect(abs(info.duration - 2) < 0.07)
        #expect(FileManager.default.fileExists(atPath: s.path("session.json")))
    }

    @Test func aScriptIsNarratedOverCardsWithCaptions() async throws {
        let s = try Scratch()
        let r = try await runReel(["plan", "--prompt",
                                   #"a 10-second promo "Bean There", narrate it. script: Fresh beans roasted daily. Open till late."#],
                                  in: s.dir)
        #expect(r.code == 0, "\(r.stderr)")
        #expect(r.stderr.contains("Voiceover: narration"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: s.dir).contains { $0.hasPrefix("narration-") && $0.hasSuffix(".wav") })
        try Data(r.stdout.utf8).write(to: URL(fileURLWithPath: s.path("promo.json")))
        let rendered = try await runReel(["render", "promo.json", "-o", "promo.mp4", "--preview"], in: s.dir)
        #expect(rendered.code == 0, "\(rendered.stderr)")
        let out = s.path("promo.mp4")
        #expect(abs(try await s.streams(out).duration - 10) < 0.1)
        // The voice speaks near the start and has finished well before the end.
        #expect(try await s.rmsLevel(out, from: 0.3, to: 2.5) > -35)
        #expect(try await s.rmsLevel(out, from: 8.5, to: 9.8) < -60)
    }

    @Test func aFailedNarrationIsExplainedInTheAnswer() async throws {
        let s = try Scratch()
        var env = ProcessInfo.processInfo.environment
        env["REEL_ESPEAK"] = "/bin/false"  // a speech program that always fails
        let r = try await runReel(["plan", "--prompt", #"a 6-second promo "Hi", narrate it. script: Hello there."#],
                                  in: s.dir, environment: env)
        #expect(r.code == 0, "\(r.stderr)")
        #expect(r.stderr.contains("I could not narrate the script: espeak-ng failed: exit code 1."), "\(r.stderr)")
        #expect(!r.stderr.contains("Voiceover:"), "\(r.stderr)")
    }
}
