import Foundation
import Testing
import ReelFFmpeg
import ReelRender
import ReelTestSupport
import ReelTimeline

/// The drafts in `examples/` are documentation and fixtures: each must load, and render (as a
/// preview) to the length its summary promises.
@Suite struct ExampleTests {
    static let names: [String] = {
        let dir = packageRoot + "/examples"
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
    }()

    @Test func thereAreExamples() { #expect(Self.names.count >= 5) }

    @Test(arguments: names)
    func rendersAsPromised(name: String) async throws {
        let s = try Scratch()
        try FileManager.default.createDirectory(atPath: s.path("media"), withIntermediateDirectories: true)
        _ = try await s.image("media/red.png", color: "red", width: 640, height: 480)
        _ = try await s.image("media/blue.jpg", color: "blue", width: 480, height: 640)
        _ = try await s.clip("media/clip.mp4", source: "testsrc2", width: 320, height: 240, seconds: 4)
        _ = try await s.tone("media/music.m4a", frequency: 220, seconds: 5, amplitude: 0.3)
        _ = try await s.tone("media/voice.m4a", frequency: 900, seconds: 3, amplitude: 0.5)
        let data = try Data(contentsOf: URL(fileURLWithPath: packageRoot + "/examples/" + name))
        let (draft, warnings) = try Draft.decode(data)
        #expect(warnings.isEmpty, "\(warnings)")
        let engine = RenderEngine(tools: s.tools)
        let prepared = try await engine.prepare(draft, baseDirectory: s.dir)
        #expect(prepared.warnings.isEmpty, "\(prepared.warnings)")
        let result = try await engine.render(prepared, to: s.path("out.mp4"), settings: RenderSettings(preview: true))
        let info = try await s.streams(result.output)
        // Previews run at 15 fps: the length is the timeline's at that rate (within a frame of the export's).
        let previewLength = try prepared.timeline(for: RenderSettings(preview: true)).duration
        #expect(abs(info.duration - previewLength) < 0.07)
        #expect(abs(previewLength - prepared.timeline.duration) < 0.25)
        #expect(info.video?.codec == "h264" && info.audio?.codec == "aac")
        #expect(min(info.video?.width ?? 0, info.video?.height ?? 0) == 540)
    }
}
