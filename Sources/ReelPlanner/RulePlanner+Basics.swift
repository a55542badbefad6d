import Foundation
import ReelTimeline

/// One rule per part of the vocabulary; each looks at a clause and adds what it understood.
extension RulePlanner {
    // MARK: History

    /// "undo", "put it back the way it was", "change it back", "back to how it was", "I cancel the bright", "never mind that".
    static func asksUndo(_ c: String) -> Bool {
        has(c, #"\bundo\b|撤销|撤回|\bgo back\b(?! to)|take (?:that|it) back|\brevert\b|\broll back\b|^(?:bring|put) (?:it|that|them) back$|^restore (?:it|that)$"#)
            || has(c, #"\b(?:put|set|change|turn|switch|get|bring|make) (?:it|that|them|this|everything|things|the video) back\b(?! (?:in|on|to \d))|\b(?:back to|like|the way|how) (?:it|they|things|the video) (?:was|were)(?: before)?\b|\b(?:restore|return|reset|put|set|bring|move|change|turn) (it|that|them|this|everything|things|clip \d+) (?:back )?(?:to )?(?:where|the way|how) (?:\1|it|that|they|things|everything) (?:was|were|used to be|stood)\b|^(?:sorry,? )?i (?:cancel|take back)\b|^cancel (?:that|it|this|the (?:last|previous) (?:change|edit|one))[.!]?$|^never ?mind(?: that)?[.!]?$|还原|恢复原样|改回去|改回来"#)
    }

    /// "if I make the music quieter and then don't like it, can I go back to how it was?": a question about
    /// undo before any change (said as a maybe), answered; never an undo itself.
    static func asksWhetherUndoable(_ c: String) -> Bool {
        has(c, #"\b(?:if|what if|in case|before)\b[^.!]*\b(?:(?:can|could|will|would) )?(?:i|we) (?:can |could )?(?:always |still |easily |then |just |ever )?(?:go back|undo(?: it)?|revert|change (?:it|things|that) back|put (?:it|things|that) back|get (?:it|that|the old (?:one|version)) back)\b|\b(?:can|could|will|would) (?:i|we) (?:always |still |easily |then |just |ever )?(?:go back|undo(?: it)?|revert|change (?:it|things|that) back|put (?:it|things|that) back)\b[^.!]*\bif (?:i|we) (?:don'?t|do not|dont) like\b"#)
    }

    /// "hello?", "hi there", "what can you do?", "how does this work?", "help": a greeting or a question
    /// about Reel itself, answered with what it can do (never "I did not understand").
    static func asksForHelp(_ c: String) -> Bool {
        let greeting = #"(?:hi|hello|hey|hiya|yo|howdy|good (?:morning|afternoon|evening)|hallo|bonjour|hola)(?: there| reel| again)?"#
        let ask = #"(?:what (?:can|could) (?:you|reel|i) (?:do|say|ask)(?: here| for me| with this| with it)?|what do you do|what are you|how does (?:this|it|reel) work|how do i (?:use|start|begin)(?: this| it| reel)?|(?:can you )?help(?: me)?(?: please)?|what (?:are|is) the (?:commands|options))"#
        return has(c, #"^\s*(?:\#(greeting)[,!.?]*\s*)*(?:\#(ask)[.?!]*)?\s*$"#) && has(c, #"[a-z]"#)
    }

    /// "What does 'transition' mean? I do not want to change anything yet.", "what's a dissolve?": a word of
    /// editing explained, and nothing changed (it added transitions). Only words in `glossary`.
    /// "what is a transition is that the fading thing between the pictures", "how does the crossfade work?
    /// do I have to put one on every clip?": a guess said after the word, or one more question, asks no edit either.
    static func termExplained(_ c: String) -> (term: String, answer: String)? {
        let term = #"["'“‘]?([a-z][a-z -]{1,20}?)["'”’]?"#
        let guess = #"(?:[,;?.]?\s*(?:(?:or )?(?:is|was) (?:that|it|this) (?:the|a|an|when|where|what|like|how|just|called)\b|(?:do|did) you mean\b|(?:you|i) mean\b|like\b)[^?!.]{0,80})?"#
        let more = #"(?:\s*[?.!]+\s*(?:is (?:it|that|this)|do (?:i|we)|does (?:it|that|this)|should (?:i|we)|will (?:it|that)|must (?:i|we)|(?:have|need) (?:i|we) (?:got )?to)\b[^?!.]*)*"#
        let between = #"( between (?:the |my |our |each |all the |two )?(?:pictures|photos|pics|clips|slides|videos|shots|images|scenes))?"#
        let after = #"(?:\s*[?.!]+\s*(?:i (?:do not|don'?t) want to change anything(?: yet| now| right now)?|(?:i'?m |i am )?just (?:asking|curious)|(?:please )?(?:no changes?|don'?t change anything)(?: yet)?)?)?[.!?]*\s*$"#
        guard let m = Numbers.firstMatch(#"^(?:(?:and|so|ok|okay|sorry|quick question|excuse me|dear|(?:hi|hello|hey|good (?:morning|afternoon|evening))(?: there| dear)?)[,.!]?\s+)*(?:(?:can|could) you (?:tell me|explain) )?(?:what (?:does|do) (?:the word |a |an |the )?\#(term) (?:mean|do)(?: (?:for|to|with|on) (?:a |an |the |my )?(?:clips?|photos?|pictures?|videos?|pics?|images?|slides?))?|what(?:'?s| is) (?:a |an |(?!(?:the|my|our|your|this|that|it|in|on|even|happening|going|wrong|left|next|there|up)\b))\#(term)|what (?:is|are) (?:the word )?["'“‘]([a-z][a-z -]{1,20}?)["'”’]|how (?:does|do) (?:the |a |an |this |these |those )?\#(term)(?: things?| effects?| bits?)?\#(between) work)"# + guess + more + after, in: c) else { return nil }
        var word = [m[1], m[2], m[3], m[4]].first { !$0.isEmpty } ?? ""
        // "portrait mode", "the sepia filter", "the fade thing": the word itself.
        if glossary[word] == nil { word = replacing(word, #"\s+(?:mode|look|filter|effect|button|option|setting|thing|format|one|version)$"#, "") }
        var key = word.hasSuffix("s") && glossary[word] == nil ? String(word.dropLast()) : word
        // "the fading between the pictures": the change from one to the next.
        if !m[5].isEmpty, glossary[key] == glossary["fade"] { key = "transition" }
        return glossary[key].map { (key, $0 + " Nothing was changed.") }
    }

    /// "what's the difference between a fade and a dissolve?": both words explained, nothing changed (it added dissolves).
    static func termsCompared(_ c: String) -> String? {
        guard let m = Numbers.firstMatch(#"^(?:(?:and|so|ok|okay|sorry|quick question)[,.!]?\s+)*what(?:'s| is) the difference between (?:a |an |the )?([a-z][a-z -]{1,20}?)s? and (?:a |an |the )?([a-z][a-z -]{1,20}?)s?[?.!]*\s*$"#, in: c),
              let a = glossary[m[1]], let b = glossary[m[2]] else { return nil }
        return (a == b ? a : a + " " + b) + " Nothing was changed."
    }

    /// "what do you call it when the picture fades into the next one", "what's it called when the photo slowly zooms",
    /// "is there a name for the fading between clips?": the name of a thing asked, answered from `glossary`, never
    /// applied (it added crossfades). The answer is the word's entry; one picture going into the next is a dissolve.
    /// Returns nil when the words ask no name.
    static func nameAsked(_ c: String) -> String? {
        guard let m = Numbers.firstMatch(#"^(?:(?:and|so|ok|okay|sorry|hmm+|um+|quick question|hi|hey)[,.!]?\s+)*(?:what (?:do|would|did) (?:you|we|people|they|editors|i) call (?:it|that|this|the thing|the effect)?|what(?:'?s| is) (?:it|that|this|the thing|the effect) called|what(?:'?s| is) the (?:name|word|term) (?:for|of)|is there a (?:name|word|term) for)\b([^?!]*)[?.!]*\s*$"#, in: c) else { return nil }
        let rest = m[1]
        if has(rest, #"\b(?:fades?|fading|blends?|blending|melts?|melting|dissolves?|dissolving|goes|going|turns?|turning|changes?|changing|mixes|mixing)\b.{0,30}\b(?:into|to) (?:the )?(?:next|another|other)\b"#) {
            return glossary["dissolve"].map { $0 + " Nothing was changed." }
        }
        if has(rest, #"\b(?:zoom\w*|pans?|panning|moves? slowly)\b"#) { return glossary["ken burns"].map { $0 + " Nothing was changed." } }
        // (A thing with no word in `glossary`: still asked, never made; what Reel can do is the answer.)
        return glossaryTerm(in: rest).flatMap { glossary[$0] }.map { $0 + " Nothing was changed." } ?? helpAnswer
    }

    /// "what does sepia mean?" of a word with no entry in `glossary`: asked, never applied (it applied sepia).
    static func asksMeaning(_ c: String) -> Bool {
        has(c, #"^(?:(?:and|so|ok|okay|sorry|quick question|excuse me|dear|hi|hello|hey)[,.!]?\s+)*(?:(?:can|could) you (?:tell me|explain) )?what (?:does|do) (?:the word )?["'“‘]?[a-z][a-z -]{1,20}?["'”’]? mean[?.!]*\s*$"#)
    }

    /// "do I need to add transitions?", "should I make it shorter?", "should we use music?": advice asked, answered
    /// (from `glossary` when it names a word there, else with the timeline), never applied.
    static func asksAdvice(_ c: String) -> Bool {
        has(c, #"^(?:(?:and|so|ok|okay|sorry|hmm+|um+|quick question)[,.!]?\s+)*(?:do|should|must|shall) (?:i|we) (?:really |also )?(?:need to |have to |got to )?(?:add|use|put|make|set|change|have|get|include|turn|cut|trim)\b[^?.!]*\?\s*$"#)
    }

    /// The longest word of `glossary` said in `c`.
    static func glossaryTerm(in c: String) -> String? {
        glossary.keys.sorted { $0.count > $1.count }.first { has(c, #"\b\#($0)s?\b"#) }
    }

    static let glossary: [String: String] = {
        let transition = "A transition is how one clip changes into the next: a plain cut, a fade, a dissolve (one picture melting into the next) or a wipe. It is set once for the whole video, between every two clips; to change just one, name it: \"add a dissolve after clip 2\". Say \"add dissolve transitions\" to use one."
        let fade = "A fade brings the picture slowly in from black at the start (fade in) or down to black at the end (fade out); the music can fade the same way. Say \"fade out at the end\" to use one."
        let dissolve = "A dissolve (or crossfade) blends one clip smoothly into the next. Say \"add dissolve transitions\" to use it."
        let canvas = "The canvas is the shape of the video: wide (16:9, for YouTube), vertical (9:16, for phones and TikTok) or square (1:1). Say \"make it vertical\" to change it."
        let trim = "Trimming shortens a clip by cutting a piece off its start or its end. Say \"trim clip 2 to 2 seconds\" to do it."
        let caption = "A caption is a line of words shown on the video for a while; a title is the big words at the start. Say \"add a caption 'Hello' at 5 seconds\" to add one."
        let kenBurns = "The Ken Burns effect is a slow zoom or pan across a still photo, so it does not sit still on screen. Say \"add a slow zoom to the photos\" to use it."
        let look = "A look changes the colours of the whole video: black and white, sepia (brownish, like old photographs), vintage (faded, like old film), warm, cool or vivid. Say \"make it sepia\" to use one, or \"remove the look\" to go back."
        let mute = "Muting turns a clip's own sound off (the music keeps playing). Say \"mute the clips\" or \"mute clip 2\" to do it."
        let export = "Exporting makes the finished video file (an MP4) that you can keep, send or upload. Say \"export\" when it is ready."
        let music = "The music is one song that plays under the whole video, quieter than the clips (35% to start). Say \"make the music quieter\", \"fade the music out at the end\" or \"remove the music\" to change it."
        let fit = "Fit is how a picture fills the video: cover (the usual) fills the whole frame and crops what sticks out; contain shows all of it, with a soft blurred fill around it. Say \"show the photos in full\" for contain or \"fill the frame\" for cover."
        let slideshow = "A slideshow is your photos shown one after another, each for a few seconds, often with music and soft transitions. Say \"make a slideshow of my photos\" to make one."
        return ["look": look, "filter": look, "sepia": look, "black and white": look, "vintage": look, "mute": mute, "muting": mute,
                "export": export, "exporting": export, "render": export, "music": music, "song": music, "background music": music,
                "soundtrack": music, "slideshow": slideshow, "slide show": slideshow, "vertical": canvas, "portrait": canvas,
                "landscape": canvas, "horizontal": canvas, "square": canvas, "widescreen": canvas,
                "transition": transition, "fade": fade, "fade in": fade, "fade out": fade, "fading": fade, "dissolve": dissolve, "crossfade": dissolve,
                "cross fade": dissolve, "canvas": canvas, "aspect ratio": canvas, "aspect": canvas, "trim": trim, "trimming": trim,
                "caption": caption, "title": caption, "subtitle": caption, "ken burns": kenBurns, "ken burns effect": kenBurns,
                "contain": fit, "cover": fit, "fit": fit, "crop": fit, "cropping": fit, "letterbox": fit, "letterboxing": fit]
    }()

    static let helpAnswer = "Hi! Tell me in plain words what the video should be, and I edit it. I can, for example: \(EditSession.suggestions.joined(separator: ", ")), or \"export\" when it is ready. Nothing was changed."

    /// "don't make it shorter", "never make the music louder": a change said not to be made is nothing to do
    /// (it shortened the video). Never "don't make it longer than 15 seconds" (a limit, read elsewhere).
    /// "don't", "never", "no need to" opening a clause: the change after it is not to be made.
    static let refusalLead = #"^(?:please )?(?:don'?t|dont|do not|never|no need to|you don'?t (?:need|have) to)\s+"#

    /// "don't remove the title", "do not cut the music", "never delete the photos": a removal said not to be
    /// made keeps the thing (it removed it). Never "don't cut off his ears" or "don't crop them" (a fit).
    static let refusedRemoval = refusalLead + #"(?:remove|delete|drop|cut|get rid of|take out|take off|take away|lose|ditch|kill|scrap|erase|mute|touch|change)\b(?!\s+(?:off|short)\b)(?!.*\b(?:crop\w*|cut off|chop\w* off)\b)"#

    static let refusedComparative = refusalLead + #"(?:make|turn|get|let|have)\s+(?:it|this|that|them|things|everything|the (?:\w+ )?\w+)\s+(?:any\s+|too\s+|much\s+)?(?:shorter|longer|louder|quieter|softer|faster|slower|bigger|smaller|brighter|darker|higher|lower)\b(?!\s+than\b)"#

    static let undoExplained = "Yes: every change can be taken back. After any edit, say \"undo\" (or \"put it back how it was\") and the video is as it was before; \"redo\" brings the change back. Nothing was changed."

    static func history(_ c: String, context: PlannerContext? = nil, _ plan: inout Plan) {
        let move: Plan.HistoryMove
        if asksUndo(c) || has(c, #"\bundo\b|撤销|撤回|\bgo back\b(?! to)|take (?:that|it) back|\brevert\b|\broll back\b|^(?:bring|put) (?:it|that|them) back$|^restore (?:it|that)$|\b(?:put|set|change|turn|bring|get) (?:it|that|this|everything|things|them) back (?:to )?(?:the way|how|what) (?:it|that|they|things|everything) (?:was|were|looked)\b|\b(?:as|like|how) it was before\b"#) {
            // "make it warm", "change the title to 'Forever'", then "undo the warm thing but keep the new title": a look named
            // that the last change did not make is taken off by itself (the look rule), and the last change stays (the new
            // title was undone too).
            if let context, let before = context.previous,
               let named = lookWords.first(where: { has(c, #"\bundo\b(?: (?:the|that|this|my|our))?(?: [\w'-]+)?? (?:\#($0.0))"#) })?.1,
               context.draft.meta.look.name == named, before.meta.look.name == named { return }
            move = .undo
        }
        // (Not "we'll redo them", "I'm going to redo the captions": what the user does later, no redo of a change.)
        else if has(c, #"\bredo\b|重做"#), !has(c, #"\b(?:i'?ll|ill|we'?ll|i will|we will|i'?m gonna|im gonna|we'?re gonna|gonna|going to|want to|have to|need to|i can|we can|let me|i'?d) (?:just |probably |then |all )?redo\b"#) { move = .redo }
        else { return }
        var times = 1
        if has(c, #"\btwice\b|两次|两步"#) { times = 2 }
        else if let m = Numbers.firstMatch(#"\b(\d+|two|three|four|five|six|seven|eight|nine|ten) (?:times|steps|changes|edits)\b"#, in: c),
                let n = Numbers.english(m[1]) { times = Int(n) }
        else if let m = Numbers.firstMatch(#"(\#(Numbers.chineseNumber))\s*(?:次|步)"#, in: c), let n = Numbers.chinese(m[1]) { times = Int(n) }
        times = max(1, min(times, EditSession.historyLimit))
        plan.history.append(contentsOf: Array(repeating: move, count: times))
        plan.understood.append(move == .undo ? "undo the last \(times == 1 ? "change" : "\(times) changes")" : "redo \(times == 1 ? "the change" : "\(times) changes")")
    }

    // MARK: Refusals

    /// The words that refuse the thing after them, and the class of their first letters: a cheap first look before the
    /// lookbehinds, which ICU would otherwise run at every position (derived here, so the two never drift apart).
    static let refusalWords = "no|without|not|skip|minus|remove|delete|lose|kill|ditch|disable|turn off|switch off|get rid of|take (?:off|out|away)|instead of|rather than|in place of|other than"
    static let refusalStarts = firstLetters(refusalWords)
    /// "take the black and white off": the verbs said before the thing and "off" after it.
    static let takeOffWords = "take|turn|switch|strip|get"
    static let takeOffStarts = firstLetters(takeOffWords)

    /// "[nw…]": the first letters of an alternation's plain-word branches.
    static func firstLetters(_ alternation: String) -> String {
        "[" + String(Set(alternation.split(separator: "|").compactMap(\.first)).sorted()) + "]"
    }

    /// "no fade in at the start", "without the black and white", "don't use dissolves", "I don't want a
    /// fade", "no fades between the pics": the thing (a pattern) named right after a refusal is refused,
    /// never added. Words between them ask nothing themselves ("no, make it black and white" asks for it).
    static func refused(_ c: String, _ thing: String) -> Bool {
        // ("don't remove the fade out", "don't lose the sepia": a refused removal keeps it.)
        has(c, #"\b(?=\#(refusalStarts))(?<!\bwhy )(?<!\bif )(?<!n't )(?<!\bnot )(?<!\bnever )\b(?:\#(refusalWords))\b(?: (?!(?:and|but|with|just|only|then|instead|make|add|put|use|set|turn|change|go|give|apply|do)\b)[\w'-]+){0,3}? (?:\#(thing))|\b(?:don'?t|dont|do not|never|nor|(?:should|must|would|will|does|do|can|could|did)n'?t|won'?t|(?:should|must|will|would) not)\b(?: (?!(?:and|but|with|just|only|then|instead|know|mind|care|think|see|hear|forget|lose|remove|delete|drop|skip|miss|change)\b)[\w'-]+){0,4}? (?:\#(thing))"#)
            // "take the black and white off", "turn the fades off", "undo the sepia": the thing named between.
            || has(c, #"\b(?=\#(takeOffStarts))(?<!n't )(?<!\bnot )(?<!\bnever )\b(?:\#(takeOffWords))\b(?: (?!(?:and|but|with|then)\b)[\w'-]+){0,2}? (?:\#(thing)) (?:off|out|away)\b|\bundo\b(?: [\w'-]+){0,2}? (?:\#(thing))"#)
    }

    /// Of the names a clause mentions (patterns with their values, in the table's order), the first one asked
    /// for and the first one refused: "wipes, not crossfades", "sepia rather than black and white".
    static func askedAndRefused<T>(_ c: String, _ words: [(String, T)]) -> (asked: T?, refused: T?) {
        let found = words.filter { has(c, $0.0) }
        return (found.first { !refused(c, $0.0) }?.1, found.first { refused(c, $0.0) }?.1)
    }

    // MARK: Compose

    static func compose(_ c: String, context: PlannerContext, draft: Draft, _ plan: inout Plan) {
        guard draft.visualSegments.isEmpty, !plan.operations.contains(where: { if case .compose = $0 { true } else { false } }) else { return }
        // (Never a file Reel does not take: "…, inclusive o cardápio em pdf" put the pdf on the timeline.)
        let media = context.media.filter(isAcceptedMedia)
        let visuals = media.filter { !Self.isAudio($0) }
        guard !visuals.isEmpty,
              has(c, #"\b(make|create|combine|turn|put|compose|generate|build|assemble|stitch|join|merge|edit|cut)\b.*\b(videos?|clips?|photos?|images?|pictures?|these|them|mp4|slideshow|reel|montage|movie|promo|together)\b|\bslideshow\b|\bmontage\b|做成|合成|生成|剪成|拼接|制作"#)
        else { return }
        // The one composition every face uses (`reel make` too): sound files become the music.
        plan.operations.append(.compose(sources: media, stillMs: Segment.defaultStillDuration))
        plan.understood.append("put the \(visuals.count) pictures and clips on the timeline in order")
        let sounds = media.filter(Self.isAudio)
        if !sounds.isEmpty {
            let named = sounds.map { context.names[$0] ?? ($0 as NSString).lastPathComponent }
            plan.understood.append("use \(named.joined(separator: ", ")) as background music at 35%")
        }
    }

    static func isAudio(_ name: String) -> Bool {
        ["mp3", "wav", "m4a", "aac", "ogg", "flac", "opus"].contains((name as NSString).pathExtension.lowercased())
    }

    // MARK: Length

    static let lengthUnit = #"(?:milliseconds?|ms|seconds?|secs?|s|minutes?|mins?|m)\b"#
    static let videoNoun = #"(?:video|vid|clip|promo|reel|movie|film|slideshow|montage|version|ad|advert|teaser|trailer|short|story|recap|compilation|edit|highlight|highlights|audiogram|intro video|tiktok|youtube short|post|instagram post|spot|commercial|promo video|clip)"#

    /// Phrases that say how long the whole video is, even beside a clip, a title or a music word.
    static let totalLengthPatterns: [String] = {
        let n = Numbers.amount, u = lengthUnit
        return [
            #"\b(?:make|cut|trim|shorten|lengthen|keep|set|turn|get|bring|edit|change|reduce|extend|limit|cap)\s+(?:it|this|that|everything|the whole thing|the (?:whole |entire |final |full |total )?(?:video|vid|thing|movie|film|edit|reel|slideshow|montage|length|duration|runtime))\s+(?:down |up |back )?(?:to |into |at |be |last |under |within |)?(?:a |an |about |around |roughly |exactly |just |only |under |max |at most |like )?(?:\#(n)[- ]?\#(u)(?:,? ?(?:and )?\#(n)[- ]?\#(u))?|half a minute|a minute and a half)"#,
            // Not "every transition's duration to 750 ms", "the title's length": another thing's.
            // Not "clip 2 duration to 2500 ms", "segment 0 length": a numbered item's.
            #"\b(?=(?:video|vid|length|duration|total|overall|runtime|run time|it)\s)(?<!transition |transitions |fade |title |caption |music |clip |text |crossfade |segment |photo |picture |each |per |still |image |slide |fade-in |fade-out |its |their |transition's |transitions' |title's |caption's |music's |song's |clip's |photo's |picture's |image's |text's |fade's |segment's |display |screen |hold |on-screen )(?<!(?:clip|item|shot) \d |(?:clip|item|shot) \d\d |segment \d |segment \d\d )\b(?:video|vid|length|duration|total|overall|runtime|run time|it)\s+(?:(?:should be|must be|needs to be|has to be|to be|is|of|=|:|at|be|lasts?|running|to|set to|of exactly)\s+)?(?:still )?(?:a |about |around |exactly |just |only |under |max |at most |like )?(?:\#(n)[- ]?\#(u)|half a minute)"#,
            #"\b\#(n)[- ]?\#(u)(?:[- ]long)?(?: (?!fade|transition|title|caption|crossfade|dissolve|text|intro|music|song|each|per|of|before|after|into|in\b|from|until|till|earlier|later|left|remaining)[\w:]+){0,3}[- ]\#(videoNoun)\b"#,
            #"\b\#(n)[- ]?\#(u)\s+(?:total|in total|overall|altogether|max(?:imum)?)\b"#,
            // "a 1:1 clip of 30 s duration", "a video of 45 seconds in length"
            #"\b(?:a|an|the) (?:[\w:-]+ )?\#(videoNoun) (?:of|lasting|running) (?:about |around |exactly |roughly )?\#(n)[- ]?\#(u) (?:duration|length|long|in length|in duration|runtime)\b"#,
            // "(I would like it to) last about one minute", "it should run 30 seconds"
            #"^(?:(?:it|the video|this|that) (?:(?:should|must|needs to|has to|to|can|will|would) )?(?:last|run)(?: for)? |(?:(?:should|must|needs to|has to|to) )?(?:last|run) (?:for )?(?:about|around|roughly|exactly|just|only|under|at most|approximately|like|no more than) )(?:about |around |roughly |exactly |just |only |under |at most |approximately |like )?(?:\#(n)[- ]?\#(u)|half a minute)"#,
            #"(?:视频|总时长|时长|总长|整体).{0,6}?[零〇一二两三四五六七八九十百半\d.]+\s*(?:秒|分钟|分)|[零〇一二两三四五六七八九十百半\d.]+\s*(?:秒|分钟)的?.{0,4}?(?:视频|短片|片子|预告片?|宣传片|广告|片花)"#,
        ]
    }()

    /// Durations that belong to something else (titles, transitions, a clip, fades, the music…).
    static let otherLengthOwners = #"title|caption|card|subtitle|\btext\b|transition|crossfade|dissolve|\bwipe|fade|fading|\bdip\b|music|song|\bbgm\b|\baudio\b|sound|voice|narration|\bclip ?\d|\bclips?\b|\bphotos?\b|pictures?|images?|\bpics?\b|\bstills?\b|\bslides?\b|\beach\b|\bevery\b|\bper\b|\bapiece\b|\bfps\b|frame|\bstart(?:s|ing)?\b|\bbegin|\b(?:at|from|after|until|till|between) \d|\bseconds? in\b|\bspeed|\bfirst\b|\blast\b|\bsecond (?:clip|photo|video|one)|\bzoom|\bpan\b|trim|\.(?:jpe?g|png|mp4|mov|webm|heic)\b|标题|字幕|转场|音乐|歌|照片|图片|每|第|开始|淡入|淡出|片段|文字|最后|前\s*[零〇一二两三四五六七八九十\d]"#

    /// The words just before `at` give the length to something else: "a fade-out to black of ",
    /// "crossfades lasting ", "the title for ", "music fade over ".
    static func lengthBelongsToOther(_ c: String, at: Int) -> Bool {
        let before = (c as NSString).substring(to: min(at, (c as NSString).length))
        return has(before, #"\b(?:fades?|fade[- ](?:in|out)|fading(?: in| out)?|transitions?|crossfades?|cross-fades?|dissolves?|wipes?|dips?|titles?|captions?|text|card|music|song|bgm|each|every|per)\b(?:(?!\b(?:video|vid|it|length|runtime|duration|total)\b)[^,;.!?])*\b(?:of|over|for|lasting|taking)\s*(?:about |around |roughly |exactly |just |only )?$"#)
            // "fade out 1500 ms on the whole video", "fade-out to 1500 ms": right after the fade.
            || has(before, #"\b(?:fades?|fade[- ]?(?:in|out)|fad(?:es|ed|ing) (?:in|out)|transitions?|crossfades?|cross-fades?|dissolves?)(?: (?:to|at|of|is|=|:))?\s*(?:about |around |roughly |exactly |just |only )?$"#)
    }

    /// "set a.jpg duration to 2000 ms", "clip 2 length: 3 s": a length word right after a file or a numbered clip is that
    /// one's (it made the whole video 2 s). Not while the video is made: "compose sources=s1.jpg,s2.jpg,s3.jpg
    /// duration=9s" names the files the new video is made of, then its length.
    static func namedJustBefore(_ c: String, at: Int) -> Bool {
        let before = (c as NSString).substring(to: min(at, (c as NSString).length))
        // (Not the last of a list, "sources=s1.jpg,s2.jpg,s3.jpg duration=9s": the new video's.)
        return has(before, #"(?:(?:^|(?<![,=])(?<!\.(?:jpe?g|png|gif|heic|webp|mp4|mov|m4v|webm))\s|[(\[])[\w-]+\.(?:jpe?g|png|gif|heic|webp|mp4|mov|m4v|webm)|\b(?:clip|segment|item|shot|photo|picture|slide|image) ?#?\d+)(?:'s)?\s*$"#)
    }

    /// The words say how long the whole video is ("a 12s teaser", "make it 30 seconds").
    static func saysTotalLength(_ c: String, composing: Bool = false) -> Bool {
        totalLengthPatterns.contains { p in Regexes.shared.firstMatch(p, in: c).map { composing || !namedJustBefore(c, at: $0.range.location) } ?? false }
    }

    /// "each cover displayed for exactly five seconds", "every figure (fig1.png through fig4.png) shown for 7.5 s":
    /// each picture's length (the clips rule reads it), never the video's.
    static let eachItemLength = #"\b(?:each|every) (?!(?:transition|fade|cut|title|caption|text|time|second|minute)s?\b)[a-z]+(?: \([^)]{1,60}\))? (?:(?:is |gets |(?:should|must|will|can|needs? to|has to) (?:be )?|to be )?(?:shown|displayed|held|visible|on screen|showing|lasting|staying|stays|shows|lasts|runs|stay|last|show)\s+)(?:on screen )?(?:for )?(?:exactly |like |about |around |roughly |at least )?\#(Numbers.amount)[- ]?(?:ms|s|secs?|seconds?)\b"#

    /// "Keep the total duration unchanged", "make sure the overall length stays the same", "without changing the
    /// video's length": the length the video has (never "keep the title's duration", a text's).
    static let keepsLength = #"^(?:(?:and|but|then|also|please|step \d+)[,:.]? )*(?:(?:keep|leave|maintain|preserve) (?:the )?(?:total |overall |video'?s? |whole |final )?(?:video )?(?:duration|length|runtime|running time)(?: of the video)? (?:unchanged|the same|as (?:it is|is|before)|intact)|(?:make sure |ensure )?(?:that )?(?:the )?(?:total |overall |video'?s? |whole |final )?(?:video )?(?:duration|length|runtime) (?:stays|remains|is) (?:unchanged|the same|as before)|(?:without|but (?:not|don'?t)) chang(?:e|ing) (?:the )?(?:total |overall |video'?s? |whole )?(?:video )?(?:duration|length|runtime))[.!]*$"#

    /// "Step 2: Keep the total duration unchanged." after transitions that shorten the video: the length it had
    /// before this request (only after an edit of this request, never with a new video composed or a length said).
    static func keepLength(_ c: String, before: Int, _ plan: inout Plan) {
        guard has(c, keepsLength), !plan.operations.isEmpty,
              !plan.operations.contains(where: { if case .compose = $0 { true } else { $0.isLengthChange } }) else { return }
        plan.operations.append(.setDuration(ms: before))
        plan.understood.append("keep the video \(seconds(before)) s long")
    }

    /// `textTook`: a length a text was given from the same words.
    static func duration(_ c: String, draft: Draft, textTook: Int? = nil, _ plan: inout Plan) {
        let c = has(c, #"\b(?:each|every)\b"#) ? replacing(c, eachItemLength, " ") : c
        let current = draft.duration()
        // "change the title to 'Open Day' and make it last 5 seconds": the one length said was the text's.
        if let textTook, Numbers.duration(in: c) == textTook,
           Numbers.allMatches(#"\d+(?:\.\d+)?\s*(?:ms|milliseconds?|s|secs?|seconds?|minutes?|mins?)\b"#, in: c).count <= 1 { return }
        // 'Add caption "Free shipping" at 4000 ms, duration 2500 ms': with a time and a length, both the text's,
        // unless the words name the video too.
        if textTook != nil, has(c, #"\b(?:duration|length)\b"#), !has(c, #"\b(?:video|vid|whole|total|overall|runtime|everything|film|movie|clip|slideshow|long)\b"#) { return }
        // "Trim segment 1 (b.mp4): in point 00:00:01.200, duration 1.5 s": a duration said right after a
        // clip's new start is that clip's (it made the whole video 1.5 s).
        if case .trim(let t, let inMs, nil)? = plan.operations.last, inMs != nil,
           // "Open with drone.mp4 starting 6 seconds into the clip, use 8 seconds of it": how much of it, too.
           let m = Numbers.firstMatch(#"^(?:and |with |then )?(?:(?:a |its |the )?(?:duration|length|dur|lasting|running)\b(?: of| to| =|:)?|(?:(?:let|have|make) it |it )?(?:runs|run|lasts|last|goes|go|plays|play|keeps going)(?: it)?(?: for)?)\s*(?:about |exactly |for )?(\#(Numbers.amount)\s*\#(lengthUnit))(?: long)?[.!]?$|^(?:and |then )?(?:use|keep|take|play|show|run)(?: only| just)? (?:about |exactly )?(\#(Numbers.amount)\s*\#(lengthUnit))(?: of (?:it|that|the clip|the footage|this))?[.!]?$|^(?:and )?(?:make it |it'?s |it is )?(\#(Numbers.amount)\s*\#(lengthUnit)) long[.!]?$"#, in: c),
           // ("… and let it run for 1.5 s", "…, 1.5 s long": the same.)
           let ms = Numbers.duration(in: m[1] + m[2] + m[3]) {
            plan.operations[plan.operations.count - 1] = .trim(t, inMs: inMs, durationMs: ms)
            plan.understood.append("and \(seconds(ms)) s long")
            return
        }
        // "the photo of the cake must stay 8 seconds", "the picture should last 5 s": the one picture's
        // length (never the video's); with more than one picture and none named, nothing is guessed.
        if let m = Numbers.firstMatch(#"\bthe (?:photo|picture|pic|image|still)(?: (?:of|with|from|showing) (?:the |my |our |a |an )?[\w'-]+)? (?:must |should |needs? to |has to |to |will |can |may )?(?:stay|last|be|show|remain|appear|hold|run|stays|lasts|shows|remains)(?: on(?: the)?(?: screen)?)?(?: for)? (?:about |around |exactly |at least )?(\#(Numbers.amount)[- ]?\#(lengthUnit))"#, in: c),
           let ms = Numbers.duration(in: m[1]) {
            let sources = plan.operations.compactMap { op -> [String]? in if case .compose(let s, _) = op { s } else { nil } }.last
            let stills = sources.map { $0.filter { !isAudio($0) && EditOperation.looksLikeStill($0) } }
                ?? draft.visualSegments.compactMap(\.src).filter(EditOperation.looksLikeStill)
            if stills.count == 1, let i = (sources.map { $0.filter { !isAudio($0) } } ?? draft.visualSegments.compactMap(\.src)).firstIndex(of: stills[0]) {
                plan.operations.append(.trim(.index(i), inMs: nil, durationMs: ms))
                plan.understood.append("show the picture for \(seconds(ms)) s")
            }
            return
        }
        // "make the pictures stay on longer", "the photos could be a bit shorter": every picture, no amount.
        if !has(c, #"\d"#), let m = Numbers.firstMatch(#"^(?:(?:make|let|have|keep) )?(?:the |all the |all |each |every |my |our )?(?:pictures?|photos?|pics?|images?|stills?|slides?)\b(?: (?:should|could|can|to|must|need to|needs to))?(?: (?:stay|stays|show|shows|last|lasts|linger|hold|remain|be|are|stay up|stay on))?(?: on(?: screen| the screen)?)?(?: (?:for )?(?:a (?:bit|little|lot|tad)|much|way|slightly))? (longer|shorter)(?: each)?[.!]?$"#, in: c) {
            let stills = stillIndexes(draft)
            guard !stills.isEmpty else { return }
            let step = has(c, #"\b(?:a (?:bit|little|tad)|slightly)\b"#) ? 0.1 : has(c, #"\b(?:a lot|much|way)\b"#) ? 0.5 : 0.25
            let f = m[1] == "longer" ? 1 + step : 1 - step
            for i in stills {
                let d = draft.visualSegments[i].duration ?? Segment.defaultStillDuration
                plan.operations.append(.trim(.index(i), inMs: nil, durationMs: max(1000, Int((Double(d) * f).rounded()))))
            }
            plan.understood.append("show each picture \(m[1])")
            return
        }
        // "the transition … to slideleft with a duration of 750 ms": the length of what the clause is about.
        if has(c, #"\b(?:transitions?|crossfades?|dissolves?|wipes?|fades?|title|caption|card|text|music|song|clip|segment|photo|picture)\b.*\bwith (?:a |an )?(?:duration|length) of\b"#) { return }
        // "add 5 seconds of black at the end": a blank stretch Reel does not make, never the video's length (it made it 5 s).
        if has(c, #"\d+(?:\.\d+)?\s*(?:s|secs?|seconds?) of (?:black|white|silence|nothing|blank|empty)"#) { return }
        // "从4秒到7秒", "在4秒到7秒之间": a stretch of time, never the video's length (it made the video 4 s).
        if has(c, #"\d\s*秒?\s*(?:到|至)\s*第?\s*\d+(?:\.\d+)?\s*秒"#), !has(c, #"时长|长度|总长|视频(?:改|变|做|剪)"#) { return }
        // "Start it at 1:12 into the file": where a clip starts in its source (clips() reads it), never the video's length.
        if has(c, #"\b(?:start|begin|play)(?:s|ing)?\b.*\d\S*\s*(?:ms|milliseconds?|s|secs?|seconds?)? into (?:it|the (?:clip|file|source|footage|recording|original|video)|its (?:source|file|footage|recording|original))\b"#) { return }
        // "clip clutch_ace from 1:23 to 1:41": the part of a clip that plays (clips() reads it).
        if clipRange(c, draft: draft) != nil { return }
        // "use 8 seconds of it" (said of a clip): how long that clip plays (clips() reads it).
        if has(c, #"\b(?:use|keep|play|show)(?: only| just)? (?:the )?(?:first )?\#(Numbers.amount)[- ]?(?:s|secs?|seconds?) of (?:clip \d+|it|that one|the (?:video )?clip)\b"#) { return }
        // "I don't want it to be longer than 3 minutes", "keep it under 60 s": a limit, not a length. Within
        // it nothing changes (it made a 10 s video 3 minutes long); past it, the video is cut to it.
        if let m = Numbers.firstMatch(#"\b(?:(?:not|no|never|\w+n\W?t)(?: \w+){0,3}? (?:be )?(?:longer|more|over) than|(?:no|not) (?:longer|more) than|under|at most|max(?:imum)?|up to|less than|shorter than|within|below)\s+(?:about |around )?(\#(Numbers.amount)[- ]?\#(lengthUnit))"#, in: c),
           !has(c, #"title|caption|text|transition|fade|music|song|clip|photo|picture|each|every"#),
           let ms = Numbers.duration(in: m[1]), current > 0 {
            if current <= ms {
                plan.understood.append("keep the video within \(seconds(ms)) s")
                plan.questions.append(plan.chinese ? "视频现在是 \(seconds(current)) 秒，已经不超过 \(seconds(ms)) 秒，所以没有改动。"
                                                   : "The video is \(seconds(current)) s now, already within \(seconds(ms)) s, so nothing was changed.")
            } else {
                plan.operations.append(.setDuration(ms: ms))
                plan.understood.append("make the video \(seconds(ms)) seconds long (it is \(seconds(current)) s now)")
            }
            return
        }
        // "make the Santorini one 2 seconds longer": that picture's length (clips() reads it), never the video's too.
        if current > 0, let ms = relativeLength(c, current: current),
           !(targets(c, draft: draft).contains(where: { $0 != .all }) && !has(c, #"\b(?:video|vid|whole|entire|total|overall|everything|runtime|run time)\b"#)) {
            guard ms > 0 else {
                plan.understood.append("make the video shorter by more than its length")
                plan.questions.append(plan.chinese ? "视频现在只有 \(seconds(current)) 秒，剪掉这么多就什么都不剩了，所以没有改动。"
                                                   : "The video is \(seconds(current)) s now; taking that much off would leave nothing, so nothing was changed.")
                return
            }
            plan.operations.append(.setDuration(ms: ms))
            plan.understood.append("make the video \(seconds(ms)) seconds long (it is \(seconds(current)) s now)")
            return
        }
        for (k, pattern) in totalLengthPatterns.enumerated() {
            // Read from where the phrase starts, so "a minute and a half" is read whole.
            if let m = Numbers.allMatches(pattern, in: c).first, let ms = Numbers.duration(in: (c as NSString).substring(from: m.location)) {
                // "a fade-out to black of 2 seconds to the entire video", "music fade over 3 s for the
                // whole video": the length said right after a fade, a transition, a text or the music is theirs.
                if lengthBelongsToOther(c, at: m.location) { continue }
                if !plan.operations.contains(where: \.isCompose), namedJustBefore(c, at: m.location) { continue }
                // "Set each image display duration to 3000 ms": each picture's, never the video's.
                if has((c as NSString).substring(to: min(m.location, (c as NSString).length)), #"\b(?:each|every|per)\b(?: \w+)?? (?:\#(pictureNouns)|clip|item|shot)s?\b"#) { continue }
                // "fade out the video 1s": a length right after "the video", with no "be" or "to"
                // between them, belongs to the fade (or title, music…) the clause is about.
                if k == 1, has(m.groups[0], #"^(?:video|vid|it)\s+(?:a |about |around |exactly |just |only |under |max |at most |like )?\d"#),
                   has(c, otherLengthOwners) { continue }
                // Read beside a fade, the music, a title or a clip, a length that would throw away
                // more than half the video is asked about, not done.
                if current > 0, ms < current / 2, has(c, otherLengthOwners),
                   !plan.operations.contains(where: { if case .compose = $0 { true } else { false } }),
                   !has(c, #"\b(?:total|overall|in all|altogether|whole|entire|runtime|length|duration|long)\b"#) {
                    plan.questions.append(lengthQuestion(ms, current: current, chinese: plan.chinese))
                    return
                }
                plan.operations.append(.setDuration(ms: ms))
                plan.understood.append("make the video \(seconds(ms)) seconds long")
                return
            }
        }
        // Said while the video is made ("hype video 15 seconds: …", "like 15 sec w the song",
        // "make一个20s的video"): a length that nothing beside it claims is the new video's.
        if plan.operations.contains(where: \.isCompose), !plan.operations.contains(where: \.isLengthChange), let ms = unclaimedLength(c) {
            plan.operations.append(.setDuration(ms: ms))
            plan.understood.append("make the video \(seconds(ms)) seconds long")
            return
        }
        if has(c, otherLengthOwners) { return }
        // "the one with grandma … for 8 seconds": a picture's length, not the video's.
        if targets(c, draft: draft).contains(where: { $0 != .all }) { return }
        // "The slot on our waiting-room screen is 6 seconds, so shorten the video by 4 seconds": a fact, not a request.
        if isFactAboutOtherThing(c) { return }
        if let ms = Numbers.duration(in: c), has(c, #"second|sec|minute|min|\d+s\b|秒|分|long|length|make|video|cut|shorten|lengthen|extend|stretch|时长|total"#) {
            // A length alone ("30 seconds", "make it 5s") is the video's; one among other words
            // that would throw away more than half the video is asked about, not done.
            let bare = has(c, #"^(?:(?:please |ok |okay |so |now )?(?:make (?:it|this)|set (?:it|this) to|cut (?:it )?to|shorten (?:it )?to|i want|want|aim for|go for|just|only)?\s*(?:a |an |about |around |exactly |like )?)?[^a-z]*\#(Numbers.amount)[- ]?\#(lengthUnit)(?:[- ]long)?(?: (?:please|pls|total|video|max|or less|or so|long))*[.!]?$"#)
                || !has(c, "[a-z]")
            if !bare, current > 0, ms < current / 2 {
                plan.questions.append(lengthQuestion(ms, current: current, chinese: plan.chinese))
                return
            }
            plan.operations.append(.setDuration(ms: ms))
            plan.understood.append("make the video \(seconds(ms)) seconds long")
            return
        }
        // "(keep the transitions as they are but) make them shorter": "them" is never the one video.
        guard current > 0, !has(c, #"\b(?:them|they|those|these|each|every)\b"#) || has(c, #"\b(?:video|vid|whole thing|everything|total)\b"#) else { return }
        // "make that one shorter" with nothing said before it that "that one" could be: which one is asked (it cut the
        // whole video by a quarter). After a clip was named, "that one" was that clip before this.
        if draft.visualSegments.count > 1, Numbers.duration(in: c) == nil,
           let m = Numbers.firstMatch(#"^(?:(?:but|and|so|please|can you|could you) )*(?:make|keep|have) (?:that|this) one (?:(?:a )?(?:bit|little|lot|tad) |much |slightly |way )?(longer|shorter)(?: please| pls)?[.!?]*$"#, in: c) {
            let listed = draft.visualSegments.enumerated().map { "\($0.offset + 1). \($0.element.displayName)" }.joined(separator: ", ")
            plan.questions.append("Which one? The timeline has \(draft.visualSegments.count): \(listed). Say, for example, \"make clip 2 \(m[1])\".")
            plan.awaitsClip = "make {} \(m[1])"
            plan.understood.append("ask which one to make \(m[1])")
            return
        }
        // "the plated shot needs to stay up longer(, make c.png 6 seconds)": one picture said by what it shows, never the video.
        // ("make the beach one longer": the one said by what it shows too; it made the video 12.5 s.)
        if has(c, #"^(?:(?:but|and|so|please|can you|could you) )*(?:(?:make|keep|have|let|show|hold) )?(?:the|that|this|my|our) (?:[\w'-]+ ){1,2}(?:shot|photo|picture|pic|image|slide|still|one|clip|video)\b"#),
           !has(c, #"\b(?:video|vid|whole thing|everything|total|slideshow|reel)\b"#) {
            // "make the beach one longer" with no length and no file of that name: which one is asked, naming them (it
            // was not understood); the answer ("the second one") completes it.
            let segs = draft.visualSegments
            if segs.count > 1, Numbers.duration(in: c) == nil,
               let m = Numbers.firstMatch(#"^(?:(?:but|and|so|please|can you|could you) )*(?:make|keep|have|let|show|hold) (?:the|that|this|my|our) ((?:[a-z'-]+ ){1,2})(?:one|shot|photo|picture|pic|image|slide|still|clip|video) (?:(?:a )?(?:bit|little|lot|tad) |much |slightly |way )?(?:(?:on screen|up|there) )?(longer|shorter)\b[.!?]*$"#, in: c),
               !has(m[1], #"\b(?:music|song|audio|sound|title|text|caption|other|same|last|first|next|middle|\#(ordinalPattern))\b"#) {
                let listed = segs.enumerated().map { "\($0.offset + 1). \($0.element.displayName)" }.joined(separator: ", ")
                plan.questions.append(whichLooking(m[1].trimmingCharacters(in: .whitespaces), listed: listed, count: segs.count, example: "make clip 2 \(m[2])"))
                plan.awaitsClip = "make {} \(m[2])"
                plan.understood.append("ask which one to make \(m[2])")
            }
            return
        }
        let much = has(c, #"\b(much|a lot|way|lots)\b|很多|大幅"#)
        let bit = has(c, #"\b(a bit|a little|slightly|a touch|a tad)\b|一点|稍微|一些|稍"#)
        // ("make it shorter like half": half of it.)
        let half = has(c, #"\b(?:like|about|around|maybe|say|by|to|in|,)\s*(?:a |one )?half\b(?! (?:a |of )?(?:second|sec|minute|min)s?\b)"#)
        // ("trim it down a little", "cut the video down a bit": shorter by a little.)
        if has(c, #"\bshorter\b|\b(?:trim|cut|chop|tighten|pare) (?:it|the (?:video|vid|whole thing|edit|reel)) down(?: (?:a (?:bit|little|touch|tad)|slightly|some|a little bit))?\b|缩短|短一点|短一些|太长"#) {
            let f = much || half ? 0.5 : (bit ? 0.9 : 0.75)
            plan.operations.append(.setDuration(ms: max(1000, Int(Double(current) * f))))
            plan.understood.append("make the video shorter")
        } else if has(c, #"\blonger\b|加长|长一点|长一些|太短"#) {
            let f = much ? 2.0 : (bit ? 1.1 : 1.25)
            plan.operations.append(.setDuration(ms: Int(Double(current) * f)))
            plan.understood.append("make the video longer")
        }
    }

    /// A length with no owner right beside it: no text, transition, fade, music, picture, "each" or
    /// time point in the three words before it, and none in the words after it up to "with" or
    /// "and" ("20 seconds of the 3 rehearsal shots", "15 seconds long with the title …"). Used only
    /// while the video is being made, when a length said bare is what the person wants it to run.
    static func unclaimedLength(_ c: String) -> Int? {
        let ns = c as NSString
        // One picture or clip ("the first photo 6 seconds"); never a group of them ("the 3 pics 12 sec"), which is what the video is made of.
        let pictures = #"\bclip\b|\bphoto\b|\bpicture\b|\bimage\b|\bpic\b|\bstill\b|\bslide\b|\bshot\b|\bscene\b|\.(?:jpe?g|png|mp4|mov|webm|heic)\b"#
        let owners = #"title|caption|card|subtitle|\btext\b|transition|crossfade|dissolve|\bwipe|fade|fading|\bdip\b|music|song|\bbgm\b|audio|sound|voice|narrat|\beach\b|\bevery\b|\bper\b|apiece|\b(?:at|from|after|before|until|till|between|by|to|in|into|over|for)$|\bfirst|\blast|\bfinal|start|begin|speed|zoom|intro|outro|opener|\bmore\b|extra|longer|shorter|\boff\b|later|earlier|pause|gap|delay|silence|black|标题|字幕|转场|音乐|歌|照片|图片|每|第|开始|淡|片段|文字|最后|前|后|从|到"#
        let found = Numbers.allMatches(#"(?<![\d.])\#(Numbers.amount)[- ]?(?:\#(lengthUnit)|秒钟?|分钟)"#, in: c)
        guard found.count == 1, !has(c, eachItemLength), let m = found.first, let ms = Numbers.duration(in: m.groups[0]) ?? Numbers.duration(in: m.groups[0] + " "), ms >= 1000 else { return nil }
        let before = ns.substring(to: m.location).split(whereSeparator: \.isWhitespace).suffix(3).map { word in
            word.contains(where: Script.isWide) ? String(word.suffix(4)) : String(word)
        }.joined(separator: " ")
        var after = ns.substring(from: m.location + (m.groups[0] as NSString).length)
        if let stop = firstRange(#"\b(?:with|w/?|and|plus)\b|[,;:，；]"#, in: after) { after = String(after[..<stop.lowerBound]) }
        if has(after, #"^[- ]?(?:in total|total|overall|altogether)\b"#) { return ms }
        // "each figure (fig1.png through fig4.png) displayed for exactly 7.5 s": each one's, however far back.
        // ("每张照片都显示5秒": 每 however far back, too.)
        if has(ns.substring(to: m.location), #"\b(?:each|every)\b(?: \w+)?? (?:\#(pictureNouns)|clip|item|one)s?\b|每[张个一段幅]"#) { return nil }
        // "15 seconds long", "a 20 second video"; not "every picture 5 seconds long" (each picture's).
        if has(after, #"^[- ]?(?:long|video|vid|audiogram)\b"#), !has(before, owners) { return ms }
        // A picture named before a length owns it ("the first photo 6 seconds"); pictures after it, or a
        // group of them before it, are what the video is made of ("20 seconds of the rehearsal shots").
        return has(before, owners) || has(before, pictures) || has(String(after.prefix(24)), owners) ? nil : ms
    }

    /// Asked, not done: a length for the whole video read on a weak reading, in the request's language.
    static func lengthQuestion(_ ms: Int, current: Int, chinese: Bool) -> String {
        chinese ? "你是说整个视频改成\(seconds(ms))秒吗（现在是\(seconds(current))秒）？如果是，请说“视频改成\(seconds(ms))秒”。"
            : "Did you mean the whole video should be \(seconds(ms)) s long (it is \(seconds(current)) s now)? If so, say \"make the video \(seconds(ms)) seconds\"."
    }

    /// "shave 5 seconds off", "10 seconds longer", "add 5 more seconds", "half as long",
    /// "double the length", "20% shorter", "缩短5秒": a change of the current length.
    static func relativeLength(_ c: String, current: Int) -> Int? {
        let n = Numbers.amount, u = lengthUnit
        // Said of one clip, a title or the music, it is theirs.
        let owned = has(c, #"title|caption|card|\btext\b|transition|crossfade|fade|music|song|\bclip ?\d|\b(?:first|second|third|fourth|fifth|last|final|middle) (?:clip|photo|video|one|picture|shot|scene|segment|image|pic|slide)|\bphotos?\b|pictures?|\beach\b|\.(?:jpe?g|png|mp4|mov)\b|intro|outro|标题|字幕|音乐|照片"#)
            && !has(c, #"\b(?:video|whole thing|the whole|overall|total|everything)\b"#)
            // "shave a second off the front of the clip": the clip's.
            || has(c, #"\b(?:front|start|beginning|head|end|back|tail) of (?:the |that |this |my )?(?:video )?(?:clip|footage|recording)\b"#)
        if owned { return nil }
        func amount(_ s: String) -> Int? { Numbers.duration(in: s) }
        var ms: Int?
        // "a couple of seconds shorter", "a few seconds longer": a small count said in words.
        // "shave 3 off", "knock 2 off the end": a bare number taken off the video is seconds.
        let c = replacing(c, [(#"\ba couple(?: of)?(?= (?:more |extra )?(?:s|secs?|seconds?)\b)"#, "2"),
                              (#"\ba few(?= (?:more |extra )?(?:secs?|seconds)\b)"#, "3"),
                              (#"^((?:just |pls |please |ok )?(?:shave|knock|lop|take|chop) (?:about |like |around |another )?)(\d+(?:\.\d+)?) off\b(?=(?: (?:it|the (?:video|end|total)))?[.!]?$)"#, "$1$2 s off")])
        // "make the video a third of its current length", "half of its present duration": that share of it.
        if let m = Numbers.firstMatch(#"\b((?:a|one|two|three) (?:third|quarter|fifth|tenth)s?|half) of (?:its|the) (?:current |present |original |existing )?(?:length|duration|runtime)\b"#, in: c),
           let f = Numbers.fraction(in: m[1]), f > 0, f < 1 {
            return max(1000, Int((Double(current) * f).rounded()))
        }
        // "a third shorter", "a quarter longer": a fraction of the current length.
        // "one third shorter", "20% shorter", "10 percent longer" too.
        if let m = Numbers.firstMatch(#"\b(?:a|one) (quarter|third|half|fifth|tenth) (shorter|longer)\b|\b(half|two thirds) (shorter|longer)\b|\b(\d+(?:\.\d+)?) ?(?:%|percent|per cent) (shorter|longer)\b"#, in: c) {
            let word = m[1] + m[3]
            let f: Double = ["quarter": 0.25, "third": 1.0 / 3, "half": 0.5, "fifth": 0.2, "tenth": 0.1, "two thirds": 2.0 / 3][word]
                ?? (Double(m[5]).map { $0 / 100 } ?? 0)
            let way = m[2] + m[4] + m[6]
            guard f > 0, f < 10 else { return nil }
            return max(1000, Int((Double(current) * (way == "shorter" ? 1 - min(f, 0.9) : 1 + f)).rounded()))
        }
        // "change the duration by -3 seconds", `{"op": "change_duration", "by_seconds": -3}` (its key read as "by seconds
        // -3"): a signed change by so much (it asked whether the video should be 3 s).
        // (A key's number without its sign is a change up: `"delta_seconds": 4`.)
        let signed = replacing(c, [(#"\b(by|delta|offset|change) (seconds?|secs?|ms|milliseconds?) (\d+(?:\.\d+)?)\b"#, "$1 +$3 $2"),
                                   (#"\b(by|delta|offset|change) (seconds?|secs?|ms|milliseconds?) ([+-]\d+(?:\.\d+)?)\b"#, "$1 $3 $2")])
        if let m = Numbers.firstMatch(#"\b(?:change|adjust|alter|modify|shift|offset|update|edit)\b.{0,30}?\b(?:duration|length|runtime)(?: (?:by|delta|offset|change))+\s*([+-])\s*(\#(n)[- ]?\#(u))"#, in: signed), let d = amount(m[2]) {
            return max(1000, m[1] == "+" ? current + d : current - d)
        }
        // "length: +5000ms", "duration -2s"; "shorter of 4 seconds" (French "plus courte de").
        if let m = Numbers.firstMatch(#"\b(?:length|duration|runtime|video)\s*[:=]?\s*([+-])\s*(\#(n)[- ]?\#(u))"#, in: c), let d = amount(m[2]) {
            return max(1000, m[1] == "+" ? current + d : current - d)
        }
        if let m = Numbers.firstMatch(#"\b(shorter|longer) (?:(?:of|with|for) (?:about |around )?|(?:about|around|roughly|approximately) )(\#(n)[- ]?\#(u))"#, in: c), let d = amount(m[2]) {
            return max(1000, m[1] == "longer" ? current + d : current - d)
        }
        if let m = Numbers.firstMatch(#"\b(?:shave|cut|trim|take|chop|knock|lop|drop|remove|lose|strip)\s+(?:off\s+)?(?:about |like |around |another |an extra )?(\#(n)[- ]?\#(u))\s*(?:off|from|out of)\b"#, in: c)
            // "cut 5 seconds", "trim another 2 sec", "take away 2 seconds": that much less.
            ?? Numbers.firstMatch(#"^(?:please |just |ok )?(?:cut|trim|chop|shave|lose|take away|take off|knock off|remove|drop)\s+(?:out\s+|off\s+|away\s+)?(?:about |like |around |another |an extra )?(\#(n)[- ]?\#(u))(?:\s+(?:out|off|away|more))?(?: please)?[.!]?$"#, in: c)
            ?? Numbers.firstMatch(#"\b(?:shave|knock|lop|take)\s+(?:off\s+)(?:about |like |around )?(\#(n)[- ]?\#(u))"#, in: c)
            // "trim the last 2 seconds", "cut off the final 3 s of the video": the video's end, that much.
            ?? Numbers.firstMatch(#"^(?:please |just |ok |can you |and )?(?:cut|trim|chop|shave|lose|drop|remove|delete|get rid of|take out|cut out|cut off|chop off|lop off)\s+(?:off\s+)?the (?:last|final|closing|ending) (\#(n)[- ]?\#(u))(?: (?:of|off|from) (?:the|this|my) (?:video|whole thing|thing|end))?(?: please)?[.!]?$"#, in: c)
            ?? Numbers.firstMatch(#"(\#(n)[- ]?\#(u))\s+(?:shorter|less)\b"#, in: c)
            ?? Numbers.firstMatch(#"\b(?:shorter|shorten|reduce|trim|cut|decrease|lower|drop)\b.{0,30}?\bby (?:about |around )?(\#(n)[- ]?\#(u))"#, in: c),
           let d = amount(m[1]) {
            ms = current - d
        } else if let m = Numbers.firstMatch(#"\b(\#(n)) (?:more|extra) (\#(u))"#, in: c), let d = amount(m[1] + " " + m[2]) {
            ms = current + d
        } else if let m = Numbers.firstMatch(#"(\#(n)[- ]?\#(u))\s+(?:longer|more|extra)\b"#, in: c)
            ?? Numbers.firstMatch(#"\b(?:add|extend(?: it| the video)?(?: by)?|lengthen(?: it| the video)? by|longer by|pad(?: it)?(?: out)? by|another)\s+(?:another |an extra |about |around )?(\#(n)[- ]?\#(u))(?:\s+(?:more|extra|longer|to (?:it|the video|the end|the (?:run ?time|running time|length|duration|total(?: length| duration)?|whole thing|video'?s? length))))?"#, in: c)
            ?? Numbers.firstMatch(#"\b(?:increase|extend|lengthen|raise|grow|pad)\b.{0,30}?\bby (?:about |around )?(\#(n)[- ]?\#(u))"#, in: c),
           let d = amount(m[1]), has(c, #"\b(longer|more|extra|extend|lengthen|pad|another|increase|raise|grow)\b|\badd\b.*\b(?:to (?:it|the video|the end|the (?:run ?time|running time|length|duration|total|whole thing))|more|extra)\b|^add (?:another |an extra |about |around )?\S+[- ]?\S*[.!]?$"#) {
            ms = current + d
        // "double so long", "half so long": German "doppelt so lang", "halb so lang"; "整个视频缩短到一半".
        } else if has(c, #"half (?:as|so) long|\b(?:shorten|shrink|cut|reduce|trim|bring) (?:it|the (?:video|vid|length|duration|whole thing|runtime)) (?:down )?to (?:a |one )?half\b(?! (?:a |an )?(?:sec|min))|halve (?:it|the (?:length|video|vid|duration|whole thing|running time|run ?time|runtime|programme|program|film|movie|slideshow))|(?:cut|chop|trim|slash) (?:it|the (?:video|vid|reel|edit|length|whole thing|running time|run ?time|runtime)) (?:down )?in half|half the (?:length|duration)|half its length|缩短一半|减半|(?:缩短|缩|剪|减)(?:到|成)(?:原来的)?一半"#) {
            ms = current / 2
        } else if has(c, #"twice (?:as|so) long|double (?:as|so) long|\b(?:twice|double|two times) (?:its|the|it'?s|their) (?:current |present |original )?(?:length|duration|runtime)\b|\b(?:stretch|extend|lengthen|make|draw)\b(?: \w+){0,3}? (?:out )?to (?:twice|double)\b|double (?:it|the (?:length|video|duration|runtime))\b|2x (?:as )?longer|2x the length|two times (?:as )?long|长一倍|加倍|两倍长"#) {
            ms = current * 2
        } else if let m = Numbers.firstMatch(#"\b(three|four|five|\d+(?:\.\d+)?) ?(?:times|x) (?:as long|longer|the (?:length|duration)|(?:its|the) (?:current |present |original )?(?:length|duration|runtime))\b|\b(three|four|five)fold\b"#, in: c),
                  let f = Numbers.english(m[1] + m[2]), f > 0, f <= 10 {
            // "three times its current duration", "increase the duration threefold"
            ms = Int(Double(current) * f)
        // "triple the length", "quadruple it", "make it thrice as long".
        } else if let m = Numbers.firstMatch(#"\b(triple|treble|quadruple)\b (?:it|the (?:length|video|duration|runtime|whole thing)|its (?:length|duration|runtime))\b|\b(?:(triple|treble|quadruple)|thrice) (?:as|so) long\b|\b(triple|treble|quadruple) (?:the |its )?(?:current |present |original )?(?:length|duration|runtime)\b"#, in: c) {
            ms = current * (has(m[1] + m[2] + m[3], "quadruple") ? 4 : 3)
        } else if let m = Numbers.firstMatch(#"\b(shorten|shorter|cut|reduce|decrease|trim|lengthen|longer|extend|stretch|increase)\b.*\bby (a quarter|a third|half|a half|a fifth|a tenth|\d+(?:\.\d+)?\s*(?:%|percent))"#, in: c) {
            let f: Double = ["a quarter": 0.25, "a third": 1.0 / 3, "half": 0.5, "a half": 0.5, "a fifth": 0.2, "a tenth": 0.1][m[2]]
                ?? (Numbers.fraction(in: m[2]) ?? 0)
            let shrink = has(m[1], #"shorten|shorter|cut|reduce|decrease|trim"#)
            ms = Int(Double(current) * (shrink ? 1 - f : 1 + f))
        } else if let m = Numbers.firstMatch(#"(\d+(?:\.\d+)?)\s*(?:%|percent) (shorter|longer)"#, in: c), let p = Double(m[1]) {
            ms = Int(Double(current) * (m[2] == "shorter" ? 1 - p / 100 : 1 + p / 100))
        } else if let m = Numbers.firstMatch(#"(?:缩短|减少|剪掉|减去|再短|短)\s*([零〇一二两三四五六七八九十百半\d.]+)\s*秒"#, in: c), let v = Numbers.chinese(m[1]) {
            ms = current - Int(v * 1000)
        } else if let m = Numbers.firstMatch(#"(?:加长|延长|增加|多加|长了|再长|多长)\s*([零〇一二两三四五六七八九十百半\d.]+)\s*秒"#, in: c), let v = Numbers.chinese(m[1]) {
            ms = current + Int(v * 1000)
        }
        guard let ms else { return nil }
        // "make it ten seconds shorter" of a 10 s video: nothing would be left (0 says so).
        return ms < 1000 && ms < current ? 0 : max(1000, ms)
    }
}
