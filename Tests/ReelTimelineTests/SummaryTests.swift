import Foundation
import Testing
@testable import ReelTimeline

@Suite struct SummaryTests {
    @Test func matchesTheSeedForm() throws {
        let d = try Draft.decode(Data("""
        {"t":[{"tt":0,"sg":[{"d":10000,"m":{"src":"city.mp4","name":"city timelapse"}}]},
              {"tt":1,"m":{"name":"Lo-fi"},"sg":[{"m":{"src":"lofi.mp3","volume":0.35}}]},
              {"tt":7,"sg":[{"st":0,"d":3000,"m":{"text":"Urban Dreams","kind":"title"}}]}]}
        """.utf8)).draft
        #expect(d.summary() == #"Timeline (3 tracks): 1. Video: city timelapse (0-10s) 2. BGM: Lo-fi (0-10s, 35%) 3. Title: "Urban Dreams" (0-3s)"#)
    }

    @Test func countsTransitionsAndNamesFiles() throws {
        let d = try Draft.decode(Data("""
        {"t":[{"tt":0,"sg":[{"d":4000,"m":{"src":"/x/beach.jpg","tr":{"name":"fade","d":1000}}},
                            {"d":4000,"m":{"src":"surf.mp4","tr":{"name":"wipeleft","d":500}}},
                            {"d":3000,"m":{"color":"#112233"}},{"d":2000,"m":{"src":"end.png"}}]},
              {"tt":1,"m":{"role":"voice"},"sg":[{"st":1500,"d":4000,"m":{"src":"vo.wav"}}]},
              {"tt":7,"sg":[{"st":2000,"d":2000,"m":{"text":"one","kind":"caption"}},{"st":5000,"d":2000,"m":{"text":"two","kind":"caption"}}]}]}
        """.utf8)).draft
        #expect(d.summary() == #"Timeline (3 tracks): 1. Video: beach, surf, colour #112233 +1 more (0-11.5s) 2. Voiceover: vo (1.5-5.5s, 100%) 3. Captions: "one" +1 more (2-7s)"#)
    }

    @Test func clipWithoutLengthUsesProbedDuration() throws {
        let d = try Draft.decode(Data(#"{"t":[{"tt":0,"sg":[{"m":{"src":"a.mp4","in":2000,"speed":2}}]}]}"#.utf8)).draft
        #expect(d.duration(knownDurations: ["a.mp4": 12000]) == 5000)
        #expect(d.summary(knownDurations: ["a.mp4": 12000]) == "Timeline (1 track): 1. Video: a (0-5s)")
    }
}

@Suite struct LayoutTests {
    @Test func transitionsOverlapSegments() {
        let l = VisualLayout(lengths: [100, 100, 100], transitions: [20, 30, 99])
        #expect(l.starts == [0, 80, 150])
        #expect(l.transitions == [20, 30, 0])
        #expect(l.total == 250)
    }

    @Test func transitionsAreClampedToHalfTheShorterNeighbour() {
        let l = VisualLayout(lengths: [100, 10, 100], transitions: [60, 60])
        #expect(l.transitions == [5, 5, 0])
        #expect(l.total == 200)
        // The short middle segment keeps its whole length between the two transitions.
        #expect(l.starts[2] - l.starts[1] == 5)
    }

    @Test func negativeOrMissingTransitionsAreCuts() {
        let l = VisualLayout(lengths: [10, 10], transitions: [-5])
        #expect(l.transitions == [0, 0])
        #expect(l.total == 20)
        #expect(VisualLayout(lengths: [], transitions: []).total == 0)
    }
}
