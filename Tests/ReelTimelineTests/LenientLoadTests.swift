import Foundation
import Testing
@testable import ReelTimeline

/// A stored draft always loads: whatever rule it breaks is repaired on load with a warning, and
/// what loads passes strict validation (so the next edit, which must keep the draft valid, can
/// go on from it).
@Suite struct LenientLoadTests {
    static func load(_ text: String) throws -> (Draft, [Diagnostic]) {
        Draft.load(try JSONValue.parse(Data(text.utf8)))
    }

    @Test(arguments: [
        #"{"m":{"w":4000,"h":3000},"t":[{"tt":0,"sg":[{"m":{"color":"red"}}]}]}"#,
        #"{"m":{"w":1081,"h":1919,"fps":240,"fadeIn":-5},"t":[{"tt":0,"sg":[{"d":10,"m":{"color":"blurple"}}]}]}"#,
        #"{"t":[{"tt":0,"sg":[{"d":1000}]}]}"#,
        #"{"t":[{"tt":0,"sg":[{"m":{"src":"a.png","color":"red","fit":"stretch","zoom":"spin","tr":{"name":"explode","d":99999}}}]}]}"#,
        #"{"t":[{"tt":0,"sg":[{"m":{"src":"a.png"}}]},{"tt":0,"sg":[{"m":{"src":"b.png"}}]}]}"#,
        #"{"t":[{"tt":0,"sg":[{"m":{"src":"a.png"}}]},{"tt":1,"sg":[{"m":{"volume":9}},{"m":{"src":"s.mp3","volume":9,"speed":100}}]}]}"#,
        #"{"t":[{"tt":0,"sg":[{"m":{"src":"a.png"}}]},{"tt":7,"sg":[{"st":-4,"d":0,"m":{"text":"   "}},{"m":{"text":"ok","style":{"pos":"middle","size":2,"color":"nope","boxColor":"x"}}}]}]}"#,
        #"{"version":99,"t":[{"tt":0,"sg":[{"m":{"color":"red"}}]}]}"#,
        #"{"t":[{"tt":42,"sg":[]},{"tt":"video"},17]}"#,
        #"{"t":null}"#,
        #"[]"#,
    ])
    func loadsAnythingAndWhatLoadsValidates(text: String) throws {
        let (draft, warnings) = try Self.load(text)
        #expect(warnings.allSatisfy { $0.severity == .warning })
        let strict = Draft.read(draft.json, requireContent: false).diagnostics.filter { $0.severity == .error }
        #expect(strict.isEmpty, "\(strict)")
        // Loading what loaded changes nothing more.
        let (again, more) = Draft.load(draft.json)
        #expect(again == draft)
        #expect(more.isEmpty, "\(more)")
    }

    @Test func repairsKeepWhatCanBeKept() throws {
        let long = String(repeating: "é", count: 2100)
        let (d, warnings) = try Self.load(#"{"m":{"w":4000,"h":3000,"fps":240},"t":[{"tt":0,"sg":[{"d":5000,"m":{"src":"a.png","tr":{"name":"explode","d":700}}},{"m":{"color":"blurple"}}]},{"tt":0,"sg":[{"m":{"src":"b.png"}}]},{"tt":7,"sg":[{"st":0,"d":3000,"m":{"text":"\#(long)"}}]}]}"#)
        // A 4:3 canvas beyond 4K scales down to the largest that fits, still 4:3 and even.
        #expect(d.meta.width * d.meta.height <= 3840 * 2160 && d.meta.width % 2 == 0 && d.meta.height % 2 == 0)
        #expect(abs(Double(d.meta.width) / Double(d.meta.height) - 4.0 / 3.0) < 0.01)
        #expect(d.meta.fps == 60)
        let visual = d.tracks.filter { $0.type == .visual }
        #expect(visual.count == 1)
        #expect(visual[0].segments.map { $0.src ?? $0.color } == ["a.png", "black", "b.png"])
        #expect(visual[0].segments[0].transition == Transition(name: "fade", duration: 700))
        #expect(d.tracks.first { $0.type == .text }?.segments.first?.text?.count == 2000)
        #expect(warnings.contains { $0.message.contains("repaired on load") })
        // Read strictly (as an export reads it), the stored text is refused; the repaired draft is not.
        #expect(throws: DraftValidationError.self) { try Draft.decode(Data(#"{"m":{"w":4000,"h":3000},"t":[{"tt":0,"sg":[{"m":{"color":"red"}}]}]}"#.utf8)) }
        _ = try Draft.decode(try JSONEncoder().encode(d.json))
    }

    @Test func aStoredSessionDraftDecodesThroughTheLenientLoader() throws {
        struct Stored: Codable { var draft: Draft }
        let text = #"{"draft":{"m":{"w":4000,"h":3000},"t":[{"tt":0,"sg":[{"m":{"color":"red"}}]}]}}"#
        let stored = try JSONDecoder().decode(Stored.self, from: Data(text.utf8))
        #expect(stored.draft.meta.width <= 3840)
    }
}
