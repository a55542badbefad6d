import Foundation
import Testing
import ReelTestSupport

/// The real `reel` binary, run as a person would.
@Suite struct CLITests {
    @Test func makeComposesEverythingAndPrintsPathAndSummary() async throws {
        let s = try Scratch()
        _ = try await s.image("red.png", color: "red", width: 400, height: 300)
        _ = try await s.image("blue.jpg", color: "blue", width: 300, height: 400)
        _ = try await s.clip("clip.mp4", width: 320, height: 180, seconds: 2)
        _ = try await s.tone("song.wav", seconds: 3)
        let r = try await runReel(["make", "red.png", "blue.jpg", "clip.mp4", "song.wav", "--duration", "8",
                                   "--title", "Urban Dreams", "--aspect", "9:16", "--preview", "--output", "out.mp4",
                                   "--save-draft", "draft.json"], in: s.dir)
        #expect(r.code == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == s.path("out.mp4"))
        #expect(lines.last == #"Timeline (3 tracks): 1. Video: red, blue, clip (0-8s) 2. BGM: song (0-8s, 35%) 3. Title: "Urban Dreams" (0-3s)"#)
        // Not a terminal: progress comes as plain lines.
        #expect(r.stderr.contains("preview 0%"))
        #expect(r.stderr.contains("preview 100%"))
        #expect(!r.stderr.contains("\r"))
        let info = try await s.streams(s.path("out.mp4"))
        #expect(info.video?.width == 540 && info.video?.height == 960)
        #expect(abs(info.duration - 8) < 0.06)
        #expect(FileManager.default.fileExists(atPath: s.path("draft.json")))

        // The saved draft renders again to the same length, and validates.
        let again = try await runReel(["render", "draft.json", "-o", "again.mp4", "--preview"], in: s.dir)
        #expect(again.code == 0, "\(again.stderr)")
        #expect(abs(try await s.streams(s.path("again.mp4")).duration - 8) < 0.06)
        let valid = try await runReel(["validate", "draft.json"], in: s.dir)
        #expect(valid.code == 0 && valid.stdout.hasPrefix("ok: Timeline (3 tracks)"))
    }

    @Test func badMediaGetsAOneLineReasonAndCode2() async throws {
        let s = try Scratch()
        _ = FileManager.default.createFile(atPath: s.path("fake.mp4"), contents: Data((0..<5000).map { UInt8($0 % 251) }))
        let r = try await runReel(["make", "fake.mp4"], in: s.dir)
        #expect(r.code == 2)
        #expect(r.stderr.hasPrefix("reel: fake.mp4 is not a media file Reel can use"))
        #expect(r.stderr.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: s.path("reel.mp4")))
    }

    @Test func validateListsEveryProblemWithPaths() async throws {
        let s = try Scratch()
        try Data(#"{"t":[{"tt":0,"sg":[{"d":20,"m":{"src":"a.png","speed":10}}]}]}"#.utf8).write(to: URL(fileURLWithPath: s.path("bad.json")))
        let r = try await runReel(["validate", "bad.json"], in: s.dir)
        #expect(r.code == 2)
        #expect(r.stderr.contains("reel: the draft has 2 problems:"))
        #expect(r.stderr.contains("t[0].sg[0].d: must be at least 100 ms, got 20"))
        #expect(r.stderr.contains("t[0].sg[0].m.speed: must be between 0.25 and 4, got 10"))
    }

    @Test func missingFFmpegSaysHowToInstallIt() async throws {
        let s = try Scratch()
        _ = try await s.image("a.png", color: "red")
        let r = try await runReel(["make", "a.png"], in: s.dir, environment: ["PATH": "/nonexistent", "REEL_FFMPEG": "", "REEL_FFPROBE": ""])
        #expect(r.code == 3)
        #expect(r.stderr.contains("apt-get install ffmpeg"))
    }

    @Test func usageMistakesAreCaughtBeforeAnyWork() async throws {
        let s = try Scratch()
        let r = try await runReel(["make", "a.png", "--aspect", "3:2"], in: s.dir)
        #expect(r.code == 64)
        #expect(r.stderr.contains("unknown --aspect 3:2"))
        let t = try await runReel(["make", "a.png", "--transition", "swirl"], in: s.dir)
        #expect(t.code == 64 && t.stderr.contains("unknown --transition swirl"))
    }

    @Test func probeAndDryRunSpeakJSON() async throws {
        let s = try Scratch()
        _ = try await s.clip("c.mp4", seconds: 1)
        let p = try await runReel(["probe", "c.mp4", "--json"], in: s.dir)
        #expect(p.code == 0)
        let info = try JSONSerialization.jsonObject(with: Data(p.stdout.utf8)) as? [String: Any]
        #expect(info?["kind"] as? String == "video" && info?["hasAudio"] as? Bool == true)

        try Data(#"{"m":{"w":320,"h":180},"t":[{"tt":0,"sg":[{"m":{"src":"c.mp4"}}]}]}"#.utf8).write(to: URL(fileURLWithPath: s.path("d.json")))
        let d = try await runReel(["render", "d.json", "-o", "x.mp4", "--dry-run"], in: s.dir)
        #expect(d.code == 0)
        let plan = try JSONSerialization.jsonObject(with: Data(d.stdout.utf8)) as? [String: [String]]
        #expect(plan?["videoEncoderArgs"]?.first == "-c:v")
        #expect(plan?["ffmpeg"]?.contains("-filter_complex") == true)
        #expect(!FileManager.default.fileExists(atPath: s.path("x.mp4")))
    }

    @Test func storyboardCommandWritesASheet() async throws {
        let s = try Scratch()
        _ = try await s.image("a.png", color: "red")
        try Data(#"{"t":[{"tt":0,"sg":[{"m":{"src":"a.png"}},{"m":{"color":"blue"}}]}]}"#.utf8).write(to: URL(fileURLWithPath: s.path("d.json")))
        let r = try await runReel(["storyboard", "d.json", "--output", "sheet.png"], in: s.dir)
        #expect(r.code == 0, "\(r.stderr)")
        #expect(try await s.streams(s.path("sheet.png")).video?.width == 2 * 384)
    }
}
