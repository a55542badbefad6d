import Foundation
import Testing
import ReelFFmpeg
@testable import ReelRender
import ReelTestSupport
import ReelTimeline

@Suite struct OutputTests {
    static let redBlue = #"{"m":{"w":320,"h":180},"t":[{"tt":0,"sg":[{"d":1000,"m":{"color":"red"}},{"d":1000,"m":{"color":"blue"}}]},{"tt":1,"sg":[{"m":{"src":"tone.wav"}}]}]}"#

    @Test(arguments: [("out.mov", "mov", "h264", "aac"), ("out.webm", "webm", "vp9", "opus")])
    func containers(name: String, format: String, video: String, audio: String) async throws {
        let s = try Scratch()
        _ = try await s.tone("tone.wav")
        let out = try await render(Self.redBlue, in: s, output: name)
        let info = try await s.streams(out)
        #expect(info.format.contains(format))
        #expect(info.video?.codec == video && info.audio?.codec == audio)
        #expect(abs(info.duration - 2) < 0.08)
        #expect(close(try await s.frame(out, at: 1.5).at(0.5, 0.5), 0, 0, 254, tolerance: 40))
    }

    @Test func gifIsASmallSilentLoop() async throws {
        let s = try Scratch()
        _ = try await s.tone("tone.wav")
        let out = try await render(Self.redBlue, in: s, output: "loop.gif")
        let info = try await s.streams(out)
        #expect(info.video?.codec == "gif" && info.audio == nil)
        #expect(info.video?.width == 320)
        #expect(abs(info.duration - 2) < 0.15)
        #expect(info.video?.frames == 30) // 15 fps: a loop, not a frame-for-frame copy
    }

    @Test func missingOutputFoldersAreMade() async throws {
        let s = try Scratch()
        _ = try await s.tone("tone.wav")
        let out = try await render(Self.redBlue, in: s, output: "new/folder/out.mp4", preview: true)
        #expect(try await s.streams(out).video?.codec == "h264")
    }

    @Test(arguments: ["still.png", "still.jpg"])
    func stillAtAMoment(name: String) async throws {
        let s = try Scratch()
        _ = try await s.tone("tone.wav")
        let red = try await render(Self.redBlue, in: s, output: "a-" + name, stillAt: 0.5)
        let blue = try await render(Self.redBlue, in: s, output: "b-" + name, stillAt: 1.5)
        #expect(try await s.streams(red).video?.width == 320)
        #expect(close(try await s.frame(red, at: 0).at(0.5, 0.5), 254, 0, 0, tolerance: 30))
        #expect(close(try await s.frame(blue, at: 0).at(0.5, 0.5), 0, 0, 254, tolerance: 30))
    }

    @Test func storyboardHasOneLabelledThumbnailPerSegment() async throws {
        let s = try Scratch()
        _ = try await s.image("a.png", color: "red")
        _ = try await s.clip("b.mp4", source: "color=c=blue", seconds: 2, tone: nil)
        let draft = try Draft.decode(Data("""
        {"t":[{"tt":0,"sg":[{"d":3000,"m":{"src":"a.png","tr":{"name":"fade","d":500}}},{"m":{"src":"b.mp4"}},
          {"d":1000,"m":{"color":"lime"}},{"d":1000,"m":{"color":"yellow"}},{"d":1000,"m":{"color":"white","name":"end: 'card'"}}]}]}
        """.utf8)).draft
        let engine = RenderEngine(tools: s.tools)
        let prepared = try await engine.prepare(draft, baseDirectory: s.dir)
        try await engine.storyboard(prepared, to: s.path("sheet.png"))
        let sheet = try await s.frame(s.path("sheet.png"), at: 0)
        let cell = StoryboardBuilder(timeline: prepared.timeline, workDir: "/w").cellSize
        #expect(sheet.width == 4 * cell.width && sheet.height == 2 * cell.height)
        func centre(_ i: Int) -> (r: Int, g: Int, b: Int) {
            sheet.pixel((i % 4) * cell.width + cell.width / 2, (i / 4) * cell.height + (cell.height - 40) / 2)
        }
        #expect(close(centre(0), 254, 0, 0, tolerance: 30))
        #expect(close(centre(1), 0, 0, 254, tolerance: 40))
        #expect(close(centre(2), 0, 255, 0, tolerance: 30))
        #expect(close(centre(4), 255, 255, 255, tolerance: 30))
        #expect(close(centre(5), 22, 22, 22, tolerance: 10)) // blank filler cell
        // Labels are drawn in the band under each picture.
        var lit = 0
        for x in 0..<cell.width { for y in (cell.height - 40)..<cell.height where sheet.pixel(x, y).r > 128 { lit += 1 } }
        #expect(lit > 50)
        let plan = StoryboardBuilder(timeline: prepared.timeline, workDir: "/w").plan()
        #expect(plan.files["/w/label-1.txt"] == "2  0:02.5–0:04.5  b")
        #expect(plan.files["/w/label-4.txt"] == "5  0:06.5–0:07.5  end: 'card'")
    }

