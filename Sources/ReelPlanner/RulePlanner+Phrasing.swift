import Foundation
import ReelTimeline

/// How people phrase requests, brought to the words the rules read: an agent's settings
/// ("duration_ms": 15000, kind=caption, numbered lists), courtesy around a request ("could you
/// maybe…, thanks!"), and trade words ("the bed" is the music, "VO" the voiceover, an "end slate"
/// an end card). Quoted words are never touched.
extension RulePlanner {
    /// Applies `change` to the text outside quotes only.
    static func outsideQuotes(_ text: String, _ change: (String) -> String) -> String {
        let pairs: [Character: Character] = ["\"": "\"", "“": "”", "'": "'", "‘": "’", "「": "」", "『": "』", "《": "》"]
        var out = ""
        var plain = ""
        var closer: Character?
        var previous: Character = " "
        for ch in text {
            defer { previous = ch }
            if let c = closer {
                out.append(ch)
                if ch == c { closer = nil }
            } else if let close = pairs[ch], ch != "'" || previous == " " || previous == ":" || previous == "=" {
                out += change(plain)
                plain = ""
                out.append(ch)
                closer = close
            } else {
                plain.append(ch)
            }
        }
        return out + change(plain)
    }

    /// "add a caption 'Lily's first time on a plane!'": inside single quotes, a quote mark between two
    /// letters is an apostrophe. It is hidden (as a private-use character) until the quote is read,
    /// so the quote does not end at it; `clauses` gives it back in the quoted words.
    static func hidingApostrophes(_ text: String) -> String {
        guard text.contains("'") || text.contains("’") else { return text }
        let chars = Array(text)
        var out = ""
        var closer: Character?
        for (i, ch) in chars.enumerated() {
            let previous: Character = i > 0 ? chars[i - 1] : " "
            let next: Character = i + 1 < chars.count ? chars[i + 1] : " "
            if let c = closer {
                // "'서울의 밤'으로": a Korean particle after the closing quote is no apostrophe.
                if ch == c, previous.isLetter, next.isLetter, !hasHangul(String(next)) {
                    out.append(ch == "'" ? apostropheMark : typographicApostropheMark)
                    continue
                }
                if ch == c { closer = nil }
            } else if ch == "'", previous == " " || previous == ":" || previous == "=" || i == 0 {
                closer = "'"
            } else if ch == "‘" {
                closer = "’"
            } else if ch == "\"" || ch == "“" {
                // Double quotes hold their apostrophes already.
                closer = ch == "\"" ? "\"" : "”"
            }
            out.append(ch)
        }
        return out
    }

    /// "set the transition to 'slideleft'", "apply the 'vivid' look", "fit mode 'contain'": an agent
    /// quotes a setting's value; it is that setting, not words for the screen (never beside a text's name).
    /// "set the title's position to 'bottom' and its size to '120'", `position="bottom"`: a text's setting quoted
    /// (a place, size, colour, style or entrance), never its words.
    static let quotedTextSetting = #"(\b(?:position|placement|place|size|font ?size|colou?r|style|entrance|animation|preset|kind|type)\s*(?:to|=|:|as|of)?\s*)['"“‘]((?:top|bottom|center|centre|middle|lower[- ]third|top[- ]left|top[- ]right|bottom[- ]left|bottom[- ]right|bold|clean|rise|fade|title|caption|endcard|end ?card|#?[0-9a-f]{3,8}|\d{2,3}(?:px|pt)?|red|green|blue|yellow|white|black|orange|pink|purple|gold|gr[ae]y))['"”’]"#

    static let quotedSetting: String = {
        let names = (TransitionName.all + LookName.allCases.map(\.rawValue).filter { $0 != "none" } + Fit.allCases.map(\.rawValue))
            .sorted { $0.count > $1.count }.joined(separator: "|")
        return #"^(?!.*\b(?:title|caption|subtitle|text|card|headline|saying|says|reads|called|named)\b)(.*?\b(?:to|transitions?|look|style|filter|mode|fit|apply|use|the|as|with|of)\s+)['"“‘](\#(names))['"”’]"#
    }()

