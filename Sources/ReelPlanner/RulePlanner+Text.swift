import Foundation
import ReelTimeline

extension RulePlanner {
    /// A request about a text said right after its words: "… and stay up 5 secs", "… and make it rise in".
    /// A title named with its words and nothing else ("title «0» instead", "title: «0»", "ok now the title «0»", "title
    /// «0» 0-5s" with when it shows: a second title was added), or
    /// said to replace what is there ("… «0» for the title instead").
    static let bareTitle = #"^(?:(?:ok|okay|and|so|now|then|actually|hmm+|nah|no|yeah|yes|wait|oh)[,.!]?\s+)*(?:the |my |main |video |our )?title(?: card| text)?\s*(?:[:=-]|→|->|=>|\bis\b|\bshould be\b|\bto be\b)?\s*(?:«\d+»)?\s*(?:,?\s*(?:(?:from |at )?\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)?\s*(?:-|–|to|until|till)\s*\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)?|for (?:the first )?\d+(?:\.\d+)?\s*(?:s|secs?|seconds?))\b)?\s*(?:(?:instead|now|then|rather|this time|please|pls)\b\s*)*[.!?]*$|^(?!.*\b(?:add|another|new|extra|second|also|too|more)\b).*\btitle\b.*\binstead\b"#

    /// A sentence that is a request, after words for the screen ("Title: Welcome Everyone! Keep it to one minute.",
    /// "Title: Grand Opening! Music at 20%."): the words end before it.
    static let requestSentence = #"(?:(?:please|pls|and|also|then|oh|ok)[,!]?\s+)*(?:(?:keep|make|cut|trim|shorten|get|have|bring) (?:it|the (?:video|whole thing|reel|length)|everything|this|that|all)\b|(?:the |a |some )?(?:music|song|audio|soundtrack|bgm|volume|transitions?|crossfades?|fades?|canvas|length|duration)\b|(?:use|add|put|set|change|remove|lower|raise|mute|export|slow|speed|no|without) (?:the |a |an |some |it |music|transitions?|\w+\.\w{2,4}\b)|(?:it should|it must|the video should|total|max|maximum|under|about)\b|\d+(?:\.\d+)?\s*(?:s|secs?|seconds?|min|mins|minutes?)\b|one minute\b|(?:vertical|square|horizontal|landscape|portrait)\b)"#

    /// "the title should be «0» and last 4 seconds": "last" said as a verb after the words is how long they stay
    /// (never "the last 4 seconds" of the video).
    static let wordsThenLast = #"(?<=«\d»|«\d\d»)\s+and (?:then )?(?:it )?(?:should |will |must |can |to )?(?:lasts?|stays?(?: up| on(?: screen)?)?|remains?|holds?|shows?) (?:for )?(?=(?:about |around |roughly )?(?:\d+(?:\.\d+)?|\#(Numbers.spelledNumber))\s*(?:s|secs?|seconds?)\b)"#

    static let textThenRequest = #"and (?:then )?(?:make (?:it|them|the text)|stay|stays|last|lasts|show|shows|appear|appears|hold|remain|remains|put it|move it|have it|keep it|give it|let it|fade it|animate it)\b"#

    // MARK: Text

    /// Unquoted words that only name a text style or entrance (as written, in lower case): "bold", "clean
    /// style", "rise and its style to bold".
    static let styleWordsOnly = #"(?-i:^(?:(?:the|a) )?(?:bold|clean|simple|minimal|plain|boxed|lower[- ]third|rise|rising|fade|fading|fade in|fades in)(?:\s+(?:style|look|font|entrance|animation))?(?:\s+and\b.*)?[.!]*$)"#

    /// A colour or a place said not to be: "not red", "don't want the title to be red", "never at the top".
    static let negatedLook = #"\b(?:not|never|don'?t|dont|do not|isn'?t|shouldn'?t|no)\b[^.,;!?«]{0,30}?\b(?:red|green|blue|yellow|white|black|orange|pink|purple|gold|golden|gr[ae]y|cyan|magenta|navy|teal|silver|top|bottom|middle|cent(?:er|re))\b"#

    /// Right before a bare "last 3 seconds" that is a time, not a verb: after the words ("'Sale' last 3 seconds") or
    /// their place ("bottom of screen last 3 seconds").
    static let closingLead = #"(?:(?<=» )|(?<=\b(?:screen|frame|top|bottom|center|centre|middle|left|right|corner|third),? ))"#

    /// A text's time said from the video's end: "for the last 3 seconds", "for its final five seconds", "at the end".
    static let closingTime = #"\#(closingLead)(?:last|final) \d|\b(?:the|its|the video'?s) (?:last|final) (?:\d|\#(Numbers.spelledNumber))|\bat the (?:very )?end\b|\bas the video ends|\bto close\b|在结尾|最后"#

    static let defaultTextSize: [TextKind: Int] = [.title: 96, .caption: 52, .endcard: 84]
    static let colourWords: [(String, String)] = [
        ("red", "red"), ("green", "green"), ("blue", "blue"), ("yellow", "yellow"), ("white", "white"), ("black", "black"),
        ("orange", "orange"), ("pink", "pink"), ("purple", "purple"), ("gold", "gold"), ("golden", "gold"), ("grey", "gray"),
        ("gray", "gray"), ("cyan", "cyan"), ("magenta", "magenta"), ("navy", "navy"), ("teal", "teal"), ("silver", "silver"),
        ("红色", "red"), ("黄色", "yellow"), ("白色", "white"), ("黑色", "black"), ("蓝色", "blue"), ("绿色", "green"),
        ("金色", "gold"), ("粉色", "pink"), ("紫色", "purple"), ("橙色", "orange"),
    ]

    /// The colours of `colourWords` said in English, as one alternation ("red|green|…").
    static let colourPattern = colourWords.filter { $0.0.first?.isASCII == true }.map(\.0).joined(separator: "|")

    /// What is wrong with a text, said after "is": "the title is too small, make it bigger", "the caption
    /// is hard to read": never its words (written in lower case: "the title is Great Escape" names it).
    static let describesText = #"(?-i:(?:way |much |far |a bit |a little |kinda |kind of |really |so |very |quite |pretty |still )*(?:too|so|hard|difficult|barely|not|unreadable|illegible|tiny|small|big|huge|ugly|wrong|off|weird|cut off|blurry|boring|fine|good|great|perfect|ok|okay|nice|covering|over|under|behind|overlapping|gone|missing|there|visible|invisible|long|short|late|early|fast|slow|annoying|awful|terrible|horrible|distracting|cheesy|cringe|cringy|lame|bad|unnecessary|pointless|useless|in the way|a bit much|too much|messy|cluttered|cheap|tacky|childish|unprofessional)\b)"#

    /// Adds or edits titles, captions and end cards. Returns the unquoted words meant for the
    /// screen, so the other rules do not read them as instructions.
    /// Words after "change the title to" that say how it looks or where it goes, never its words: "the top",
    /// "red so it pops", "#1E90FF to match our brand", "(red) to match our logo", "bigger".
    /// "put the title first", "add the caption again": where or when, never the words.
    static let placeOnly = #"^(?:first|last|next|again|back|now|here|there|earlier|later|sooner|instead|too|as well|please|pls)[.!]*$"#

    /// "(not Go Tiggers lol)", "(sorry, typo)": an aside in brackets after a text's unquoted words, about them.
    static let bracketAside = #"\s*\((?:not|no|lol|lmao|haha|oops|sorry|typo|autocorrect|ugh|i meant?|spelled|spelt|spelling|with (?:two|one|double|a capital)|correctly)\b[^()]*\)"#

    /// "what's the title saying", "what does the caption say right now": what a text says, asked.
    static let textWordsAsked = #"^(?:and |so |ok,? |sorry,? )?(?:what|which)(?:'s| is| does| do)? (?:the |my |our )?(?:title|caption|text|end card|subtitle|heading)(?: currently| now)? (?:say|says|saying|read|reads|reading)\b(?: (?:right now|now|currently|at the moment|atm|at the minute))?\s*[?.!]*$"#

