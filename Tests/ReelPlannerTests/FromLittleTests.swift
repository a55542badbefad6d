import Foundation
import Testing
@testable import ReelPlanner
import ReelTimeline
import ReelTestSupport

/// Making a video from little: words alone, a script over media, a script to narrate.
@Suite struct FromLittleTests {
    @Test func wordsAloneBecomeCardsTitleAndCaptions() throws {
        var session = EditSession(draft: Draft())
        let turn = session.turn(#"a 30-second promo "Bean There" for our coffee shop. script: Fresh beans roasted daily. Cozy seats by the window. Open till late, every day."#)
        let d = session.draft
        #expect(d.duration() == 30_000)
        #expect(d.visualSegments.allSatisfy { $0.color != nil })
        #expect(d.visualSegments.first?.color == "#3e2723") // coffee browns
        let texts = d.tracks.filter { $0.type == .text }.flatMap(\.segments)
        #expect(texts.first { $0.kind == .title }?.text == "Bean There")
        #expect(texts.filter { $0.kind == .caption }.map(\.text) == ["Fresh beans roasted daily.", "Cozy seats by the window.", "Open till late, every day."])
        let captions = texts.filter { $0.kind == .caption }
        #expect(captions.first?.start == 3000)
        #expect(captions.last.map { $0.start! + $0.duration! } == 30_000)
        #expect(turn.answer.hasSuffix(#"3. Captions: "Fresh beans roasted daily." +2 more (3-30s)"#), "\(turn.answer)")
    }

    @Test func aScriptOverMediaIsTimedCaptions() throws {
        var session = EditSession(draft: try sample())
        _ = session.turn("add captions. script: First line here. 第二句话在这里。 And a rather long third sentence that has to be split into two readable lines for viewers.")
        let captions = session.draft.tracks.filter { $0.type == .text }.flatMap(\.segments).filter { $0.kind == .caption }
        #expect(captions.count == 5) // the long sentence becomes three lines
        #expect(captions.allSatisfy { ($0.text ?? "").count <= 42 })
        #expect(captions.map { $0.start! } == captions.map { $0.start! }.sorted())
    }

    @Test func narrationIsPlannedForTheFaceToSpeak() throws {
        let session = EditSession(draft: Draft())
        var planned = session.plan("narrate the script. script: Hello world. Goodbye.")
        #expect(planned.narration == "Hello world. Goodbye.")
        planned.narrated(by: "/tmp/n.wav")
        #expect(planned.plan.operations.last == .addVoiceover(source: "/tmp/n.wav", startMs: 0))
        #expect(planned.narration == nil)
    }

    @Test func anAnswerSaysWhyTheScriptWasNotNarrated() throws {
        var session = EditSession(draft: Draft())
        let text = "a 6 second video titled 'Hi', narrate it. script: Hello world."
        var failed = session.plan(text)
        failed.notNarrated(because: "espeak-ng failed: exit code 1")
        var copy = session
        #expect(copy.apply(failed).answer.contains("I could not narrate the script: espeak-ng failed: exit code 1."))
        // A face that never tried (no voice at all) gets the general reason.
        #expect(session.apply(session.plan(text)).answer.contains("I could not narrate the script: no speech voice is available here."))
    }

    @Test func scriptLinesAndTiming() {
        #expect(Script.lines("One. Two!\nThree?") == ["One.", "Two!", "Three?"])
        #expect(Script.lines("第一句。第二句！") == ["第一句。", "第二句！"])
        let long = Script.lines(String(repeating: "长", count: 40))
        #expect(long.count == 3 && long.allSatisfy { $0.count <= 16 })
        // A long CJK sentence breaks after its comma and never inside "40小时" or a Latin word.
        let candle = Script.lines("这款手工香薰蜡烛采用天然大豆蜡制作，可以连续燃烧40小时，适合送给朋友和家人。")
        #expect(candle.allSatisfy { $0.count <= 16 }, "\(candle)")
        #expect(candle.contains { $0.contains("40小时") }, "\(candle)")
        #expect(candle.joined() == "这款手工香薰蜡烛采用天然大豆蜡制作，可以连续燃烧40小时，适合送给朋友和家人。")
        #expect(!candle.contains { "，。、".contains($0.first!) }, "no line starts with punctuation: \(candle)")
        let mixed = Script.lines("新品上市，iPhone15手机壳全场八折优惠，数量有限先到先得赶快行动吧朋友们")
        #expect(mixed.contains { $0.contains("iPhone15") }, "\(mixed)")
        let t = Script.timing(["short", "a much longer line of words"], from: 1000, span: 10_000)
        #expect(t[0].start == 1000 && t[1].start == t[0].start + t[0].duration)
        #expect(t[1].duration > t[0].duration)
    }

    /// The one-pass typo check agrees with the full edit distance.
    @Test func oneEditApartIsEditDistanceOne() {
        var rng = SplitMix64(seed: 11)
        let letters = Array("abcdem")
        for _ in 0..<3000 {
            let a = String((0..<(3 + rng.next(4))).map { _ in letters[rng.next(letters.count)] })
            let b = String((0..<(3 + rng.next(4))).map { _ in letters[rng.next(letters.count)] })
            #expect(RulePlanner.oneEditApart(a, b) == (RulePlanner.editDistance(a, b) == 1), "\(a) \(b)")
        }
        #expect(RulePlanner.mend("msuic", protected: []) == "music")
        #expect(RulePlanner.mend("quiter", protected: []) == "quieter")
        #expect(RulePlanner.mend("take", protected: []) == "take")
        #expect(RulePlanner.mend("titled", protected: []) == "titled")
        #expect(RulePlanner.mend("beach", protected: ["beach"]) == "beach")
    }
}
