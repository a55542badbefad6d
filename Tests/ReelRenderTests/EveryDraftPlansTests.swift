import Foundation
import Testing
import ReelFFmpeg
@testable import ReelRender
import ReelTestSupport
import ReelTimeline

/// Resolving and planning never trap: every example draft and a few hundred generated ones are
/// planned as a preview and as full-quality exports (what `--dry-run` prints), and each plan's
/// length is the timeline's as resolved for those settings.
@Suite struct EveryDraftPlansTests {
    /// A preview resolved at 15 fps kept a text that the 30 fps resolution dropped, and the old
    /// `retimed` copied fonts by index into it: Index out of range (issue 8).
    static let previewRepro = #"{"m":{"fps":30},"t":[{"tt":0,"sg":[{"d":1040,"m":{"color":"navy"}}]},{"tt":7,"sg":[{"st":1050,"d":500,"m":{"text":"late","kind":"caption"}}]}]}"#

    static let settings: [RenderSettings] = [
        RenderSettings(), RenderSettings(preview: true),
        RenderSettings(format: .webm), RenderSettings(format: .gif, preview: true),
        RenderSettings(format: .png, stillAt: 0.5), RenderSettings(format: .jpg, preview: true, stillAt: 1e6),
    ]

    /// Plans `prepared` with every setting and checks what can be checked without running FFmpeg.
    static func planEveryWay(_ prepared: PreparedDraft, _ label: String) throws {
        let engine = RenderEngine(tools: FFmpegTools(ffmpeg: "/ffmpeg", ffprobe: "/ffprobe"))
        for settings in settings {
            let timeline = try prepared.timeline(for: settings)
            let plan = try engine.plan(prepared, settings: settings, workDir: "/w")
            #expect(plan.duration == timeline.duration, "\(label) \(settings)")
            #expect(!plan.graph.isEmpty && plan.maps.first == "vout", "\(label)")
            #expect(timeline.fps == (settings.preview ? min(prepared.draft.meta.fps, 15) : prepared.draft.meta.fps), "\(label)")
            #expect(timeline.visuals.last.map { $0.startFrame + $0.frames } == timeline.totalFrames, "\(label)")
            if settings.preview { #expect(min(plan.width, plan.height) <= 540, "\(label)") }
            if prepared.timeline.loudnorm {
                var builder = PlanBuilder(timeline: timeline, settings: settings, workDir: "/w")
                #expect(builder.buildLoudnessMeasurement().logLevel == "info")
            }
        }
    }

    @Test func theIssue8PreviewDraftPlansAndRenders() async throws {
        let s = try Scratch()
        let draft = try Draft.decode(Data(Self.previewRepro.utf8)).draft
        let engine = RenderEngine(tools: s.tools)
        let prepared = try await engine.prepare(draft, baseDirectory: s.dir)
        try Self.planEveryWay(prepared, "repro")
        // Each rate keeps what fits at that rate: 31 frames at 30 fps end before 1.05 s, 16 at 15 fps after it.
        #expect(prepared.timeline.texts.isEmpty)
        #expect(try prepared.timeline(for: RenderSettings(preview: true)).texts.count == 1)
        let result = try await engine.render(prepared, to: s.path("preview.mp4"), settings: RenderSettings(preview: true))
        let info = try await s.streams(result.output)
        #expect(info.video?.width == 960 && info.video?.height == 540)
        #expect(abs(info.duration - 16.0 / 15) < 0.07)
    }

    @Test func everyExamplePlansBothWays() async throws {
        let s = try Scratch()
        try FileManager.default.createDirectory(atPath: s.path("media"), withIntermediateDirectories: true)
        _ = try await s.image("media/red.png", color: "red", width: 64, height: 48)
        _ = try await s.image("media/blue.jpg", color: "blue", width: 48, height: 64)
        _ = try await s.clip("media/clip.mp4", source: "testsrc2", width: 64, height: 48, seconds: 4)
        _ = try await s.tone("media/music.m4a", frequency: 220, seconds: 5, amplitude: 0.3)
        _ = try await s.tone("media/voice.m4a", frequency: 900, seconds: 3, amplitude: 0.5)
        let engine = RenderEngine(tools: s.tools)
        #expect(ExampleTests.names.count >= 5)
        for name in ExampleTests.names {
            let data = try Data(contentsOf: URL(fileURLWithPath: packageRoot + "/examples/" + name))
            let prepared = try await engine.prepare(try Draft.decode(data).draft, baseDirectory: s.dir)
            try Self.planEveryWay(prepared, name)
        }
    }

    @Test func generatedDraftsPlanBothWays() throws {
        var rng = SplitMix64(seed: 0x5EED_2026)
        var planned = 0, refused = 0
        for n in 0..<200 {
            let json = DraftGenerator.json(&rng)
            guard let draft = try? Draft.decode(Data(json.utf8)).draft else {
                Issue.record("generated draft \(n) does not validate: \(json)")
                continue
            }
            do {
                let prepared = try PreparedDraft(draft: draft, media: DraftGenerator.media, paths: DraftGenerator.paths)
                try Self.planEveryWay(prepared, "draft \(n): \(json)")
                planned += 1
            } catch is DraftValidationError {
                refused += 1 // a clip trimmed past its end: refused by resolving, with a reason
            }
        }
        #expect(planned > 160, "planned \(planned), refused \(refused)")
    }
}

/// Valid drafts of every shape: odd frame rates, tiny and long segments, transitions longer than
/// their neighbours, texts and sounds that start late or run past the end.
enum DraftGenerator {
    static let media: [String: MediaInfo] = [
        "a.jpg": ReelRenderTests.media(.image, w: 4000, h: 3000, orientation: 6),
        "b.png": ReelRenderTests.media(.image, w: 300, h: 1200),
        "c.mp4": ReelRenderTests.media(.video, w: 1920, h: 1080, seconds: 10, audio: true),
        "d.mov": ReelRenderTests.media(.video, w: 720, h: 1280, seconds: 0.4),
        "m.mp3": ReelRenderTests.media(.audio, seconds: 3, audio: true),
        "v.wav": ReelRenderTests.media(.audio, seconds: 20, audio: true),
    ]
    static let paths = Dictionary(uniqueKeysWithValues: media.keys.map { ($0, "/media/" + $0) })