    @Test func cancellingStopsFFmpegAndLeavesNoFile() async throws {
        let s = try Scratch()
        try await s.ffmpeg(["-f", "lavfi", "-i", "testsrc2=s=1920x1080", "-frames:v", "1", s.path("big.png")])
        let draft = try Draft.decode(Data(#"{"m":{"w":640,"h":360},"t":[{"tt":0,"sg":[{"d":60000,"m":{"src":"big.png","zoom":"in"}}]}]}"#.utf8)).draft
        let engine = RenderEngine(tools: s.tools)
        let prepared = try await engine.prepare(draft, baseDirectory: s.dir)
        let output = s.path("long.mp4")
        let progress = ProgressBox()
        let task = Task { try await engine.render(prepared, to: output, settings: RenderSettings()) { progress.set($0) } }
        let started = Date()
        // A loaded machine (the whole suite in parallel) may take a while to show the first frames.
        while progress.value == 0, Date().timeIntervalSince(started) < 60 { try await Task.sleep(for: .milliseconds(100)) }
        #expect(progress.value > 0 && progress.value < 1)
        let cancelled = Date()
        task.cancel()
        await #expect(throws: CancellationError.self) { try await task.value }
        #expect(Date().timeIntervalSince(cancelled) < 10)
        let left = try FileManager.default.contentsOfDirectory(atPath: s.dir)
        #expect(left == ["big.png"], "\(left)")
        let running = try await ProcessRunner.run("/usr/bin/pgrep", ["-f", output])
        #expect(running.exitCode == 1, "ffmpeg still running: \(String(decoding: running.stdout, as: UTF8.self))")
    }

    @Test func ffmpegFailuresCarryTheCommandAndItsLastWords() async throws {
        let s = try Scratch()
        _ = try await s.image("a.png", color: "red")
        _ = try await s.clip("b.mp4", seconds: 1)
        let draft = try Draft.decode(Data(#"{"m":{"w":160,"h":90},"t":[{"tt":0,"sg":[{"d":500,"m":{"src":"a.png"}},{"m":{"src":"b.mp4"}}]}]}"#.utf8)).draft
        let engine = RenderEngine(tools: s.tools)
        let prepared = try await engine.prepare(draft, baseDirectory: s.dir)
        // The clip disappears between planning and rendering.
        try FileManager.default.removeItem(atPath: s.path("b.mp4"))
        await #expect {
            try await engine.render(prepared, to: s.path("x.mp4"), settings: RenderSettings())
        } throws: { error in
            guard case .failed(let args, let code, let tail)? = error as? FFmpegError else { return false }
            return code != 0 && args.contains("-filter_complex") && tail.contains("No such file")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: s.dir) == ["a.png"])
    }

    @Test func anUnknownFontFallsBackWithAWarning() async throws {
        let s = try Scratch()
        let draft = try Draft.decode(Data(#"{"m":{"w":160,"h":90},"t":[{"tt":0,"sg":[{"d":500,"m":{"color":"black"}}]},{"tt":7,"sg":[{"m":{"text":"x","style":{"font":"/nonexistent/font.ttf"}}}]}]}"#.utf8)).draft
        let engine = RenderEngine(tools: s.tools)
        let prepared = try await engine.prepare(draft, baseDirectory: s.dir)
        #expect(prepared.warnings.contains { $0.message.contains("/nonexistent/font.ttf") })
        #expect(prepared.timeline.texts[0].font.hasSuffix(".ttc") || prepared.timeline.texts[0].font.hasSuffix(".ttf"))
        _ = try await engine.render(prepared, to: s.path("x.mp4"), settings: RenderSettings())
    }

    @Test func missingMediaIsReportedWithItsPath() async throws {
        let s = try Scratch()
        let draft = try Draft.decode(Data(#"{"t":[{"tt":0,"sg":[{"d":500,"m":{"color":"red"}},{"d":500,"m":{"src":"gone.png"}}]}]}"#.utf8)).draft
        await #expect {
            try await RenderEngine(tools: s.tools).prepare(draft, baseDirectory: s.dir)
        } throws: { error in
            (error as? DraftValidationError)?.errors.first?.path == "t[0].sg[1].m.src"
        }
    }
}

final class ProgressBox: @unchecked Sendable {
    private let lock = NSLock()
    private var v = 0.0
    func set(_ x: Double) { lock.lock(); v = x; lock.unlock() }
    var value: Double { lock.lock(); defer { lock.unlock() }; return v }
}