    static func unquotingSettings(_ text: String) -> String {
        guard text.contains("'") || text.contains("\"") || text.contains("‘") || text.contains("“") else { return text }
        // "it must be 'vertical' for their telephones": a shape in quotes is the shape.
        var t = replacing(text, #"^(?!.*\b(?:title|caption|subtitle|text|card|headline|saying|says|reads|called|named)\b)(.*?\b(?:be|it|is|make it|to|as|go|in)\s+)['"“‘](vertical|square|horizontal|portrait|landscape|widescreen)['"”’]"#, "$1$2")
        // Each quoted value in turn ("… 'slideleft' … 'contain' …").
        for _ in 0..<3 {
            let next = replacing(replacing(t, quotedSetting, "$1$2"), quotedTextSetting, "$1$2")
            if next == t { break }
            t = next
        }
        return t
    }

    /// Shared parts of the phrasing rows that read a complaint or a nudge as the change that mends it: the talk before
    /// it, what is complained of, the words of a text nudged up or down, what a look complaint is said of.
    static let complaintLead = #"^(?:(?:hmm+|ugh|um+|ok|so|but|and|also|i think|i feel like|honestly)[,.]?\s+)*"#
    static let clipPaceSaid = #"(the (?:video |first |second |third |last )?clips?|the footage|clip \d+|[\w-]+\.(?:mp4|mov|m4v|webm))(?:'s| is| are| feels| seems| plays| looks)"#
    static let picturesTimeSaid = #"(the (?:photos|pictures|pics|images|slides|stills)|each (?:photo|picture|pic|image|slide)|the (?:first|second|third|fourth|fifth|last|final) (?:photo|picture|pic|image|slide|shot))(?:'s| is| are| feel| feels| seem| seems| stays?(?: on)?(?: screen)?| (?:is|are) on(?: screen)?| lasts?| goes on| runs)"#
    static let textNudged = #"^(?:(?:and|also|now|then|ok|okay|hmm+)[,]? )*(?:(?:put|place|move|shift|bring|nudge|push) )?(?:the |my )?(title|caption|text|end ?card|subtitles?)(?: (?:a )?(?:bit|little|tad|touch|lil)| slightly)? "#
    static let textNudgeTail = #"(?: (?:a )?(?:bit|little|tad|touch|lil)| slightly)?(?:,? (?:please|pls|plz))?[.!]*\s*$"#
    /// "a slight brightness increase to the whole video": the setting changed, and where (everywhere, as without it).
    static let adjusted = #"(brightness|contrast|saturation)"#
    static let everywhere = #"(?: (?:to|on|across|for) (?:the (?:whole |entire )?video|everything|all (?:the )?clips))?"#
    /// Words that only say how much a look is what it is ("kinda", "way too"): "it looks kinda cold".
    static let coldIntensifiers = #"(?:kinda |kind of |a bit |a little |too |so |very |really |way too |overly |rather |quite )*"#
    /// Just after a length ("2 s", "five seconds"), up to 40 characters on: what is said there is why, or when, beside
    /// that length ("…, one full slow breath each", "…, 4 beats each").
    static let afterLength = #"(?<=(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)) ?(?:s|secs?|seconds?)\b.{0,40})"#
    static let lookSaidOf = #"\b(?:it|this|that|everything|the (?:video|colou?rs?|picture|image|shots?|photos?|interior shots)|(?:the |my |our )?(?:food|dish(?:es)?|skin(?: tones?)?|faces?|footage))(?:\s+(?:currently|now|still|just|really|honestly|definitely))*(?:\s*(?:'s|’s)|\s+(?:feels?|looks?|seems?|is|are))\s+"#

    static let apostropheMark: Character = "\u{E000}"
    static let typographicApostropheMark: Character = "\u{E001}"

    static func restoringApostrophes(_ text: String) -> String {
        guard text.contains(apostropheMark) || text.contains(typographicApostropheMark) else { return text }
        return String(text.map { $0 == apostropheMark ? "'" : $0 == typographicApostropheMark ? "’" : $0 })
    }

    /// Each pattern in turn, with the planner's compiled (and kept) expressions.
    static func replacing(_ text: String, _ rules: [(String, String)]) -> String {
        Regexes.shared.replacing(text, rules)
    }

    static func replacing(_ text: String, _ pattern: String, _ template: String) -> String {
        Regexes.shared.replacing(text, pattern, template)
    }

    /// What a voice memo holds besides the request: "uh", "um" (and the commas around them), a word said twice ("remove
    /// the, the second clip"), a number or a clip corrected as it is said ("make it twenty, no, thirty seconds", "the
    /// second, no, the third clip"), a clip said again in other words ("the first one, the first picture", "put the
    /// c.png one, put that first") and "yeah that's it" at the end. Only the last word of each is the request (the
    /// first was read too: "make it twenty" not understood, or the video set to 5 s).
    static func spokenRepairs(_ text: String) -> String {
        let ord = #"(?:first|second|third|fourth|fifth|sixth|last|final|\d+(?:st|nd|rd|th))"#
        let noun = #"(?:one|clip|photo|picture|pic|image|shot|video|slide|scene)"#
        // (A bare "um" only beside a comma or first: Portuguese "coloca um fade" is "a fade".)
        let filler = #"(?:\b(?:uh+|umm+|uhm+|erm+|um(?=\s*,)|(?<=,\s?)um|(?<=\bso )um)\b|^um\b)"#
        let correction = #"\s*,\s*(?:no|nope|wait|sorry|i mean|or rather|make that|actually)\s*[,.!]?\s+"#
        guard has(text, #"(?i)\#(filler)|\b([a-z]+),\s+\1\b|\#(correction)|\bthat'?s it\s*[.!]*\s*$"#) else { return text }
        return outsideQuotes(text) { part in
            replacing(part, [
                // ", uh, at the bottom": the filler and its commas, unless a request of its own follows.
                (#"(?i)\s*+,?+\s*+\#(filler)[,.]?+\s*+(?!(?:and|then|also|make|put|add|remove|delete|set|change|move|turn|can|could|please)\b)"#, " "),
                (#"(?i)\#(filler)[,.]?\s*"#, ""),
                (#"(?i)\b(the|a|an|to|put|make|move|remove|add|set)\b,?\s+\1\b"#, "$1"),
                (#"(?i)\b(?:\#(Numbers.spelledNumber)|\d+(?:\.\d+)?)\#(correction)(?=(?:\#(Numbers.spelledNumber)|\d)\b)"#, ""),
                (#"(?i)\b(?:the )?\#(ord)(?: \#(noun))?\#(correction)(?=(?:the )?\#(ord)\b)"#, ""),
                (#"(?i)\bthe (\#(ord)) \#(noun),?\s+the \1 (\#(noun))\b,?"#, "the $1 $2"),
                (#"(?i)\b(put|move|make|place|take|remove|delete|cut|trim|mute|give) (the [\w.-]+(?: \#(noun))?),\s+\1 (?:that|it|this)(?: one)?\b"#, "$1 $2"),
                (#"(?i)(?<=\S),\s*(?:(?:yeah|yep|yes|ok|okay),?\s*)?that'?s it\s*([.!]*)\s*$"#, "$1"),
                (#"^\s+"#, ""),
            ])
        }
    }

    /// What a dictating voice writes, as typed: spoken punctuation ("happy anniversary comma Ruth",
    /// "…the moon river song period", "exclamation point", "quote Happy Birthday unquote") and numbers
    /// heard as other words before a unit ("make it for seconds longer", "too minutes long"). "for" and
    /// "too" are numbers only there: "for 3 seconds", "too long" stay as they are.
    /// "ADD WORDS AT THE BOTTOM THAT SAY WE LOVE YOU NANA": typed in capitals, the request is read as words and what
    /// follows "say" is kept as typed, the words for the screen (the caption read "WORDS").
    static func shoutedRequest(_ text: String) -> String {
        guard text.count > 12, !text.contains(where: \.isLowercase), !text.contains(where: { "\"“”«»'‘’".contains($0) }),
              let r = firstRange(#"\b(?:THAT SAYS?|SAYING|WHICH SAYS?|THAT READS?|READING)\s+(?=\p{Lu})"#, in: text) else { return text }
        return text[..<r.upperBound].lowercased() + text[r.upperBound...]
    }

    static func dictated(_ said: String) -> String {
        // "slow down b dot mp4": a file's name spoken (every clip was slowed).
        let spokenName = said.contains(" dot ") ? replacing(said, #"(?i)\b([\w-]+) dot (mp4|mov|jpe?g|png|gif|webp|mp3|wav|m4a|aac|webm|mkv|avi)\b"#, "$1.$2") : said
        let repaired = spokenRepairs(shoutedRequest(spokenName))
        // "wots the title say atm": what does it say (the title was changed to "atm").
        // ("wat is the lenth of it": what.)
        let text = has(repaired, #"\bw(?:o|u|a)t"#) ? outsideQuotes(repaired) { replacing($0, [(#"\bw(?:o|u)t'?s (?=(?:the|my|our|that|this) [\w ]{1,20}?\b(?:say|read|show)s?\b)"#, "what does "), (#"\bw(?:o|u)t'?s\b"#, "what's"), (#"\bw(?:o|u)t\b"#, "what"), (#"(?i)^(\s*)wat (?=is|are|does|do)\b"#, "$1what ")]) } : repaired
        guard has(text, #"\b(?:comma|period|full stop|colon|exclamation|question mark|quote|for|too|to|won)\b"#) else { return text }
        return outsideQuotes(text) { part in
            replacing(part, [
                (#"\b(?:open )?quote\s+(.+?)\s+(?:close quote|end quote|unquote)\b"#, "\"$1\""),
                (#"\s+comma\b\s*"#, ", "), (#"\s+colon\b\s*"#, ": "),
                // ("delete the exclamation mark from the title": a mark named, never one dictated.)
                (#"(?<!\b(?:the|an|that|this|those|these|every|each|any))\s+(?:exclamation (?:point|mark))\b"#, "!"), (#"(?<!\b(?:the|a|that|this|those|these|every|each|any))\s+question mark\b"#, "?"),
                (#"(?<!\b(?:a|the|this|that|time|grace|trial|waiting|free|no|same) )\s*\b(?:period|full stop)\b(?=\s*$|\s+(?!(?:of|piece|drama|film|movie|costume|look|style|between|when|in|for)\b)[A-Za-z])"#, "."),
                (#"\bfor (?=(?:more |extra )?(?:seconds|minutes|secs|mins) (?:longer|shorter|long|more|less|extra|each|apiece|total|in total)\b)"#, "four "),
                (#"(?<=\b(?:add|another|by|about|like|only|just|be|last|lasts|make it|each|photo|picture|pic|clip|image|slide) )for (?=(?:more |extra )?(?:seconds|minutes|secs|mins)\b)"#, "four "),
                (#"\btoo (?=(?:more |extra )?(?:seconds|minutes|secs|mins|hours)\b)"#, "two "),
                // "move clip too to the end": clip two (not "the clip too", also).
                (#"(?<!\b(?:the|that|this|my|our|a) )\b(clip|photo|picture|pic|slide|segment|item|number) too\b(?= (?:to|at|in|and|first|last|after|before|is|with|for)\b|[.!?]*$)"#, "$1 two"),
                (#"\bto (?=(?:seconds|minutes) (?:long|longer|shorter|each|apiece)\b)"#, "two "), (#"\bwon (?=(?:seconds?|minutes?|hours?)\b)"#, "one "),
            ])
        }
    }

    /// Courtesy and hedges around a request, and trade words, as plain requests.
    /// A place or time that may follow a text's unquoted words ("…, top", "…, last 3 sec", "… for the last 4 seconds").
    static let textTail = #"(?:(?:(?:at|in|on|for|from|during|until|till|over|between) )?(?:the )?(?:(?:very )?(?:top|bottom|middle|center|centre|end|start|beginning)\b|lower third\b|(?:last|first|final) (?:\d+(?:\.\d+)?|two|three|four|five) ?(?:s|secs?|seconds?)\b|\d+(?:\.\d+)? ?(?:s|secs?|seconds?)\b|\d+(?::\d+)? (?:to|-) \d))"#

    /// Korean around English words ("first photo는 6 seconds 로 more long 하게 해주세요", "music 조금 더
    /// quiet 하게", "전체 video 를 2 seconds 짧게 해주세요"): particles dropped, the verb said first, and
    /// the few Korean words for the vocabulary as English.
    static let koreanAsEnglish: [(String, String)] = [
        // "5 seconds 부터 start" is "start at 5 seconds"; "6 seconds 로 more long 하게" is "to 6 seconds".
        (#"(\d+(?:\.\d+)?\s*(?:s|secs?|seconds?))\s*부터\s*(start|begin|play)"#, "$2 at $1"),
        (#"(\d+(?:\.\d+)?\s*(?:s|secs?|seconds?))\s*(?:으로|로)\s*(?:more long|longer|more short|shorter|길게|짧게)\s*하게"#, "$1"),
        // "… video 만들어 주세요": the verb, said last in Korean, first.
        (#"(?:^|(?<=[.!?]\s))([^.!?]*?)\s*만들어(?:\s*(?:주세요|줘요?|주실래요|줄래요?))?"#, "make $1"),
        (#"\s*(?:하게\s*)?(?:해\s*주세요|해\s*줘요?|해\s*주실래요|해\s*줄래요?|해요|하세요|부탁(?:해요|합니다|드립니다|드려요))(?=[\s.,!?]|$)"#, " "),
        (#"\s(?:하게|해서)(?=[\s.,!?]|$)"#, " "), (#"\s(?:넣어|붙여)(?=[\s.,!?]|$)"#, " add"),
        (#"\s하고\s"#, " and "), (#"(?<=\s|^)그리고(?=\s)"#, "and"), (#"(?<=\s|^)아니(?=[\s,])"#, "no"),
        (#"사진\s*하나(?:에)?\s*(\d+(?:\.\d+)?\s*(?:s|secs?|seconds?))\s*씩"#, "$1 each"), (#"\s씩(?=[\s.,!?]|$)"#, " each"),
        (#"(?<=\s|^)만(?=[\s.,!?]|$)"#, "only"), (#"(?<=\s|^)제목(?:은|을)?(?=\s)"#, "title"), (#"(?<=\s|^)사진(?:들)?(?=\s)"#, "photos"),
        (#"(?<=\s|^)(?:모든|전부|다)(?=\s)"#, "all"), (#"(?<=\s|^)전체(?=\s)"#, "whole"), (#"(?<=\s|^)마지막에(?=\s)"#, "at the end"),
        (#"(?<=\s)(?:last|final) (\d+(?:\.\d+)?\s*(?:s|secs?|seconds?))\s*동안"#, "for the last $1"), (#"\s동안(?=[\s.,!?]|$)"#, ""),
        (#"(?<=\s|^)(?:조금\s*)?더\s+(?=[a-z])"#, "more "), (#"(?<=\s|^)(?:좀|조금)(?=\s)"#, ""),
        (#"(?<=\s|^)짧게(?=[\s.,!?]|$)"#, "shorter"), (#"(?<=\s|^)길게(?=[\s.,!?]|$)"#, "longer"),
        // "그리고 size 좀 more big": the text's size, of what was just touched.
        (#"\bsize\s+(?:more big|bigger|larger)\b"#, "make it bigger"), (#"\bsize\s+(?:more small|smaller)\b"#, "make it smaller"),
        (#"\s(?:으로|로|는|은|를|을|에|이|가)(?=[\s.,!?]|$)"#, ""),
    ]

    /// "the music … should not continue beyond the eighth second": the ordinal as a number, where the music stops (the
    /// stop was not read).
    static let musicStopOrdinals: [(String, String)] = RulePlanner.ordinals.filter { $0.0.first?.isLetter == true }.map {
        (#"(?<=\b(?:music|song|soundtrack|track)\b.{0,80}\b(?:beyond|past|after|longer than|until|till) )the \#($0.0) second\b"#, "the \($0.1 + 1)th second")
    }

    /// `fileWords`: words of the pictures' and clips' names ("the front, cab and bed pics": f150_bed.jpg is no music bed).
    /// "remove clips 2, 3 and 1", "photos 1 and 3": each number with its noun (the last one was read as a 1 s length).
    static func numberedItems(_ text: String) -> String {
        guard has(text, #"\d\s*(?:,|and|&)\s*(?:and\s+)?(?:the\s+)?\d"#) else { return text }
        return substitute(text, #"\b(clip|photo|picture|pic|slide|shot|segment|item|image|video)s? (\d+)((?:\s*(?:,|and|&|\+)\s*(?:and\s+)?(?:the\s+)?\d+)+)\b(?!\s*(?:s|secs?|seconds?|ms|%|x|fps)\b)(?![.:]\d)"#) { g in
            let numbers = Numbers.allMatches(#"\d+"#, in: g[2] + " " + g[3]).map { $0.groups[0] }
            guard numbers.count > 1 else { return g[0] }
            let items = numbers.map { "\(g[1]) \($0)" }
            return items.dropLast().joined(separator: ", ") + " and " + items.last!
        }
    }

    /// Requests said around the thing they change, as the words the rules read: "And at the very end it should say We
    /// love you Grandpa", "THE PICTURES GO BY TOO FAST", "make it fade away slowly at the end like in the movies", "could
    /// it open more slowly... like fading up from black", "let the final image linger, maybe 8 seconds", "make it fit on a
    /// phone held up straight", "make em pop more", "pull the last photo" (each was not understood).
    static let roundaboutRequests: [(String, String)] = [
        // "speed up clip 2 x2", "faster x1.5": the speed written after its x (it was read as a bare "speed up", 1.5x).
        (#"(\b(?:speed(?: it| that| this)? up|sped up|speed|faster|slow(?: it| that| this)? down|slower)\b[^.,;!?]{0,30}? )x ?(\d+(?:\.\d+)?)\b(?![.,]?\d| ?(?:px|p\b|\d))"#, "$1$2x"),
        // "make the title rise up into place instead of just fading in": the rise (its words became "place instead of …").
        (#"\b(rise|rises|rising|slide|slides|sliding|float|floats|glide|glides|drift|drifts|come|comes|move|moves)((?: up| in)?) into (?:place|position|frame|view|shot)\b"#, "$1$2"),
        (#",? (?:instead of|rather than) (?:just |simply |only )?(?:fading|fade|popping|appearing|being there)(?: (?:in|up|on))?(?= *(?:[.!,;]|$))"#, ""),
        // Radio talk ("Say again what the title reads, over", "Clip 2 at 1.5 speed, 10-4"): its sign-offs say nothing, and
        // "say again" asks what is there.
        (#"(?i)[,.;]\s*(?:over and out|over|out)\s*[.!]*\s*$|(?i)[,.;]?\s*\b(?:10-4|ten-four|roger(?: that)?|copy that|wilco)\s*[.!]*\s*$"#, ""),
        (#"(?i)(^|[.!?]\s+)(?:10-4|ten-four|roger(?: that)?|copy that|wilco)[.!,]*\s+"#, "$1"),
        (#"(?i)^say again,?\s+what (?:the |my )?(?:title|caption|end card|music|song|video|timeline) (?:reads|says|is|looks like)\b[.!?]*$|(?i)^say again[.!?]*$"#, "show the timeline"),
        // "Add caption bottom left, 3 to 6 seconds: "Chief R. Delgado"": where and when, then its words (its place became its
        // words, and the video 6 s long). (Read outside the quotes: the words in them follow.)
        (#"(?i)\b(add (?:a |the )?(?:caption|title|text|subtitle|lower third|end ?card)) (?:at the |on the |in the )?(top|bottom|cent(?:er|re)|middle)(?:[- ](left|right))?,? (?:from )?(\d+(?:\.\d+)?) ?(?:s|secs?|seconds?)? ?(?:to|-|–|until|till) ?(\d+(?:\.\d+)?) ?(?:s|secs?|seconds?)\s*[:,]\s*$"#, "$1 at the $2 $3 from $4 to $5 seconds: "),
        // "Have the beat fade out over the last 3 secs", "turn the beat down": the music (the video faded to black).
        (#"\bthe (?:beat|beats|backing track|tune)\b(?= (?:fade|fades|fading|quieter|louder|lower|softer|down|up|volume|out)\b)"#, "the music"),
        (#"\b(fade|lower|turn down|turn up|soften|quieten|duck)((?: out| in| down| up)?) the (?:beat|beats|backing track)\b"#, "$1$2 the music"),
        // "Mute that video, all you hear is the burner roaring": the clip's own sound ("mute the video clip" names one).
        (#"\b(mute|unmute|silence) (?:that|this) (?:video|vid)\b(?! (?:clip|file|track))"#, "$1 the clips"),
        // "Make it look old, vintage, like the festa films from the 1960s": the vintage look, said once.
        (#"\blook (?:old|older|aged|antique|old[- ]fashioned|old[- ]school|retro)(?:,? (?:vintage|retro|old))?\b"#, "look vintage"),
        // "— make sure the macron's on the ā aye": about the words as given (kept exactly), no change of its own.
        (#"\s*[—–-]*\s*\b(?:and )?(?:make sure|check|double[- ]check) (?:the |that the )?(?:macron|accent|apostrophe|spelling|capital|diacritic|umlaut|tilde|cedilla)s?(?:'s| is| are)?\b[^.!?\n]*"#, ""),
        // "Remove unit 2 from the lineup, that's the second clip": what it is called here, then which clip that is.
        (#"(?i)\b(remove|delete|drop|cut|mute|unmute|duplicate|speed up|slow down)\s+(?!the (?:first|second|third|fourth|fifth|last)\b)[^,.;]{1,40}?,\s*(?:that'?s|that is|i\.e\.?|aka|which is|it'?s)\s+(the (?:first|second|third|fourth|fifth|last|\d+(?:st|nd|rd|th)) (?:clip|photo|picture|pic|one|video|shot|image))\b"#, "$1 $2"),
        // "Delete 2", "drop #3" (a text message): that clip, counted from 1.
        (#"(?i)^(?:please )?(?:delete|drop|ditch|lose|get rid of|take out|kill|remove) (?:number |no\.? ?|#)(\d{1,2})(?: please| pls| plz)?[.!]*$|(?i)^(?:please )?(?:delete|drop|ditch|get rid of|take out) (\d{1,2})(?: please| pls| plz)?[.!]*$"#, "remove clip $1$2"),
        (#"(^|[.!?]\s+)((?:and |oh and |also |then |plus )?)(?:at|in) the (?:very )?end,? (?:it|the video|the movie|the film|the slideshow|there) (?:should|must|could|can|will|needs? to|has to|ought to) (?:say|read)\s+(?=\S)"#, "$1$2add an end card saying "),
        (#"(^|[.!?]\s+)((?:and |oh and |also |then |plus )?)(?:at|in) the (?:very )?(?:start|beginning),? (?:it|the video|the movie|the film|the slideshow|there) (?:should|must|could|can|will|needs? to|has to|ought to) (?:say|read)\s+(?=\S)"#, "$1$2add a title saying "),
        (#"\b(?:the )?(pictures|photos|pics|slides|images|stills)(?: (?:all|just))? (?:go|went|are going|move|flash|fly|zip|rush|race|whizz|whiz)(?: by| past| through| along)? (?:too|so|way too|much too|really|very|a bit too|a little too) (?:fast|quick|quickly)\b(?=\s*(?:[.!?,;]|$))"#, "make the $1 longer"),
        (#"\bfade (?:away|off)(?= (?:slowly|gently|softly|gradually|at the end|to black|in the end)\b)"#, "fade out"),
        (#",? \b(?:like|as|just like) (?:in|at) the (?:movies|cinema|films|pictures)\b"#, ""),
        (#"\b(?:could|can|would|should|shall) (?:it|the video|we|you) (?:open|start|begin|come in) (?:(?:a (?:bit|little) )?more |a (?:bit|little) )?(?:slowly|gently|softly|gradually)\s*[.…,;:—-]*\s*(?:like |maybe |say |by |with |perhaps )?(?=fad(?:e|ing) (?:in|up)\b)"#, ""),
        (#"\bfad(?:e|ing) up from black\b"#, "fade in from black"),
        (#"\b(?:let|have|make) the (final|last|first|opening) (image|picture|photo|pic|shot|slide|one|still) (?:linger|stay|hold|sit|remain|stay up|stay on)(?: on(?: screen)?)?,? (?:for )?(?:maybe |about |around |say |like |perhaps |roughly )?(?=(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b)"#, "show the $1 $2 for "),
        (#"\b(?:(?:make|get) (?:it|the video|this) )?(?:fit|fits|work|works|look right|fill)(?: (?:on|for))? (?:a |the |their |my |our )?(?:phones?|mobiles?|cell ?phones?|iphones?)(?: screens?)? (?:held |holding |when held |that(?:'s| is) held )?(?:up ?right|upright|up straight|straight up|vertically|standing up|in portrait|the tall way)\b"#, "make it vertical"),
        // "the brautpaar photo goes at the end and should stay 8 seconds": how long the picture put there stays.
        (#"\b(at|to) the (?:very )?(end|start|beginning|front),? and (?:it |then )?(?:should |must |can |will |has to |needs to |is to )?(?:stay|stays|hold|holds|remain|remains|linger|lingers|be on|be shown|show)(?: on| up| on screen| there)?(?: for)? (?:about |around |maybe |roughly )?(?=(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)[- ]?(?:s|secs?|seconds?)\b)"#, "$1 the $2 for "),
        // "…, trophy thing, pizza party last": a picture or clip named by a word and "thing", as "the trophy one" (it was not
        // found, and trophy_ceremony.mov took the place of a file not named).
        (#"\b(?!(?:whole|same|other|every|any|some|main|only|last|first|next|entire|little|cool|fun|new|old|real|right|wrong|good|bad|this|that|the|one|more|such|each|whatever|funny|weird|big|small|best|worst|important|crazy|music|song|title|text|caption|zoom|fade|transition|sound|audio|colou?r|filter|look|speed|intro|outro|vertical|square|tiktok)\b)([a-z]{3,}) (?:thing|thingy|thingie|stuff)\b(?=\s*(?:[,.;!?]|$|(?:and|then|last|first|next|after|before)\b))"#, "$1 one"),
        // "the music's a bit much": too loud; "wait hows long is it rn".
        (#"\b(the (?:background )?(?:music|song|bgm|track|soundtrack))(?:'s| is) (?:(?:a (?:bit|little|tad)|just|way|kinda|kind of|rather|a bit too|too) )*much\b(?! (?:louder|quieter|longer|shorter|better|faster|slower))"#, "$1 is a bit too loud"),
        (#"\bhows long\b"#, "how long"),
        // "Loop the background music to fill the video and fade it out over 1500 ms": "it" is the music (the video was faded).
        (#"\b(music|song|bgm|soundtrack)\b([^.;!?]{0,60}?)\band fade it (out|in)\b"#, "$1$2 and fade the music $3"),
        // "apply a slow Ken Burns zoom in to image segments only": the pictures (every clip was zoomed).
        (#"\b(?:image|photo|picture|still) (?:segments|clips|items|slides)\b"#, "photos"),
        // "mute the clip but leave the music" (and "quitale el sonido al clip pero deja la musica"): what stays, a clause of its
        // own (read whole, "mute … music" removed the music).
        (#"(?<![,;])\s+(but|and) (keep|leave) (?=(?:the |my |our )?(?:background )?(?:music|song|soundtrack|bgm)\b)"#, ", $1 $2 "),
        (#"\bmake (?:em|'em|them|it|everything|the (?:video|footage|photos|pictures|clips|pics)) pop(?: (?:more|a bit|a little|a lot))?\b"#, "make the colors pop more"),
        // "slow, gentle dissolves", "quick, snappy cuts": adjectives of one thing, never two clauses ("Could they be slow" was
        // read alone).
        (#"\b(slow|gentle|soft|smooth|subtle|quick|fast|snappy|short|long|nice|simple|clean|elegant),\s+(?=(?:and )?(?:slow|gentle|soft|smooth|subtle|quick|fast|snappy|short|long|nice|simple|clean|elegant|classic) (?:\w+ )?(?:dissolves?|fades?|crossfades?|cross-fades?|transitions?|wipes?|slides?|cuts?)\b)"#, "$1 "),
        // "Use calm_piano.mp3 quietly in the background, at about 15%.": the level of the song just named (the clause alone
        // was not understood).
        (#"\b(music|song|track|soundtrack|bgm|\.mp3|\.wav|\.m4a|\.aac)\b([^.;!?,]{0,50}),\s+(?=(?:at|to) (?:about |around |roughly |maybe |like |approximately |approx\.? )?\d+(?:\.\d+)?\s*(?:%|percent)\s*(?:volume)?[.!]*$)"#, "$1$2 "),
        // "on the first photo, a slow pan to the right": what is said of the one named first (the pan went on every clip).
        (#"^(?:and |also |then )?(on|for) (the (?:first|second|third|fourth|fifth|last|final|\d+(?:st|nd|rd|th)) (?:photo|picture|pic|image|clip|video|shot|slide|one)|[\w-]+\.(?:jpe?g|png|gif|webp|mp4|mov|webm|mkv|avi)),\s+(?=\S)([^,;]+?)([.!]*)$"#, "$3 $1 $2$4"),
        // "replace the title with 'X' and keep it 4 seconds": how long that text shows (the title was changed twice).
        (#"\b(title|caption|end card|text)\b([^.;!?]*?),? and (?:keep|leave|show|hold|have) (?:it|that)(?: on(?: screen)?| up| there| visible)?(?: for)? (?:about |around )?(\d+(?:\.\d+)?) ?(?:s|secs?|seconds?)\b"#, "$1$2 and keep it on screen for $3 seconds"),
        // "a fade out of 2 at the end": seconds, the unit left unsaid.
        (#"\bfade[- ]?(in|out)((?: (?:to|from) black)?) of (\d+(?:\.\d+)?)(?!\s*(?:s\b|secs?\b|seconds?\b|ms\b|%|\d|x\b|percent))"#, "fade $1$2 of $3 seconds"),
        // "the hymn should be soft", "the music needs to stay quiet": quieter.
        (#"\b(?:the |that |this )?(music|song|bgm|track|soundtrack|tune|hymn|melody|lullaby|jingle|beat) (?:should|must|needs? to|has to|ought to|could|can|would|shall) (?:be|stay|remain|sit|play|sound|be kept) (?:(?:very|really|quite|nice and|a bit|a little|fairly|pretty|more|rather|kind of) )*(?:soft|quiet|low|gentle|subtle|faint|muted|softly|quietly|gently|low-key)\b(?! (?:at|until|for|from|in|after|before|during|when|while)\b)"#, "make the $1 quieter"),
        (#"\bpull (?=(?:the|that|this|those|these) (?:(?:first|second|third|fourth|last|final|other|\w+) )?(?:photo|pic|picture|image|clip|shot|video|one|slide)s?\b(?![^.,;]*\b(?:to the|into|forward|up|in front|ahead|closer)\b))"#, "remove "),
    ]

    static func plainRequest(_ text: String, fileWords: Set<String> = []) -> String {
        // Spanish, Japanese, French and Portuguese words as English first (RulePlanner+Languages).
        outsideQuotes(languagesAsEnglish(text)) { part in
            var part = numberedItems(replacing(replacing(part, roundaboutRequests), agentProse))
            // "it kind of drags at the end": a bit too long, said alone (beside "3 seconds shorter" it is the reason).
            if !has(part, #"\b(?:shorter|longer|trim|cut|seconds?|secs?|minutes?|length|long)\b|\d"#) {
                part = replacing(part, #"\b(?:it|the video|this|the ending|the end) (?:kind of |kinda |sort of |a bit |a little |really |just |still )?drags?(?: on)?(?: (?:a bit|a little|at the end|towards the end|near the end|in the end))*(?=\s*(?:[.!?,;]|$))"#, "make it a bit shorter")
            }
            // "THE PICTURES GO BY TOO FAST. Can each one stay on for 6 seconds": each picture, when pictures (and no clips) were named.
            if has(part, #"\b(?:pictures|photos|pics|slides|images|stills)\b"#), !has(part, #"\b(?:clips|videos)\b"#) {
                part = replacing(part, #"\b(?:(?:can|could|would|will) )?(?:you )?(?:make |let |have )?each one (?:stay|stays|show|shows|last|lasts|be|remain|hold|be shown|be on)(?: on| up| on screen| there)? for\b"#, "show each picture for")
            }
            if !fileWords.contains("bed") {
                part = replacing(part, [(#"\bbed music\b(?![._-]\w)"#, "music"), (#"(?<![\w.-])(?<!\b(?:to|in|into|out of|from|for|my|our|his|her|their|your|a|of|on) )(?<!\b(?:go|goes|went|gone|going) to )(?:the )?(?:music )?bed\b(?![._-]\w)(?! ?time\b)(?! (?:early|late|now|soon|after|before|by)\b)"#, "the music")])
            }
            // "set the hymn to 25%", "start the hymn at 3 seconds": a church's song is the music (a hymn_board.jpg is no song;
            // "the opening line of the hymn", "the duration of the hymn" are the song's words and length).
            if !fileWords.contains("hymn") {
                part = replacing(part, #"(?<![\w.-])(?<!\bof )(the|that|this|our|my) hymn\b(?![._-]\w)"#, "$1 music")
            }
            part = replacing(part, musicStopOrdinals)
            // "give the opening image two more seconds", "the closing shot": the first (last) one (it was read as "the image",
            // the last picture); never a file called so ("then the closing photo" for closing.jpg).
            if !fileWords.contains("opening") {
                part = replacing(part, [(#"\bthe (?:very )?opening (clip|photo|picture|pic|image|shot|scene|slide|one|video|still)(s?)\b"#, "the first $1$2"),
                                        (#"\bthe (?:very )?opening (?=(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|few|couple of) ?(?:s|secs?|seconds?)\b)"#, "the first ")])
            }
            if !fileWords.contains("closing") {
                part = replacing(part, #"\bthe (?:very )?closing (clip|photo|picture|pic|image|shot|scene|slide|one|video|still)(s?)\b"#, "the last $1$2")
            }
            // "Move the last room to the front", "Put the last Bild at the start": a place in the order, named by what it
            // shows (a room of a listing, a dish, an outfit) or in German: that one; never words of a file's name ("the final
            // cake first" for final_cake.jpg).
            let placeNouns = ["room", "bild", "foto", "aufnahme", "dish", "outfit", "product", "car", "house", "bouquet", "cake", "trick",
                              "exercise", "drill", "pose", "recipe", "listing", "property"].filter { !fileWords.contains($0) }
            let placeOrdinals = ["first", "second", "third", "fourth", "fifth", "sixth", "last", "final"].filter { !fileWords.contains($0) }
            if !placeNouns.isEmpty, !placeOrdinals.isEmpty {
                part = replacing(part, #"\bthe (\#(placeOrdinals.joined(separator: "|"))) (?:\#(placeNouns.joined(separator: "|")))\b(?!\s*(?:name|title|caption|text|price|'s))"#, "the $1 one")
            }
            var t = replacing(part, [
                // "make sure b.mp4 is not muted", "ensure the clip isn't muted": its own sound on (it was not understood).
                (#"\b(?:make sure|ensure|check that|be sure)(?: that)? ((?:the |my |our )?(?:clip|video|vid|footage)(?: \d+)?|[\w-]+\.(?:mp4|mov|m4v|webm)|clip \d+)(?:'s (?:own )?(?:sound|audio))? (?:(?:is not|isn'?t|is never|does not get|doesn'?t get|never gets) |(?:is|stays|remains) un)muted\b"#, "unmute $1"),
                // "all photos 1s each no transitions", "2 sec per photo no music": a new request after a length for each, with
                // no comma between (the length for each was lost).
                (#"(\d(?:\.\d+)? ?(?:s|secs?|seconds?) (?:each|apiece|a piece|per (?:photo|picture|pic|image|slide|shot|clip))) (?=(?:and )?(?:no|without|with no|zero) (?:transitions?|music|songs?|fades?|titles?|captions?|texts?|sound|audio|zoom|motion|crossfades?)\b)"#, "$1, "),
                // "fade the whole video out over the last 1.5 s, picture and sound", "fade the video and the music out":
                // one fade of both (read as three requests, the sound was not understood).
                (#"(?:(?=[,\s])|^)(?:(?<=\bfad\w{0,4}\b.{0,60})|(?=.{0,40}\bfad))(?:,\s*|\s+|^)(?:both )?(?:the )?(?:(?:picture|video|image|visuals?|vid|screen)s? (?:and|&) (?:the )?(?:sound|audio|music|song)|(?:sound|audio|music|song) (?:and|&) (?:the )?(?:picture|video|image|visuals?|vid|screen)s?)\b(?: (?:both|together|too|as well))?"#, " picture-and-sound"),
                (#"(?<=\bfad\w{0,4}\b.{0,60}),\s*(?:and )?(?:the )?(?:sound|audio|music|song)(?: (?:too|as well|also)|(?= *[.!]*$))"#, " picture-and-sound"),
                // "The user says the title should only be on screen for 2 seconds": an agent passing on its user's words,
                // unquoted (the words became a new title).
                (#"^\s*(?:(?:the|my|our) )?(?:user|client|customer|requester|human)(?: (?:just|also|now))? (?:says|said|mentions|mentioned|thinks|feels|writes|wrote|notes|noted|reports|reported|told me|tells me)(?: that)?[:,]?\s+(?=[a-z])(?!(?:it'?s|its|it is|the (?:video|music|title) is) (?:great|good|perfect|fine|nice|ok|okay|lovely)\b)"#, ""),
                // "fade up from black at the head and out to black at the tail, 1.5s each": the fade in and the fade out ("out to
                // black" alone was dropped), at the video's start and end.
                (#"\bfade (?:up|in) from black(?: at the (?:head|top|start|beginning))? and (?:fade )?(?:out|down) to black(?: at the (?:tail|end))?"#, "fade in from black and fade out to black"),
                // "export it at 60fps", "render it in 4K": the frame rate or size set, then the export (only the export was read).
                (#"\b(export|render)( it| this| the (?:video|vid|final|edit))? (?:at|in|with) (\d{2,3}) ?(?:fps|frames? (?:per|a) second)\b"#, "set the frame rate to $3 fps and $1$2"),
                (#"\b(export|render)( it| this| the (?:video|vid|final|edit))? (?:at|in|as) (4k|uhd|1080p|720p|full hd)\b"#, "make it $3 and $1$2"),
                // "render it in the sepia tone": the look, never an export ("render it in 4K" above is the size).
                (#"\b(?:render|export|do|make)( it| this| the (?:video|vid|whole thing))? (?:in|with) (?:the |a )?(sepia|black and white|black-and-white|b&w|vintage|warm|cool|vivid|cinematic|noir|monochrome|gr[ae]yscale)(?: (?:tone|tones|look|style|filter|colou?rs?))?\b"#, "make$1 $2"),
                // "trim it down a little", "tighten the video up a bit": the whole video a little shorter (not understood).
                (#"\b(?:trim|tighten|pare) (it|the (?:video|vid|whole thing|edit|reel)) (?:down|up)\b(?! (?:to|by)\b)"#, "cut $1 down"),
                // "b.mp4 has background chatter; please mute its sound": that clip muted ("its" is whose sound).
                // "set the title text colour to our brand orange, #FF6A13": the colour is the code (the title's words became
                // "our brand orange").
                (#"\b(colou?r) (to|as|=|:|in) (?:our |the |my |a |an |its )?(?:[\w'-]+ ){0,3}?[\w'-]+\s*[,:(–—-]?\s*(#(?:[0-9a-f]{6}|[0-9a-f]{3}))\b\)?"#, "$1 $2 $3"),
                // "Remove the visual segment at index 2 (1-based)": an index said to count from 1 is that clip (it removed the third).
                // (One index only: "move … index 1 to index 3 (1-based indexes)" and positions are read where moves are.)
                (#"^(?!(?:.*?\b(?:index|idx|position) \d+\b){2})(.*?)\b(?:at )?(?:index|idx) (\d+)\s*[(,]?\s*(?:1|one)[- ](?:based|indexed)(?: (?:index|indexes|indices|numbering|count))?\)?"#, "$1clip $2"),
                // "Set target duration: 24 s." (not understood): the video's length.
                (#"^(?:please )?(?:set |use |make )?(?:the )?target (?:duration|length|runtime)\s*(?:to|:|=|of)?\s*(?=\d)"#, "make it "),
                // "Clip 1 to 2s.", "clip 3 to 6 seconds" (not understood): that clip's length.
                (#"^(?:set |make |change |cut |trim )?((?:clip|photo|picture|shot|segment|slide|item) \d+) to (\d+(?:\.\d+)?)\s*(s|secs?|seconds?)[.!]?$"#, "make $1 $2 seconds"),
                // "Move clip 3 to the top." (asked where): a list's top is its start.
                (#"\b(move|put|place|bring) ((?:clip|photo|picture|shot|segment|slide|item) \d+|[\w-]+\.(?:jpe?g|png|heic|webp|gif|mp4|mov|m4v|webm)) to the (?:very )?top\b(?! (?:of|left|right|corner)\b)"#, "$1 $2 to the start"),
                // "show the first photograph once more at the very end": again (it was not understood).
                (#"\bonce (?:more|again)\b"#, "again"),
                // ("turn off its sound": muted; "turn off it" was not understood.)
                (#"\b(?:mute|silence|turn off|switch off|kill|cut) (?:its|it'?s) (?:own |original )?(?:sound|audio|noise|volume)\b"#, "mute it"),
                (#"\b(?:unmute|turn on|switch on|bring back) (?:its|it'?s) (?:own |original )?(?:sound|audio|volume)\b"#, "unmute it"),
                // "fade it out over its last second": over one second.
                (#"\bover (?:its|the|his|her|their) (?:last|final|closing|first|opening) second\b(?!s)"#, "over 1 second"),
                // "ensure the music is not cut off abruptly; let it fade out …": the music fades out (the video faded to black).
                (#"\b(?:ensure|make sure|see to it)(?: that)? (?:the )?(music|song|track|soundtrack) (?:is not|isn'?t|does not get|doesn'?t get|won'?t be|is never) (?:cut off|cut|stopped|ended|chopped)(?: (?:abruptly|suddenly|sharply|mid-?note))?\b"#, "fade the $1 out"),
                // "kill the c.png shot": that clip removed (never "kill the music", read by the sound rules).
                (#"\b(?:kill|nix|axe|scrap|bin) (the (?:[\w-]+\.(?:jpe?g|png|heic|webp|gif|mp4|mov|m4v|webm)|(?:first|second|third|fourth|fifth|last|\d+(?:st|nd|rd|th)) (?:clip|shot|photo|picture|pic|image|video))(?: (?:shot|clip|photo|pic|picture|image|video))?|[\w-]+\.(?:jpe?g|png|heic|webp|gif|mp4|mov|m4v|webm)|clip \d+)\b(?! (?:audio|sound|music|noise|volume)\b)"#, "remove $1"),
                // "make it black and white no wait sepia", "music at 30 no wait 20 percent": the one said last (the first was made).
                (#"\b(?:black and white|b&w|b/w|sepia|vintage|warm(?:er)?|cool(?:er)?|vivid|cinematic|faded|noir|monochrome|mono|gr[ae]yscale)[,.]?\s+(?:no,? wait|wait,? no|no no|i mean|sorry,? i mean|scratch that|or rather|make that)[,.]?\s+(?=(?:a |an |the )?(?:black and white|b&w|b/w|sepia|vintage|warm|cool|vivid|cinematic|faded|noir|mono|gr[ae]yscale)\b)"#, ""),
                // "Should the total duration exceed 12 seconds, please reduce it to 12 seconds; otherwise, leave it as it is", "if it's
                // over 15 s cut it to 15 s": a limit, said as a condition (within it nothing changes; the video was made 12 s long).
                (#"\b(?:if|should|in case|in the event that|whenever)\s+(?:the\s+)?(?:total\s+|overall\s+|whole\s+|final\s+)?(?:video(?:'s)?\s+(?:length|duration|runtime)|video|duration|length|runtime|running time|it|this|the whole thing)(?:\s+of the video)?\s*(?:exceeds?|(?:is|'s|goes|runs?|ends up|turns out|comes out)\s+(?:(?:any|to be)\s+)?(?:(?:longer|more)\s+than|over|above|past|beyond))\s+(\d+(?:\.\d+)?|\#(Numbers.spelledNumber))\s*(s|secs?|seconds?|minutes?|mins?)\b[,;]?\s*(?:then\s+)?(?:please\s+|kindly\s+)?(?:reduce|cut|trim|shorten|bring|get|take)\s+(?:it|that|the video|this|the length|the duration)(?:\s+(?:back\s+)?down)?\s+to\s+(?:exactly\s+)?\1(?:\s*(?:s|secs?|seconds?|minutes?|mins?)\b)?(?:\s+(?:please|pls))?(?:[,;.]?\s*(?:and\s+)?(?:otherwise|if not|else)[,]?\s+(?:please\s+)?(?:leave|keep)\s+it(?:\s+(?:as it is|as is|alone|unchanged|the way it is|be))?)?"#, "keep it at most $1 $2"),
                // "put c.png first... or a.jpg last? no, just swap a.jpg and c.png": options wondered about out loud, then the
                // one decided ("no, just …") is the request (both options were made too).
                (#"^[^?]*\bor\b[^?]*\?+\s*(?:(?:no|nah|nope|hmm+|actually|ok|okay)[,.!…]*\s+)+(?:just\s+)?(?=[a-z])"#, ""),
                // "In the event that background music is present, please remove it in its entirety": the music removed (when there
                // is none, the answer says so); it was not understood.
                (#"\b(?:if|in the event that|in case|should there be|where)\s+(?:there (?:is|'s) )?(?:any |the )?(?:background )?(?:music|song|soundtrack|bgm)(?: track)?(?: (?:is|exists))?(?: (?:present|there|on|playing|in (?:it|the video)|on (?:it|the video)))?,\s*(?:then )?(?:please |kindly |pls )?(remove|delete|drop|mute) it(?: (?:in its entirety|entirely|completely|altogether|fully))?"#, "$1 the music"),
                // "With the exception of b.mp4, please ensure that each visual element is displayed for 5 seconds": the request,
                // then the file left out (read apart, "with the exception of b.mp4" was not understood).
                (#"(?:^|(?<=[.!?]\s))\s*(?:with the exception of|except for|apart from|other than|excluding)\s+([\w-]+\.(?:jpe?g|png|heic|webp|gif|mp4|mov|m4v|webm)),\s*([^.!?]+)"#, "$2 except $1"),
                // "The audio file, corporate_theme.mp3, shall serve as background music": that file as the music.
                (#"\bthe (?:audio|sound|music|song) file,?\s+([\w-]+\.(?:mp3|wav|m4a|aac|ogg|flac|opus)),?\s+(?:shall|should|will|is to|must|can|may|is going to) (?:serve|be used|act|function|play) as (?:the )?(?:background )?(?:music|soundtrack|audio|track)\b"#, "use $1 as background music"),
                // "Could you trim that first second off, please?" (of clip 2), "cut those first 2 seconds off of it": the start cut
                // off, as "trim the first second off clip 2" (not understood).
                (#"\b(trim|cut|chop|snip|take) (?:that|this|those|these) (first|opening|last|final) ((?:\d+(?:\.\d+)? )?(?:seconds?|secs?|s)) off of\b"#, "$1 the $2 $3 off"),
                // "Lovely. And please make sure it keeps playing right to the end of the video" (said of the music): it plays to the end.
                (#"\b(?:make sure|ensure|check) (?:that )?(?:the (?:music|song|soundtrack|track)|it) (?:keeps playing|keeps going|plays|continues(?: playing)?|goes on|runs|lasts)(?: (?:right|all the way))? (?:to|until|till|through to) the (?:very )?end(?: of the (?:video|clip|slideshow))?\b"#, "let the music play until the end"),
                // "The title is wrong, kindly change to 'Salamat, Night Shift!'": the title's words changed (not understood).
                (#"\bthe (title|caption|end ?card|text) (?:is|'s|was) (?:(?:all|totally|completely) )?(?:wrong|incorrect|not right|misspelled|misspelt|a mistake|off)[,.;!]*\s*(?:(?:please|kindly|pls|can you|could you)\s+)*(?:change|correct|fix|update|set|make) (?:it )?to\b"#, "change the $1 to"),
                // "remove the title" then "actually I want a title back, but saying 'Our Day'": a title again, with those words.
                (#"\b(?:i (?:want|need|would like|'d like)|(?:(?:please|can you|could you)\s+)?(?:bring|put|add)) (?:a|the|my) (title|caption) back(?: in)?,? (?:but )?(?:saying|that says|reading|which says|with the words?|with the text|with)(?:\s+(?=\S)|\s*$)"#, "add a $1 "),
                // "place c.png at the commencement of the sequence, and a.jpg thereafter, with b.mp4 at the conclusion": the order.
                (#"\b(?:at|to) the (?:very )?(?:commencement|outset|start|beginning|front) of the (?:sequence|video|timeline|slideshow|order|line-?up)\b"#, "first"),
                (#"(?<=\bfirst),?\s+(?:and\s+)?([\w-]+\.(?:jpe?g|png|heic|webp|gif|mp4|mov|m4v|webm))\s+(?:thereafter|after that|afterwards|next|second)\b,?\s+(?:and\s+|with\s+)?([\w-]+\.(?:jpe?g|png|heic|webp|gif|mp4|mov|m4v|webm))\s+(?:at the (?:very )?(?:conclusion|end|close|finish)(?: of the (?:sequence|video|timeline|slideshow))?|last|thereafter)\b"#, ", then $1, then $2 last"),
                // "the music should commence at the 3-second mark and should not continue beyond the eighth second": where it stops.
                (#"(?<=\b(?:music|song|soundtrack|track)\b.{0,80})\b(?:should|must|shall|may|need) not (?:continue|play|go on|run|last|extend|carry on|keep (?:going|playing)) (?:beyond|past|after|longer than) (?:the )?(\d+)(?:st|nd|rd|th)?[- ]second(?: mark)?\b"#, "stop at $1 seconds"),
                // "make the first photo 6 seconds, no wait, 5", "fade out at the end 2 seconds. no, 3.": the number said last, in
                // the unit of the first (the unit was lost with the first number, or "no, 3" was not read and 2 s was made).
                (#"(?<![\w.])\d+(?:\.\d+)?\s*(s|secs?|seconds?|%|percent)[,.]?\s+(?:no,? wait|wait,? no|no no|i mean|sorry,? i mean|scratch that|or rather|make that|no|nope|nah|actually|sorry)[,.!]*\s+(\d+(?:\.\d+)?)(?=\s*(?:[.!,;]|$))"#, "$2 $1"),
                // ("speed up b.mp4 2x no 1.5x", "music 50% nah 30%": a bare "no" between two amounts of one kind too.)
                (#"(?<![\w.])\d+(?:\.\d+)?\s*(?:s|secs?|seconds?|%|percent)?[,.]?\s+(?:no,? wait|wait,? no|no no|i mean|sorry,? i mean|scratch that|or rather|make that)[,.]?\s+(?=\d)"#, ""),
                (#"(?<![\w.])\d+(?:\.\d+)?\s*(x|%|percent|s|secs?|seconds?)[,.]?\s+(?:no|nope|nah|actually|sorry)[,.!]?\s+(?=\d+(?:\.\d+)?\s*\1\b|\d+(?:\.\d+)?\s*\1(?!\w))"#, ""),
                // "slow zoom in on the photos, ken burns style": the zoom's name, said after it (it zoomed every clip too).
                (#"(?<=\bzoom.{0,60})[,;]?\s*(?:(?:in|with|like) (?:a |the |those |that |one of those )?)?ken ?burns(?:[- ](?:style|effect|like|type|look|things?|stuff|ones?|effects|videos?))?(?: (?:please|pls))?(?=\s*[.!]*$|\s*[,;.])"#, ""),
                // "c.png first then a.jpg then b.mp4": the whole order, file by file (read as three moves, the middle lost).
                (#"(?:^|(?<=[.!?;]\s))\s*(?:(?:please|kindly|pls)\s+)?(?:(?:put|place|have|make it|order(?: it)?|start with)\s+)?([\w-]+\.(?:jpe?g|png|heic|webp|gif|mp4|mov|m4v|webm))(?: first| 1st)?,?\s+(?:and )?(?:then|followed by|next|after that|>|->|→)\s+([\w-]+\.(?:jpe?g|png|heic|webp|gif|mp4|mov|m4v|webm)),?\s+(?:and )?(?:then|followed by|next|after that|and (?:finally|lastly|last)|finally|lastly|>|->|→)\s+([\w-]+\.(?:jpe?g|png|heic|webp|gif|mp4|mov|m4v|webm))(?:\s+(?:last|at the end))?(?=\s*(?:[.!,;]|please|pls|$))"#, "put them in this order: $1, $2, $3"),
                // "take out the fancy fading between the pictures": the transitions, named by what they do.
                (#"\b(?:(?:fancy|little|soft|slow|blurry|swirly|dissolving) )*(?:fading|blending|dissolving|fade effects?|fading effects?|blurring|swooshing) (?:in )?between (?:the |each |every |all the )?(pictures|photos|pics|clips|slides|images|shots|scenes)\b"#, "transitions between the $1"),
                // "the music should stop a little earlier please, at 8 seconds": the time said is where (the comparison only
                // says which way).
                (#"\b(stops?|ends?|finish(?:es)?|starts?|begins?|comes? in|kicks? in|fades? out|fades? in)( (?:playing|fading))? (?:a (?:little|bit|tad|touch) |slightly |much |way )?(?:earlier|sooner|later)(?: (?:please|pls))?,?\s+(?=(?:at|around|by|from) (?:about |around )?\d)"#, "$1$2 "),
                // "make the brightness a little higher", "turn the contrast down a bit": that level, up or down.
                (#"\b(?:make|turn|put|set|bump|push|have|get) (?:the )?(brightness|contrast|saturation)( a (?:little|bit|tad|touch)| slightly| much| way)? (?:higher|up|more|stronger)\b( a (?:little|bit|tad|touch)| slightly)?"#, "increase the $1$2$3"),
                (#"\b(?:make|turn|put|set|bring|have|get) (?:the )?(brightness|contrast|saturation)( a (?:little|bit|tad|touch)| slightly| much| way)? (?:lower|down|less|weaker)\b( a (?:little|bit|tad|touch)| slightly)?"#, "lower the $1$2$3"),
                // "make the colours a bit less intense, more muted and calm": less saturated (never the sound muted).
                (#"\b(?:make |have |get )?(?:the )?colou?rs? (a bit |a little |slightly |much |way )?(?:less (?:intense|vivid|saturated|strong|loud|bright|punchy|poppy|garish)|more (?:muted|subdued|desaturated|washed[- ]out|pastel|faded|understated))\b(?:,? (?:and )?(?:more )?(?:muted|subdued|calm|calmer|soft|softer|gentle|gentler|subtle|understated)(?: and (?:more )?(?:muted|calm|calmer|soft|softer|gentle|gentler|subtle|relaxed|relaxing))?)?"#, "lower the saturation $1"),
                // "the music is distracting for my students": too loud, said by what it does.
                (#"\b(music|song|track|bgm|soundtrack)( is| feels| seems|'s)? (?:(?:a bit|a little|way|so|really|very|kind of|kinda|rather|quite) )?(?:distracting|overwhelming|intrusive)\b"#, "$1$2 too loud"),
                // "whats the current setup on this one", "what's the status": the timeline asked after.
                (#"^\s*(?:(?:so|ok|okay|hey|quick q(?:uestion)?)[,:]? )*what(?:'?s| is)(?: the)? (?:current |present )?(?:setup|set-up|set up|state|status|config(?:uration)?|settings)(?: (?:on|of|for) (?:this(?: one)?|it|the (?:video|project|edit)))?(?: (?:now|right now|currently|at the moment))?\s*\??\s*$"#, "show the timeline"),
                // "take out the little film of the dog (b.mp4)": a thing described, then named by its file: the file.
                // (Not "the transition after clip index 0 (a.jpg)": a thing beside the file, named by it.)
                (#"\b(?:the|that|this|my|our) (?:(?!(?:transitions?|titles?|captions?|texts?|music|songs?|fades?|after|before|between|index|from|to|into|of clip|wipes?|dissolves?|crossfades?|cuts?)\b)[\w'-]+ ){1,6}?\(\s*([\w-]+\.(?:jpe?g|png|heic|webp|gif|mp4|mov|m4v|webm))\s*\)"#, "$1"),
                // "swap the photos? a.jpg should be where c.png is and vice versa": those two, swapped.
                (#"(?:\b(?:can you |could you |please )?(?:swap|switch|exchange|flip) (?:the |my |these |those )?(?:two )?(?:photos|pictures|pics|images|clips|slides)[?.!,]*\s+)?\b([\w-]+\.(?:jpe?g|png|heic|webp|gif|mp4|mov|m4v|webm)) (?:should (?:be|go|sit)|goes|needs to (?:be|go)) where ([\w-]+\.(?:jpe?g|png|heic|webp|gif|mp4|mov|m4v|webm)) is,? (?:and )?(?:vice versa|the other way (?:round|around)|and the other way (?:round|around))"#, "swap $1 and $2"),
                // "end with a black screen that says Thank you", "can the video end with a black screen saying The End": words
                // on a plain screen that closes the video, an end card.
                (#"\b(?:(?:the )?(?:video|film|movie|slideshow|reel|it) )?(?:end|ends|finish|finishes|close|closes)(?: (?:it|the video|the film|the movie|the slideshow|the reel|things))?(?: off)? (?:with|on) (?:a|an|one) (?:(?:plain|simple|black|dark|blank|white|empty|final|last) )+(?:screen|slide|frame|background|card)\b(?=.{0,12}\b(?:that|which|with|saying|says|reading|reads)\b)"#, "add an end card"),
                (#"\b(?:add|put|show|have) (?:a|an|one) (?:(?:plain|simple|black|dark|blank|white|empty) )+(?:screen|slide|frame)(?: at the (?:very )?end| to (?:finish|close|end)(?: (?:it|the video|with))?)\b(?=.{0,12}\b(?:that|which|with|saying|says|reading|reads)\b)"#, "add an end card"),
                // "the slideshow is too fast", "the photos go by too fast for anyone to take them in", "the pictures change too
                // quickly": each picture shown longer (it slowed every clip's playback). (Beside a length asked for — "make it twice
                // as long; the pictures go by too quickly" — it is that request's reason.)
                (#"^(?!.*(?:\blong|\bslow|\bsec|\bmin|\d))(.*?)\b(?:the |my |our |these |those |all the )?(?:photos|pictures|pics|images|slides|stills|slideshow|photo slideshow)(?: (?:go|goes|went|move|moves|change|changes|flip|flips|flash|flashes|fly|flies|zip|zips|switch|switches|cut|cuts|run|runs)(?: by| past| over)?| (?:is|are|'re|feel|feels|seem|seems))? (?:(?:way|a bit|a little|kind of|kinda|just|really|so|much) )?too (?:fast|quick|quickly|rushed)\b"#, "$1make the photos slower"),
                // "make so the pictures go slower" (broken English), "make it so that the photos stay longer": the change itself.
                (#"\bmake so\b(?= (?:the|my|our|each|every|all|it|they)\b)"#, "make it so"),
                (#"\b(?:make|have|get) it so (?:that )?(?=(?:the |each |every |all (?:the )?)(?:pictures?|photos?|pics?|images?|slides?|stills?)\b)"#, ""),
                // "make the first photo 2 seconds and the last one 6", "a.jpg to 2 seconds and c.png 7": the unit said once, for both.
                (#"\b(\d+(?:\.\d+)?) ?(seconds?|secs?)\b(.{1,40}?\band (?:(?:the )?(?:first|second|third|fourth|fifth|last|final|other|next)(?: (?:one|photo|picture|pic|image|slide|clip|video))?|[\w-]+\.(?:jpe?g|png|heic|webp|gif|mp4|mov|m4v))) (\d+(?:\.\d+)?)(?=\s*[.!]*$)"#, "$1 $2$3 $4 $2"),
                // "delete everything and start again with only c.png", "remove everything except c.png": only that kept
                // (the timeline is not emptied; "remove everything except the music" still is asked about).
                (#"\b(?:delete|remove|clear|erase|scrap|trash|get rid of|take out|throw away|wipe) (?:everything|it all|all of it|all (?:the )?(?:clips|photos|pictures|media|items)),? (?:and |then )*(?:start|begin) (?:again|over|fresh|from scratch) with (?:only|just) "#, "only keep "),
                (#"\b(?:delete|remove|get rid of|take out|drop) (?:everything|all (?:the )?(?:clips|photos|pictures|items)) (?:except|but|apart from|other than|besides) (?=[\w-]+\.(?:jpe?g|png|heic|webp|gif|mp4|mov|m4v)\b)"#, "only keep "),
                // "make picture c.png first", "put the photo a.jpg last": the file named.
                (#"\b(make|put|move|place|have|set) (?:the )?(?:picture|photo|pic|image|video|clip|file) (?=[\w-]+\.(?:jpe?g|png|heic|webp|gif|mp4|mov|m4v)\b)"#, "$1 "),
                // Courtesy that only wraps the request.
                (#"\b(?:i'?m (?:so )?sorry|sorry|i'?m not sure how to (?:say|put) (?:this|it)|not sure if this is possible)\b[,!.]*(?:\s*but\b)?"#, " "),
                // "Does Reel do 4K?", "can Reel listen to what I say": the app by its name, never Instagram Reels (it made the video vertical).
                (#"\b(does|do|did|can|could|will|would|is|should|if|whether|with|in|of|using|use|have|let|get|ask|tell|does not|doesn'?t|can'?t|cannot|won'?t) reel\b(?!s)(?!['’]s? (?:video|vid|format|size|ratio|version|style|edit|cut))(?! (?:video|vid|format|size|ratio|version|style|edit|cut|length|template)s?\b)"#, "$1 the app"),
                (#"^(?:\s*(?:so|and|but|ok|okay)[,]?)?\s*reel(?:['’]s)? (?=(?:can|can'?t|cannot|does|doesn'?t|will|won'?t|supports?|handles?|has|have|listens?|knows?|understands?)\b)"#, "the app "),
                // A greeting opens a sentence; "the writing Hello" later on names a text.
                (#"(?:^|(?<=[.!?,;]))\s*(?:hi|hello|hey)\b(?: there\b| team\b| reel\b| dear\b| love\b)?[,!.]*"#, " "),
                // "the music is to loud can you make it more quite": a request run on after its reason starts anew.
                (#"(?<=[a-z0-9%])\s+(?=(?:could|can|would|will) you\b)"#, ", "),
                // "make the pictures stay on longer they go by to fast": the reason run on after the request (never "mute its
                // sound", where "its" is whose).
                (#"(?=\s)(?<=[a-z])(?<!\b(?:like|that|when|if|because|cause|as|so|and|but|while|where|how|what|until|before|after|make|let|have|see|since|think|guess|feel))\s+(?!(?:it'?s|its) (?:go|look|seem|feel|sound)\b)(?=(?:they|it'?s|its|that'?s|thats) (?:go|goes|are|is|look|looks|seem|seems|feel|feels|sound|sounds|way|too|to|so|kinda|really|well|proper|dead|bare|super|pretty|just|literally|lowkey|mega|the one|the bit|the part|a bit|kind of|sort of|not (?:good|great|nice|right|working))\b)"#, ", "),
                // "its too long tbh", "its too long ngl", "the video is way too short": said alone, a shorter (longer) video (not understood).
                (#"^\s*(?:(?:ugh|hmm|ok|okay|honestly|tbh|bro|so|yeah|but)[,!.]*\s+)*(?:it'?s|its|it is|the (?:video|vid|reel|whole thing) is|this is|that'?s|thats) (?:still |now |just |way |much |a bit |a little |kinda |kind of |slightly |definitely )*too long(?:\s+(?:tbh|ngl|fr|no cap|lol|lmao|haha|bro|mate|rn|now|still|honestly|imo|for me|for (?:insta|instagram|tiktok|reels|stories)))*\s*[.!]*\s*$"#, "make it shorter"),
                (#"^\s*(?:(?:ugh|hmm|ok|okay|honestly|tbh|bro|so|yeah|but)[,!.]*\s+)*(?:it'?s|its|it is|the (?:video|vid|reel|whole thing) is|this is|that'?s|thats) (?:still |now |just |way |much |a bit |a little |kinda |kind of |slightly |definitely )*too short(?:\s+(?:tbh|ngl|fr|no cap|lol|lmao|haha|bro|mate|rn|now|still|honestly|imo|for me|for (?:insta|instagram|tiktok|reels|stories)))*\s*[.!]*\s*$"#, "make it longer"),
                // "delete everything after seven seconds": the video ends there (it was refused as emptying it).
                (#"\b(?:delete|remove|cut|drop|chop|trim|lose|get rid of)(?: off| out)? (?:everything|all|the rest|anything)(?: (?:that comes|that'?s|that is))? (?:after|past|beyond) (?:the )?((?:\d+(?:\.\d+)?|\#(Numbers.spelledNumber)) ?(?:s|secs?|seconds?))(?: mark)?\b"#, "end the video at $1"),
                // "banish c.png from this realm", "vanquish the title": remove it, in a storyteller's words (not understood).
                (#"\b(?:banish|vanquish|exile)\s+(?=(?:the|that|this|those|these|it|them|clip|photo|pic|[\w-]+\.\w{2,4})\b)"#, "remove "),
                (#"(?<=\bremove\s(?:the |that |this )?[\w.-]{1,40})\s+from (?:this|the|my|our) (?:realm|kingdom|land|world|tale|story|campaign|lands)\b"#, ""),
                // "Pour the last image first": a sommelier's "put".
                (#"\bpour (?=(?:the|that|this|[\w-]+\.(?:jpe?g|png|heic|webp|gif|mp4|mov|m4v|webm))\b[^.,;]{0,40}\b(?:first|last|next|second|third)\b)"#, "put "),
                // "reckon the music's bloody loud mate, turn it down a notch": an Australian's "I think", "really" and "mate".
                (#"^(?:\s*(?:i )?reckon,?\s+)(?=(?:the|it|this|that|we|you|they|my)\b)"#, ""), (#"\bbloody\s+(?=(?:loud|quiet|long|short|slow|fast|dark|bright|big|small|good|great|awful|terrible)\b)"#, "really "),
                (#",?\s+(?:mate|cobber|bro|champ)\b(?=\s*(?:[,.!?]|$))"#, ""),
                // "The music should end when the final image arrives, at six seconds", "come in when the jars show up, about 6
                // seconds in": the moment said is when (what shows then only says why; it was asked what should happen).
                (#"\b(start|begin|come in|kick in|end|stop|finish|fade out|fade in|cut out)(s?) when (?:the |my |our )?[\w' ]{1,40}? (?:arrives?|appears?|shows? up|show up|comes? (?:in|up|on)|starts?|begins?|ends?|goes|finishes|is shown|are shown),?\s+(?:(?:at|around|about|roughly|by|at about|at around)\s+)+(?=\#(Numbers.amount)[ -]?(?:s|secs?|seconds?)\b)"#, "$1$2 at "),
                (#"(?<=\bat )(\#(Numbers.amount)[ -]?(?:s|secs?|seconds?)) in\b(?=\s*(?:[.,;!]|$))"#, "$1"),
                // "a dissolve, one and a half seconds": how long the transition just named lasts (clip 1 was cut to 1.5 s).
                (#"\b(?:an?|the) (dissolve|crossfade|cross-fade|fade|wipe|transition)\s*[,—–-]+\s*((?:about |around |maybe |say )?\#(Numbers.amount)(?:[ -]and[ -]a[ -]half)?[ -]?(?:s|secs?|seconds?|ms|milliseconds?))(?=\s*(?:[.,;!]|$|each|long))"#, "$1 $2"),
                // "Compose, if you would, …", "Pour the last image first, if you please": courtesy.
                (#",?\s*\bif you (?:please|would|will|don'?t mind|could)\b\s*,?"#, " "),
                // "duplicate the beauty shot c.png so it's at the start too": the copy goes there (it stayed beside the original).
                (#"\b(duplicate|copy|dupe|repeat)\b((?:[^.;!?]|\.(?=\w)){1,60}?),?\s+so (?:that )?(?:it'?s|it is|it'?ll be|it will be|there'?s one|one is|a copy is|the copy is)(?: also)? (at the (?:very )?(?:start|beginning|front|end)|first|last)(?: too| as well| also)?\b"#, "$1$2 $3"),
                // "music should come in after the title, at 3 seconds, and fade out over the last 2 seconds": both, each its own
                // request (the fade was lost).
                (#"(\b(?:start|starts|begin|begins|come in|comes in|kick in|kicks in)\b[^.;]{0,60}?\bat \d+(?:\.\d+)? ?(?:s|secs?|seconds?))\s*,?\s+and (?:then )?fade (?:it |the music |the song )?out\b"#, "$1. fade the music out"),
                // "make video 30 sec fiddle music": the length, then the music by what it is (the length was lost).
                (#"(\b(?:make|create|do|build)\b[^.;]{0,30}?\b\d+(?:\.\d+)? ?(?:s|secs?|seconds?)) (?=[a-z][\w-]* (?:music|song|track|tune)\b)"#, "$1 with "),
                // "brand.png on the end 3 sec": that file put there, for that long (not understood).
                (#"^\s*([\w-]+\.(?:jpe?g|png|heic|webp|gif|mp4|mov|m4v|webm))\s+(?:on|at) the (end|start|beginning)\s*,?\s*(?:for\s+)?(\d+(?:\.\d+)?\s*(?:s|secs?|seconds?))\s*([.!]*)\s*$"#, "put $1 at the $2 for $3$4"),
                // "MAKE THE PICTURES STAY LONGER I CANT SEE THEM": why, run on after the request.
                (#"(?i)(\bstay(?:s)? (?:on |up )?(?:screen )?longer)\b,?\s+(?:(?:i|we|grandma|nana|grandpa|people|they|you)\s+)?(?:can'?t|cant|cannot|couldn'?t) (?:see|read|look at|make out|follow) (?:them|it|anything|the \w+)(?: (?:properly|well|at all|in time|clearly))?\b"#, "$1"),
                // "bull first" (bull_lot7.jpg): a picture said by a word of its name, put first or last.
                (#"^\s*(?!(?:the|it|that|this|them|music|song|title|caption|text|fade|fades|transitions?|video|clip|photo|picture|pic|one|everything|all|me|you|safety|quality|audio|sound)\b)([a-z][\w-]{2,30}) (first|last)\s*([.!]*)\s*$"#, "put $1 $2$3"),
                // "bin the second clip": remove it.
                (#"\bbin (?=(?:the|that|this|those|these|it|them|clip|photo|pic|[\w-]+\.\w{2,4})\b)"#, "remove "),
                // "take the filter off again", "take that effect off": no look.
                (#"\btake (?:the |that |this |my )?(?:colou?r )?(?:filter|look|effect|grade|tint)s? (?:off|away|out)\b(?: again)?"#, "remove the look"),
                // "Would it be possible to have the second item removed?", "I'd like to get the music taken out": the request.
                (#"\b(?:(?:would|could|will) it be possible (?:for you )?to|(?:i'?d|i would|we'?d|we would) like to|(?:can|could) (?:you|we|i)|i want to|we want to|please) (?:have|get) ((?:the |that |this |my |our |clip |photo |item )[\w .'-]{1,40}?) (?:removed|deleted|taken out|taken off|cut out|dropped)\b"#, "remove $1"),
                // "Could it end on a card with my handle @ashandember.ceramics": an end card with the handle.
                (#"\b(?:(?:could|can|would|should) (?:it|the video|we|you) |please |pls )?(?:end|finish|close) (?:it |the video )?(?:on|with) (?:a |an )?(?:end ?)?(?:card|screen|slide|frame)(?: (?:with|showing|that shows|saying|that says))? (?:my |our )?(?:(?:insta(?:gram)?|ig|tiktok|twitter|x) )?(?:handle|username|account|tag|name|page)?:?\s*(@[\w.]*\w)"#, "add an end card saying \"$1\""),
                // "Place c.png at position 1": move it there.
                (#"\bplace ([\w-]+\.(?:jpe?g|png|heic|webp|gif|mp4|mov|m4v|webm)) (?:at|in|into|to) (?:position|slot|place) (\d+)\b"#, "move $1 to position $2"),
                // "the music should stop at 8 seconds because that's when the narration ends": the reason for that moment, run on.
                (#"(?<=[a-z0-9])\s+(?=(?:because|cause|cuz|since|as) (?:that'?s|thats|that is|this is|it'?s) (?:right |exactly |just )?(?:where|when) )"#, ", "),
                // "take him out, he's b.mp4", "remove her, she is c.png": the one said, by the file named after.
                (#"\b(take|cut|remove|delete|drop)( out)? (?:him|her|them|that one|this one)( out)?[,;.!]*\s+(?:he|she|they|that|this|it)(?:'s|’s| is| are|'re) ([\w-]+\.(?:jpe?g|png|heic|webp|gif|mp4|mov|m4v|webm))\b"#, "$1$2$3 $4"),
                // "turn the beat up", "fade the beat out the last 2 sec", "loop the track", "crank the waltz": the music, by what it
                // is (not understood). Not a sound file named so ("loop beat.mp3"), nor "drop the beat".
                (#"\b(turn|crank|pump|bump|fade|loop|lower|raise|boost|mute|unmute|quieten|soften|duck|dip|repeat|stop|end|cut|kill|remove|swap|replace|change|bring|keep|shorten|trim)( (?:up|down|out|in|back))? (the|my|our|that|this) (?:beat|beats|track|tune|waltz|tango|ballad|lullaby|hymn|anthem|jingle|instrumental|melody|score|remix|banger|bop|jam|phonk|lofi|lo-fi)\b(?![\w-]*\.(?:mp3|wav|m4a|aac|ogg|flac)\b)(?! (?:drop|name|title|list|number|of the)\b)"#, "$1$2 $3 music"),
                // "the waltz is a bit quiet", "the beat should come in later": the music, said of by what it is.
                (#"\b(the|my|our|that|this) (?:beat|beats|waltz|tango|ballad|lullaby|hymn|anthem|jingle|instrumental|melody|score|banger|bop|phonk|lofi|lo-fi|tune)\b(?= (?:is|'s|’s|feels|seems|sounds|should|needs to|must|could|can|has to|isn'?t|is not|was)\b)"#, "$1 music"),
                // "crank the music", "crank it up": louder (not understood); "crank music to 80%" is a level.
                (#"\bcrank(?:s|ing)? (?:up )?(the (?:music|song|volume|sound|audio|bgm|soundtrack)|it)(?: up)?\b(?! (?:to|down)\b)"#, "turn $1 up"),
                // "The music should only play under the intro photo. Stop it at 3.5 seconds": "it" is the music.
                (#"\b(music|song|soundtrack|bgm)\b([^.!?;]{0,80}[.!?;]\s+)(stop|end|cut|fade|kill)( out)? it (at|after|by|around) "#, "$1$2$3$4 the music $5 "),
                // "stop it at 3.5 seconds when the first performance starts": the moment, said with what happens then.
                (#"(\b(?:at|after|by|around) \d+(?:\.\d+)?\s*(?:s|secs?|seconds?))\s+(?:when|where|as|once|right when|just as) (?:the |my |our |her |his |their )?(?:[\w'’-]+ ){0,4}?(?:starts|begins|ends|comes in|kicks in|appears|finishes|happens|shows up)\b"#, "$1"),
                // "the beat should kick in at 5 seconds": the music's beat, coming in at a moment.
                (#"\b(?:the|my|our) beat(?=(?: (?:should|must|needs to|has to|will|to|can|could))? (?:kick|kicks|come|comes|start|starts|begin|begins)(?: in)? (?:at|after|from) (?:about |around |roughly )?(?:the )?\d)"#, "the music"),
                // "fade away at the end, over about 4 seconds, rather than stopping all of a sudden": the fade, said against a hard stop.
                (#"(?<=\bfad\w{0,4}\b.{0,80}),?\s+(?:rather than|instead of) (?:just )?(?:stopping|ending|cutting (?:off|out)|dying|dropping (?:off|out))(?: (?:all of a sudden|suddenly|abruptly|dead|so (?:suddenly|abruptly)|like that))?(?=\s*[.!?]*\s*$)"#, ""),
                (#"\b(?:would|do) you mind\s+"#, " "),
                // "undo" then "back to 40": the length (or level) it was, said as a bare number.
                (#"^\s*(?:(?:ok|okay|no|nah|actually|hmm+|um+)[,.!]?\s+)*(?:go |put it |set it |change it |make it |take it |bring it )?back to (\d+(?:\.\d+)?)\s*(s|secs?|seconds?|%|percent)?\s*(?:please|pls)?[.!]*$"#, "make it $1 $2"),
                // "make the title text bigger, like 140": that size.
                (#"\bmake (the (?:title|caption|end card|text|subtitle))(?: text| font| words| lettering)? (?:bigger|larger|smaller)\s*,?\s*(?:(?:like|say|about|around|maybe|to|at|perhaps|(?:font |text )?size)\s*)*(\d{2,3})\s*(?:px|pt|pixels?|points?)?(?:\s*,?\s*if (?:that|it|this)(?:'?s| is) (?:at all )?possible)?(?=\s*[.!]*$)"#, "set $1 size to $2"),
                // "the background music does not begin until 3 seconds into the video": it starts then.
                (#"\b(?:ensure |make sure )?(?:that )?(?:the )?(?:background )?(?:music|song|track|soundtrack)(?: should| must| will)? (?:does ?n[o']t|do(?:es)? not|should ?n[o']t|shall not|must not|won'?t|will not) (?:begin|start|come in|kick in|play)(?: playing)? (?:until|till|before) (?:the )?(\d+(?:\.\d+)?) ?(?:s|secs?|seconds?)\b(?: (?:into|in) (?:the )?(?:video|film|clip))?"#, "start the music at $1 seconds"),
                // "i spelled the title wrong its supposed to be 'Hamlet (ish)'", "typo in the caption, it should read '…'": new words for it.
                (#"(?i)(?:\b(?:i|we|you) (?:spelled|spelt|misspelled|misspelt|typed|wrote|got)(?: the| my)? (title|caption|end card|subtitle)(?: text)?(?: (?:wrong|wrongly|incorrectly))?|\b(?:there'?s |there is )?(?:a )?typo in (?:the |my )?(title|caption|end card|subtitle)|\b(?:the |my )?(title|caption|end card|subtitle) (?:is |was )?(?:spelled|spelt|written) (?:wrong|wrongly|incorrectly))[,.;:!]*\s*(?:(?:it'?s|its|it is|it was|it)\s+)?(?:supposed to (?:be|say|read)|meant to (?:be|say|read)|should (?:be|say|read)|needs to (?:be|say|read))\s*$"#, "the $1$2$3 should be "),
                // "Put the vows clip in too, right after the first photo": where it goes, said after a comma, is the same request's.
                (#"(?i)\b((?:put|add|stick|throw|pop|drop|include|insert|slip)\b(?:[^,;.!?]|\.(?=\w)){1,40}?\b(?:in too|in as well|in also|in|too|as well)),\s+((?:right |just |directly |immediately )?(?:after|before) (?:the |clip |photo |picture |[\w-]+\.[a-z0-9]{2,4}\b))"#, "$1 $2"),
                // "each picture five seconds, with no fancy effects between them": no transitions (never "no effects" on the pictures).
                (#"(?i)\b(?:with )?(?:no|without(?: any)?) (?:fancy |special |flashy |fussy |big )?effects? (?:between|in between) (?:them|each|the (?:photos|pictures|pics|images|slides|clips|shots))\b"#, "with no transitions"),
                // "cut 1 second from each photo", "take half a second off every picture": each that much shorter (never each 1 s long).
                (#"(?i)\b(?:cut|take|shave|trim|knock|chop|remove)(?: off)? (\d+(?:\.\d+)?|one|two|three|half a) ?(s|secs?|seconds?) (?:off|from|off of|out of) (each|every|all the|all of the|all) (photo|picture|pic|image|still|slide)s?\b"#, "make $3 $4 $1 $2 shorter"),
                // "kill the clip audio, just want the song": why, never another request.
                (#",?\s*(?:i )?(?:just|only) (?:want|need) (?:to hear )?(?:the |our |my )?(?:song|music|track|soundtrack)\b"#, " "),
                // "with no change to the order of the images": the order kept.
                (#"\b(?:with )?(?:no |without (?:any )?)change(?:s)? (?:to|in) the order(?: of (?:the )?\w+)?\b"#, "keep the order"),
                // "keep its duration at 3000ms": its length as it is (the "at" read as a start).
                (#"\b(?:keep|leave) (?:its|the|their) (?:duration|length) (?:at|as|to|on) (\d+(?:\.\d+)?\s*(?:ms|s|seconds?))\b"#, "for $1"),
                // "The piano music should play quietly underneath, at 15 percent throughout": that level.
                (#"\b(music|song|track|soundtrack)(?: should| will| must| can)? play (?:quietly|softly|low|gently|quiet|soft)(?: underneath| under(?:neath)? (?:it|everything|the video)| in the background)?,?\s*(?:at )?(\d+(?:\.\d+)?)\s*(%|percent|per cent)"#, "$1 at $2 percent"),
                // "use DJI_0044 only, trimmed from 0:12 to 0:20": the part of the clip that plays.
                (#"(?:^|(?<=[,;]))\s*(?:and )?(?:trimmed|cut|clipped) (?=(?:from|between) \d)"#, " start it "),
                // "make it punchier, hard cuts …": the reason for the changes said next.
                (#"^\s*(?:make it|let'?s make it|it should be|needs to be) (?:a (?:bit|little|lot) )?(?:punchier|snappier|tighter|more punchy|more exciting|more dynamic|more energetic)\s*[,;:]\s*(?=\S)"#, " "),
                // "can the pictures stay on longer it goes to fast for me": the reason run on after the request.
                (#"(\bstay(?:s)? (?:on |up )?(?:screen )?longer),? (?:it|they|that)(?:'s| is| are| goes| go) (?:way )?(?:too|to|so) (?:fast|quick|short)(?: for (?:me|us|them|him|her))?"#, "$1"),
                // "take away the fading between the pictures": the transitions.
                (#"\bthe fading (?=between|from one)"#, "the fades "),
                // "add 2 seconds to the title", "give the caption 2 more seconds": that much longer (it set the title to 2 s);
                // "give the title 5 seconds on screen", "put 3 seconds on the title" stay its length.
                (#"\b(?:add|tack on) (?:another |an extra )?(\d+(?:\.\d+)?) ?(?:more |extra )?(s|secs?|seconds?)(?: more| extra)? (?:to|onto|on) (the|my|that|this) (title|caption|end ?card|subtitle|lower third)\b"#, "make $3 $4 $1 $2 longer"),
                (#"\bgive (the|my|that|this) (title|caption|end ?card|subtitle|lower third) (?:another (\d+(?:\.\d+)?) ?|(\d+(?:\.\d+)?) ?(?:more|extra) )(s|secs?|seconds?)\b"#, "make $1 $2 $3$4 $5 longer"),
                // "cut the rail clip from 3 to 6 seconds": the part of that clip that plays (it trimmed it to 6 s long).
                (#"\b(?:cut|trim|clip) (the [\w' -]{1,30}? (?:clip|video|footage)|clip \d+|[\w-]+\.(?:mp4|mov|m4v|webm)) (?:from|between) (\d+(?:\.\d+)?) ?(?:s|secs?|seconds?)? (?:to|and|-|until|till) (\d+(?:\.\d+)?) ?(?:s|secs?|seconds?)\b"#, "play $1 from $2 seconds to $3 seconds"),
                // "a litle bit louder but not to loud": a limit on the change, never a second one the other way.
                (#",?\s*but not (?:too|to|2|overly|that|so) (?:loud|quiet|soft|long|short|fast|slow|big|small|bright|dark)\b"#, ""),
                // "make the pictures not move around, the zooming makes me dizzy": no movement (it added a slow zoom).
                (#"\b(?:make|have|let|can) (?:the |my |all the )?(pictures|photos|pics|images|slides|stills|it|them) (?:not|stop|never) (?:move|moving|zoom|zooming|pan|panning)(?: around| about)?\b"#, "no zoom on the $1"),
                (#"\b(?:the )?(?:zoom(?:ing)?|movement|moving|motion|panning) (?:makes|is making|gives|made) (?:me|us|people|viewers|my \w+) (?:dizzy|sick|nauseous|queasy)\b"#, "no zoom"),
                // "I'm disabling the Ken Burns motion on all stills": off, as an agent says what it does.
                (#"\b(?:disabl(?:e|ing)|turn(?:ing)? off|switch(?:ing)? off|remov(?:e|ing)) (?:the )?ken ?burns(?: effect| motion| zoom)?\b"#, "no zoom"),
                // "can the pictures go slower": each picture on screen longer (it slowed every clip to half speed).
                (#"\b(?:the |my |all the )?(pictures|photos|pics|images|slides|stills) (?:go |move |change |switch |flip )?(?:by )?(?:a (?:bit|little) )?slower\b"#, "the $1 stay longer"),
                // "make the whole thing 35": the video's length, the unit unsaid (as "make it 35").
                (#"\b(make|set|cut|trim|bring) (?:the )?(?:whole thing|whole video|entire thing|entire video|total(?: length)?|overall length)(?: to| down to| up to)? (\d+(?:\.\d+)?)\s*(?:please|pls)?(?=[.!]*$)"#, "$1 the video $2 seconds"),
                // "no the other one, the fade through black": what the other one is, said after it.
                (#"^\s*(?:(?:no|nah|nope|sorry|oops|actually)[,.!]?\s+)*(?:i meant |i mean )?the other (?:one|kind|type|style)\s*[,:—–-]\s*(?=\S)"#, ""),
                // "put the title first", "move the title to the start": when it shows (it added a second title "first").
                (#"\b(?:put|place|move|bring|shift) the (title|caption|end ?card)(?: back)? (?:first|to the (?:very )?(?:start|beginning|front)|at the (?:very )?(?:start|beginning)|up front)\b"#, "show the $1 at the start"),
                // "Set the title text to "Release 2.4" without changing its timing": what stays as it is (it removed the title).
                // (Not "… but don't touch the performance clip b.mp4": a clip kept is its own clause.)
                (#",?\s*\b(?:without|but (?:don'?t|do not)|and (?:don'?t|do not)) (?:changing|change|touching|touch|moving|move|affecting|affect|altering|alter|modifying|modify) (?:its|the|their|any(?: of)?(?: the)?|it'?s) ?(?:\w+)(?: or (?:its |the )?\w+)?\b(?!\s+(?:clip|photo|picture|pic|video|shot|one|[\w-]+\.(?:jpe?g|png|heic|webp|gif|mp4|mov|m4v|webm))\b)"#, ""),
                // "please leave it on the screen for five seconds" (the title just changed): how long that text stays.
                (#"\b(?:leave|keep|have) (it|that|this|them|the (?:title|caption|text|words|end ?card)) (?:up |there )?on(?: the)? screen for\b"#, "make $1 stay on screen for"),
                // "the video is still 2 seconds too long", "it's 3 seconds too short": that much shorter or longer (it cut the video to 2 s).
                (#"\b(?:(?:the (?:whole )?(?:video|vid|thing|edit)|it|this|that)(?:'s| is| runs| comes out)? )?(?:still |now |just |about |like |roughly |around )*(\#(Numbers.amount))\s*(ms|s|secs?|seconds?|minutes?|mins?) too long\b"#, "make the video $1 $2 shorter"),
                (#"\b(?:(?:the (?:whole )?(?:video|vid|thing|edit)|it|this|that)(?:'s| is| runs| comes out)? )?(?:still |now |just |about |like |roughly |around )*(\#(Numbers.amount))\s*(ms|s|secs?|seconds?|minutes?|mins?) too short\b"#, "make the video $1 $2 longer"),
                // "Replace the music with x.wav and loop it to fill the video": the music loops (the words after "it" were not understood).
                (#"\bloop (?:it|that|this)(?: so (?:it|that it)| to)? (?:fills?|covers?|lasts?|runs?)(?: through)? the (?:whole |entire |full )?(?:video|thing|timeline|length)\b"#, "loop the music"),
                // "the intro title disappears too quickly, viewers can't read it", "the caption goes by too fast": that text
                // stays longer (it was not understood, or "can't read it" made the title bigger). Never "shows up too early".
                (#"\b(the (?:[\w'-]+ )?(?:title|caption|end ?card|subtitles?|lower third|text|words))(?: still| just)? (?:disappears?|vanish(?:es)?|goes away|goes by|flashes by|flies by|leaves|is gone|fades(?: out| away)?)(?: way| much| a bit| a little| kinda)? too (?:quickly|quick|fast|soon)\b(?:\s*[,;:-]+\s*(?:so |and )?(?:viewers|people|you|i|we|they|nobody|no one|the audience) (?:can'?t|cannot|can not|couldn'?t|don'?t have time to|do not have time to) (?:read|see|catch) (?:it|them|that|the (?:title|caption|text|words))(?: in time)?)?"#, "$1 needs to stay longer"),
                // "the clip is too slow, speed it up": one request (each was read, and the clip went 2.25x).
                (#"\b(?:the |that |this )?(video|vid|clip|footage|[\w-]+\.(?:mp4|mov|avi|webm|mkv))(?: is|'s) (?:way |far |a bit |kinda |kind of |so |just )?too slow\s*[,;.]?\s*(?:so |please |pls |just |can you |could you )?(?:speed (?:it|that) up|make (?:it|that) faster)\b"#, "speed up the $1"),
                (#"\b(?:the |that |this )?(video|vid|clip|footage|[\w-]+\.(?:mp4|mov|avi|webm|mkv))(?: is|'s) (?:way |far |a bit |kinda |kind of |so |just )?too fast\s*[,;.]?\s*(?:so |please |pls |just |can you |could you )?(?:slow (?:it|that) down|make (?:it|that) slower)\b"#, "slow down the $1"),
                // "the clip is too fast", "b.mp4 is way too slow", "the photos are too short": the change that
                // mends it (not understood); a clip's pace or a picture's time. Never the
                // video's own pace or length ("the video is too slow" may mean its pacing).
                (#"\#(complaintLead)\#(clipPaceSaid)(?: still| kinda| a bit| a little| way| much| just| way)* too (?:fast|quick|rushed)\b"#, "make $1 slower"),
                (#"\#(complaintLead)\#(clipPaceSaid)(?: still| kinda| a bit| a little| way| much| just)* too slow\b"#, "make $1 faster"),
                (#"\#(complaintLead)\#(picturesTimeSaid)(?: still| kinda| a bit| a little| way| much| just)* too (short|quick|fast)\b"#, "make $1 longer"),
                (#"\#(complaintLead)\#(picturesTimeSaid)(?: still| kinda| a bit| a little| way| much| just)* too (long|slow)\b"#, "make $1 shorter"),
                // "I think the music is a little loud", "the song's kinda quiet": too loud / too quiet, said gently.
                (#"\b(the (?:background )?(?:music|song|track|soundtrack|bgm|beat))(?:'s| is| feels| seems| sounds)(?: still)? (?:a (?:little|bit|tad|touch)(?: bit)?|kinda|kind of|pretty|very|quite|rather|really|super|a little too|a bit too) (loud|quiet|soft)\b"#, "$1 is too $2"),
                // "the worship song is kinda blasting", "the music is blaring": too loud, said by how it sounds (not understood).
                (#"\b(the (?:[\w'-]+ )?(?:music|song|track|soundtrack|bgm|beat))(?:'s| is| feels| seems| sounds)(?: still)?(?: (?:a (?:little|bit|tad|touch)(?: bit)?|kinda|kind of|pretty|very|quite|rather|really|super|just|way|totally|absolutely))? (?:blasting|blaring|booming|deafening|ear-?splitting|thumping|pounding|screaming)\b(?! (?:in|at|from) )"#, "$1 is too loud"),
                // "make it 2 seconds shorter but don't touch the performance clip b.mp4", "… but leave b.mp4 alone": what must
                // stay is its own clause, as after a comma (b.mp4 was read as what to shorten, and trimmed to 1 s).
                (#",?\s+but (?=(?:please )?(?:don'?t|do not|never) (?:touch|change|cut|trim|shorten|lengthen|speed up|slow down|alter|edit|modify)\b|(?:keep|leave) (?:the |my |our |that |this )?(?:[\w'-]+ ){0,3}?(?:[\w-]+\.(?:jpe?g|png|heic|webp|gif|mp4|mov|m4v|webm)|clip \d+|photo \d+)\b (?:as (?:it is|is)|alone|untouched|unchanged|the same|intact)\b)"#, ", "),
                // "ugh the music is wayyy too loud", "sooo quiet": a word stretched for stress is the word.
                (#"\bwa+y{2,}\b|\bwa{2,}y+\b"#, "way"), (#"\bto{3,}\b"#, "too"), (#"\bso{3,}\b"#, "so"),
                // "make the music softer & fade it out over 2 sec": "&" before a second request is "and" (the level was lost).
                (#"\s+&\s+(?=(?:fade|make|add|put|set|turn|start|stop|cut|loop|remove|move|change|use|lower|raise)\b)"#, " and "),
                // "I would rather not have any music at all": not wanted (not understood).
                (#"\b(?:i|we)(?:'d| would)(?: much| really)? rather (?:not (?:have|use|include|keep|put in)|(?:go|do) without)\b"#, "i don't want"),
                // "the title should end exactly when b.mp4 begins": when, as said (it moved the title's start to b.mp4).
                (#"\b(?:exactly|precisely|right|just) (?=when\b|as soon as\b)"#, ""),
                // "I'd like the music to finish gently, fading away over the last 4 seconds": a fade out, said once.
                (#"\b(?:finish|end|close|wind down|stop)(?:es|s)? (?:gently|softly|slowly|gradually|smoothly|nicely|peacefully)\s*,?\s*(?:by |and |with it )?(?:fading|fades?|dying|trailing|drifting|floating) (?:away|out|off)\b"#, "fade out"),
                (#"\b(?:finish|end|close|wind down)(?:es|s)? (?:gently|softly|gradually|smoothly|peacefully)\b"#, "fade out"),
                (#"\b(?:fading|dying|trailing|drifting|floating) (?:away|off)\b"#, "fading out"),
                // "let the music rise in slowly over 5 seconds and ebb away over 5 seconds at the end": a fade in and a fade
                // out in other words (it made the video 5 s long).
                (#"\b(?:rise|rises|swell|swells|creep|creeps|drift|drifts|float|floats|ease|eases)(?: (?:slowly|gently|softly|gradually))? in(?: (?:slowly|gently|softly|gradually))?\b(?= (?:over|across|during|for|in)\b| \d)"#, "fade in"),
                (#"\b(?:ebb|ebbs|die|dies|drift|drifts|melt|melts|trail|trails|tail|tails|taper|tapers|peter|peters|slip|slips)(?: (?:slowly|gently|softly|gradually))? (?:away|out|off)\b"#, "fade out"),
                // "background track calm_piano.mp3 at 20%", "bg audio x.wav": that file as the music.
                (#"\b(?:background|bg) (?:track|audio|song|tune|soundtrack)\s+(?=[\w-]+\.(?:mp3|wav|m4a|aac|ogg|flac|opus)\b)"#, "background music "),
                // "only photo use, no video", "no videos, just the pictures", "use only the photos, no videos": the pictures
                // alone, said twice ("no video" was not understood, or removed a second clip). (Not "no video sound":
                // the clips' own sound; not "only the photos black and white": a look.)
                (#"\b(?:no|not|without) (?:the |any )?(?:videos?|vids?|video clips?|movies?|footage)\s*[,;.]\s*(?:(?:use|keep|show) )?((?:only|just) (?:the |my |all the )?(?:photos?|pictures?|pics?|images?|stills?))\b"#, "$1"),
                (#"\b(?:only|just) (?:the |my )?(?:photo|picture|pic|image|still)s? (?:use|used|using|please use)\b"#, "only the photos"),
                (#"\b((?:only|just) (?:the |my |all the )?(?:photos|pictures|pics|images|stills)|(?:photos|pictures|pics|images|stills) only)\s*[,;.]?\s*(?:and |but )?(?:no|not|without) (?:the |any )?(?:videos?|vids?|video clips?|movies?|footage)\b(?! (?:music|sound|audio|song|fades?|fading|transitions?|zoom|length|speed)\b)"#, "$1"),
                // "apply a slight brightness increase to the whole video": brighter (darker), a little.
                (#"\b(?:apply|add|make|do|give (?:it|the video)) an? (?:slight|small|little|subtle|gentle|touch of|bit of) \#(adjusted) (?:increase|boost|bump|lift)\b\#(everywhere)"#, "slightly increase the $1"),
                (#"\b(?:apply|add|make|do|give (?:it|the video)) an? \#(adjusted) (?:increase|boost|bump|lift)\b\#(everywhere)"#, "increase the $1"),
                (#"\b(?:apply|add|make|do|give (?:it|the video)) an? (?:slight|small|little|subtle|gentle|touch of|bit of) \#(adjusted) (?:decrease|reduction|drop|cut)\b\#(everywhere)"#, "slightly decrease the $1"),
                (#"\b(?:apply|add|make|do|give (?:it|the video)) an? \#(adjusted) (?:decrease|reduction|drop|cut)\b\#(everywhere)"#, "decrease the $1"),
                // "make it twice as long, keeping the same clips": the clips as they are, no request of its own.
                (#",?\s*(?:while |but )?(?:keeping|keep|with|using) (?:all )?the same (?:clips|photos|pictures|media|footage|shots)(?: (?:in the same order|as before|as they are))?(?=\s*[.!]?\s*$)"#, ""),
                // "put the phonk on top at 60%", "lay the beat over the clips": the music, under the pictures.
                // (Only a sound said so: "put the dog on top" is the dog picture first.)
                (#"\b(?:put|lay|play|have|throw) (the (?:[\w'-]+ )?(?:track|song|music|beat|beats|audio|tune|jingle|phonk|lofi|lo-fi|instrumental|remix|anthem|melody|soundtrack|bgm|score|edm|techno|house|jazz|piano|guitar|strings|synth|drums|rap|hip ?hop|trap|drill|rock|pop|mp3|wav))(?: (?:track|song|music|beat|audio|tune))? (?:on top|over (?:it|the top|everything|the clips|the video|them))\b"#, "use $1 as the music"),
                // "The user has decided against background music altogether; please remove it.", "we decided not to have a
                // title after all": that thing taken off (not understood), the "remove it" after it the same request.
                (#"\b(?:(?:the|my) user|they|he|she|we|i|the client|my (?:boss|client|wife|husband|mom|mum|dad|partner|team))(?: (?:has|have|now|also|then|finally|ultimately))* decided (?:against|not to (?:use|have|keep|include|add)) (?:the |having |using |any |a |an )?(?:background )?(music|song|soundtrack|title|captions?|subtitles?|transitions?|fades?|end ?card)(?: (?:altogether|after all|entirely|completely|for now))*(?:\s*[;,.]\s*(?:so |and )?(?:please |kindly )?(?:remove|delete|drop|take out|get rid of) (?:it|them|that|those)\b)?"#, "remove the $1"),
                // "we decided to keep the music": kept, as it is.
                (#"\b(?:(?:the|my) user|they|he|she|we|i)(?: (?:has|have|now|also|then|finally))* decided to (keep|leave) (the (?:background )?(?:music|song|soundtrack|title|captions?|transitions?))\b"#, "$1 $2"),
                // "move c.png to front", "put b.mp4 at front": to the start (it was moved to the end, or not understood).
                (#"\b(to|at) (?:the )?front\b(?!\s*(?:door|yard|porch|page|desk|row|garden|of|line|seat|room|window|entrance))"#, "$1 the start"),
                (#"\b(to|at) (start|beginning)\b(?!\s*(?:of|with|from|at|line))"#, "$1 the $2"),
                // "the transitions 0.25 seconds, so it feels snappier": the number is the change; the word says why (it was
                // made snappier again: 0.12 s).
                (#"(\d[^.;]*?),?\s+so (?:that )?(?:it|the video|the whole thing|everything|the cuts|the transitions|they) (?:feels?|looks?|seems?|is|are|gets?)(?: (?:a bit|a little|more|even|much))? (?:snappier|faster|quicker|smoother|slower|cleaner|tighter|punchier|calmer|softer|gentler)\b"#, "$1"),
                // "edit title text: Welcome": the title's words (it added a second title).
                (#"^\s*(?:edit|update|set|change|modify)[ _](title|caption|end ?card)[ _]text\s*[:=]\s*"#, "change the $1 to "),
                // "the sellers hate the ken burns thing", "not a fan of the zoom": no zoom (it turned the zoom on).
                (#"\b(?:hates?|hated|dislikes?|disliked|can'?t stand|(?:do|does|did)n'?t (?:like|want)|not a fan of|sick of|tired of) (?:the |that |this |those |any |all the )?(?:ken ?burns|zoom(?:ing)?|zooms|pan and zoom|slow zoom|zoom effect)(?: (?:thing|stuff|effects?|look|motion))?\b"#, "want no ken burns"),
                // "…, song on top", "music over everything": with the music (not understood).
                (#"(^|,\s*|;\s*|\band\s+|\bthen\s+)(?:the |my |our |a |some )?(song|music|track|beat|tune|soundtrack)s? (?:on top|over (?:it|the top|everything|all of it|them))(?=\s*(?:[.,;!]|$))"#, "$1with the $2"),
                // "both clips, mute their own audio": the clips' own sound.
                (#"\b(mute|silence|kill|turn off|cut) (?:their|its) own (?:audio|sound|noise)\b"#, "$1 the clips' sound"),
                // "start the music at 2 sends in", "each photo 3 secnods": a phone's autocorrect of "secs" after a number is
                // seconds (it set the music to 2 %).
                (#"\b(\d+(?:\.\d+)?) ?(?:sends|sens|secnods|seconsd|secodns|seconfs|seconda|secinds)\b(?= (?:in|later|earlier|long|longer|shorter|each|apiece|of|after|before|into|from|to|and|then|per)\b|\s*[.,;!?)]|\s*$)"#, "$1 seconds"),
                // "three-quarters of a second", "a quarter of a second": as a number.
                (#"\bthree[- ]quarters? of an? (second|sec)\b"#, "0.75 seconds"), (#"\b(?:a|one) quarter of an? (second|sec)\b"#, "0.25 seconds"),
                // "fade the school song in gently over the first 2 seconds": in (it faded the song out).
                (#"\b(fade|fading) ((?:the |my |our )[\w' -]{1,30}?) (in|out|up|down) (?:gently|softly|slowly|smoothly|nicely|gradually|a bit)\b"#, "$1 $2 $3"),
                // "at 3/4 speed", "1/2 speed": that speed.
                (#"\b3/4(?:ths?)? (?=speed\b)"#, "0.75x "), (#"\b1/2 (?=speed\b)"#, "0.5x "), (#"\b1/4(?:th)? (?=speed\b)"#, "0.25x "),
                // "title should drop at 0:01 and hold for 2 seconds": when it comes in (it removed the title), and how long it stays.
                (#"\b(title|caption|text|words|end ?card)\b((?: (?:should|will|to|can|must|needs? to|has to))?) (?:drop|drops|pop|pops|land|lands|hit|hits|slam|slams)(?: in| up)? (?=(?:at|from) )"#, "$1$2 appear "),
                (#"\b(appear (?:at|from) [^,;.]{1,20}?) and (?:hold|holds|stay|stays|linger|lingers)(?: on(?: screen)?)? for "#, "$1 for "),
                // "Set the background music start offset to 1500 ms on the video timeline and its end to 8000 ms": where the music starts and stops.
                (#"\b(?:set )?(?:the )?((?:background )?(?:music|song|track|soundtrack|bgm))(?:'s)? start (?:offset|time|point|position|mark) (?:to|at|=|:)\s*"#, "start the $1 at "),
                (#"\b(start the (?:background )?(?:music|song|track|soundtrack|bgm) at \d+(?:\.\d+)?\s*(?:ms|s|secs?|seconds?))(?: on the (?:video |main )?timeline)? and (?:its|the) (?:end|stop)(?: (?:offset|time|point|position|mark))? (?:to|at|=|:)\s*"#, "$1 and stop it at "),
                // "Title overlay: set display window to 0–4500 ms.": when it shows.
                (#"\b(title|caption|end ?card|text)(?: overlay)?\s*:?\s*(?:set )?(?:its |the )?(?:display|visibility|show|on-?screen) (?:window|range|time|span|interval) (?:to|=|:)\s*(\d+(?:\.\d+)?)\s*(?:ms|s)?\s*(?:-|–|to)\s*(\d+(?:\.\d+)?)\s*(ms|s|secs?|seconds?)\b"#, "show the $1 from $2 $4 to $3 $4"),
                // "title 0-2s", "caption 4 to 8 sec": when it shows, never its words (it changed the title to "0-2s").
                (#"^\s*(?:(?:ok|okay|and|now|then)[,]?\s+)*(?:the )?(title|caption|end ?card|text)\s*:?\s*(?:from )?(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)?\s*(?:-|–|to|until|till)\s*(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)?\s*[.!]*$"#, "show the $1 from $2 to $3 seconds"),
                // "what fps is it set to? make it 60": the number answers the question asked (it made the video 60 s).
                (#"\b(?:what(?:'?s)?|which)\b[^?.!]{0,30}\b(?:fps|frame ?rate|framerate)\b[^?.!]{0,30}[?.!]+\s*(?:(?:ok(?:ay)?|so|then|and|well)[,.]?\s+)*(?:make|set|change|put|switch|bump|turn) it (?:up |down )?(?:to |at )?(\d{2})\b(?! ?(?:s|secs?|seconds?|%|x|ms)\b)"#, "set the frame rate to $1 fps"),
                // "for exactly 4 seconds", "at precisely 2.5 s": the amount as said.
                (#"\b(?:exactly|precisely)\s+(?=\d+(?:\.\d+)?\s*(?:s|secs?|seconds?|ms|mins?|minutes?)\b)"#, ""),
                // "For the caption track, please add "…"": where a caption goes is a caption's (never the title's or the music's track).
                (#"^\s*(?:for|on|in|to) the (?:captions?|subtitles?|texts?) (?:track|layer|lane|row)\s*[,:]\s*"#, ""),
                // "Each should be shown in full", "each must stay 5 s": each one of them.
                (#"\b(each|every one)(?= (?:should|must|will|can|needs? to|has to|is to|shall)\b)"#, "$1 one"),
                // "each one needs 5 seconds so the class can read it", "every one gets 3 s": how long each lasts.
                (#"\b(each(?: one)?|every one) (?:needs|requires|deserves|gets|should get|should have|must have|needs to have)(?= (?:about |around |roughly |at least |a good |a full )?(?:\d|\#(Numbers.spelledNumber)\b))"#, "$1 lasts"),
                // "softer and softer", "slower and slower": one word said twice, never two requests.
                (#"\b(quieter|softer|louder|slower|faster|bigger|smaller|brighter|darker|longer|shorter) and \1\b"#, "$1"),
                // "the song to go quiet slowly at the end, not just stop", "quieter and quieter towards the end", "it
                // stops too suddenly at the end": a fade out in plain words (never the whole song made quieter).
                (#",?\s*(?:and |but )?\b(?:not|instead of|rather than) (?:just )?(?:stop(?:ping)?|end(?:ing)?|cut(?:ting)? (?:off|out))(?: (?:suddenly|abruptly|dead|like that|all at once|at once))?\b"#, ""),
                (#"\b(?:(?:go|goes|get|gets|grow|grows|become|becomes|turn|turns)\s+(?:(?:slowly|gently|gradually|softly)\s+)?(?:quiet(?:er)?|soft(?:er)?|silent|down)|(?:quieter|softer))(?: and (?:quieter|softer))?(?:\s+(?:slowly|gently|gradually|softly|bit by bit|little by little))?(?=,?\s+(?:at|towards?|near|by) the (?:very )?end\b)"#, "fade out"),
                // ("I don't want the music to stop suddenly at the end": the same, never "no fade out".)
                (#"\b(?:i )?(?:don'?t|do not|dont) (?:want|like) (?:the |our |my )?(music|song|tune|track|soundtrack) to (?:stop|end|cut off|cut out|finish) (?:so |too |very |really )?(?:suddenly|abruptly|sharply|harshly|all of a sudden|dead)\b"#, "let the $1 fade out"),
                (#"(?<!n'?t )(?<!not )(?<!never )(?<!to )\b(?:stops?|ends?|cuts? off|cuts? out|finish(?:es)?) (?:too |so |very |really |a bit |kind of )?(?:suddenly|abruptly|sharply|harshly|all of a sudden)\b"#, "fade out"),
                // "The music is too present", "the song feels overpowering": too loud, said another way.
                (#"\b(music|song|track|bgm|soundtrack)( is| feels| sounds| seems|'s)? (?:(?:a bit|a little|way|much|far|just|kind of|kinda|rather|slightly) )?(?:too (?:present|prominent|dominant|intrusive|distracting|overbearing|strong|much|in your face)|overpowering|overbearing)\b"#, "$1$2 too loud"),
                // "music from 6 seconds on", "the song from 0:04 onwards": where it starts (never a range: "from 2 to 8").
                (#"^(?!.*\b(?:cut|cuts|mute|muted|drop|dropped|stop|stops|stopped|silence|remove|kill|end|ends|fade|fades|lose|no|off|out|gone)\b)(.*?)\b(music|song|track|bgm|soundtrack)( only)? from (\d+(?:\.\d+)?|\d+:\d{2}) ?(?:s|secs?|seconds?)?(?: onwards?\b| on\b)(?! (?:to|until|till|through)\b)"#, "$1$2 starting at $4 seconds"),
                // "the music is drowning out the clip audio", "the song buries her voice": too loud, said by what it covers.
                // ("the background music is drowning out the piano": an instrument in the clip, too.)
                (#"\b(music|song|track|bgm|soundtrack)(?: is| keeps| kind of| kinda| totally| completely)? (?:drowning|drowns|drown|burying|buries|swamping|swamps|overpowering|overpowers|overwhelming|overwhelms|covering up|covers up|drowning out|drowns out|stepping on|steps on)(?: out)? (?:the |her |his |their |my |our |all the |everyone'?s )?(?:clips?'? |videos?'? |original |camera )?(?:audio|sound|voices?|talking|speech|dialogue|narration|voiceover|words|speaker|interview|piano|guitar|violin|singing|singer|vocals?|choir|playing|performance|instruments?|laughter|laughing|kids|everything|everyone)\b"#, "$1 is too loud"),
                (#"\b(?:could|can|would|will) you (?:please |maybe |possibly |kindly |perhaps |also )*"#, " "),
                (#"(?:^|(?<=[.!,]))\s*(?:could|can|would|should|might) (?=the |it |this |that |we |everything |all )"#, " "), (#"\bis it possible to\b"#, " "), (#"\bdo you think you could\b"#, " "),
                // "Would it be possible to make it look old-fashioned", "Is there a way to make them lighter?": the request.
                (#"\b(?:(?:would|could|will|might) )?it be possible (?:for you )?to\b"#, " "), (#"\bis there (?:a|any) way (?:for you )?(?:to|you could|that you could)\b"#, " "),
                (#"\bi (?:think|feel|guess) (?:it )?(?:would|might) (?:be|look) (?:better|nicer|nice|great|good|cool) (?:if|to)\b"#, " "),
                (#"\bi (?:think|guess|feel|believe|suppose)\b,?"#, " "),
                (#"\bit would be (?:better|nicer|nice|great|good|cool|awesome) (?:if|to)\b"#, " "),
                (#"\b(?:i'?d|i would) (?:like|love|prefer)(?: you)?(?: it)?(?: to)?\b"#, " "), (#"\bi (?:want|need) you to\b"#, " "),
                (#"\bif (?:that'?s|it'?s|this is|that is|it is|this'?s) (?:at all )?(?:possible|ok|okay|alright|not too much trouble)\b"#, " "), (#"\bif you can\b"#, " "),
                // "let us try it at 20 percent" (after an undo too): a level to set it to.
                (#"\b(?:let(?:'s| us) )?try (it|that|this) (?:at|with) (?=\d+(?:\.\d+)?\s*(?:%|percent|per cent)(?!\w))"#, "make $1 "),
                // "make the cuts snappy, 0.2s transitions": the reason for the transitions asked right after.
                (#"(?:^|(?<=[.!;]))\s*(?:make|keep) (?:the )?(?:cuts|edits|editing|pacing) (?:(?:more|nice and|really|super) )?(?:snappy|snappier|tight|tighter|punchy|punchier|quick|quicker|crisp|crisper)\s*[,;:]\s*(?=(?:with |and |use |using )?\d+(?:\.\d+)?\s*(?:s|secs?|seconds?|ms)\b[\w\s-]{0,20}\btransitions?\b)"#, " "),
                (#"(?:^|(?<=[.!])|\s*[,;])\s*(?:thank you|thanks)(?: (?:so|very) much| a lot| in advance)?(?: dear)?\s*[.!,;]*\s*(?=$|[A-Za-z])"#, " "), (#"\bplease\b"#, " "), (#"\bkindly\b"#, " "),
                // Dictation: a spoken "period" or "comma" at the end is punctuation.
                (#"\s+(?:period|full stop|comma)\s*$"#, "."),
                (#"\bfor me\b"#, " "), (#"\b(?:tho|though|lol|haha|pls|plz|rn|ok\?)[.!]*$"#, " "), (#"\bperhaps\b"#, " "), (#"\bmaybe\b(?= (?:the |only |just |a |an |\d|around|about|come|make|add|put|use|have|show))"#, " "),
                (#"\b(?:that|which|it)? ?would be (?:great|nice|awesome|perfect|ideal|good|fine|lovely|wonderful|brilliant)\b"#, " "),
                (#"\bi don'?t need\b"#, "without"), (#"\bi do not need\b"#, "without"), (#"\bb[- ]roll\b"#, "broll"),
                // Gerunds after the courtesy ("swapping the second clip for photo2").
                // "please to make the title red": the infinitive after the courtesy.
                (#"^\s*to (?=(?:make|add|put|change|remove|set|use|cut|trim|move|show|take)\b)"#, ""),
                // An agent saying what it does: "I'll now set the transition to …", "Next I'm trimming clip index 1 …",
                // "Undoing the last operation.", "Inserting broll_07.mp4 at position 2".
                (#"^\s*(?:(?:ok|okay|now|next|first|then|finally),?\s+)*(?:i'?ll|i will|i'?m going to|i am going to|let me|we'?ll|we will|i'?m now|now i'?m|next i'?m|i'?m|i am)\s+(?:now\s+|next\s+|also\s+|then\s+|just\s+)*(?=(?:set|change|add|remove|trim|cut|move|put|make|insert|undo|redo|apply|swap|replace|duplicate|mute|use|fade|lower|raise|shorten|extend|place|check|export|render|disable|enable|turn)(?:ting|ing|ping|ming)?\b|(?:mov|mak|plac|replac|remov|chang|us|fad|rais|disabl|enabl|duplicat)ing\b)"#, ""),
                // "Inserting broll_07.mp4 at position 2, between b.mp4 and c.png": the files it goes between say where.
                (#"\b(insert(?:ing)?|put(?:ting)?|add(?:ing)?|plac(?:e|ing))\b(.*?)(?:\bat position \d+,?\s*)?\bbetween ([\w-]+\.\w{2,4}) and ([\w-]+\.\w{2,4})"#, "$1$2after $3"),
                (#"^\s*undoing\b"#, "undo"), (#"^\s*redoing\b"#, "redo"), (#"^\s*inserting\b"#, "insert"), (#"^\s*applying\b"#, "apply"),
                (#"^\s*duplicating\b"#, "duplicate"), (#"^\s*replacing\b"#, "replace"), (#"^\s*muting\b"#, "mute"), (#"^\s*placing\b"#, "place"),
                (#"^\s*lowering\b"#, "lower"), (#"^\s*raising\b"#, "raise"), (#"^\s*exporting\b"#, "export"), (#"^\s*rendering\b"#, "render"),
                (#"^\s*swapping\b"#, "swap"), (#"^\s*making\b"#, "make"), (#"^\s*adding\b"#, "add"), (#"^\s*removing\b"#, "remove"),
                (#"^\s*putting\b"#, "put"), (#"^\s*moving\b"#, "move"), (#"^\s*disabling\b"#, "disable"), (#"^\s*enabling\b"#, "enable"), (#"^\s*changing\b"#, "change"), (#"^\s*using\b"#, "use"),
                (#"^\s*cutting\b"#, "cut"), (#"^\s*trimming\b"#, "trim"), (#"^\s*turning\b"#, "turn"), (#"^\s*setting\b"#, "set"),
                // "add my recorded message, principal_message.m4a, as the voiceover", "add our team song, anthem.mp3, as the music": the
                // file named beside what it is, one request.
                (#"\b(add|use|put in|include) (?:my|our|the|his|her|their) (?:[\w'-]+ ){0,3}?(?:message|recording|narration|voice ?(?:memo|note|track|recording)|speech|talk|commentary|intro|greeting|song|track|tune|music),\s*([\w-]+\.(?:m4a|wav|mp3|aac|ogg|flac|caf|opus)),?\s+(?=as (?:the |a |my |our )?(?:voice ?-?over|narration|vo|music|background music|soundtrack|bgm)\b)"#, "$1 $2 "),
                // Trade words.
                (#"\bVOs?\b(?!\.\w)"#, "voiceover"),
                // "the beat's too hot", "the music is running hot": a mixer's word for too loud (never a look's warmth).
                (#"\b(music|song|beat|track|bgm|soundtrack|instrumental)(?:'s|’s| is| sounds| feels| seems)( (?:a bit|a little|way|kinda|kind of|slightly|still|just))? (?:too|running|a bit too|way too) hot\b"#, "$1 is$2 too loud"),
                (#"\bend (?:slate|plate|board|frame)\b"#, "end card"), (#"\b(?:outro|closing) (?:slate|card)\b"#, "end card"),
                (#"\bsuper(?:impose)?\s*:?\s*$"#, "caption "),
                // "Credit line 'Photo: J. Alvarez / Gazette' in the bottom right": a caption (it showed the credit balance).
                (#"\b(?:(?:photo|image|picture) )?credit (?:line|text|tag|overlay|caption)\b"#, "caption"), (#"\b(?:at|on) the tail\b"#, "at the end"), (#"\bthe tail\b"#, "the end"),
                (#"\btop of the (?:sequence|video|timeline|edit|cut)\b"#, "start"), (#"\bhead of the (?:sequence|video|timeline)\b"#, "start"),
                (#"\bcold open\b"#, "first"), (#"\bnothing else\b"#, "only"), (#"\b(?:do not|don'?t) use (?:any )?other (?:visual )?(?:files|clips|photos|media)\b"#, "only"),
                (#"\bsegment index (\d+)\b"#, "index $1"), (#"\bclip index (\d+)\b"#, "index $1"),
                // English as a second language: "more low", "two times more fast", "quit the music",
                // "since the second 3".
                // "put the title more high"; "put it more low" unless the words are about a sound ("the music is too strong, put it more low").
                (#"\b(?:put|place|move) (the (?:title|caption|text|texts)) (?:more high|higher|more up)\b"#, "move $1 to the top"),
                (#"\b(?:put|place|move) (the (?:title|caption|text|texts)) (?:more low|lower|more down)\b"#, "move $1 to the bottom"),
                // "title a bit lower pls", "move the caption down a bit", "nudge the title up a little": that way (not understood).
                (#"\#(textNudged)(?:lower|down)\#(textNudgeTail)"#, "move the $1 to the bottom"),
                (#"\#(textNudged)(?:higher|up)\#(textNudgeTail)"#, "move the $1 to the top"),
                (#"^(?!.*\b(?:music|song|sound|volume|audio|voice)\b)(.*?)\b(?:put|place|move) (it|that) (?:more high|higher|more up)\b"#, "$1move $2 to the top"),
                (#"^(?!.*\b(?:music|song|sound|volume|audio|voice)\b)(.*?)\b(?:put|place|move) (it|that) (?:more low|more down)\b"#, "$1move $2 to the bottom"),
                (#"\b(?:two|2) times more short\b"#, "half as long"),
                // "make it double", "i need it to be double that": twice as long (not understood).
                (#"\b((?:make|need|want|have|get) (?:it|the video|the vid|this|the whole thing))(?: to be)? double(?: that| it| the length| its length| the time| as long)?\b(?! (?:speed|time|fast|exposure|sided))"#, "$1 twice as long"), (#"\b(?:two|2) times more long\b"#, "twice as long"),
                (#"\b(?:two|2) times more (fast|slow)\b"#, "2x $1er"), (#"\bmore (?:low|soft|quiet)\b"#, "quieter"),
                // "Opening hours video, text only, 15 seconds: '…'": nothing but words, not a caption "only".
                (#"\b(?:text[- ]only|only text|just text|words only|just words|text[- ]based)\b"#, " "),
                // "Set each image's display duration to 3000 ms": the item's own length (it made the video 3 s).
                (#"\b(image|photo|picture|pic|clip|slide|still|shot|item|segment|one)['’]s\b"#, "$1"),
                // "yeet the middle clip", "ditch the dog pic": removal in slang.
                (#"\b(?:yeet|nuke|ditch|axe|toss)\b(?= (?:the|that|this|those|these|my|clip|photo|pic|video|vid|it|them)\b)"#, "remove"),
                // ("scratch the last picture": removed; "scratch that" takes back what was just said, never removes.)
                (#"\b(?:scratch|scrap)\b(?= (?:the|those|these|my) )"#, "remove"),
                // "the vid", "mute the vids": a video (never a file's name, "vid.mp4").
                // (After a word that points at it only: "recap vid for our story" is read as it was.)
                (#"(?<=\b(?:the|that|this|those|these|my|our|both|all|2|two|3|three) )vids(?![\w.-])"#, "videos"), (#"(?<=\b(?:the|that|this|my|our) )vid(?![\w.-])"#, "video"),
                // "yeet the vid, its mid", "scratch the last picture we don't need it": why, beside the request.
                (#",?\s*\b(?:it'?s|its|it is|that'?s|thats|cuz it'?s|bc it'?s|coz it'?s) (?:so |kinda |pretty |lowkey |really )?(?:mid|trash|meh|cringe|ass|garbage|boring|ugly|bad)\b"#, ""),
                (#"(?<=\S)\s*,?\s*\b(?:we|i) (?:don'?t|do not|dont) need (?:it|that|this|them)(?: anymore| any more)?\b"#, ""),
                // "Please take the little video out altogether, I am afraid it is rather shaky": removed; its shake only says why
                // (read alone, it asked to stabilise the clip: refused).
                (#"\btake (the|that|this) (?:little|short|small|tiny|wee|extra) (?:video|vid|footage)(?: clip)? out(?: altogether| entirely| completely| of (?:it|the video|there))?\b"#, "remove $1 video clip"),
                (#"\btake (the|that|this) (video clip|video|vid|clip|photo|photograph|picture|pic|footage) out(?: altogether| entirely| completely| of (?:it|the video|there))?\b(?!\s*,?\s*(?:and )?(?:just|only) keep\b)"#, "remove $1 $2"),
                (#"(\b(?:remove|delete|drop|cut|ditch|lose|get rid of)\b[^.?!]*?)\s*[,;.]?\s*(?:(?:i am|i'm|im) afraid |as |because |since |cause |cuz |coz )?(?:it|that|the \w+)(?:'s| is| was| looks| seems) (?:rather |a bit |a little |very |too |so |quite |really |kind of |kinda |pretty |awfully |terribly )*(?:shaky|wobbly|blurry|blurred|grainy|out of focus|jerky)\b\.?"#, "$1"),
                // "swap the video out for the marlin jump one", "swap teh video w the pick gun demo": the swap's "out" and "w" said
                // in full.
                (#"\b(swap|switch|trade|change) (the \w+(?: clip)?|it|that|this) out (for|with)\b"#, "$1 $2 $3"),
                (#"\b(swap|switch|trade|replace) ((?:the|teh) \w+(?: clip)?|it|that|this) w/? (?=(?:the|teh) |my |our |[\w-]+\.\w{2,4}\b)"#, "$1 $2 with "),
                // "mute the sound on the video clip the engine noise is way too loud": muted; the noise only says why.
                (#"(\b(?:mute|silence|kill)\b[^,.;]*?\b(?:clip|video|footage))\s*[,;-]?\s+(?:because |since |as |cuz |coz |bc )?(?:the|its|it'?s|their|that) [^,.;]*?\b(?:is|are|'s|sounds?)\s+(?:way |so |too |really |super |kinda |pretty |a bit |just )*(?:too )?(?:loud|noisy|annoying|distracting|awful|bad)\b"#, "$1"),
                // "undo both", "undo those two": the last two changes.
                (#"^\s*undo (?:both|them both|both of them|the two|those two|these two|the last two|the two changes|both changes)\b"#, "undo the last 2 changes"),
                // "And at the very end, could the whole picture fade away to black?": the video fades (never "show the pictures whole").
                (#"\bthe whole (?:picture|image|screen|frame|thing)\b(?= (?:fades?|fading|go(?:es)?|goes|turns?|dissolves?|dips?)\b)"#, "the video"),
                (#"\bfade away to black\b"#, "fade out to black"),
                // "At the end I should like it to say "Thank you for visiting"": an end card with those words.
                (#"^\s*(?:and |also |then )?(?:at|in) the (?:very )?end,? (?:i(?:'d| would| should) (?:like|love) (?:it|the video) to|(?:it|the video) should|let it|have it|make it|can it|could it) say\b"#, "add an end card saying"),
                // "I believe the photograph at the end ought to come first. Would you move it to the beginning, please?": that
                // picture first (said twice, it is one request).
                (#"\bthe (photo|photograph|picture|pic|image|clip|video|shot) at the end\b(?= (?:ought|should|must|needs?|has|would|could|is better|goes|go|comes|come)\b)"#, "the last $1"),
                (#"^\s*(?:i (?:believe|think|feel|reckon|suppose) (?:that )?)?(the (?:last|first|second|third) \w+) (?:ought to|should|must|needs? to|has to|would be better to) (?:come|go|be) (first|last)\b\.?(?:\s*(?:would|could|can|will) you (?:please |kindly )?(?:move|put) it to the (?:beginning|start|front|end|back)(?:,? please)?\s*\??)?"#, "move $1 to the $2"),
                // "Dip to black between shots, half a second each": transitions between the clips, each that long (the clips
                // were cut to half a second).
                (#"\b((?:dip|fade|dissolve|crossfade|cross-fade|wipe|slide)(?: (?:to|through|thru) (?:black|white))?)(?: transitions?)? between (?:the )?(?:shots|clips|scenes|cuts|everything|them|each (?:clip|shot|scene)|all(?: the)? (?:clips|shots|scenes))\b"#, "$1 transitions between all clips"),
                // "no wait the last one not the first": the change meant for the last one (a correction, as "I meant the last
                // one, not the first" says it).
                (#"^((?:(?:no|nah|nope|wait|oops|sorry|actually)[,.!]*\s+)*)(the (?:last|first|second|third|fourth|other) (?:one|photo|picture|pic|clip|video|image))\s*,?\s*not the (first|last|second|third|fourth)(?: one)?\b"#, "$1i meant $2, not the $3"),
                // "make the title pop more, bold w the dark bar behind it": the bold style, whose backing is that bar.
                (#"\b(?:make|have|let) the (title|caption|text|heading) (?:pop|stand out|pop out|punchier|louder)(?: (?:more|a bit more|a little more|out))?\s*[,;:-]?\s*(?:(?:make it |go |like |with )?(bold))\b(?:,? (?:w|w/|with) (?:the |a )?(?:dark |black |solid )?(?:bar|box|backing|background|band|strip|banner) (?:behind|under|underneath|beneath) (?:it|the text|the words|them))?"#, "make the $1 style $2"),
                // "crank it to like 70": the level said ("like" is a filler).
                (#"\bcrank (it|the \w+)(?: up)? to\b"#, "turn $1 up to"), (#"\b(to|at) like (?=\d)"#, "$1 "),
                // "just the 2 vids, rekey one first": the one named by its word first.
                (#"(?<=,\s)(?!(?:the|that|this|which|each|every|no|any|one|last|first|next|other|new|old)\b)([a-z]{3,}) one (first|last)\b"#, "the $1 one $2"),
                // "mute the video": the clips' own sound off, the music kept (it was not understood).
                (#"\b(mute|silence) the (?:video|videos|vid|vids)\b(?! clips?\b)(?!['’]s)(?= *(?:[,.;!?]|$|and\b|please\b|pls\b|too\b|as well\b|completely\b|entirely\b))"#, "$1 the clips' own sound"),
                // "a slow zoom-out", "zoom-in": the zoom's way.
                (#"\bzoom-(in|out)\b"#, "zoom $1"),
                // "half a sec", "a fade up at the head": half a second, a fade in.
                (#"\bhalf a sec\b"#, "half a second"), (#"\bfade[- ]?ups?\b"#, "fade in"),
                // "fade the picture up from black", "fade the film out": the picture's fade in and out.
                (#"\bfade (?:the )?(?:picture|image|film|footage|whole (?:thing|film|video|picture)) (?:up|in)\b"#, "fade in"),
                (#"\bfade (?:the )?(?:picture|image|film|footage|whole (?:thing|film|video|picture)) (?:out|down)\b"#, "fade out"),
                // "… over 2 seconds, and likewise fade to black at the end": the second fade as long as the first.
                (#"\b((?:over|for|across) (\d+(?:\.\d+)?) (seconds?|secs?|s)\b[^.;!?]*?),? and likewise (fade (?:out )?(?:to|down to|into) (?:black|white)(?: at the (?:end|close|finish))?)"#, "$1, and $4 over $2 $3"),
                // "made a little shorter — by three seconds, to be precise": the amount said after a dash; the precision asks nothing.
                (#"\s*[—–]\s*(by (?:\d+(?:\.\d+)?|a|one|two|three|four|five|ten) (?:seconds?|secs?|s|minutes?))\b"#, " $1"), (#",?\s*to be (?:precise|exact)\b"#, ""),
                // "cut out the sound on the video clip": muted (as "cut the sound from the video clip").
                (#"\b(cut|strip|take) out (?=(?:the |its |their |all (?:the )?)?(?:own |original |natural )?(?:sound|audio)\b)"#, "$1 "),
                (#"\b((?:cut|strip|take|remove|kill|mute) (?:the |its |their |all (?:the )?)?(?:own |original |natural )?(?:sound|audio)) (?:on|in) (?=(?:the |that |this )?(?:video clip|clip|video)\b)"#, "$1 from "),
                // "Cut da sound from da video clip": that clip's own sound off (never its noise: denoising is refused).
                (#"\b(?:cut|kill|drop|remove|take out|take away) (?:the |all )?(?:sound|audio) (?:from|of|on|in) (?=the (?:\w+ )?(?:video|clip|vid|footage)\b|clip \d|[\w-]+\.(?:mp4|mov|m4v|webm)\b)"#, "mute "),
                (#"\b(\d+(?:[.,]\d+)?) ?sekondes?\b"#, "$1 seconds"),
                // "Our grandchildren tell me it must be vertical for their telephones. Could you oblige?": what they say it must
                // be is the request; "could you oblige" asks for it.
                (#"^(?:(?:my|our|the) [\w ]{1,30}? (?:tell|tells|told|say|says|said|reckon|reckons|insist|insists) (?:me|us) (?:that )?)(?:it|the video|the film|the thing) (?:must|should|has to|needs to|ought to|has got to) be\b"#, "make it"),
                (#"(?:^|(?<=[.!?]\s))(?:could|would|will|can) you (?:kindly |please )?oblige(?: (?:me|us))?\s*[?.!]*"#, ""),
                // `set_music_volume {"direction": "down"}`: quieter (or louder).
                (#"\b(?:set |change |adjust )?(?:the )?(?:music |bgm |song )?volume direction (?:down|lower|decrease|quieter|softer)\b"#, "make the music quieter"),
                (#"\b(?:set |change |adjust )?(?:the )?(?:music |bgm |song )?volume direction (?:up|higher|increase|louder)\b"#, "make the music louder"),
                // "(not the video of the six, that's for another occasion)": inside brackets, what a thing left out is for asks
                // nothing (it took the rest of the request with it, and the length after the bracket was lost).
                (#",\s*(?:that'?s|that is|it'?s|it is|which is|those are) (?:for|meant for|saved for|kept for) (?:another|a different|a later|the next|some other|later)\b[^()]{0,40}(?=\))"#, ""),
                // "running to half a minute or thereabouts": that long.
                (#"\brunning (?:to|for|at) (?=(?:about |around |roughly |some )?(?:half a minute|a minute|\d))"#, "lasting "), (#",?\s*or (?:thereabouts|so)\b"#, ""),
                // "lose the last 2 seconds of the song", "trim 2 seconds off the end of the music", "end the music 2 seconds early":
                // the music stops that long before the end (the first removed the music).
                (#"\b(?:lose|cut|trim|drop|chop|remove|cut off|take off|kill)\s+(?:the )?(?:last|final) (\d+(?:\.\d+)?|one|two|three|four|five) ?(?:s|secs?|seconds?) (?:of|off|from) (?:the )?(?:background )?(music|song|track|soundtrack|bgm|tune)\b"#, "stop the $2 $1 seconds before the end"),
                (#"\b(?:trim|cut|chop|take|shave)\s+(\d+(?:\.\d+)?|one|two|three|four|five) ?(?:s|secs?|seconds?) off (?:the end of )?(?:the )?(?:background )?(music|song|track|soundtrack|bgm|tune)(?: at the end)?\b"#, "stop the $2 $1 seconds before the end"),
                (#"\b(?:end|stop|finish) (?:the )?(?:background )?(music|song|track|soundtrack|bgm|tune) (\d+(?:\.\d+)?|one|two|three|four|five) ?(?:s|secs?|seconds?) (?:early|earlier|sooner)\b"#, "stop the $1 $2 seconds before the end"),
                // "take out the sheep one, defaid.jpg": the file named after it is the one meant ("the sheep one" was asked about).
                (#"\b(?:the|that|this) (?:[\w'-]+ ){1,3}(?:one|photo|pic|picture|image|clip|video|shot|still)\b(?:\s*,\s*|\s*\(\s*)([\w-]+\.(?:jpe?g|png|gif|webp|mp4|mov|avi|webm|mkv))\)?(?=[\s.,;!?]|$)"#, "$1"),
                // "… . Keep it 20 seconds.": the video kept that long (it made the clip named before 20 s).
                (#"(?:^|(?<=[.!?;]\s)|(?<=[.!?;]))\s*keep it (?:at |to )?(\d+(?:\.\d+)?) ?(?:s|secs?|seconds?)\b"#, " keep the video at $1 seconds"),
                // Irish English: "fierce loud altogether" (very loud), "a small bit" (a bit), "that yoke in the middle" (that one),
                // and why: "the customers were giving out", "it's only blurry".
                (#"\bfierce (?=(?:loud|quiet|long|short|dark|bright|slow|fast|big|small|busy|quick)\b)"#, "very "),
                (#"\b(loud|quiet|long|short|dark|bright|slow|fast|big|small|busy|quick) altogether\b"#, "$1"), (#"\ba small bit\b"#, "a bit"),
                (#"\b(?:that|the|this) yoke\b"#, "the one"), (#"\b(?:take|pull|get|throw) out that one\b"#, "take out the one"),
                (#"[,;]\s*(?:the |my |our )?(?:[\w'-]+ ){0,2}(?:were|are|was|is|'re|been|kept|keep) giving out\b[^,.;!?]*"#, ""),
                (#"[,;]\s*(?:it|that|the \w+)(?:'s| is) (?:only |just )(?:blurry|blurred|dark|shaky|ugly|bad|crap|rubbish|boring|grainy|awful|desperate|brutal)\b[^,.;!?]*"#, ""),
                // "… fade out slowly at the end? About 3 seconds, so it doesn't just stop dead": why, no request.
                (#",?\s*so (?:that )?(?:it|the music|the song|the video|the end) (?:doesn'?t|does not|won'?t|will not|don'?t) (?:just )?(?:stop|end|cut off|cut out|finish)\b[^,.;!?]{0,30}"#, ""),
                // "What's the title saying at the minute?": now (Irish English; it became the title's words).
                (#"(?<!\d )\b(?:at|for) the minute\b(?=\s*[?.!,]|\s*$)"#, "right now"),
                // "What's the title saying at the minute? I can't remember what we put": why it is asked, no request (with it, the
                // question's last words became the title).
                (#"([?.!])\s*(?:(?:sorry|honestly|tbh),?\s*)?(?:i (?:can'?t|cannot|don'?t|do not) (?:remember|recall)(?: (?:what|how|which) (?:we|i|you) (?:put|wrote|said|had|used|picked|chose))?|i (?:forgot|forget)(?: what (?:we|i) (?:put|wrote|said|had))?|i'?ve forgotten|just (?:curious|checking|wondering))\s*[.!]*\s*$"#, "$1"),
                // Dictation: "re move the second clip", "make the music fayed out".
                (#"\bre move (?=(?:the|that|this|it|clip|photo|picture|video|music|title|caption)\b)"#, "remove "), (#"\bfayed(s|ed|ing)?\b"#, "fade$1"),
                // "the video's dragging a bit, …": why, no request.
                (#"(?:^|(?<=[.,;!?]\s))(?:the )?(?:video|vid|clip|film|thing|whole thing|middle|start|ending|end)(?:'s| is) (?:dragging|draggy|boring)(?: (?:a bit|a little|a small bit|a tad|like|though|tbh))*\s*[,;]\s*"#, ""),
                // "fade the music in over 2 seconds and out over 3": the second fade in the same unit (it took the first's 2 s).
                (#"\b(fade\b[^.;!?]{0,40}?\b(?:in|out) (?:over|for|across|in) (?:\d+(?:\.\d+)?) ?(s|secs?|seconds?|ms)\b,? and (?:(?:then )?fade )?(?:in|out)(?: to black| from black)? (?:over|for|across|in) (?:\d+(?:\.\d+)?))(?!\d|\.\d|%|\s*(?:s|secs?|seconds?|ms|x|fps|%)\b)"#, "$1 $2"),
                // "zoom transitions, quick ones like half a sec": each of them that long.
                (#"\b(transitions?|crossfades?|dissolves?|wipes?)\b([^.;]*?),\s*(?:quick|short|fast|snappy|slow|long|gentle)? ?ones?,? (?:like |about |around |of |at )?(?=(?:half a|a|one|\d+(?:\.\d+)?) ?(?:s|secs?|seconds?)\b)"#, "$1$2, each "),
                // "music way 2 loud ngl": "2" for "too", and the asides of chat.
                (#"(?<!\b(?:clip|clips|photo|photos|pic|pics|picture|image|slide|video|segment|shot|item|number|no|index|position|#) )\b2 (?=(?:loud|quiet|soft|fast|slow|long|short|big|small|dark|bright|busy|quick|much)\b)"#, "too "),
                (#"\b(?:ngl|tbh|imo|imho|lowkey|highkey|fr fr|no cap)\b"#, " "),
                // Second-language English: "more silent", "the title stands 5 seconds", "should stand more up",
                // "can you make that the music begins by second 3".
                (#"\bmore silent\b"#, "quieter"),
                // "title: 5 seconds", "the title is 3 s" (タイトルは5秒です): how long it stays.
                (#"(?:^|(?<=[.!?。]))(\s*(?:the |my )?(?:title|caption|end card))(?:\s*:|\s+is|\s+should be|\s+will be|\s+(?:dur|duration|length)\s*[:=]?)?\s+(?=(?:\d+(?:\.\d+)?|\#(Numbers.spelledNumber))\s*(?:s|secs?|seconds?)\s*[.!?]*\s*$)"#, "$1 for "),
                // "the lesson is about the 1920s", "music from the 80s": a decade, never a length in seconds.
                (#"(?<![\w.])(?:1[89]\d0|20[0-2]0)s\b"#, "old days"),
                (#"\b[2-9]0s (?=(?:style|look|feel|vibe|vibes|colou?rs?|filter|aesthetic|music|songs?|theme|party|fashion|era|decade|kids|disco|sitcom|tv)\b)"#, "old days "),
                // "even slower on the clip please, like 0.1x": the factor said after a comma is the one asked for (the clause
                // alone made it 0.5x, and "like 0.1x" was not understood).
                (#"(\b(?:slower|faster|quicker|slow (?:\w+ ){0,2}down|speed (?:\w+ ){0,2}up|slo-?mo|slow motion)\b[^.,;!?]{0,40}?)(?:,|;| -|—)\s*(?:like|say|maybe|about|around|roughly|something like|more like|try)\s+(?=\d+(?:\.\d+)?\s*x\b)"#, "$1 at "),
                // "nudge the music up": a small step up.
                (#"\bnudge (it|the \w+) (up|down)\b"#, "turn $1 $2 a bit"), (#"\bnudge (up|down) (it|the \w+)\b"#, "turn $2 $1 a bit"),
                // ("like the 70s", "como de los 70s": the decade; it made the video 70 s long.)
                (#"(\b(?:(?:in|from|of|like|about|back to) the|early|late|mid|(?:de|en|como) los|los años|des années|(?:dos|nos) anos)[- ])[2-9]0s\b(?! (?:clip|video|version|one|cut|mark|point|long|length|photos?|pics?|pictures?|seconds?)\b)"#, "$1old days"),
                // "a hair louder", "up a notch", "a smidge shorter", "a tiny bit darker": a small step, as "a bit" says it.
                (#"\ba (?:little|tiny|teeny|teensy|wee|tiny little) bit\b|\ba (?:hair|smidge|smidgen|smidgeon|skosh|notch|wee bit)\b(?=\s+(?:louder|quieter|softer|lower|higher|up|down|more|less|faster|slower|shorter|longer|bigger|smaller|brighter|darker|warmer|cooler|earlier|later)\b)|(?<=\b(?:up|down|louder|quieter|softer|lower|higher|faster|slower|shorter|longer|bigger|smaller|brighter|darker|warmer|cooler|earlier|later) )a (?:hair|smidge|smidgen|smidgeon|skosh|notch|wee bit)\b"#, "a bit"),
                (#"\b(?:should |must |can |could )?stands? (?=(?:for )?(?:about |around )?\d+(?:\.\d+)? ?(?:s|secs?|seconds?)\b)"#, "stay "),
                (#"\b(the (?:title|caption|text)|it) (?:should |must |can |could )?stand (?:more )?(?:up|higher|high)\b"#, "move $1 to the top"),
                (#"\bmake that (?=(?:the \w+|it) (?:begins?|starts?|ends?|stops?|comes? in|fades?|plays?)\b)"#, "make "), (#"\bby second (\d+(?:\.\d+)?)\b"#, "at $1 seconds"),
                // Homophones typed fast: "more quite", "its to loud", "they go by to fast".
                (#"\bmore quite\b(?! (?:a|an|the|some|good|nice|well|lot)\b)"#, "quieter"),
                (#"(?<=\b(?:is|are|was|were|its|it's|by|way|bit|much|far|seems|looks|sounds|feels|kinda|really|just|still|getting|got|go|goes|went|little) )to (?=(?:loud|quiet|soft|fast|slow|long|short|big|small|dark|bright|busy|low|high|quick)\b)"#, "too "),
                (#"\bmore (?:loud|strong|high)\b"#, "louder"), (#"\bmore (fast|slow|long|short|small)\b"#, "$1er"),
                // "a full second and a half", "from t = 4 s", "at last 3 seconds", "terminate at 9 s"
                (#"\ba full (?=(?:second|minute)s?\b)"#, "a "), (#"\b(from|to|at|until|till|between|and) t ?=? ?(?=\d)"#, "$1 "),
                (#"\bat (?:the )?last (?=(?:\d+(?:\.\d+)?|two|three|four|five|six|ten) ?(?:s|secs?|seconds?)\b)"#, "for the last "),
                (#"\b(?:terminates?|concludes?|ceases?)\b"#, "stop"),
                // "Transition is not necessary", "no need for transitions"
                (#"\b(?:the )?transitions? (?:is|are) (?:not|un)(?: ?necessary| needed| required)\b|\bno need (?:for|of) (?:the |any )?transitions?\b|\b(?:i )?(?:don'?t|do not) need (?:the |any )?transitions?\b"#, "no transitions"),
                // "remove the colour from the images", "take the colour out" ("desaturate it slightly", "a bit desaturated": fewer colours, not none)
                (#"\bremove (?:the |all )?colou?rs? (?:from|of|in) (?:the |all the |all )?(?:images|photos|pictures|video|clips|everything|paintings|prints)\b|\btake (?:the |all )?colou?r out\b|\bwithout colou?r\b|(?<!\b(?:slightly|a (?:little|bit|touch|tad)|somewhat|partly|partially|lightly|gently|mildly) )\bdesaturated?\b(?! (?:(?:it|them|this|that|everything|the (?:video|photos|pictures|images|clips|colou?rs?)) )?(?:(?:just |only )?(?:slightly|a (?:little|bit|touch|tad)(?: bit)?|somewhat|partly|partially|lightly|gently|mildly|a little more|some|by \d+ ?%))\b)"#, "black and white"),
                // "change order, c.png is first": the file first.
                (#"^(?:please )?change (?:the )?order\s*[,.:;]\s*"#, ""), (#"\b([\w-]+\.[a-z0-9]{2,4}) (?:is|goes|comes|should be|must be) (?:the )?first\b"#, "move $1 to the start"),
                (#"\bmore (?:big|large|grand)\b"#, "bigger"), (#"\bmore (bright|dark|warm|cool)\b"#, "$1er"),
                // "make the music more small" (→ "smaller"), "music bigger": a sound is quieter or louder.
                (#"\b((?:the )?(?:music|song|bgm|volume|sound))(?: a (?:bit|little))? smaller\b"#, "$1 quieter"),
                (#"\b((?:the )?(?:music|song|bgm|volume|sound))(?: a (?:bit|little))? (?:bigger|larger)\b"#, "$1 louder"),
                // "music volume is too big", "the song is very small": a sound too loud or too quiet.
                (#"\b((?:the )?(?:music|song|bgm|volume|sound)(?: volume| sound)?)(?: is|'s)? (?:too|so|very|really|a bit|a little|quite) (?:big|large|huge)\b"#, "$1 is too loud"),
                (#"\b((?:the )?(?:music|song|bgm|volume|sound)(?: volume| sound)?)(?: is|'s)? (?:too|so|very|really|a bit|a little|quite) (?:small|little|tiny)\b"#, "$1 is too quiet"),
                (#"\bquit (the |that |this )?(music|song|audio|sound|voiceover|title|captions?)\b"#, "remove $1$2"),
                // "just the 1st and 3rd pic": two of them (the noun said once, for both).
                (#"\b(\#(ordinalPattern),? (?:and|&|\+) (?:the )?\#(ordinalPattern)) (pic|photo|picture|image|clip|video|shot|slide|still)\b(?!s)"#, "$1 $2s"),
                // "I made a mistake, the second one shouldn't be in there", "the beach photo doesn't belong here": taken out.
                (#"(?:\b(?:i|we) (?:made a mistake|messed up|goofed)|\b(?:oops|whoops|sorry|my bad))?[,.!]*\s*\b(the (?:(?:first|second|third|fourth|fifth|sixth|last|[a-z]+) )?(?:one|photo|picture|pic|clip|video|shot|image|still|slide)|(?:clip|photo|picture|pic|slide|shot) \d+|[\w-]+\.[a-z0-9]{3,4}) (?:(?:shouldn'?t|should not|wasn'?t supposed to|was not supposed to|isn'?t supposed to|is not supposed to) be (?:in (?:there|here|it|the (?:video|slideshow|reel|montage))|there)|(?:doesn'?t|does not) belong(?: (?:in (?:there|here|it|the (?:video|slideshow|reel|montage))|there|here))?)\b"#, "remove $1"),
                // "black and white with the contrast cranked up": the look, then its adjustment as its own request.
                (#"\s+with (?=(?:the |its )?(?:contrast|saturation|brightness) (?:cranked|turned|bumped|pushed|pumped|boosted|dialed|dialled|jacked|up|down|increased|raised|lowered|reduced|maxed)\b)"#, ", "),
                (#"\b(?:put|have|play) (the |that )?(music|song)\s+since (?:the )?second (\d+(?:\.\d+)?)\b"#, "start $1$2 at $3 seconds"),
                (#"\bsince (?:the )?second (\d+(?:\.\d+)?)\b"#, "from $1 seconds"),
                (#"\bin (?:the )?second (\d+(?:\.\d+)?)\b(?! ?(?:s|secs?|seconds?|clip|photo|picture|video|one)\b)"#, "at $1 seconds"),
                // "make that the music begins…" (Spanish "haz que"), "erase the last photo", "the part of up of the screen",
                // "put it in the first place", "at the half of the velocity".
                // Editors' words: "punch in on the first shot" is a zoom in; "kill the transitions" removes them.
                (#"\bpunch(?:es|ing)? in\b"#, "zoom in"),
                (#"\bkill (?=(?:all |every |the |of |those |these )*(?:transitions?|titles?|captions?|texts?)\b)(?!.*\b(?:at|after|from|until|till)\b)"#, "remove "),
                (#"\bmake that (?=the |it |my |this )"#, ""), (#"\berase\b"#, "remove"),
                // French and other Romance speakers: "the film must last 20 seconds", "during 5 seconds",
                // "suppress the video", "I want that the title stays", "realise a video", "put it more high",
                // "two times more short", "between the second 4 and the second 8", "the sound of the video".
                (#"\b(the|a|my|this|our|your) (?:film|movie)\b"#, "$1 video"), (#"\bduring (?=(?:about |around )?\d)"#, "for "),
                (#"\bsuppress(?:es|ed)?\b"#, "remove"), (#"\b(?:i|we) (?:want|would like|wish|prefer) that\s+"#, ""),
                // Russian speakers' "on" (на): "shorter on 3 seconds" is by 3 seconds, "start on 3 seconds" at
                // 3 seconds, "put the title on 4 seconds" for 4 seconds (never "on screen", "on the photo").
                // "music 20 procent" (Polish, Czech, Dutch), "prozent", "pour cent", "por ciento", "процентов": percent.
                (#"(?<=\d) ?(?:procent|prozent|pourcent|pour cent|por ciento|per cento|процентов|процента|процент)(?![\p{L}])"#, "%"),
                (#"\b(shorter|longer|shorten|lengthen|reduce|decrease|increase|extend|faster|slower|louder|quieter|more|less)((?: it| them| the \w+| video)?) on (?=(?:about |around |approximately )?(?:\d+(?:\.\d+)?|\#(Numbers.spelledNumber)) ?(?:ms|s|secs?|seconds?|minutes?|mins?|%|percents?)(?![\w-]))"#, "$1$2 by "),
                (#"\b(start|starts|begin|begins|appear|appears|come in|comes in|play|plays|stop|stops|end|ends|finish|finishes) on (?:the )?(?=(?:\d+(?:\.\d+)?|\#(Numbers.spelledNumber))(?:th|st|nd|rd)? ?(?:s|secs?|seconds?)\b)"#, "$1 at "),
                // "music must finish on second 8", "the title start in second 2": at that second.
                (#"\b(start|starts|begin|begins|appear|appears|stop|stops|end|ends|finish|finishes) (?:on|in|at) (?:the )?second (\d+(?:\.\d+)?)\b(?!\s*(?:s|secs?|seconds?)\b)"#, "$1 at $2 seconds"),
                (#"(?<![\w-])on (?=(?:\d+(?:\.\d+)?|\#(Numbers.spelledNumber)) ?(?:s|secs?|seconds?)\s*[.!]?\s*$)"#, "for "),
                // "Change title on "С днём рождения, мама!"": new words for it (на).
                (#"\b(change|rename|switch|edit|replace) (the |my )?(title|caption|text|end card|subtitle) on\s*$"#, "$1 $2$3 to "),
                (#"\b(?:realise|realize) (?=(?:a|an|the|my|one) )"#, "make "),
                (#"\bbetween (?:the )?second (\d+(?:\.\d+)?) and (?:the )?second (\d+(?:\.\d+)?)\b"#, "from $1 to $2 seconds"),
                (#"\b(delete|remove|suppress|cut|take off) the (?:sound|audio) of the (?:video|videos|clips?|recordings?)\b"#, "mute the original sound"),
                (#"\b(?:the )?part (?:of )?(?:up|above|top|high)(?: of the (?:screen|video|image))?\b"#, "the top"),
                (#"\b(?:the )?part (?:of )?(?:down|below|bottom|low)(?: of the (?:screen|video|image))?\b"#, "the bottom"),
                // "the under side of the screen" (Dutch "onderkant", German "Unterseite"): the bottom; "the upper side": the top.
                (#"\b(?:the )?(?:under ?side|lower side|bottom side)(?: of the (?:screen|video|image|picture|frame))?\b"#, "the bottom"),
                // "make the pictures change more gently, with a slow blend of about two seconds between each one": softer
                // transitions, a dissolve (never the pictures' own speed, never "blend" as a look).
                (#"\b(?:make |let |have )?the (?:pictures|photos|pics|images|slides|clips|shots) (?:change|go|move|switch|flow|pass) (?:over )?(?:(?:a bit |a little |much )?more |a bit |a little )?(?:gently|softly|smoothly|gradually)\b"#, "make the transitions softer"),
                (#"\b(?:a |an )?(?:(?:slow|soft|gentle|smooth|gradual|nice|subtle)(?:,)? )*blend(?:s)? lasting\b"#, "a dissolve of"),
                (#"\b(?:a |an )?(?:(?:slow|soft|gentle|smooth|gradual|nice|subtle)(?:,)? )*blend(?:s)?\b(?= (?:of|between|from one|from each|in between)\b)"#, "a dissolve"),
                // "Add 'Emma & James' as the title and 'June 14, 2025' as a caption": two texts, each its own kind (between the
                // quotes, so only the words joining two quoted texts; "as the title and make it red" stays one request).
                (#"^\s*as (the |a |an |my |our )?(title|caption|subtitle|heading|headline|end card)\s*,?\s+and\s*$"#, " as $1$2, and add "),
                // "Put a.jpg at the start AND the end, like bookends", "start and end with a.jpg": that file first, and again last.
                (#"\b(?:put|have|use|show|place|add)\s+([\w-]+\.(?:jpe?g|png|heic|webp|gif|mp4|mov|m4v))\s+(?:both )?(?:at|in) (?:both )?the (?:very )?(?:start|beginning|front) and (?:at |in )?the (?:very )?end\b(?:\s*,?\s*(?:like|as) (?:a |the )?book-?ends?)?"#, "move $1 to the start, and use $1 again at the end"),
                (#"\b(?:start|open|begin) and (?:end|close|finish) (?:it |the (?:video|vid|slideshow|reel) )?(?:with|on) ([\w-]+\.(?:jpe?g|png|heic|webp|gif|mp4|mov|m4v))\b|\bbook-?end (?:it|the (?:video|vid|slideshow|reel)|everything) with ([\w-]+\.(?:jpe?g|png|heic|webp|gif|mp4|mov|m4v))\b"#, "move $1$2 to the start, and use $1$2 again at the end"),
                // "make the video a little longer? I think ten more seconds would be about right": longer by that much (it
                // added a second, then ten more); "longer, say 6 seconds" (no "more") stays the new length.
                (#"\b(?:a (?:little|bit|tad|touch) |slightly |somewhat )?(longer|shorter)\s*[?.!,;]+\s*(?:(?:i think|i'?d say|maybe|perhaps|say|probably|i guess|i reckon|something like)[,]?\s+)*(?:about |around |roughly )?(?:another|an extra) (\#(Numbers.amount)) ?(s|secs?|seconds?)\b(?: (?:would|should|will|might|could) be| is| sounds| seems)?(?: (?:about |just |quite )?(?:right|enough|good|fine|plenty|perfect|ideal|better))?"#, "$1 by $2 $3"),
                (#"\b(?:a (?:little|bit|tad|touch) |slightly |somewhat )?(longer|shorter)\s*[?.!,;]+\s*(?:(?:i think|i'?d say|maybe|perhaps|say|probably|i guess|i reckon|something like)[,]?\s+)*(?:about |around |roughly )?(\#(Numbers.amount)) ?(?:more|extra|fewer|less) (s|secs?|seconds?)\b(?: (?:would|should|will|might|could) be| is| sounds| seems)?(?: (?:about |just |quite )?(?:right|enough|good|fine|plenty|perfect|ideal|better))?"#, "$1 by $2 $3"),
                (#"\b(?:a (?:little|bit|tad|touch) |slightly |somewhat )?(longer|shorter)\s*[?.!,;]+\s*(?:(?:i think|i'?d say|maybe|perhaps|say|probably|i guess|i reckon|something like)[,]?\s+)*(?:about |around |roughly )?(\#(Numbers.amount)) ?(s|secs?|seconds?)\b (?:more|extra|longer|shorter|less)\b(?: (?:would|should|will|might|could) be| is| sounds| seems)?(?: (?:about |just |quite )?(?:right|enough|good|fine|plenty|perfect|ideal|better))?"#, "$1 by $2 $3"),
                // "I would also like a small line of writing saying …": a caption with those words.
                (#"\b(?:i would|i'?d|we would|we'?d) (?:also |really )?(?:like|love) (?:a |an |some )?(?:small |little |short |simple |nice )*(?:line of (?:writing|text|words)|bit of (?:writing|text)|writing|lettering)\s+(?:saying|that says|reading|which says|that reads)\b"#, "add a caption saying"),
                // "fade the whole vid to black at the end": the video's fade out (never the music's, never one clip's).
                (#"\bfade (?:the whole (?:vid|video|thing|reel|clip)|the entire (?:vid|video|thing|reel)|everything|it all|the (?:vid|video|reel)) (?:out )?to (black|white)\b"#, "fade out to $1"),
                // "Trim ceremony.mp4: in point 0:05, out point 0:20": the part from one to the other (never a 20 s video);
                // "set b.mp4 in point 0.5s and out point 2.5s": a trim too.
                (#"\b(?:set|make|put|mark|change)\s+(?:the )?(?=(?:[\w-]+\.[a-z0-9]{2,4}|clip \d+)(?:'s)?:?\s+in[- ]?point\b.*\bout[- ]?point\b)"#, "trim "),
                (#"\bin[- ]?point(?: at| of| is| =|:)?\s*(\d+:\d{2}(?:\.\d+)?|\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)?)\s*[,;]?\s*(?:and )?(?:an? |the )?out[- ]?point(?: at| of| is| =|:)?\s*(\d+:\d{2}(?:\.\d+)?|\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)?)"#, "from $1 to $2"),
                // "add 1 second to each photo": each that much longer (it made each photo 1 s).
                (#"\badd (?:an? |another |an extra )?(\d+(?:\.\d+)?|one|two|three|half a) ?(?:more |extra )?(s|secs?|seconds?) to (?:each|every|all(?: of)?(?: the)?) (photo|picture|pic|image|still|slide|shot|clip)s?\b"#, "make each $3 $1 $2 longer"),
                // "text 'Thank you' in the end of video": at the end.
                (#"\bin the (end|beginning|start) of (?:the )?(?:video|vid|clip|movie|film)\b"#, "at the $1"),
                // "the music should not be so loud", "the song shouldn't be this quiet": too loud (too quiet).
                (#"\b(the (?:background )?(?:music|song|track|soundtrack|bgm)) (?:should not|shouldn'?t|must not|mustn'?t|can'?t|cannot) be (?:so|that|this) (loud|quiet|soft)\b"#, "$1 is too $2"),
                // Second-language comparatives: "make the music more down", "make video more short 3 seconds".
                (#"\b(music|song|volume|sound|audio|bgm)\b(.{0,20}?)\bmore (?:down|low)\b"#, "$1$2 quieter"), (#"\b(music|song|volume|sound|audio|bgm)\b(.{0,20}?)\bmore (?:up|high)\b"#, "$1$2 louder"),
                (#"\bmore (short|long|quiet|loud|slow|fast|big|small|bright|dark|soft)\b"#, "$1er"),
                // "make it shorter 3 seconds" (no comma): that much shorter, never a 3 s video.
                (#"\b(shorter|longer) (\d+(?:\.\d+)?) ?(s|secs?|seconds?)\b(?!\s*(?:long|total|in total))"#, "$2 $3 $1"),
                // "wrong order, the video should be last": the one clip, moved.
                (#"(^\s*|[,.;!?]\s*)(?:the )?(?:video ?clip|clip|video|footage) (?:should|must|needs to|has to) (?:be|go|come|play) (?:the )?(last|first|at the end|at the start|at the beginning)(?=[.!]*\s*$)"#, "$1move the clip $2"),
                // "keep the running time at 10 s": that length (said beside another change, it is what the video should be).
                (#"\bkeep (?:the )?(?:running ?time|run ?time|runtime|length|duration|total (?:length|duration|running ?time)|video length|video'?s length)(?: of the video)? (?:at|to|as) (?=\d+(?:\.\d+)?\s*(?:s|secs?|seconds?|minutes?|mins?)\b)"#, "make it "),
                // "move c.png to the start" then "and a.jpg to the end": a file and a place, the move said before it.
                (#"(^\s*|[.!?;]\s+)(?:and |then |now |also |next,? )?([\w-]+\.(?:jpe?g|png|heic|webp|gif|mp4|mov|m4v)|clip \d+) (?:to|at) the (?:very )?(end|start|beginning|front)(?=\s*[.!?]*\s*$)"#, "$1move $2 to the $3"),
                // "fade in from black, 2 sec at the start": how long, with where it already said.
                (#"\b(fade (?:in|up)(?: from (?:black|white))?),\s*(\d+(?:\.\d+)?\s*(?:s|secs?|seconds?))\s+(?:at|in) the (?:very )?(?:start|beginning)\b"#, "$1 $2"),
                (#"\b(fade (?:out|down)(?: to (?:black|white))?),\s*(\d+(?:\.\d+)?\s*(?:s|secs?|seconds?))\s+(?:at|in) the (?:very )?end\b"#, "$1 $2"),
                (#"\b(?:the )?(?:upper side|top side)(?: of the (?:screen|video|image|picture|frame))?\b"#, "the top"),
                // "pan to the right on all the photos": a pan that way.
                (#"\bpan(?:s|ning)? (?:to|towards|toward) (?:the )?(left|right)\b"#, "pan $1"),
                // "make it look colder": the cool look (never "colder than", a comparison).
                // ("it's colder than I wanted": too cold, so warmer.)
                (#"\b(?:it|this|that|everything|the (?:video|colou?rs?|picture|image|photos?|shots?))\s*(?:'s|is|are|looks?|feels?|seems?|got|came out)(?: a (?:bit|little|lot|tad)| much| way| far)? colder than (?:i |we )?(?:wanted|want|expected|like|liked|hoped|thought|before|it was|they were)\b"#, "make it warmer"),
                (#"\bcolder\b(?! than\b)"#, "cooler"),
                // "the music keeps looping", "the song keeps starting over": a complaint, so once only (it looped it).
                (#"\b(?:the |my |this |that )?(music|song|track|tune|audio)\s+(?:keeps|kept)\s+(?:on\s+)?(?:looping|repeating|restarting|starting (?:over|again))\b(?: (?:at the end|over and over|again and again))?"#, "don't loop the $1"),
                (#"\bin (?:the )?(first|last) (?:place|position)\b"#, "$1"),
                (#"\b(?:at |to )?(?:the )?half (?:of )?the (?:velocity|speed)\b"#, "at half speed"),
                // "from second 6 until second 9" (German "ab Sekunde 6 bis Sekunde 9").
                (#"\b(from|at|until|till|to) (?:the )?second (\d+(?:\.\d+)?)\b(?! ?(?:s|secs?|seconds?|clip|photo|picture|video|one)\b)"#, "$1 $2 seconds"),
                // "kill the nat sound": the clips' own sound.
                // "mute the game audio", "turn the game sound off": a gamer's clips' own sound; "kill the live audio from the
                // clips" (a band's): theirs too.
                (#"\bnat(?:ural)?[- ]?sound\b|\bnat audio\b|\blive (?:audio|sound)\b|\bambient sound of the clips\b|\b(?:in-?)?game(?:play)? (?:audio|sounds?)\b"#, "original sound"),
                // "I must admit I do not understand what a 'transition' is": the word asked about (answered, never applied).
                (#"\b(?:i (?:must|have to|should) (?:admit|confess),? (?:that )?)?i (?:do not|don'?t|dont) (?:really |quite |fully )?(?:understand|know) what (?:a |an |the )?['"“‘]?([a-z-]+)['"”’]? (?:is|means)\b"#, "what is a $1?"),
                // "Is there a way to make them lighter?" of the pictures: brighter (never "make it lighter", which may be the file).
                (#"\b(make|get|have) (them|those|these|the (?:pictures|photos|photographs|images|pics|colou?rs|clips|shots)) (a (?:little|bit|tad|touch) |slightly |much )?lighter\b"#, "$1 $2 $3brighter"),
                // "it would look nicer if the pictures faded gently into one another": dissolves between them.
                (#"\b(?:the |my |all the )?(pictures|photos|clips|images|slides|shots) (?:faded|fade|fading|blended|blend|dissolved|dissolve|melted|melt|flowed|flow) (?:gently |softly |slowly |smoothly |nicely )?(?:in)?to (?:one another|each other)\b"#, "add crossfade transitions between the $1"),
                // "Could each change take a whole second?" (of the pictures): the transitions that long.
                (#"\b(?:each|every) (?:change|switch|changeover|change-over|crossing)(?: between (?:them|the \w+))? (?:to )?(?:take|takes|last|lasts|be)(?: about| roughly)? (?:a whole|a full|one whole|one full|one|a) second\b"#, "make the transitions 1 second"),
                // "Strike the second item from the order of march": taken out.
                (#"\bstrike (?:out )?(the (?:\#(ordinalPattern)|[\w-]+\.(?:jpe?g|png|heic|mp4|mov)) (?:item|clip|photo|photograph|picture|image|shot|one|slide|video)s?)(?: from (?:the )?(?:order(?: of march)?|running order|line-?up|sequence|list|programme|program|video|film))?\b"#, "remove $1"),
                // "The slideshow is too fast": the whole of it slowed a little (never left unread).
                (#"^\s*(?:the |this |my )?(?:slideshow|slide show|video|film|movie|whole thing|picture show)(?: is|'s)? (?:going |moving |running )?(?:way |much |a bit |a little |far |just )?too (?:fast|quick)(?=\s*(?:[,.;!]|$))"#, "slow it all down a little"),
                // "at a respectful, low volume", "at a gentle, soft level": the level said.
                (#"\bat a (?:respectful|gentle|modest|discreet|tasteful|dignified|pleasant|background)(?:,| and)? (low|soft|quiet|gentle|subtle) (volume|level)\b"#, "at a $1 $2"),
                // "A little less bright please": darker.
                (#"\b(a (?:little|bit|tad|touch) |slightly |much )?less bright(?:er)?\b"#, "$1darker"),
                // "take the sound off that one only", "turn the sound off clip 2": that clip muted (never the music: "take the
                // music off" names it).
                (#"\b(?:take|turn|switch|cut|shut) (?:the |its )?(?:sound|audio) off (?=(?:of |on |from )?(?:that|this|the|clip|it|them|[\w-]+\.(?:mp4|mov|m4v|webm))\b)(?:(?:of|on|from) )?"#, "mute "),
                // "The final frame (clip 3) should hold for 5 seconds": the clip in brackets is the one meant; "… to give the
                // logo room to breathe" is why (no logo to add).
                (#"\bthe (?!(?:title|caption|text|words|music|song|track)\b)[\w' -]{1,30}?\s*\(((?:clip|segment|shot|photo|picture) \d+)\)"#, "$1"),
                (#",?\s*(?:to|so as to|so (?:that )?(?:it|we|you) (?:can|could|will|'ll)) give (?:the |our |my |your |it |them )?[\w' -]{0,20}?(?:room|time|space|a moment) to (?:breathe|land|sink in|settle)\b"#, ""),
                // "Would it be possible to show the Christmas photograph first?": that one moved to the start (never "show the
                // title first").
                (#"\bshow (the (?!(?:title|caption|text|words|end ?card)\b)[\w' -]{1,30}? (?:photo|photograph|picture|pic|image|clip|video|shot|one)|clip \d+|[\w-]+\.(?:jpe?g|png|heic|webp|mp4|mov|m4v)) (?:first|at the (?:very )?(?:start|beginning))\b"#, "move $1 to the start"),
                // "mute the sound on the vids, just song", "only the studio version of the song": the clips' own sound off, the
                // music kept.
                (#"\bmute (?:the |their |all the )?(?:sound|audio)s? (?:on|of|from|in) (?:the |my |all the )?(?:vids|videos|clips|footage)\b"#, "mute the clips"),
                (#"\b(just|only) (song|music|the track)\b(?=\s*[.!,;]|\s*$)"#, "$1 the $2"),
                (#"\b(?:the )?studio (?:version|recording|track|mix|cut) of (?:the |our |my )?(song|track|music)\b"#, "the $1"),
                // An agent's call read as words: "set music volume value
                // 0.5", "set clip audio segment all muted true", "get duration".
                (#"\bset music volume (?:value|level|volume|to) (\d*\.?\d+)\b"#, "set the music volume to $1"),
                (#"\bset clip audio (?:segment|clip|target|scope) all (?:muted|mute) true\b"#, "mute the clips"),
                (#"\bset clip audio (?:segment|clip|target|scope) all (?:muted|mute) false\b"#, "unmute the clips"),
                (#"^\s*get (?:the )?(?:duration|length|total duration)\s*[.!?]*\s*$"#, "how long is the video?"),
                // "cut transitions to 0.2s": the transitions that short (they were taken away: a cut is no transition).
                (#"\b(?:cut|trim|shorten|bring) (?:the |all )?(transitions?|crossfades?|dissolves?|fades between (?:the )?(?:clips|photos|pictures))(?: down)? to (\d+(?:\.\d+)?) ?(s|secs?|seconds?|ms)\b"#, "make the transitions $2 $3"),
                // "please take out the second picture, the video one": the second item, which is the video (it removed two).
                (#"\bthe (first|second|third|fourth|fifth|last) (?:picture|photo|pic|image|one|clip|item|thing|bit),\s*the (?:video|clip|movie|moving) one\b"#, "the $1 clip"),
                (#"\bthe (first|second|third|fourth|fifth|last) (?:picture|photo|pic|image|one|clip|item|thing|bit),\s*the (?:photo|picture|still|pic) one\b"#, "the $1 one"),
                // "remove b.mp4, and also put c.png first": "and also" joins requests; c.png is moved (it was copied).
                (#"\band also (?=(?:put|move|place) \S+ (?:first|last|at the (?:start|end|beginning|front|back)|to the (?:start|end|front|back|beginning))\b)"#, "and "),
                // "a long fade to black of three seconds": the video's fade out, that long (it was 1 s).
                (#"\b(?:a |an )?(?:long |slow |short |quick |gentle |soft |nice )*fade (?:out )?(?:to|into) black of (\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten) seconds?\b"#, "a fade out to black over $1 seconds"),
                // "Legal has asked us to remove the product demo": who asked is no part of the request.
                (#"^\s*(?:(?:so|ok|okay|update|fyi)[:,]?\s+)?(?:legal|marketing|compliance|management|(?:the|our|my) (?:client|customer|boss|manager|team|teacher|editor|producer|director|bride|couple|legal team|marketing team))(?: team| department| dept)? (?:has |have |just )?(?:asked|told|wants|would like|needs|requested|instructed) (?:us|me) to\s+"#, ""),
                // "remove the product demo, which is clip 2": the clip by its number (what it shows is only said).
                (#"\bthe (?!(?:title|caption|text|words|music|song|track|end ?card)\b)[\w' -]{1,30}?,? (?:which is|that is|that's|i\.e\.?|aka|ie|=) (clip \d+|the (?:first|second|third|fourth|fifth|last) (?:clip|video|photo|picture))\b"#, "$1"),
                // "make clip 2, which is the video, shorter", "make the title, which is the first one, bigger": what the thing
                // is, said between commas, is no request (it moved the first clip, and set the video's length).
                (#",\s*(?:which|that|who)(?: is|'s| are| was| were)\b[^,.;!?:]{1,40},\s*(?=[a-z])"#, " "),
                // "The writing at the start disappears before I can read it", "the words at the beginning": the title there.
                (#"\bthe (?:writing|words|wording|lettering|text) (?:at|in) the (?:very )?(?:start|beginning|top of the video)\b(?! (?:of|saying|that says|which says|should say|to say)\b)"#, "the title"),
                // "the images are cut on the sides", "I want to see them complete": shown whole.
                (#"\b(?:the )?(images|photos|pictures|pics|clips?|videos?)\s+(?:are|is|get|gets|were|was|look|looks)\s+(?:being )?(?:cut|cropped)(?: off)?\s+(?:on|at|from) the (?:sides|edges|top|bottom|left|right)\b"#, "show the $1 in full"),
                (#"\bsee (them|it|everything|all of (?:it|them)|the (?:images|photos|pictures|pics|clips?|videos?))\s+(?:complete|completely|entire|entirely|whole|fully|uncut|uncropped)\b"#, "show $1 in full"),
                // What the picture is like now asks for the opposite: "it feels cold" is "warmer".
                // ("The user feels it currently looks too cold", "it's too cold": said with a word between, or "it's".)
                (#"\#(lookSaidOf)\#(coldIntensifiers)(?:cold|icy|blue|bluish)\b"#, "make it warmer"),
                // "what are the current settings (resolution, frame rate, music volume, transitions)?": the list says what is
                // asked about (its "transitions" added transitions).
                (#"(?<=\b(?:settings?|setup|config(?:uration)?|specs|parameters|state|status))\s*\((?:\s*(?:and |or )?[a-z][a-z -]{0,24},?)+\)(?=\s*[?.!]*\s*$)"#, ""),
                // "logo LAST and keep it up longer like 6 sec": "it" is the thing just placed, on screen that long (asked whether
                // the whole video should be 6 s).
                (#"\b([\w-]+(?:\.(?:jpe?g|png|webp|gif|heic))?) (last|first|at the (?:end|start|beginning))(?: please| pls)?,? and (?:keep|leave|hold|have|show) (?:it|that|this|that one) (?:up |on(?: screen)? |there |on there )?(?:(?:a (?:bit|little|lot) |much )?longer )?(?:,? ?(?:like|for|about|around|maybe|roughly|at) )*(\d+(?:\.\d+)?) ?(?:s|secs?|seconds?)\b"#, "$1 $2, $1 for $3 seconds"),
                // "The singing bowls are a touch too present": too loud (not understood).
                (#"\b(is|are|feels?|seems?) (?:a touch |a tad |a bit |a little |slightly |way |much |kind of |kinda |just )?too (?:present|prominent|dominant|forward|overpowering|in your face|in-your-face|much)(?= *(?:[;,.!?]|$| and\b| so\b| but\b))"#, "$1 too loud"),
                // "the song thing is to loud": the song (it was not understood).
                (#"\bthe (song|music|track|audio|soundtrack|tune|sound) thing(?:y|ie)?\b"#, "the $1"),
                // "the panel clip b.mp4 drags, trim the first second": the first second of that clip (it cut clip 1).
                (#"\b([\w-]+\.(?:mp4|mov|m4v|webm))(?: clip)? (?:drags|is (?:too |a bit |kinda |so )?(?:long|slow|boring|draggy)|feels (?:too |a bit |kinda )?(?:long|slow)|goes on (?:too long|forever)|takes (?:too long|forever) to (?:start|get going))\s*[,;.]\s*(?:so |just |please |pls |can you |could you )*(trim|cut|chop|lose|drop|skip|cut off|trim off) (?:off )?the first (second|\d+(?:\.\d+)? ?(?:s|secs?|seconds?)|(?:one|two|three|couple of) seconds?)\b(?! of\b)"#, "$2 the first $3 of $1"),
                // "end on sponsor_wall.png for 5 seconds": put there, and on screen that long (the length was lost).
                (#"\b(end|close|finish|open|start|begin) (on|with) ([\w-]+\.(?:jpe?g|png|webp|gif|heic)) for (\d+(?:\.\d+)?) ?(?:s|secs?|seconds?)\b"#, "$1 $2 $3, $3 for $4 seconds"),
                // "make it go dark slowly at the end like in the films": a fade out to black (not understood).
                (#"\b(?:make |have |let )?(?:it|the (?:video|film|movie|screen|picture|whole thing)) (?:go|fade|turn|get|slowly go|slowly fade|slowly turn) (?:to )?(?:dark|black)(?!\s*(?:and|&|n|'n'?)\s*white\b|-(?:and-|n-)?white\b)(?: (slowly|gradually|softly|gently|bit by bit)(?: at the (?:very )?end)?| at the (?:very )?end)\b"#, "fade out to black $1"),
                // "…, while the clip plays", "one full slow breath each": when, or why, beside what was asked.
                (#",\s*(?:while|as|when) (?:the |that )?(?:clip|video|footage) (?:plays|is playing|runs|is running|is on)\b"#, ""),
                (#"\#(afterLength),?\s*(?:one|a) (?:(?:full|slow|deep|long|whole|single) )*(?:breath|inhale|exhale)s?(?: (?:in|out))? each\b"#, ""),
                // "how do I change the writing at the top, it says Hello, I want it to say Happy Birthday Tom": those words
                // for new ones (it moved the title to the top).
                (#"^(?:(?:hi|hello|hey|ok|okay|so|um|and)[,!]? )*(?:how (?:do|can|would|should) i|can you|could you|please|i (?:want|would like|need) to) (?:change|edit|fix|update|alter) (?:the |my |that )?(?:writing|words|text|title|caption|lettering)(?: (?:at|on|in) the (?:top|bottom|start|beginning|end|middle|cent(?:er|re)))?,? (?:it|which|that) (?:says|reads|currently says|now says) ([^,]{1,60}),? (?:and )?(?:i (?:want|would like|'d like|need)|i want) (?:it|them) to (?:say|read) (.+)$"#, "change $1 to say $2"),
                // "make every shot 2 seconds, 4 beats each" (at 120 bpm): the beats are why, the seconds are the length.
                (#"\#(afterLength),?\s*(?:so |that'?s |which is |i\.e\.? |=\s*)?(?:\d+|one|two|three|four|six|eight|sixteen) beats? (?:each|apiece|a piece|per (?:shot|photo|picture|pic|clip|slide|image|cut|item)|an? (?:shot|photo|picture|pic|clip|slide|cut))\b"#, ""),
                // ("make the food look warmer, looks kinda cold rn": said with no "it", after a comma; it was the cool look.)
                (#"(?:^|(?<=[,;.!] )|(?<=[,;.!]))\s*(?:looks?|feels?|seems?)\s+\#(coldIntensifiers)(?:cold|icy|bluish)\b"#, "make it warmer"),
                // "it looks too warm", "the photos are way too orange": cooler (it made them warm).
                (#"\#(lookSaidOf)(?:kinda |kind of |a bit |a little |way |much |far )?(?:too|overly) (?:warm|orange|yellow|yellowish)\b"#, "make it cooler"),
                (#"\b(?:it|this|that|everything|the (?:video|colou?rs?|picture|image|shots?|photos?|interior shots))\s+(?:feels?|looks?|seems?|is|are|'s)\s+(?:kinda |kind of |a bit |a little |too |so |very |really |way too |rather |quite |somewhat |pretty |fairly |a tad )*(?:dark|gloomy|dim)\b"#, "make it brighter"),
                // Portuguese and Spanish speakers: "a legenda" is a caption, "in the final" the end, "let it
                // vertical" / "let them with 1,5 seconds" / "let the first photo with 6 seconds" (deixa) is
                // "make", "change the title for X" (para) is "to X", "put it more big" is "make it bigger".
                (#"\blegendas\b"#, "captions"), (#"\blegenda\b"#, "caption"),
                // "ad sale banner at end", "pls ad the logo at the start": "add" typed short (never "an ad at the end").
                (#"(^\s*|[,.;!]\s*|\b(?:and|then|pls|plz|please|also)\s+)ad (?=(?:a|an|the|my|our|some|this|that|music|transitions?|captions?|titles?)\s|(?!(?:at|to|on|in|for|of|with|is|was|will)\b)[\w-]+(?: [\w-]+){0,2} (?:at|to|on) (?:the )?(?:very )?(?:end|start|beginning|front|bottom|top)\b)"#, "$1add "),
                (#"\b(?:in|at|on) the final\b(?! (?:\d|two|three|four|five|seconds?|secs?|version|cut|video|file|mp4|render|photo|picture|clip|one|image|frame|card))"#, "at the end"),
                (#"\b(\d+),(\d{1,2}) ?(s|secs?|seconds?|x|%)(?!\w)"#, "$1.$2 $3"),
                (#"\blet (it|them|everything|(?:the|this|that|my|all the|each|every) [\w ]{1,30}?) (?:with |to have |be |stay |in )?(?=\d|(?:shorter|longer|faster|slower|bigger|smaller|quieter|louder|vertical|horizontal|square|brighter|darker|warmer)\b)"#, "make $1 "),
                (#"\b(change|rename|switch) (the |my )?(title|caption|end card|headline) (?:for|by|with) (?=(?-i:[A-Z0-9$£€]))"#, "$1 $2$3 to "),
                (#"\bput (it|them|that|this|the (?:title|caption|text|end card|music|song|video|clip)) (bigger|smaller|larger|louder|quieter|faster|slower|shorter|longer|brighter|darker)\b"#, "make $1 $2"),
                // "remove the photo where my thumb is over the lens? It's the third one.": the one meant, said after it (it
                // moved the third picture).
                (#"\b(remove|delete|drop|get rid of|take out|cut out|lose)\b(?: (?:the|that|this) (?:photo|picture|pic|image|clip|video|shot|one)\b)?[^.?!]*[.?!]+\s*(?:it'?s|that'?s|it is|that is|this is) (?:the )?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\d+(?:st|nd|rd|th)) (one|photo|picture|pic|image|clip|video|shot)\b"#, "$1 the $2 $3"),
                // "Fade up from black over 2 s at the start and down to black over 3 s at the end": in and out, said as up and down.
                (#"\bfade up from (black|white)\b"#, "fade in from $1"), (#"(?<!fade )(?<!fades )(?<!fading )\bdown to (black|white)\b"#, "fade out to $1"),
                // "A gentle fade at the start and at the end would be lovely": both ends.
                (#"\b(fades?)\b((?: [a-z]+){0,2}?) (?:at|in) the (?:very )?(?:start|beginning) and (?:at |in )?the (?:very )?end\b"#, "$1 in and out$2"),
                // "put 3 seconds on the title", "the title of 4 seconds", "the title 4 seconds long": how long it stays
                // (a title reading "A" was added, or the title's words became "4 seconds long").
                (#"\b(?:put|give|add|set) (\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)) (?:on|to|for) (the (?:title|caption|end ?card|text))\b"#, "make $2 last $1"),
                (#"\b(the (?:title|caption|end ?card)) of (\d+(?:\.\d+)?\s*(?:s|secs?|seconds?))\b(?! (?:in|into|mark|point))"#, "$1 lasting $2"),
                (#"\b(the (?:title|caption|end ?card)) (\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)) long\b"#, "$1 lasting $2"),
                // "Trim clip 2: in 500 ms, duration 2000 ms": an in point said plainly.
                // ("trim clip 2 in 0.5s out 2.5s": from the in point to the out point.)
                (#"\b(trim (?:clip|segment|index|item) \d+\s*[:,]?\s*)in (\d+(?:\.\d+)?\s*(?:ms|s|secs?|seconds?))\s*[,;]?\s*(?:and )?out (\d+(?:\.\d+)?\s*(?:ms|s|secs?|seconds?))\b"#, "$1from $2 to $3"),
                (#"\b(trim (?:clip|segment|index|item) \d+\s*[:,]?\s*)in (\d+(?:\.\d+)?\s*(?:ms|s|secs?|seconds?))\b"#, "$1start $2 in"),
                // "clip 3 dur 2s": a length, said short.
                (#"\bdur\b(?=\s*[:=]?\s*\d)"#, "duration"),
                // "Set brightness 0.1.": the level, with its "to" left out.
                (#"\b(brightness|contrast|saturation|exposure)\s*[:=]?\s+(?=[+-]?\d)"#, "$1 to "),
                // "1,500 ms shorter", "a 2,000ms fade": a thousands comma in an amount (never in the words of a title).
                (#"\b(\d{1,3}),(\d{3})(?=\s*(?:ms|milliseconds?|msecs?|s|secs?|seconds?|frames?|px|pixels?)\b)"#, "$1$2"),
                // "turn off the zoom and pan motion", "no pan and zoom": the one movement (never a pan left alone).
                (#"\b(?:zoom(?:ing)?|ken burns)(?: and | ?& ?| ?/ ?)pan(?:ning)?(?: (?:motion|movement|effect))?\b|\bpan(?:ning)?(?: and | ?& ?| ?/ ?)zoom(?:ing)?(?: (?:motion|movement|effect))?\b"#, "zoom"),
                // "take away the writing that says Hello.": that text, by its words (it reworded the title "Hello.").
                (#"^\s*(?:please |pls |can you |could you )*(?:take away|take off|take out|get rid of|remove|delete|drop|lose|erase) (?:the |that )?(?:writing|words|text|lettering|title|caption|message)(?: that| which)? (?:says|reads|saying|reading|with) (?!«)([^«]+?)[.!?]*$"#, "remove $1"),
                // "make the title more chic, lower third style": the style named is how (the taste word asks nothing more).
                (#"\b(make|give) (the (?:title|caption|text|end ?card)) (?:look )?(?:(?:a bit |a little |much |way )?more |a bit |a little )?(?:chic|elegant|classy|stylish|fancy|sophisticated|polished|professional|modern|sleek|luxurious|luxury|upscale)\s*,?\s*(?:with |in |as )?(?:a |the )?(lower[- ]third|bold|clean|minimal|simple|boxed)( style| look)\b"#, "$1 $2 $3$4"),
                // "change title become 'My Family Trip'": what it should become.
                (#"\b((?:change|turn|make|rename|edit) (?:the |my )?(?:title|caption|text|end ?card|music|song|video))(?: to)? becomes?\b"#, "$1 to"),
                // "mute og sound on the clips": the original sound.
                (#"\bog (?=(?:sound|audio|noise)\b)"#, "original "),
                // "mute the prop noise on the clips", "mute the engine noise in the videos": their own sound, muted whole.
                (#"\bmute (?:the |all )?(?:[\w-]+ ){0,2}(?:noise|sound|audio|whine|buzz)s? (?:on|of|in|from) (?:the |all the |all )?(?:clips|videos|footage)\b"#, "mute the original sound"),
                // "shorten the video", "lengthen it": shorter or longer, no amount said.
                (#"\bshorten (it|the video|the vid|this|everything|the whole thing)\b(?! (?:by|to)\b)"#, "make $1 shorter"), (#"\blengthen (it|the video|the vid|this|everything|the whole thing)\b(?! (?:by|to)\b)"#, "make $1 longer"),
                // "swap it so plating comes before the honey drizzle": the one that goes first, and where.
                (#"^\s*(?:swap|switch|change|rearrange|reorder|flip)(?: (?:it|them|things|the order|those|these))? so (?:that )?(.+?) (?:comes?|goes|is|plays|shows) (before|after) (.+)$"#, "put $1 $2 $3"),
                // "plating should come before the honey drizzle", "I want the toast to go after the plating": where one goes.
                (#"^\s*(?:(?:i|we) (?:want|need|'d like|would like) )?(?!(?:the |a |my )?(?:title|caption|text|music|song|track|audio|sound|fade|transition|end ?card)s?\b)((?:the |my |that |this )?[\w.'-]+(?: [\w.'-]+){0,3}?) (?:should|needs? to|has to|must|to) (?:come|go|play|be|show) (?:right |just |immediately )?(before|after) (.+)$"#, "put $1 $2 $3"),
                // "no I meant the title": a correction, never "no title" (it removed the title).
                (#"^\s*(?:no|nope|nah)[,.!]*\s+(?=(?:i meant|i mean|sorry|wait|actually|the other|i said)\b)"#, ""),
                // "my teacher said it cant be longer than 1 min": the rule itself, whoever said it (it made the video 60 s).
                (#"\b(?:my|our|the) [a-z]+ (?:said|says|told (?:me|us)|wants?|asked)(?: that)? (?=(?:it|the video|videos?|the vid) (?:cant|can'?t|cannot|can not|mustn'?t|must not|shouldn'?t|should not|may not|has to|must|should|needs? to|is supposed to)\b)"#, ""),
                // "my teacher said max 8 seconds, can u shorten it to that?", "the limit is 15 sec, cut it down to fit":
                // "that" and "to fit" are the limit said before.
                (#"\b(?:max(?:imum)?|limit(?: is| of)?|at most|no (?:more|longer) than|up to|under)\s+(\#(Numbers.amount)\s*(?:s|secs?|seconds?|mins?|minutes?))\b(.*?\b(?:shorten|cut|trim|get|bring|make|keep|edit|reduce)\s+(?:it|this|the video|the vid|everything|the whole thing)(?:\s+down)?)\s+to\s+(?:that|fit|it|the limit|that length|that limit)\b"#, "$2 to at most $1"),
                // "the video in the middle is more slow than I want": a complaint (too slow), not the change wanted.
                (#"\b(is|are|'s) (?:a bit |a little |much |way )?(\w+?)(?:er|r) than (?:i|we) (?:want|wanted|like|need|expected|thought)\b"#, "$1 too $2"),
                // "why is there music i didnt add any. take it out", "how come there's a song?? remove it": the thing
                // asked about is what goes (the question was read as "add music", and "it" as nothing).
                (#"\b(?:why (?:is|'s) there|how come there(?:'s| is)|why do (?:i|we) have) (?:any |a |some |this )?(?:background )?(music|song|audio|soundtrack)\b[^.!?]{0,60}?[.!?,;]+\s*(?:i (?:never|didn'?t|didnt|did not) (?:add(?:ed)?|ask(?:ed)? for|want(?:ed)?|put)(?: any| one| it| that| in)*[.!?,;]+\s*)?(?:(?:can you|pls|please|just|so) )*(?:take it (?:out|off|away)|remove it|delete it|get rid of it|lose it|cut it|drop it)\b"#, "remove the $1"),
                // "can you put it more fast? 2 times": a speed said as a count of times.
                // "fade the music: in 1s, out 3s", "fades: in 0.5 s / out 2 s": each end its own length (the first was read as
                // the fade out, the second as the video's length).
                (#"\bfades? (?:the |on the |for the )?(music|song|bgm|soundtrack|video)\s*[=:]?\s*in\s*[=:]?\s*(\d+(?:\.\d+)?\s*(?:ms|s|secs?|seconds?))\s*(?:,|;|/|&|\band\b)\s*out\s*[=:]?\s*(\d+(?:\.\d+)?\s*(?:ms|s|secs?|seconds?))\b"#, "fade the $1 in over $2 and fade the $1 out over $3"),
                (#"\bfades?\s*[=:]?\s*in\s*[=:]?\s*(\d+(?:\.\d+)?\s*(?:ms|s|secs?|seconds?))\s*(?:,|;|/|&|\band\b)\s*out\s*[=:]?\s*(\d+(?:\.\d+)?\s*(?:ms|s|secs?|seconds?))\b"#, "fade in over $1 and fade out over $2"),
                // (Not "speed up b.mp4 and play it two times": a copy, played again.)
                (#"^(?=.*\b(?:fast|faster|slow|slower|speed|quick|quicker)\b)(?!.*\b(?:play|show|run|repeat|loop)(?:s|ed)? (?:it|that|this|that one|this one|the (?:clip|video|one)|clip \d+|[\w-]+\.[a-z0-9]{2,4}) (?:again )?(?:\d+|two|three|four) times\b(?! (?:as |faster|slower|quicker|more|less|the speed)))(.*?)\b(\d+(?:\.\d+)?|two|three|four) times\b(?! (?:as |longer|shorter|more|less|bigger|smaller|louder|quieter|the (?:length|duration)))"#, "$1$2x"),
                // ("go more fast please, two times": the count said in words, as its digit.)
                (#"\btwox\b"#, "2x"), (#"\bthreex\b"#, "3x"), (#"\bfourx\b"#, "4x"),
                // Indian English: "prepone the caption by 2 seconds" moves it earlier, "postpone" later;
                // "the same" after a verb is what was just made ("revert the same", "prepone the same").
                (#"\bprepone (.+?) by (\S+ ?(?:s|secs?|seconds?))\b"#, "move $1 $2 earlier"), (#"\bpostpone (.+?) by (\S+ ?(?:s|secs?|seconds?))\b"#, "move $1 $2 later"),
                (#"\b(move|shift|revert|undo|delete|remove) the same\b"#, "$1 it"),
                // "start from 4th second and stop at 9th second": a second counted by its ordinal.
                (#"\b(from|at|to|until|till|on|after|before) (?:the )?(\d+)(?:st|nd|rd|th) sec(?:ond)?\b"#, "$1 $2 seconds"),
                (#"\bmake (the |my )?(music|song|bgm) to (start|begin|stop|end)\b"#, "make $1$2 $3"),
                (#"\b(?:put|place|move) (it|that|the (?:title|caption|text)) in (top|bottom|center|centre|the middle)\b"#, "put $1 at the $2"),
                (#"\b(make (?:it|them|the \w+) )little (bigger|smaller|louder|quieter|shorter|longer|faster|slower|brighter|darker)\b"#, "$1a little $2"),
                // "swap 1 and 3", "switch 2 & 4": numbers alone name the clips.
                (#"^\s*(swap|switch|exchange) (\d+) (?:and|&|with) (\d+)\s*[.!]?\s*$"#, "$1 clip $2 and clip $3"),
                // "fade it to black at the very end": the video's fade out.
                (#"\bthe very (end|start|beginning)\b"#, "the $1"),
                (#"\bfade (?:it|this|everything|the (?:video|whole thing|whole video)) (?:out )?(?:to|into) black\b"#, "fade out to black"),
                // "should be cut at the beginning, 4 seconds away" (German "4 Sekunden weg"): that much off its start.
                (#"\bcut (?:off )?at the (beginning|start)\b"#, "cut from the $1"), (#"\b(\#(Numbers.amount)[- ]?(?:ms|s|secs?|seconds?)) away\b"#, "$1 off"),
                // "give the video clip an extra 2 seconds", "2 additional seconds": that many more.
                (#"\b(?:an |another )?(?:extra|additional) (\#(Numbers.amount))[- ]?(seconds?|secs?)\b"#, "$1 more $2"), (#"\b(\#(Numbers.amount))[- ]?(?:extra|additional) (seconds?|secs?)\b"#, "$1 more $2"),
                // "with the caption … for its final five seconds": the video's last seconds.
                (#"\b(for|in|during|over) (?:its|their) (first|last|final) (?=\#(Numbers.amount)[- ]?(?:s|secs?|seconds?)\b)"#, "$1 the $2 "),
                // "lengthen the title's on-screen time to five seconds", "set the caption display duration to 4 s",
                // "give the title 5 seconds on screen": that text's own length.
                (#"\b(?:lengthen|extend|shorten|increase|reduce|change|set|make|bump|raise|up|cut|trim)\s+(the |my |that |this )?(title|caption|end card|subtitle|text)(?:'s|’s|s)?\s+(?:on[- ]?screen |display |screen |visible |showing )?(?:time|duration|length)(?: on(?: the)? screen)?\s+(?:up |down )?to\s+(?=\#(Numbers.amount)[- ]?(?:ms|s|secs?|seconds?)\b)"#, "make $1$2 last "),
                (#"\bgive (the |my |that |this )?(title|caption|end card|subtitle|text) (\#(Numbers.amount)[- ]?(?:s|secs?|seconds?))(?: on(?: the)? screen)?\b"#, "make $1$2 last $3"),
                // "can the title be on screen longer, like 5 seconds instead of 3": that text's own length.
                (#"\b(the (?:title|caption|end card|text)) (?:be|stay|stays|remain|remains) (?:on(?: the)? screen |up |visible )?(?:a (?:bit|little) )?(?:longer|for longer)[,]?\s*(?:like |say |about |maybe |around |for )?(\d+(?:\.\d+)? ?(?:s|secs?|seconds?))(?: instead of \d+(?:\.\d+)?(?: ?(?:s|secs?|seconds?))?)?"#, "make $1 last $2"),
                // "start the music at 3 seconds when the title is gone", "at the four second mark, once the title has gone": when,
                // not a title's words.
                // (With no time said, textEndsAsTimes turns "once the title is gone" into that time.)
                (timeThenTextEnds, ""),
                // "join the two videos of the show and take off the sound of them": the clips' own sound.
                (#"\b(?:take off|remove|cut|kill|turn off) the (?:sound|audio) (?:of|from|on) (?:them|those|these|the (?:two |three |both )?(?:videos|clips))\b"#, "mute the original sound"),
                (#"不要\s*crop|别\s*crop"#, "不要裁切"),
                // "quanto tempo tem o vídeo?" (Portuguese): how long it is.
                (#"\bquanto tempo (?:tem|dura|é|e)\b"#, "how long is"),
                // "Trim segment 2 so that it starts 0.8 s into its source": where the clip starts.
                (#"\btrim (.+?),? so (?:that )?it (?:starts|begins) (?:at )?(\S+ ?(?:s|secs?|seconds?)) in(?:to)? (?:its|the) (?:source|clip|footage|file|video|original)\b"#, "start $1 $2 in"),
                // "put the last photo in the beginning": at the start.
                (#"\b((?:put|move|place) .+?) in the (beg+i+n+i+n?g|begin+ig|start|end)\b"#, "$1 at the $2"),
                // "BGM 等title结束再进来，就是3秒那里": the music comes in when the title ends (its time said again after).
                (#"(?:bgm|背景音乐|音乐|music|歌)\s*等\s*(?:title|标题)\s*结束(?:了|后|以后)?\s*再?\s*(?:进来|出来|开始|进|响起?)(?:[,，]\s*就是\s*[零〇一二两三四五六七八九十\d.]+\s*秒(?:那里|那儿|的地方|左右)?)?"#, "start the music after the title"),
                // "音乐等到第4秒再进来", "背景音乐到5秒才开始": the music starts then (said before 再, which parts clauses).
                // "让背景音乐在2秒的时候才开始", "音乐从第3秒那里再进来": the same, said with 在 or 从.
                (#"(?:让|叫|要)?\s*(bgm|背景音乐|音乐|music|歌)\s*(?:(?:等到|到|等)\s*第?\s*([零〇一二两三四五六七八九十\d.]+)\s*秒(?:钟)?(?:的时候|那里|那儿)?\s*(?:再|才)|(?:在|从)\s*第?\s*([零〇一二两三四五六七八九十\d.]+)\s*秒(?:钟)?(?:的时候|那里|那儿)?\s*(?:再|才)?)\s*(?:进来|出来|开始|进|响起?|播放?)"#, "$1从第$2$3秒开始"),
                // "最后慢慢变黑，3秒", "结尾渐渐暗下去": the video fades out to black.
                (#"(?:在?最后|结尾(?:的时候|处)?|结束(?:的时候|时)?)\s*(?:慢慢|渐渐|逐渐)?地?\s*(?:变黑|变暗|黑下去|暗下去|黑掉|黑屏)"#, "结尾淡出"),
                // "最后3秒加一行字：谢谢老师！", "加一句话：生日快乐": a line of words is a caption.
                (#"(?:加|放|写)(?:上|个)?(?:一行|一句|几个)?(?:字|话|文字)\s*[:：]\s*[“"]?([^“”"]+?)[”"]?\s*$"#, "加字幕“$1”"),
                // "还是算了，撤销吧", "算了，撤回": giving up on the last change, said before asking to undo it.
                (#"^(?:还是|那)?算了吧?\s*[，,、]\s*(?=.*(?:撤销|撤回))"#, ""),
            ])
            // "lower third: Jane Doe, Head Baker": the words after a text's name and a colon are the text, commas and all.
            // "change the title to say Christmas Eve Service 5:00 PM", "change the title to 2019 F-150 XLT – only $24,995":
            // the rest is the title's words (never a colour, place, size, style or length).
            // ("change title to Go Tigers!! (not Go Tiggers lol)": the aside after the words is not theirs.)
            t = replacing(t, #"^(.*?\b(?:change|rename|set|make|switch) (?:the |my |that )?(?:title|caption|end card|headline)(?: text)? to) ([^"“'‘()]+?)\#(RulePlanner.bracketAside)\s*\.?\s*$"#, "$1 \"$2\"")
            t = replacing(t, #"^(.*?\b(?:change|rename|set|make|switch) (?:the |my |that )?(?:title|caption|end card|headline)(?: text)? (?:to (?:say|read) |to (?=(?-i:[A-Z0-9$£€]))(?!\d+(?:\.\d+)? ?(?:s|secs?|seconds?|ms|px|%)\b)))([^"“'‘].*?)(?=\s+\#(RulePlanner.textThenRequest)|\#(RulePlanner.reasonAfterWords)|\s*[.!]?\s*$)"#, "$1\"$2\"")
            // It ends where another "key:" starts ("title: Launch Day. music_volume: 0.3").
            // "caption: WINTER SPECIAL 20% OFF, top", "end card: Open Tue-Sat 9-6, last 3 sec": a place or time after a last comma is not the text.
            // "Title: Welcome Everyone! Keep it to one minute.": the words end at the sentence end when a request follows.
            t = replacing(t, #"^(.*?\b(?:lower[- ]third|title|caption|subtitle|headline|end card|super))\s*:\s*(?!(?:\d+(?:\.\d+)?|\#(Numbers.spelledNumber))\s*(?:s|secs?|seconds?|ms)\s*[.!?]*\s*$)([^"'“‘\s.!?](?:[^"“”.!?]|[.!?](?!\s))*?[!?]*)\.?\s+(?=\#(RulePlanner.requestSentence))"#, "$1 \"$2\". ")
            t = replacing(t, #"^(.*?\b(?:lower[- ]third|title|caption|subtitle|headline|end card|super))\s*:\s*(?!(?:\d+(?:\.\d+)?|\#(Numbers.spelledNumber))\s*(?:s|secs?|seconds?|ms)\s*[.!?]*\s*$)([^"'“‘\s](?:(?!\.\s+[\w ]{1,25}:)[^"“”])*?)\s*\.?(?=\s*$|\.\s+[\w ]{1,25}:|\s*,\s*\#(textTail)\s*[.!]?\s*$)"#, "$1 \"$2\"")
            // "end card GO HAWKS!": capitals after "end card" are its words.
            t = replacing(t, #"\bend ?card\s+((?-i:[A-Z0-9])(?-i:[A-Z0-9 &!?.,'’$%#@-])+)$"#, "end card \"$1\"")
            // A question mark ends a request as a full stop would.
            t = t.replacingOccurrences(of: "?", with: ".")
            t = Self.replacing(t, #"[ \t]{2,}"#, " ")
            return t
        }
    }
}