    static func describesStyle(_ l: String) -> Bool {
        has(l, #"^(?:the |a )?(?:top|bottom|center|centre|middle|left|right|lower third|upper|start|end|beginning|\d)"#) || has(l, placeOnly)
            || has(l, #"^(?:match|fit|suit|go with|stand out|pop)\b(?: (?:with|in|on|more))? (?:our|the|my|their|your|it|this|that|everything|better|more)\b"#)
            || colourWords.contains { has(l, #"^\#($0.0)(?:[,]? (?:to match|so|for|because|since|as|like)\b.*)?$"#) } || has(l, #"^#[0-9a-f]{3,8}\b"#)
            || has(l, #"^(?:be )?(?:bigger|larger|smaller|\d+ ?(?:s|sec|seconds?))"#)
            // "set the title to appear from 1 second to 5 seconds": when it shows, never the words "appear".
            || has(l, #"^(?:(?:only|just|first|then) )?(?:appear|appears|show|show up|shows|pop up|come in|come up|start|begin|end|stop|stay|last|run|play|fade|disappear|vanish|go away|be (?:shown|visible|displayed|on screen))\b(?: (?:in|out|up|on|off))?(?: (?:from|at|for|until|till|between|after|before|by|over|during|on|in|the|when|while|longer|shorter|earlier|later|sooner)\b|[.!?]*$)"#)
    }

    /// Words that only lead into a request: "please", "can you", "ok".
    static let politeLead = #"(?:(?:please|pls|can you|could you|and|then|now|ok|okay|also)[,]? )*"#

    /// A text named by its unquoted words, and the words it gets (group 1 the words now, group 2 the new ones).
    static let textRewordings = [
        #"^\#(politeLead)(?:change|replace|rename|edit|update|swap|switch|turn)\s+(?:the (?:text |words? |wording |title |caption )?)?(?:from )?(?!«)(.+?)\s+(?:to|with|into|for)\s+(?:say |read )?(.+?)[.?]*$"#,
        #"^\#(politeLead)(?:make|have|let)\s+(?:the (?:text |words? |title |caption ))?(?!«)(.+?)\s+(?:say|read)\s+(.+?)(?:\s+instead)?[.?]*$"#,
        #"^\#(politeLead)instead of\s+(?!«)(.+?),?\s+(?:write|say|put|use|have it say|it should say)\s+(.+?)[.?]*$"#,
    ]

    /// "at the top", "lower left", "in the middle", "底部": where a text goes.
    static func positionSaid(_ looks: String) -> TextPosition? {
        has(looks, #"lower third"#) ? .lowerThird
            : has(looks, #"top[- ]left|upper[- ]left|左上"#) ? .topLeft : has(looks, #"top[- ]right|upper[- ]right|右上"#) ? .topRight
            : has(looks, #"bottom[- ]left|lower[- ]left|左下"#) ? .bottomLeft : has(looks, #"bottom[- ]right|lower[- ]right|右下"#) ? .bottomRight
            : has(looks, #"\btop\b|顶部|上方|上面"#) ? .top : has(looks, #"\bbottom\b|底部|下方|下面"#) ? .bottom
            : has(looks, #"\b(?:center(?:ed)?|centred?|middle)\b|中间|居中"#) ? .center : nil
    }

    static func text(_ clause: String, quotes: [String], draft: Draft, context: PlannerContext, _ plan: inout Plan) -> String? {
        let c = clause.lowercased()
        // "What's the title saying right now? I forgot": asked, never new words (beside another sentence, "right now" became the
        // title).
        if has(c, textWordsAsked) { return nil }
        // The text whose words are `old` (any case) gets `new` ones; false when no text has them.
        func reword(_ old: String, to new: String) -> Bool {
            let positions = draft.textPositions
            guard let k = positions.indices.first(where: {
                draft.tracks[positions[$0].track].segments[positions[$0].segment].text?.lowercased() == old.lowercased()
            }) else { return false }
            // "change "Hello" to "Happy Birthday Gran" for 5 seconds": how long the text stays (never the video's length).
            let stays = Numbers.firstMatch(#"\bfor (?:about |around |roughly )?(\d+(?:\.\d+)?\s*(?:s|secs?|seconds?))\b(?!\s*(?:of|in|into)\b)"#, in: c).flatMap { Numbers.duration(in: $0[1]) }
            // "change "Hello" to "Grand Opening" and move it to the top": where it goes, said after the words.
            let after = c.components(separatedBy: "«").last.map { replacing($0, #"^\d+»"#, "") } ?? ""
            let place = has(after, #"\b(?:move|put|place|position|at|in|to)\b"#) ? positionSaid(replacing(after, Self.negatedLook, " ")) : nil
            plan.operations.append(.editText(.index(k), text: new, startMs: nil, durationMs: stays, position: place, color: nil, size: nil))
            plan.understood.append("change \"\(old)\" to \"\(new)\"")
            return true
        }
        // change "Hello" to "Hi there": a text named by its words.
        if let m = Numbers.firstMatch(#"\b(?:change|replace|rename|edit|update|swap|turn)\s+(?:the (?:text|title|caption|words?)(?:'s)?(?: text| words)? )?(?:from )?«(\d+)»\s+(?:to|with|into|for)\s+«(\d+)»|把\s*«(\d+)»\s*(?:改成|改为|换成)\s*«(\d+)»"#, in: c),
           let i = Int(m[1].isEmpty ? m[3] : m[1]), let j = Int(m[2].isEmpty ? m[4] : m[2]),
           quotes.indices.contains(i), quotes.indices.contains(j) {
            if reword(quotes[i], to: quotes[j]) { return nil }
        }
        // "Change Hello to Miller Family Farm.", "swap happy bday for Happy Birthday Mia": a text named by its words, unquoted
        // (only words a text on screen has; "change clip 2 to black and white" is no text).
        // ("make Hello say Grand Opening", "instead of Hello write Grand Opening", "change the wording from Hello to …" too.)
        let onScreen = Set(draft.textPositions.compactMap { draft.tracks[$0.track].segments[$0.segment].text?.lowercased() })
        if !onScreen.isEmpty,
           let m = Self.textRewordings.lazy.compactMap({ Numbers.firstMatch($0, in: clause) }).first(where: { onScreen.contains($0[1].lowercased()) }),
           !describesStyle(m[2].lowercased()) {
            // ("change Hello to 'Open House Sat 1-4pm'": the new words quoted, the old ones not.)
            let new = Numbers.firstMatch(#"^«(\d+)»$"#, in: m[2]).flatMap { Int($0[1]) }.flatMap { quotes.indices.contains($0) ? quotes[$0] : nil } ?? m[2]
            if !new.contains("«"), reword(m[1], to: new) { return nil }
        }
        // "remove Hello", "take Hello off", "get rid of hello": the text with those words (never a clip of that name).
        if !onScreen.isEmpty,
           let m = Numbers.firstMatch(#"^\#(Self.politeLead)(?:remove|delete|drop|lose|ditch|hide|get rid of|take (?:out|off|away)|take)\s+(?:the (?:text |words? |wording )?)?(?!«)(.+?)(?: (?:text|words|wording|writing))?(?: (?:off|out|away))?(?: (?:at|from|in|on) the (?:very )?(?:start|beginning|top|opening|end|bottom)(?: of (?:the |my )?(?:video|movie|film|it))?)?[.!?]*$"#, in: clause),
           onScreen.contains(m[1].lowercased()), !has(m[1].lowercased(), #"^(?:music|song|sound|audio|titles?|captions?|texts?|transitions?|fades?|end|start|beginning|intro|outro|look|filter|zoom|everything|all)$"#),
           !context.media.contains(where: { (($0 as NSString).lastPathComponent.lowercased() as NSString).deletingPathExtension == m[1].lowercased() }) {
            let positions = draft.textPositions
            if let k = positions.indices.first(where: { draft.tracks[positions[$0].track].segments[positions[$0].segment].text?.lowercased() == m[1].lowercased() }) {
                plan.operations.append(.removeText(.index(k)))
                plan.understood.append("remove \"\(m[1])\"")
                return nil
            }
        }
        // "the title should read 'B' rather than 'A'", "instead of 'A', 'B'": the text named by its words, reworded.
        if let m = Numbers.firstMatch(#"\b(?:instead of|rather than|not)\s+«(\d+)»"#, in: c), let i = Int(m[1]), quotes.indices.contains(i),
           let other = Numbers.firstMatch(#"«(\d+)»"#, in: c.replacingOccurrences(of: "«\(i)»", with: " ")), let j = Int(other[1]), quotes.indices.contains(j) {
            if reword(quotes[i], to: quotes[j]) { return nil }
        }
        // "Change the price to $949." with a caption "Only $899!": the price inside the words, replaced (not understood).
        let price = #"[$€£¥]\s?\d[\d,]*(?:\.\d{1,2})?|\d[\d,]*(?:\.\d{1,2})?\s?(?:[$€£¥]|usd|eur|dollars|euros)"#
        if let m = Numbers.firstMatch(#"^(?:(?:actually|now|and|ok|okay)[,.]?\s+)*(?:change|update|set|make|fix|correct) the (?:price|cost)(?: (?:on|in) the (?:title|caption|text|end ?card))? (?:to|at|into) (\#(price))[.!]*$"#, in: clause) {
            let priced = draft.textPositions.indices.filter { has(draft.textSegment($0).text ?? "", price) }
            if priced.count == 1, let k = priced.first, let old = draft.textSegment(k).text {
                let new = replacing(old, price, NSRegularExpression.escapedTemplate(for: m[1]))
                plan.operations.append(.editText(.index(k), text: new, startMs: nil, durationMs: nil, position: nil, color: nil, size: nil))
                plan.understood.append("change the price in \"\(old)\" to \(m[1])")
                return nil
            }
        }
        // "show the title twice", "repeat the caption at the end": a text shows once, for one stretch; when the second
        // showing goes is asked, with the words it would repeat (nothing changed).
        if let m = Numbers.firstMatch(#"^\#(politeLead)(?:show|have|play|put|display|repeat|use) (?:the|my) (title|caption|end ?card)(?: text)? (?:twice|two times|2 times|2x|a second time|once more|again(?! (?:at|from|in|on|for)\b))(?: (?:please|pls|too))*[.!]*$"#, in: c),
           let kind = TextKind(rawValue: m[1].replacingOccurrences(of: " ", with: "")), let k = draft.textIndex(ofKind: kind), let words = draft.textSegment(k).text {
            let seg = draft.textSegment(k)
            plan.questions.append("The \(kindWord(kind)) \"\(words)\" shows once, from \(seconds(seg.start ?? 0)) to \(seconds((seg.start ?? 0) + (seg.duration ?? 0))) s. When should it show again? I can, for example: \"add a caption '\(words)' from 7 to 10 seconds\".")
            plan.understood.append("ask when the \(kindWord(kind)) shows again")
            return nil
        }
        // "lowercase please" (after a title was added), "make the title all caps", "lowercase the caption": the text's own
        // words in small letters (or capitals). With more than one text and none named, it asks which.
        let letterCase = #"(lower ?-?case|small letters|upper ?-?case|all caps|all capitals|caps|capitals|capital letters|block capitals)"#
        let caseNoun = #"(title|caption|text|end ?card|words|writing|lettering)"#
        if let m = Numbers.firstMatch(#"^\#(politeLead)(?:(?:make|put|set|change|turn|write|have|do|show) )?(?:(?:the|my|that|this) \#(caseNoun) |it |that |them )?(?:(?:in|to|into|as|all in) )?(?:all )?\#(letterCase)(?: letters)?(?: (?:please|pls|instead|only|too|now))*[.!]*$"#, in: c)
            ?? Numbers.firstMatch(#"^\#(politeLead)(?:make |put |change |turn )?\#(letterCase) (?:the |my )?\#(caseNoun)(?: (?:please|pls|instead|too|now))*[.!]*$"#, in: c).map({ [$0[0], $0[2], $0[1]] }) {
            let named = m[1].isEmpty || has(m[1], #"^(?:words|writing|lettering|text)$"#) ? nil : TextKind(rawValue: m[1].replacingOccurrences(of: " ", with: ""))
            let texts = draft.textPositions.indices
            // The text named; else the only one; else the one the last change was made to.
            var k = named.flatMap { draft.textIndex(ofKind: $0) } ?? (texts.count == 1 ? texts.first : nil)
            if k == nil, named == nil, let before = context.previous {
                let changed = texts.filter { i in !before.textPositions.indices.contains(i) || before.textSegment(i) != draft.textSegment(i) }
                if changed.count == 1 { k = changed[0] }
            }
            guard let k, let old = draft.textSegment(k).text else {
                if texts.isEmpty || named != nil {
                    plan.questions.append("There is no \(named.map(kindWord) ?? "text") to change. I can, for example: \"add a title 'Summer'\".")
                } else {
                    plan.questions.append("Which text? The video has \(draft.describeText(Array(texts))). I can, for example: \"make the title lowercase\".")
                }
                plan.understood.append("ask which text")
                return nil
            }
            let upper = !has(m[2], #"^(?:lower|small)"#)
            let new = upper ? old.uppercased() : old.lowercased()
            if new != old { plan.operations.append(.editText(.index(k), text: new, startMs: nil, durationMs: nil, position: nil, color: nil, size: nil)) }
            plan.understood.append(new == old ? "\"\(old)\" is in \(upper ? "capitals" : "small letters") already" : "change \"\(old)\" to \"\(new)\"")
            return nil
        }
        // "a caption for each picture: 'apple', 'banana', 'cherry'": one caption per picture, in order, over its time.
        if let done = captionsPerPicture(c, quotes: quotes, draft: draft, &plan) { return done ? clause : nil }
        if nextLine(c, quotes: quotes, draft: draft, context: context, &plan) { return nil }
        // "make it until second 8", "make it yelow" right after a text was added: that text.
        if !has(c, #"\b(?:titles?|captions?|subtitles?|texts?|headline|lower third|end ?cards?|writing|words|lettering)\b|«"#),
           let done = pronounText(c, draft: draft, context: context, &plan) { return done ? clause : nil }
        // "The title should remain as it is.": what stays as it is, beside a change.
        // "remove the last 2 seconds of the title", "cut the first second of the caption": that text shorter at that
        // end (it removed the whole title, or moved it to the video's end).
        if let m = Numbers.firstMatch(#"\b(?:remove|cut|trim|shave|drop|take|lose|chop|delete)(?: off| away)? (?:the )?(first|last|final) (\d+(?:\.\d+)?\s*(?:s|secs?|seconds?|ms)|(?:a |one |half a )?second) (?:off |away )?(?:of|off|from) (?:the |my |that )?(title|caption|text|end ?card)\b"#, in: c) {
            let kind = TextKind(rawValue: m[3] == "text" ? "caption" : m[3].replacingOccurrences(of: " ", with: "")) ?? .caption
            let cut = m[2].hasSuffix("second") && !has(m[2], #"\d"#) ? (m[2].hasPrefix("half") ? 500 : 1000) : (Numbers.duration(in: m[2]) ?? 0)
            if cut > 0, let k = m[3] == "text" ? draft.textPositions.indices.first : draft.textIndex(ofKind: kind) {
                let seg = draft.textSegment(k)
                let start = seg.start ?? 0, length = seg.duration ?? 0
                guard length > cut else {
                    plan.questions.append("The \(kindWord(kind)) is only \(seconds(length)) s long, so nothing was cut from it. Say \"remove the \(kindWord(kind))\" to take it off.")
                    plan.understood.append("nothing cut from the \(kindWord(kind))")
                    return nil
                }
                let fromStart = m[1] == "first"
                plan.operations.append(.editText(.index(k), text: nil, startMs: fromStart ? start + cut : nil, durationMs: length - cut, position: nil, color: nil, size: nil))
                plan.understood.append("cut the \(m[1]) \(seconds(cut)) s of the \(kindWord(kind))")
                return nil
            }
        }
        // "keep the title", "leave the captions as they are": the same.
        if let m = Numbers.firstMatch(#"^(?:but |and |please |just )?(?:keep|leave) (?:the |my |our )?(title|caption|text|end card|subtitle)s?(?: (?:as (?:it is|they are|is)|the same|there|in|on|alone|untouched|unchanged))?(?: please)?[.!]*$"#, in: c),
           !draft.textPositions.isEmpty {
            plan.understood.append("keep the \(m[1]) as it is")
            return nil
        }
        if let m = Numbers.firstMatch(#"^(?:but |and )?(?:the |my )?(title|caption|text|end card|subtitle)s? (?:should|must|can|will|is to|has to)? ?(?:remain|stay|be left|be kept) (?:as it is|as is|the same|unchanged|untouched|where it is|alone)[.!]?$"#, in: c) {
            plan.understood.append("keep the \(m[1]) as it is")
            return nil
        }
        var kind: TextKind
        var generic = false
        // "put the author's name on the first picture: Elif Shafak": a caption over that picture (which never moves).
        var onPicture: Int?
        var writing = false
        var contact: String?
        var placeholder = false
        // Words that are all about one text (its times are its own, never the video's): "show 'Welcome' for 5 seconds".
        var wholeClause = false
        // "a closing credits card", "end credits", "a credits screen": the card that closes the video.
        // (Not "add outro_card.png at the end": a picture of that name.)
        if has(replacing(c, #"[\w-]+\.(?:jpe?g|png|heic|webp|gif|mp4|mov|m4v|webm)\b"#, " "), #"end ?cards?|end screen|ending card|closing card|outro|closing credits?|end credits?|credits? (?:card|screen|slide|roll)|片尾|结尾"#) { kind = .endcard }
        // "end with my name 'Dana Whitfield · Coldwell Realty'", "finish the video with 'Thanks for watching'": words that close it.
        else if has(c, #"^\#(politeLead)(?:and )?(?:end|finish|close|wrap(?: it)? up)(?: (?:it|this|the (?:video|film|movie|slideshow|reel)))?(?: off)? with (?:my |our |his |her |the |a |an )?(?:[\w'-]+ ){0,2}«\d+»[.!]*$"#),
                let q = quoted(clause, quotes), !has(q, #"\.(?:jpe?g|png|heic|webp|gif|mp4|mov|m4v|webm|mp3|wav|m4a)$"#),
                !context.media.contains(where: { ($0 as NSString).lastPathComponent.lowercased() == q.lowercased() }) { kind = .endcard }
        // "At the very end, please add a card that says …": a card of words closes the video (it reworded the title);
        // one at the start is a title card.
        // ("quote card for the last 3 sec: "Sleep is a skill"": a card of quoted words, too.)
        else if has(c, #"\b(?:a|an|one|another|the|our|my) (?:(?:final|last|closing|little|simple|short|plain|black|white|thank[- ]you|text|word|price|info|contact|quote) )*cards?\b(?! (?:reader|number|payment|details))|\b(?:price|info|information|contact|thank[- ]you|final|closing|quote) cards?\b"#),
                !has(c, #"\b(?:credit|debit|gift|business|sd|memory|sim|birthday) cards?\b|\.(?:jpe?g|png|heic|webp|gif)\b"#),
                // ("now add the card at the end" with outro_card.png: that picture.)
                !context.media.contains(where: { ($0 as NSString).lastPathComponent.lowercased().contains("card") }) {
            kind = has(c, #"\b(?:at the (?:very )?(?:start|beginning)|to open|opening|first)\b"#) && !has(c, #"\b(?:end|last|close|closing|final|finish)\b"#) ? .title : .endcard
        }
        // "straight after the title, add a caption …": the title only says when.
        // ("Can we have the music come in after the welcome title, like at 3 seconds": the title only says when the music
        // comes in; it was moved to 3 s.)
        else if has(replacing(c, #"\bafter the (?:intro|title|opening(?: title)?)\b|\b(?:music|song|soundtrack|bgm|track)\b.*\b(?:after|before|once|when|until|till) the (?:[\w'-]+ ){0,2}?(?:intro|title|opening)(?: title| card)?\b"#, " "), #"\btitles?\b|\btitled\b|\bheadlines?\b|标题|片头"#) { kind = .title }
        // Not "the caption text": that is the caption.
        else if has(c, #"text overlays?|overlay text|(?<!caption )(?<!subtitle )(?<!end card )\btexts?\b(?! to speech)|文字"#) { kind = .caption; generic = true; placeholder = has(c, #"overlay"#) }
        // "make the words at the start bigger": the text on screen, unquoted.
        // "edit the writing to say 'Pizza now $12'", "could the lettering say X instead": the text on screen, reworded.
        // ("can the opening words stay on a little longer": the first text.)
        else if has(c, #"\b(?:the|its) (?:(?:opening|first|closing|last|final|intro|ending|beginning) )?(?:words|writing|lettering|letters)\b"#), !has(c, #"«"#) || has(c, #"\b(?:say|says|read|reads)\b"#) { kind = .caption; generic = true; writing = true }
        // "the message at the end needs to be longer": the text on screen, named by what it is for.
        // ("put the banner at the end" with sale_banner.png among the files: that picture.)
        else if let m = Numbers.firstMatch(#"\bthe (message|note|banner|tagline|slogan)\b"#, in: c), !has(c, #"«"#), !draft.textPositions.isEmpty,
                !context.media.contains(where: { ($0 as NSString).lastPathComponent.lowercased().contains(m[1]) }) { kind = .caption; generic = true; writing = true }
        // "Could it say Happy 80th Birthday Dorothy instead?": the text on screen (the only one, or the one
        // just touched), reworded.
        // ("the title says Hello which was just me testing, it should say Happy 40th Birthday Mom": the same.)
        else if has(c, #"^(?:(?:could|can|would|should|shall|will|does|let) )?(?:it|that|this|they)\s+(?:(?:should|must|needs? to|has to|is supposed to|was supposed to|ought to) )?(?:say|read)\s+(?!(?:it|that|this|again|louder|slower|faster)\b)\S"#),
                !draft.textPositions.isEmpty { kind = .caption; generic = true; writing = true }
        // "a little message saying We love you Nana", "a banner that says Sale ends Sunday", "price tag bottom right
        // saying '$24,500 OBO'": a caption, named by its words.
        else if has(c, #"\b(?:message|note|banner|tagline|slogan|label|sign|location tags?|price tags?|price|tags?|badges?|callouts?)\b(?=.*(?:\bsaying\b|\bthat (?:says|reads)\b|\bwhich (?:says|reads)\b|\breading\b|:|«))"#) { kind = .caption }
        // "Add our hours along the bottom: Open Tue–Sun 11am–10pm", "put our phone number 555-0142 at the bottom".
        else if let m = Numbers.firstMatch(#"\b(?:add|put|show|include|display|stick|throw|write)\b.*\b(?:our|my|the (?:shop'?s|store'?s|restaurant'?s|salon'?s|business'?s)) (?:opening |business |store |shop )?(hours|phone(?: number)?|number|website|site|url|web ?address|address|e-?mail|instagram|insta handle|insta|ig|tiktok|socials?|handle|promo code|discount code|code|prices?)\b|\b(?:add|put|show|include|display|stick|throw|write)\b.*\bthe (price|phone number|website)\b(?=.*(?:[$€£]\s?\d|\d\s?(?:[$€£]|usd|eur|dollars?|euros?)|\d{3}|www\.|\.com))"#, in: c) {
            kind = .caption
            contact = m[1].isEmpty ? m[2] : m[1]
        }
        // "write 'Sold out!' across the last photo": over that picture; "and 'After 😍' on the last one" (after one
        // put on the first): the same, the verb left out.
        else if let m = Numbers.firstMatch(#"(?:\b(?:name|names|credit|words|caption|label|text|write|put|add|show|stamp)\b.*|^(?:and |also |then |plus )?«\d+»\s+)\b(?:on|over|across|onto) (?:the )?(first|second|third|fourth|fifth|sixth|last|final|\d+(?:st|nd|rd|th)) (?:picture|photo(?:graph)?|pic|image|clip|shot|slide|one)\b"#, in: c),
                quoted(clause, quotes) != nil, let v = ordinalValue(m[1]) {
            let count = draft.visualSegments.count
            guard count > 0, v < count else { return nil }
            kind = .caption
            onPicture = v < 0 ? count - 1 : v
        }
        // "Add 'Sold' over the exterior shot only", "the caption 'Snack time!' while the snack photo is showing": over the
        // one picture whose file is named so. "put '$15' on the boots": a word of its file name alone, too.
        else if quoted(clause, quotes) != nil,
                let m = Numbers.firstMatch(#"\b(?:on|over|across|onto|while|during|when) (?:the |my |that |those |these )?([a-z][\w-]{2,}(?: [a-z][\w-]{2,})?)( (?:picture|photo|pic|image|clip|shot|slide)\b|(?= (?:one|pic|photo)\b|[.!?]*$| (?:please|pls|too|as well)\b))"#, in: c),
                let only = pictureNamed(m[1], noun: m[2].trimmingCharacters(in: .whitespaces), draft: draft) {
            kind = .caption
            onPicture = only
        }
        // "Exhibit teaser: 'Women of the Bauhaus', 25 seconds": the name said for the video is its title.
        else if has(c, #"^(?:(?:a|an|the|our|my|new) )?(?:[\w'-]+ ){0,3}(?:teaser|trailer|promo|video|reel|slideshow|recap|montage|highlights?|short)\s*[:：–—-]\s*«\d+»[.!]?$"#) { kind = .title }
        else if has(c, #"lower third"#) { kind = .caption }
        else if has(c, #"captions?|subtitles?|lower third|字幕"#) { kind = .caption }
        // "show 'Welcome' for the first 2 seconds": quoted words put on screen.
        else if let q = quoted(clause, quotes), has(c, #"\b(show|display|put|write|overlay|flash|pop up|add)\b|显示|写|加"#), !has(c, #"\b(it|that|this)\b"#),
                !context.media.contains(where: { ($0 as NSString).lastPathComponent.lowercased() == q.lowercased() }), !has(q, #"\.(?:jpe?g|png|mp4|mov|mp3|wav|m4a)$"#) {
            // "Put 'Happy 5th Birthday Emma!' at the beginning": words that open the video, no kind said, are its title
            // (not "show 'Welcome' for the first 2 seconds", "'Sale' at the start of the last clip").
            let opens = has(c, #"\bat the (?:very )?(?:beginning|start)\b(?! of (?!(?:the |my |our )?(?:video|vid|film|movie|slideshow)\b))|\bto (?:open|begin|start)(?: (?:it|the video|with))?[.!]*$"#)
                && !has(c, #"\b(?:secs?|seconds?)\b|\d\s?s\b"#) && !draft.textPositions.contains { draft.tracks[$0.track].segments[$0.segment].kind == .title }
            kind = opens ? .title : .caption
            wholeClause = !draft.visualSegments.isEmpty
        }
        else { return nil }
        // "text 'Sale -50%' on the second clip", "put 'Sale' on b.mp4": words over one picture, however the kind was
        // named, are shown while it is (they were put at 0 s).
        if onPicture == nil, kind == .caption, quoted(clause, quotes) != nil, let under = pictureUnderWords(c, draft: draft) {
            onPicture = under
            wholeClause = true
        }

        // The words: quoted, or after "saying", "called", ":"…
        var words = quoted(clause, quotes)
        var unquoted: String?
        var retitle = false
        // "with the title Tech Talk Weekly", "the title should say Summer Menu", "标题是夏日菜单", "add the text Limited offer at 5s"
        // "Could it say Happy 80th Birthday Dorothy instead?", "edit the writing to say X": the words it should say.
        if words == nil, writing,
           let m = Numbers.firstMatch(#"\b(?<!(?:hard|easy|tough|difficult|impossible|hard for me|hard for us|easier|harder|able|unable|trying|try) )(?:could|can|should|shld|would|must|to|it|now|instead)\s+(?:say|read)\s+(?!(?:on|from|in|at|with|it|them|this|that|the (?:text|title|words?|caption)|anything|properly|well|clearly|fast|quickly|easily)\b)(.+?)(?:\s+instead)?[?.!]*$"#, in: clause) {
            unquoted = m[1].trimmingCharacters(in: .whitespaces)
        }
        // "title it Cozy Lakeside Cabin", "title the video Spring Recital 2025": the title's words.
        if words == nil, unquoted == nil,
           let m = Numbers.firstMatch(#"^(?:and |also |then )?title (?:it|this|the (?:video|vid|film|movie|slideshow|reel|clip))\s+(?!with\b|at\b|in\b|on\b|for\b|from\b|bigger|smaller)(.+?)[.!]*$"#, in: clause) {
            unquoted = m[1].trimmingCharacters(in: .whitespaces)
            kind = .title
            retitle = true
        }
        // "Put the words Harvest Festival 2024 at the start", "with the words Happy Anniversary at the start".
        if words == nil, unquoted == nil,
           let m = Numbers.firstMatch(#"\b(?:put|add|write|show|with|use|display)(?: the| these)? words\s+(?!on\b|at\b|in\b|to\b|bigger|smaller|larger|«)(.+?)\s+(?:at|in|on|for|from|to) (?:the )?(?:very )?(?:start|beginning|top|bottom|middle|center|centre|end|first|last|\d).*$"#, in: clause)
            // "I should like the words Fifty Golden Years to appear as a title", "the words Thank You shown at the end".
            ?? Numbers.firstMatch(#"\b(?:the|these) words\s+(?!on\b|at\b|in\b|to\b|bigger|smaller|larger|«)(.+?)\s+(?:to (?:appear|show|come up|be (?:shown|displayed|written|put))|appearing|shown|displayed|written|as (?:a |an |the )?(?:title|caption|subtitle|headline))\b"#, in: clause) {
            unquoted = m[1].trimmingCharacters(in: .whitespaces)
            // "… shown as the title" with a title there: that title, reworded.
            retitle = kind == .title && has(c, #"\bas (?:the|my|our) title\b"#) && draft.textPositions.contains { draft.tracks[$0.track].segments[$0.segment].kind == .title }
        }
        if words == nil, unquoted == nil,
           let m = Numbers.firstMatch(#"\b(?:with|add|put|use|include|and)(?: the| a| an)? (?:title|headline|text|caption|end ?card)\s+(?!that\b|which\b|saying\b|says\b|to\b|at\b|in\b|on\b|for\b|from\b|of\b|called\b|named\b|titled\b|reading\b|with\b|bigger|smaller|larger|longer\b|shorter\b|red\b|white\b|yellow\b|black\b|blue\b|overlays?\b|please\b)(.+)$|\b(?:title|caption|text) (?:is|should be|(?:should|shld|shud|must|needs? to|has to) (?:say|read)|should read|will be|reads|says|to be)\s+(?!at\b|in\b|on\b|for\b|from\b|shown|displayed|(?:showing|show|shows|visible|up|there|present|on screen|onscreen|longer|shorter|too|so|very|way|kinda|really|not|still|a bit|a little|hard|unreadable|tiny|huge|cut|covering|gone|over)\b|bigger|smaller|larger|longer|shorter|centered|centred|red\b|white\b|yellow\b|black\b|blue\b|\d|\#(describesText))(.+)$|(?:标题|字幕)(?:是|为|叫|写)\s*(.+)$|(?:文字|字幕|标题)[:：\s]\s*(\S.*)$|\b(?:put|add|write|type)(?: (?:my|our|his|her|their|the)(?: [\w'-]+)? names?| the words?)? (?!(?:it|this|that|them|the (?:photo|picture|image|clip|video|logo|song|music))\b)(.+?) as (?:a |an |the |my |our )?(?:lower third|caption|title|subtitle|headline)\b|^(?:add )?(?:a |an )?(?:caption|subtitle|text)\s+(?!to\b|at\b|in\b|on\b|for\b|from\b|of\b|saying\b|says\b|that\b|with\b|bigger|smaller|larger|red\b|white\b|yellow\b|overlays?\b|«)(.+)$|(?:^(?:and |with |plus )?(?:a |the )?|\b(?:music|song|track|pics|photos|pictures|clips|videos)\s+)(?:title|headline)\s+(?-i:([A-Z0-9](?:[^,;]|(?<=\d),(?=\d{3}))*))$"#, in: clause) {
            var u = [m[1], m[2], m[3], m[4], m[5], m[6], m[7]].first { !$0.isEmpty }!.trimmingCharacters(in: .whitespaces)
            // Timing and place after the words are instructions: "… at 5s", "… for 3 seconds", "… at the top".
            u = Self.replacing(u, #"\s+(?:at|from|for|on|in|between|until|till|during|over|starting)\s+(?:the )?(?:(?:very |first |last )?(?:top|bottom|middle|center|centre|start|end|beginning)\b|\d+(?:\.\d+)?\s*(?:s|secs?|seconds?|ms|min|minutes?)\b|first \d|last \d).*$"#, "")
            // (A "!" is the words' own: "Happy 5th Birthday Emma!".)
            u = Self.replacing(u, #"[\s.]+$"#, "")
            // "… Welcome to Casa Mar and stay up 5 secs", "… GG EZ and make it rise in": the words end
            // where a request about them starts; "TACO TUESDAY not hello": not the words there now.
            u = Self.replacing(u, #"\s+\#(Self.textThenRequest).*$"#, "")
            for old in draft.textPositions.compactMap({ draft.tracks[$0.track].segments[$0.segment].text?.lowercased() }) where !old.isEmpty {
                if u.lowercased().hasSuffix(" not " + old) || u.lowercased().hasSuffix(" instead of " + old) {
                    u = Self.replacing(u, #"\s+(?:not|instead of)\s+\S.*$"#, "")
                }
            }
            // "don't use a title card": a kind of text named, not its words.
            if !u.isEmpty, u.count <= 80, !has(u.lowercased(), #"^(?:and|then|please)\b|^(?:card|cards|screen|slide|page|sequence|style|font|bar|overlay|overlays)$"#), !has(u.lowercased(), placeOnly),
               !has(c, #"\b(?:don'?t|do not|never|no need to|doesn'?t|does not) (?:use|add|put|include|want|need)\b"#) { unquoted = u }
        }
        if words == nil, unquoted == nil,
           // ("What's the title saying at the minute?", "what does the caption say": asked, never new words.)
           !has(c, #"^(?:and |so |ok,? |sorry,? )?(?:what|which|how|does|do|is|did)\b[^.!]*\b(?:say|says|saying|read|reads|reading)\b"#),
           // "Make a title with Sommerurlaub 2024 in Italien": the words said with a capital after "with" (never "with a bold font").
           let m = Numbers.firstMatch(#"(?:\bsaying|\bthat says|\bwhich says|\bsays?\b|\bthat reads|\breading|\bwith the (?:text|words)|\bwith text|\b(?:title|caption|headline) with(?= (?!(?i:a|an|the|my|our|it|its|this|that|bold|big|large|small|white|black|red|yellow|blue|green|gold|pink|rise|fade)\b)(?-i:[A-Z0-9]))|\bcalled|\bnamed|\btitled|:|：|写着|写上|内容是|内容为)\s*(.+)$"#, in: clause) {
            unquoted = m[1].trimmingCharacters(in: .whitespaces)
        }
        if words == nil, unquoted == nil, has(c, #"\b(change|rename|edit|update|replace|set|make)\b|改成|改为|换成"#),
           let m = Numbers.firstMatch(#"(?:\b(?:change|rename|edit|update|replace|set|make)\b.*?(?:\b(?<!(?:hard|easy|tough|difficult|impossible|easier|harder|able) )to|\binto)|改成|改为|换成)\s+(.+)$"#, in: clause) {
            let candidate = m[1].trimmingCharacters(in: .whitespaces)
            let l = candidate.lowercased()
            if !describesStyle(l) { unquoted = candidate }
        }
        // Timing after unquoted words is an instruction: "saying limited stock left from 0:05 to 0:08",
        // "that says we love you from five to eight seconds".
        if let u = unquoted {
            let n = #"(?:\d+(?:\.\d+)?|\#(Numbers.spelledNumber))"#
            unquoted = Self.replacing(Self.replacing(u, #"\s+(?:from|at|between|for|until|till|starting)\s+(?:the )?(?:\#(n)\s*(?:s|secs?|seconds?|ms)\b|\#(n)\s*(?:to|and|-|until|till)\s*\#(n)|first\b|last\b|end\b|start\b|beginning\b).*$"#, ""),
                                      #"\s+(?:at the (?:top|bottom)|on top|in the (?:middle|center|centre)|as a lower third|at the (?:opening|intro|open|very (?:start|beginning))|(?:on|over) the (?:first|opening) (?:photo|picture|slide|clip|image|shot))[.!]?$"#, "")
        }
        // "put our phone number 555-0142 at the bottom", "our website www.example.com at the end": the number or address itself.
        if words == nil, unquoted == nil, let contact {
            let token = has(contact, #"price"#) ? #"((?:[$€£]\s?\d+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?\s?(?:[$€£]|usd|eur|gbp|dollars?|euros?|pounds?))(?:\s?(?:each|/\w+|per \w+))?)"#
                : has(contact, #"phone|number"#) ? #"(\+?\(?\d[\d ().-]{4,}\d)"#
                : has(contact, #"mail"#) ? #"([\w.+-]+@[\w-]+(?:\.[\w-]+)+)"#
                // ("our insta @uwrobotics": the handle.)
                : has(contact, #"insta|handle|^ig$|tiktok|social"#) && has(clause, #"(?<![\w.])@[\w.]{2,30}"#) ? #"(?<![\w.])(@[\w.]{2,30}[\w])"# : #"((?:https?://)?(?:www\.)?[\w-]+(?:\.[a-z]{2,})+(?:/\S*)?)"#
            if let m = Numbers.firstMatch(token, in: clause) { unquoted = m[1].trimmingCharacters(in: .whitespaces) }
        }
        // "TACO TUESDAY not": what the words replace was said after them (and was dropped as a greeting).
        if let u = unquoted { unquoted = Self.replacing(u, #"\s+(?:not|instead of|rather than|instead)[.!?]*$"#, "") }
        // "change title to Go Tigers!! (not Go Tiggers lol)": an aside in brackets after the words is about them, not theirs.
        if let u = unquoted { unquoted = Self.replacing(u, Self.bracketAside + #"[.!?]*$"#, "") }
        // "the words at the beginning to say Happy 80th Birthday Harold instead of Hello, if that is not too much trouble":
        // what they replace (words on screen now), and all after it, are not the new words.
        // (Quoted by the reading before, they end with it: "change the title to Grand Opening instead of Hello".)
        for old in draft.textPositions.compactMap({ draft.tracks[$0.track].segments[$0.segment].text }) where !old.isEmpty {
            let replaced = #"(?i)\s+(?:instead of|rather than|in place of|replacing)\s+["“'‘]?\#(NSRegularExpression.escapedPattern(for: old))["”'’]?"#
            if let u = unquoted { unquoted = Self.replacing(u, replaced + #"(?![\p{L}\p{N}]).*$"#, "") }
            if let w = words, w.lowercased() != old.lowercased() { words = Self.replacing(w, replaced + #"[\s,.!]*$"#, "") }
        }
        // "set the title's style to bold and its entrance to rise", "title style: clean": a style or an entrance
        // by name (in lower case), never the words.
        if let u = unquoted, has(u, Self.styleWordsOnly) { unquoted = nil }
        // "title 改成 Weekend Vlog 吧": a particle closing the request is not the text's.
        if let u = unquoted, Script.isWide(u.last ?? " ") { unquoted = Self.replacing(u, #"\s*[吧啦呀哦嘛呢]+$"#, "") }
        if unquoted?.isEmpty == true { unquoted = nil }
        // "title: 5 seconds", "the title is 3 s": how long it stays, never its words.
        // ("the title 4 seconds long", "the title lasting 4 seconds": how long, never its words.)
        if let u = unquoted, has(u.lowercased(), #"^(?:(?:lasting|of|for|about|around)\s+)?(?:\d+(?:\.\d+)?|\#(Numbers.spelledNumber))\s*(?:s|secs?|seconds?|ms)(?:\s+(?:long|on screen|each))?[.!?]*$"#) { unquoted = nil }
        // "the video should start with a title": an article alone is no words for the screen (it added a title "A").
        if let u = unquoted, has(u.lowercased(), #"^(?:a|an|the|it|one|some|any|this|that)[.!?]*$"#) { unquoted = nil }
        if words == nil, let u = unquoted { words = u }
        // "add our website" with no address said: nothing to put on screen.
        if contact != nil, words == nil { return nil }
        let rest = unquoted.map { c.replacingOccurrences(of: $0.lowercased(), with: " ") } ?? c

        let plural = has(rest, #"\b(titles|captions|subtitles|end cards|texts)\b|\ball (?:the )?(?:text|titles|captions)|所有"#)
        // Not "when the drop comes in", "on the beat drop": a drop in the music says when, never what goes.
        // "i dont want any text on it": none of it ("I don't want the title to be red" is about its colour).
        // (Not "no fade on the title", "the title shouldn't fade in": a refused effect of the text, never the text.)
        // "could we not have the title at all?": none of it, asked gently.
        if has(rest, #"(?:\b(?:don'?t|dont|do not) (?:want|need)|\b(?:(?:could|can|shall|should) )?we (?:just )?not have|^(?:let'?s |lets )?not have) (?:any |the |a |that |this )?(?:text|titles?|captions?|words|writing|end ?cards?)(?: (?:on (?:it|there|the (?:video|screen|photos?))|at all|any ?more|anywhere))*[.!]*$"#)
            || (!has(rest, #"\b(?:during|while|throughout|for the duration of) (?:the |my )?(?:title|caption|text|end ?card)\b|\b(?:first|last|final) (?:\d+(?:\.\d+)?|\#(Numbers.spelledNumber)|a|one|half a) ?(?:s|secs?|seconds?|ms)\b[^.]{0,6}\bof (?:the |my |that )?(?:title|caption|text|end ?card)\b"#)
                && (has(rest, #"\b(remove|delete|(?<!the )(?<!a )(?<!beat )(?<!bass )drop(?! (?:comes|hits|kicks|lands|starts|happens)\b)|get rid of|take out|take off|take (?:it|that|this|them) (?:off|out|away|down)|hide|clear|no|without|lose|ditch|kill|scrap|nix)\b|删除|去掉|删掉|不要"#)
                // "Take the title off.", "get that caption out please" (never "take the title out of clip 1 and put it on clip 3").
                || has(rest, #"\b(?:take|get) (?:the |my |that |this |those |these )?(?:\w+ )?(?:titles?|captions?|subtitles?|texts?|writing|words|end ?cards?) (?:off|out|away)\b(?! of\b)(?!.*\b(?:put|move|place|onto|instead)\b)"#)
                // "can the title go?", "title off please".
                || has(rest, #"^(?:(?:can|could) )?(?:the |that |this )?(?:titles?|captions?|texts?|writing|words|end ?cards?)(?: (?:can|could|should|must))? (?:go|off)(?: (?:now|please|pls))?[?.!]*$"#))
                && !refused(rest, Self.textEffects)) {
            // "remove the price from the title", "take the date out of the caption": words in it, never the whole text (it
            // removed the title); what it says now, and how to give the new words.
            if unquoted == nil, !plural,
               has(rest, #"\b(?:remove|delete|drop|take out|take off|get rid of|lose|cut|strip)\s+(?:the |that |this |my |our |a |an )?(?!(?:titles?|captions?|subtitles?|texts?|writing|end ?cards?)\b)[a-z][\w'-]*(?: [a-z][\w'-]*)?\s+(?:from|off|out of|in|on)\s+(?:the |my |that |this )?(?:title|caption|text|end ?card|subtitle)s?\b"#) {
                let positions = draft.textPositions
                let said = positions.map { draft.tracks[$0.track].segments[$0.segment] }.first { generic || $0.kind == kind }
                let name = kindWord(kind)
                plan.understood.append("take words out of the \(name)")
                plan.questions.append(said?.text.map { "The \(name) says \"\($0)\". To take words out of it, give its new words, for example \"change the \(name) to 'Summer Menu'\". Nothing was changed." }
                                      ?? "There is no \(name) yet, so nothing was changed. I can, for example: \"add a \(name) 'Summer Menu'\".")
                return unquoted
            }
            // "remove all text except the title": the texts of other kinds go (the title stays).
            if let m = Numbers.firstMatch(#"\b(?:except|but not|other than|apart from|besides|save for|excluding)(?: for)? (?:the |my )?(title|caption|end ?card|subtitle)s?\b"#, in: rest) {
                let keep = TextKind(rawValue: m[1] == "subtitle" ? "caption" : m[1].replacingOccurrences(of: " ", with: ""))
                let positions = draft.textPositions
                let others = positions.indices.filter { draft.tracks[positions[$0].track].segments[positions[$0].segment].kind != keep }
                for i in others.reversed() { plan.operations.append(.removeText(.index(i))) }
                plan.understood.append(others.isEmpty ? "keep the \(m[1]) (there is no other text)" : "remove the text but the \(m[1])")
                return unquoted
            }
            // "no title needed" while the video is made, "without captions" with none there: nothing to take away.
            let creating = plan.operations.contains { if case .compose = $0 { true } else { false } }
            let present = draft.textPositions.contains { generic || draft.tracks[$0.track].segments[$0.segment].kind == kind }
            if !present, creating || has(rest, #"\b(?:no|without)\b|不要"#) {
                plan.understood.append("no \(kindWord(kind))")
                return unquoted
            }
            if generic && (plural || has(rest, #"\b(all|every|any|the) text\b|所有"#)) {
                plan.operations.append(.removeText(.all))
                plan.understood.append("remove all text")
            } else if plural {
                let positions = draft.textPositions
                let found = positions.indices.filter { draft.tracks[positions[$0].track].segments[positions[$0].segment].kind == kind }
                if found.isEmpty { plan.operations.append(.removeText(.kind(kind))) }
                for i in found.reversed() { plan.operations.append(.removeText(.index(i))) }
                plan.understood.append("remove the \(kindWord(kind))s")
            } else if generic, draft.textPositions.count > 1,
                      let at = has(rest, #"\b(?:start|beginning|opening|first)\b"#) ? "start" : has(rest, #"\b(?:end|ending|last|final|closing)\b"#) ? "end" : nil {
                // "i dont want the writing at the start can you take it off": the text there, not all of them.
                let positions = draft.textPositions
                let starts = positions.map { draft.tracks[$0.track].segments[$0.segment].start ?? 0 }
                let order = positions.indices.sorted { starts[$0] < starts[$1] }
                plan.operations.append(.removeText(.index(at == "start" ? order.first! : order.last!)))
                plan.understood.append("remove the text at the \(at)")
            } else {
                plan.operations.append(.removeText(generic ? .all : .kind(kind)))
                plan.understood.append("remove the \(kindWord(kind))")
            }
            return unquoted
        }

        var target: TextTarget = generic ? .all : .kind(kind)
        if let m = Numbers.firstMatch(#"\bthe (first|second|third|fourth|last|1st|2nd|3rd) (caption|title|subtitle|text)\b"#, in: c), let v = ordinalValue(m[1]) {
            let positions = draft.textPositions
            let ofKind = positions.indices.filter { i in
                let s = draft.tracks[positions[i].track].segments[positions[i].segment]
                return m[2] == "text" || s.kind == (m[2] == "title" ? .title : .caption)
            }
            let k = v < 0 ? ofKind.last : (ofKind.indices.contains(v) ? ofKind[v] : nil)
            if let k { target = .index(k) }
        }
        // "make the title stay up for five seconds" just after a second title was added: that one.
        if case .kind(let k) = target, draft.textPositions.count == context.draft.textPositions.count,
           case .text(let i)? = lastTouched(before: context.previous, after: context.draft), draft.textPositions.indices.contains(i) {
            let segments = draft.textPositions.map { draft.tracks[$0.track].segments[$0.segment] }
            if segments[i].kind == k, segments.filter({ $0.kind == k }).count > 1 { target = .index(i) }
        }
        // "increase its text size for legibility" just after a caption was added: that caption's text, not every text.
        if generic, !plural, case .all = target, has(rest, #"\bits (?:text|font|lettering|writing|words)\b"#),
           case .text(let i)? = lastTouched(before: context.previous, after: context.draft), draft.textPositions.indices.contains(i) {
            target = .index(i)
        }
        // "keep the caption up two seconds longer", "make the title a second shorter": its own length, changed.
        // "shave a second off the title": shorter by that much; "add 2 seconds to the title": longer.
        if words == nil, let m = Numbers.firstMatch(#"(\#(Numbers.amount)[- ]?(?:ms|s|secs?|seconds?)) (longer|shorter|more|less)\b|\b(longer|shorter) (?:by (?:about |around )?|(?:of|for) (?:about |around )?|(?:about|around|roughly) )(\#(Numbers.amount)[- ]?(?:ms|s|secs?|seconds?))|\b(?:shave|cut|trim|take|knock|chop|lop)(?: off)? (\#(Numbers.amount)[- ]?(?:ms|s|secs?|seconds?)) off\b|\b(?:add|give|tack on) (?:another |an extra |about )?(\#(Numbers.amount)[- ]?(?:ms|s|secs?|seconds?))(?: more| extra)? (?:to|onto|on)\b"#, in: rest),
           let ms = Numbers.duration(in: [m[1], m[4], m[5], m[6]].first { !$0.isEmpty } ?? ""), let i = (try? draft.textIndexes(target))?.last {
            let p = draft.textPositions[i]
            let length = draft.tracks[p.track].segments[p.segment].duration ?? 3000
            // ("add 2 seconds to the title": that much longer, never 2 s long.)
            let longer = !m[6].isEmpty || (m[5].isEmpty && has(m[2].isEmpty ? m[3] : m[2], "longer|more"))
            let changed = longer ? length + ms : max(500, length - ms)
            plan.operations.append(.editText(.index(i), text: nil, startMs: nil, durationMs: changed, position: nil, color: nil, size: nil))
            plan.understood.append("show the \(kindWord(kind)) for \(seconds(changed)) s")
            return unquoted
        }
        // "move the title 3 seconds later"
        if let m = Numbers.firstMatch(#"(\#(Numbers.amount)[- ]?(?:ms|s|secs?|seconds?)) (later|earlier|sooner)|(later|earlier) by (\#(Numbers.amount)[- ]?(?:ms|s|secs?|seconds?))|\b(?:shift|move|push|delay|nudge|slide)\b.*?\bby ([+-])?\s*(\d+(?:\.\d+)?\s*(?:ms|s|secs?|seconds?))"#, in: rest),
           let ms = Numbers.duration(in: [m[1], m[4], m[6]].first { !$0.isEmpty } ?? ""), let i = (try? draft.textIndexes(target))?.first {
            let p = draft.textPositions[i]
            let start = draft.tracks[p.track].segments[p.segment].start ?? 0
            let later = !m[6].isEmpty ? m[5] != "-" : (m[2].isEmpty ? m[3] : m[2]) == "later"
            let moved = later ? start + ms : max(0, start - ms)
            // "Shift that caption 1.5 s later and set color #FFD700": its colour, said beside the move.
            let colour = Numbers.firstMatch(#"(#[0-9a-f]{6}|#[0-9a-f]{3})\b"#, in: rest)?[1]
                ?? (has(rest, #"\b(?:colou?r|make it|turn it|in)\b"#) ? colourWords.first { $0.0.first!.isASCII && has(rest, #"\b\#($0.0)\b"#) }?.1 : nil)
            plan.operations.append(.editText(.index(i), text: nil, startMs: moved, durationMs: nil, position: nil, color: colour, size: nil))
            plan.understood.append("move the \(kindWord(kind)) to \(seconds(moved)) s")
            return unquoted
        }
        // "move the title a bit later", "bring the caption in slightly earlier": a second, no time said.
        if words == nil, has(rest, #"\b(?:move|shift|push|bring|nudge|slide|start|make|have|let)\b"#), let i = (try? draft.textIndexes(target))?.first {
            let p = draft.textPositions[i]
            if let moved = nudgedStart(rest, from: draft.tracks[p.track].segments[p.segment].start ?? 0) {
                plan.operations.append(.editText(.index(i), text: nil, startMs: moved, durationMs: nil, position: nil, color: nil, size: nil))
                plan.understood.append("move the \(kindWord(kind)) to \(seconds(moved)) s")
                return unquoted
            }
        }
        // "the message at the end needs to be longer", "make the caption at the start a bit shorter": that
        // text's own length, a second or two (one ending with the video starts earlier); never the video's.
        if words == nil, has(rest, #"\b(?:longer|shorter|linger)\b"#), !has(rest, #"\d|\b(?:video|whole|everything|music|song|clips?|photos?|pictures?)\b"#) {
            let positions = draft.textPositions
            let starts = positions.map { draft.tracks[$0.track].segments[$0.segment].start ?? 0 }
            let order = positions.indices.sorted { starts[$0] < starts[$1] }
            let indexes = (try? draft.textIndexes(target)) ?? []
            let k: Int? = has(rest, #"\b(?:end|ending|last|final|closing)\b"#) ? order.last(where: indexes.contains)
                : has(rest, #"\b(?:start|beginning|opening|first)\b"#) ? order.first(where: indexes.contains) : indexes.count == 1 ? indexes[0] : nil
            if let k, !order.isEmpty {
                let s = draft.tracks[positions[k].track].segments[positions[k].segment]
                let start = s.start ?? 0, length = s.duration ?? 3000, total = draft.duration()
                let delta = has(rest, #"\b(?:a bit|a little|slightly|a touch|a tad)\b"#) ? 1000 : 2000
                let atEnd = total > 0 && start + length >= total - 100
                let changed = has(rest, #"\bshorter\b"#) ? max(1000, length - delta) : min(length + delta, max(length, total > 0 ? (atEnd ? start + length : total - start) : length + delta))
                let moved = atEnd ? max(0, start + length - changed) : start
                plan.operations.append(.editText(.index(k), text: nil, startMs: moved != start ? moved : nil, durationMs: changed, position: nil, color: nil, size: nil))
                plan.understood.append("show the \(kindWord(s.kind ?? kind)) for \(seconds(changed)) s")
                return clause
            }
        }
        var timing = textTiming(rest, draft: draft)
        // "put 'Sale' at the start of the last clip", "from the beginning of the second photo": from where that picture starts.
        if onPicture == nil, let m = Numbers.firstMatch(#"\b(?:at|from) the (?:very )?(?:start|beginning) of (?:the )?(first|second|third|fourth|fifth|sixth|last|final|\d+(?:st|nd|rd|th)) (?:clip|photo|picture|pic|image|shot|slide|video|one)\b"#, in: rest),
           let v = ordinalValue(m[1]) {
            let starts = draft.visualLayout().starts
            let i = v < 0 ? starts.count - 1 : v
            if starts.indices.contains(i) { timing.start = starts[i] }
        }
        if let v = onPicture {
            let layout = draft.visualLayout()
            if layout.starts.indices.contains(v), layout.lengths.indices.contains(v) { timing = (layout.starts[v], layout.lengths[v]) }
        }
        // "let it linger a little longer, maybe 5 seconds": its own length.
        if timing.duration == nil, has(rest, #"\b(?:linger|lingers|longer|shorter)\b"#),
           let m = Numbers.firstMatch(#"(?:^|\s)(?:(?:maybe|say|about|around|like|perhaps|to|for|roughly)\s+)?(\#(Numbers.amount)[- ]?(?:s|secs?|seconds?))\b(?! (?:longer|shorter|more|less|later|earlier|in)\b)"#, in: rest),
           !has(rest, #"\b(?:at|from|after|until|till|between) \d"#),
           let ms = Numbers.duration(in: m[1]) { timing.duration = ms }
        // "the caption ends at 10 s", "… until 8 s": when it goes, from where it starts (or is said to start).
        if words == nil, timing.duration == nil, let end = textEnd(rest), let i = (try? draft.textIndexes(target))?.last {
            let p = draft.textPositions[i]
            timing.start = textTiming(replacing(rest, textEndPattern, " "), draft: draft).start
            let start = timing.start ?? draft.tracks[p.track].segments[p.segment].start ?? 0
            if end > start {
                plan.operations.append(.editText(.index(i), text: nil, startMs: timing.start, durationMs: end - start, position: nil, color: nil, size: nil))
                plan.understood.append("show the \(kindWord(kind)) until \(seconds(end)) s")
                return onPicture == nil ? unquoted : clause
            }
        }
        // "The writing at the beginning … could it say X", "edit the writing to say X": the text on screen
        // there (the only one, or the one at the start or end named), reworded where it is.
        // (Not "add some words at the end that say With love": new words, beside the title it reworded.)
        if writing, words != nil, has(rest, #"\b(?:say|says|read|reads)\b"#),
           !has(c, #"\b(?:add|put|include|insert|write|stick|throw|place)\b (?:(?:in|on|at) )?(?:(?:some|a few|a|an|new|more|extra|few|other|another) )?(?:(?:little|short|nice|kind|few) )*(?:words|text|writing|message|line|lines|caption|note)\b"#) {
            let positions = draft.textPositions
            let segments = positions.map { draft.tracks[$0.track].segments[$0.segment] }
            let order = segments.indices.sorted { (segments[$0].start ?? 0) < (segments[$1].start ?? 0) }
            let k: Int? = has(rest, #"\b(?:beginning|start|first|opening|top)\b"#) ? order.first
                : has(rest, #"\b(?:end|last|final|closing)\b"#) ? order.last : segments.count == 1 ? 0
                : { if case .text(let i)? = lastTouched(before: context.previous, after: context.draft), segments.indices.contains(i) { i } else { nil } }()
            if let k {
                target = .index(k)
                // ("could it say X for 5 seconds": how long it stays is still said.)
                timing = (nil, has(rest, #"\bfor (?:about |around |roughly )?\d"#) ? timing.duration : nil)
            }
        }
        // "I don't want the title to be red", "bigger but not red": a colour or place said not to be, never set.
        let looks = replacing(rest, Self.negatedLook, " ")
        let position = positionSaid(looks)
        var colour = colourWords.first { has(looks, $0.0.first!.isASCII ? #"\b\#($0.0)\b"# : $0.0) }?.1
        if let m = Numbers.firstMatch(#"(#[0-9a-f]{6}|#[0-9a-f]{3})\b"#, in: rest) { colour = m[1] }
        // Title styles and entrances by name: "a bold title", "lower-third style", "make the title rise in".
        let preset: TitleStyle? = has(rest, #"\bbold\b|with a (?:box|backing|background|banner|bar)\b|\bboxed\b|on a (?:box|bar|banner|backing)\b|\b(?:backing|background|solid|dark|black) (?:bar|box|band|strip|panel|plate|banner)\b|\b(?:bar|box|band|strip|panel) (?:behind|under(?:neath)?) (?:it|them|the (?:title|caption|text|words))\b|加粗|粗体|底框|背景框"#) ? .bold
            : has(rest, #"lower[- ]third style|as a lower[- ]third|lower[- ]third title|\bstyle\b[^.]{0,12}\blower[- ]third"#) ? .lowerthird
            : has(rest, #"\b(?:clean|simple|minimal|plain|subtle)\b(?: style| look| title)?|简洁"#) ? .clean : nil
        let entrance: TextEntrance? = refused(rest, Self.textEffects) ? nil
            : has(rest, #"\b(?:entrance|animation|intro)\b[^.]{0,15}\bfad(?:e|es|ing)\b"#) ? .fade
            : has(rest, #"\b(?:rise|rises|rising|slides? (?:up|in)|sliding (?:up|in)|floats? (?:up|in)|animat\w*|pops? in|gentle rise)\b|上浮|浮现|动画"#) ? .rise
            : has(rest, #"\bfades? in\b|\bfade(?:s)? on\b|淡入"#) ? .fade : nil
        var size: Int?
        // "the words on the screen are very small for my eyes", "the writing is too big": a complaint about the size asks the other way.
        // ("the title is too big", "the caption text is hard to read": a text named, the same.)
        let tooSmall = words == nil && has(rest, #"\b(?:are|is|looks?|seems?)\s+(?:(?:way|much|far|very|so|really|too|a bit|a little|kinda|quite|pretty|rather)\s+)*(?:small|tiny|little|hard to read|unreadable|illegible)\b|\bcan'?t read\b|\bhard to read\b"#)
        let tooBig = words == nil && has(rest, #"\b(?:are|is|looks?|seems?)\s+(?:(?:way|much|far|very|so|really|a bit|a little|kinda|quite|pretty|rather)\s+)*(?:too )(?:big|large|huge)\b"#)
        // "increase the size of the title text considerably", "increase its text size for legibility": bigger;
        // "reduce the font size", "small, like a signature": smaller (never "the title is too small").
        let sizeUp = #"\b(?:increase|raise|boost|bump up|scale up|enlarge)\b[^.]{0,30}\b(?:size|font)\b|\b(?:size|font)\b[^.]{0,12}\b(?:up|increased)\b"#
        let sizeDown = #"\b(?:decrease|reduce|lower|shrink|scale down)\b[^.]{0,30}\b(?:size|font)\b|(?<!\btoo )(?<!\bso )(?<!\bis )(?<!\bare )(?<!\blooks )(?<!'s )\bsmall\b(?! (?:title|caption|text|words?|letters?|print|screen|phone)s?\b)"#
        // "make the title big", "at the top and really big": big said plainly asks for bigger (never "too big", "big enough").
        let plainBig = #"\b(?:make (?:it|them|the (?:title|caption|text|words?)s?)|be|and|really|very|super|extra|so) (?:(?:really|very|super|extra|so) )*(?:big|large)\b(?! enough)"#
        let bigger = tooSmall || (!tooBig && has(rest, #"\b(bigger|larger|huge|enlarge)\b|大一点|放大|加大"#) || has(rest, sizeUp) || (!tooBig && has(rest, plainBig)))
        let smaller = !bigger && (tooBig || (!tooSmall && (has(rest, #"\b(smaller|tiny|shrink)\b|小一点|缩小"#) || has(rest, sizeDown))))
        // "double the size of the title", "reduce the font size by half", "twice as big": that factor of the size now.
        let factor: Double? = has(rest, #"\b(?:double|twice)\b[^.]{0,25}\b(?:size|big|large)\b"#) ? 2
            : has(rest, #"\b(?:triple|three times)\b[^.]{0,25}\b(?:size|big|large)\b"#) ? 3
            : has(rest, #"\b(?:size|font)\b[^.]{0,20}\bby half\b|\bhalve\b[^.]{0,25}\b(?:size|font)\b|\bhalf (?:the|its) (?:current )?size\b|\bhalf as (?:big|large)\b"#) ? 0.5
            // "increase the title's size by 50 percent", "reduce the font size by 20%"
            : Numbers.firstMatch(#"\b(?:size|font)\b[^.]{0,20}\bby (\d+(?:\.\d+)?) ?(?:%|percent|per cent)"#, in: rest).flatMap { m in
                Double(m[1]).map { p in 1 + (has(rest, #"\b(?:decrease|reduce|lower|shrink|smaller|cut)\b"#) ? -min(p, 90) : p) / 100 } }
        if let factor {
            let current = currentTextSize(draft, target) ?? defaultTextSize[kind] ?? 60
            size = min(400, max(12, Int((Double(current) * factor).rounded())))
        } else if bigger || smaller {
            let current = currentTextSize(draft, target) ?? defaultTextSize[kind] ?? 60
            let much = has(rest, #"\b(much|a lot|way|considerably|significantly|substantially|greatly|markedly|dramatically)\b|很多|\b(?:really|very|super|extra) (?:big|large)\b"#), bit = has(rest, #"\b(a bit|a little|slightly)\b|一点|稍微"#)
            let f = bigger ? (much ? 1.6 : bit ? 1.15 : 1.3) : (much ? 0.6 : bit ? 0.87 : 0.77)
            size = max(12, Int((Double(current) * f).rounded()))
        } else if let m = Numbers.firstMatch(#"\b(?:font[- ]?size|text size|size)\s*(?:to|=|:|of|at)?\s*(\d{2,3})\s*(?:px|pt|pixels?)?\b|\b(\d{2,3})\s*(?:px|pt|pixels?)\b"#, in: rest),
                  let v = Int(m[1].isEmpty ? m[2] : m[1]), (12...400).contains(v) {
            // "size 120 px", "font size 48": a size said outright.
            size = v
        }

        // "change the title to Summer", "rename the title to …": new words for the existing text.
        // "the title should read …", "title says …" (the title there now), "change the title for '…'".
        // ("The title currently says Hello, which feels kind of empty": what it says now; it added a second title.)
        // "Swap the Hello slate for a title card 'Emma & James'", "title it X": the title there now, reworded.
        // "Change title on 'С днём рождения'" (Russian "на"): "on" as "to".
        // "make the title 'Westview High Yearbook 2025' and keep it on screen for 4 seconds": the title there, reworded (a
        // second title was added).
        let readsAs = retitle || has(rest, #"\b(?:change|rename|correct|fix)\b[^«]{0,30}\bon\s+«"#)
            || has(rest, #"^(?:(?:please|pls|just|and|now|can you|could you)[,]? )*(?:make|set) (?:the|my|our) (?:title|caption|end card|headline)(?: text| words)? (?:to |to say |say |read )?«\d+»"#) || has(rest, #"(?:^|\bthe |\bmy )(?:title|caption|end card|headline)\s+(?:(?:should|shld|shud|shd|must|has to|needs? to|gotta|to|will|could|can|now|instead|currently|still|right now|at the moment|already)\s+)*(?:read|reads|say|says|be\s+«|is\s+«)|\b(?:change|swap|switch|replace)\b.*\bfor\s+(?:(?:a|the|an|new|title|caption|text|end)\s+)*(?:(?:card|slate|one)\s*)?:?\s*«"#)
            || (writing && has(rest, #"\b(?:say|says|read|reads)\b"#) && target != .all)
            // "title 'INSANE 1v5 CLUTCH' instead", "title: 2021 Honda Accord Sport" with a title there: its words, replaced
            // (never "add a title …", "another title …").
            // "put 'happy 7th anniversary' as the title", "make 'Summer' the title", "put Summer Fair as the title": the
            // title there now, reworded.
            || (kind == .title && words != nil && (has(rest, Self.bareTitle) || has(rest, #"^(?:(?:please|pls|just|and|now) )*(?:put|use|have|set|make)\s+(?:(?:my|our|his|her|their|the)(?: [\w'-]+)? names?\s+)?(?:«\d+»\s+(?:as )?|as )(?:the|my|our) title[.!]*$"#))
                && draft.textPositions.contains { draft.tracks[$0.track].segments[$0.segment].kind == .title })
        if let words, readsAs || has(rest, #"\b(change|rename|edit|update|replace|set|make|have|should|must|swap|switch)\b|改成|改为|修改|换成|是|为"#),
           readsAs || has(rest, #"\b(to|into|says?|say|read|reads|be|is)\b|\b(?:replace|swap|switch)\b.*\bwith\b|改成|改为|为|换成|是"#),
           !has(rest, #"\b(add|another|new|extra)\b|添加|加"#) || readsAs || has(rest, #"^(?:replace|swap|switch)\b.*\bwith (?:a )?new one\b"#),
           let indexes = try? draft.textIndexes(target) {
            // "The writing at the beginning says Hello." of a text that says Hello: what is there, not a change.
            if timing.start == nil, timing.duration == nil, position == nil, colour == nil, size == nil,
               indexes.allSatisfy({ i in
                   let p = draft.textPositions[i]
                   return draft.tracks[p.track].segments[p.segment].text?.lowercased() == words.lowercased()
               }) {
                plan.understood.append("the \(kindWord(kind)) says \"\(words)\" already")
                return unquoted
            }
            plan.operations.append(.editText(target, text: words, startMs: timing.start, durationMs: timing.duration, position: position, color: colour, size: size))
            plan.understood.append("change the \(kindWord(kind)) to \"\(words)\"")
            return unquoted
        }
        // "Text 'Hello' make on top", "put 'Hello' at the bottom": quoted words a text already says name that
        // text, which is placed, timed or styled (never a second one, unless one is asked for).
        if let w = words, quoted(clause, quotes) == w,
           timing.start != nil || timing.duration != nil || position != nil || colour != nil || size != nil || preset != nil || entrance != nil,
           !has(rest, #"\b(?:add|insert|create|another|new|extra|second|again|also|too|copy|duplicate)\b|添加|加上|再加"#),
           let k = draft.textPositions.firstIndex(where: { draft.tracks[$0.track].segments[$0.segment].text?.lowercased() == w.lowercased() }) {
            target = .index(k)
            words = nil
            wholeClause = true
        }
        // "title it with a bold font" with a title there: its style, not another title.
        let restyles = (preset != nil || entrance != nil) && !has(rest, #"\b(?:add|insert|create|another|new)\b|添加|加上|加个|加一个"#)
            && draft.textPositions.contains { draft.tracks[$0.track].segments[$0.segment].kind == kind }
        // (Not "put 3 seconds on the title", "the music with the title of 4 seconds": how long the title there stays.)
        // (Not "add a fade when the title pops up": a title that says when is no title asked for.)
        if words == nil, !restyles, placeholder || (kind == .title && has(rest, #"\b(add|put|with|include|insert|create)\b|添加|加上|加个|加一个"#)
                && !has(rest, #"\b(?:when|whenever|as soon as|once|while|the moment|right when|just as) (?:the |my )?title (?:pops? (?:up|in)|appears?|comes? (?:in|up|on)|shows? up|is (?:on|shown|up)|starts?|ends?|goes away|disappears?)\b"#)),
           timing.start == nil, position == nil, colour == nil, size == nil,
           timing.duration == nil || !draft.textPositions.contains(where: { draft.tracks[$0.track].segments[$0.segment].kind == kind }) {
            // "with text overlays", "add a title": a title naming the project, to be reworded.
            words = placeholderTitle(draft: draft, context: context)
            kind = .title
        }
        // "with the words Happy Anniversary at the start": words that open the video are its title.
        if writing, words != nil, timing.start == 0, !has(rest, #"\b(?:say|says|read|reads)\b"#),
           !draft.textPositions.contains(where: { draft.tracks[$0.track].segments[$0.segment].kind == .title }) { kind = .title }
        // "add the price as a caption", "put our phone number at the end": words that name what to write, not the words
        // themselves (a caption said "the price"): asked.
        if let w = words, quoted(clause, quotes) == nil,
           has(w.lowercased(), #"^(?:the|our|my|its|their|his|her|your|a|an)(?: (?:new|right|correct|actual|current|full|shop'?s?|store'?s?|company'?s?|business|product'?s?))? (?:price|prices|date|dates|time|times|address|phone(?: number)?|number|name|names|location|website|web ?site|url|link|email|e-mail|hours|opening hours|details|info|information|handle|hashtag|slogan|tagline|discount|offer|deal)s?$"#) {
            askWhatTextSays(kind == .title ? "title" : "caption", example: "add a caption '$45' from 2 to 5 seconds", &plan)
            return nil
        }
        // "add a caption at 5 sec": a new text with no words is asked what it says (it looked for a caption to move, and said
        // there was none).
        if words == nil, kind != .title, quoted(clause, quotes) == nil,
           has(rest, #"^(?:(?:please|pls|can you|could you|and|then|now|also|ok|okay)[,]? )*(?:add|insert|put|include|create|stick|throw)(?: in)? (?:a |an |another |one more |a new |some )?(?:caption|subtitle|text|lower third|label)\b"#) {
            let when = timing.start.map { " at \(seconds($0)) seconds" } ?? " from 2 to 5 seconds"
            askWhatTextSays("caption", example: "add a caption 'Grand opening'\(when)", &plan)
            return nil
        }
        if let words, !words.isEmpty {
            plan.operations.append(.addText(kind: kind, text: words, startMs: timing.start, durationMs: timing.duration, position: position))
            // "with the caption 'Visit Day' for its final five seconds" (and a length said later): it keeps closing the video.
            if timing.start != nil, timing.start != 0, has(rest, Self.closingTime) { plan.endAnchored.insert(plan.operations.count - 1) }
            let added = TextTarget.index(Self.newTextIndex(draft, start: timing.start ?? (kind == .endcard ? Int.max : 0)))
            if colour != nil || size != nil {
                plan.operations.append(.editText(added, text: nil, startMs: nil, durationMs: nil, position: nil, color: colour, size: size))
            }
            if preset != nil || entrance != nil { plan.operations.append(.styleText(added, preset: preset, entrance: entrance)) }
            plan.understood.append("add \(EditOperation.kindName(kind)) \"\(words)\"")
        } else if timing.start != nil || timing.duration != nil || position != nil || colour != nil || size != nil || preset != nil || entrance != nil {
            if timing.start != nil || timing.duration != nil || position != nil || colour != nil || size != nil {
                plan.operations.append(.editText(target, text: nil, startMs: timing.start, durationMs: timing.duration, position: position, color: colour, size: size))
            }
            if preset != nil || entrance != nil { plan.operations.append(.styleText(target, preset: preset, entrance: entrance)) }
            plan.understood.append("change the \(kindWord(kind))")
        }
        return wholeClause || onPicture != nil ? clause : unquoted
    }

    /// "ends at 10 s", "until 8 s", "till second 8", "disappear at 6 s": when a text goes (ms); nil when no
    /// start is said beside it ("from 2 s to 6 s" is read whole by `textTiming`).
    static let textEndPattern = #"\b(?:(?:ends?|ending|stops?|finish(?:es)?|disappears?|goes away|gone|until|till|up to|through)(?: at| by)?|(?:disappears?|disappearing|goes away|go away|vanish(?:es)?|is gone|be gone|leaves?|goes off|go off) after) (\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)\b"#

    static func textEnd(_ c: String) -> Int? {
        guard !has(c, #"\b(?:from|between|starting(?: at)?|start(?:s|ing)? at|appears? at|begins? at) \d|\b(?:until|till|to) the (?:very )?end\b"#),
              let m = Numbers.firstMatch(textEndPattern, in: c),
              let v = Double(m[1]) else { return nil }
        return Int(v * 1000)
    }

    /// "add the price as a caption", "add a caption at 5 sec": no words to write, so what the `kind` should say is asked
    /// (with `example`), and nothing changes.
    static func askWhatTextSays(_ kind: String, example: String, _ plan: inout Plan) {
        plan.questions.append("What should the \(kind) say? Put the words in quotes, for example \"\(example)\". Nothing was changed.")
        plan.understood.append("ask what the text should say")
    }

    /// A clause naming no text, about the text just added or changed (this turn, or the last one): "make it
    /// until second 8" (its end), "make it yelow" (its colour, a typo mended against the colour names).
    /// nil when it is not about that text; true when the whole clause was read.
    static func pronounText(_ c: String, draft: Draft, context: PlannerContext, _ plan: inout Plan) -> Bool? {
        // "make it show the whole time", "make it last the whole video", "keep it on screen the entire time" right after a
        // text was added or changed: that text, from the start to the end (it fitted every clip whole, or was not understood).
        let stays = #"(?:show|shows|showing|stay|stays|last|lasts|run|runs|remain|remains|be|appear|play|sit|up|on|on screen|there|visible|for|during|through|across|over)"#
        if has(c, #"^(?:(?:sorry|oops|actually|please|pls|and|also|ok|okay|now|then|just)[,.!]?\s+)*(?:(?:can|could|would) you )?(?:(?:make|have|let|keep|leave|show|display|hold) )?(?:it|that|this)(?: one)?(?: (?:should|must|can|could|needs? to|has to))?(?: \#(stays)){0,4} (?:the (?:whole|entire|full) (?:time|video|vid|thing|length|duration|reel|way(?: through)?)|all the way through|throughout(?: the (?:whole )?video)?|(?:from )?(?:the )?start to (?:the )?(?:finish|end))(?: (?:please|pls|too|instead))*[.!]*$"#),
           case .text(let i)? = lastTouched(before: context.draft, after: draft) ?? lastTouched(before: context.previous, after: context.draft),
           draft.textPositions.indices.contains(i), draft.duration() > 0 {
            plan.operations.append(.editText(.index(i), text: nil, startMs: 0, durationMs: draft.duration(), position: nil, color: nil, size: nil))
            plan.understood.append("show that text for the whole video")
            return true
        }
        guard has(c, #"\b(?:it|that|this|that one|this one)\b"#),
              !has(c, #"\b(?:video|whole|everything|music|song|audio|transitions?|clips?|photos?|pictures?)\b"#),
              case .text(let i)? = lastTouched(before: context.draft, after: draft) ?? lastTouched(before: context.previous, after: context.draft),
              draft.textPositions.indices.contains(i) else { return nil }
        let p = draft.textPositions[i]
        let s = draft.tracks[p.track].segments[p.segment]
        if let end = textEnd(c), end > (s.start ?? 0), has(c, #"^(?:(?:sorry|oops|actually|please)[,.!]?\s+)*(?:make|have|keep|let|show|hold|extend|leave|run) (?:it|that|this)(?: one)?\b"#) {
            plan.operations.append(.editText(.index(i), text: nil, startMs: nil, durationMs: end - (s.start ?? 0), position: nil, color: nil, size: nil))
            plan.understood.append("show that text until \(seconds(end)) s")
            return true
        }
        // "show it for 5 seconds", "keep it on screen 4 seconds", "make it last 6 seconds" right after a text was added,
        // changed or moved: how long that text stays (it made the whole video 5 s). ("make it 5 seconds" stays the video's.)
        if let m = Numbers.firstMatch(#"^(?:(?:sorry|oops|actually|please|and|also|ok|okay|now|then)[,.!]?\s+)*(?:(?:can|could|would) you )?(?:(?:show|display|keep|hold|leave) (?:it|that|this)(?: one)?(?: (?:up|on|there|visible|on screen|on the screen))?|(?:make|have|let) (?:it|that|this)(?: one)? (?:last|stay|stay up|stay on screen|remain|show|be shown|be visible))(?: (?:for|during))? (\#(Numbers.amount) ?(?:s|secs?|seconds?))\b(?: (?:long|on screen|on the screen))?(?: please)?[.!]*$"#, in: c),
           let ms = Numbers.duration(in: m[1]), ms > 0 {
            plan.operations.append(.editText(.index(i), text: nil, startMs: nil, durationMs: ms, position: nil, color: nil, size: nil))
            plan.understood.append("show that text for \(seconds(ms)) s")
            return true
        }
        // "make it start a bit earlier, at 6", "have it come in at 2 s": where it starts (a bare number after
        // "at" is seconds), said for it.
        if has(c, #"^(?:(?:sorry|oops|actually|please|and|also|ok|okay)[,.!]?\s+)*(?:(?:can|could|would) you )?(?:make|have|let|move|shift|push|bring|set|nudge) (?:it|that|this)(?: one)? (?:to )?(?:start|begin|come in|appear|show up|pop up|(?:a (?:bit|little|touch|tad) |slightly )?(?:later|earlier|sooner))\b"#),
           let start = textTiming(replacing(c, #"\b(at|to) (\d+(?:\.\d+)?)(?![\d.]|\s*(?:ms|s|secs?|seconds?|%|x)\b)"#, "$1 $2 seconds"), draft: draft).start ?? nudgedStart(c, from: s.start ?? 0) {
            plan.operations.append(.editText(.index(i), text: nil, startMs: start, durationMs: nil, position: nil, color: nil, size: nil))
            plan.understood.append("start that text at \(seconds(start)) s")
            return true
        }
        // "make it bold", "give it a rise": a style or an entrance by name (never mended into a colour: "bold" is no "gold").
        if let m = Numbers.firstMatch(#"^(?:(?:sorry|actually|please|and|also)[,.!]?\s+)*(?:make|turn|set|change|give|style|have) (?:it|that|this)(?: one)?(?: to| into| in| a| an| the)? (bold|clean|simple|minimal|plain|boxed|lower[- ]third|rise|rise in|rising|fade in|fading in|slide up|pop in|animated)(?: style| look| font| entrance| animation)?[.!]?$"#, in: c) {
            let rises = has(m[1], #"rise|rising|slide|pop|animated"#), fades = has(m[1], #"fad"#)
            let preset: TitleStyle? = rises || fades ? nil : has(m[1], "bold|boxed") ? .bold : has(m[1], "lower") ? .lowerthird : .clean
            plan.operations.append(.styleText(.index(i), preset: preset, entrance: rises ? .rise : fades ? .fade : nil))
            plan.understood.append("style that text")
            return true
        }
        // "make it yelow", "turn it bleu": one typo from a colour name (four letters or more).
        if let m = Numbers.firstMatch(#"^(?:(?:sorry|actually|please)[,.!]?\s+)*(?:make|turn|colou?r|change) (?:it|that|this)(?: one)?(?: to| into| in)? ([a-z]{4,})[.!]?$"#, in: c),
           !colourWords.contains(where: { $0.0 == m[1] }),
           let colour = colourWords.first(where: { $0.0.count >= 4 && $0.0.first!.isASCII && oneEditApart($0.0, m[1]) })?.1 {
            plan.operations.append(.editText(.index(i), text: nil, startMs: nil, durationMs: nil, position: nil, color: colour, size: nil))
            plan.understood.append("make that text \(colour)")
            return true
        }
        return nil
    }

    /// The words of a file's name: "denim_jacket-2.jpg" → denim, jacket.
    static func fileWords(_ src: String?) -> [String] {
        let stem = (((src ?? "") as NSString).lastPathComponent.lowercased() as NSString).deletingPathExtension
        return stem.split(whereSeparator: { !$0.isLetter }).map(String.init)
    }

    /// The one picture or clip named by words said of it ("the boots", "the cup final clip", "the exterior shot"):
    /// a word of its file's name, or (with a noun said) what `targets` finds; nil when none or several.
    /// The one picture words are put on, by its place ("on the second clip") or its file ("over c.png"); nil when none is
    /// named so (or a file named twice).
    static func pictureUnderWords(_ c: String, draft: Draft) -> Int? {
        let count = draft.visualSegments.count
        // ("caption for the 3rd one: Luna", "'In Memory of …' over the final photograph": that picture too.)
        if let m = Numbers.firstMatch(#"\b(?:on|over|across|onto|during|for) (?:the )?(first|second|third|fourth|fifth|sixth|last|final|\d+(?:st|nd|rd|th)) (?:picture|photo(?:graph)?|pic|image|clip|shot|slide|video|one)\b"#, in: c),
           let v = ordinalValue(m[1]), count > 0, v < count {
            return v < 0 ? count - 1 : v
        }
        guard let m = Numbers.firstMatch(#"\b(?:on|over|across|onto|during|while) (?:the )?([\w-]+\.(?:jpe?g|png|heic|webp|gif|mp4|mov|m4v|webm))\b"#, in: c) else { return nil }
        let named = draft.visualSegments.indices.filter { ((draft.visualSegments[$0].src ?? "") as NSString).lastPathComponent.lowercased() == m[1] }
        return named.count == 1 ? named[0] : nil
    }

    static func pictureNamed(_ words: String, noun: String, draft: Draft) -> Int? {
        let positional = #"^(?:first|second|third|fourth|fifth|sixth|last|final|next|same|whole|entire|other|new|top|bottom|left|right|middle|center|centre|screen|video|end|start|beginning|intro|outro|title|caption|music|song|\d+(?:st|nd|rd|th))$"#
        let said = words.split(separator: " ").map(String.init)
        if said.count == 1, has(said[0], positional) { return nil }
        let named = draft.visualSegments.indices.filter { i in
            let own = fileWords(draft.visualSegments[i].src)
            return said.contains { w in own.contains(w) || own.contains(replacing(w, "s$", "")) }
        }
        if named.count == 1 { return named[0] }
        guard !noun.isEmpty, !said.contains(where: { has($0, positional) }) else { return nil }
        let found = Self.targets("the \(words) \(noun)", draft: draft)
        guard found.count == 1, let only = try? draft.indexes(found[0]), only.count == 1 else { return nil }
        return only[0]
    }

    /// "a caption for each picture: 'apple', 'banana', 'cherry'", "caption each photo with its name": one caption per
    /// picture, the words said in order (or each picture's own name), over that picture's time. nil when not asked.
    static func captionsPerPicture(_ c: String, quotes: [String], draft: Draft, _ plan: inout Plan) -> Bool? {
        let each = #"(?:each|every|every single|all the|the) (?:picture|photo|pic|image|slide|clip|shot|one|item)s?"#
        // ("name each animal: Biscuit (2 yrs), Pepper (4 yrs), Luna (7 mo)", "label every dish: …": whatever the pictures show,
        // one name for each, listed after the colon.)
        let eachThing = #"^(?:please |pls |and |now |then )*(?:caption|label|name|title|tag) (?:each|every) (?:one|[a-z]+)(?: (?:in|on) (?:it|the video|the (?:photos?|pictures?|clips?)))?\s*[:：]?\s*«\d+»[.!]*$"#
        guard has(c, #"\b(?:captions?|labels?|titles?|texts?|names?) (?:for|on|over|under|below|to) \#(each)\b|\b(?:caption|label|title|name) \#(each)\b|\b(?:each|every) (?:picture|photo|pic|image|slide|clip|shot|one) (?:gets?|has|with) (?:a |its own |their own )?(?:caption|label|name)\b"#)
                || has(c, eachThing) else { return nil }
        let layout = draft.visualLayout()
        let said = Regexes.shared.matches(#"«(\d+)»"#, in: c).compactMap { m in Int((c as NSString).substring(with: m.range(at: 1))).flatMap { quotes.indices.contains($0) ? quotes[$0] : nil } }
        // One quoted list, "Biscuit (2 yrs), Pepper (4 yrs), Luna (7 mo)": its items, when there are as many as pictures
        // (commas inside brackets are an item's own).
        // ("Tacos, Pozole and Churros": the last "and" parts two items, when that makes one for each picture.)
        let listed = said.count != 1 ? [] : Self.listItems(said[0]).count == draft.visualSegments.count ? Self.listItems(said[0])
            : Self.listItems(said[0], lastAnd: true)
        let words: [String]
        if said.count >= 2 { words = said }
        else if listed.count >= 2, listed.count == draft.visualSegments.count { words = listed }
        else if has(c, eachThing) { return nil }
        else if said.isEmpty, has(c, #"\b(?:with |by )?(?:its|their) (?:own )?(?:file ?)?names?\b|\bwith the (?:file ?)?names?\b"#) {
            words = draft.visualSegments.map { fileWords($0.src).joined(separator: " ").capitalized }
        } else { return nil }
        let n = min(words.count, layout.starts.count, layout.lengths.count)
        guard n > 0 else { return nil }
        for k in 0..<n {
            plan.operations.append(.addText(kind: .caption, text: words[k], startMs: layout.starts[k], durationMs: layout.lengths[k], position: nil))
        }
        plan.understood.append("a caption on each picture")
        return true
    }

    /// "Biscuit (2 yrs), Pepper (4 yrs) and Luna (7 mo)" → its three items (a comma or "and" inside brackets is an item's own).
    static func listItems(_ list: String, lastAnd: Bool = false) -> [String] {
        var items: [String] = []
        var current = ""
        var depth = 0
        for ch in list {
            if ch == "(" || ch == "[" { depth += 1 } else if ch == ")" || ch == "]" { depth = max(0, depth - 1) }
            if depth == 0, ch == "," || ch == ";" || ch == "/" {
                items.append(current)
                current = ""
            } else {
                current.append(ch)
            }
        }
        items.append(current)
        // "…, Pepper (4 yrs) and Luna (7 mo)": the last "and" outside brackets parts two items.
        if let last = items.last, let m = Numbers.firstMatch(lastAnd ? #"^(.*\S)\s+(?:and|&)\s+(.+)$"# : #"^(.*\))\s+(?:and|&)\s+(.+)$"#, in: last) {
            items.removeLast()
            items += [m[1], m[2]]
        }
        let trimmed = items.map { replacing($0, #"^\s*(?:and|&)\s+"#, "").trimmingCharacters(in: .whitespaces) }
        return trimmed.contains(where: \.isEmpty) ? [] : trimmed
    }

    /// "a bit later", "slightly earlier" with no time said: a second from where the text starts.
    static func nudgedStart(_ c: String, from start: Int) -> Int? {
        guard !has(c, #"\d"#), let m = Numbers.firstMatch(#"\b(?:a (?:bit|little|touch|tad)|slightly|just a bit)(?: more)? (later|earlier|sooner)\b"#, in: c) else { return nil }
        return m[1] == "later" ? start + 1000 : max(0, start - 1000)
    }

    /// What a text does rather than what it is: "no fade on the title" refuses the effect, never the title.
    static let textEffects = #"fad(?:e|es|ing)\b|animations?|animated|effects?|zoom|box|background|shadow|outline|entrance|rise|rising|pop"#

    /// "next line 'and you in the passenger seat' right after it, also 2 seconds", "and 'Part 2' from 3 to 6" right after
    /// a caption was added: one more text of that kind, after it unless a time is said, as long as it unless a length is
    /// said (it reworded the text just added, or was not understood).
    static func nextLine(_ c: String, quotes: [String], draft: Draft, context: PlannerContext, _ plan: inout Plan) -> Bool {
        guard let m = Numbers.firstMatch(#"^(?:(?:and|then|now|ok|okay|also)[,.]?\s+)*(?:(?:the )?next (?:line|lyric|caption|subtitle|one|part|bit|card)|another(?: one| line)?)?\s*:?\s*«(\d+)»"#, in: c),
              let i = Int(m[1]), quotes.indices.contains(i),
              // A new line is said as one ("next line") or with its time ("from 3 to 6", "right after it").
              has(m[0], #"\b(?:next|another)\b"#) || has(c, #"\b(?:from|at|between|after|starting)\b\D{0,12}\d|\bright after\b|\bafter (?:it|that|this)\b"#),
              !has(c, #"\b(?:titles?|captions?|subtitles?|texts?|end ?cards?|instead|change|replace|rename|say|says|read|reads)\b"#),
              case .text(let k)? = lastTouched(before: context.previous, after: context.draft), draft.textPositions.indices.contains(k)
        else { return false }
        let last = draft.textSegment(k)
        let kind = last.kind ?? .caption
        let end = (last.start ?? 0) + (last.duration ?? 3000)
        var (start, duration) = textTiming(c, draft: draft)
        if start == nil, has(c, #"\bright after\b|\bafter (?:it|that|this)\b|\bnext\b"#) { start = end }
        // "also 2 seconds", "for 2 s too": its length.
        if duration == nil, let d = Numbers.firstMatch(#"\b(?:also |too |for |again )?(\#(Numbers.amount)) ?(?:s|secs?|seconds?)\b"#, in: c).flatMap({ Numbers.duration(in: $0[1] + " s") }),
           !has(c, #"\b(?:from|at|between|starting)\b"#) {
            duration = d
        }
        plan.operations.append(.addText(kind: kind, text: quotes[i], startMs: start ?? end, durationMs: duration ?? last.duration, position: last.style.position))
        plan.understood.append("add the \(kindWord(kind)) \"\(quotes[i])\" after the last one")
        return true
    }

    static func kindWord(_ kind: TextKind) -> String { kind == .endcard ? "end card" : kind.rawValue }

    /// Where a text added at `start` will sit among the texts (they are kept in time order).
    static func newTextIndex(_ draft: Draft, start: Int) -> Int {
        let positions = draft.textPositions
        return positions.filter { (draft.tracks[$0.track].segments[$0.segment].start ?? 0) <= start }.count
    }

    static func currentTextSize(_ draft: Draft, _ target: TextTarget) -> Int? {
        guard let i = (try? draft.textIndexes(target))?.first else { return nil }
        let p = draft.textPositions[i]
        let s = draft.tracks[p.track].segments[p.segment]
        return s.style.size ?? s.kind.flatMap { defaultTextSize[$0] }
    }

    /// The project's name, else the first picture's or clip's file name in words ("city_night.mp4" → "City Night").
    static func placeholderTitle(draft: Draft, context: PlannerContext) -> String? {
        if let name = draft.meta.name, !name.isEmpty { return name }
        let src = draft.visualSegments.compactMap(\.src).first ?? context.media.first { !isAudio($0) }
        guard let src else { return nil }
        let stem = ((src as NSString).lastPathComponent as NSString).deletingPathExtension
        let words = stem.split(whereSeparator: { $0 == "_" || $0 == "-" || $0 == " " || $0 == "." }).map { $0.prefix(1).uppercased() + $0.dropFirst() }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// "for the first 3 seconds", "from 2 to 5 seconds", "at 10 seconds", "for 4 seconds",
    /// "for the last 3 seconds", "last 5 seconds" (as a length), "从2秒到5秒".
    static func textTiming(_ c: String, draft: Draft) -> (start: Int?, duration: Int?) {
        let n = Numbers.numberWord
        // "from the fourth second until the seventh second": seconds counted; "at the 3-second mark": at 3 seconds.
        var c = replacing(c, #"\bthe (\d+(?:\.\d+)?)[- ]?(?:s|secs?|seconds?)[- ]mark\b"#, "$1 seconds")
        if has(c, #"\bthe \w+ second\b"#) {
            for (k, w) in ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"].enumerated() {
                c = replacing(c, #"\b(from|until|till|to|at|by|and|after) the \#(w) second\b"#, "$1 \(k + 1) s")
            }
        }
        // "from 4s till the end", "from 0:04 until the end": from then to the end.
        if let m = Numbers.firstMatch(#"\b(?:from|starting(?: at)?|at) (\#(n))\s*(?:s|secs?|seconds?)? (?:till|until|to|through|thru|'?til) the (?:very )?end\b"#, in: c),
           let v = Numbers.english(m[1]) {
            let a = Int(v * 1000)
            return (a, max(1000, draft.duration() - a))
        }
        // "the whole video", "until the end"
        // "for the entire duration of the video"
        if has(c, #"\b(?:the )?(?:whole|entire|full) (?:video|vid|thing|time|way through|duration|length|runtime)\b|\b(?:until|till|to) the (?:very )?end\b|\ball the way through\b|全程|整个视频"#) {
            return (nil, max(1000, draft.duration()))
        }
        if let m = Numbers.firstMatch(#"(?:延长到|缩短到|改成|改为|显示|持续)\s*([零〇一二两三四五六七八九十\d.]+)\s*秒"#, in: c), let v = Numbers.chinese(m[1]) {
            return (nil, Int(v * 1000))
        }
        // "lengthen the title's on-screen time to five seconds", "set the caption's duration to 4 s": its own length.
        if let m = Numbers.firstMatch(#"\b(?:title|caption|text|end ?card|subtitle)(?:'s|s'|s)? (?:on-?screen |display |screen |showing )?(?:time|duration|length)(?: on(?: the)? screen)? (?:to|=|:|of|at)? ?(\#(n))\s*(?:s|secs?|seconds?)\b"#, in: c),
           let v = Numbers.english(m[1]) {
            return (nil, Int(v * 1000))
        }
        // "shorten the title from 3 to 2 seconds", "cut the caption down from 4s to 2s": its own length, the new one.
        if let m = Numbers.firstMatch(#"^(?:shorten|lengthen|extend|trim|cut|reduce|stretch|change|bring|take)\b(?: (?:the|my|that|this) (?:title|caption|text|end card|subtitle)(?:'s (?:time|length|duration))?)?(?: down| up)? from (\#(n))\s*(?:s|secs?|seconds?)? (?:down |up )?to (\#(n))\s*(?:s|secs?|seconds?)\b"#, in: c),
           let v = Numbers.english(m[2]) {
            return (nil, Int(v * 1000))
        }
        // "shorten the title to 2 s", "extend the caption to 5 seconds": its own length.
        if let m = Numbers.firstMatch(#"^(?:shorten|lengthen|extend|trim|cut|reduce|stretch)\b(?: (?:the|my|that|this) (?:title|caption|text|end card|subtitle))? (?:down |up )?to (\#(n))\s*(?:s|secs?|seconds?)\b"#, in: c),
           let v = Numbers.english(m[1]) {
            return (nil, Int(v * 1000))
        }
        if let m = Numbers.firstMatch(#"\b(?:from|between) (\d+)\s*(?:ms)? (?:to|and|until|-) (\d+)\s*ms\b"#, in: c), let a = Int(m[1]), let b = Int(m[2]), b > a {
            return (a, b - a)
        }
        // "right after the intro": when the title ends.
        if has(c, #"\b(?:right |just |straight |directly )?after the (?:intro|title|opening(?: title)?)\b"#), !has(c, #"\b(?:at|from) \d"#),
           let title = draft.textPositions.map({ draft.tracks[$0.track].segments[$0.segment] }).first(where: { $0.kind == .title }) {
            let d = Numbers.firstMatch(#"\bfor (\#(n))\s*(?:s|secs?|seconds?)\b"#, in: c).flatMap { Numbers.english($0[1]) }.map { Int($0 * 1000) }
            return ((title.start ?? 0) + (title.duration ?? 3000), d)
        }
        if let m = Numbers.firstMatch(#"\b(?:starting at|at|from) (\d+)\s*ms\b"#, in: c), let a = Int(m[1]) {
            // "starting at 7000 ms for 3000 ms", "… end at 10000ms" (`start=7000ms end=10000ms`)
            let d = Numbers.firstMatch(#"\b(?:for|with a duration of|duration(?: of)?|lasting) (\d+)\s*ms\b"#, in: c).flatMap { Int($0[1]) }
                ?? Numbers.firstMatch(#"\b(?:end|ending|ends|stop|stopping|until|till)(?: at)? (\d+)\s*ms\b"#, in: c).flatMap { Int($0[1]) }.flatMap { $0 > a ? $0 - a : nil }
            return (a, d)
        }
        if let m = Numbers.firstMatch(#"\bbetween (\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)? and (\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)\b"#, in: c),
           let a = Double(m[1]), let b = Double(m[2]), b > a {
            return (Int(a * 1000), Int((b - a) * 1000))
        }
        if let m = Numbers.firstMatch(#"(?:(?:for |in |during )?(?:the|its|the video'?s) |\#(closingLead))(?:last|final) (\#(n))\s*(?:s|secs?|seconds?)\b"#, in: c), let v = Numbers.english(m[1]) {
            let ms = Int(v * 1000)
            return (max(0, draft.duration() - ms), ms)
        }
        // "at the start", "at the beginning", "开头": from 0 (for as long as asked).
        if has(c, #"\bat the (?:very )?(?:start|beginning)\b|\bto open\b|在开头|开头出现"#), !has(c, #"\b(?:from|at|after|between) \d"#) {
            let said = Numbers.firstMatch(#"\b(?:for|lasting|lasts?) (?:like |about |around |roughly |maybe |just )?(\#(n))\s*(?:s|secs?|seconds?)\b"#, in: c).flatMap { Numbers.english($0[1]) }.map { Int($0 * 1000) }
            return (0, said)
        }
        // "at the end", "at the very end", "结尾": the last 3 seconds (or as long as asked).
        if has(c, #"\bat the (?:very )?end\b|\bas the video ends|\bto close\b|在结尾|最后出现"#), !has(c, #"\bfrom \d"#) {
            let said = Numbers.firstMatch(#"\b(?:for|lasting|lasts?) (?:like |about |around |roughly |maybe |just )?(\#(n))\s*(?:s|secs?|seconds?)\b"#, in: c).flatMap { Numbers.english($0[1]) }.map { Int($0 * 1000) }
            let d = min(said ?? 3000, max(1000, draft.duration()))
            return (max(0, draft.duration() - d), d)
        }
        // "from 2 to 5 seconds", "from five to eight seconds", "2-5秒"
        if let m = Numbers.firstMatch(#"from (\d+(?:\.\d+)?|\#(Numbers.spelledNumber))\s*(?:s|secs?|seconds?)? (?:to|until|till|-) (\d+(?:\.\d+)?|\#(Numbers.spelledNumber))\s*(?:s|secs?|seconds?)|(\d+(?:\.\d+)?)\s*(?:s|秒)?\s*(?:-|–|到|至)\s*第?\s*(\d+(?:\.\d+)?)\s*(?:s|秒|seconds?)"#, in: c),
           let a = Numbers.english(m[1].isEmpty ? m[3] : m[1]), let b = Numbers.english(m[2].isEmpty ? m[4] : m[2]), b > a {
            return (Int(a * 1000), Int((b - a) * 1000))
        }
        // "'Part 2' from 3 to 6": a text's span in seconds, the unit left unsaid; "'Part 2' 5s to 8s": said right after the words.
        if let m = Numbers.firstMatch(#"\bfrom (\d+(?:\.\d+)?) (?:to|until|till|-) (\d+(?:\.\d+)?)\b(?![.:]\d)(?!\s*(?:%|x\b|ms|px|pt|fps|mins?\b|minutes?|percent))|«\d+»\s*:?\s*(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)? (?:to|until|till|thru|through) (\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)\b"#, in: c),
           let a = Double(m[1] + m[3]), let b = Double(m[2] + m[4]), b > a, b <= 3600 {
            return (Int(a * 1000), Int((b - a) * 1000))
        }
        if let m = Numbers.firstMatch(#"(?:for |in |during |over )?(?:the )?first (\#(n))\s*(?:s|secs?|seconds?)\b|前\s*(\#(Numbers.chineseNumber))\s*秒"#, in: c),
           let v = m[1].isEmpty ? Numbers.chinese(m[2]) : Numbers.english(m[1]) {
            return (0, Int(v * 1000))
        }
        if let m = Numbers.firstMatch(#"(?:(?:for |in |during )?(?:the|its|the video'?s) |\#(closingLead))(?:last|final) (\#(n))\s*(?:s|secs?|seconds?)\b|最后\s*(\#(Numbers.chineseNumber))\s*秒"#, in: c),
           let v = m[1].isEmpty ? Numbers.chinese(m[2]) : Numbers.english(m[1]) {
            let ms = Int(v * 1000)
            return (max(0, draft.duration() - ms), ms)
        }
        var start: Int?
        // "appear 2 seconds in", "pop up 1.5s in"
        if let m = Numbers.firstMatch(#"\b(?:appears?|appearing|show(?:s)? up|comes? in|pops? (?:up|in)|starts?|starting|begins?|beginning|commencing)\b.*?\b(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?) in\b"#, in: c), let a = Double(m[1]) {
            start = Int(a * 1000)
        } else if let m = Numbers.firstMatch(#"(?:\b(?:at|starting at|start at|starts at|from|after|(?:move|shift|push|slide|bring)\b[^.«\d]{0,30}?\bto(?: the)?)|(?<=«\d{1,3}») start:?|(?<!\S)@) ?(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)\b(?:[- ]mark)?(?! long)|(?:在|从)\s*第?\s*(\#(Numbers.chineseNumber))\s*秒"#, in: c),
           let a = m[1].isEmpty ? Numbers.chinese(m[2]) : Double(m[1]) { start = Int(a * 1000) }
        var duration: Int?
        // "for 5000 ms", "lasting 2500ms": milliseconds, as agents say them.
        if let m = Numbers.firstMatch(#"(?:title|caption|subtitle|card|\btext|«\d+»).*?\b(?:duration|dur|(?:its|their) length)(?: of| is|:| =| to)? (\#(n))\s*(ms|s|secs?|seconds?)\b"#, in: c), let v = Numbers.english(m[1]) {
            // 'a title "Sale", duration 4000 ms': the field said after the text is its length
            // (said before it, `duration_ms=12000 title="Q4"`, the video's).
            duration = m[2] == "ms" ? Int(v) : Int(v * 1000)
        } else if let m = Numbers.firstMatch(#"\b(?:for|lasting|lasts?) (\d+)\s*ms\b"#, in: c), let v = Int(m[1]) {
            duration = v
        } else if let m = Numbers.firstMatch(#"\b(\#(n))[- ](?:s|secs?|seconds?)(?:[- ]long)? (?:title|caption|subtitle|end ?card|card|text)"#, in: c), let v = Numbers.english(m[1]) {
            duration = Int(v * 1000)
        } else if let m = Numbers.firstMatch(#"\b(?:for|lasts?|lasting|(?:stay|stays|remain|remains|hold|holds|be)(?: up| on(?: the)? screen| visible)?(?: for)?(?: only| just)?|show for) (\#(n))\s*(?:s|secs?|seconds?)\b|(?:持续|显示)\s*(\#(Numbers.chineseNumber))\s*秒"#, in: c),
           let v = m[1].isEmpty ? Numbers.chinese(m[2]) : Numbers.english(m[1]) { duration = Int(v * 1000) }
        // "appears at 1 second and disappears at 4 seconds": until then.
        if duration == nil, let start, let m = Numbers.firstMatch(#"\b(?:disappears?|disappearing|vanish(?:es|ing)?|goes away|ends?|ending) (?:at|after) (\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)\b"#, in: c),
           let e = Double(m[1]).map({ Int($0 * 1000) }), e > start {
            duration = e - start
        }
        return (start, duration)
    }
}

extension RulePlanner {
    // MARK: Words for the screen, before clauses are split

    /// Punctuation a dictating voice says as words (never one named: "delete the exclamation mark from the title").
    static let spokenPunctuation: [(String, String)] = [
        (#"(?<=\w)\s+comma\s+(?=\w)"#, ", "), (#"(?<=\w)(?<!\b(?:the|an|that|this|those|these|every|each|any))\s+exclamation (?:mark|point)\b"#, "!"),
        (#"(?<=\w)(?<!\b(?:the|a|that|this|those|these|every|each|any))\s+question mark\b"#, "?"),
        (#"(?<=\w)\s+(?:period|full stop)\s*$"#, "."),
        // Dictation's homophones: "moot the sound on the video clip" (mute; it was not understood).
        (#"(?i)\b(?:moot|mewt)(?= (?:the |that |this |my |all |every |its? )?(?:sound|audio|music|song|clip|clips|video|videos|voice|track|noise)\b)"#, "mute"),
    ]

    /// "…, since that is the topic of this unit", "…, because it's his name", "…, that's our slogan": the reason
    /// after a comma is not the words' own (never "Joe's Pizza, since 1985"); nor "… as the board asked" at the end.
    static let reasonAfterWords = #"\s*,\s*(?:(?:since|because|cause|cuz|as|given that|seeing as) (?!\d)(?:that|this|it|its|it'?s|we|i|our|my|the|they|he|she|you|people|everyone|students|that'?s)\b|(?:that'?s|thats|it'?s|this is) (?:the|what|our|my|his|her|their|for|about|because)\b)|\s+(?:as|like) (?:the |my |our |his |her |their )?[\w' ]{1,25}? (?:asked|wanted|requested|said|suggested)(?: (?:for|to|me|us))?\s*[.!]?\s*$"#

    /// Where unquoted words for the screen end: a time, a place, "instead", another request, a sentence's end.
    static let screenWordsEnd = #"(?=(?-i:\s+(?:not|rather than|instead of)\s)|\#(reasonAfterWords)|,?\s+(?:instead\b|at the (?:very )?(?:start|end|beginning|top|bottom)|in the (?:middle|cent(?:er|re)|corner|top|bottom)|on (?:the )?(?:top|bottom)|(?:from|at|between|after|starting at|for) (?:\d|the (?:first|last|final|whole|entire|very|fourth|third|fifth|second)\b|\#(Numbers.spelledNumber) (?:to|and|-|s|secs?|seconds?)\b)|until |till |as (?:a |an |the )|in (?:red|white|black|yellow|blue|green|gold|pink|bold|big)\b|and (?:make|put|then|add|move|set|have|keep|let|sit|sits|stay|stays|show|place|go|goes|change|use|fade|appear|last|remain)\b|then\b)|\s*;|\s*,(?=\s*(?:and |then |also |please |but )?(?:make|put|add|set|move|change|remove|delete|turn|use|fade|cut|trim|mute|speed|slow|show|keep|start|stop|bring|lower|raise|give|let|have|sit|stay|place|i|it|the music|the video)\b)|(?<!\b(?:[Dd]r|[Mm]r|[Mm]rs|[Mm]s|[Ss]t|[Jj]r|[Ss]r|[Nn]o|vs|etc|[Aa]ve|[Pp]rof|[Rr]ev|[Ss]gt|[Cc]apt|[Ll]t|[Gg]en|[Mm]t|[Ff]t|[Ii]nc|[Ll]td))[.!?]\s+|\s*[.?]*\s*$)"#

    /// Unquoted words for a title or caption are quoted before the words are split into clauses, so
    /// an "and", a comma or a full stop inside them stays theirs: "the title should say Bill and
    /// Margaret 60 Years", "titel shud be Rapid Rooter Plumbing", "txt says 24/7 emergency call 555 0142",
    /// "a lower third at 0:04 for 4 sec: Dr. Anika Rao, Sleep Researcher", "… reading: Soli Deo Gloria".
    static func quotedTextWords(_ text: String) -> String {
        // Dictation: punctuation said as words ("happy anniversary comma Ruth", "we did it exclamation point").
        var text = text.contains(" ") ? outsideQuotes(text) { replacing($0, Self.spokenPunctuation) } : text
        // "title should say Locked Out?", "make it say Locked Out? We Got U", "add an end card: Questions? Ask in #safety": a question mark inside (or closing) words for the
        // screen said in capitals is theirs, when the request itself asks nothing ("can the title say Sale?" asks).
        // (Never a question's own mark, "Could it say Happy 80th instead? Thank you.", nor one whose sentence asks.)
        text = replacing(text, #"(?:^|(?<=[.!]\s))(?!\s*(?:can|could|would|will|should|shall|is|are|does|do|did|may|might|what|how|why|where|when|who)\b)([^.!?"“]*?\b(?:should|must|to|it|gotta|make it|then|title|caption|text|card|banner|sign|words) (?:say|read)|[^.!?"“]*?\b(?:says|saying|reads|reading)|[^.!?"“:]*?\b(?:title|caption|text|card|banner|sign|subtitle|lower third)\s*:)\s+(?!["“'‘«])((?-i:[A-Z0-9])[^"“”«»?.!]*?(?<!\binstead|\bplease|\bnow|\btoo|\bthen)\?(?:\s+(?!(?i:thanks?|thank you|please|cheers|ok|okay|ty|thx)\b)(?-i:[A-Z0-9])[^"“”«»?.!]*)?)\s*[.!]*$"#, "$1 \"$2\"")
        // "Add our phone number as a caption for the last 3 seconds: (614) 555-0187": that number is the caption's words.
        text = replacing(text, #"\b(?:add|put|show|include|display)\s+(?:our|my|the|his|her|their)\s+(?:phone|tel|telephone|contact|mobile|cell)\s*(?:number|no\.?|#)\s+as\s+(?:a|an|the)\s+(caption|text|title|subtitle|lower third|end ?card)\b([^:"“\n]{0,60}?)\s*:\s*(\+?\(?\d[\d ().-]{5,}\d)\s*[.!]?\s*$"#, "add a $1 \"$3\"$2")
        // "van then leak fix phone # at bottom 0412 555 019": the number, put on screen where said.
        // "add the agent's phone number at the end: 555-201-7788": whose number, and where, before it.
        if let m = Numbers.firstMatch(#"\b(?:(?:our|my|the|his|her|their)\s+)?(?:[a-z]+['’]s\s+)?(?:phone|ph|tel|call)\s*(?:#|no\.?|number|num)(?:\s+(?:at|on)\s+(?:the\s+)?(bottom|top|end|start|beginning))?\s*:?\s*(\+?\(?\d[\d ().-]{5,}\d)\b(?:\s+(?:at|on)\s+(?:the\s+)?(bottom|top)\b)?"#, in: text),
           let r = firstRange(NSRegularExpression.escapedPattern(for: m[0]), in: text),
           // (Not "a caption saying call # 555 0199": words for the screen already, as written.)
           !has(String(text[..<r.lowerBound]), #"\b(?:saying|says|say|reading|reads|read|that says)\s*:?\s*$"#) {
            let place = m[1].isEmpty ? m[3] : m[1]
            let verb = has(String(text[..<r.lowerBound]), #"\b(?:add|put|show|include|display|stick|write|with)\b"#)
            text.replaceSubrange(r, with: (verb ? "" : "then put ") + "our phone number \"\(m[2])\"" + (place.isEmpty ? "" : " at the \(place)"))
        }
        // "put Love you Grandma at the bottom": capitalised words, no file's or thing's, put at the top or bottom of the
        // screen are a caption there (never "put Clip 2 at the end", "put mia.jpg at the bottom", "put the photos at the top").
        text = replacing(text, #"^(\s*(?:please )?(?:put|write|stick))\s+(?-i:((?!(?:Clip|Photo|Pic|Picture|Image|Video|Shot|Slide|Title|Caption|Text|Music|Song|The|It|This|That|These|Those|Them|My|Our|All|Every|Each)\b)[A-Z][a-z'’]*(?: (?!(?:clip|photo|pic|picture|image|video|shot|slide|one|file)s?\b)[A-Za-z'’!,]+){1,5}))\s+(at|on) the (bottom|top)([.!]*)$"#, "$1 a caption \"$2\" $3 the $4$5")
        // "put BEFORE on the first pic and AFTER on the second one", "write SOLD over photo 3": words in capitals put on a
        // picture are words on it, in quotes (it moved the second picture). Never "put the photo on the first slide".
        let onAPicture = #"\s+(?:on|over|onto|across|for) (?:the (?:\#(ordinalPattern)|last|next|other|final) (?:pic|photo|picture|image|slide|shot|clip|one)|(?:pic|photo|picture|image|slide|shot|clip) \d+)\b"#
        let capitals = #"(?-i:((?!(?:I|A)\b)[A-Z][A-Z0-9'’!&%$-]+(?: [A-Z0-9][A-Z0-9'’!&%$-]*){0,4}))"#
        text = replacing(text, #"\b(put|write|stick|type|add|place)\s+"# + capitals + #"(?=\#(onAPicture))"#, "$1 \"$2\"")
        text = replacing(text, #"("[^"]+"\#(onAPicture),?\s+and (?:then )?)"# + capitals + #"(?=\#(onAPicture))"#, "$1\"$2\"")
        // "add text on the first one that says BEFORE and on the last one AFTER": two texts, each on its picture (the
        // second picture's words were the first's).
        let picture = #"(?:the (?:\#(ordinalPattern)|last|next|other|final) (?:pic|photo(?:graph)?|picture|image|slide|shot|clip|one)|(?:pic|photo|picture|image|slide|shot|clip) \d+)"#
        text = replacing(text, #"\b(on|over|onto|across|for) (\#(picture)) (?:that says|saying|reading|which says|with(?: the words?)?)\s+(?!["“'‘«])([^"“”«»,;.!?]{1,40}?),? and (?:then )?(on|over|onto|across|for) (\#(picture)) (?:that says |saying |reading |which says |with(?: the words?)? )?(?!["“'‘«])([^"“”«»,;.!?]{1,40}?)\s*([.!]*)$"#, "\"$3\" $1 $2 and \"$6\" $4 $5$7")
        // "put @djkairo in the top right corner", "add #GrandOpening at the bottom": a handle or hashtag put somewhere on
        // screen is a caption saying it (it was not understood).
        text = replacing(text, #"\b(put|add|stick|place|show|write|throw|slap)\s+(?:my |our |the |his |her )?(?:(?:ig|insta|instagram|tiktok|twitter|x) )?(?:handle |tag |hashtag |username |@ )?([@#][\p{L}\p{N}_.]*[\p{L}\p{N}_])(?=\s+(?:in|at|on|to|from|for|across|along|during)\s+(?:the\s+)?(?:\d|very |top\b|bottom\b|start\b|end\b|beginning\b|whole\b|entire\b|middle\b|cent(?:er|re)\b|screen\b|corner\b|upper\b|lower\b|left\b|right\b|last\b|first\b|final\b))"#, "$1 a caption \"$2\"")
        // "add the hashtag #FridaysForFuture as a caption the whole time": the hashtag is the words (the caption read
        // "the hashtag #FridaysForFuture").
        text = replacing(text, #"\b(put|add|stick|place|show|write|throw|slap)\s+(?:my |our |the |his |her |a )?(?:(?:ig|insta|instagram|tiktok|twitter|x) )?(?:handle |tag |hashtag |username |@ )?([@#][\p{L}\p{N}_.]*[\p{L}\p{N}_])\s+as (?:a |an |the |my |our )?(caption|title|text|subtitle|end ?card)\b"#, "$1 a $3 \"$2\"")
        // "put SUBSCRIBE at 0:07 for 2 sec", "add SOLD OUT at the top", "a SALE banner at the top": words in capitals
        // put at a time or a place on screen are a caption saying them (they were left unread).
        let notWords = #"(?!(?:CLIP|PHOTO|PIC|PICTURE|IMAGE|VIDEO|SHOT|SLIDE|TITLE|CAPTION|TEXT|MUSIC|SONG|IT|THE|ALL|MP4|JPG|PNG|MOV)\b)"#
        text = replacing(text, #"\b(put|write|stick|type|add|place|show)\s+(?:an? |the )?"# + notWords + capitals + #"\s+(banner|sign|label|sticker|tag|badge|text|caption|overlay)\b"#, "$1 a caption \"$2\"")
        text = replacing(text, #"\b(put|write|stick|type|add|place|show)\s+"# + notWords + capitals + #"(?=\s+(?:at|from|for|between|until|on)\s+(?:the\s+)?(?:\d|very |top\b|bottom\b|start\b|end\b|beginning\b|whole\b|entire\b|middle\b|cent(?:er|re)\b|screen\b))"#, "$1 a caption \"$2\"")
        // "Add at the end: Open Mon-Sat 7am-6pm, 412 Main St": words for the screen, said after where they go.
        // "add our names at the end: Priya, Jonas, Mei and Tom", "put the couple's initials in the bottom right corner: E & J":
        // what the words are, said before where they go.
        let whatWords = #"(?: this| that| these words| (?:our|my|the|his|her|their|[a-z]+['’]s) (?:[\w'’]+ ){0,2}?(?:names?|initials|date|address|credits?|hours|words|message|details|info|slogan|motto|quote|thanks|dedication))"#
        text = replacing(text, #"^(\s*(?:please )?(?:add|put|show|write|stick))\#(whatWords)? (?:at|to|on|in) the (?:very )?(end|start|beginning|(?:bottom|top)(?:[- ](?:left|right)(?: corner)?)?)\s*:\s+(?!["“'‘«])(?![\w-]+\.(?:jpe?g|png|heic|webp|gif|mp4|mov|m4v|webm|mp3|wav|m4a)\s*$)(?!\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\b)([\p{L}\p{N}$#@].*?)\.?\s*$"#, "$1 a caption \"$3\" at the $2")
        // "add price $4.99 on the last photo", "put the price: 12€ on photo 2": the price is the words.
        text = replacing(text, #"\b(add|put|show|write|stick|display)\s+(?:the |a |our )?price(?: tag)?(?: of)?\s*:?\s+([$€£]\s?\d+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?\s?[$€£])(?=[\s,!?;]|[.](?!\d)|$)"#, "$1 \"$2\"")
        // 'call it "Biscuit the Best Dog"', "name the video 'Our Trip'": its title, in quotes.
        text = replacing(text, #"\b(?:call|name|title) (?:it|this|the (?:video|vid|movie|film|slideshow|reel|montage))\s*:?\s*(?=["“'‘«][^"”'’»]{2,}["”'’»])"#, "title ")
        guard has(text, #"\b(?:tit(?:le|el)|captions?|texts?|txt|lower third|end ?card|subtitle|name|website|handle|url|slogan|tagline|hashtag|email)\b"#) else { return text }
        // "the title says Hello which was just me testing, it should say …": the words there now, said as they are (the
        // title was changed to "Hello which was just me testing"). ("The title currently says Hello, which feels kind of
        // empty …": the same; it added a second title "Hello".)
        text = replacing(text, #"(?i)\b((?:the|my|our) (?:tit(?:le|el)|caption|text)\s+(?:says|reads|currently says|still says|right now says)\s+)(?!["“'‘«])([\p{L}\p{N}][^,.;!?"“”«»]{0,40}?)(?=,?\s+(?:which|that|and it|and that) (?:was|is|'s|were|feels|seems|looks|sounds|reads)\b)"#, "$1\"$2\"")
        // "Please add this caption exactly as written: Amphora, c. 540 BC: "The Return of Hephaestus"": everything after
        // "exactly as written:" is the words, quotes, colons and full stops and all (only the quoted part was kept).
        if let m = Numbers.firstMatch(#"(?i)^(.*?\b(?:tit(?:le|el)|caption|text|end ?card|subtitle|lower third|words|line)\b[^:"“«]{0,40}?\b(?:exactly as (?:written|typed|shown|below|follows|i (?:wrote|typed) it)|exactly like this|exactly|verbatim|word for word|as written|as typed|as follows|letter for letter|character for character))\s*:\s*(\S.*?)\s*$"#, in: text),
           !m[2].contains("”"), !has(m[2], #"^["“'‘«][^"”'’»]*["”'’»][.!]?$"#) {
            text = m[1] + ": “" + m[2] + "”"
        }
        // "change the title so that it reads Welcome, Class of 2029": the words it should read (the "so" was a purpose).
        text = replacing(text, #"\b(change|set|update|edit|fix) (the|my|our) (title|caption|end ?card|text|subtitle|lower third) so (?:that )?it (?:reads|says|shows|displays)\s+(?!["“'‘«])([\p{L}\p{N}#$@].*?)\#(screenWordsEnd)"#, "$1 $2 $3 to \"$4\"")
        // "end card with our URL getreel.io", "a caption with my handle @mia.bakes": the address itself is the words.
        text = replacing(text, #"\b(end ?card|title card|title|caption|lower third|banner|closing card|outro card)(?: with| showing| saying| reading| that says| for)? (?:our|my|the|his|her|their) (?:url|website|site|web ?site|web address|link|handle|email(?: address)?|instagram|ig|tiktok)(?: is)?:?\s+(?!["“'‘«])((?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/[\w./-]*)?|@[\w.]+|[\w.+-]+@[\w-]+\.[\w.]+)(?=[\s,;!?]|\.(?:\s|$)|$)"#, "$1 \"$2\"")
        // "end card with the date and place: "Spring Gala · 14 March"": what the words are, said before them (its
        // "and" split the request in two).
        text = replacing(text, #"\b(end ?card|title card|title|caption|lower third|banner|closing card|outro card) (?:with|showing|listing|giving) (?:the |our |my )?(?:[a-z]+(?:,? (?:and|&) | ))?[a-z]+:\s*(?=["“'‘«])"#, "$1 ")
        // "put my name, 'Elena Marsh Photography', as a caption": the words themselves, said beside what they are.
        text = replacing(text, #"\b(?:(?:my|our|his|her|their) (?:(?:shop|store|business|company|studio|brand|full|channel) )?(?:name|handle|website|site|url|web address|phone(?: number)?|number|slogan|tagline|hashtag|email)|(?:the|our) (?:shop|store|business|company|studio|brand)'?s? name),\s*(["“'‘][^"”'’]+["”'’]),(?=\s*(?:as|in|on|at|for|to)\b)"#, "$1")
        let quoted = outsideQuotes(text) { part in
            // "add txt FREE QUOTES": shorthand for text.
            var t = replacing(part, #"\btxt\b"#, "text")
            // "title Episode 42: Why We Dream for the first 5 sec", "caption Step One: Mix the Flour": capitalised
            // words, a colon, more words: one text, colon and all (the words before the colon were lost).
            // "end card Order ahead: (555) 302-1188": a capital, then words of any case ("caption Autonomous: 3 cubes
            // scored from 4 to 9 seconds": a one-figure word after the colon too).
            t = replacing(t, #"^(.*?\b(?:tit(?:le|el)|caption|end ?card|lower third|subtitle))\s+((?-i:[A-Z][\w'’&-]*(?: (?:[A-Z0-9][\w'’&-]*|of|the|and|a|in|on|to|for|&|(?!(?:at|from|until|till|during|after|before|with|secs?|seconds?)\b)[a-z][a-z'’-]*)){0,5}):\s+(?-i:[A-Z0-9(+$])[\p{L}\p{N}( ].*?)\#(screenWordsEnd)"#, "$1 \"$2\"")
            // "add a caption from 0:04 to 0:09 that says Autonomous: 3 cubes scored": words said after "says" with a colon
            // in them, colon and all (the words before the colon were lost).
            t = replacing(t, #"\b((?:that|which) (?:says|reads)|saying|reading)\s+(?!["“'‘«])((?-i:[A-Z0-9])[\p{L}\p{N}'’&-]*(?: [\p{L}\p{N}'’&-]+){0,4}:\s+[\p{L}\p{N}(].*?)\#(screenWordsEnd)"#, "$1 \"$2\"")
            // "put a caption with the words Only Today": the words named as words.
            t = replacing(t, #"\b((?:tit(?:le|el)|caption|text|end ?card|subtitle|lower third|banner|sign)\s+(?:with|saying|reading|that says)\s+)(?:the |these )?(?:words?|phrase|line|message)\s*:?\s+(?!["“'‘«])(?!(?:from|at|for|on|in|of|we|you|i)\b)([\p{L}\p{N}#$@].*?)\#(screenWordsEnd)"#, "$1\"$2\"")
            // "the title should say X", "the text says X", "title shud be X" (words as written: capitals or digits after "be" or "is").
            t = replacing(t, #"^(.*?\b(?:tit(?:le|el)|caption|text|end ?card|subtitle|lower third)\s+(?:(?:should|shud|shld|shd|must|needs? to|has to|will|could|can|to|gotta|now)\s+)*(?:say|says|read|reads)(?:\s*:)?)\s+(?!["“'‘«])(?!(?:exactly|verbatim|precisely|literally|simply|just|only)?\s*:?\s*(?:["“'‘«]|$))(?!(?:it|that|this|so|something|anything|nothing|what|the same|again|instead)\b)([\p{L}\p{N}#$@].*?)\#(screenWordsEnd)"#, "$1 \"$2\"")
            t = replacing(t, #"^(.*?(?:^|\b(?:the|my|our) )(?:tit(?:le|el)|caption|text|end ?card|subtitle|lower third)\s+(?:(?:should|shud|shld|shd|must|needs? to|has to|will|could|can|to|gotta|now)\s+)*(?:be|is)(?:\s*:)?)\s+(?!["“'‘«])(?!(?:It|That|This|The|A|An|In|At|On|For|From|Too|So|Not|Still|Way|Very)\b)(?!\d+(?:\.\d+)?\s*(?:s|secs?|seconds?|ms|%|px|pt)\b)((?-i:[A-Z0-9])[\p{L}\p{N}].*?)\#(screenWordsEnd)"#, "$1 \"$2\"")
            return t
        }
        // (Read whole, so quoted words after the colon are never taken for its end.)
        return quotedAfterColon(quoted)
    }

    /// "a lower third at 0:04 for 4 sec: Dr. Anika Rao, Sleep Researcher": the words after the colon, to the end.
    static func quotedAfterColon(_ text: String) -> String {
        var t = text
        if !has(t, #"\b(?:captions|subtitles|texts|script|lyrics|verse|lines|after the (?:title|intro))\b|\s/\s|="#) {
            let said = t
            t = replacing(t, #"^(.*?\b(?:caption|lower third|title|title card|end ?card|subtitle|text|banner|label|tagline|name)\b(?:[^:«"“'‘]|(?<=\d):(?=\d))*?(?<!\bstyle|\bentrance|\banimation|\bfont|\bposition|\bcolou?r|\bsize):)\s+(?!["“'‘«])(?!(?:\d+(?:\.\d+)?|\#(Numbers.spelledNumber))\s*(?:s|secs?|seconds?|ms)\s*[.!?]*\s*$)(?-i:(?!(?:move|put|make|set|change|remove|delete|add|use|output|show|return|trim|cut)\b))([\p{L}\p{N}#$@](?:[^.!?="“”‘’«']|(?<=\p{L})'|(?<=\b(?:[Dd]r|[Mm]r|[Mm]rs|[Mm]s|[Ss]t|[Jj]r|[Ss]r|[Nn]o|vs|etc|[Aa]ve|[Pp]rof|[Rr]ev|[Ss]gt|[Cc]apt|[Ll]t|[Gg]en|[Mm]t|[Ff]t|[Ii]nc|[Ll]td))\.|[.!?](?!\s)|!+(?=[.?\s]*$)){0,80}?)\s*[.?]*\s*$"#, "$1 \"$2\"")
            // "caption: GRAND OPENING SALE, bottom", "end card: Call 555-0100, last 2 sec": a place or time after a comma is not theirs.
            if t != said {
                t = replacing(t, #",\s*((?:at the |in the |on the )?(?:top|bottom|center|centre|middle|lower third|upper|left|right)(?:[- ](?:left|right|third))?|(?:for )?(?:the )?(?:last|first|final) \d+(?:\.\d+)?\s*(?:s|secs?|seconds?)|(?:for|at|from|until) \d+(?:\.\d+)?\s*(?:s|secs?|seconds?)(?:\s*(?:to|-|until)\s*\d+(?:\.\d+)?\s*(?:s|secs?|seconds?))?)"$"#, "\", $1")
            }
        }
        return t
    }

    /// Parts of a text request split off by a comma or an "and", joined back to it: the words alone
    /// ("display the opening line as a caption, 'Amazing grace', from the fourth second …"), its
    /// time ("…, from 4 s until 7 s"), its place ("…, lower left.", "… and sit at the top"), its words
    /// after "reading:", and how long it stays ("… and let it linger a little longer").
    static func joinTextClauses(_ parts: [String]) -> [String] {
        var out: [String] = []
        for p in parts {
            let l = p.lowercased()
            // "the title stay too long time, make 2 second": the length said after what is wrong with a text is that text's.
            if let prev = out.last?.lowercased(), let m = Numbers.firstMatch(#"^(?:the |my |that )?(title|caption|end ?card|subtitle)s? (?:stays?|is|shows?|lasts?|remains?|(?:is )?on(?: screen)?)? ?(?:(?:too|so|very|a bit|way too) (?:long|short|quick|fast)|(?:a )?(?:too )?long time|not long enough)\b[^«\d]*$"#, in: prev),
               let n = Numbers.firstMatch(#"^(?:so |please |pls |just )*(?:make(?: it)?|only|just|maybe|to|set(?: it)?(?: to)?)? ?(\#(Numbers.amount)[- ]?(?:s|secs?|seconds?))(?: (?:only|please|pls|long|is enough|enough))*[.!]*$"#, in: l) {
                out[out.count - 1] = "make the \(m[1]) stay for \(n[1])"
                continue
            }
            if let prev = out.last?.lowercased(), has(prev, #"\b(?:title|caption|subtitle|lower third|end ?card|text|banner|label|tagline|words|writing|lettering)\b|«\d+»"#),
               !has(prev, #"\b(?:music|song|transitions?|clip \d)\b"#),
               has(l, #"^(?:«\d+»[.!?]?$|(?:从|在)\s*第?\s*\d+(?:\.\d+)?\s*秒?\s*(?:到|至)\s*第?\s*\d+(?:\.\d+)?\s*秒(?:之间)?[。.!]?$|(?:reading|saying|that says|which says|that reads|which reads)\b|(?:and |then )?(?:from|between|starting(?: at)?|until|till|during) (?:the )?(?:\d|\#(Numbers.spelledNumber)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|very|end|start|beginning)[^«]*$|(?:and |but |then )?(?:(?:sit|sits|stay|stays|go|goes|be|appear|appears|show|placed|positioned|put it|place it|move it|have it|keep it)\s+)?(?:(?:up|down|way up|way down|up there|down there) )?(?:at |in |on |to )?(?:the )?(?:very )?(?:top|bottom|lower|upper|left|right|center|centre|middle)(?:[- ](?:left|right|third|corner))?(?: (?:corner|left|right|third))?(?: of the (?:screen|frame|video|picture))?[.!?]?$|(?:and )?(?:let|have|keep|make) (?:it|that|them) (?:linger|stay|last|hold|remain|stay up|stay on)\b|(?:and )?(?:set |change |make )?(?:(?:its|their|the) )?(?:entrance|animation|style|font|colou?r|position|size)(?: to| as|:)? [#\w][^«]*$|(?:and |so )?(?:please |pls |can you |could you )*(?:take (?:it|them|that|those) (?:off|away|out|down)|(?:remove|delete|hide|drop) (?:it|them|that|those))[.!?]*$|(?:and |but |all |in )?(?:bold|bolded|boxed)(?: (?:font|style|text|letters|please|pls|too))*[.!?]*$)"#)
                // "…, and let it linger a little longer, maybe 5 seconds?": how long, after the text's own length.
                // ("title card "EP 42" for the first 4 seconds, bold": its style, after its time.)
                // "Set the title's text to «0» and its duration to 4000 ms": how long the words just set stay.
                || (has(prev, #"«\d+»"#) && has(l, #"^(?:and )?(?:set |change |make )?(?:its|their) (?:duration|length|on-?screen time)(?: to|:)? \d[^«]*$"#))
                // "next line 'and you …' right after it, also 2 seconds": how long the words just said stay.
                || (has(prev, #"«\d+»"#) && has(l, #"^(?:and )?(?:also|again|same|too)(?: for)? \#(Numbers.amount)[- ]?(?:s|secs?|seconds?)(?: (?:long|each|too|as well))?[.!?]*$|^(?:and )?(?:for )?\#(Numbers.amount)[- ]?(?:s|secs?|seconds?) (?:too|also|as well|again)[.!?]*$"#))
                || (has(prev, #"\b(?:linger|longer|shorter|stay|last|hold)\b"#) && has(l, #"^(?:maybe|say|about|around|like|perhaps|roughly|so|more like)?\s*\#(Numbers.amount)[- ]?(?:s|secs?|seconds?)(?: (?:instead|then|or so))?[.!?]*$"#)) {
                out[out.count - 1] += (has(l, #"^(?:and|then|but|reading|saying|«)"#) ? " " : " and ") + p
                continue
            }
            out.append(p)
        }
        return out
    }
}

extension RulePlanner {
    static let countdownWords = #"(?i)(?:(?:please |can you |could you )?(?:add|put|make|insert|start with|open with|begin with|show|have|do|include)\s+)?(?:a |an |the )?(?:(\d+)[- ]?(?:second|sec|s)\s+)?count ?-?down\b(?:\s+(?:from\s+)?(\d+)(?:\s*(?:,|to|-|…|\.\.\.)?\s*\d+)*)?(?:\s+(?:at|in) the (?:very )?(start|beginning|end|opening))?(?:\s*,?\s*(?:with\s+)?(one|\d+(?:\.\d+)?|half a)\s*(?:second|sec|s)s?\s+(?:each|apiece|per number))?"#

    /// "add a countdown 3, 2, 1 at the very start, one second each", "a 5 second countdown at the end": the numbers
    /// on screen one after another (1 s each unless said, from 3 unless said), and the words without it.
    static func countdown(_ text: String, draft: Draft) -> (ops: [EditOperation], rest: String)? {
        // (Never a running timer: "a match countdown timer that counts down from 15".)
        guard text.range(of: "count", options: .caseInsensitive) != nil, !has(text, #"\b(?:timer|clock|stopwatch)\b"#),
              let range = firstRange(countdownWords, in: text) else { return nil }
        let m = Numbers.firstMatch(countdownWords, in: String(text[range])) ?? []
        guard m.count > 4 else { return nil }
        let each = m[4].isEmpty ? 1000 : m[4] == "one" ? 1000 : m[4] == "half a" ? 500 : Int(((Double(m[4]) ?? 1) * 1000).rounded())
        let top = min(10, max(1, Int(m[1].isEmpty ? (m[2].isEmpty ? "3" : m[2]) : m[1]) ?? 3))
        let total = draft.duration()
        let start = m[3] == "end" && total > top * each ? total - top * each : 0
        let ops = (0..<top).map { k in
            EditOperation.addText(kind: .title, text: "\(top - k)", startMs: start + k * each, durationMs: each, position: nil)
        }
        var rest = text
        rest.replaceSubrange(range, with: " ")
        return (ops, rest.trimmingCharacters(in: .whitespaces))
    }
}
