import Foundation
import Testing
import ReelTestSupport

/// `reel render --preview` on drafts whose preview resolution differs from the export's.
@Suite struct PreviewRenderTests {
    /// Issue 8: at 30 fps the caption starts after the 31-frame video ends and is left out; at the
    /// preview's 15 fps (16 frames) it fits. This crashed with Index out of range.
    @Test func aTextOnlyThePreviewKeepsRenders() async throws {
        let s = try Scratch()
        let json = #"{"m":{"fps":30},"t":[{"tt":0,"sg":[{"d":1040,"m":{"color":"navy"}}]},{"tt":7,"sg":[{"st":1050,"d":500,"m":{"text":"late","kind":"caption"}}]}]}"#
        try Data(json.utf8).write(to: URL(fileURLWithPath: s.path("d.json")))
        let dry = try await runReel(["render", "d.json", "-o", "p.mp4", "--preview", "--dry-run"], in: s.dir)
        #expect(dry.code == 0, "\(dry.stderr)")
        let plan = try JSONSerialization.jsonObject(with: Data(dry.stdout.utf8)) as? [String: [String]]
        #expect(plan?["graph"]?.first?.contains("drawtext") == true)
        let r = try await runReel(["render", "d.json", "-o", "p.mp4", "--preview"], in: s.dir)
        #expect(r.code == 0, "\(r.stderr)")
        let info = try await s.streams(s.path("p.mp4"))
        #expect(info.video?.height == 540 && abs(info.duration - 16.0 / 15) < 0.07)
        let full = try await runReel(["render", "d.json", "-o", "f.mp4", "--dry-run"], in: s.dir)
        #expect(full.code == 0 && !full.stdout.contains("drawtext"))
    }
}
