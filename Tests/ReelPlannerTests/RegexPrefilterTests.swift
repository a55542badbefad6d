import Foundation
import Testing
@testable import ReelPlanner

/// The kept expressions skip a pattern whose required words are not in the text. A skip must never
/// hide a match: these tests pin what each pattern is taken to require, and compare the filtered
/// answers with ICU's own on texts chosen to trip a careless reading.
@Suite struct RegexPrefilterTests {
    private func needles(_ pattern: String) -> [String]? {
        RegexPrefilter.needles(pattern).map { $0.sorted() }
    }

    @Test func literalWordsAreRequired() {
        #expect(needles(#"\bmusic\b"#) == ["music"])
        #expect(needles(#"\b(?:music|song)\b"#) == ["music", "song"])
        #expect(needles(#"Title"#) == ["title"], "compared lowercased: the expressions ignore case")
        #expect(needles(#"make (?:it|this) louder"#) == [" louder"], "the longest required part wins, its space with it")
        #expect(needles(#"\bfade\s*(?:in|out)"#) == ["fade"])
        #expect(needles(#"a|b"#) == ["a", "b"])
        #expect(needles(#"视频|video"#) == ["video", "视频"])
        #expect(needles(#"\.mp4\b"#) == [".mp4"])
        #expect(needles(#"(?:louder|quieter)+"#) == ["louder", "quieter"])
    }

    @Test func optionalOrUnknownPartsRequireNothing() {
        #expect(needles(#"\d+"#) == nil)
        #expect(needles(#"[a-z]+"#) == nil)
        #expect(needles(#"(?:music)?\d"#) == nil)
        #expect(needles(#"music|\d"#) == nil, "one branch with no word: the whole pattern may match anywhere")
        #expect(needles(#"(?:a|)b?"#) == nil)
        #expect(needles(#"musics?"#) == ["music"], "an optional letter ends the word before it")
        #expect(needles(#"colou?r"#) == ["colo"])
        #expect(needles(#"(?x) m u s i c"#) == nil, "free spacing changes what a space is")
        #expect(needles(#"\Qa.b\E"#) == nil)
        #expect(needles(#"(?=music)\w+"#) == nil, "a lookahead's words are not taken")
        #expect(needles(#"straße"#) == ["stra"], "ß folds to ss: it is not taken as a letter")
        #expect(needles(#"a{0,3}"#) == nil)
        #expect(needles(#"ab{2}c"#) == ["ab"])
        #expect(needles(#"[(]music[)]"#) == ["music"])
        #expect(needles(#"x\1"#) == ["x"])
    }

    /// The filtered calls answer exactly what ICU answers, for tricky texts and the patterns above.
    @Test func filteredMatchesAgreeWithICU() {
        let patterns = [#"\bmusic\b"#, #"Title"#, #"make (?:it|this) louder"#, #"colou?r"#, #"视频|video"#,
                        #"\bss\b"#, #"\bk\b"#, #"fi"#, #"stra(?:ss|ße)"#, #"(?:louder|quieter)+"#]
        let texts = ["MUSIC up", "the Music", "TITLE", "Make It LOUDER", "colr", "COLOUR", "视频改短", "VIDEO",
                     "ß", "ẞ", "ſs", "\u{212A}", "ﬁ", "STRASSE", "straße", "", "plain words only", "K"]
        for p in patterns {
            let re = try! NSRegularExpression(pattern: p, options: [.caseInsensitive])
            for t in texts {
                let icu = re.firstMatch(in: t, range: NSRange(t.startIndex..., in: t)) != nil
                #expect(Numbers.has(t, p) == icu, "\(p) in \(t)")
            }
        }
    }

    @Test func rewritesSeeTheirOwnEarlierRewrites() {
        // The second rule's word appears only after the first rule has run.
        let out = RulePlanner.replacing("make it loud", [(#"\bloud\b"#, "louder please"), (#"\bplease\b"#, "now")])
        #expect(out == "make it louder now")
    }
}
