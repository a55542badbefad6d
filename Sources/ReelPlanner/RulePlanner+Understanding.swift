import Foundation
import ReelTimeline

/// The understanding stage: what a sentence contains, before any rule decides what to do with
/// it. Typos in the editing vocabulary are mended (by edit distance, never toward a file's
/// name), timecodes become seconds, requests Reel cannot do are recognised (so their words are
/// not read as an edit it can do), and "it" is found from the last thing a turn changed.
extension RulePlanner {
    // MARK: Typos

    /// The words the rules are written in. A word within one typo of one of these (a swapped,
    /// missing, extra or wrong letter) is read as it; short words only by swapped letters.
    static let vocabulary: [String] = [
        "make", "music", "quieter", "louder", "softer", "volume", "change", "caption", "captions", "title", "titles",
        "subtitle", "subtitles", "vertical", "dissolves", "horizontal", "landscape", "portrait", "square", "transition",
        "transitions", "remove", "delete", "duplicate", "seconds", "second", "minutes", "minute", "video", "videos",
        "photo", "photos", "picture", "pictures", "image", "images", "clip", "clips", "faster", "slower",
        "brighter", "darker", "black", "white", "background", "crossfade", "crossfades", "dissolve", "shorter",
        "longer", "export", "render", "undo", "redo", "length", "bigger", "smaller", "quiet", "louder", "lower",
        "add", "text", "fade", "fades", "song", "track", "slideshow", "vintage", "warm", "cool", "speed",
        "reverse", "swap", "move", "first", "last", "third", "shorten", "replace", "timeline", "narration",
        "voiceover", "please", "about", "with", "the", "every", "each", "what", "center", "bottom", "middle",
        "saturation", "contrast", "brightness", "zoom", "instead", "saying", "master", "loop", "mute", "turn", "down",
        "sound", "audio", "photos", "caption", "speed", "louder", "quieter", "title", "slower", "shorter", "sepia",
        "vivid",
    ]

    /// Everyday words one typo away from a vocabulary word, which are meant as written.
    static let meantAsWritten: Set<String> = [
        "linger", "lingers", "painting", "paintings", "ginger", "singer", "finger", "tack", "tacked",
        "take", "cake", "bake", "lake", "wake", "sake", "fake", "mate", "male", "tile", "title", "quite", "quit", "quiet",
        "later", "layer", "water", "fader", "loader", "father", "faster", "master", "poster", "lover", "lower", "power",
        "tower", "slide", "blade", "black", "block", "clip", "chip", "clap", "flip", "slip", "slop", "photo", "video",
        "song", "sing", "sang", "long", "lone", "lung", "text", "next", "test", "tent", "zone", "done", "tone", "bone",
        "this", "that", "then", "than", "them", "they", "with", "what", "when", "here", "there", "move", "more", "mode",
        "made", "mine", "fine", "line", "time", "tame", "same", "some", "come", "home", "hold", "held", "told",
        "would", "could", "should", "about", "above", "abode", "after", "other", "cover", "fader", "faded", "fades",
        "sound", "round", "found", "bound", "pound", "wound", "tracks", "trick", "truck", "colour", "color",
        "white", "while", "whale", "write", "quote", "small", "smell", "still", "stall", "start", "stars", "smart",
        "pause", "cause", "posts", "paste", "waste", "taste", "faces", "fancy", "music", "magic", "basic",
        "louder", "loudly", "colder", "older", "order", "under", "lowered", "bigger", "digger", "width", "movie", "tiles",
        "back", "lack", "very", "sing", "muddle", "puddle", "ones", "tone", "quite", "suite", "tracked", "clipped", "phone", "phones", "image", "mage", "titan", "tight", "light", "night",
        "reader", "readers", "header", "headers",
    ]

