import Foundation
import Testing
@testable import ReelTimeline

/// The timeline as lanes (what the studio's strip draws): visual segments laid out by
/// `VisualLayout` (transitions clamped there), sounds with levels, texts, on one clock.
@Suite struct LanesTests {
    @Test func lanesFollowTheLayoutAndTheSummary() throws {
        let d = try Draft.decode(Data("""
        {"t":[{"tt":0,"sg":[{"d":4000,"m":{"src":"/m/beach.jpg","tr":{"name":"fade","d":3000}}},
                            {"d":2000,"m":{"src":"/m/surf.mp4","in":1500,"look":{"name":"bw"}}},
                            {"d":3000,"m":{"color":"#112233"}}]},
              {"tt":1,"sg":[{"m":{"src":"/m/song.mp3","volume":0.35}}]},
              {"tt":7,"sg":[{"st":500,"d":3000,"m":{"text":"Hello","kind":"title"}}]}]}
        """.utf8)).draft
        let lanes = d.lanes()
        // The fade is clamped to half of the shorter neighbour (2000 / 2).
        #expect(lanes.visuals.map(\.start) == [0, 3000, 5000])
        #expect(lanes.visuals.map(\.duration) == [4000, 2000, 3000])
        #expect(lanes.visuals.map(\.transition) == ["fade", nil, nil])
        #expect(lanes.visuals.map(\.transitionDuration) == [1000, 0, 0])
        #expect(lanes.duration == 8000 && lanes.duration == d.duration())
        #expect(lanes.visuals[1].sourceAt == 1500 && lanes.visuals[1].look == "bw" && lanes.visuals[0].look == nil)
        #expect(lanes.visuals[2].color == "#112233" && lanes.visuals[2].src == nil)
        #expect(lanes.sounds.count == 1 && lanes.sounds[0].start == 0 && lanes.sounds[0].end == 8000)
        #expect(lanes.sounds[0].volume == 0.35 && lanes.sounds[0].role == "music" && lanes.sounds[0].track == 1)
        #expect(lanes.texts.map(\.text) == ["Hello"] && lanes.texts[0].start == 500 && lanes.texts[0].end == 3500)
        #expect(lanes.texts[0].kind == "title" && lanes.texts[0].track == 2)
    }

    @Test func anEmptyDraftHasEmptyLanes() {
        let lanes = Draft().lanes()
        #expect(lanes.duration == 0 && lanes.visuals.isEmpty && lanes.sounds.isEmpty && lanes.texts.isEmpty)
    }
}