    static func json(_ r: inout SplitMix64) -> String {
        func pick<T>(_ xs: [T]) -> T { xs[Int.random(in: 0..<xs.count, using: &r)] }
        func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &r) < p }
        func ms(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &r) }

        var meta: [String] = []
        if chance(0.8) { meta.append(#""fps":\#(pick([1, 2, 7, 12, 15, 16, 23, 24, 25, 29, 30, 31, 48, 50, 59, 60]))"#) }
        if chance(0.7) {
            let (w, h) = pick([(1920, 1080), (1080, 1920), (1080, 1080), (320, 180), (16, 16), (3840, 2160), (1000, 562), (542, 540)])
            meta.append(#""w":\#(w),"h":\#(h)"#)
        }
        if chance(0.3) { meta.append(#""fadeIn":\#(ms(0...3000))"#) }
        if chance(0.3) { meta.append(#""fadeOut":\#(ms(0...3000))"#) }
        if chance(0.2) { meta.append(#""loudnorm":true"#) }
        if chance(0.2) { meta.append(#""look":"\#(pick(LookName.allCases).rawValue)""#) }

        var visuals: [String] = []
        for _ in 0..<ms(1...6) {
            var m: [String] = []
            switch ms(0...3) {
            case 0: m.append(#""color":"\#(pick(["navy", "#ff8800", "white"]))""#)
            case 1: m.append(#""src":"\#(pick(["a.jpg", "b.png"]))""#)
                if chance(0.6) { m.append(#""zoom":"\#(pick(Motion.allCases).rawValue)""#) }
            default: m.append(#""src":"\#(pick(["c.mp4", "d.mov"]))""#)
                if chance(0.3) { m.append(#""in":\#(ms(0...300))"#) }
                if chance(0.3) { m.append(#""speed":\#(pick([0.25, 0.5, 1.5, 4]))"#) }
                if chance(0.2) { m.append(#""mute":true"#) }
            }
            if chance(0.3) { m.append(#""fit":"\#(pick(["cover", "contain"]))""#) }
            if chance(0.2) { m.append(#""look":"\#(pick(LookName.allCases).rawValue)""#) }
            if chance(0.5) { m.append(#""tr":{"name":"\#(pick(TransitionName.all))","d":\#(ms(0...4000))}"#) }
            let d = chance(0.85) ? #""d":\#(pick([100, 101, 133, 1000, 1040, 2500, ms(100...8000)])),"# : ""
            visuals.append(#"{\#(d)"m":{\#(m.joined(separator: ","))}}"#)
        }
        var tracks = [#"{"tt":0,"sg":[\#(visuals.joined(separator: ","))]}"#]
        for role in ["music", "voice"] where chance(0.4) {
            var m = [#""src":"\#(pick(["m.mp3", "v.wav", "c.mp4"]))""#]
            if chance(0.4) { m.append(#""loop":true"#) }
            if chance(0.3) { m.append(#""fadeIn":\#(ms(0...5000)),"fadeOut":\#(ms(0...5000))"#) }
            if chance(0.3) { m.append(#""speed":\#(pick([0.25, 0.5, 2, 4]))"#) }
            if chance(0.2) { m.append(#""in":\#(ms(0...2000))"#) }
            let st = chance(0.5) ? #""st":\#(ms(0...9000)),"# : ""
            tracks.append(#"{"tt":1,"m":{"role":"\#(role)"},"sg":[{\#(st)"m":{\#(m.joined(separator: ","))}}]}"#)
        }
        var texts: [String] = []
        for _ in 0..<ms(0...4) {
            var style: [String] = []
            if chance(0.4) { style.append(#""pos":"\#(pick(TextPosition.allCases).rawValue)""#) }
            if chance(0.3) { style.append(#""size":\#(pick([8, 40, 400]))"#) }
            if chance(0.3) { style.append(#""fadeIn":\#(ms(0...3000)),"fadeOut":\#(ms(0...3000))"#) }
            if chance(0.2) { style.append(#""box":\#(chance(0.5))"#) }
            let text = pick(["late", "Hi: 'you' 100% \\\\ done", "标题", String(repeating: "long words ", count: 30)])
            let st = chance(0.8) ? #""st":\#(pick([0, 999, 1050, ms(0...12000)])),"# : ""
            let d = chance(0.7) ? #""d":\#(ms(100...6000)),"# : ""
            texts.append(#"{\#(st)\#(d)"m":{"text":"\#(text)","kind":"\#(pick(TextKind.allCases).rawValue)","style":{\#(style.joined(separator: ","))}}}"#)
        }
        if !texts.isEmpty { tracks.append(#"{"tt":7,"sg":[\#(texts.joined(separator: ","))]}"#) }
        return #"{"m":{\#(meta.joined(separator: ","))},"t":[\#(tracks.joined(separator: ","))]}"#
    }
}