    /// Shorthand people type: "w/" with, "w/o" without, "pls" please, "vid" video.
    static func expandShorthand(_ text: String) -> String {
        // Quoted words are the person's own ('Rock n Roll').
        outsideQuotes(text) { part in
            var t = part
            for (pattern, with) in [
                                    // Emoji standing for words: "🔇 b.mp4" (mute it), "music 🔊🔊" (louder), "music start @ 0:02 ⏯️"
                                    // (at), "title → 'summer'" (changed to); "no cap" (no lie) asks nothing.
                                    (#"🔇\s*"#, "mute "), (#"(?:🔊|🔉|📢)+\s*(?=(?:louder|up|higher|more)\b)"#, ""), (#"(?:🔊|📢)+"#, " louder "),
                                    (#"(?:⏯️?|▶️?|⏸️?)(?=\s*$)"#, ""), (#"(?<=\s)@\s*(?=\d)"#, "at "), (#"\bno cap\b"#, ""),
                                    (#"\b(title|caption|text|end card|subtitle)\s*(?:→|->|=>|⟶|➡️?)\s*$"#, "change the $1 to "),
                                    // "c.png at the start too (so it starts and ends with it)": a copy of it there, the clip kept where it is.
                                    (#"^\s*(?:(?:put|place|add)\s+)?([\w-]+\.[a-z0-9]{2,4}) (?:at|to) the (start|beginning|end) (?:too|as well|also)\b(?:\s*(?:🔁|🔂))?(?:,?\s*so (?:it|the (?:video|vid)) (?:starts|begins|opens) (?:and|n|&) (?:ends|finishes|closes) (?:with|w|on) (?:it|that|this|the same (?:one|pic|photo|picture|clip)))?"#, "put a copy of $1 at the $2"),
                                    // "bring the music up a bit": turned up (it was not understood).
                                    (#"\bbring (the (?:music|song|soundtrack|volume|sound)|it) (up|down)\b"#, "turn $1 $2"),
                                    (#"(?<![\w/])w/o(?![\w/])"#, "without"), (#"(?<![\w/])w/(?=\s|$)"#, "with"), (#"(?<![\w/])w/(?=\w)"#, "with "),
                                    // A clinician's or engineer's shorthand: "music vol ↓", "xfade 0.3s", "bgm start @ 3s",
                                    // "c.png → 1st", "d/c title" (discontinue), "excl intubation_demo" (they were not understood,
                                    // "xfade" was mended to "fade", and the file left out was put in).
                                    (#"\bvol\b\.?(?=\s*(?:[↓↑]|up|down|to|at|\d|$))"#, "volume"), (#"\s*↓"#, " down"), (#"\s*↑"#, " up"),
                                    (#"\bx-?fade(s?)\b"#, "crossfade$1"),
                                    (#"^\s*([\w-]+\.(?:jpe?g|png|heic|webp|gif|mp4|mov|m4v|webm))\s*(?:→|->)\s*(?:1st|first)\s*([.!]*)\s*$"#, "put $1 first$2"),
                                    (#"^\s*([\w-]+\.(?:jpe?g|png|heic|webp|gif|mp4|mov|m4v|webm))\s*(?:→|->)\s*(?:last|end)\s*([.!]*)\s*$"#, "put $1 last$2"),
                                    (#"\bd/c\b(?=\s+(?:the\s+)?(?:title|caption|text|music|bgm|song|clip|photo|pic|video|fades?|transitions?|look|filter|[\w-]+\.\w{2,4}\b))"#, "remove"),
                                    (#"\bexcl\.?(?=\s+(?:the\s+)?[\w-]+)"#, "leave out"),
                                    (#"\bpl[sz]\b"#, "please"), (#"\bthx\b"#, "thanks"), (#"\bbg music\b"#, "background music"),
                                    (#"\bu\b"#, "you"),
                                    // "speed the vid up x2": twice as fast (it was read as a little faster).
                                    (#"(?<=\b(?:up|speed|faster|quicker|slower|down|it|vid|video|clip|footage)\s)x(\d+(?:\.\d+)?)\b(?!\s*(?:\d|px|pixels))"#, "$1x"),
                                    // "dupe the clip so it plays twice": copy it.
                                    // "next lyric "you were the radio static" from 5.5 to 8": a line of the song's words on screen is a caption (not "a lyric video").
                                    (#"\blyric(?:[- ]line)?\b(?!\s+(?:video|vid|clip|sheet)s?\b)"#, "caption"),
                                    // "take away the writing that says Hello": remove it (never "take away 2 seconds").
                                    (#"\btake away (?=(?:the|that|this|those|these|all|my|our|it|them)\b)"#, "remove "),
                                    (#"\bdupe(?=\s+(?:the|that|this|it|them|clip|photo|pic|video|shot|[\w-]+\.\w{2,4})\b)"#, "duplicate"),
                                    // "the fades r way too slow, make em snappy": "are", "them".
                                    (#"(?<=\b(?:they|you|we|these|those|\w{2,20}s) )r(?= )"#, "are"), (#"(?<=\b(?:make|put|cut|trim|move|set|turn|give|let|have|get|keep|take|bring|fade|speed|slow|use|add|swap|mute|show|lose|drop) )em\b"#, "them"),
                                    (#"(?<=\w) n (?=\w)"#, " and "), (#"\bur\b"#, "your"), (#"\babt\b"#, "about"),
                                    // "put dog1 at the end 2 aswell": "too as well".
                                    // "whats the len rn", "rm c.png", "pls rm the 2nd clip": a terse writer's "length" and "remove"
                                    // (never `rm -rf`, a shell's command).
                                    (#"\b(?:the|its|total|video|vid) len\b(?!\s*[=:(])"#, "$0gth"), (#"(?:^|(?<=[\s,;.]))rm\s+(?=(?:the|that|this|it|them|clip|photo|pic|vid|video|slide|\d|[\w-]+\.[a-z0-9]{2,4}\b))"#, "remove "),
                                    // "loop the music and fade it in over 2 seconds": "it" is the music (the picture faded in).
                                    (#"\b(music|song|soundtrack|bgm|track|audio)\b((?:(?!\b(?:video|vid|clip|photo|pic|picture|image|title|text|caption|scene|shot|ending|everything|whole)\b)[^.;!?]){0,40}?\b(?:and|then|,)\s+)fade it (in|out)\b"#, "$1$2fade the music $3"),
                                    (#"\baswell\b"#, "as well"), (#"(?<=\w) 2 (?=as well\b)"#, " too "),
                                    // A marketer's words: "make the supers bigger" (the words on screen), "the 3rd asset" (an item).
                                    (#"\b(the|our|all the|those|these) supers\b"#, "$1 text"), (#"\b(the|this|that|each|every) (\w+ )?asset\b"#, "$1 $2item"),
                                    // "replace the second photograph": a photo (not a file called photograph.jpg).
                                    // "keeping the photographs entirely uncropped": a photographer's word for every frame (clips too), unless the
                                    // clip is set apart ("… The clip is fine as it is": the pictures alone).
                                    (#"(?<![\w.-])photographs(?![\w.-])(?=.*\b(?:uncropped|crop|cropped|cropping|in full|whole|entirety)\b)(?!.*\b(?:clips?|videos?|footage) (?:is|are|can stay|stays?|looks?) (?:fine|ok|okay|good|alright|as (?:it|they) (?:is|are))\b|.*\bleave the (?:clips?|videos?|footage)\b|.*\bnot the (?:clips?|videos?|footage)\b)"#, "images"),
                                    (#"(?<![\w.-])photograph(s?)(?![\w.-])"#, "photo$1")] {
                t = Self.replacing(t, pattern, with)
            }
            return t
        }
    }

    /// Words for the screen said plainly, without quotes, in a sentence that is only about them:
    /// "i would like it to say Happy 5th Birthday Lily at the start instead of hello" (the text with those
    /// words reworded), "I'd like the start to say Welcome", "add at the end Love from Grandma and Grandpa",
    /// "add text open sat and sun 9 to 5" (the "and" is theirs, never a second request).
    static func plainScreenWords(_ text: String) -> String {
        guard !text.contains(where: { "\"“”«»「」".contains($0) }) else { return text }
        let lead = #"^\s*(?:(?:please|pls|ok|okay|and|also|now|hi|hello|hey|dear)[,!.]?\s+)*"#
        // Never a thing to add: "add at the end a fade out", "put at the end the photo c.png".
        let notWords = #"(?!(?-i:my|our|this|that|these|those)\b)(?!(?:a|an|the|some|another|more|extra|one|two|it|them|music|song|photos?|pictures?|clips?|videos?|fades?|transitions?|titles?|captions?|texts?|words|black|white|\d+\s*(?:s|secs?|seconds?)\b)\b)"#
        let t = text.trimmingCharacters(in: .whitespaces)
        let asks = #"(?:(?:i'?d|i would) (?:like|love)|i want|i need|(?:can|could|would|will) (?:you )?(?:make|have|let)?|(?:can|could|would|will)|please (?:make|have|let)|make|have|let)"#
        // "it to say X (at the start) instead of Y": the text with the words Y says X (what follows the words,
        // "for 5 seconds", "at the top", stays as said).
        // ("the title, make it read Grand Opening", "the words at the beginning, have them say X": the text named first.)
        let named = #"(?:((?:the|my|our) (?:title|caption|text|words|writing|lettering|heading|end ?card)(?: (?:at|on|in) the (?:very )?(?:beginning|start|top|bottom|end|front))?),\s*)?"#
        if let m = Numbers.firstMatch(lead + named + asks + #"\s+(it|that|this|them|the (?:start|beginning|opening|title|first (?:bit|part|picture|photo|slide)|end|ending|last (?:bit|part|picture|photo|slide)))\s+(?:to\s+)?(?:say|read)\s+([\p{L}\p{N}].*?)"# + screenWordsEnd + #"(.*)$"#, in: t),
           !has(m[3].lowercased(), #"\b(?:louder|slower|faster|again)\b|^(?:it|that|this|something|anything)\b"#), !m[1].isEmpty || m[2] != "them" {
            var rest = m[4]
            let place = Numbers.firstMatch(#"^,?\s*at the (?:very )?(start|beginning|end)\b"#, in: rest)?[1] ?? ""
            if !place.isEmpty { rest = replacing(rest, #"^,?\s*at the (?:very )?(?:start|beginning|end)\b"#, "") }
            let old = Numbers.firstMatch(#"^,?\s*(?:instead of|rather than|in place of)\s+([\p{L}\p{N}][^.!?,]*?)(?=[.!?,]|$)"#, in: rest)?[1] ?? ""
            if !old.isEmpty { rest = replacing(rest, #"^,?\s*(?:instead of|rather than|in place of)\s+[^.!?,]*"#, "") }
            let said = "\"\(m[3])\"" + rest
            if !old.isEmpty { return "change \"\(old)\" to " + said }
            if !m[1].isEmpty { return "make \(m[1]) say " + said }
            if place == "end" || has(m[2], #"\b(?:end|ending|last)\b"#) { return "add at the end " + said }
            if !place.isEmpty || has(m[2], #"\b(?:start|beginning|opening|title|first)\b"#) { return "make the title say " + said }
            return "could it say " + said
        }
        // "instead of hello i want it to say Grandad's 80th": the same, the old words first.
        if let m = Numbers.firstMatch(lead + #"(?:instead of|rather than)\s+([\p{L}\p{N}][^.!?,]*?),?\s+"# + asks + #"\s+(?:it|that|this|the (?:start|beginning|opening|title))\s+(?:to\s+)?(?:say|read)\s+([\p{L}\p{N}].*?)"# + screenWordsEnd + #"(.*)$"#, in: t) {
            return "change \"\(m[1])\" to \"\(m[2])\"" + m[3]
        }
        // "add at the end Love from Grandma and Grandpa", "at the start put Our Trip to Wales".
        if let m = Numbers.firstMatch(lead + #"(?:(?:add|put|write|show)\s+(at the (?:very )?(?:end|start|beginning))|(at the (?:very )?(?:end|start|beginning)),?\s+(?:add|put|write|show))\s+"# + notWords + #"([\p{L}\p{N}].*?)"# + screenWordsEnd + #"(.*)$"#, in: t),
           !has(m[3].lowercased(), #"\.[a-z0-9]{2,4}\b|\b(?:music|song|photo|picture|clip|video|fade|transition|logo|intro|outro|card|screen|louder|quieter|longer|shorter)\b"#) {
            return "add \(m[1].isEmpty ? m[2] : m[1]) \"\(m[3])\"" + m[4]
        }
        // "add text open sat and sun 9 to 5", "add a caption open tues and thurs 9-5": words with an "and" of their own.
        if let m = Numbers.firstMatch(lead + #"((?:add|put|write)\s+(?:a |an |some |the )?(?:text|caption|subtitle|banner|words?)\s+(?:saying\s+|that says\s+)?)"# + notWords + #"((?:[\p{L}\p{N}][^.!?,]*?) (?:and|&) ([^.!?,]*?))[.!]*$"#, in: t),
           !has(m[3].lowercased(), #"^(?:make|put|add|set|move|change|remove|turn|use|fade|cut|trim|mute|then|have|keep|let|show)\b|\b(?:music|song|photo|picture|clip|video|fade|transition|title|caption|louder|quieter|longer|shorter|bigger|smaller|seconds?|secs?|top|bottom|red|white|yellow|black|blue)\b"#),
           !has(m[2].lowercased(), #"\b(?:at|from|for|until|till|between|on|in)\s+(?:the\s+)?(?:\d|start|end|beginning|top|bottom|middle|first|last)"#) {
            return "\(m[1])\"\(m[2])\""
        }
        return text
    }

    /// Words for the screen written after "saying" (or "that says", "reading") without quotes, as
    /// quoted words, so shorthand and typo mending leave them as written ("add a captoin saying see u
    /// there at the end" shows "see u there"). Their end is where a time (with its unit: "at 12 Main St"
    /// is words), a place, a sentence's end or another request starts, as the text rule reads it; a
    /// comma inside them stays ("that says Thanks Mom, Dad and Sam for the last 3 seconds"), and so do their
    /// exclamation marks ("saying 6 weeks later!! for the last 3 sec").
    static func quotedScreenWords(_ text: String) -> String {
        // "add words that say he is so fluffy": some words on screen, as a caption; "would you be so kind as to add some words
        // at the end that say With love from Grandma": new words there (the title was reworded).
        var text = replacing(plainScreenWords(text), #"(?i)^(\s*(?:(?:please|can you|could you|would you|pls|kindly|would you (?:be so kind as|kindly|please) to|(?:i'?d|i would) like (?:you )?to)\s+)*(?:add|put)\s+)(?:some\s+|a few\s+)?words\s+(?=(?:(?:at|in|on|for|during|over|near|towards) (?:the )?(?:very )?(?:end|start|beginning|top|bottom|middle|last|first|final)\b[\w ]{0,20}?\s+)?that\s+says?\b)"#, "$1a caption ")
        // "and at the start it should say Happy Birthday Leo", "it should say Hi Mum at the beginning": words at the start,
        // a title (not understood).
        text = replacing(text, [(#"(?i)\b(?:at|in) the (?:very )?(?:start|beginning)(?: of (?:it|the video))?,? (?:it |the video |there )?(?:should|must|could|can|will|needs to|has to) (?:say|read|show) (?=\S)"#, "add a title at the start that says "),
                                (#"(?i)(?<![\w'])(?:it|the video) (?:should|must|could|can|will|needs to|has to) (?:say|read|show) (?=[^.!?;«"“]{2,60} (?:at|in) the (?:very )?(?:start|beginning)\b)"#, "add a title that says ")])
        // ("ADD WORDS AT THE BOTTOM THAT SAY WE LOVE YOU NANA": in capitals too; the caption read "WORDS".)
        // ("What's the title saying right now? I forgot": asked; the words after it are no text's.)
        guard has(text, #"(?i)\b(?:saying|says|reads|reading)\s|\bthat say\s"#),
              !has(text, #"(?i)^\s*(?:and |so |ok,? |sorry,? )?(?:what|which)(?:'s| is| does| do)? (?:the |my |our )?(?:title|caption|text|end card|subtitle|heading)(?: currently| now)? (?:say|says|saying|read|reads|reading)\b[^.!?]*\?"#) else { return text }
        return outsideQuotes(text) { part in
            replacing(part, #"(?i)^(.*?\b(?:cap|tit|tex|sub|card|banner|overlay|lower|word|super|sign)\w*\b.*?\b(?:saying|that says?|which says|that reads|which reads|reading))\s+(?!["“'‘])([\p{L}\p{N}].*?!*)(?=,?\s+(?:at the (?:very )?(?:start|end|beginning|top|bottom|opening|intro)|(?:on|over) the (?:first|opening) (?:photo|picture|slide|clip|image|shot)\b|in the (?:middle|cent(?:er|re)|corner|top|bottom)|on (?:the )?(?:top|bottom)|(?:from|at|between|after|starting at|for) (?:\d+(?:\.\d+)?\s*(?:s|secs?|seconds?|ms|mins?|minutes?)\b|\d+:\d|\d+(?:\.\d+)? ?(?:to|and|-|until) ?\d|\#(Numbers.spelledNumber) (?:to|and|-|s|secs?|seconds?)\b)|for (?:the )?(?:first|last|final|whole|entire)|(?<!\d )(?:until|till) |during |as (?:a |an |the )|in (?:red|white|black|yellow|blue|green|gold|pink|bold|big)\b|with (?!(?:us|me|you|him|her|them|love|care|pride|joy|thanks|gratitude|friends|family|all of us|everyone|every\w*|hope|grace|style|heart|pleasure)\b)|and (?:make|put|then|add|move|set|have|keep)\b|then\b)|\s*;|\s*,(?=\s*(?:and |then |also |please |pls |but )?(?:make|put|add|set|move|change|remove|delete|turn|use|fade|cut|trim|mute|speed|slow|show|keep|start|stop|bring|lower|raise|give|let|i|it|the music|the video)\b)|(?<!\b(?:dr|mr|mrs|ms|st|jr|sr|no|vs|etc|mo|apr|ave))[.!?]\s+|\s*[.?]?\s*$)"#, "$1 \"$2\"")
        }
    }

    /// Mends typos word by word; words in quotes were masked before this and are never touched,
    /// nor are words that are (part of) a media file's name.
    static func mendTypos(_ text: String, protected: Set<String>) -> String {
        var out = ""
        var word = ""
        var closer: Character?
        var previous: Character = " "
        let pairs: [Character: Character] = ["\"": "\"", "“": "”", "'": "'", "‘": "’", "「": "」", "『": "』", "《": "》"]
        func flush() {
            if !word.isEmpty { out += mend(word, protected: protected) }
            word = ""
        }
        for ch in text {
            defer { previous = ch }
            if let c = closer {
                out.append(ch)
                if ch == c { closer = nil }
            } else if let close = pairs[ch], ch != "'" || previous == " " || previous == ":" {
                flush()
                out.append(ch)
                closer = close
            } else if ch.isASCII && ch.isLetter {
                word.append(ch)
            } else {
                flush()
                out.append(ch)
            }
        }
        flush()
        return out
    }

    /// Slips a phone's keyboard makes that only the words around them undo (each alone is a real word, or too
    /// short to mend): "delete the second cop" (clip), "put c.png fist" (first), "undue that" (undo), "put the
    /// title at the too" (top), "start the music at 2 sends in" (seconds). Quoted words are never passed here.
    static func mendSlips(_ text: String) -> String {
        var t = text
        // "undue that", "undue pls": the undo command ("undue stress" is left as written).
        t = replacing(t, #"(?i)(^|[.!?,;]\s*|\b(?:pls|please|oops|ok|okay|no|nah|ugh)[,!]?\s+)undue\b(?=\s*(?:that|this|it|the last(?: (?:change|edit|thing|one))?|last(?: (?:change|edit|one))?|please|pls|again|[.!?,]|$))"#, "$1undo")
        // "the second cop", "last cop", "3rd clp": a clip counted.
        t = replacing(t, #"(?i)\b(first|second|third|fourth|fifth|sixth|last|final|next|middle|other|\d+(?:st|nd|rd|th)) (?:cop|clp|cip|cilp|clpi|cliip)(s?)\b"#, "$1 clip$2")
        // "put c.png fist", "move the sunset pic fist", "the fist photo": first (never "fist bump", "fist pump").
        t = replacing(t, #"(?i)\b((?:put|move|place|have|make|bring|show|play)\s+(?:[\w.-]+\.(?:jpe?g|png|heic|webp|gif|mp4|mov|m4v|webm)|it|that|this|that one|this one|(?:the|my) (?:[\w'-]+ ){0,2}(?:clip|photo|pic|picture|video|one|shot|image|slide)|clip \d+)\s+)fist\b(?!\s*(?:bump|pump|fight|shake))"#, "$1first")
        t = replacing(t, #"(?i)\b(the) fist (?=(?:clip|photo|pic|picture|video|one|shot|image|slide|second|seconds|\d)\b)"#, "$1 first ")
        // "at the too", "to the too left": the top (never "the too loud music").
        t = replacing(t, #"(?i)\b((?:at|to|on|in|near) the) too\b(?=\s*(?:$|[.!?,;]|left\b|right\b|corner\b|of\b|instead\b|please\b|pls\b|pleas\b))"#, "$1 top")
        // "2 sends in", "at 3 secnods": seconds, after a number.
        t = replacing(t, #"(?i)\b(\d+(?:\.\d+)?) ?(?:sends|sconds|seonds|secods|secnods|secinds|seconda|secondes|scs)\b"#, "$1 seconds")
        // "the 3 food photo first", "two clip then the logo": a count of things said without the plural (a place, "photo 2
        // video 3", and a length, "a 3 second video", stay).
        t = replacing(t, #"(?i)(?<![\d.:,/x-])(?<!(?:photo|clip|video|slide|image|item|segment|number|track|pic|picture) )\b([2-9]|10) ((?:(?!(?:s|secs?|seconds?|mins?|minutes?|hours?|ms|x|fps|k|p|frames?|times|more|extra|other|last|first|next|of|by|to|and|or|at|in)\b)[a-z]+ )?)(photo|pic|picture|image|clip|video|vid|slide|still)\b(?![s'’-])"#, "$1 $2$3s")
        return t
    }

    /// Words in brackets that only say which clip is meant, read as that clip: "b.mp4 (the gopro bit) is super shaky"
    /// is b.mp4 (every clip was slowed), "hold on the reaction shot 2 more seconds (it's c.png)" is c.png (b was
    /// trimmed too). Never a bracket holding a length or words for the screen ("b.mp4 (3 s)", "(caption: Hi)").
    static func namesInBrackets(_ text: String) -> String {
        let file = #"[\w-]+\.(?:jpe?g|png|heic|webp|gif|mp4|mov|m4v|webm)"#
        var t = text
        // "the reaction shot … (it's c.png)": the file named in brackets, where the words describe it.
        t = replacing(t, #"(?i)\bthe (?:(?!(?:first|second|third|fourth|fifth|last|final|next|other)\b)[\w'-]+ ){1,3}(?:shot|clip|photo|pic|picture|one|video|image|bit|part|slide)\b((?:(?![()«»]).){0,60}?)\s*\(\s*(?:it'?s|that'?s|it is|that is|i\.e\.?,?|aka|=|file:?)?\s*(\#(file))\s*\)"#, "$2$1")
        // "b.mp4 (the gopro bit)": what it shows, said in brackets after the file's name.
        t = replacing(t, #"(?i)\b(\#(file))\s*\((?!(?:(?!\)).)*(?:\d|«|:|\.(?:jpe?g|png|heic|webp|gif|mp4|mov|m4v|webm)\b))(?:the |my |that |this |our )?[a-z][\w' -]{0,40}\)"#, "$1")
        return t
    }

    /// "cut the dead air at the start of b.mp4, about 1 second": how much of its start (it was refused as a silence to
    /// find). Without an amount, finding the silence is still refused.
    static func deadAirWithAmount(_ text: String) -> String {
        let amount = #"((?:\d+(?:\.\d+)?|one|two|three|half a|a) ?(?:seconds?|secs?|s)\b)"#
        let dead = #"(?:the )?(?:dead air|silence|silent (?:bit|part)|pause|empty (?:bit|part)|blank (?:bit|part)|nothing(?: happening)?|waiting(?: around)?|fumbling(?: around)?|setup|set-up)"#
        let clip = #"([\w-]+\.(?:mp4|mov|m4v|webm)|clip \d+|the (?:first|second|third|fourth|fifth|last|video) clip|the video)"#
        let tail = #",?\s*(?:(?:it'?s|its|there'?s|theres|that'?s) )?(?:about|around|roughly|like|maybe|approximately|approx\.?|~|just|only)?\s*"#
        let pattern = #"(?i)\b(?:cut|trim|remove|delete|lose|skip|chop|get rid of|take out)(?: out| off)? \#(dead) (?:at|from|in) the (?:very )?(start|beginning|front|end) of \#(clip)\#(tail)\#(amount)(?: (?:or so|of it))?(?: (?:before|until|till|where|when) (?:i|he|she|they|we|it|the \w+|anyone|someone)\b[^.!?;,]{0,40})?"#
        guard let r = firstRange(pattern, in: text), let m = Numbers.firstMatch(pattern, in: text),
              let ms = Numbers.duration(in: m[3].lowercased()) ?? Numbers.duration(in: Self.replacing(m[3].lowercased(), #"^(?:half a|a) ?"#, m[3].lowercased().hasPrefix("half") ? "0.5 " : "1 ")), ms > 0 else { return text }
        let end = m[1].lowercased() == "end"
        return text.replacingCharacters(in: r, with: "cut the \(end ? "last" : "first") \(seconds(ms)) seconds \(end ? "from" : "off") \(m[2])")
    }

    static let vocabularySet = Set(vocabulary)

    /// Misspellings more than one typo away that people make often.
    static let misspellings: [String: String] = [
        "litle": "little", "littel": "little", "lil": "little", "verticle": "vertical", "vertial": "vertical", "horizantal": "horizontal", "horizonal": "horizontal",
        "transistion": "transition", "transistions": "transitions", "trasition": "transition", "trasitions": "transitions",
        "captian": "caption", "tital": "title", "lowder": "louder", "wat": "what", "tranzishuns": "transitions", "tranzishun": "transition", "tranzitions": "transitions", "subtitels": "subtitles", "musik": "music", "muisc": "music", "quietr": "quieter",
        "qieter": "quieter", "lenght": "length", "seconde": "second", "secconds": "seconds", "secnds": "seconds",
        "durration": "duration", "brigther": "brighter", "brigher": "brighter", "briter": "brighter", "brigter": "brighter", "brihgter": "brighter",
        "shoud": "should", "shoudl": "should", "shuold": "should", "sould": "should", "anoying": "annoying", "annoyng": "annoying", "blakc": "black", "whtie": "white", "vidoe": "video", "vidio": "video",
        // Short words typed fast: a doubled or swapped letter ("teh clip", "half speeed", "adn").
        "teh": "the", "hte": "the", "hwo": "how", "hw": "how", "waht": "what", "whta": "what", "adn": "and", "nad": "and", "wiht": "with", "taht": "that", "speeed": "speed", "spped": "speed",
        "hlaf": "half", "hafl": "half", "ahlf": "half", "halff": "half", "doulbe": "double", "dobule": "double", "doubel": "double",
        "evrything": "everything", "everyting": "everything", "fourty": "forty", "nineth": "ninth",
        "actualy": "actually", "actully": "actually", "actaully": "actually", "acutally": "actually", "actualyl": "actually",
        "beggining": "beginning", "begining": "beginning", "beginnig": "beginning", "begginning": "beginning",
        // A child's spelling: "20 secons", "REALY BIG", "secunds", "realy realy".
        "secons": "seconds", "secounds": "seconds", "secunds": "seconds", "seconts": "seconds", "sekonds": "seconds",
        "realy": "really", "reely": "really", "relly": "really",
        // Spelled as it sounds: "litle bit lowder", "wat is the lenth", "no tranzishuns", "evry foto".
        "louda": "louder", "quiter": "quieter", "lenth": "length", "lengh": "length", "lentgh": "length",
        "tranzition": "transition", "transishun": "transition", "transishuns": "transitions", "foto": "photo", "fotos": "photos", "evry": "every", "lould": "loud",
        "minits": "minutes", "minets": "minutes", "brite": "bright",
        // Keys next to each other on a phone: "fsde out at teh end".
        "fsde": "fade", "fafe": "fade", "fdae": "fade", "faed": "fade",
    ]

    static func mend(_ word: String, protected: Set<String>) -> String {
        let w = word.lowercased()
        if let fixed = misspellings[w], !protected.contains(w) { return fixed }
        // "just use the beach", "a marker", "saving": everyday words are meant as written.
        if everydayWordsNearVocabulary.contains(w) { return word }
        // "musicc", "biggger", "ttitle", "undoo", "finishhed" (finished_dreadnought.jpg): a key held a moment too long (a hand
        // that shakes), when one letter fewer is one of Reel's words or of a file's name, and only one.
        if w.count >= 4, !vocabularySet.contains(w), !meantAsWritten.contains(w), !protected.contains(w) {
            let letters = Array(w)
            let fewer = Set(letters.indices.dropFirst().filter { letters[$0] == letters[$0 - 1] }.map { k -> String in
                var shorter = letters
                shorter.remove(at: k)
                return String(shorter)
            }).filter { vocabularySet.contains($0) || protected.contains($0) }
            if fewer.count == 1, let meant = fewer.first { return meant }
        }
        // "longr", "shortr", "loudr": a comparative typed without its "e".
        if w.count >= 4, w.hasSuffix("r"), !w.hasSuffix("er"), !protected.contains(w), vocabularySet.contains(String(w.dropLast()) + "er") {
            return String(w.dropLast()) + "er"
        }
        // "make it squar", "remov the last clip", "2 minut": a word typed without its final "e".
        if w.count >= 4, !w.hasSuffix("e"), !protected.contains(w), !meantAsWritten.contains(w), vocabularySet.contains(w + "e") {
            return w + "e"
        }
        let wb = Array(w.utf8)
        guard wb.count >= 4, !vocabularySet.contains(w), !meantAsWritten.contains(w), !protected.contains(w) else { return word }
        var best: Int?
        for (k, vb) in vocabularyBytes.enumerated() where abs(vb.count - wb.count) <= 1 && vb.count >= 4 {
            // Another form of the same word ("titled", "titles") is not a typo.
            var shared = 0
            while shared < min(wb.count, vb.count), wb[shared] == vb[shared] { shared += 1 }
            if shared == min(wb.count, vb.count), wb.count >= 5 || vb.count < wb.count { continue }
            // (Two letters swapped near the end are a typo all the same: "timelien".)
            if shared >= 4, shared >= min(wb.count, vb.count) - 2, !isTransposition(wb, vb) { continue }
            guard oneEditApart(wb, vb) else { continue }
            // Short words: a swapped letter, or one left out ("blak").
            guard wb.count >= 5 || isTransposition(wb, vb) || vb.count == wb.count + 1 else { continue }
            if let b = best, vocabularyBytes[b] != vb { return word } // two readings: keep the word as written
            best = k
        }
        return best.map { vocabulary[$0] } ?? word
    }

    static let vocabularyBytes: [[UInt8]] = vocabulary.map { Array($0.utf8) }

    static func isTransposition(_ x: [UInt8], _ y: [UInt8]) -> Bool {
        guard x.count == y.count else { return false }
        let diff = x.indices.filter { x[$0] != y[$0] }
        return diff.count == 2 && diff[1] == diff[0] + 1 && x[diff[0]] == y[diff[1]] && x[diff[1]] == y[diff[0]]
    }


    /// Exactly one edit apart (a letter changed, added, left out, or two neighbours swapped):
    /// `editDistance(a, b) == 1`, in one pass.
    static func oneEditApart(_ a: String, _ b: String) -> Bool { oneEditApart(Array(a.utf8), Array(b.utf8)) }

    static func oneEditApart(_ x: [UInt8], _ y: [UInt8]) -> Bool {
        if x == y { return false }
        if x.count == y.count {
            return zip(x, y).filter { $0 != $1 }.count == 1 || isTransposition(x, y)
        }
        let (short, long) = x.count < y.count ? (x, y) : (y, x)
        guard long.count == short.count + 1 else { return false }
        var i = 0
        while i < short.count, short[i] == long[i] { i += 1 }
        return short[i...].elementsEqual(long[(i + 1)...])
    }

    /// Damerau–Levenshtein (optimal string alignment) distance.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var d = Array(repeating: Array(repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in 0...x.count { d[i][0] = i }
        for j in 0...y.count { d[0][j] = j }
        for i in 1...x.count {
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[x.count][y.count]
    }

    // MARK: What Reel cannot do

    /// A request outside the vocabulary, with the nearest things Reel can do instead.
    struct Unsupported {
        var pattern: String
        var english: String
        var chinese: String
        var offers: [String]
        var offersChinese: [String]
        /// A session file whose name matches this is what the words mean ("add qr.png at the end"): no refusal.
        var unlessFileNamed: String? = nil
        /// Words that still ask for what Reel lacks though such a file is there ("our logo as a watermark").
        var evenWithFile: String? = nil
        /// The file that means the words may be a sound ("add the ding when the title pops up" with ding.wav).
        var fileMayBeSound = false
    }

    /// The clips' own sound turned off ("could you turn off its sound"): with noise named, the noise is why (never a refusal
    /// to denoise).
    static let soundOffAsked = #"\b(?:turn(?:ing)? off|switch(?:ing)? off|mut(?:e|ing)|silenc(?:e|ing)|kill|remove|cut(?: out)?|strip(?: out)?|drop|lose|take out|get rid of)\b (?:(?:its|the|their|that|this|all(?: the)?|the clip'?s?|the video'?s?|di|da|de|el|la)(?: own| original)? )?(?:sound|audio)\b|\bmute (?:it|that|this|them|the (?:clip|video))\b|\b(?:sound|audio) off\b"#

    /// The formats Reel takes (`acceptedExtensions`), as a refusal says them.
    static let acceptedFormatsSaid = "pictures (jpg, png, gif, webp), clips (mp4, mov, avi, webm, mkv) and sounds (mp3, wav, m4a, aac)"
    static let acceptedFormatsSaidChinese = "图片（jpg、png、gif、webp）、视频（mp4、mov、avi、webm、mkv）和音频（mp3、wav、m4a、aac）"

    static let unsupported: [Unsupported] = [
        // "add our menu from menu.pdf", "use the slides.pptx": a document is no picture, clip or sound (it was put on the timeline).
        Unsupported(pattern: #"(?<![\w/.-])[\w-]+\.(?:pdf|docx?|pptx?|key|pages|xlsx?|numbers|csv|txt|rtf|odt|psd|ai|indd|sketch|zip|rar|7z|html?)\b"#,
                    english: "I cannot use documents (PDF, Word, slides, spreadsheets) in a video: only \(acceptedFormatsSaid).",
                    chinese: "我不能直接用文档（PDF、Word、幻灯片、表格）做视频，只能用\(acceptedFormatsSaidChinese)。",
                    offers: ["save the page as a picture and add it: \"add menu.png at the end\"", "put the words on screen: \"add a caption 'Tacos $3' at the bottom\""],
                    offersChinese: ["把那一页存成图片再加进来：“把 menu.png 加到最后”", "把文字放到画面上：“在底部加字幕‘招牌菜’”"]),
        Unsupported(pattern: #"\bwind\b.{0,30}\b(?:loud|away|gone|out|remove|less|quieter|noise)\b|\b(?:make|get|take) the wind\b|background noise|(?<!\b(?:mute|silence|kill) (?:the |all (?:the )?)?(?:[\w-]{1,20} )?)\bnoise\b|\bdenoise|\bhiss\b|\bhum\b|\becho\b|wind noise|clean up the (?:audio|sound)|enhance the (?:audio|voice|speech)|降噪|噪音|杂音"#,
                    english: "I cannot clean up or denoise sound (wind, hiss, background noise).",
                    chinese: "我还不能去掉背景噪音，也不能给声音降噪。",
                    offers: ["\"mute clip 2\" (its own sound)", "\"make the music louder\" to cover it", "\"normalize the audio for YouTube\""],
                    offersChinese: ["“第二段静音”", "“音乐大声一点”", "“响度标准化”"]),
        // "remove the ref's whistle sound from the second clip", "take out the dog barking noise": one sound inside a clip's
        // own sound cannot be taken out (the whole clip was muted); muting all of it is offered. Never "remove the clip's
        // sound", "remove the sound from clip 2", "remove b.mp4's audio" (a mute).
        Unsupported(pattern: #"\b(?:remove|delete|take out|get rid of|cut out|erase|edit out|filter out|strip out|isolate)\s+(?:the |that |this |those |these |a |an |all (?:the |of the )?)?(?:(?!(?:clip|clips|video|videos|vid|footage|its|their|original|whole|entire|all|every|camera|natural|own|real|raw|source|music|song|background|the|first|second|third|fourth|fifth|last|final|other|\d+(?:st|nd|rd|th)?)\b)[\w'’-]+\s+){1,3}(?:sounds?|noises?|sound effects?|sfx)\b"#,
                    english: "I cannot take one sound out of a clip (a whistle, a bark, a voice): a clip's own sound is kept or muted whole.",
                    chinese: "我还不能从片段里单独去掉某一个声音（比如哨声、狗叫），只能整段静音或保留。",
                    offers: ["\"mute clip 2\" (all of its own sound; the music keeps playing)", "\"make the music louder\" to cover it"],
                    offersChinese: ["“第二段静音”（整段原声，音乐照常）", "“音乐大声一点”来盖住它"]),
        // "put a match countdown timer in the corner that counts down from 15", "a stopwatch on screen": a running clock
        // (it put up a 3-2-1 countdown).
        Unsupported(pattern: #"\b(?:count ?-?down|game|match|shot|running|race|live|ticking|on-?screen)\s+(?:timer|clock|stopwatch)\b|\bstopwatch\b|\b(?:timer|clock)\b.{0,40}\b(?:counts? (?:down|up)|counting (?:down|up)|ticks?|ticking|runs?|running)\b|\bcounts? (?:down|up) from (?:1[1-9]|[2-9]\d|\d{3,})\b|计时器|倒计时器|秒表"#,
                    english: "I cannot add a running timer or clock.",
                    chinese: "我还不能加计时器或时钟。",
                    offers: ["a 3-2-1 countdown at the start: \"add a countdown at the start\"", "the time as words: \"add a caption '15:00' at the top right\""],
                    offersChinese: ["开头的3-2-1倒计时：“开头加个倒计时”", "把时间写成字幕：“在右上角加字幕‘15:00’”"]),
        // "remove the vocals from the song so it's just the instrumental", "karaoke version", "去掉人声".
        Unsupported(pattern: #"\b(?:remove|strip|take out|get rid of|cut|mute|kill|lose|isolate|separate|extract|split)\b(?:(?!music|song|bgm|track).){0,30}\bvocals?\b|\b(?:no|without(?: the)?) vocals?\b|\b(?:take|drop|delete|remove|get)\b.{0,20}\bvocals?\b.{0,20}\b(?:out|off|away)\b|\bvocals? (?:removed|off)\b|\bjust the instrumental\b|\binstrumental (?:version|only)\b|\bkaraoke\b|\ba ?cc?appella\b|\bisolate the (?:voice|singing|drums|beat|singer|speech)\b|\bseparate the (?:voice|vocals|music)\b|(?:去掉|去除|消除|分离)人声|人声分离|人声(?:去掉|去除|消除|删掉|拿掉|去了)|(?:背景音乐|音乐|歌曲?)里(?:面)?的人声|提取伴奏|只要伴奏"#,
                    english: "I cannot separate the voice from a song.",
                    chinese: "我还不能把歌里的人声分离出来。",
                    offers: ["use an instrumental file you have: \"use instrumental.mp3 as the music\"", "\"make the music quieter\"", "\"duck the music under the voiceover\""],
                    offersChinese: ["换成你的伴奏文件：“用 instrumental.mp3 做背景音乐”", "“音乐小声一点”", "“人声出现时压低音乐”"]),
        // ("put my handle @julie.voyage bottom right for the whole video, like a watermark": words, a corner caption; "like a
        // watermark" alone is how they should sit.)
        Unsupported(pattern: #"^(?!(?:and |just |kind of |sort of |kinda )?(?:like|as|similar to|the way) an? watermark(?: (?:does|would))?[.!]*$)(?!.*(?:@[\w.]{2,}|\b(?:handle|username|user ?name|(?:my|our) name|pseudo|text|caption|words|saying|says)\b|«))(?=.*watermark)|\b(?=logo\b)(?<!\bmatch (?:our |the |my |their |your )(?:brand |company |shop |store )?)(?<!\bmatch (?:brand |company |shop |store ))(?<!\bmatch )(?<!\bmatches (?:our |the |my ))(?<!\bmatching (?:our |the |my ))logo\b(?! (?:sting|animation|intro|reveal|bumper|ident|card)s? (?:ends?|finishes|is (?:over|done|finished)|plays|stops)\b)|水印|标志|^(?!.*\b(?:text|caption|title|words|name|saying|says)\b|.*«)(?=.*\bcorner\b)(?=.*\b(?:whole|entire|all the time|throughout|every (?:clip|scene|shot)|the full video)\b)"#,
                    english: "I cannot place a picture as a watermark or logo.",
                    chinese: "我还不能把图片加成水印或标志。",
                    offers: ["a corner caption with your name: \"add a caption 'yourname' at the bottom right\"", "an end card: \"add an end card saying 'Follow us'\""],
                    offersChinese: ["角落文字：“在右下角加字幕‘你的名字’”", "片尾：“加一个片尾写着‘关注我们’”"],
                    // "with our logo image as the very last picture": a session file called logo, placed in
                    // the sequence, is a picture like the others, not a watermark.
                    unlessFileNamed: "logo",
                    evenWithFile: #"watermark|水印|corner|overlay|on top|over the|throughout|whole (?:time|video)|all the time|角落"#),
        // "one of the boys says something he shouldn't in b.mp4 around 0:05, can you bleep it out?", "beep out the swear
        // word", "censor the cussing in clip 2", "mute just the bad word": one moment of a clip's sound hidden (it removed b.mp4).
        // ("one of the kids swears in b.mp4 at 0:04": the reason for it, said before it.)
        Unsupported(pattern: #"\bbleep(?:s|ed|ing)?\b(?![\w-]*\.(?:mp3|wav|m4a|aac|ogg|flac)\b)|\b(?:swears|swore|cusses|cussed|curses|cursed)\b(?=.*\b(?:in|on|during|at)\b)|\bbeep(?:s|ed|ing)?(?: out)? (?:it|that|this|him|her|them|(?:the |that |this |his |her |a |any |those |these )?(?:bad |rude |naughty )?(?:words?|swear(?:ing| ?words?)?|curse(?: ?words?)?|cuss(?:ing| ?words?)?|language|profanity|f[- ]?bomb))(?: out)?\b|\b(?:censor\w*|mute|silence|cover|hide|remove|cut)(?: out)? (?:just |only )?(?:the |that |this |his |her |a |any |those |these |one )?(?:bad |rude |naughty |swear |curse |cuss )(?:words?|bits?|parts?|language)\b|\b(?:censor\w*|mute|silence|cover|hide|remove|cut)(?: out)? (?:just |only )?(?:the |that |this |his |her |all the |any |those |these )?(?:swearing|swear ?words?|curse ?words?|cussing|cuss ?words?|profanity|f[- ]?bombs?|bad language)\b|\bcensor (?:it|that|this|what (?:he|she|they) (?:says?|said))\b"#,
                    english: "I cannot bleep or silence one word inside a clip; I can only mute a clip's whole sound.",
                    chinese: "我还不能只屏蔽片段里的某一个词；只能把整段的原声静音。",
                    offers: ["\"mute clip 2\" (its whole sound)", "cut past the moment: \"start clip 2 at 3 seconds\"", "\"cut clip 2 to 4 seconds\""],
                    offersChinese: ["“第二段静音”（整段原声）", "跳过那一刻：“第二段从第3秒开始”", "“第二段剪成4秒”"],
                    unlessFileNamed: #"bleep|beep|censor"#,
                    fileMayBeSound: true),
        // "blur the face of the bystander", "pixelate the number plate": a part of a picture hidden.
        Unsupported(pattern: #"\bblur\b.{0,40}\b(?:faces?|plates?|licen[cs]e|number|person|people|kids?|child|children|bystanders?|strangers?|names?|screens?|passers?-?by)\b|\b(?:faces?|plates?) blurred\b|\b(?:pixel+at\w*|censor\w*)\b(?: out)?(?: the| his| her| their| my| our| a| that| this)? (?:\w+ )?(?:faces?|plates?|licen[cs]e|number|person|people|kids?|child|children|bystanders?|strangers?|names?|screens?|logos?|swear ?words?)\b|打码|马赛克|(?:人脸|脸|车牌)模糊|模糊(?:人脸|脸|车牌)"#,
                    english: "I cannot blur or hide part of a picture (a face, a number plate).",
                    chinese: "我还不能给画面的一部分打码或模糊（人脸、车牌）。",
                    offers: ["leave that shot out: \"remove clip 2\"", "cut past the moment: \"start clip 2 at 3 seconds\"", "\"cut clip 2 to 4 seconds\""],
                    offersChinese: ["去掉那一段：“删掉第二段”", "跳过那一刻：“第二段从第3秒开始”", "“第二段剪成4秒”"]),
        // "a cursor highlight and auto-zoom wherever I click": finding things inside a screen recording.
        Unsupported(pattern: #"\bcursor\b|\bmouse (?:highlight|pointer|clicks?)\b|\bclick (?:highlights?|effects?|sounds?)\b|\bauto[- ]?zoom|\bzoom\b.{0,20}\b(?:wherever|where|on) (?:i|you|the user|they) (?:click|tap)|鼠标|光标"#,
                    english: "I cannot find the cursor or the clicks in a screen recording; a slow zoom goes to the centre of the picture.",
                    chinese: "我还不能识别录屏里的鼠标或点击；缓慢推近只对准画面中心。",
                    offers: ["\"add a slow zoom in to clip 2\"", "\"slow clip 2 down\"", "a caption that points it out: \"add a caption 'Click Export' at 0:04\""],
                    offersChinese: ["“第二段缓慢推近”", "“第二段慢放”", "用字幕提示：“在第4秒加字幕‘点击导出’”"]),
        // "make the grey sky in the first photo blue and sunny", "replace the sky", "把天空换成蓝天": a change inside a picture.
        Unsupported(pattern: #"\b(?:grey|gray|cloudy|overcast|dull|white|rainy) sky\b|\bsky\b.{0,40}\b(?:blue|sunny|clear)\b|\b(?:replace|swap|change|fix) (?:the |my )?sky\b|换天空|天空(?:换成|变成|改成)"#,
                    english: "I cannot change the sky or other things inside a picture.",
                    chinese: "我还不能改变照片里的天空或其他内容。",
                    offers: ["\"make it warmer\" for a sunnier feel", "\"make it brighter\"", "\"make the colours more vivid\""],
                    offersChinese: ["“暖色调”", "“亮一点”", "“颜色鲜艳一点”"]),
        // ("take the background out of the first pic so its just the chair": the picture was removed.)
        Unsupported(pattern: #"blur (?:the |my )?background(?! music| track| song| audio)|background blur|remove the background(?! music| track| song| audio| sound)|\b(?:take|get|cut|erase|strip|lose|drop|remove)\b (?:the |its )?background(?! music| track| song| audio| sound| noise) (?:out|off|away)\b|\bbackground (?:out|off) (?:of|from) (?:the |this |that |my )?(?:\w+ )?(?:photo|picture|pic|image|shot)|green ?screen|chroma|背景虚化|虚化背景|抠图|去掉背景(?!音乐|声音)"#,
                    english: "I cannot blur or remove the background inside a picture.",
                    chinese: "我还不能虚化或去掉画面里的背景。",
                    offers: ["keep photos uncropped on a blurred fill: \"show the photos in full\"", "\"add a crossfade between the clips\""],
                    offersChinese: ["照片完整显示、背景模糊填充：“完整显示照片”", "“加交叉淡化转场”"]),
        // ("can you caption what they actually say from the audio?": it added a caption with those words.)
        Unsupported(pattern: #"\b(?:caption|subtitle)s? (?:what|everything|whatever) (?:the )?(?:they|he|she|people|person|speakers?|we|i|you|guy|girl|man|woman|kids?)(?: actually| really)? (?:say|says|said|are saying|is saying)\b|\bwhat (?:they|he|she|people|we|i) (?:actually |really )?(?:say|says|said|are saying|is saying) (?:from|in|on) (?:the |my )?(?:audio|sound|clip|video|recording|footage)\b|(?:subtitles?|captions?) (?:from|of|for) (?:the |my )?(?:audio|speech|voice|dialogue|what (?:the )?(?:they|i|he|she|people|person|persons|speakers?|we|everyone|you) (?:say|said|says|are saying|is saying))|what (?:is|was|gets) said|\b(?:add|make|generate|create|put) automatically (?:the )?(?:subtitles?|captions?)|\bwhat (?:the )?(?:people|person|persons|speakers?) (?:say|says|said)\b|\bspoken words\b|auto(?:matic(?:ally)?)?[- ]?(?:generated? )?(?:subtitles?|captions?)|(?:subtitles?|captions?) automatically|\bcaptions? (?:them|it|those|these|that)(?: all)? automatically|\b(?:pull|grab|take|extract|get|find) (?:out )?(?:the |some )?(?:best )?(?:quotes?|lines|soundbites?|sound bites?) (?:out )?(?:from|of) (?:the |my )?(?:[a-z]+ )?(?:audio|interview|recording|speech|podcast|conversation)\b|from what (?:i|we|they|he|she|people|everyone) (?:say|said|says)|\bfrom what (?:the |my |our |his |her |their )?(?:[a-z]+ ){0,2}?(?:say|says|said|is saying|are saying|talks? about)\b|\bauto(?:matic(?:ally)?)?\b[^.]{0,25}\b(?:subtitles?|captions?)\b(?![^.]{0,25}\b(?:from|using|with) (?:this|my|the|these|our) (?:script|text|lines|notes|words))|transcri|auto[- ]?(?:captions?|subtitles?)|speech[- ]to[- ]text|自动字幕|语音转文字|识别字幕"#,
                    english: "I cannot hear speech to write subtitles from it.",
                    chinese: "我还不能从声音里识别出字幕。",
                    offers: ["captions from a script: \"add captions, script: your words here\"", "\"add a caption 'Hello' from 2 to 5 seconds\""],
                    offersChinese: ["用文案生成字幕：“加字幕，文案：你的文字”", "“在2到5秒加字幕‘你好’”"]),
        // "translate the entire video into Spanish", "この動画の声を英語に翻訳して", "dub it in French": words or speech in another language.
        Unsupported(pattern: #"\btranslat(?:e|es|ed|ing|ion)\b|\bdub(?:bed|bing)?\b(?! ?step)|\b(?:voice|audio|speech|narration) in (?:english|spanish|french|german|italian|portuguese|chinese|japanese|korean|russian|arabic|hindi)\b|翻译|翻訳|译成|译为"#,
                    english: "I cannot translate speech or words into another language.",
                    chinese: "我还不能翻译声音或文字。",
                    offers: ["your own translated words on screen: \"add a caption 'your words' from 2 to 5 seconds\"", "captions from a script: \"add captions, script: your words here\""],
                    offersChinese: ["把你翻译好的文字放上去：“在2到5秒加字幕‘你的文字’”", "用文案生成字幕：“加字幕，文案：你的文字”"]),
        // "paw print shaped transitions", "star-shaped wipes", "a star wipe": a transition in a shape Reel has not (it added
        // plain fades or wipes); "circle-shaped transitions" are the circle one Reel has.
        Unsupported(pattern: #"(?:\b3d\b|\bcube\b|spinning|page (?:curl|turn|flip)|\bmorph|\bglitch|\bexplo|\bparticle|\bfire\b|\bshatter|\bswirl|\bripple|\bheart|\bpaw(?:[- ]?prints?)?\b|\bstar(?=[- ]?(?:wipe|transition|shape))|\b(?!circle|circular|round|iris)[a-z]+[- ]shaped\b|\bin the shape of\b).{0,30}(?:transitions?|effects?|wipes?)|(?:transitions?|wipes?) (?:shaped like|in the shape of)\b|(?:transitions?|effects?).{0,20}(?:\b3d\b|\bcube\b|spinning|page curl|morph|glitch)|3D转场|立方体"#,
                    english: "I do not have that transition.",
                    chinese: "我没有这种转场。",
                    offers: ["\"add crossfades\"", "\"use wipe transitions\"", "\"circle transitions\"", "\"zoom transitions\"", "\"fade through black\""],
                    offersChinese: ["“交叉淡化转场”", "“擦除转场”", "“圆形转场”", "“缩放转场”"]),
        Unsupported(pattern: #"face ?cam|web ?cam|picture[- ]in[- ]picture|\bpip\b|split[- ]?screen|side[- ]by[- ]side|\b(?:overlay|superimpose)\b.{0,30}\b(?:clip|video|footage|recording|\w+\.(?:mp4|mov|webm))\b|\b(?:video|clip|cam) (?:in|on) (?:the |a )?(?:top |bottom )?corner\b|画中画|分屏"#,
                    english: "I cannot show two videos at once (a facecam, picture-in-picture or split screen); the timeline plays one picture at a time.",
                    chinese: "我还不能同时放两个视频（画中画或分屏）；时间线一次只放一个画面。",
                    offers: ["the clip in the sequence instead: \"put it after clip 2\"", "a corner caption: \"add a caption 'yourname' at the bottom right\""],
                    offersChinese: ["把它放进序列：“把它放到第二段后面”", "角落文字：“在右下角加字幕‘你的名字’”"],
                    // "all my clips except the facecam one" (facecam_rage.mp4): a file, not a picture-in-picture.
                    unlessFileNamed: #"face ?cam|web ?cam"#,
                    evenWithFile: #"picture[- ]in[- ]picture|\bpip\b|split[- ]?screen|side[- ]by[- ]side|corner|overlay|superimpose|on top of|at the same time|画中画|分屏"#),
        // "publish it to our YouTube channel", "post it on Instagram for me", "发布到抖音": Reel makes the file; posting is the person's.
        // ("We want to post it on Facebook, could it be square?": what they will do with it, not a request; it was refused.)
        Unsupported(pattern: #"\b(?:publish|post|upload|share|schedule)_(?:\w+_)?(?:to|on|onto)_(?:youtube|yt|tiktok|instagram|insta|ig|facebook|fb|twitter|x|linkedin|vimeo)\w*|(?<!\b(?:want to|wants to|going to|gonna|wanna|plan to|planning to|will|'ll|about to|so (?:i|we) can) )\b(?:publish|post|upload|share|schedule)\w*\b.{0,40}\b(?:to|on|onto)\b.{0,30}\b(?:\#(publishPlaces))\b|发布到|发到(?:抖音|快手|b站|微信|视频号)"#,
                    english: "I cannot publish or post to a platform or account.",
                    chinese: "我还不能把视频发布到平台或账号上。",
                    offers: ["\"export\" (the finished MP4 is yours to upload)", "the platform's shape: \"make it vertical for TikTok\""],
                    offersChinese: ["“导出”（成片由你上传）", "平台的画幅：“做成竖屏”"]),
        // "make Harold's eyes not red", "remove the guy in the background", "whiten her teeth": retouching inside a picture.
        // ("remove the leash from the dog in the first picture": a thing inside a picture, never the picture removed.)
        Unsupported(pattern: #"\b(?:remove|erase|delete|get rid of|take (?:off|out))\b (?:the |that |this |a |his |her |its )?(?!(?:first|second|third|fourth|last|other|next)\b)(?!(?:the |that |this )?(?:text|caption|title|words|writing|music|song|sound|audio|transition|zoom|effect|filter|look|fade|motion|pan|label|sticker|overlay|end card)s?\b)(?:[\w'-]+ ){1,3}?(?:from|off|on|in) (?:the |that |this |my |his |her |its )?(?:[\w'-]+ ){1,3}?(?:in|on|of|from) (?:the |that |this |my )?(?:(?:first|second|third|fourth|last|final|\d+(?:st|nd|rd|th)) )?(?:photo|picture|pic|image|shot)\b|\b(?:take|get|cut|remove|erase|delete|edit|photoshop)\b (?:my |our |the |that |this |his |her |their )?(?:brother|sister|mom|mum|dad|father|mother|son|daughter|husband|wife|ex|boyfriend|girlfriend|friend|kid|child|baby|dog|cat|person|people|guy|man|woman|lady|stranger|photobomber|tourists?|him|her|them)\b(?: \w+){0,2} out of (?:the |this |that |my |our )?(?:photo|picture|pic|image|shot|frame|[\w-]+\.(?:jpe?g|png|heic|webp))\b|\bred[- ]?eyes?\b|\beyes?\b.{0,25}\b(?:not|less|no longer) red\b|\b(?:remove|erase|delete|get rid of|take out)\b (?:the |that |this |a )?(?:\w+ )?(?:person|people|guy|man|woman|lady|kid|photobomber|photographer|stranger|tourists?|car|trash|object|someone|somebody|passer-?by|cyclist|jogger|waiter)s?\b.{0,20}\b(?:from|in|out of|behind|who|that (?:walks|is|was|runs|stands)|walking|standing|running)\b|\bwhiten(?:ing)? (?:the |her |his |my |our |their )?teeth\b|\b(?:repair|restore|fix|mend|remove|clean up|get rid of)\b (?:all )?(?:the |any |those |these )?(?:(?:old |little |small |visible )?(?:scratch(?:es)?|tears?|creases?|cracks?|dust(?: spots?)?|stains?|spots?|damage|fold lines?)(?: and |, | & )?){1,3}\b|\bretouch|\bairbrush|\bsmooth (?:out )?(?:the |her |his |my )?skin|\bwrinkles?\b|\bblemish|红眼|美颜|磨皮|祛痘|修图"#,
                    english: "I cannot retouch things inside a picture (red eyes, skin, people or objects in it).",
                    chinese: "我还不能修改照片里面的内容（红眼、皮肤、人或物）。",
                    offers: ["\"make it brighter\"", "\"make it warmer\"", "\"show the photo in full\""],
                    offersChinese: ["“亮一点”", "“暖色调”", "“完整显示照片”"]),
        // "turn our menu into a QR code", "an animated map of my route", "generate_broll prompt=…": new pictures, not the person's files.
        // ("make c.png (that's our donation QR code) stay 6 seconds": a file said to be one is no QR code to make.)
        Unsupported(pattern: #"\b(?=qr\b)(?<!\b(?:that'?s|thats|it'?s|its|this is|which is|is|as|shows|with) (?:our|my|the|a|an) (?:[\w-]{1,20} )?)qr\b|animated (?:map|route)|\bmap animation|\broute animation|\b(?:animate|animating) (?:the |my |a )?(?:route|map)\b|\bgenerate_?(?:broll|b-roll|images?|video|footage|clip)\b|\b(?:generate|create|make)\b (?:some |a |an |me )?(?:ai |new )?(?:b-?roll|stock footage|ai (?:images?|footage|video|clip))\b|\bai[- ](?:generated|b-?roll)\b|\btext[- ]to[- ](?:video|image)\b|二维码|地图动画|生成素材"#,
                    english: "I cannot make new pictures or footage (a QR code, an animated map, generated b-roll); a video is made of your own files.",
                    chinese: "我还不能生成新的画面（二维码、动画地图、AI 素材）；视频只用你自己的文件。",
                    offers: ["an end card with the link: \"add an end card saying 'Menu at example.com'\"", "a picture you have: \"add map.png at the end\""],
                    offersChinese: ["片尾写上链接：“加片尾‘菜单见 example.com’”", "用你已有的图片：“把 map.png 放到最后”"],
                    unlessFileNamed: #"qr|map|route"#),
        // "zoom in and follow jayden the whole time hes running", "keep the dog in frame": tracking inside a clip.
        Unsupported(pattern: #"\b(?:follow|follows|following|track|tracks|tracking)\b (?:\w+ ){0,3}?(?:the whole time|all the time|around|as (?:he|she|they|it) (?:runs?|moves?|goes|walks?)\w*|while (?:he|she|they|it)|when (?:he|she|they|it)(?:'s| is| are)? (?:running|moving)|with the ball)|\bkeep (?:him|her|them|it|the \w+|\w+) (?:in (?:the )?frame|centered|centred|in focus)\b|\bauto[- ]?(?:track|follow|reframe)|跟踪|跟随"#,
                    english: "I cannot follow a person or thing inside a clip; a slow zoom goes to the centre of the picture.",
                    chinese: "我还不能在画面里跟踪人或物；缓慢推近只对准画面中心。",
                    offers: ["\"add a slow zoom in to clip 2\"", "\"slow clip 2 down\"", "\"start clip 2 at 3 seconds\""],
                    offersChinese: ["“第二段缓慢推近”", "“第二段慢放”", "“第二段从第3秒开始”"]),
        // "add a bell ding sound effect when the title pops up", "a whoosh between clips", "加个音效": no library of sounds.
        Unsupported(pattern: #"\bsound ?(?:effects?|fx)\b|\bsfx\b|\b(?:bell|ding|dings|whoosh|swoosh|swish|boom|beep|chime|airhorn|air horn|drum ?roll|record scratch|cash register|ka-?ching|cha-?ching|rimshot|ba dum tss|clapping|applause|laugh track|click)(?: ding)? (?:sound|noise|effect)s?\b|\b(?:add|put|play|insert|with|throw in|get|have) (?:a |an |some |the )?(?:little |quick |short |funny |cool |big )?(?:whoosh|swoosh|ding|chime|rimshot|drum ?roll|airhorn|air horn|laugh track|record scratch|applause|clapping|boing)(?:es|s)?\b|\b(?:camera |shutter |click |pop |bell |cash register |boing |beep )(?:sound|noise)s?\b(?! (?:transitions?|wipes?|effect on the (?:clips?|photos?|pictures?)))|音效"#,
                    english: "I cannot add sound effects; I only have the sound files you upload.",
                    chinese: "我没有音效库，只能用你上传的声音文件。",
                    offers: ["\"add a caption 'Ding!' at 1 second\"", "\"make the music louder\"", "\"add a fade transition between the clips\""],
                    offersChinese: ["“第1秒加字幕‘叮！’”", "“音乐大声一点”", "“片段之间加淡入淡出转场”"],
                    unlessFileNamed: #"sfx|fx|whoosh|swoosh|ding|chime|bell|beep|sting|applause|laugh|rimshot|horn|drum|click"#,
                    fileMayBeSound: true),
        // "Punch in on my face right at the punchline", "zoom in on his reaction when he laughs": a face or a moment found
        // inside a clip (never "zoom in on clip 2", "punch in on the first shot"; "slow zoom in on c.png for the reaction":
        // the clip named, its whole length, for what it shows).
        Unsupported(pattern: #"\b(?:crash|snap|whip)[- ]zooms?\b|\b(?:zoom(?:s|ing|ed)?(?: in(?:to)?)?|(?:punch|push)(?:es|ing|ed)? in(?:to)?)\b.{0,20}\b(?:at|around|right at) (?:the )?(?:\d+(?:\.\d+)?|\#(Numbers.spelledNumber)) ?(?:s|secs?|seconds?)(?: mark| in)?\b|\b(?:zoom(?:s|ing|ed)?(?: in(?:to)?)?|(?:punch|push)(?:es|ing|ed)? in(?:to)?)\b.{0,30}\b(?:on|to|at|into) (?:my|his|her|their|the|our|your|its) (?:\w+ )?(?:face|faces|eyes|mouth|reaction|expression)\b(?! ?(?:photo|pic|picture|clip|shot|video|image|[._-]))|\b(?:zoom|punch|push)(?:es|ing|ed)? in(?:to)?\b(?:(?![\w-]+\.(?:jpe?g|png|heic|webp|gif|mp4|mov|m4v|webm)\b|clip \d).){0,40}\b(?:at|on|right (?:at|on)|during|for|when (?:i|he|she|they) (?:say|tell|hit|deliver)s?) (?:the |my |his |her |their |that )?(?:punch ?lines?|jokes?|laughs?|reactions?|big moment)\b"#,
                    english: "I cannot find a face or a moment (like a punchline) inside a clip; a slow zoom covers a whole clip and goes to the centre of the picture.",
                    chinese: "我还不能在片段里找到人脸或某个时刻（比如笑点）；缓慢推近作用于整段，对准画面中心。",
                    offers: ["\"add a slow zoom in to clip 2\"", "\"start clip 2 at 3 seconds\"", "\"cut clip 2 to 4 seconds\""],
                    offersChinese: ["“第二段缓慢推近”", "“第二段从第3秒开始”", "“第二段剪成4秒”"],
                    unlessFileNamed: #"face|reaction|punch ?line"#),
        // "sync all the cuts to the beat drop", "speed ramp into slowmo at 0:06", "colorize the black-and-white photographs":
        // ("make the words pop in on the beat of the music", "photos change in time with the song": the beat heard too;
        // it gave the title an entrance. Not "on the beat drop": a moment said, nor "the beat should come in at 5 s".)
        // what needs hearing the beat, changing speed inside a clip, or inventing colours (it removed the music, slowed
        // every clip, applied black and white).
        Unsupported(pattern: #"\b(?:sync|synch|time|match|cut|line up|align)\w*\b.{0,40}\b(?:to|with|on) (?:the )?(?:beats?|bass|rhythm|drop|tempo|bpm)\b|\bbeat[- ]?(?:sync(?:ed)?|match(?:ed)?)\b|\bbeat by beat\b|\b(?:on|to) (?:the |each |every |every single )?(?:beats?|rhythm|tempo)\b(?! drops?\b)(?!.* (?:at|after|from) \d)|\bon beat\b|\b(?:in (?:time|sync|rhythm)|synced|synchroni[sz]ed) (?:with|to) (?:the )?(?:music|song|track|beat|tune|soundtrack)\b|\b(?:find|detect|locate|hear|catch) (?:the |where the )?(?:drop|beat drop|downbeat|chorus|bass drop|build ?up)\b|卡点|踩点"#,
                    english: "That is not something I can do yet.",
                    chinese: "这个我还做不到。",
                    offers: ["\"each photo 0.5 seconds\" for quick cuts", "\"make the transitions 0.2 seconds\"", "\"start the music at 2 seconds\""],
                    offersChinese: ["“每张照片0.5秒”", "“转场0.2秒”", "“音乐从第2秒开始”"]),
        Unsupported(pattern: #"\bspeed[- ]?ramps?\b|\bramp(?:s|ing|ed)? (?:up |down |into |to )(?:slow|fast|speed|normal|real)|\b(?:slow|speed)s? (?:down|up) (?:right |just )?(?:when|as|at the moment)\b|变速曲线|曲线变速"#,
                    english: "That is not something I can do yet.",
                    chinese: "这个我还做不到。",
                    offers: ["\"slow clip 2 to 0.5x\" (the whole clip)", "\"start clip 2 at 6 seconds\"", "\"cut clip 2 to 4 seconds\""],
                    offersChinese: ["“第二段0.5倍速”", "“第二段从第6秒开始”", "“第二段剪成4秒”"]),
        Unsupported(pattern: #"\bcolou?ri[sz](?:e|es|ed|ing|ation)\b|\b(?:add|put|bring|give) (?:back )?colou?rs? (?:to|into|in) (?:the |my |our |these |those )?(?:(?:old|black[- ]and[- ]white|b&w|bw|grey ?scale|gray ?scale|vintage|family) )+(?:photos?|pictures?|pics?|images?|shots?|footage|clips?)\b|黑白照片上色|给黑白|上色"#,
                    english: "That is not something I can do yet.",
                    chinese: "这个我还做不到。",
                    offers: ["\"make it warmer\"", "\"vivid colours\"", "\"sepia\""],
                    offersChinese: ["“暖色调”", "“鲜艳一点”", "“复古棕色”"]),
        // "add a vignette", "a lens flare", "film grain": effects over the picture that Reel does not draw.
        Unsupported(pattern: #"\bvignett\w*(?![.\w-])|\blens flares?\b|\bfilm grain\b|\b(?:add|with|put) (?:some |a )?grain\b|\blight leaks?\b|\bglitch(?:es|y)?\b|(?<!vintage |retro |old |old-school |nostalgic )\bvhs (?:effect|look|filter)\b|\bchromatic aberration\b|\bbokeh\b|暗角|颗粒"#,
                    english: "I cannot draw effects over the picture (vignettes, grain, flares, glitches).",
                    chinese: "我还不能在画面上加暗角、颗粒、光晕或故障效果。",
                    offers: ["\"vintage\" for an old-film look", "\"more contrast\"", "\"fade in from black\""],
                    offersChinese: ["“复古色调”", "“对比度高一点”", "“从黑场淡入”"],
                    unlessFileNamed: #"vignette|grain|flare|glitch|leak|bokeh"#),
        // "add a subscribe button animation", "an animated arrow pointing at the shoes": moving graphics Reel does not have.
        Unsupported(pattern: #"\b(?:subscribe|like|follow|bell) (?:button|icon)s?\b|\banimated (?:arrows?|buttons?|icons?|graphics?|logos?|stickers?|emojis?|shapes?|characters?|text boxes?)\b|\b(?:arrows?|circles?) (?:pointing|around|that points?)\b|\b(?:lower[- ]third|title) (?:graphics? )?template\b|订阅按钮"#,
                    english: "I cannot add animated buttons, arrows or graphics; only words on screen.",
                    chinese: "我还不能加动画按钮、箭头或图形，只能加文字。",
                    offers: ["\"add a caption 'Subscribe!' for the last 3 seconds\"", "\"make the caption rise in\"", "\"add an end card saying 'Follow us'\""],
                    offersChinese: ["“最后3秒加字幕‘订阅！’”", "“字幕上浮出现”", "“结尾卡片写‘关注我们’”"],
                    unlessFileNamed: #"subscribe|button|arrow|icon"#),
        // "make my face thinner", "slim my waist", "make me look taller": reshaping a body or face.
        Unsupported(pattern: #"\bmake (?:my|his|her|their|our|me|him|them) (?:face|nose|waist|arms?|legs?|body|jaw|chin|cheeks?)? ?(?:look )?(?:thinner|slimmer|skinnier|smaller|bigger|taller|younger|prettier|better looking)\b|\b(?:slim|thin|reshape|contour)(?:s|ming|ning)? (?:my|his|her|their|the) (?:face|waist|body|nose|jaw|arms?|legs?)\b|瘦脸|瘦身"#,
                    english: "I cannot reshape faces or bodies in pictures.",
                    chinese: "我不能改变照片里的脸型或身材。",
                    offers: ["\"make it brighter\"", "\"make it warmer\"", "\"show the photo in full\""],
                    offersChinese: ["“亮一点”", "“暖色调”", "“照片完整显示”"]),
        Unsupported(pattern: #"stabili[sz]|shaky|\bstickers?\b|\bemojis?\b|\bgifs?\b|lip[- ]?sync|face ?swap|\bupscale|\bsharpen|\bdeblur|slow[- ]?mo(?:tion)? on (?:the )?face|\bchroma\b|防抖|贴纸|表情"#,
                    english: "That is not something I can do yet.",
                    chinese: "这个我还做不到。",
                    offers: ["\"make clip 2 slow motion\"", "\"add a title 'Hello'\"", "\"make it warmer\""],
                    offersChinese: ["“第二段慢动作”", "“加标题‘你好’”", "“暖色调”"]),
        Unsupported(pattern: #"^(?!.*\b(?:first|last|opening|final) (?:\d+(?:\.\d+)?|two|three|four|five) ?(?:s|secs?|seconds?)\b).*?(?:dead air|\bsilen(?:ce(?! (?:both|all|every|each|the|that|this|those|these|it|them|my|our|his|her|their|clips?|videos?)\b)|t parts?|t bits?)\b(?! (?:at|for|before|after) )|\bpauses?\b.*\b(?:cut|remove|trim|delete)|\b(?:cut|remove|trim|delete)\b.*\bpauses\b|filler words|\bums?\b and \buhs?\b|auto[- ]?(?:detect|cut|edit|trim)|automatically (?:find|detect|pick|choose|cut)|(?:find|pick|detect) the (?:best|good|funniest|exciting) (?:parts?|moments?|bits?|shots?)|scene detection|jump ?cuts?|剪掉(?:停顿|空白)|自动剪辑|静音部分)"#,
                    english: "I cannot watch or listen to a clip to find its silences or best moments.",
                    chinese: "我还不能自己看或听出片段里的停顿和精彩部分。",
                    offers: ["\"start clip 2 at 3 seconds\"", "\"cut clip 2 to 4 seconds\"", "\"speed up clip 2\""],
                    offersChinese: ["“第二段从第3秒开始”", "“第二段剪成4秒”", "“第二段加速”"]),
        // "same as last weeks reel but with these new pics", "like the one I made yesterday": a video Reel never saw.
        Unsupported(pattern: #"\b(?:same(?: \w+)? as|similar to|just like|like|match(?:ing)?|copy(?:ing)?|as (?:i|we) did)\b(?: [\w']+){0,4}? (?:last (?:weeks?|time|months?|years?|night|episodes?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)|yesterday(?:'?s)?|the other day)\b"#,
                    english: "I cannot see videos made outside this project, so I cannot copy one.",
                    chinese: "我看不到这个项目以外做过的视频，所以没法照着做。",
                    offers: ["\"make it vertical for Reels\"", "\"3 seconds per photo\"", "\"add the music at 30%\""],
                    offersChinese: ["“做成竖屏”", "“每张照片3秒”", "“加上音乐，音量30%”"]),
    ]

    /// A tailored refusal in the request's language, or nil when the words ask for nothing Reel lacks.
    /// `around`: the sentence the words stand in ("put our club logo, club_logo.png, small in the corner for the whole video":
    /// the corner is said after the file), read for what still asks for what Reel lacks.
    static func declined(_ text: String, context: PlannerContext? = nil, around: String? = nil) -> String? {
        let c = text.lowercased()
        // "keep the crowd noise on the clip", "the crowd noise is better": a sound kept, not one to clean up.
        if has(c, #"^(?:but |and |please )?(?:keep|leave|preserve|i like|we like|love)\b.*\b(?:noise|sound|audio)\b|\b(?:noise|sound) (?:is|sounds|was) (?:better|good|great|nice|fine)\b"#) { return nil }
        guard let u = unsupported.first(where: { has(c, $0.pattern) }) else { return nil }
        if let names = u.unlessFileNamed, let context, !(u.evenWithFile.map { has(c, $0) || has((around ?? "").lowercased(), $0) } ?? false),
           context.media.contains(where: { (u.fileMayBeSound || !isAudio($0)) && has(($0 as NSString).lastPathComponent.lowercased(), names) }) { return nil }
        if isChinese(text) {
            return "\(u.chinese)什么都没有改动。我可以，例如：\(u.offersChinese.joined(separator: "，"))。"
        }
        return "\(u.english) Nothing was changed. I can, for example: \(u.offers.joined(separator: ", "))."
    }

    /// Requests that cannot be done as said, answered before any rule reads them: a file the project
    /// does not have ("compose from x1.jpg and missing.jpg", "replace clip 2 with nothere.mp4"; never
    /// the rest alone, nor a file of that name guessed onto the timeline), and a length or speed
    /// below zero ("set clip 1 to -2 seconds"). `masked` is the words with quotes masked.
    /// The words of file names written in the text ("beach" in beach.jpg), which typo mending never touches,
    /// so a file the project lacks is named as it was written.
    static func fileNameWords(_ text: String) -> Set<String> {
        guard text.contains(".") else { return [] }
        return Set(Numbers.allMatches(#"([\w-]+)\.(?:jpe?g|png|gif|webp|heic|mp4|mov|avi|webm|mkv|m4v|mp3|wav|m4a|aac|ogg|flac|opus)\b"#, in: text.lowercased())
            .flatMap { $0.groups[1].split(whereSeparator: { !$0.isLetter }).map(String.init) })
    }

    static func impossible(_ masked: String, context: PlannerContext, chinese: Bool) -> String? {
        let c = masked.lowercased()
        // "add IMG_4471.heic at the end", "use luthier_interview.aiff as the music": a file of a kind Reel cannot read, uploaded
        // or not, is refused with the formats it takes (it was not understood, or called missing). A new video made of
        // several files leaves such a file out instead, and says so (`formatsRefused`).
        let composing = context.draft.visualSegments.isEmpty || has(c, #"\b(?:make|create|build|compose|put together|turn)\b.{0,60}\b(?:video|slideshow|reel|montage|movie|clip|promo|teaser|trailer)\b"#)
        if !composing, let m = Numbers.firstMatch(#"(?i)(?<![\w/.-])([\w-]+(?:\.[\w-]+)*\.(?:heic|heif|ogg|oga|opus|flac|aiff?|aifc|wma|tiff?|bmp|svg|cr2|cr3|nef|dng|arw|3gp|3g2|wmv|flv|vob|mts|m2ts|vcf|amr|mid|midi))\b"#, in: masked) {
            let name = context.names.first { $0.value.lowercased() == m[1].lowercased() }?.value ?? m[1]
            return chinese ? "我不能用\(name)：只能用\(acceptedFormatsSaidChinese)。请先转换成其中一种格式再上传。什么都没有改动。"
                : "Reel cannot use \(name): it takes \(acceptedFormatsSaid). Convert it to one of these (an iPhone photo to jpg, a song to mp3) and add it again. Nothing was changed."
        }
        // Only when the project's files are known; an export's own file name ("save it as final.mp4") is not one of them.
        if !context.media.isEmpty, route(c) != .export {
            var known = Set(context.media.map { ($0 as NSString).lastPathComponent.lowercased() })
            known.formUnion(context.names.values.map { $0.lowercased() })
            for t in context.draft.tracks {
                for s in t.segments { if let src = s.src { known.insert((src as NSString).lastPathComponent.lowercased()) } }
            }
            let missing = Numbers.allMatches(#"(?<![\w/.-])([\w-]+(?:\.[\w-]+)*\.(?:jpe?g|png|gif|webp|heic|mp4|mov|avi|webm|mkv|m4v|mp3|wav|m4a|aac|ogg|flac|opus))\b"#, in: c)
                .map { $0.groups[1] }.filter { !known.contains($0) }
            if let first = missing.first {
                let files = context.media.map { context.names[$0] ?? ($0 as NSString).lastPathComponent }.joined(separator: ", ")
                return chinese ? "这个项目里没有\(first)，所以什么都没有改动。我可以，例如：先上传它再说一次，或者用这些文件：\(files)。"
                    : "There is no \(first) in this project, so nothing was changed. I can, for example: use it once it is uploaded (say the same again then), or use the files here: \(files)."
            }
        }
        if let m = Numbers.firstMatch(#"\b(?:to|at|of|be|for|by)\s+(-\s*\d+(?:\.\d+)?\s*(?:ms|milliseconds?|s|secs?|seconds?|minutes?|mins?|x))\b|\bnegative (\d+(?:\.\d+)?\s*(?:ms|milliseconds?|s|secs?|seconds?))\b"#, in: c),
           // ("adjust duration by -2500 ms", from `{"op": "adjust_duration", "by_ms": -2500}`: a change of the length.)
           !has(c, #"\b(?:shorter|less|shave|cut|reduce|minus|delta|change|offset|lufs|db|brightness|contrast|saturation|gain)\b|\b(?:duration|length|runtime) by (?:ms |milliseconds? |s |secs? |seconds? )?-"#) {
            let said = m[1].isEmpty ? "-" + m[2] : replacing(m[1], #"^-\s+"#, "-")
            return chinese ? "长度和速度不能小于零（\(said)），所以什么都没有改动。我可以，例如：“第一段改成2秒”，“视频缩短2秒”。"
                : "A length or speed cannot be below zero (\(said)), so nothing was changed. I can, for example: \"make clip 1 2 seconds\", \"make it 2 seconds shorter\"."
        }
        // "add a caption 'Sale' from 8s to 5s": a span that ends before it starts is asked about (it was placed at 8 s for
        // 4 s); never "change the title from 5 to 3 seconds" (a new length).
        if let m = Numbers.firstMatch(#"\b(?:from|between) (\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)? (?:to|and|until|till|-) (\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)\b"#, in: c),
           let a = Double(m[1]), let b = Double(m[2]), b <= a, has(c, #"\b(?:captions?|titles?|texts?|subtitles?|words|music|song|track|overlay|banner|show|shows|appear|appears|play|plays)\b"#),
           !has(c, #"\b(?:shorten|shorter|lengthen|longer|reduce|cut|trim|change|changing|make|set|length|duration|long|extend|speed|volume|instead|down|drop|lower)\b"#) {
            let from = seconds(Int(a * 1000)), to = seconds(Int(b * 1000))
            return chinese ? "从\(from)秒到\(to)秒的时间段在开始之前就结束了，所以什么都没有改动。请说，例如：“从\(to)秒到\(from)秒”。"
                : "A span from \(from) s to \(to) s ends before it starts, so nothing was changed. Say, for example, \"from \(to) s to \(from) s\"."
        }
        // "zoom in and follow jayden the whole time": the zoom is part of the tracking asked for, not an edit of its own.
        if has(c, #"\b(?:zoom|pan|crop)\w*\b[^.!?]{0,30}?\b(?:and )?(?:follow|track)(?:s|ing)?\b"#), let no = declined(c, context: context) { return no }
        return nil
    }

    static func isChinese(_ text: String) -> Bool {
        // Kana marks Japanese, which shares Han characters with Chinese (and is answered in English).
        if hasKana(text) { return false }
        let wide = text.unicodeScalars.filter { (0x4E00...0x9FFF).contains($0.value) }.count
        let latin = text.unicodeScalars.filter { $0.properties.isAlphabetic && $0.isASCII }.count
        return wide > 0 && wide * 2 >= latin
    }

    // MARK: "it": the last thing touched

    /// What the last turn changed, found by comparing the draft with the one before it.
    enum Subject: Equatable {
        case text(Int), music, length, transitions, canvas, look, fades, fps, clip(Int)
        /// A clip moved to a new place: what "it" is for the next clip edit ("then move it to the end"),
        /// never what a look or a length is for.
        case moved(Int)

        /// As stored in `EditSession.askedAbout`: "music", "transitions", "clip:2", "text:1" (1-based).
        var key: String {
            switch self {
            case .text(let i): "text:\(i + 1)"
            case .clip(let i), .moved(let i): "clip:\(i + 1)"
            case .music: "music"
            case .length: "length"
            case .transitions: "transitions"
            case .canvas: "canvas"
            case .look: "look"
            case .fades: "fades"
            case .fps: "fps"
            }
        }

        /// A stored key, when it still names something on the draft (nil otherwise: "it" is then read as usual).
        init?(key: String, draft: Draft) {
            let parts = key.split(separator: ":")
            if parts.count == 2, let n = Int(parts[1]), n >= 1 {
                switch parts[0] {
                case "text" where draft.textPositions.indices.contains(n - 1): self = .text(n - 1)
                case "clip" where draft.visualSegments.indices.contains(n - 1): self = .clip(n - 1)
                default: return nil
                }
                return
            }
            let plain: [String: Subject] = ["music": .music, "length": .length, "transitions": .transitions, "canvas": .canvas,
                                            "look": .look, "fades": .fades, "fps": .fps]
            guard let s = plain[key], s != .music || draft.hasMusic else { return nil }
            self = s
        }
    }

    /// What a question is about ("what's the title right now?": the title; "which clip is second?": clip 2; "how many
    /// transitions are there?": the transitions), so "put it at the top" / "move it to the end" / "make them 1 second"
    /// said next mean it. Nil when the words ask nothing or name nothing on the draft.
    static func questionSubject(_ words: String, draft: Draft) -> Subject? {
        let c = words.lowercased().trimmingCharacters(in: .whitespacesAndNewlines)
        guard has(c, #"\?\s*$|^(?:what|which|how|why|where|when|is|are|does|do|did|can|could|will|would|tell me|show me)\b"#),
              !has(c, #"\?\s*\S"#),
              // (A simple question only: "what happens to the title when the video gets longer?" is about no one thing.)
              c.split(separator: " ").count <= 9, !has(c, #"\b(?:when|if|because|after|before|while|since|unless)\b"#) else { return nil }
        // "which clip is second?", "what's in clip 3?", "what is the b.mp4 one?"
        if let m = Numbers.firstMatch(#"\bwhich (?:clip|photo|picture|pic|one|image|shot|file) is (?:the )?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\d+(?:st|nd|rd|th))\b"#, in: c) {
            let n = m[1] == "last" ? draft.visualSegments.count - 1 : (ordinalIndex[m[1]] ?? -1)
            return draft.visualSegments.indices.contains(n) ? .clip(n) : nil
        }
        let t = targets(c, draft: draft)
        if t.count == 1, t[0] != .all, let i = (try? draft.indexes(t[0]))?.first, !has(c, #"\b(?:title|caption|text|music|song|transitions?)\b"#) { return .clip(i) }
        let texts = draft.textPositions.indices.map { draft.textSegment($0) }
        if has(c, #"\btitle\b"#), let i = texts.firstIndex(where: { $0.kind == .title }) { return .text(i) }
        if has(c, #"\bcaption\b"#), let i = texts.firstIndex(where: { $0.kind == .caption }) { return .text(i) }
        if has(c, #"\bend ?card\b"#), let i = texts.firstIndex(where: { $0.kind == .endcard }) { return .text(i) }
        if has(c, #"\b(?:text|words|writing)\b"#), texts.count == 1 { return .text(0) }
        if has(c, #"\btransitions?\b"#) { return .transitions }
        if has(c, #"\b(?:music|song|soundtrack|volume|loud|quiet|track)\b"#), draft.hasMusic { return .music }
        if has(c, #"\bfades?\b"#) { return .fades }
        if has(c, #"\b(?:fps|frame ?rate)\b"#) { return .fps }
        if has(c, #"\b(?:vertical|horizontal|landscape|portrait|square|canvas|resolution|aspect|size|4k|1080p?|720p?)\b"#) { return .canvas }
        if has(c, #"\b(?:look|filter|colou?rs?|black and white|sepia)\b"#) { return .look }
        if has(c, #"\b(?:how long|length|duration|runtime|seconds)\b"#) { return .length }
        return nil
    }

    static let undoesEverything = #"^(?:(?:please|pls|ok|okay|hmm+|ugh|actually|just|let'?s|can we|can you|could you|i want to|i wanna)[,!.]?\s+)*(?:start (?:over|again|from scratch)|reset (?:everything|it all|all|all (?:the |my |of the |of my )?(?:changes|edits)|the (?:whole thing|video|edit|edits|changes|project))|undo (?:all|everything|it all|all (?:the |my |of the |of my )?(?:changes|edits)|every (?:change|edit))|revert (?:all|everything|it all|all (?:the |my |of the |of my )?(?:changes|edits))|scrap (?:all )?(?:the |my |of the |of my )?(?:changes|edits)|(?:remove|take back|throw away|discard) all (?:the |my |of the |of my )?(?:changes|edits))(?: (?:please|pls|and start again))?[.!?]*$"#

    static let backToOriginal = #"^\s*(?:(?:please|pls|plz|kindly|ok|okay|hmm+|ugh|actually|just|no|nah|sorry|can you|could you|can we|let'?s|i want to|i wanna)[,!.]?\s+)*(?:(?:revert|go back|get back|change (?:it|everything) back|put (?:it|everything) back|set (?:it|everything) back|reset(?: it| everything)?|return|bring (?:it|everything) back|take (?:it|everything) back)(?: (?:it|everything|all|it all|the video))?(?: back)? to (?:the |my |its )?(?:original|very first version|original version|original video|original state|way it was originally|how it was originally)|restore (?:the |my )?original(?: version| video)?)(?: (?:version|video|state|one))?(?:[,;]?\s*(?:please|pls|plz|again|thanks|thank you|thx)\b)*[.!\s]*$"#

    /// "go back to how it was before the black and white", "back to the way it was before we added the music", "put it
    /// back how it was at the start": the undos that reach the state before that change (or the video as first made),
    /// counted on the session's history; nil when the words name no such point or the history does not hold it.
    /// The undos back to the video as first made (the first state with pictures on it); nil when it is not in the history
    /// or nothing changed since.
    static func undosToFirstMade(_ context: PlannerContext) -> (count: Int, what: String)? {
        let states = context.history + [context.draft]
        guard let j = states.firstIndex(where: { !$0.visualSegments.isEmpty }), j < states.count - 1 else { return nil }
        return (states.count - 1 - j, "the video as it was first made")
    }

    static func undosBack(_ c: String, context: PlannerContext) -> (count: Int, what: String)? {
        // "start over", "reset everything", "undo all my changes": every change since the video was first made (one undo
        // took back only the last; the video itself stays, and redo brings the changes back).
        if !context.history.isEmpty, has(c, Self.undoesEverything) { return undosToFirstMade(context) }
        // "pls revert to original", "go back to the original version", "restore the original": the video as first made (one
        // undo took back only the last change). Said alone: "put the music back to the original volume" is the music's.
        if !context.history.isEmpty, has(c, Self.backToOriginal) { return undosToFirstMade(context) }
        guard !context.history.isEmpty,
              has(c, #"\b(?:back|revert|restore|return|undo)\b"#),
              let m = Numbers.firstMatch(#"\b(?:back|revert(?:ed)?|restore[ds]?|return|undo(?: everything)?)\b(?: to)?(?: (?:how|the way|what) (?:it|they|things|the video|everything) (?:was|were|looked|sounded)(?: (at the (?:very )?(?:start|beginning)|at first|originally|in the beginning))?)?,?\s+(?:to )?before (?:the |i (?:added|did|put on|applied|made) (?:the |it )?|we (?:added|did|put on|applied|made) (?:the |it )?|you (?:added|did|put on|applied|made) (?:the |it )?|(?:adding|applying|putting on|making it) (?:the )?)?([a-z&/ -]{2,30}?)[.!?]*$|\b(?:back|revert(?:ed)?|restore[ds]?|return)\b(?: to)? (?:how|the way|what) (?:it|they|things|the video|everything) (?:was|were|looked|sounded) (at the (?:very )?(?:start|beginning)|at first|originally|in the beginning)[.!?]*$|\b(?:back|revert(?:ed)?|restore[ds]?|return)\b to the (original|first version|first cut|original version)[.!?]*$"#, in: c)
        else { return nil }
        let states = context.history + [context.draft]
        let n = states.count - 1
        // ("put the music back to the original", "change the title back to the original": that thing's own state, never
        // every change undone.)
        if !m[4].isEmpty, has(c, #"\b(?:music|song|soundtrack|bgm|track|volume|titles?|captions?|subtitles?|texts?|end ?cards?|colou?rs?|look|filter|transitions?|fades?|speed|clips?|photos?|pictures?|canvas|size|shape|font|position|order|length|duration)\b.*\b(?:back|revert(?:ed)?|restore[ds]?|return)\b"#) { return nil }
        if !m[3].isEmpty || !m[4].isEmpty { return undosToFirstMade(context) }
        let x = m[2]
        guard !x.isEmpty else { return nil }
        // How much of the thing each state has; the change is the latest step that added to it.
        let amount: (Draft) -> Int
        if let look = lookWords.first(where: { has(x, $0.0) })?.1 {
            amount = { $0.meta.look.name == look ? 1 : 0 }
        } else if has(x, #"^(?:music|song|soundtrack|bgm|track)$"#) {
            amount = { $0.hasMusic ? 1 : 0 }
        } else if let m = Numbers.firstMatch(#"^(?:(titles?)|(captions?|subtitles?)|(end ?cards?)|texts?|words|writing)$"#, in: x) {
            let kind: TextKind? = !m[1].isEmpty ? .title : !m[2].isEmpty ? .caption : !m[3].isEmpty ? .endcard : nil
            amount = { d in d.textPositions.indices.filter { kind == nil || d.textSegment($0).kind == kind }.count }
        } else if has(x, #"^(?:transitions?|crossfades?|dissolves?|fades between|wipes?)$"#) {
            amount = { $0.visualSegments.dropLast().contains { ($0.transition?.duration ?? 0) > 0 } ? 1 : 0 }
        } else if has(x, #"^(?:vertical|portrait|square|crop|resize|landscape|horizontal)$"#) {
            amount = { d in d.meta.width != states[0].meta.width || d.meta.height != states[0].meta.height ? 1 : 0 }
        } else {
            return nil
        }
        // The latest point where the change was made: the state just before it.
        guard let j = (0..<n).reversed().first(where: { amount(states[$0]) < amount(states[$0 + 1]) }) else { return nil }
        return (n - j, "how it was before the \(x)")
    }

    static func lastTouched(before: Draft?, after: Draft) -> Subject? {
        guard let before else { return nil }
        // A new video: nothing in particular. One more picture or clip: that one.
        if before.visualSegments.isEmpty { return nil }
        let (a0, b0) = (before.visualSegments, after.visualSegments)
        if b0.count == a0.count + 1 {
            for i in b0.indices where i >= a0.count || b0[i].src != a0[i].src || b0[i].color != a0[i].color {
                // A copy right after its original: the copy.
                return .clip(i)
            }
        }
        let textsBefore = before.textPositions.map { before.tracks[$0.track].segments[$0.segment] }
        let textsAfter = after.textPositions.map { after.tracks[$0.track].segments[$0.segment] }
        if textsBefore != textsAfter {
            if let i = textsAfter.indices.first(where: { i in !textsBefore.contains(textsAfter[i]) }) { return .text(i) }
        }
        let music = { (d: Draft) in d.tracks.filter { $0.type == .audio } }
        if music(before) != music(after) { return .music }
        if before.visualSegments.map(\.transition) != after.visualSegments.map(\.transition),
           before.visualSegments.count == after.visualSegments.count { return .transitions }
        if before.meta.width != after.meta.width || before.meta.height != after.meta.height { return .canvas }
        if before.meta.fps != after.meta.fps { return .fps }
        if before.meta.look != after.meta.look { return .look }
        if before.meta.fadeIn != after.meta.fadeIn || before.meta.fadeOut != after.meta.fadeOut { return .fades }
        let a = before.visualSegments, b = after.visualSegments
        // One clip changed (its speed, look, trim): that clip; several (a new length): the length.
        if a.count == b.count {
            let changed = b.indices.filter { a[$0] != b[$0] }
            if changed.count == 1 { return .clip(changed[0]) }
            // One clip moved ("put b.mp4 first"): that clip, where it is now.
            // (By file: a moved clip's transition may change with its place.)
            let was = a.map { "\($0.src ?? "")|\($0.color ?? "")" }, now = b.map { "\($0.src ?? "")|\($0.color ?? "")" }
            // (Two side by side that traded places could be either: none.)
            let moved = now.indices.filter { k in
                guard let j = was.firstIndex(of: now[k]), j != k else { return false }
                var rest = now, before = was
                rest.remove(at: k)
                before.remove(at: j)
                return rest == before
            }
            if changed.count > 1, was != now, moved.count == 1 { return .moved(moved[0]) }
        }
        if before.duration() != after.duration() { return .length }
        return nil
    }
}

extension RulePlanner {
    // MARK: Destructive readings

    /// Edits that would throw away most of the work are asked about, not done.
    static func destructive(_ c: String, draft: Draft) -> String? {
        // Not "slap a wipe right between everything": a wipe there is a transition.
        guard has(c, #"\b(remove|delete|drop|clear|erase|get rid of|take out|throw away|scrap|trash)\b|(?<!\b(?:a|an|the) )\bwipe\b(?! (?:left|right|up|down|transitions?)\b)|删除|删掉|清空|全部去掉"#) else { return nil }
        // "wipe it", "wipe it clean", "wipe this": nothing named but the whole (it added wipe transitions).
        if has(c, #"^(?:(?:please|just|ok|okay|now|so|and)[,]? )*wipe (?:it|this|that|them|the lot|it all|all of it)(?: (?:out|clean|off|away|all))*(?: (?:please|pls|now))*[.!]*$"#) {
            return "That would empty the timeline, so I have not done it. I can, for example: \"start over\" (every change is taken back), \"remove clip 2\", \"add wipe transitions\"."
        }
        // Not "delete all the videos and keep the photos" (the pictures stay), "delete everything after seven seconds" (the
        // start stays): only what would leave nothing.
        let pictures = draft.visualSegments.filter(\.isPicture).count, clips = draft.visualSegments.count - pictures
        let oneKind = has(c, #"\ball (?:of )?(?:the |my )?(?:video ?clips|videos|vids|footage)\b"#) && !has(c, #"\b(?:photos|pictures|images|pics)\b(?! (?:too|as well))(?!.*\bkeep\b)"#) ? pictures > 0
            : has(c, #"\ball (?:of )?(?:the |my )?(?:photos|pictures|images|pics|stills)\b"#) && !has(c, #"\b(?:videos|clips|footage)\b(?!.*\bkeep\b)"#) ? clips > 0 : false
        let partOfIt = has(c, #"\b(?:everything|all|the rest|anything)(?: (?:that comes|that'?s|that is))? (?:after|past|beyond|from) (?:the )?(?:\d|\#(Numbers.spelledNumber)\b)"#)
        if !oneKind, !partOfIt, has(c, #"\b(everything|all of it|the whole (?:thing|timeline|video|project)|all (?:the )?(?:clips|videos|photos|pictures|images|media|segments)|every (?:clip|photo|picture|video))\b|全部|所有|清空"#),
           !has(c, #"\b(music|song|transitions?|titles?|captions?|texts?|looks?|filters?|fades?|effects?|sound|audio)\b|音乐|转场|字幕|标题"#) || has(c, #"\bexcept\b|除了"#) {
            return "That would empty the timeline, so I have not done it. I can, for example: \"start over\" (every change is taken back), \"remove clip 2\" (one clip)."
        }
        return nil
    }

    /// "make that 2 seconds" after a clip was added; "move it 3 seconds later", "extend it to 0:08",
    /// "make it last 5 seconds" after a text was: a pronoun that names the last thing touched.
    static func pronounEdit(_ c: String, quotes: [String], subject: Subject?, draft: Draft, _ plan: inout Plan) -> Bool {
        // "往后挪一秒" after a text was touched: that text, later.
        if case .text(let i)? = subject, draft.textPositions.indices.contains(i) {
            let texts = draft.textPositions
            if let m = Numbers.firstMatch(#"往(后|前)(?:挪|移|推|放)?\s*([零〇一二两三四五六七八九十\d.]+)\s*秒"#, in: c), let v = Numbers.chinese(m[2]) {
                let s = draft.tracks[texts[i].track].segments[texts[i].segment]
                let moved = max(0, (s.start ?? 0) + (m[1] == "后" ? 1 : -1) * Int(v * 1000))
                plan.operations.append(.editText(.index(i), text: nil, startMs: moved, durationMs: nil, position: nil, color: nil, size: nil))
                plan.understood.append("move that text to \(seconds(moved)) s")
                return true
            }
            // "add a caption … from 3 to 6 seconds", then "oops I meant 4 to 7": the text's new span (it made the video 7 s).
            if let m = Numbers.firstMatch(#"^(?:(?:oops|sorry|no|nope|actually|wait|i meant|i mean|make it|it should be|should be|change it to|more like)[,.!]?\s+)*(?:from |between )?(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)?\s*(?:to|-|–|until|till|and)\s*(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)?(?: instead)?[.!]*$"#, in: c),
               let a = Double(m[1]), let b = Double(m[2]), b > a, Int(b * 1000) <= max(draft.duration(), 1000) {
                plan.operations.append(.editText(.index(i), text: nil, startMs: Int(a * 1000), durationMs: Int((b - a) * 1000), position: nil, color: nil, size: nil))
                plan.understood.append("show that text from \(seconds(Int(a * 1000))) to \(seconds(Int(b * 1000))) s")
                return true
            }
        }
        guard has(c, #"\b(it|that|this|this one|that one)\b"#),
              !has(c, #"video|whole|everything|total|music|song|transition|title|caption|\btext\b|clip|photo|picture"#) else { return false }
        switch subject {
        case .clip(let i)?:
            guard draft.visualSegments.indices.contains(i),
                  // "make it 3 seconds", "display it for 6 s"
                  let m = Numbers.firstMatch(#"^(?:make|set|change|turn|keep|trim|cut|show|hold|display) (?:it|that|this|this one|that one)(?: (?:to|for|at|last))? (?:only |exactly )?(\#(Numbers.amount)[- ]?(?:s|secs?|seconds?))(?: long)?[.!]?$"#, in: c),
                  let ms = Numbers.duration(in: m[1]) else { return false }
            plan.operations.append(.trim(.index(i), inMs: nil, durationMs: ms))
            plan.understood.append("make clip \(i + 1) \(seconds(ms)) s long")
            return true
        case .text(let i)?:
            let positions = draft.textPositions
            guard positions.indices.contains(i) else { return false }
            let s = draft.tracks[positions[i].track].segments[positions[i].segment]
            // "make it the last 3 seconds instead", "move it to the final 2 seconds": the video's closing seconds (not only as long).
            if let m = Numbers.firstMatch(#"^(?:(?:sorry|oops|actually|please|no)[,.!]?\s+)*(?:make|have|put|move|show|keep|change|shift) (?:it|that|this)(?: one)?(?: to| in| into| for| over| during)? (?:the|the video'?s) (?:last|final) (\#(Numbers.numberWord))\s*(?:s|secs?|seconds?)\b"#, in: c),
               let v = Numbers.english(m[1]) {
                let ms = min(Int(v * 1000), max(1000, draft.duration()))
                plan.operations.append(.editText(.index(i), text: nil, startMs: max(0, draft.duration() - ms), durationMs: ms, position: nil, color: nil, size: nil))
                plan.understood.append("show that text for the last \(seconds(ms)) s")
                return true
            }
            let start = s.start ?? 0, length = s.duration ?? 3000
            if let m = Numbers.firstMatch(#"(\#(Numbers.amount)[- ]?(?:s|secs?|seconds?)) (later|earlier|sooner|forward|back)"#, in: c), let ms = Numbers.duration(in: m[1]) {
                let moved = m[2] == "later" || m[2] == "back" ? start + ms : max(0, start - ms)
                plan.operations.append(.editText(.index(i), text: nil, startMs: moved, durationMs: nil, position: nil, color: nil, size: nil))
                plan.understood.append("move that text to \(seconds(moved)) s")
                return true
            }
            // "move it to 5 s"; "it should come already at 5 seconds", "it should appear at 4 s instead": a new start.
            if let m = Numbers.firstMatch(#"\b(?:move|put|shift|place|start)\b (?:it|that|this)(?: one)? (?:to|at) (\#(Numbers.amount)[- ]?(?:s|secs?|seconds?))\b|\b(?:it|that|this)(?: one)? (?:(?:should|must|can|has to|needs to|will|could) )?(?:come|appear|show up|start|begin|pop up|come in)s?(?: (?:already|only|instead|just|rather|earlier|later))? (?:at|from) (\#(Numbers.amount)[- ]?(?:s|secs?|seconds?))\b"#, in: c),
               let ms = Numbers.duration(in: m[1].isEmpty ? m[2] : m[1]) {
                plan.operations.append(.editText(.index(i), text: nil, startMs: ms, durationMs: nil, position: nil, color: nil, size: nil))
                plan.understood.append("move that text to \(seconds(ms)) s")
                return true
            }
            // "move it to the very end", "put that at the start": the same text, placed there, as long as it was.
            if let m = Numbers.firstMatch(#"\b(?:move|put|shift|place|push|slide|bring)\b (?:it|that|this)(?: one)? (?:to|at|towards) the (?:very )?(end|start|beginning)\b"#, in: c) {
                let moved = m[1] == "end" ? max(0, draft.duration() - length) : 0
                plan.operations.append(.editText(.index(i), text: nil, startMs: moved, durationMs: nil, position: nil, color: nil, size: nil))
                plan.understood.append("move that text to \(seconds(moved)) s")
                return true
            }
            if !has(c, #"\b(?:from|between) \d"#), let m = Numbers.firstMatch(#"\b(?:extend|stretch|keep|hold|run|show|make)\b.*\b(?:to|until|till) (\d+(?:\.\d+)?)\s*s\b"#, in: c), let end = Double(m[1]).map({ Int($0 * 1000) }), end > start {
                plan.operations.append(.editText(.index(i), text: nil, startMs: nil, durationMs: end - start, position: nil, color: nil, size: nil))
                plan.understood.append("show that text until \(seconds(end)) s")
                return true
            }
            // "make that one 2 seconds longer": its own length, changed by that much.
            if let m = Numbers.firstMatch(#"(\#(Numbers.amount)[- ]?(?:s|secs?|seconds?)) (longer|shorter)\b"#, in: c), let ms = Numbers.duration(in: m[1]) {
                let d = max(500, m[2] == "longer" ? length + ms : length - ms)
                plan.operations.append(.editText(.index(i), text: nil, startMs: nil, durationMs: d, position: nil, color: nil, size: nil))
                plan.understood.append("show that text for \(seconds(d)) s")
                return true
            }
            // "extend it to 4 seconds", "make it 5 seconds" (shorter than the video) right after a text was touched: its length.
            if let m = Numbers.firstMatch(#"^(?:(extend|lengthen|stretch|shorten|keep|hold|leave|display|show)|make|set|change) (?:it|that|this)(?: one)?(?: (?:to|for|at))? (?:only |exactly |just )?(\#(Numbers.amount)[- ]?(?:s|secs?|seconds?))(?: long)?[.!]?$"#, in: c),
               let ms = Numbers.duration(in: m[2]), !m[1].isEmpty || ms < draft.duration() {
                plan.operations.append(.editText(.index(i), text: nil, startMs: nil, durationMs: ms, position: nil, color: nil, size: nil))
                plan.understood.append("show that text for \(seconds(ms)) s")
                return true
            }
            // "make it last 5 seconds", "show that one for 5 seconds", "keep it up for 4 s".
            if let m = Numbers.firstMatch(#"\b(?:last|lasts|stay|stays|show|hold|keep)(?: (?:it|that|this)(?: one)?)?(?: up| on(?: screen)?)?(?: for)? (\#(Numbers.amount)[- ]?(?:s|secs?|seconds?))\b"#, in: c),
               let ms = Numbers.duration(in: m[1]) {
                plan.operations.append(.editText(.index(i), text: nil, startMs: nil, durationMs: ms, position: nil, color: nil, size: nil))
                plan.understood.append("show that text for \(seconds(ms)) s")
                return true
            }
            return false
        case .fades?:
            guard let m = Numbers.firstMatch(#"^(?:make|set|change) (?:it|that|this)(?: fade)?(?: to)? (\#(Numbers.amount)[- ]?(?:s|secs?|seconds?))(?: long)?$"#, in: c),
                  let ms = Numbers.duration(in: m[1]), ms <= 60_000 else { return false }
            let out = draft.meta.fadeOut > 0
            plan.operations.append(.setFades(inMs: out ? nil : ms, outMs: out ? ms : nil))
            plan.understood.append("make the fade \(seconds(ms)) s")
            return true
        default:
            return false
        }
    }

    // MARK: Follow-ups

    /// The words as they were written (the rules read them lowercased).
    static func restoreCase(_ lower: String, in c: String) -> String {
        lower.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    /// A clause no rule placed, read against what the last turn changed: "actually make it
    /// 'Summer Menu'" (that text), "put it at the bottom", "make it 30" (after a length: seconds;
    /// after the music: percent). True if it was understood (or a question was asked).
    static func followUp(_ c: String, quotes: [String], subject: Subject?, draft: Draft, written: String = "", _ plan: inout Plan) -> Bool {
        // ("no wait 20", "hmm 25 maybe", "ok like 40 i guess": words around the number that only hedge.)
        let number = Numbers.firstMatch(#"^(?:(?:no|nah|wait|actually|instead|hmm+|um+|sorry|oops|ok|okay|maybe|perhaps|like|say)[,.!]?\s+)*(?:(?:make|set|change|turn|put|bring|cut|trim|shorten|extend|stretch|lengthen|get|drop|take) (?:it|that|this|the video)(?: (?:down|up|back))?(?: (?:to|at))?|(?:to|at)|try|maybe|what about|how about|more like|no,?|actually,?|instead,?)?\s*(\d+(?:\.\d+)?)\s*(%|percent)?(?: instead| then| please| maybe| perhaps| i guess| i think| or so|ish| tops| max)*(?: (?:is|would be|will be|should be|should do|will do|works|is fine|is plenty)(?: (?:enough|fine|better|good|ok|okay|plenty|good enough|about right|right))?)?[.!]?$"#, in: c)
        switch subject {
        case .text(let i)?:
            let texts = draft.textPositions
            guard texts.indices.contains(i) else { return false }
            // "make a 40 second video", "add title 'Cornwall 2025'", "make it 30": a bare number of ten or more, shorter
            // than the video but over half of it, is the video's length (a text is seldom that long; past the video's
            // length, or a text's length just set, it is asked).
            if let number, number[2].isEmpty, let v = Double(number[1]), v >= 10, case let ms = Int(v * 1000), ms < draft.duration(),
               ms >= draft.duration() / 2, !has(c, #"\b(?:title|caption|text|words?|writing)\b"#) {
                plan.operations.append(.setDuration(ms: ms))
                plan.understood.append("make the video \(seconds(ms)) seconds long")
                return true
            }
            // "now add 'Step 3' right after it, also for 3 seconds": a new text of the same kind, from where that one ends
            // (never new words for it).
            if has(c, #"^(?:(?:now|then|and|also|ok|okay|next)[,]?\s+)*(?:add|put|insert|show)\b"#), let words = quoted(c, quotes) {
                let s = draft.tracks[texts[i].track].segments[texts[i].segment]
                guard has(c, #"\b(?:right |just |straight |directly )?after (?:it|that|this)(?: one)?\b"#) else { return false }
                let start = (s.start ?? 0) + (s.duration ?? 3000)
                let length = textTiming(replacing(c, #"\bafter (?:it|that|this)(?: one)?\b"#, " "), draft: draft).duration ?? s.duration
                plan.operations.append(.addText(kind: s.kind ?? .caption, text: words, startMs: start, durationMs: length, position: nil))
                plan.understood.append("add \(EditOperation.kindName(s.kind ?? .caption)) \"\(words)\" after that text")
                return true
            }
            // "only for the last 2 secs tho": new timing for that text.
            var timing = textTiming(c, draft: draft)
            // "make it last until the end" for a caption from 3 s: from where it starts to the end.
            if timing.start == nil, timing.duration != nil, has(c, #"\b(?:until|till|to) the (?:very )?end\b"#) {
                timing.duration = max(1000, draft.duration() - (draft.tracks[texts[i].track].segments[texts[i].segment].start ?? 0))
            }
            if timing.start != nil || timing.duration != nil, !has(c, #"music|song|video|clip|photo|transition"#) {
                plan.operations.append(.editText(.index(i), text: nil, startMs: timing.start, durationMs: timing.duration, position: nil, color: nil, size: nil))
                plan.understood.append("change when that text shows")
                return true
            }
            var unquotedWords: String?
            if quoted(c, quotes) == nil, let m = Numbers.firstMatch(#"^(?:actually |no,? |ok |oh )?(?:change|rename|call|retitle) (?:it|that|this)(?: to| into)? (.+)$"#, in: c) {
                let w = m[1].trimmingCharacters(in: .whitespaces)
                if !has(w, #"^(?:the )?(?:top|bottom|middle|center|centre|left|right|red|white|black|yellow|blue|green|bigger|smaller|larger|\d)"#) { unquotedWords = w }
            }
            // "actually make it Homemade pasta daily": new words (two or more, as written) for that text.
            if quoted(c, quotes) == nil, unquotedWords == nil,
               let m = Numbers.firstMatch(#"^(?:actually |no,? |ok |oh )?(?:make|have) (?:it|that|this)(?: say| read)? ((?:[\w'’!&$-]+ )+[\w'’!&$-]+)[.!]?$"#, in: written),
               !has(m[1], #"\b(?:bigger|smaller|larger|longer|shorter|louder|quieter|faster|slower|corner|seconds?|secs?|percent|vertical|square|horizontal|last|stay|appear)\b|^(?:rise|fade|pop|slide|type|zoom|bounce|drop)s? (?:in|up|on|out)$"#),
               !has(m[1], #"^(?:(?:the|a|an|more|less|much|way|bit|little|slightly|tad|lot|even|just)\s+)*(?:top|bottom|middle|center|centre|left|right|red|white|black|yellow|blue|green|bigger|smaller|larger|longer|shorter|louder|quieter|faster|slower|vertical|square|horizontal|last|stay|show|appear|start|end|\d)"#) {
                unquotedWords = m[1]
            }
            if let words = quoted(c, quotes) ?? unquotedWords.map({ $0 == $0.lowercased() ? restoreCase($0, in: c) : $0 }), has(c, #"\b(it|that|this|make|change|call|say|says|should|instead|actually|rename)\b|改成|改为"#) {
                plan.operations.append(.editText(.index(i), text: words, startMs: nil, durationMs: nil, position: nil, color: nil, size: nil))
                plan.understood.append("change that text to \"\(words)\"")
                return true
            }
            let position: TextPosition? = has(c, #"top[- ]left|upper[- ]left"#) ? .topLeft : has(c, #"top[- ]right|upper[- ]right"#) ? .topRight
                : has(c, #"bottom[- ]left|lower[- ]left"#) ? .bottomLeft : has(c, #"bottom[- ]right|lower[- ]right"#) ? .bottomRight
                // ("放到屏幕下方" just after the title changed: that title at the bottom of the screen.)
                : has(c, #"\btop\b|顶部|上面|上方|上边|最上|\b(?:move|shift|push|bring|nudge|put) (?:it|that|this)(?: one)?(?: a bit| a little| slightly)? (?:up|higher)\b"#) ? .top
                : has(c, #"\bbottom\b|底部|下面|下方|下边|底下|最下|\b(?:move|shift|push|bring|nudge|put) (?:it|that|this)(?: one)?(?: a bit| a little| slightly)? down\b"#) ? .bottom
                : has(c, #"\b(center|centre|middle)\b|中间"#) ? .center : nil
            var colour = colourWords.first { has(c, $0.0.first!.isASCII ? #"\b\#($0.0)\b"# : $0.0) }?.1
            if let m = Numbers.firstMatch(#"(#[0-9a-f]{6}|#[0-9a-f]{3})\b"#, in: c) { colour = m[1] }
            var size: Int?
            if has(c, #"\b(bigger|larger)\b|大一点"#) { size = Int(Double(currentTextSize(draft, .index(i)) ?? 80) * 1.3) }
            if has(c, #"\b(smaller)\b|小一点"#) { size = Int(Double(currentTextSize(draft, .index(i)) ?? 80) * 0.77) }
            // ("move it to the bottom" then "no actually the top", "no the bottom", "the top instead": where that text goes.)
            let styleOnly = has(c, #"^(?:(?:no+|nope|nah|actually|wait|sorry|oops|hmm+|ok|okay|i mean|i meant)[,.!]?\s+)*(?:and |also |in |make it |in )?(?:red|green|blue|yellow|white|black|orange|pink|purple|gold|gr[ae]y|bigger|larger|smaller|top|bottom|centered|centred|(?:(?:at|to|on|in) )?the (?:very )?(?:top|bottom|middle|center|centre|top[- ]left|top[- ]right|bottom[- ]left|bottom[- ]right)(?: corner)?|top[- ]left|top[- ]right|bottom[- ]left|bottom[- ]right)(?: instead| then| please| pls)*[.!]*$"#)
            if position != nil || colour != nil || size != nil, styleOnly || has(c, #"\b(it|that|this|put|move|make|position|place)\b|放|移|改|挪|^字"#) {
                plan.operations.append(.editText(.index(i), text: nil, startMs: nil, durationMs: nil, position: position, color: colour, size: size))
                plan.understood.append("change that text")
                return true
            }
            return false
        case .clip(let i)?:
            // "nah too fast, 1.25" after a clip's speed changed: its new speed.
            guard let number, number[2].isEmpty, let v = Double(number[1]), draft.visualSegments.indices.contains(i),
                  draft.visualSegments[i].speed != 1, v >= 0.25, v <= 4 else { return false }
            plan.operations.append(.setSpeed(.index(i), v))
            plan.understood.append("play clip \(i + 1) at \(fmt(v))x")
            return true
        case .music?:
            if number == nil, let f = Numbers.fraction(in: c), f > 0, f <= 2, !has(c, #"video|clip|title|caption|transition"#) {
                plan.operations.append(.setMusicVolume(f))
                plan.understood.append("set the music to \(Int((f * 100).rounded()))%")
                return true
            }
            guard let number, let v = Double(number[1]), v > 0, v <= 100 else { return false }
            plan.operations.append(.setMusicVolume(v / 100))
            plan.understood.append("set the music to \(Int(v))%")
            return true
        case .length?:
            // "actually shave another 2", "add another 5": the same change again, in seconds.
            if let m = Numbers.firstMatch(#"^(?:(shave|take|cut|trim|knock|chop|lop)|(add|put|tack))(?: off)? (?:another|an extra|a further) (\d+(?:\.\d+)?)(?: (?:s|secs?|seconds?))?(?: off| more| on)?[.!]?$"#, in: c),
               let v = Double(m[3]), v > 0, v <= 600 {
                let current = draft.duration()
                let ms = max(1000, current + (m[1].isEmpty ? 1 : -1) * Int(v * 1000))
                plan.operations.append(.setDuration(ms: ms))
                plan.understood.append("make the video \(seconds(ms)) seconds long (it is \(seconds(current)) s now)")
                return true
            }
            guard let number, number[2].isEmpty, let v = Double(number[1]), v >= 1, v <= 600 else { return false }
            // "each photo 5 seconds", then "actually make it 4": a bare number that would leave less than half the
            // video is asked about (it made a 30 s video 4 s long).
            let current = draft.duration()
            if current > 0, Int(v * 1000) < current / 2 {
                plan.questions.append(lengthQuestion(Int(v * 1000), current: current, chinese: plan.chinese))
                return true
            }
            plan.operations.append(.setDuration(ms: Int(v * 1000)))
            plan.understood.append("make the video \(seconds(Int(v * 1000))) seconds long")
            return true
        case .transitions?:
            guard let number, number[2].isEmpty, let v = Double(number[1]), v > 0 else { return false }
            let ms = v <= 5 ? Int(v * 1000) : Int(v)
            let name = draft.visualSegments.dropLast().compactMap(\.transition).first?.name ?? "fade"
            plan.operations.append(.setTransition(.all, name: name, durationMs: min(max(ms, 100), 5000)))
            plan.understood.append("make the transitions \(seconds(ms)) s")
            return true
        case .fps?:
            guard let number, number[2].isEmpty, let v = Int(number[1]), (1...60).contains(v) else { return false }
            plan.operations.append(.setFPS(v))
            plan.understood.append("set \(v) frames per second")
            return true
        default:
            // "it should say 'X' instead" with one text on the video: that text.
            if let words = quoted(c, quotes), has(c, #"\b(it|that)\b.*\b(say|says|read|reads|should|be called)\b|\b(change|rename|call) (it|that)\b"#),
               draft.textPositions.count == 1 {
                plan.operations.append(.editText(.index(0), text: words, startMs: nil, durationMs: nil, position: nil, color: nil, size: nil))
                plan.understood.append("change the text to \"\(words)\"")
                return true
            }
            guard let number, let v = Double(number[1]) else { return false }
            // "cut it down to 45": a length verb makes the number seconds.
            if number[2].isEmpty, has(c, #"^(?:cut|trim|shorten|extend|stretch|lengthen|get|drop|take)\b"#), v >= 1, v <= 3600 {
                let ms = Int(v * 1000), current = draft.duration()
                if current == 0 || ms >= current / 2 {
                    plan.operations.append(.setDuration(ms: ms))
                    plan.understood.append("make the video \(seconds(ms)) seconds long")
                } else {
                    plan.questions.append(lengthQuestion(ms, current: current, chinese: plan.chinese))
                }
                return true
            }
            if !number[2].isEmpty, draft.tracks.contains(where: { $0.type == .audio && $0.role == .music }) {
                plan.operations.append(.setMusicVolume(min(2, v / 100)))
                plan.understood.append("set the music to \(Int(v))%")
                return true
            }
            let current = draft.duration()
            // ("Set it to 5." with nothing touched on a 10 s video: five of what? Asked; a bare length that halves the video,
            // or a single figure after "set … to", is not taken on that reading.)
            if number[2].isEmpty, has(c, #"^(?:make|set|change) (?:it|the video)"#), v >= 1, v <= 3600, current > 0, Int(v * 1000) > current / 2,
               v >= 10 || !has(c, #"^(?:set|change) (?:it|the video) to\b"#) {
                plan.operations.append(.setDuration(ms: Int(v * 1000)))
                plan.understood.append("make the video \(seconds(Int(v * 1000))) seconds long")
                return true
            }
            plan.questions.append("I am not sure what \(number[1]) is for. I can, for example: \"make it \(number[1]) seconds\"\(draft.tracks.contains(where: { $0.role == .music }) ? ", \"music at \(number[1])%\"" : "").")
            return true
        }
    }
}

extension RulePlanner {
    // MARK: The last change, for another thing too

    /// "do the same for", "same thing with", "do that to", "apply it on": the lead of a request to repeat the last change
    /// for something else (the others, one named clip, the music).
    static let sameLead = #"(?:(?:do |apply )?(?:the |that )?same(?: thing)?|do (?:that|this|it)|apply (?:that|this|it)) (?:for|with|to|on) "#

    /// "show the photos whole" then "actually the clip too": the fit or motion the last turn gave some
    /// pictures or clips, given to the ones named now (the clips, the photos, the rest) as well.
    static func sameChangeToo(_ c: String, context: PlannerContext, draft: Draft) -> [EditOperation]? {
        // ("make the first photo 6 seconds" then "same for the others", "do that for all the photos", "same for the clip": a
        // photo's length given to the other photos, a clip's speed to the other clips.)
        guard let m = Numbers.firstMatch(#"^(?:and |also |but |now |ok,? |okay,? )?(\#(sameLead)|do )?(?:all (?:of )?)?(?:the |that |my )?(clips?|videos?|photos?|pictures?|pics?|images?|other ones?|others|rest|other (?:photos?|pictures?|pics?|images?|clips?|videos?))( too| as well| also)?[.!]*$"#, in: c),
              !m[1].isEmpty || !m[3].isEmpty, let before = context.previous, before.visualSegments.count == draft.visualSegments.count else { return nil }
        let now = draft.visualSegments, was = before.visualSegments
        let word = m[2]
        let pictures = has(word, #"photo|picture|pic|image"#), clips = has(word, #"clip|video"#)
        let others = now.indices.filter { i in
            now[i] == was[i] && (pictures ? now[i].isPicture : clips ? !now[i].isPicture : true)
        }
        return lastChange(given: others, now: now, was: was)
    }

    /// What the last turn did to some clips (their look, fit, motion, a picture's length, a video clip's speed or
    /// sound), given to the clips `targets` (which it left alone). A value is carried only when every clip it changed
    /// agrees on it; a picture takes no speed or sound, a video clip no picture length. Nil when nothing
    /// carries over.
    static func lastChange(given targets: [Int], now: [Segment], was: [Segment]) -> [EditOperation]? {
        let changed = now.indices.filter { now[$0] != was[$0] && !targets.contains($0) }
        guard !changed.isEmpty, !targets.isEmpty else { return nil }
        // One value the changed clips (of a kind) agree on.
        func one<T: Equatable>(_ value: (Segment) -> T, where keep: (Int) -> Bool = { _ in true }) -> T? {
            let vals = changed.filter { value(now[$0]) != value(was[$0]) && keep($0) }.map { value(now[$0]) }
            return vals.first.flatMap { first in vals.allSatisfy { $0 == first } ? first : nil }
        }
        let pictures = targets.filter { now[$0].isPicture }, clips = targets.filter { !now[$0].isPicture }
        var ops: [EditOperation] = []
        if let look = one(\.look) { ops += targets.map { .setClipLook(.index($0), look) } }
        if let fit = one(\.fit) { ops += targets.map { .setFit(.index($0), fit) } }
        if let motion = one(\.motion) { ops += targets.map { .setMotion(.index($0), motion) } }
        if let ms = one({ $0.duration ?? 0 }, where: { now[$0].isPicture }) { ops += pictures.map { .trim(.index($0), inMs: nil, durationMs: ms) } }
        if let speed = one(\.speed, where: { !now[$0].isPicture }) { ops += clips.map { .setSpeed(.index($0), speed) } }
        if let mute = one(\.mute, where: { !now[$0].isPicture }) { ops += clips.map { .setClipVolume(.index($0), mute ? 0 : 1) } }
        else if let volume = one(\.volume, where: { !now[$0].isPicture }) { ops += clips.map { .setClipVolume(.index($0), volume) } }
        return ops.isEmpty ? nil : ops
    }

    /// "use acoustic.mp3 as the music instead" then "actually the other song": the one other song uploaded.
    static func otherSong(_ c: String, context: PlannerContext, draft: Draft) -> EditOperation? {
        guard has(c, #"^(?:no,? |but )?(?:(?:use|go with|go back to|switch to|switch back to|back to|i want|i prefer) )?the other (?:song|track|tune|music)(?: (?:instead|then|after all|please))*[.!]*$"#),
              let music = draft.tracks.first(where: { $0.type == .audio && $0.role == .music })?.segments.first, let playing = music.src else { return nil }
        let others = context.media.filter { isAudio($0) && ($0 as NSString).lastPathComponent != (playing as NSString).lastPathComponent }
        guard others.count == 1 else { return nil }
        return .addMusic(source: others[0], volume: music.volume)
    }
}
