import Foundation
import ReelTimeline

/// The reading stage's notations: timecodes ("0:04", "00:00:01.5", "1m05s") and frame counts
/// ("24 frames at 30fps") become seconds, Chinese written against Latin words is spaced
/// ("把BGM调小" → "把 BGM 调小") so words stay words, a range of numbered files ("gala1-3") is
/// each of them, and words around a request that only explain it are told from requests.
extension RulePlanner {
    // MARK: Timecodes and frames

    /// "0:04" → "4s", "1:30" → "90s", "00:00:01.5" → "1.5s", "1m05s" → "65s" (never an aspect ratio such as 9:16).
    static func timecodesAsSeconds(_ text: String) -> String {
        // "stream_vod.mp4 00:10:03.0-00:10:11.0", "range 1:12–1:27", "caption 'Stop scrolling' 0:00 to 0:03": a stretch,
        // said with a dash or "to" and no "from".
        let text = text.contains(":") ? replacing(text, #"(?<!\bfrom )(?<!\bbetween )(?<!\bat )(?:\brange\s*:?\s*)?(?<![\d:.])(\d{1,2}:[0-5]\d(?::[0-5]\d)?(?:[.,]\d{1,3})?)(?:\s*(?:-|–|—|~)\s*|\s+(?:to|until|till|through|thru)\s+)(\d{1,2}:[0-5]\d(?::[0-5]\d)?(?:[.,]\d{1,3})?)(?![\d:])"#, "from $1 to $2") : text
        var t = substitute(text, #"(?<![\d:.])(\d{1,2}):([0-5]\d):([0-5]\d)(?:[.,](\d{1,3}))?(?![\d:])"#) { g in
            let whole = (Int(g[1]) ?? 0) * 3600 + (Int(g[2]) ?? 0) * 60 + (Int(g[3]) ?? 0)
            return "\(whole)\(g[4].isEmpty ? "" : "." + g[4])s"
        }
        t = substitute(t, #"\b(\d{1,3})m ?([0-5]?\d(?:\.\d+)?)s\b"#) { g in
            guard let m = Int(g[1]), let s = Double(g[2]) else { return g[0] }
            return seconds(Int(((Double(m) * 60 + s) * 1000).rounded())) + "s"
        }
        // ("caption at 0:03: Fresh every morning": a colon after the time ends it.)
        // ("00:02.500": milliseconds after the point, 2.5 s; it was read as 2 s.)
        return substitute(t, #"(?<![\d:.])(\d{1,2}):([0-5]\d)(?:\.(\d{1,3}))?(?![\d]|:\d)"#) { g in
            guard g[0] != "9:16", g[0] != "16:9" else { return g[0] }
            let fraction = replacing(g[3], #"0+$"#, "")
            return "\((Int(g[1]) ?? 0) * 60 + (Int(g[2]) ?? 0))\(fraction.isEmpty ? "" : "." + fraction)s"
        }
    }

    // MARK: Numbers in words

    /// A number said in words, as a dictating voice writes it: "fifteen", "twenty five", "forty-five".
    static let spokenNumber = #"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ -](?:one|two|three|four|five|six|seven|eight|nine)(?![a-z]))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?![a-z-])"#

    /// Numbers in words where they are amounts, as digits: "like fifteen percent" → "like 15 percent",
    /// "from five to eight seconds" → "from 5 to 8 seconds", "stop it at nine" → "stop it at 9".
    /// "the beach one", "one more time" and quoted words stay as they are.
    static func numberWordsAsDigits(_ text: String) -> String {
        // ".5x", "music to .2": a leading zero left out; "make it :30" (a spot's length): 0:30.
        let text = text.contains(".") || text.contains(":")
            ? outsideQuotes(text) { replacing($0, [(#"(?<![\w.:])\.(\d)"#, "0.$1"), (#"(?<![\w:])(?<=\s|^):([0-5]\d)\b(?!:)"#, "0:$1")]) } : text
        guard has(text, spokenNumber) || has(text, #"\band[\s-]+a[\s-]+half\b"#) else { return text }
        let n = spokenNumber
        let unit = #"(?:percent|per ?cent|%|seconds?|secs?|minutes?|mins?|milliseconds?|ms|fps|frames?|times)\b"#
        func digits(_ w: String) -> String { Numbers.english(w).map { String(Int($0)) } ?? w }
        return outsideQuotes(text) { part in
            // "a second and a half" → "1.5 seconds", "two and a half minutes" → "2.5 minutes"
            var part = substitute(part, #"\b(?:a|one) (second|minute) and a half\b"#) { g in "1.5 \(g[1])s" }
            // "one-and-a-half-second dissolves", "One and a half seconds each".
            part = substitute(part, #"\b(\#(Numbers.spelledNumber)|\d+)[\s-]+and[\s-]+a[\s-]+half[\s-]+(seconds?|minutes?)\b"#) { g in "\(digits(g[1])).5 \(g[2])" }
            // "one hundred and twenty seconds", "a hundred seconds"
            part = substitute(part, #"\b((?:a|one|two|three|four|five|six|seven|eight|nine)\s+hundred(?:\s+and)?(?:\s+\#(n))?)(?=[\s-]*\#(unit))"#) { g in digits(g[1]) }
            // "five to eight seconds", "between three and five seconds": both ends.
            var t = substitute(part, #"\b(\#(n)|\d+(?:\.\d+)?)(\s+(?:to|and|or|-)\s+)(\#(n))(?=[\s-]*\#(unit))"#) { g in digits(g[1]) + g[2] + digits(g[3]) }
            // "fifteen percent", "thirty seconds", "forty-five sec"; "two more seconds", "three extra seconds" (the
            // picture was given one second more).
            t = substitute(t, #"\b(\#(n))(?=[\s-]*(?:(?:more|extra|additional|fewer|less)\s+)?\#(unit))"#) { g in digits(g[1]) }
            // "remove clip two", "move it to position three", "slide four": a numbered thing.
            t = substitute(t, #"\b(clips?|photos?|pictures?|pics?|images?|videos?|slides?|segments?|shots?|scenes?|steps?|items?|position|number|index) (\#(n))\b(?!-)"#) { g in g[1] + " " + digits(g[2]) }
            // "stop it at nine", "start from two": a time point at the end of the words (never "one").
            t = substitute(t, #"\b(at|from|until|till|after) (?!one\b)(\#(n))(?=\s*(?:$|[.,;!?]))"#) { g in g[1] + " " + digits(g[2]) }
            return t
        }
    }

    /// "24 frames at 30fps" → "0.8s"; "12 frames" at the draft's frame rate. Frames per second stay a rate.
    static func framesAsSeconds(_ text: String, fps: Int) -> String {
        guard has(text, #"\d[\s-]*(?:frames?|f)\b"#) else { return text }
        let t = substitute(text, #"\b(\d+)\s*(?:frames?|f)\s*(?:at|@)\s*(\d+(?:\.\d+)?)\s*(?:fps|p)\b"#) { g in
            guard let n = Double(g[1]), let rate = Double(g[2]), rate > 0 else { return g[0] }
            return seconds(Int((n / rate * 1000).rounded())) + "s"
        }
        // (Not "a 16:9 frame": a shape.)
        return substitute(t, #"(?<![\d:])\b(\d+)[\s-]*frames?\b(?!\s*(?:per|a|/|each)\s*sec)"#) { g in
            guard let n = Double(g[1]), fps > 0 else { return g[0] }
            return seconds(Int((n / Double(fps) * 1000).rounded())) + "s"
        }
    }

    /// "at 3 seconds when the title is gone", "at the four second mark, once the title has gone": the time is said, and
    /// the text's end only the reason.
    static let timeThenTextEnds = #"(?<=\d ?(?:s|secs?|seconds?)(?: mark)?)\s*,?\s*(?:when|once|after|as soon as) the title (?:is|has) (?:gone|over|done|finished|ended|off)\b"#

    /// "(start the music) just when the writing Hello has gone away", "once the title is over": the time
    /// that text ends, in seconds (the title, or the text whose words are named).
    static func textEndsAsTimes(_ text: String, draft: Draft) -> String {
        guard !draft.textPositions.isEmpty,
              has(text, #"\b(?:gone|disappear|finish|ended|ends|over|faded|fades|goes away)"#) else { return text }
        let text = replacing(text, timeThenTextEnds, "")
        let segments = draft.textPositions.map { draft.tracks[$0.track].segments[$0.segment] }
        return substitute(text, #",?\s*(?:just |right |exactly )?(?:when|once|after|as soon as) (?:the |that )?((?:[\w'’!&-]+ ){0,4}?)(title|writing|words|text|caption|lettering|headline)((?: [\w'’!&-]+){0,5}?) (?:has |have |is |are )?(?:gone(?: away)?|disappeared|finished|ended|faded(?: out| away)?|goes away|go away|disappears|ends|finishes|over|fades(?: out| away)?)\b"#) { g in
            let named = (g[1] + g[3]).trimmingCharacters(in: .whitespaces).lowercased()
            let title: Segment? = segments.first { $0.kind == .title }
            var found: Segment? = named.isEmpty ? nil : segments.first { $0.text?.lowercased() == named }
            if found == nil, g[2] == "title" || g[2] == "headline" { found = title }
            if found == nil, named.isEmpty { found = title ?? segments.first }
            guard let s = found else { return g[0] }
            let end: Int = (s.start ?? 0) + (s.duration ?? 3000)
            return " at \(seconds(end)) seconds"
        }
    }

    /// Each match replaced by what `make` returns from its groups.
    static func substitute(_ text: String, _ pattern: String, _ make: ([String]) -> String) -> String {
        let ns = text as NSString
        var out = ""
        var last = 0
        for m in Regexes.shared.matches(pattern, in: text) {
            let groups = (0..<m.numberOfRanges).map { m.range(at: $0).location == NSNotFound ? "" : ns.substring(with: m.range(at: $0)) }
            out += ns.substring(with: NSRange(location: last, length: m.range.location - last)) + make(groups)
            last = m.range.location + m.range.length
        }
        return last == 0 ? text : out + ns.substring(from: last)
    }

    // MARK: Mixed scripts

    /// A space between Chinese and Latin letters outside quotes, so "把title改成" has the word "title".
    static func spacedScripts(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { Script.isWide(Character($0)) }),
              text.unicodeScalars.contains(where: { $0.isASCII && $0.properties.isAlphabetic }) else { return text }
        return outsideQuotes(text) { part in
            var out = ""
            var previous: Character = " "
            for ch in part {
                let wide = Script.isWide(ch), latin = ch.isASCII && ch.isLetter
                let wasWide = Script.isWide(previous), wasLatin = previous.isASCII && previous.isLetter
                if (wide && wasLatin) || (latin && wasWide) { out.append(" ") }
                out.append(ch)
                previous = ch
            }
            return out
        }
    }

    // MARK: Misspelt file names

    /// "tomatos.jpg", "sweetcorn.jpg" for tomatoes.jpg, sweet_corn.jpg: a file name written with a slip (a letter
    /// or two, or the joins left out) is the one session file of that type it is closest to, when only one is
    /// that close; a name no file is near, or with other numbers ("photo_2.jpg" beside photo_1.jpg), stays as written.
    static func misspeltFileNames(_ text: String, context: PlannerContext) -> String {
        let files = Array(Set(context.media + context.draft.visualSegments.compactMap(\.src)))
        guard !files.isEmpty, has(text, #"\.[A-Za-z0-9]{3,4}\b"#) else { return text }
        func parts(_ name: String) -> (stem: String, ext: String) {
            let n = (name as NSString).lastPathComponent.lowercased()
            let ext = (n as NSString).pathExtension
            return (((n as NSString).deletingPathExtension).filter { $0.isLetter || $0.isNumber }, ext == "jpeg" ? "jpg" : ext)
        }
        let known = Set(files.map { ($0 as NSString).lastPathComponent.lowercased() })
        return substitute(text, #"(?<![\w.\-])([\p{L}\p{N}][\p{L}\p{N}_\-]*\.[A-Za-z0-9]{3,4})(?![\w\-])"#) { g in
            guard !known.contains(g[1].lowercased()) else { return g[0] }
            let said = parts(g[1])
            guard said.stem.count >= 5 else { return g[0] }
            let allowed = said.stem.count >= 8 ? 2 : 1
            let near = files.map { ($0, editDistance(said.stem, parts($0).stem)) }
                .filter { parts($0.0).ext == said.ext && $0.1 <= allowed && parts($0.0).stem.filter(\.isNumber) == said.stem.filter(\.isNumber) }
            guard let best = near.map(\.1).min(), near.filter({ $0.1 == best }).count == 1, let file = near.first(where: { $0.1 == best })?.0 else { return g[0] }
            return (file as NSString).lastPathComponent
        }
    }

    /// "move kitchn pic to the front", "lulaby musik" for lullaby.m4a: a word one typo from a part of a file's name
    /// (five letters or more, one file's only), said as a thing or a song, is that part (a word of five letters or more: "both clips" is no booth_vocal.mov). Never an everyday word ("the beach pic" stays, bench.jpg or not).
    static func misspeltNameWords(_ text: String, context: PlannerContext) -> String {
        let files = Array(Set(context.media + context.draft.visualSegments.compactMap(\.src)))
        guard !files.isEmpty, has(text, #"(?i)[a-z]{4,} (?:pics?|photos?|pictures?|images?|shots?|clips?|videos?|vids?|one|music|musik|song|track|tune)\b"#) else { return text }
        let parts = files.flatMap { namePart((($0 as NSString).lastPathComponent.lowercased() as NSString).deletingPathExtension) }.filter { $0.count >= 5 }
        return substitute(text, #"(?i)(?<![\w.\-])([a-z]{5,})(?= (?:pics?|photos?|pictures?|images?|shots?|clips?|videos?|vids?|one|music|musik|song|track|tune)\b)"#) { g in
            let w = g[1].lowercased()
            guard !parts.contains(w), !commonWords.contains(w), !vocabularySet.contains(w), !everydayWordsNearVocabulary.contains(w) else { return g[0] }
            let near = Set(parts.filter { editDistance(w, $0) == 1 })
            return near.count == 1 ? near.first ?? g[0] : g[0]
        }
    }

    /// "the close-up", "the close up" for gig_closeup.mp4, "the back yard" for backyard.jpg: two words (or a hyphenated one)
    /// that make a part of a file's name (six letters or more) when joined, are that part.
    static func joinedNameWords(_ text: String, context: PlannerContext) -> String {
        guard text.contains(" ") || text.contains("-") else { return text }
        let files = Set(context.media + context.draft.visualSegments.compactMap(\.src))
        // ("the e-bike photo" for ebike_lineup.jpg: a hyphenated word joins into five letters, one of them alone.)
        let parts = Set(files.flatMap { namePart((($0 as NSString).lastPathComponent.lowercased() as NSString).deletingPathExtension) }.filter { $0.count >= 5 })
        guard !parts.isEmpty else { return text }
        // (Two words only said as a thing, "the close up first"; never beside words for the screen: a title "Story Time",
        // "Spring Tune-Up $49" stays as written beside storytime_group.jpg, tuneup.mp4.)
        return outsideQuotes(text) { t in
            substitute(t, #"(?i)(?<![\w.\-])([a-z]{1,})-([a-z]{2,})(?![\w\-])|(?<=\bthe )([a-z]{2,}) ([a-z]{2,})(?= (?:one|clip|photo|pic|picture|video|vid|shot|image|first|last|next)\b|\s*[,.;!?]|$)"#) { g in
                let joined = (g[1] + g[2] + g[3] + g[4]).lowercased()
                return parts.contains(joined) && (joined.count >= 6 || !g[1].isEmpty) && !has(t, #"\b(?:title|caption|text|saying|says|called|named|heading|card)\b"#) ? joined : g[0]
            }
        }
    }

    // MARK: Ranges of files

    /// "gala1-3", "photo2 to photo4", "clip1 through clip3": each numbered session file in the range,
    /// when every one of them is in the session.
    static func fileRanges(_ text: String, context: PlannerContext) -> String {
        guard context.media.count > 1, has(text, #"[a-z][ _]?\d+(?:\.[a-z0-9]{2,4})?\s*(?:-|–|to|through|thru|\.\.|…|~|到|至)\s*[a-z_]*\d|[a-z]s \d+(?:\s*,\s*\d+)*,?\s*(?:and|&)\s*\d"#) else { return text }
        let stems = Dictionary(context.media.map { ((($0 as NSString).lastPathComponent.lowercased() as NSString).deletingPathExtension, $0) },
                               uniquingKeysWith: { a, _ in a })
        // "step1" for step1_chop.mp4 too: the one file whose name goes on past the number.
        func file(_ name: String) -> String? {
            if let p = stems[name] { return p }
            let longer = stems.keys.filter { $0.hasPrefix(name) && has(String($0.dropFirst(name.count)), #"^[_\- ]"#) }
            return longer.count == 1 ? stems[longer[0]] : nil
        }
        // Each by its file name ("s1.jpg": a stem under three letters is no name of its own); in Chinese joined by 和.
        func said(_ heads: [String], _ numbers: [Int], width: Int, chinese: Bool) -> String? {
            // ("slides 1 to 4" for slide_01.png … slide_04.png: a name's join and padding, when said without them.)
            let joined = heads + heads.filter { !$0.hasSuffix("_") }.map { $0 + "_" }
            for head in joined {
                for w in width == 0 ? [0, 2, 3] : [width] {
                    let names = numbers.map { n in head + String(repeating: "0", count: max(0, w - String(n).count)) + String(n) }
                    let files = names.compactMap(file)
                    guard files.count == names.count else { continue }
                    return files.map { ($0 as NSString).lastPathComponent }.joined(separator: chinese ? " 和 " : " and ")
                }
            }
            return nil
        }
        // "steps 1 to 4" (step1…step4), "portrait_01 to portrait_04" (numbers padded as written),
        // "s1.jpg through s4.jpg", "a1.jpg..a4.jpg" (each written as a file), "用product1到product3这三张图"
        // (Chinese 到, 至; a Chinese character beside the name is no letter of it).
        let ranged = substitute(text, #"(?<![A-Za-z0-9_])([a-z][a-z-]*?)(s?)([ _]?)(\d+)(\.[a-z0-9]{2,4})?\s*(-|–|to|through|thru|\.\.|…|~|到|至)\s*(?:\1\2?\3?)?(\d+)(?:\.[a-z0-9]{2,4})?(?![A-Za-z0-9_])(?!\s*(?:s|secs?|seconds?|ms|%)\b)"#) { g in
            let stem = g[1].lowercased()
            guard let a = Int(g[4]), let b = Int(g[7]), a < b, b - a < 50 else { return g[0] }
            // The files as named: "step1" for "steps 1", "portrait_01" for "portrait_01".
            return said([stem + (g[3] == "_" ? "_" : ""), stem + g[2].lowercased() + (g[3] == "_" ? "_" : "")], Array(a...b),
                        width: g[4].hasPrefix("0") ? g[4].count : 0, chinese: g[6] == "到" || g[6] == "至") ?? g[0]
        }
        // "slides 1 and 2", "steps 1, 2 and 4": the files so numbered (never "photos 1 and 2 seconds").
        return substitute(ranged, #"(?<![A-Za-z0-9_])([a-z][a-z-]*?)s (\d+(?:\s*,\s*\d+)*,?\s*(?:and|&)\s*\d+)(?![A-Za-z0-9_.])(?!\s*(?:s|secs?|seconds?|ms|%|x|times)\b)"#) { g in
            let numbers = Numbers.allMatches(#"\d+"#, in: g[2]).compactMap { Int($0.groups[0]) }
            return said([g[1].lowercased()], numbers, width: 0, chinese: false) ?? g[0]
        }
    }

    // MARK: Talk around a request

    /// "keep the transition names as they are", "leave the music alone": a part said to stay as it is.
    /// "the clip can stay how it is", "the music is fine as it is": the same, said of the thing.
    static func keepsAsItIs(_ c: String) -> Bool {
        // "but keep our song playing", "just leave the music on": beside a change to the clips' sound, the music stays.
        // ("…; keep background music": an agent's words, no article.)
        has(c, #"^(?:(?:but|and|so|just|please)[,]? )*(?:keep|leave) (?:(?:our|the|my|that|this) (?:[\w'-]+ )?|background )(?:song|music|tune|track|soundtrack|bgm)(?: (?:playing|on|going|there|in))?(?: (?:though|please|pls))?[.!]?$"#) ||
        // "Keep the existing title.", "leave the current music": what is there already, kept.
        has(c, #"^(?:(?:but|and|so|just|please)[,]? )*(?:keep|leave|keeping|leaving) (?:the |our |my )?(?:existing|current|original|present|new|latest|updated|changed) (?:title|caption|text|end ?card|music|song|track|transitions?|look|canvas|fades?|clips?|photos?|pictures?)s?(?: (?:as it is|as is|too|as well|in place|unchanged|please))*[.!]?$"#) ||
        // "(… to wipeleft,) leaving the other transition as it is", "keeping the rest intact".
        has(c, #"^(?:but |and |so |while |just )?(?:keep|leave|keeping|leaving) (?!it |them |everything )[\w' ]{2,40} (?:as (?:it is|is|they are)|the same|unchanged|alone|untouched|intact|how (?:it|they) (?:is|are)|like (?:it|they) (?:is|are))[.!]?$"#)
            || has(c, #"^(?:but |and |so )?(?:the |my |that |this |those |these )[\w' ]{2,30}? (?:(?:can|could|should|may|will|must|shall) )?(?:stay|stays|remain|remains|be|is|are|'s)(?: (?:totally |just |perfectly )?(?:fine|ok|okay|good|perfect))? (?:as (?:it is|is|they are|it was|they were)|the same|unchanged|untouched|alone|how (?:it|they) (?:is|are|was|were)|like (?:it|they) (?:is|are|was|were)|like that)[.!]?$"#)
            // "The video itself should stay the same length, please", "the timelapse clip b.mp4 stays at its length", "provided
            // that the colour remains otherwise unaltered": beside a change, what stays as it is (not understood).
            || has(c, #"^(?:but |and |so |while |provided (?:that )?|as long as |so long as |on condition that )?(?:the |my |that |this |those |these |its |their )[\w'. -]{2,40}? (?:itself |themselves )?(?:(?:can|could|should|may|will|must|shall) )?(?:stay|stays|remain|remains|be|is|are|'s|keep|keeps)(?: otherwise)? (?:(?:the same|unchanged|unaltered|as it is|as is) (?:length|duration|size|speed|colou?rs?)|at (?:its|their) (?:current |own |original |present |full |normal )?(?:length|duration|size|speed)|unaltered|otherwise unchanged)(?:,? (?:please|pls|thanks|thank you))?[.!]?$"#)
    }

    /// "the slot on our screen is 6 seconds", "my ad break is 15 seconds": how long something other
    /// than the video is, said as a fact (the request beside it says what to do with it).
    static func isFactAboutOtherThing(_ c: String) -> Bool {
        has(c, #"^(?:the|our|my|their|his|her|its) (?!(?:whole |entire |final |full |total )?(?:video|vid|film|movie|clip|thing|edit|reel|slideshow|montage|length|duration|runtime|it)\b)[\w' -]{1,40}? (?:is|are|was|lasts?|runs?) (?:only |just |about |around |exactly |roughly )?\#(Numbers.amount)[- ]?(?:seconds?|secs?|s|minutes?|mins?)(?: long)?[.!]?$"#)
    }

    /// Words beside a request that only explain it: the pattern, and words that make it a request after all.
    struct Explanation: Sendable {
        let pattern: String
        let unless: String?
        init(_ pattern: String, unless: String? = nil) {
            self.pattern = pattern
            self.unless = unless
        }
        func matches(_ c: String) -> Bool { RulePlanner.has(c, pattern) && !(unless.map { RulePlanner.has(c, $0) } ?? false) }
    }

    /// What it should be like, beside the change: "like the photographs from when I was young", "(改成黑白的，)像老照片那样",
    /// "就像以前的老照片一样", "跟老电影似的". After a look, never a second look ("black and white, like an old film" is no vintage).
    static let comparisons: [Explanation] = [
        Explanation(#"^(?:just |kind of |kinda |sort of |rather |much |a (?:bit|little) |very much )?like (?:the|a|an|my|our|those|these|in|on|when|how|old)\b"#, unless: #"\d|\b(?:make|add|set|put|change)\b"#),
        Explanation(#"^(?:就|好|有点)?(?:像|跟|和|如同|仿佛)[^，,。！!？?\d]{1,14}?(?:那样|一样|似的|那种感觉|的感觉|那种|的样子)(?:的)?[。！!]?$"#, unless: #"改|调|换|加|放|变|弄|做"#),
    ]

    /// What a look named beside it should be like: "make the whole thing look like an old storybook (… sepia maybe?)",
    /// "(a vintage,) programme-from-1952 sort of feel". Alone they name no look.
    static let lookLikenesses: [Explanation] = [
        Explanation(#"^(?:(?:can|could|would) you |please |and |so )*(?:make|have|get) (?:it|this|everything|the (?:whole thing|(?:whole |entire )?(?:video|vid|slideshow|reel|film|movie))) (?:all )?(?:look|feel) (?:like|as if it (?:is|was|were)) (?:an? |the |some |those |)?(?:old|vintage|antique|classic|old[- ]fashioned|faded|aged|yellowed)\b[\w' -]{0,30}$"#),
        Explanation(#"^(?:an? |the |some )?[\w' -]{1,40}? (?:sort|kind|type) of (?:feel|vibe|look|mood|style|atmosphere)(?: to it)?$"#, unless: #"\b(?:make|add|set|put|change|give)\b"#),
    ]

    /// "ill add a voiceover later", "I'll do the text myself in CapCut": what the user will do themselves, later.
    /// ("remove all the text overlays, we'll redo them": the user redoes the texts; never the redo command.)
    static let userDoesLater = #"^(?:and |but |so |cuz |because |since |as )?(?:i'?ll|ill|i will|i'?m going to|im going to|i'?m gonna|im gonna|i plan to|we'?ll|we will|we'?re going to|were going to|we'?re gonna|were gonna|gonna) (?:probably |maybe |just |prob |then |also )?(?:add|record|do|put|make|handle|sort|fix|upload|insert|dub|narrate|type|write|film|shoot)\b[\w'’ -]{0,40}?\b(?:later(?: on)?|myself|ourselves|afterwards|after|tomorrow|tonight|next week|separately|on my own|on our own|in (?:capcut|premiere|imovie|another app|post))[.!]*$|^(?:and |but |so |cuz |because |since |as )?(?:i'?ll|ill|i will|we'?ll|we will|i'?m going to|im going to|we'?re going to|i'?m gonna|im gonna|we'?re gonna|gonna) (?:just |probably |then |all )?(?:redo|re-do|remake|rewrite|retype|replace) (?:them|it|those|these|that|all of them|the \w+)(?: (?:later(?: on)?|myself|ourselves|afterwards|after|tomorrow|properly|from scratch|anyway))*[.!]*$"#

    /// Explanations that hold even with request words in them ("its our song ppl need to hear it").
    static let explanations: [Explanation] = comparisons + [
        // Long messages with the request buried in reasons: "the whole point of this video is to get people to show up",
        // "anyway the music is drowning out the chanting in b.mp4 so", "the march footage b.mp4 has a guy yelling
        // something", "the platform the coalition uses caps uploads at 30", "captions need to be readable", "I want to make
        // sure nothing overlaps", "the beholder dies in that clip": what a thing is for, does or holds, beside the request
        // (each was reported as not understood).
        Explanation(#"^(?:and |but |so )?(?:the )?(?:whole |main |entire |only )?(?:point|goal|idea|aim|purpose) (?:of (?:this|the|my|our) (?:video|vid|thing|reel|clip|post) )?is (?:to|that|so)\b[^,;]*$"#),
        Explanation(#"^(?:anyway,? |and |but |so |because |cause |cuz )?(?:the |my |our |this )?(?:background )?(?:music|song|track|bgm|beat)(?:'s| is| keeps?)? (?:really |totally |completely |kind of |kinda )?(?:drowning(?: out)?|drowns(?: out)?|stepping on|steps on|covering(?: up)?|covers(?: up)?|burying|buries|overpowering|overpowers|talking over|fighting with|clashing with|louder than)\b[^,;]*$"#, unless: #"\b(?:please|pls|can you|could you)\b"#),
        Explanation(#"^(?:before i forget\W*|btw\W*|fyi\W*|oh and\W*|and\W+)?(?:the |my |our )?(?:[\w'-]+ ){0,3}?(?:[\w-]+\.(?:jpe?g|png|mp4|mov|m4v|webm)|footage|clip|video|photo|picture|shot)(?: [\w-]+\.(?:jpe?g|png|mp4|mov|m4v|webm))? (?:has|contains|shows|includes) (?:a |an |some |someone |somebody |people |this |that |my |our )[^,;]*$"#, unless: #"\b(?:please|pls|can you|could you|should|must|needs? to)\b"#),
        Explanation(#"^(?:and |but |because |since |as )?(?:the |our |my |their )?(?:platform|app|site|website|screen|venue|channel|account|festival|contest|school|church)\b[\w' ]{0,40}?\b(?:caps?|limits?|cuts? off|allows?|only (?:takes|allows|shows|plays|accepts))\b[^,;]*$"#),
        Explanation(#"^(?:and |so |because |since |as )?(?:the )?(?:captions?|texts?|titles?|words|subtitles?|writing) (?:need|needs|have|has|must|should|got) to be (?:easy to read|readable|legible|visible|clear|big enough|large enough|seen)\b[^,;]*$"#),
        Explanation(#"^(?:and |so |because )?(?:i|we) (?:want|need|'d like|would like|wanna) to (?:make sure|check|ensure|see|know|double[- ]check) (?:that )?[^,;]*$"#, unless: #"\d|\b(?:add|remove|put|set|change|louder|quieter|shorter|longer|bigger|smaller)\b|\bmake (?!sure\b)"#),
        Explanation(#"^(?:because |since |as )?(?:the |my |our )?[\w' -]{1,30}? (?:dies|die|died|appears|shows up|happens|falls|crashes|wins|loses|gets (?:hit|killed|eaten)|is (?:killed|shown|revealed))\b[^,;]{0,30}\b(?:in|during) (?:that|this|the) (?:clip|one|video|shot|part|scene|bit)$"#),
        // "(contrast up,) wanna look gritty", "(put the vivid filter on,) the colours look proper flat": the look wanted, or
        // what is wrong now, beside the change that answers it.
        Explanation(#"^(?:and |so |cuz |because )?(?:(?:i|we) )?(?:wanna|want (?:it )?to|would like (?:it )?to|gonna|it should|so it'?ll|so it will|to) look (?:more |really |a bit |super |proper |well |real )?(?:gritty|moody|raw|edgy|cinematic|clean|crisp|punchy|dramatic|dark|bright|warm|cool|fresh|sharp|pro|professional|old|vintage|retro|dreamy|soft|filmic|classy|expensive)[.!]*$"#),
        Explanation(#"^(?:and |so |cuz |because )?(?:the |my |our )?(?:colou?rs?|picture|pictures|image|images|video|footage|photos?|pics?|shots?) (?:look|looks|are|is|seem|seems) (?:proper |really |kinda |kind of |so |very |a bit |a little |too |way too |bit |well |dead )?(?:flat|dull|washed out|boring|grey|gray|muted|lifeless|bland|dim|pale|faded|meh)[.!]*$"#),
        // "(nothing cropped;) everyone in the group photos must be visible", "(duck the music,) so the family can hear his voice",
        // "(stop the music at 8 s;) the last two seconds should be silent": why, beside the change.
        Explanation(#"^(?:and |but )?(?:it'?s|its|it is|they'?re|they are|that'?s|the (?:photo|picture|pic|image|x-?ray|clip) is) (?:getting |being |still |also |now )?(?:cropped|cut off|chopped(?: off)?)(?: too| as well| a bit| at the (?:edges|sides|top|bottom))?[.!]*$"#),
        Explanation(#"^(?:and |so )?(?:everyone|everybody|all (?:of )?(?:the )?(?:people|faces|guests|family|kids)) (?:in (?:the |my |our )?[\w ]{1,30} )?(?:must|should|needs? to|has to|have to) be (?:visible|seen|in (?:the )?(?:frame|shot|picture))[.!]*$"#),
        Explanation(#"^(?:and )?(?:so (?:that )?)?(?:the |my |our )?(?:family|people|guests|viewers|audience|everyone|parents|kids|students|customers|clients|patients|congregation|we|they|you) (?:can|could|will|would) (?:hear|see|read|understand|follow|enjoy) [\w' ]{1,40}[.!]*$"#),
        Explanation(#"^(?:and |so )?(?:the )?(?:last|final|first|closing|opening) (?:\d+(?:\.\d+)?|two|three|four|five|few|couple(?: of)?) (?:s|secs?|seconds?) (?:should|must|need to|needs to|will|can) be (?:silent|quiet|black|without (?:music|sound)|music-free|silence)[.!]*$"#),
        // "(… all in black and white,) we want it to feel like the old home movies he used to make", "(each photo 2 s,) fast
        // paced", "(no music,) do i need music?": how it should come across, or a question the request beside it answers.
        Explanation(#"^(?:and |so |but |because |cause |cuz )?(?:(?:we|i) (?:want|would like|'d like|wanted) (?:it|this|the video|the whole thing) to|it should|(?:so|that) it(?:'ll| will| would)?|to make it) feel (?:like|as if|as though|nostalgic|old|vintage|retro|warm|personal|special|homemade|cozy|cosy)\b[^,;]*$"#),
        Explanation(#"^(?:and |so |but |just |keep it |make it |nice and |very |super |really )*(?:fast|quick|high|upbeat)[- ]?(?:paced|energy|tempo)(?: (?:vibe|feel|edit|style))?[.!]*$"#),
        Explanation(#"^(?:do|should|would|will) (?:i|we|you) (?:need|have to have|want|add|use|include|put) (?:any |some |a |the )?(?:music|songs?|soundtrack|bgm|background music)(?: (?:for (?:it|this|that)|too|as well))?\??$"#),
        // "(no title please,) let the images speak", "(no music,) the photos speak for themselves": why, beside the change.
        Explanation(#"^(?:(?:and |just |cuz |because |so )*)(?:let (?:the |my |our )?(?:images?|photos?|pictures?|pics|visuals|footage|shots|work|art|food|views?) speak(?: for (?:themselves|itself))?|(?:the |my |our )?(?:images?|photos?|pictures?|pics|visuals|footage|shots|work) (?:speaks?|can speak|should speak) for (?:themselves|itself))[.!]*$"#),
        // "(a bit brighter please,) the photos were taken real early", "the clips were shot at night": how the files were
        // made, the reason for the change beside it.
        Explanation(#"^(?:(?:cuz|cause|because|since|as|coz) )?(?:the |my |our |these |those |all the |most of the )?(?:photos?|pictures?|pics?|images?|clips?|videos?|vids?|footage|shots?)(?: (?:were|was|got|are|all got|all were))? (?:all )?(?:taken|shot|filmed|recorded|made) (?:(?:really|real|very|super|so|pretty|kinda|quite) )?(?:early(?: in the morning)?|late|at (?:night|dawn|dusk|sunrise|sunset)|in the (?:early )?(?:morning|evening|dark|shade|rain)|indoors|inside|before sunrise|on (?:my|an old|a cheap) phone)[.!]?$"#, unless: #"\d"#),
        // "(颜色 warm 一点,) 看起来更 yummy": how it should come across, the reason beside the change (never "看起来更亮", a request).
        Explanation(#"^(?:这样|让它|让人|让)?(?:看起来|看上去|显得)(?:更加|更|比较|很|超)?\s*(?:yummy|tasty|juicy|好吃|美味|诱人|有食欲|高级|专业|舒服|温馨|有氛围)\S{0,3}$"#),
        // "the music is drowning everything out(, much quieter please)": what is wrong, the reason for the change beside it.
        Explanation(#"^(?:the |my |that |this )?(?:music|song|track|bgm|soundtrack|it)(?:'s| is| keeps)? (?:drowning|drowns|drowned|covering|covers|overpowering|overpowers|burying|buries|swallowing|swallows) (?:out )?(?:everything|everyone|it|the (?:voices?|talking|speech|audio|sound|words|vows|speeches))(?: out)?$"#, unless: #"\d"#),
        // "(saturation up a bit,) the food should look juicy": how it should come across, the reason for the change beside it.
        Explanation(#"^(?:so |so that |because |cause |cuz )?(?:the |my |our |all the |everything|it|they)\s*(?:[\w'-]+ ){0,2}?(?:should|shud|shld|will|would|needs? to|has to|must|gotta|can) (?:look|feel|seem) (?:more |really |super |extra |so |nice and |a bit |a little )*(?:juicy|tasty|yummy|delicious|appeti[sz]ing|mouth-?watering|fresh|appealing|inviting|crisp|clean|good|nice|better|amazing|great|professional|alive|bright|vibrant)\b[\w ,!]*$"#, unless: #"\d|\b(?:make|add|set|put|change|use)\b"#),
        // "(please turn the music down,) the students' voices in the video need to be heard", "(music lower,) his speech has to
        // be clear": whose voice must come through, the reason for the change beside it (though "need" is in it).
        Explanation(#"^(?:and |so |because |cause |cuz |since |as )?(?:the |my |our |his |her |their |everyone'?s |all the )?(?:[\w'’-]+ ){0,2}(?:voices?|talking|speaking|speech|speeches|dialogue|words|narration|singing|vows|interview|commentary|audio)(?: (?:in|on|of|from) (?:the |my |our )?(?:video|videos|clips?|footage|recordings?|film))? (?:need|needs|has|have|must|should|gotta|got)(?: to)? (?:be |come )?(?:heard|audible|clear|understood|through|clearly heard|heard clearly)(?: (?:clearly|properly|over (?:it|the music|the song)))?[.!]*$"#, unless: #"\d|\b(?:make|add|set|put|change|use|lower|raise|turn)\b"#),
        // "(remove the music,) ill add a voiceover later", "(no title,) I'll do the text myself in CapCut": what the user
        // will do themselves, later, beside the change; it asks nothing of the editor now.
        Explanation(userDoesLater, unless: #"\d"#),
        // "(kill the music,) the clip's own audio is the podcast": what the clips' own sound is, beside the change.
        Explanation(#"^(?:and |but |because |cause |cuz |since |as )?(?:the )?(?:clips?|videos?|footage|recordings?)(?:'s|s'|’s|s)? (?:own |original )?(?:audio|sound) (?:is|=|has) (?:the |my |our |a |an |all )?[\w'’ -]{1,30}$"#, unless: #"\d|\b(?:make|add|set|put|change|use|mute|remove|too|quiet|loud)\b"#),
        // "(remove the background music.) The clip has the orchestra playing and we want to hear them", "the video has
        // people talking": what the clip holds, beside the change (the verb before was borrowed, and the clip removed).
        Explanation(#"^(?:and |but |because |cause |cuz |since |as )?(?:the |this |that |my |our )?(?:clips?|videos?|vids?|footage|recordings?|[\w-]+\.(?:mp4|mov|m4v|webm))(?: (?:already|also|actually))? (?:has|have|contains?|includes?|got|features?) (?:the |my |our |a |an |some |all |their |his |her )?(?:[\w'’-]+ ){0,4}?(?:playing|singing|talking|speaking|performing|chatting|laughing|cheering|sound|audio|voices?|speech|speeches)\b(?:,? (?:and|so) (?:we|i) (?:want|need|would like|'d like|wanna) to (?:hear|listen to) (?:them|it|him|her|that|those|everyone)(?: (?:play|playing|sing|singing|talk|talking))?)?$"#, unless: #"\d"#),
        // "(remove the background music entirely;) a lecture shouldn't have music": what such a video has, the reason.
        Explanation(#"^(?:and |because |cause |cuz |since |as )?(?:a|an|the|this|that|our|my|your) (?:[\w'-]+ ){0,2}?[\w'-]+ (?:shouldn'?t|should not|doesn'?t|does not|can'?t|cannot|mustn'?t|must not|never) (?:have|need|use|get|include)s? (?:any )?(?:music|background music|a soundtrack|soundtracks|songs?|a song|titles?|captions?|transitions|effects|text)[.!]*$"#),
        Explanation(#"^(?:and |but |because |cause |cuz |so )?(?:we|i) (?:really )?(?:want|need|would like|'d like|wanna) to (?:hear|listen to) (?:them|him|her|everyone|everybody)(?: (?:play|playing|sing|singing|talk|talking|perform|performing))?$"#),
        // "its our song ppl need to hear it": whose it is, and why, though "need" is in it.
        Explanation(#"^(?:it'?s|its|it is|this is|that'?s|thats) (?:our|my|his|her|their|the band'?s) "#, unless: #"\d"#),
        // "(mute all the clip audio,) the music carries it": why, beside the change (the music was removed as "muted").
        Explanation(#"^(?:and |since |cuz |because )?(?:the )?(?:music|song|track|soundtrack|bgm|audio track) (?:carries|does|handles|covers|is enough for|will carry|can carry|should carry) (?:it|the (?:video|vid|rest|mood|edit|whole thing))(?: (?:anyway|by itself|on its own))?[.!]*$"#),
        // "nah too fast", "that's still too loud": the reason for the number beside it.
        Explanation(#"^(?:(?:nah|no|nope|hmm+|ugh)\b,? ?)?(?:that'?s |it'?s |its |this is )?(?:still |a bit |a little |way |much |far |kinda )*too (?:fast|slow|quick|long|short|loud|quiet|soft|big|small|dark|bright)$"#),
        // "the plated shot needs to stay up longer(, make c.png 6 seconds)": a picture told by what it shows, wanting what
        // the request beside it does.
        Explanation(#"^(?:but |and |so )?(?:the|that|this|my|our) (?:[\w'-]+ ){1,2}(?:shot|photo|picture|pic|image|slide|still|one) (?:really |just )?(?:needs?|has|should|must|could|can|ought)(?: to)? (?:stay|be|last|hold|remain|show)(?: (?:up|on(?: screen)?|there|visible))?(?: (?:a (?:bit|little|touch) |way |much )?(?:longer|shorter))?$"#),
        // "(Our board asked for a calmer,) more serious look(, could you make it black and white?)": the feel wanted, beside
        // the change that gives it.
        Explanation(#"^(?:and |a |an |for a |for an )?(?:(?:more|less|very|really|a bit|slightly|much) )?[a-z]+(?:,? (?:and )?(?:more|less) [a-z]+)* (?:look|feel|vibe|tone|mood|aesthetic)$"#, unless: #"\b(?:make|add|set|put|change|give|use|apply)\b"#),
        // "want a bit of silence first", "so there's a quiet moment": the effect a timing gives.
        Explanation(#"\b(?:silence|a quiet moment|a moment of quiet|breathing room)\b"#, unless: #"\d|\b(?:add|insert|put|make)\b"#),
        // "the flowers are getting cut off at the sides": what is wrong now, beside the request that mends it.
        Explanation(#"^(?:the |these |those |my |our )?[\w' ]{1,30}\b(?:is|are|get|gets|keep|keeps)\s+(?:getting |being )?(?:cut off|cropped|cut)(?: (?:at|on|from|along) the (?:sides?|edges?|top|bottom|left|right))?$"#),
        // "(stop the music at 8 seconds,) so it is quiet when the pictures end": what the change is for.
        Explanation(#"^(?:so |so that |then )?(?:it|the (?:music|song|audio|sound|video|end)|everything) (?:is|will be|goes|gets|stays|feels|sounds) (?:all )?(?:quiet|silent|calm|peaceful|done|over|finished|softer|gentle)\b(?: (?:when|by the time|as|before|after|at) .*)?$"#, unless: #"\d"#),
        // "(make the video 1 minute long) but keep the video clip at its normal length": what a new length keeps anyway
        // (clips keep their length and speed; the pictures take the time).
        Explanation(#"^(?:but |and )?(?:keep|leave) (?:the |my )?(?:video ?clips?|clips?|videos?|footage)(?: (?:at|as|to|in))? (?:its|their|the) (?:normal|original|own|usual|current|real|regular|natural) (?:length|speed|pace|duration|timing)s?(?: (?:please|pls))?$"#),
        // "(show the slides uncropped?) the text runs to the edges": what is wrong now, beside the request that mends it.
        Explanation(#"^(?:because |cause |cuz |since |as )?(?:the |these |those |my |our )?[\w' ]{1,30}\b(?:runs?|goes|go|spills?|bleeds?|reaches|reach|touches|touch|gets? cut) (?:right |all the way )?(?:to|off|past|over|into|at|up to) the (?:edges?|sides?|borders?|frame|corners?)$"#, unless: #"\d|\b(?:make|add|set|put|change|remove|move)\b"#),
        // "(make the pictures go slower,) the grandchildren want to look at every one": who watches, and why.
        Explanation(#"^(?:because |cause |cuz |since |as |so )?(?:the |my |our |his |her |their )?(?:grand)?(?:kids|children|grandkids|family|guests|viewers|students|parents|people|folks|residents|audience|everyone|everybody|we|they|i|he|she) (?:all )?(?:wants?|would like|like|need|needs|have|has|get|gets) to (?:look at|see|read|enjoy|take in|study|have a (?:good |proper )?look at) (?:every|each|all)(?: single| one| of)?(?: (?:them|one|photos?|pictures?|pics|images|slides?))?(?: properly| carefully| closely)?$"#),
        // "the rubric prohibits copyrighted audio": a rule the request follows.
        Explanation(#"^(?:because |since |as )?(?:the |our |my |their )?[\w' -]{1,30}\b(?:prohibits?|forbids?|bans?|doesn'?t allow|does not allow|won'?t allow|disallows?)\b"#),
        // "(remove the caption) but keep the title": what stays, beside what was removed.
        Explanation(#"^(?:and |but |so )?(?:just |only )?keep (?:the |my |our )?(?:title|caption|music|song|text|end ?card|transitions?|logo|photos?|video|clip|sound|audio)s?(?: as well| too)?$"#),
        // "(take the clip out,) just keep the two pictures": what stays, beside what was removed.
        Explanation(#"^(?:and |but |so )?(?:just |only )?keep (?:only )?(?:the |my |our )?(?:both |all |two |three |four |other |remaining )?(?:the |of the )?(?:pictures|photos|images|pics|clips|videos|ones|rest|others)$"#),
        // "Do not modify text or audio.", "Segments 0 and 2 must not change.", "the clip should remain exactly
        // as it is", "No other edits.": what must stay, beside the change asked for.
        Explanation(#"^(?:but |and |so )?(?:please )?(?:do not|don'?t|dont|never) (?:modify|change|touch|alter|edit|move|resize)\b(?!.*\b(?:but|except|only)\b)|^[\w' ]{1,50}? (?:must|should|shall|will|needs? to|has to|have to|can|may|could) (?:not (?:change|be (?:changed|touched|modified|affected|altered|moved))|remain|stay) ?(?:exactly |just )?(?:as (?:it is|they are|is)|unchanged|untouched|the same|alone|where (?:it is|they are)|(?:how|the way|like) (?:it|they) (?:is|are|was|were))?[.!]*$|^(?:(?:please )?(?:make|do|apply) )?no (?:other |further )?(?:edits?|changes?)(?: to [\w' ]{1,40})?$|^(?:and )?nothing else$"#),
        // "(replace c.png with d.jpg,) keeping it in the same position in the timeline", "(…,) keeping the order": what the
        // change keeps, which it does.
        Explanation(#"^(?:and |while |but )?keeping (?:it|them|its [\w ]{1,20}|their [\w ]{1,20}|the [\w ]{1,30}) (?:in (?:the same|its|their|the original) (?:position|place|spot|order|slot)(?: (?:in|on) the (?:timeline|video))?|(?:the same|unchanged|as (?:it|they) (?:is|are|was|were))|in place)[.!]*$"#),
        // "(extend the video to 20 seconds,) keeping the existing order of the clips", "and keep the current order": what
        // the change leaves as it is.
        Explanation(#"^(?:and |while |but )?(?:keeping|keep|preserving|preserve|retaining|retain|maintaining|maintain) (?:the |their |its )?(?:existing|current|same|original|present) (?:order|arrangement|sequence|running order|clip order)(?: of (?:the |all the |all )?(?:clips|items|photos|pictures|files|segments|shots|scenes))?(?: (?:as it is|unchanged|intact))?[.!]*$"#),
        // "(the transitions 0.25 seconds,) so it feels snappier", "so that it looks cleaner": what the change is for (it
        // was made again, by that word: 0.12 s).
        Explanation(#"^(?:so|so that|that way|to make sure) (?:it|the video|the whole thing|everything|they|the (?:cuts|transitions|photos|clips)) (?:feels?|looks?|seems?|is|are|gets?|comes across|reads)(?: (?:a (?:bit|little|lot)|much|way|even|more|less))? [a-z]+[.!]*$"#),
        // "(music softer please,) the children's voices need to be heard": what the change is for.
        Explanation(#"^(?:so |so that |because |cause |cuz )?(?:the |my |our |his |her |their )?[\w' ]{1,30}? (?:voices?|speech|talking|words|narration|singing|speaker) (?:need|needs|has|have|ought|should|must)(?: to)? (?:be )?(?:heard|audible|clear|understood)(?: clearly| better| over (?:it|the music))?[.!]*$"#),
        // "(make it about a minute long,) so the grandchildren have time to look at each picture properly": what it is for.
        Explanation(#"^(?:so (?:that )?)?(?:the |my |our |people|everyone|viewers|they|we|you|he|she|[\w']+ )[\w' ]{0,40}? (?:have|has|get|gets|can|could) (?:enough |more )?(?:time|a chance|a moment)\b[\w' ]{0,50}[.!]*$"#, unless: #"\d"#),
        // "Everything else should stay as it is.", "the rest stays the same": what must stay, beside the change.
        // "a.jpg 4.5 s, b.mp4 untouched, c.png 3.5 s", "clip 2 as is": one clip said to stay as it is, in a list of changes.
        Explanation(#"^(?:and |but |so )?(?:[\w-]+\.(?:jpe?g|png|heic|webp|gif|mp4|mov|m4v|webm)|clip \d+|photo \d+)(?: (?:stays?|remains?|is|can stay|should stay))? (?:untouched|unchanged|as is|as it is|the same|alone|intact)[.!]*$"#),
        // "video clip: leave as is", "the music: no change", "photos — keep": a task list's item that says a part stays as it is.
        Explanation(#"^(?:and |but |so )?(?:the )?(?:video clips?|videos?|clips?|photos?|pictures?|images?|stills?|music|song|audio|title|captions?|texts?|transitions?|canvas|length|[\w-]+\.(?:jpe?g|png|heic|webp|gif|mp4|mov|m4v|webm)|clip \d+|photo \d+)\s*(?::|—|–|-)\s*(?:(?:leave|keep)(?: (?:it|them|this|that))?(?: (?:as is|as it is|as they are|unchanged|untouched|alone|the same|intact))?|no changes?|unchanged|untouched|as is|ok|fine|good)[.!]*$"#),
        Explanation(#"^(?:and |but |so )?(?:everything else|all else|the rest|all the rest|everything|all other (?:settings|things|items|parts))(?: (?:on the timeline|in the video|in the project))? (?:should |must |can |will |needs? to |has to |is to )?(?:stay|stays|remain|remains|be kept|be left|is|be)? ?(?:exactly |just )?(?:as (?:it|they) (?:is|are|was|were)|as is|the same|unchanged|untouched|unaffected|alone|in place)[.!]*$"#),
        // "(remove the music;) the user intends to record narration separately and add it later": what comes after, not asked now.
        Explanation(#"^(?:and |then )?(?:(?:they|he|she|we|i)(?:'ll| will) )?(?:add|put|insert|record|upload|include|drop) (?:it|that|them|this|those|the [\w ]{1,20}) (?:in |back )?(?:later|afterwards|after that|separately|themselves|another time)(?: on)?[.!]*$"#),
        // "the user intends to record a voiceover separately": a plan of theirs for later, not a request now.
        Explanation(#"^(?:and |but |as |since )?(?:the|my|our) (?:user|client|customer) (?:intends|plans|is planning|is going|will|would like) to (?:record|film|shoot|write|make|do|prepare|add|upload|provide)\b[\w ]{0,40}?\b(?:separately|later|themselves|elsewhere|afterwards|on their own)\b[.!]*$"#),
        // "Output MP4.": what Reel makes anyway.
        Explanation(#"^(?:output|export|render|deliver|format)(?: (?:as|in|to))?\s*:?\s*(?:an? )?(?:mp4|h\.?264)(?: (?:file|format|container))?[.!]*$"#),
        // "wrong order(, the video should be last)": what is wrong, beside the change that mends it.
        Explanation(#"^(?:(?:nah|no|oops|ugh|hmm+)[,!]? )?(?:that'?s |it'?s |its )?(?:the |in the )?wrong order[.!]*$"#),
        // "when the title goes away", "once the intro is over": when, said of what is there.
        // "once the title has been read", "after the title": when, said of the text there.
        Explanation(#"^(?:when|once|as soon as|right when|just when|while|after) (?:the |my |our )?[\w' ]{1,30} (?:goes away|disappears|fades(?: out)?|ends|is over|is gone|finishes|stops|starts|comes in|appears|shows up|is on(?: screen)?|(?:has been|have been|'s been|is|was|are) (?:read|shown|seen|done|gone|over))$|^(?:right |just )?(?:after|once) (?:the )?(?:title|intro|caption|text|end ?card)(?: is (?:done|over|gone))?$"#),
        // "let the clip breathe", "let the last shot land": the feel a timing gives.
        Explanation(#"^(?:and |so |to )?(?:let|give) (?:it|them|(?:the |that |this |my |our )[\w' ]{1,25}?)(?: room)? (?:to )?(?:breathe|land|sink in|settle|play out|speak for itself|speak for themselves)$"#),
        // "like opening your eyes after meditation": what it should feel like.
        Explanation(#"^(?:just )?like [a-z]+ing\b"#, unless: #"\d"#),
        // "(make it 3 seconds shorter,) etsy listing videos cap out", "reels max out at 90 seconds": a limit elsewhere, the reason for the change.
        Explanation(#"^(?:because |since |as |cause |cuz |bc )?(?!(?:it|this|that|the (?:video|vid|clip|music|song|title))\b)[\w' -]{1,40}?\b(?:cap|caps|capped|max|maxes|maxed|top|tops|topped) out\b(?: (?:at|around|near) [\w .-]{1,20})?$"#, unless: #"\b(?:make|set|cut|trim|shorten|keep|put)\b"#),
        // "file smaller for Zalo": why the size was asked for.
        Explanation(#"^(?:so (?:the |that the )?)?(?:files?|size|uploads?) (?:is |gets? |will be )?(?:smaller|lighter|less heavy|not too big)\b(?: (?:for|on) [\w' ]{1,30})?$"#),
        // "ppl scroll fast", "clients said its loud", "the committee found it rather loud": what others do or say.
        Explanation(#"^(?:(?:most|many|some|a lot of|lots of) )?(?:ppl|people|viewers|everyone|folks|users|kids|the kids|clients|customers|my (?:\w+)|our (?:\w+)|the (?:committee|board|boss|client|teacher|parents|team|family|audience)|they|he|she)(?: \w+)? (?:scroll|scrolls|swipe|swipes|skip|skips|get bored|gets bored|lose interest|loses interest|said|say|says|told (?:me|us)|complained|complain|think|thinks|thought|mentioned|noticed|found|find|finds|felt|feel|feels|watch|watches|listen|listens|want|wants|wanted|asked|asks|prefer|prefers)\b"#),
        // "(let the song fade out at the end,) so it doesn't stop so suddenly": why.
        Explanation(#"^(?:so )?(?:that )?(?:it|the \w+|they)\b.*\b(?:doesn'?t|does not|won'?t|isn'?t|is not)\b.*\b(?:so|too) (?:suddenly|abruptly|quickly|fast|loud|quiet|harsh|jarring|sudden)\b"#),
        // "Do not add any extra music fades.": what must not be added beside the change.
        Explanation(#"^(?:but |and |please )?(?:do not|don'?t|dont|never) (?:add|apply|put|use|create) (?:any )?(?:separate|extra|additional|other|more|new)\b"#),
        // "keeping its position and duration": what the replacement keeps.
        Explanation(#"^(?:and )?keep(?:ing|s)? (?:its|their|the|clip \d+|the same) (?:position|place|spot|duration|length|timing|order|size|slot)(?: and (?:its |their |the )?(?:position|place|spot|duration|length|timing|order|size|slot))*[.!]*$"#),
        // "(set the music to stop at 8 s;) the picture keeps running to the end": what stays as it is.
        Explanation(#"^(?:and |but |while )?(?:the )?(?:picture|video|visuals?|clips?|images?|footage|photos?)s? (?:keeps?|continues?|goes on|carries on|stays?)(?: (?:running|playing|going|on))?(?: (?:to|until|till) the (?:very )?end)?[.!]*$"#),
        // "(I'm so sorry to be picky,) but the music is a little loud over everything(, could it be a touch quieter?)".
        Explanation(#"^(?:but |and |so |because |since )?(?:the )?(?:music|song|track|bgm)(?: is| feels| sounds| seems|'s) (?:a (?:little|bit|tad) |kind of |kinda |quite |very |really |so |way |just )?(?:too )?(?:loud|quiet|soft|much|strong)\b[^.!?]*$"#),
        // "(remove the music;) the conference venue will have its own audio", "(don't crop anything,) I need every edge of
        // the slides visible", "make a slow one(, about a minute long …)": why, and what it is like.
        Explanation(#"^(?:because |since |as )?(?:the |our |my )?[\w' ]{1,30}? (?:will have|has|have|already has|provides?|brings?) (?:its|their|our|his|her) own (?:audio|sound|music|speakers?)\b[^.!?]*[.!]*$"#),
        Explanation(#"^(?:because |since |as )?(?:i|we) (?:need|want) (?:every|each|all|the whole|the full|the entire) (?:edge|corner|part|bit|inch|side)s?\b[^.!?]*\bvisible[.!]*$"#),
        // ("Let us create something slow and vertical …": the same, said as what to create.)
        Explanation(#"^(?:please )?(?:make|create|(?:let us|let'?s|lets) (?:create|make|do)) (?:a|it a|it|something|one|a little) (?:slow|calm|gentle|relaxed|peaceful|quiet|soft|slow-paced|slow paced)(?: (?:one|video|slideshow|thing))?[.!]*$"#),
        // "(改成正方形的，)发朋友圈": where it will be posted, beside the change asked for it.
        Explanation(#"^(?:我)?(?:要|想|准备|用来|拿来|是要)?(?:发|发到|发在|放到|贴到)(?:朋友圈|小红书|微博|视频号|快手|b站|群里|微信群?|公众号)(?:用|上|里|的)?(?:的)?[。.!！]*$"#),
        // "(make it 1:1 方形的，)for 小红书": the same, said in English.
        Explanation(#"^(?:(?:it'?s |this is |that'?s )?for|to post on|for posting on|to post to) (?:the )?(?:朋友圈|小红书|微博|视频号|快手|抖音|b站|微信群?|公众号|xiaohongshu|xhs|rednote|douyin|weibo|wechat)(?:用|上|里|的)?[。.!！]*$"#),
        // "(Inserting broll_07.mp4 at position 2,) between b.mp4 and c.png": where that position is.
        Explanation(#"^(?:i\.e\. |so |right )?between [\w.-]+ and [\w.-]+[.!]*$"#),
        // "I want the first few seconds quiet" beside the music's new start; "so it doesn't stop so suddenly".
        Explanation(#"^(?:i want |i'?d like |so )?the first (?:few |couple of |\d+ )?(?:seconds?|moments?) (?:to be )?(?:quiet|silent|without music|calm)$|^so (?:that )?(?:it|the \w+|they)\b.*\b(?:doesn'?t|does not|won'?t|isn'?t|is not|aren'?t)\b"#),
        // "the Christmas play video starts with me fixing the camera", "it is covering the faces": what is in it now.
        Explanation(#"^(?:the |my |our )?[\w' ]{1,40}\b(?:starts|begins|ends) with (?:me|us|him|her|them|someone|my|our)\b|^(?:it|that|this|the \w+) (?:is|are|'s) (?:covering|hiding|blocking|cutting off)\b"#),
        // "有点糊", "要发小红书": what is wrong, or where it goes, beside the change.
        Explanation(#"^(?:有点|有些|太|不够)\S{1,4}了?$|^要发(?:到|在)?\S{1,8}$|^(?:发|放)(?:到|在)\S{1,8}(?:上|的)?$"#),
        // "The interiors read a little dark": how it comes across now.
        Explanation(#"^(?:the |these |those |my |our )?[\w' ]{1,30}\b(?:reads?|comes? across|appears?) (?:a bit |a little |too |so |very |rather |kinda |quite )*[a-z]+$"#),
        // "Safety videos here don't use a title card": how things are done there.
        Explanation(#"^(?!(?:i|we|you|please|just|and|but|so|then|also|it|this|that)\b)(?:[\w'-]+ ){1,5}(?:here |there |usually |normally |always |never |typically )?(?:don'?t|do not|never|always|usually|normally|typically) (?:use|have|show|include|allow|get|need|run|play)\b"#),
        // "太吵了", "音乐有点太大声了": what is wrong, beside the change that mends it.
        Explanation(#"^(?:背景)?(?:音乐|声音|视频|画面|字)?(?:还是|还|有点|有些|真的|实在)?太\S{1,3}了?[。！!]?$"#),
        // "(put the video clip first,) before the photos": where, said again.
        Explanation(#"^(?:so (?:it'?s |that it'?s )?)?(?:before|after|ahead of|in front of) (?:the |all the |all |my )?(?:photos?|pictures?|pics?|images?|stills?|clips?|videos?|rest|others|other ones)$"#),
        // "(show the whole photo,) don't cut anybody off!": the same request, said as what to avoid.
        Explanation(#"^(?:and |but |so )?(?:please )?(?:don'?t|do not|never|dont) (?:cut|crop|chop)(?: off)? (?:anybody|anyone|anything|any ?one|people|peoples?|heads?|faces?|them|it|the \w+)(?: off)?$"#),
        // "make it aesthetic 🤍", "keep it cute": a mood beside the changes that give it.
        Explanation(#"^(?:(?:make|keep) it |very |super |so |kinda )?(?:aesthetic|cute|pretty|nice|clean|cozy|cosy|vibey|chill|minimal|fancy|classy|lovely|beautiful|cool|fun|special|dramatic|moody|artsy|arty|elegant|timeless|stylish|striking)(?: (?:pls|please|too|as well))?[\s\p{So}\u200d\ufe0f]*$"#),
        // "(sepia please,) the photos are from the 80s", "the clips are all from our trip": where they come from.
        Explanation(#"^(?:the |these |those |my |our |all the )?[\w' ]{1,30}\b(?:is|are|was|were) (?:all |mostly |both )?from (?:the |my |our |a |an |his |her |their )?[\w' -]{1,30}$"#, unless: #"\d|\b(?:make|add|set|put|change|remove|turn|use)\b"#),
        // "(no music,) the engine sound is the whole point", "the crowd noise is what matters": what the request keeps, and why.
        Explanation(#"^(?:(?:because|cause|cuz|since|as) )?(?:the |that |this |my |our |his |her |their |its |it'?s )?[\w' ]{0,30}?\b(?:is|are|'s|was) (?:kind of |kinda |really |literally |basically |honestly |just )?(?:the (?:whole |entire |main |only |real |best )?(?:point|reason|star|focus|best part|highlight|draw|story|heart)|what (?:matters|counts|people (?:want|come for))|everything)(?: (?:here|of (?:it|this|the (?:video|clip)))|!)*$"#, unless: #"\b(?:make|add|set|put|change|remove|turn|use)\b"#),
        // "(drop the song in at 2.5 s,) that's where the first shot really starts": why that moment.
        Explanation(#"^(?:(?:because|cause|cuz|since|as) )?(?:that'?s|thats|that is|this is|it'?s|the \w+'s) (?:right |exactly |just )?(?:where|when) (?:the |my |our |his |her |their |it |he |she |they |we |i )[\w' ]{0,40}\b(?:starts|begins|ends|stops|comes? in|kicks? in|drops|hits|happens|lands|is)$"#),
        // "(take out before_aligner.jpg,) that patient hasn't signed the consent form yet": whose permission is missing, and so why.
        Explanation(#"^(?:because |since |as )?(?:that|the|this|these|those|my|our|he|she|they)\b[\w' ]{0,30}\b(?:hasn'?t|haven'?t|has not|have not|didn'?t|did not|never) (?:yet )?(?:signed|agreed|approved|consented|given (?:consent|permission)|cleared|released|okayed|ok'?d)\b"#, unless: #"\b(?:make|add|set|put|change|remove|turn|use)\b"#),
        // "(音乐大一点，)手机上听不见", "(背景音乐小声一点，)都听不清我说话了": what is heard now, the reason for the change beside it.
        Explanation(#"^(?:在)?(?:手机|电视|电脑|平板|音箱|耳机)?(?:上|里)?(?:几乎|根本|都|完全|有点|还是)*听不(?:见|到|清)(?:楚)?(?:了|啊|呀)?[。！!]?$"#),
        // "(stop the music at 8 second,) after that only the video sound": what is heard once the music stops.
        Explanation(#"^(?:and |so |then )?(?:after (?:that|this|it|then)|from (?:then|there|that point)(?: on)?|afterwards?|then)[,]? (?:(?:there'?s|we hear|you hear|it'?s|keep|leave) )?(?:only|just) (?:the )?(?:(?:videos?'?s?|clips?'?s?|original|own|natural|real|camera|live) ){1,2}(?:sound|audio|noise|voices?)s?(?: (?:please|pls))?[.!]*$"#),
        // "(remove the background music,) podcast audio only", "(remove the title,) captions only for this one", "just the
        // interview audio": the sound or the words that stay, beside what was taken away.
        Explanation(#"^(?:and |so )?(?:(?:just|only) (?:the |our |my )?(?:[\w'-]+ ){0,2}(?:audio|sound|voices?|talking|speech|dialogue|narration|captions?|subtitles?)|(?:the )?(?:[\w'-]+ ){0,2}(?:audio|sound|voices?|talking|speech|dialogue|narration|captions?|subtitles?) only)(?: (?:for|on|in) (?:this|that|the) (?:one|video|clip|episode|version|cut|post))?(?: (?:please|pls))?[.!]*$"#, unless: #"\d|\b(?:make|add|set|put|change|remove|turn|use|mute)\b"#),
        // "need this fast (— cut it down to 8 seconds)", "in a hurry": how soon, beside the change (never "faster").
        Explanation(#"^(?:(?:i|we) )?(?:need|want) (?:this|it|the (?:video|edit|cut|piece)) (?:fast|quick|quickly|asap|urgently|right now|today|tonight|soon)(?: please| pls)?[.!]*$|^(?:(?:i'?m|we'?re) )?(?:in a (?:hurry|rush)|asap|urgent|rush job|on (?:a )?deadline)[.!]*$"#),
        // "the pictures are gone before I have found my glasses", "the writing disappears before I can read it", "the film
        // is over before one can blink": what happens too soon, the reason for the change beside it.
        Explanation(#"^(?:and |but |so |because |as )?(?:the |my |our |this |that |it|everything|they)[\w' ]{0,40}?\b(?:disappears?|vanish(?:es)?|is gone|are gone|'s gone|'re gone|goes|go|is over|are over|'s over|ends?|finish(?:es)?|flash(?:es)? by|fl(?:y|ies) by|pass(?:es)?|moves? on) (?:\w+ )?before (?:i|we|one|anyone|they|he|she|you|people|nana|grandma|grandpa|[a-z]+) (?:can|could|have|has|had|get|gets|manage|even|am|is|are|find|found|read|see|blink)\b[\w' ]*$"#, unless: #"\d|\b(?:make|add|set|put|change|remove|turn|use|please)\b"#),
        // "At the cinema the picture always went slowly dark at the end", "back then all the films were in black and white":
        // how things were, remembered beside the request that asks for it (never a request itself).
        Explanation(#"^(?:and |but |so )?(?:at|in|on|back|when|during|as|in my day|in those days)\b[\w' ,]{0,60}\b(?:always|usually|often|used to|would|back then|in those days)\b[\w' ]{0,40}\b(?:went|was|were|had|did|came|looked|played|faded|ended|started|showed|got)\b[\w' ]*$"#, unless: #"\d|\b(?:make|add|set|put|change|remove|turn|use|please|can you|could you)\b"#),
        // "(…,) and 7 grandchildren", "3 children": people counted in the story around the request.
        Explanation(#"^(?:and |with |plus )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:great[- ]?)?(?:grand)?(?:children|kids|grandkids|sons|daughters|brothers|sisters|siblings|cousins|nieces|nephews|grandsons|granddaughters|guests|friends|dogs|cats|pets)$"#),
        // "(zoom in slowly,) to make the piece feel more cinematic": what the change is for (never "to make it look sepia").
        Explanation(#"^(?:so as |in order )?to (?:make|have) (?:it|this|the (?:piece|video|vid|film|movie|whole thing|slideshow|reel|edit|clip|ad|spot)) (?:feel|seem|come across)(?: (?:a bit |a little |much |even )?(?:more|less))? [a-z]+$"#),
        // "(add the words Happy 80th at the start,) I would like to show them this film on the television": what the person
        // will do with it, beside the request (never "show the title", an edit).
        Explanation(#"^(?:and |so |because )?(?:(?:i|we) (?:would like|'d like|want|wanted|plan|hope|am going|'m going|will) to )?(?:show|play|screen) (?:it|this|that|them|him|her|everyone|the (?:family|guests|kids|grandchildren|class|congregation))(?: (?:this|the|my|our) (?:video|vid|film|movie|slideshow))? (?:on|at|during|for|to) (?:the |a |our |my |their )?(?:tv|television|telly|projector|big screen|party|lunch|dinner|service|funeral|reunion|wedding|church|family|meeting|gathering|[\w]+ (?:party|lunch|dinner|service|meeting))\b[\w' ]*$"#, unless: #"\d|\b(?:title|caption|text|words|music|photo|picture|clip)s?\b"#),
        // "(… black and white,) and I would love this one to look the same way": the look just asked for, said again.
        Explanation(#"^(?:and |so )?(?:(?:i|we) (?:would|'d) (?:love|like) )?(?:it|this(?: one)?|that(?: one)?|the (?:video|film|movie|whole thing|slideshow)) to (?:look|be|feel) (?:the same(?: way)?|like that|like them|like those|that way|similar|just like (?:them|that|those))$"#),
        // "(they only allow 8 seconds.) Could you make it fit please?": the length asked for beside it, said again.
        Explanation(#"^(?:please )?(?:make|get|have) (?:it|this|the (?:video|film|whole thing|slideshow)) fit(?: (?:in|there|into it|the (?:slot|limit|time|screen)|please|pls))*$"#),
        // "make it about as long as a hymn (, say 3 minutes)": a comparison beside the number that says it.
        Explanation(#"^(?:make it |keep it )?(?:about |roughly |around |just )?as long as (?:a|an|the|my|our) [\w' ]{1,25}$"#),
    ]

    /// A request in any form is not an explanation (checked before `lateExplanations`).
    /// "flashing effects may affect photosensitive viewers", "the wipes could be distracting": what a thing might do to people.
    /// "turn off any zooming or panning, the stars shouldn't move", "take out b.mp4, one parent didn't sign the photo consent":
    /// beside a change, what must not happen on screen, or a consent not given, says why (it was not understood). Never a
    /// clip, a text or a file said not to move ("clip 2 shouldn't zoom" asks for it).
    static let reasonBesideChange = #"^(?:because |as |since |so )?(?!.*\b(?:clip|clips|photo|photos|picture|pictures|video|title|caption|text|music|song)\b)(?!.*\.[a-z0-9]{3,4}\b)(?:the |my |our |his |her |their )?[\w' -]{1,30}? (?:shouldn'?t|should not|mustn'?t|must not|can'?t|cannot|don'?t|do not|won'?t|need not|needn'?t) (?:move|shake|wobble|drift|jump|jiggle|swim)(?: around| at all)?[.!]*$|^(?:because |as |since |so )?[\w' -]{1,30}? (?:didn'?t|did not|hasn'?t|has not|haven'?t|have not|never|won'?t|doesn'?t|does not|refused to) (?:sign(?:ed)?|give|given|gave|agree(?:d)?(?: to)?|consent(?:ed)?(?: to)?|approve(?:d)?|return(?:ed)?)\b[\w' -]{0,30}?\b(?:consent|permission|release|waiver|forms?)(?: forms?)?[.!]*$"#

    /// "(don't zoom or pan the slides,) it makes the text hard to read": what the thing taken off does to them (it made the
    /// title bigger).
    static let mightBother = #"^(?:as |since |because |given that )?[\w' -]{1,40}?\b(?:may|might|would|could|can|will)(?: not)?(?: (?:really|easily|potentially|also|otherwise|sometimes))? (?:be (?:a |an )?(?:\w+ )?(?:distraction|distracting|disturbing|uncomfortable|confusing|overwhelming|unsettling|jarring|triggering|harmful|unpleasant|annoying|irritating|problem|issue|risk|hazard)|affect|trigger|bother|distract|disturb|upset|confuse|overwhelm|unsettle|irritate|annoy|harm|hurt|startle)\b|^(?:and |as |since |because |cause |cuz )?(?:it|that|this|they|which|the (?:zoom|zooming|motion|movement|pan|panning|moving|ken burns)(?: effect)?) (?:makes?|made|is making|are making|keeps? making) (?:the |my |our |all the )?(?:text|words|writing|notes|slides?|letters|numbers|diagrams?|charts?|titles?|captions?) (?:really |so |very |too |a bit |kinda )?(?:hard|harder|difficult|impossible|tough|tricky) to (?:read|see|follow|make out)\b"#

    static let requestForm = #"\b(?:should|must|needs? to|need|has to|have to|want|wanna|would like|'d like|please|can you|could you|make it|let'?s)\b"#

    /// Explanations read only when no request form is in the words.
    static let lateExplanations: [Explanation] = [
        Explanation(#"^(?:but |and |so )?(?:keep|leave) .+ (?:as (?:it is|is|they are)|the same|unchanged|alone|untouched|how (?:it|they) (?:is|are)|like (?:it|they) (?:is|are))$"#),
        // "(make transitions 1 second,) not 0.5": the value it replaces.
        // ("(it is my voice, not music)": the aside closed after it.)
        Explanation(#"^(?:and |but )?(?:not|instead of|rather than) (?:the |a |an )?(?:[\w%]+(?:\.\d+)?)(?: \w+)?\)?$"#),
        // "but keep it at the start as well": what stays, beside what was added.
        Explanation(#"^(?:but |and )?(?:keep|leave) .+ (?:as well|too|also|where (?:it|they) (?:is|are)|in place|there)$"#),
        Explanation(#"^(?:because|cause|cuz|coz|bc|since|as|so that|it'?s|its|it is|it was|it makes|that'?s|thats|this is|there'?s|there is|my|our|his|her|their|he|she|they|we|i|i'?m|i am)\b"#),
        // "most people watch with the sound off anyway", "everyone's yelling", "the kids are screaming": what people do.
        Explanation(#"^(?:most |some |many |a lot of |lots of |all (?:the |of the )?|the other )?(?:ppl|people|viewers|everyone|everybody|nobody|no ?one|folks|users|followers|guests|kids|the kids|the guests|the crowd|the audience|customers|clients|the (?:dog|dogs|cat|baby|babies|twins))(?:'s|'re| is| are| was| were)? (?:just |all |always |still |really |kinda |only |never |usually |mostly |literally )?[a-z]+\b"#),
        // "flashing effects may affect photosensitive viewers", "the audio would be a distraction", "blending
        // effects can be uncomfortable for some visitors": what a thing might do to people, the reason for the request.
        Explanation(mightBother),
        // "it drowns the voice", "that distracts from the speech"
        Explanation(#"^(?:it|this|that|they) (?:really |just |kind of |kinda )?[a-z]+s\b"#),
        // "the brand colours look dull", "the pictures are a bit dark on my television", "backyard is a disaster in that one"
        Explanation(#"^(?:the |these |those |this |that )?[\w' ]{1,30}\b(?:looks?|is|are|feels?|seems?|sounds?|was|were)\b (?:a bit |a little |too |so |very |really |rather |kinda |kind of |quite |somewhat |pretty |way too )*(?:(?:a|an|such a|a total|a complete) )?[a-z]+(?: (?:on|in|for|to) [\w' ]{1,30})?$"#),
        // "The changes between pictures feel abrupt. (Could they be slow, gentle dissolves …?)": what is wrong now, beside the change.
        Explanation(#"^(?:the )?(?:changes|cuts|jumps|switches|transitions|jumps) (?:between|from) (?:the )?(?:pictures|photos|pics|images|clips|shots|slides)(?: (?:and|to) (?:the )?(?:next|pictures|photos|clips))? (?:feel|feels|are|seem|look|is) (?:a bit |a little |too |so |very |rather |quite |kind of |kinda )*(?:abrupt|sudden|harsh|jarring|jumpy|fast|quick|choppy)[.!]*$"#),
        // "(make the hymn a quarter of the volume,) the hymn should be soft": how it should be, beside the level said.
        Explanation(#"^(?:the |my |our )?(?:music|song|hymn|track|bgm)(?: should| must|'s got to| needs to) be (?:very |really |quite |a bit |nice and )?(?:soft|gentle|quiet|low|subtle|in the background)[.!]*$"#),
        // "(take the moving one out,) it makes me dizzy": why.
        Explanation(#"^(?:because |cause |cuz |as |since |and )?(?:it|this|that|they|the (?:\w+ ){0,2}?(?:video|clip|one|zoom|zooming|motion|movement|flashing|shaking|camera|footage))\s+(?:really |just |kinda |kind of |always )?(?:makes?|made|is making|gives?) (?:me|us|him|her|them|people|everyone|grandma|grandpa|my \w+) (?:feel )?(?:dizzy|sick|nauseous|queasy|seasick|carsick|motion sick|a headache|headaches|uneasy)\b[.!]*$"#),
    ]

    /// "(half as long pls,) the sponsors wont watch 10 seconds lol", "(make it 20 seconds,) nobody will sit through a
    /// minute": what viewers will not do, the reason beside the change (its number was set as the length after the halving).
    static let viewersWontWatch = #"^(?:because |cause |cuz |coz |since |as |so |and )?(?:the |my |our |his |her |their )?(?:[\w'-]+ ){0,2}?(?:won'?t|wont|will not|don'?t|dont|do not|can'?t|cant|never|wouldn'?t|wouldnt|aren'?t going to|are not going to|(?:nobody|no ?one)(?:'?s| is| will| would| wants to| going to| gonna)*) (?:even )?(?:watch|sit through|look at|wait (?:for|through)|stay for|stick around for)\b[^.!?]{0,40}?(?: (?:lol|lmao|haha|tbh|honestly))?[.!]*$"#

    /// Words beside a request that explain it, and ask for nothing: "it's just me fumbling with the
    /// camera", "my husband prefers it quiet", "the brand colours look dull", "keep the clip as it is",
    /// "not cut". Read only when something else in the turn was understood.
    static func explainsOnly(_ clause: String) -> Bool {
        let c = clause.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: " .!?"))
        // "the slot on our waiting-room screen is 6 seconds": a fact about something else, beside the request.
        if isFactAboutOtherThing(c) || explanations.contains(where: { $0.matches(c) }) { return true }
        return !has(c, requestForm) && lateExplanations.contains { $0.matches(c) }
    }

    /// What someone likes, does or said, as a statement: "my grandma loves old films", "the kids love that song",
    /// "everyone watches on their phones" (never "my daughter wants the title pink": a want is a request).
    static func talksAboutPeople(_ c: String) -> Bool {
        let person = #"(?:mom|mum|dad|mother|father|grandma|grandpa|grandmother|grandfather|nan|nana|granny|wife|husband|partner|son|daughter|kids?|children|boss|client|clients|customers|family|friends?|team|followers|audience|viewers|guests|students|parents|teacher|sister|brother|aunt|uncle|bride|groom|couple|newlyweds|grandkids|grandchildren|grandson|granddaughter|niece|nephew|cousin|coach|pastor|priest|congregation|class|birthday (?:girl|boy))"#
        // (Not "my daughter said to make the title pink": a request passed on.)
        let lead = #"^(?!.*\b(?:said|says|told (?:me|us)|wants?|asked)\b,? (?:to |that |we should |i should |you should |it should )?(?:make|add|put|use|change|remove|set|turn|cut|move|take)\b)(?:and |but |because |cause |cuz |since |as )?"#
        // "my grandma loves old films", "the kids love that song", "everyone watches on their phones".
        return has(c, lead + #"(?:all (?:of )?)?(?:(?:my|our|his|her|their|the) (?:\w+ )?\#(person)|(?:most |some |many |all )?(?:people|ppl|everyone|everybody|nobody|no one|viewers|folks|kids|customers|clients|followers)|(?:he|she|they)) (?:really |just |always |all |still |totally |absolutely |never )?(?:loves?|loved|likes?|liked|hates?|hated|enjoys?|enjoyed|adores?|watch|watches|watched|said|says|told (?:me|us)|thinks?|thought|found|remembers?|grew up|(?:needs?|has|have) to (?:be able to )?(?:hear|see|watch|read|follow|understand|catch|notice))\b"#)
            // "grandpa's hearing aid picks it up too much": a person's thing, doing something.
            || has(c, lead + #"(?:my |our |his |her |the )?\#(person)'s (?:\w+ ){0,2}(?:\w+s|is|are|was|gets?|can'?t|doesn'?t|won'?t)\b"#)
            // "instagram cuts anything longer", "the lobby screen only shows 10 seconds": what a platform or place does.
            || has(c, lead + #"(?:instagram|insta|ig|tiktok|youtube|yt|facebook|fb|whatsapp|snapchat|linkedin|twitter|reels|shorts|the (?:app|platform|site|(?:\w+ )?screens?(?: (?:in|at|of|on) (?:our|the|my|their) [\w-]+)?|tv|projector|venue|school|church))\b (?:only |just |always |never |automatically )?(?:cuts?|loops?|runs?|limits?|allows?|takes?|shows?|plays?|crops?|compresses?|requires?|won'?t|doesn'?t|can'?t)\b"#)
    }

    /// A mood that names a look only by feel, asking nothing itself: "i want it to feel nostalgic", "like the old films
    /// grandpa made", "so it feels old school" (never "make it vintage", a request).
    static func isLookMood(_ clause: String) -> Bool {
        let c = clause.trimmingCharacters(in: CharacterSet(charactersIn: " .!?"))
        return !startsWithRequest(c) && lookWords.contains { has(c, $0.0) }
            && (comparisons.contains { $0.matches(c) } || explainsOnly(c) || talksAboutPeople(c))
    }

    /// Words that ask for something themselves: a request verb first ("make …", "can you add …").
    /// "should I remove the music?", "do you think we should cut it?", "would it be better to drop the last photo?", "what
    /// do you think about making it vertical?": advice asked about an edit; the edit as a request ("remove the music").
    static func adviceAsked(_ c: String) -> String? {
        // (Cheap first: advice is asked with one of these words.)
        guard ["should", "ought", "better", "best", "idea", "wise", "smart", "worth", "nicer", "cleaner", "too much", "think", "how about", "how would"].contains(where: { c.contains($0) }) else { return nil }
        let opinion = #"(?:(?:do|would) you (?:think|reckon|say|suggest|recommend|advise)(?: that)?,? |in your (?:opinion|view),? |honestly,? |be honest,? |what do you think,? )?"#
        let tail = #"(?:,? or (?:not|no|leave it|keep it|is it fine|would that be weird)(?: as it is| as is)?)?[?.!]*$"#
        guard let m = Numbers.firstMatch(#"^\#(questionLead)\#(opinion)(?:(?:should|ought) (?:i|we)|(?<=you think |you reckon |you say |that |, )(?:i|we) (?:should|ought(?: to)?|need to|have to|must)) (?:to )?(?:just |maybe |also |still |even |really )?(?!ask|say|tell|do\b|upload|send|post|share|export|render|use (?:a|an|another) (?:app|editor)|wait\b|be\b|worry)([a-z][^?!]{2,80}?)\#(tail)"#, in: c)
            ?? Numbers.firstMatch(#"^\#(questionLead)\#(opinion)(?:is it|would it be|it'?d be|it would be|will it be) (?:(?:much|a lot|any) )?(?:better|best|a good idea|a bad idea|wise|smarter?|worth it|nicer|cleaner|too much) (?:to|if (?:i|we)) ([a-z][^?!]{2,80}?)\#(tail)"#, in: c)
            ?? Numbers.firstMatch(#"^\#(questionLead)(?:what do you think (?:about|of)|how about i|how would it look if (?:i|we)) ((?:removing|cutting|deleting|dropping|adding|making|putting|changing|muting|moving|swapping|replacing|speeding|slowing|turning|taking)\b[^?!]{2,80}?)[?.!]*$"#, in: c)
        else { return nil }
        var asked = m[1].trimmingCharacters(in: .whitespaces)
        // "removing the music" → "remove the music", "if we removed the music" → "remove the music": the verb as a request.
        let verbs = ["removing": "remove", "cutting": "cut", "deleting": "delete", "dropping": "drop", "adding": "add", "making": "make",
                     "putting": "put", "changing": "change", "muting": "mute", "moving": "move", "swapping": "swap", "replacing": "replace",
                     "speeding": "speed", "slowing": "slow", "turning": "turn", "taking": "take",
                     "removed": "remove", "deleted": "delete", "dropped": "drop", "added": "add", "made": "make", "changed": "change",
                     "muted": "mute", "moved": "move", "swapped": "swap", "replaced": "replace", "took": "take", "turned": "turn"]
        if let first = asked.split(separator: " ").first, let verb = verbs[String(first)] {
            asked = verb + asked.dropFirst(first.count)
        }
        return asked
    }

    static func adviceAnswer(_ asked: String) -> String {
        "That is your call: a question changes nothing. If you want it, say \"\(asked)\". Nothing was changed."
    }

    static func startsWithRequest(_ c: String) -> Bool {
        has(c, #"^(?:(?:and|but|also|then|so|ok|okay|now|just)[,]? )*(?:please )?(?:make|add|set|put|change|remove|use|turn|cut|trim|move|fade|start|stop|mute|unmute|lower|raise|bring|speed|slow|delete|swap|replace|keep|give|show|export|render|undo|redo|apply|switch|drop|crop|zoom|shorten|lengthen|extend|rename|title|caption)\b"#)
    }

    /// What a question about the project asks after: the music, the canvas, the texts, the clips.
    static let projectThings = #"(?:music|songs?|tracks?|audio|sound|soundtrack|bgm|volume|level|canvas|size|resolution|aspect(?: ratio)?|format|frame ?rate|fps|length|len|duration|runtime|look|filter|colou?rs?|position|font|speeds?|titles?|captions?|texts?|transitions?|fades?|order|clips?|photos?|pictures?|files?|voice ?overs?|narration|settings?|setup|config(?:uration)?|specs|parameters)"#

    /// Words that only lead into a question: "quick q how long is this thing", "btw what's the music called".
    /// ("may I ask how loud the music currently is?": asked politely.)
    /// ("Quick question, not asking for a change yet: is the music looping": a question said not to be a request.)
    static let questionLead = #"(?:(?:and|so|but|also|wait|ok|okay|now|hey|yo|hi|hmm+|well|sorry|then|quick question|before (?:i|we) (?:change|edit|touch|do|make|start|go)(?: (?:anything|any changes|anything else|further|on))?|quick q|q|question|real quick|quick check|just checking|sanity check|btw|um+|uh+|just wondering|just curious|curious|just asking|(?:i'?m )?not asking (?:for )?(?:a |any )?(?:changes?|edits?)(?: (?:yet|just yet|now|for now|here))?|(?:this is )?not a request(?: yet)?|no changes? (?:yet|for now)|(?:may|can|could|might) i (?:just |please )?ask(?: you)?|i (?:wanted|want|would like|'d like) to ask|(?:(?:could|can|would|will) you (?:please |kindly )?)?(?:please |kindly )?(?:tell me|let me know|advise(?: me)?)(?: of| on| about)?)(?:[,:]| [–—-])? )*"#

    /// "is it done yet", "are we finished?", "how's it coming along": asking how far the work is, answered from the timeline.
    /// "did it work?", "can I see it?": whether a change took, and a look at it.
    static let asksProgress = #"^\#(questionLead)(?:(?:is|are) (?:it|this|that|we|you|the (?:video|vid|edit|project|thing|slideshow|film|movie|reel)) (?:all |nearly |almost )?(?:done|ready|finished|complete|good to go)(?: (?:yet|now|already|then))?|(?:all )?(?:done|ready|finished) yet|how'?s it (?:going|coming along|looking)(?: so far)?|how is it (?:going|coming along|looking)(?: so far)?|any progress(?: yet)?|did (?:it|that|you|the (?:change|edit|last (?:change|edit))) (?:work|go through|take|save|apply|do (?:it|that|anything)|change (?:it|anything|that))|(?:can|could|may) (?:i|we) (?:see|view|watch|preview|look at|have a look at) (?:it|this|that|the (?:video|vid|result|timeline|draft|edit|changes?))(?: (?:now|so far|first|please))*)[?.!]*$"#

    /// "is it 30 seconds?", "are the transitions on?", "is the title still red": a yes-or-no question about what is
    /// there, answered from the timeline (it set the length, added transitions). Not "is it ok if …", "is it possible …",
    /// nor "are the transitions too long?" (a complaint the next request answers).
    static let asksYesNo = #"^\#(questionLead)(?:is|are|isn'?t|aren'?t) (?:it|this|that|they|the (?:whole )?(?:video|vid|thing|music|song|title|captions?|texts?|transitions?|clips?|photos?|pictures?|canvas|look|fades?)|my \w+|all the \w+|clip \d+)(?: (?:still|already|now|actually|really|currently|all))? (?!(?:ok|okay|possible|alright|fine (?:if|to)|better|worth|too late|going to|gonna|able|supposed|meant|allowed)\b)(?!.*\b(?:make|set|change|add|remove|put|turn|use|please|if|so|because|but|too)\b)[\w%'.:/× -]{1,40}$"#

    /// A question about the timeline, not an edit: "Verify the caption timing.", "Check: the sequence should
    /// now be …", "how much long is it?", "How long is the video right now?", "is the music still on there?",
    /// "what track is on there rn", "is there music on this one already?", "what are the music volume and
    /// canvas size?", "does it have a title?", "Return a summary.", "show the text track".
    static func asksState(_ c: String) -> Bool {
        let t = projectThings
        return has(c, asksProgress) || has(c, asksYesNo) || has(c, #"^\#(questionLead)(?:(?:(?:could|can|would|will) you )?(?:please |kindly )?(?:verify|double[- ]check|confirm)\b(?!.*\b(?:make|set|change|add|remove)\b)|check\s*:|check (?:the |that |if |whether |what )|how (?:much )?long(?:'s| (?:is|does|will)\b)|what(?:'?s| is) the (?:length|duration|runtime|total length)\b|(?:is|are) (?:the |my )?(?:music|song|title|captions?|texts?|transitions?|clips?|photos?) still (?:on|there|in|playing)\b)[^«]*$|^(?:confirm|confirmed)[.!]?$"#)
            || has(c, #"^\#(questionLead)(?:what(?:'?s| is| are|'re)? (?:the |my |our )?(?:current |present |total )?\#(t)\b|(?:what|which) (?:\w+ )?\#(t) (?:is|are|'s|do|does|did|have|has|was|were)\b|(?:is|are) there (?:any |a |an |some |already |still )*\#(t)\b|(?:does|do|did) (?:it|(?:the|this|that|my|our) (?:video|vid|film|movie|slideshow|reel|edit|project|draft|timeline)|this|that)(?: one)? (?:already |still |currently |now )?(?:have|has|include|contain|got|use)\b(?! to\b)|do (?:i|we|you) (?:already |still )?have (?:a |an |any |the )?\#(t)\b|how (?:loud|big|many \w+)\b)(?!.*\b(?:make|(?<!\bis )(?<!\bare )set|change|add|remove|put|turn|use|if|about|way|possible|able)\b)[^«]*$"#)
            // "what's left?" (after a clip was removed), "what remains now": what the video holds.
            || has(c, #"^\#(questionLead)(?:what'?s|whats|what is|what are|what) (?:left|remaining|remains|still (?:in|there|on) (?:it|there|the (?:video|timeline)))(?: (?:now|then|rn|in (?:it|the video)|on the timeline))?[?.!]*$"#)
            // "is the music looping, or does it just stop when the song ends?": whether it loops, asked (it set looping), and
            // the other half of the question.
            || has(c, #"^\#(questionLead)(?:is|does|will|do|did) (?:the |my |our )?(?:music|song|track|soundtrack|bgm|audio|background music|it)(?: (?:still|actually|really|now|currently|already|just))? (?:loop|loops|looping|looped|repeat|repeats|repeating|set to (?:loop|repeat))(?: (?:now|currently|at the end|rn))?[?.!]*$|^(?:or|and) (?:does|do|did|will|would|is|was) (?:it|the (?:music|song|track|soundtrack|bgm)) (?:just |simply |only |then )?(?:stop|stops|end|ends|cut off|cuts off|cut out|cuts out|fade out|fades out|loop|loops|repeat|repeats|play once|plays once)\b(?!.*\b(?:make|set|change|add|remove|put|turn|use|possible|able)\b)[^«]*$"#)
            // "is the music going all the way to the end of the video?", "does the song play till the end": where the
            // music plays, asked (never a change to it).
            || has(c, #"^\#(questionLead)(?:is|does|will|do|did) (?:the |my |our )?(?:music|song|track|soundtrack|bgm|audio|beat|background music)(?: (?:still|actually|really|now))? (?:go|going|goes|play|playing|plays|run|running|last|lasting|continue|continuing|keep going|reach|reaching|carry on|carrying on)(?: (?:all the way|right|on|through|over))* (?:to|until|till|through|up to|into) the (?:very )?end\b(?: of (?:the |my |this )?(?:video|vid|clip|film|slideshow|reel|thing))?(?: (?:now|currently|still|rn))?[?.!]*$"#)
            // "read me the title", "read out the captions": the words on screen, read to someone who cannot see them.
            || has(c, #"^(?:please |can you |could you |would you )?read(?: (?:me|us|out|aloud|back))* (?:what )?(?:the |my |our )?(?:current )?(?:titles?|captions?|texts?|words(?: on (?:the )?screen)?|end ?cards?|on-?screen text)(?: (?:says?|reads?|on (?:the )?screen))?(?: (?:out|aloud|out loud|again|back|please|to me|to us))*[?.!]*$"#)
            // "whats in it", "what's on the timeline so far": what the video holds.
            || has(c, #"^\#(questionLead)(?:what'?s|whats|what is) (?:in|on) (?:it|there|here|this|the (?:video|vid|timeline|project|draft|edit|reel))(?: (?:now|rn|so far|right now|currently|at the moment))?[?.!]*$"#)
            // "what's in the video at 5 seconds?", "what is showing at 0:07": what plays at a moment (never a 5 s video).
            || has(c, #"^\#(questionLead)(?:what(?:'?s| is)|whats) (?:(?:happening|showing|shown|playing|on(?: the)? screen|there)\s+){0,2}(?:(?:in|on) (?:it|the (?:video|vid|timeline|screen)|my (?:video|vid)) )?(?:at|around) (?:the )?\d[\d.:]*\s*(?:s|secs?|seconds?)?(?: mark)?(?: (?:in|now|right now))?[?.!]*$"#)
            // "What frame rate is this set to?", "which aspect ratio is it set at right now": what a setting is.
            || has(c, #"^\#(questionLead)(?:what|which) (?:\w+ )?\#(t) (?:is|are) (?:it|this|that|they|the (?:video|vid|project|canvas|edit|export|draft))(?: (?:currently|now))? set (?:to|at)(?: (?:right )?now| currently| at the moment)?[?.!]*$"#)
            // "where does the song start?", "when does the music stop": where it plays, asked (not understood).
            || has(c, #"^\#(questionLead)(?:where|when|at what (?:point|time|timecode|second)) (?:does|do|will|did) (?:the |my |our )?(?:music|song|track|soundtrack|bgm|audio|titles?|captions?|texts?) (?:start|begin|come in|kick in|end|stop|finish|cut out|fade out)(?: (?:playing|now|currently|rn|right now|at the moment))?[?.!]*$"#)
            // "where is the title?", "wats the frame rate", "length?": a setting asked after in few words.
            || has(c, #"^\#(questionLead)(?:where(?:'?s| is| are) (?:the |my )?(?:titles?|captions?|texts?|music|song)|wats (?:the |my )?\#(t)|(?:total |current )?(?:length|duration|runtime|fps|frame ?rate|resolution|aspect ratio)(?: (?:now|rn|currently))?)[?.!]*$"#)
            // "What frame rate is this set to?", "which aspect ratio is it set at right now", "what's the music volume set to":
            // a question about a setting, answered from the timeline (never "set the frame rate to 60").
            || has(c, #"^\#(questionLead)(?:what|which)(?:'?s| is)? (?:the |my |our )?(?:\w+ )?\#(t) (?:is |are )?(?:(?:it|this|that|the (?:video|vid|project|canvas|music|song)) )?(?:currently |now |still )?set (?:to|at|as)(?: (?:right now|now|currently|rn|atm|at the moment))?[?.!]*$"#)
            // "Please read me what is currently in the timeline, in order", "describe what the second item in the video is":
            // someone who cannot see the preview asks to hear it.
            || has(c, #"^(?:please )?(?:read|tell|describe|say|list)(?: (?:me|us|out|aloud|back))* (?:what(?:'s| is| are) (?:currently |now |right now )?(?:in|on) (?:the |my )?(?:timeline|video|project|draft)|what (?:the |my )?(?:\w+ )?(?:item|clip|photo|picture|one|segment|shot|thing)(?: (?:in|on) the (?:video|timeline))? (?:is|shows|looks like)|(?:the |my )?(?:timeline|items|clips|segments)(?: in order)?)\b(?!.*\b(?:make|set|change|add|remove|put|turn|use)\b)"#)
            // "现在的timeline是什么样的？", "时间线现在怎么样了", "视频里现在有什么？": what the video holds.
            || has(c, #"^(?:现在|目前)?的?\s*(?:这个|我的|整个)?\s*(?:timeline|时间线|时间轴|视频|项目|草稿)\s*(?:里|上|中)?\s*(?:现在|目前)?\s*(?:是)?\s*(?:什么样|怎么样|啥样|有什么|有哪些)(?:的|了|子)?[？?吗呢了]*$"#)
            // "现在音乐音量是多少？", "视频多长？", "有没有背景音乐？"
            || has(c, #"^(?:现在|目前)?(?:的)?(?:这个|这条|这段|我的|整个)?(?:背景)?(?:音乐|音量|视频|标题|字幕|画布|尺寸|分辨率|帧率|时长|长度|转场)\S{0,6}?(?:是多少|多少|多长|多久|是什么|是哪|几秒|几个)[？?吗呢]*$|^(?:现在|目前)?(?:有没有|有)(?:背景)?(?:音乐|标题|字幕|转场)吗?[？?]*$"#)
            || has(c, #"^\#(questionLead)(?:whats|what'?s) (?:the |my )?\#(t) (?:called|named)\b|^(?:(?:please|just|can you|could you)[,:]? )*(?:tell|show|remind) (?:me|us) (?:what |which |how (?:loud|long|big) )?(?:the |my )?(?:current |present )?\#(t)\b(?!.*\b(?:make|set|change|add|remove|put|turn|use)\b)[^«]*$|^(?:(?:please|just)[,:]? )*(?:describe|summari[sz]e|recap) (?:the |my |this )?(?:current |whole )?(?:project|timeline|draft|video|edit|state)\b"#)
            // "Would you kindly tell me how long the video is at present?", "let me know how long it runs now".
            || has(c, #"^(?:(?:please|just|kindly|can you|could you|would you)[,:]? )*(?:tell|show|remind|let) (?:me|us)(?: know)? how (?:long|big|loud) (?:it|this|that|(?:the|my|our) (?:whole )?(?:video|vid|film|movie|slideshow|reel|music|song|title|caption)) (?:(?:currently|now|right now) )?(?:is|runs|lasts|plays)\b(?: (?:at present|at the moment|now|right now|currently|so far|altogether|in total|all together))*[?.!]*$"#)
            // "and which music it uses", "what track the video has on it": the second half of "how long is it and …".
            || has(c, #"^\#(questionLead)(?:what|which) (?:\w+ )?\#(t) (?:it|this|that|(?:the|my|our) (?:video|vid|project|edit|draft|reel|slideshow)) (?:currently |now |still )?(?:uses|is using|has(?: on it)?|plays|is playing|contains|includes|has got)(?: (?:right now|now|currently|at the moment|at present))?[?.!]*$"#)
            || has(c, #"^(?:(?:and|so|but|also|then|now|please|finally)[,:]? )*(?:return|give|show|print|send|output|display|report|get|fetch|retrieve|query|read)(?: me| us| back)? (?:a |an |the )?(?:short |brief |quick |final |updated |current |new |full |resulting |edited |complete |whole )*(?:(?:timeline|video|project|draft)(?:'s)? (?=(?:duration|length|runtime|state|summary)\b))?(?:summary|recap|overview|report|state|result|(?:text|video|visual|audio|music|caption|title) tracks?|track list|tracks|total (?:duration|length|runtime)|duration|length|runtime|canvas(?: size)?|frame ?rate|fps|music (?:volume|level))(?: of (?:the |my )?(?:timeline|draft|project|edit|changes|state|tracks?|result))?[.!?]*$"#)
    }

    /// Beside a question, what only says why or how it is asked: a limit ("judges cut you off at 60.0s", "youtube shorts has
    /// a limit", "needs to be under 60 for shorts"), the unit ("in seconds") or the other things asked about ("and the
    /// music volume"). Never a clause with a request in it ("make it under 60").
    static func saysWhyAsked(_ c: String) -> Bool {
        !has(c, #"\b(?:make|set|change|add|remove|put|turn|use|trim|shorten|lengthen|extend|speed|slow|please|pls|can you|could you|would you|let'?s|gotta|want|wanna)\b|\bcut (?:it|this|that|the|them)\b"#)
            && has(c, #"^(?:and |but |so |since |because |cause |cuz |bc |btw )?(?:.*\b(?:limits?|max(?:imum)?|capped|cut (?:you|it|them|videos?|us|people|entries|everyone) off|(?:needs?|has|have|must|should|got) to be (?:under|below|less than|at most|no (?:more|longer) than|shorter than)|(?:under|below|less than|at most|no (?:more|longer) than|up to) \d[\d.]*\s*(?:s|secs?|seconds?|mins?|minutes?)?|allows?|allowed|only (?:takes?|accepts?|plays?|shows?|lets?))\b.*|in (?:seconds|secs|ms|milliseconds|minutes|total)|exactly|roughly|approximately|precisely|to the (?:second|millisecond)|(?:and |also |plus |as well as )?(?:the |its |their )?(?:current )?(?:(?:music|song|track|title|caption|text|video|clip|transition)s? )?(?:volume|level|length|duration|runtime|size|resolution|frame ?rate|fps|order|canvas|look|name|segments?|clips?|music|song|title|texts?|captions?|transitions?)(?: (?:too|as well|please|now|currently|rn))?)[?.!]*$"#)
    }

    /// "is there any music?", "if there is no title", "If no music track exists": whether the thing asked about is there.
    static func presence(_ c: String, draft: Draft) -> Bool? {
        guard let m = Numbers.firstMatch(#"^(?:and |but )?(?:(?:is|are) there (?:any |a |an |some |already )*|(?:does|do) (?:it|the video|this|this one) (?:already )?(?:have|has) (?:any |a |an )?|if (?:there (?:is|are) (?:no|not any)|there'?s no|there (?:is|are)n'?t (?:any |a |an )?|(?:the video |it )?(?:has|does ?n'?t have|does not have) no|no) )(?:background )?(music|song|bgm|soundtrack|titles?|captions?|texts?|transitions?|voice ?overs?)(?: tracks?)?(?: (?:exists?|yet|already|on (?:it|there|this(?: one)?)|in (?:it|there)))*[?.!]*$"#, in: c) else { return nil }
        let thing = m[1]
        let there: Bool = has(thing, "music|song|bgm|soundtrack") ? draft.tracks.contains { $0.type == .audio && $0.role == .music }
            : has(thing, "voice") ? draft.tracks.contains { $0.type == .audio && $0.role == .voice }
            : has(thing, "transition") ? draft.visualSegments.dropLast().contains { $0.transition != nil }
            : has(thing, "title") ? draft.textPositions.contains { draft.tracks[$0.track].segments[$0.segment].kind == .title }
            : !draft.textPositions.isEmpty
        return there
    }

    /// "if not, …", "otherwise …": a request made only when the thing asked about is missing.
    static let onCondition = #"^(?:and |but )?(?:if (?:not|no|none|there (?:is|are)n'?t(?: one| any)?|it (?:does ?n'?t|does not))|otherwise|else)\b[,:]?\s*"#

    /// "Query only, make no edits:", "Report only.", "read-only", "don't change anything: what is …?": the
    /// person asks that nothing changes (never "make no changes to the music", "don't change anything else").
    static func asksNothingChanged(_ c: String) -> Bool {
        has(c, #"(?:^|[.;:,(]\s*)(?:(?:this is (?:a )?)?(?:query|report|read|answer|info(?:rmation)?|question|status check)[- ]only|read-only|dry[- ]run)\b|\bwhat (?:would|will|happens|is going to happen) (?:happen )?if\b"#)
            || (has(c, #"\b(?:make|do|apply|perform) no (?:changes?|edits?|modifications?)\b(?! (?:to|other|else|besides|except|apart|beyond|but)\b)|(?:^|[.;:,]\s*)no (?:edits?|changes?)(?: please)?\s*(?:[.;:!]|$)|\b(?:don'?t|do not|dont) (?:change|edit|touch|modify|alter) (?:anything\b(?! (?:else|but|except|other)\b)|the (?:timeline|project|draft)\s*(?:[.;!]|$))|\bwithout (?:changing|editing|touching|modifying) (?:anything|it|the (?:project|timeline|draft|video))\b(?! (?:else|but|except)\b)|\bchange nothing\b(?! (?:else|but|except)\b)"#)
                && has(c, #"\?|(?:^|[.:;,]\s*)(?:what|which|how|is|are|does|do|tell me|show me|list|report|return|get|check|verify|give me|describe|summari[sz]e)\b"#))
    }

    /// "make it shorter", "it's too long", "video 太长了": a length change with no amount.
    /// ("Could we make it longer please — 10 seconds longer?": asked politely, the same.)
    static func vagueLength(_ c: String) -> Bool {
        !has(c, #"\d|[零〇一二两三四五六七八九十半]\s*秒"#) && has(c, #"^(?:(?:(?:could|can|would|will) )?(?:we|you|i) (?:please )?|(?:could|can|would|will) it |please )?(?:(?:make|let|be) )?(?:it|this|the (?:video|whole thing|vid)|video)?\s*(?:is |'s |be )?(?:a (?:bit|little) |way |much |too |more |even )?(?:shorter|longer|long|short)(?: please| pls| plz)?[?.!]*$|^(?:(?:it|this|the video|video)(?:'s| is)? )?(?:way |much |a bit |a little )?too (?:long|short|lengthy)$|^(?:video|视频)?\s*太(?:长|短)了?$"#)
    }

    /// "take off 4 seconds", "剪掉3秒", "make it 7s": a length for the video itself, with no other owner.
    static func saysVideoLength(_ clause: String) -> Bool {
        let c = clause.lowercased()
        return (Numbers.duration(in: c) != nil || has(c, #"[零〇一二两三四五六七八九十半\d]\s*秒"#))
            && !has(c, #"title|caption|card|\btext\b|transition|crossfade|dissolve|fade|music|song|\bclip|photo|picture|\bpic|image|each|every|\bper\b|标题|字幕|转场|音乐|照片|每"#)
    }
}
