import Foundation

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

    /// Each pattern in turn, with the planner's compiled (and kept) expressions.
    static func replacing(_ text: String, _ rules: [(String, String)]) -> String {
        Regexes.shared.replacing(text, rules)
    }

    static func replacing(_ text: String, _ pattern: String, _ template: String) -> String {
        Regexes.shared.replacing(text, pattern, template)
    }

    /// Courtesy and hedges around a request, and trade words, as plain requests.
    static func plainRequest(_ text: String) -> String {
        outsideQuotes(text) { part in
            var t = replacing(part, [
                // Courtesy that only wraps the request.
                (#"\b(?:i'?m (?:so )?sorry|sorry|i'?m not sure how to (?:say|put) (?:this|it)|not sure if this is possible|hi|hello|hey)\b[,!.]*(?:\s*but\b)?"#, " "),
                (#"\b(?:would|do) you mind\s+"#, " "),
                (#"\b(?:could|can|would|will) you (?:please |maybe |possibly |kindly |perhaps |also )*"#, " "),
                (#"(?:^|(?<=[.!,]))\s*(?:could|can|would|should|might) (?=the |it |this |that |we |everything |all )"#, " "), (#"\bis it possible to\b"#, " "), (#"\bdo you think you could\b"#, " "),
                (#"\bi (?:think|feel|guess) (?:it )?(?:would|might) (?:be|look) (?:better|nicer|nice|great|good|cool) (?:if|to)\b"#, " "),
                (#"\bi (?:think|guess|feel|believe|suppose)\b,?"#, " "),
                (#"\bit would be (?:better|nicer|nice|great|good|cool|awesome) (?:if|to)\b"#, " "),
                (#"\b(?:i'?d|i would) (?:like|love|prefer)(?: you)?(?: it)?(?: to)?\b"#, " "), (#"\bi (?:want|need) you to\b"#, " "),
                (#"\bif (?:that'?s|it'?s|this is) (?:possible|ok|okay|alright|not too much trouble)\b"#, " "), (#"\bif you can\b"#, " "),
                (#"(?:^|(?<=[.!,;]))\s*(?:thank you|thanks)(?: (?:so|very) much| a lot| in advance)?\s*[.!]*\s*(?=$|[A-Za-z])"#, " "), (#"\bplease\b"#, " "), (#"\bkindly\b"#, " "),
                // Dictation: a spoken "period" or "comma" at the end is punctuation.
                (#"\s+(?:period|full stop|comma)\s*$"#, "."),
                (#"\bfor me\b"#, " "), (#"\b(?:tho|though|lol|haha|pls|plz|rn|ok\?)[.!]*$"#, " "), (#"\bperhaps\b"#, " "), (#"\bmaybe\b(?= (?:the |only |just |a |an |\d|around|about|come|make|add|put|use|have|show))"#, " "),
                (#"\b(?:that|which|it)? ?would be (?:great|nice|awesome|perfect|ideal|good|fine)\b"#, " "),
                (#"\bi don'?t need\b"#, "without"), (#"\bi do not need\b"#, "without"), (#"\bb[- ]roll\b"#, "broll"),
                // Gerunds after the courtesy ("swapping the second clip for photo2").
                // "please to make the title red": the infinitive after the courtesy.
                (#"^\s*to (?=(?:make|add|put|change|remove|set|use|cut|trim|move|show|take)\b)"#, ""),
                (#"^\s*swapping\b"#, "swap"), (#"^\s*making\b"#, "make"), (#"^\s*adding\b"#, "add"), (#"^\s*removing\b"#, "remove"),
                (#"^\s*putting\b"#, "put"), (#"^\s*moving\b"#, "move"), (#"^\s*changing\b"#, "change"), (#"^\s*using\b"#, "use"),
                (#"^\s*cutting\b"#, "cut"), (#"^\s*trimming\b"#, "trim"), (#"^\s*turning\b"#, "turn"), (#"^\s*setting\b"#, "set"),
                // Trade words.
                (#"\bbed music\b"#, "music"), (#"\b(?:the )?(?:music )?bed\b"#, "the music"), (#"\bVOs?\b(?!\.\w)"#, "voiceover"),
                (#"\bend (?:slate|plate|board|frame)\b"#, "end card"), (#"\b(?:outro|closing) (?:slate|card)\b"#, "end card"),
                (#"\bsuper(?:impose)?\s*:?\s*$"#, "caption "), (#"\b(?:at|on) the tail\b"#, "at the end"), (#"\bthe tail\b"#, "the end"),
                (#"\btop of the (?:sequence|video|timeline|edit|cut)\b"#, "start"), (#"\bhead of the (?:sequence|video|timeline)\b"#, "start"),
                (#"\bcold open\b"#, "first"), (#"\bnothing else\b"#, "only"), (#"\b(?:do not|don'?t) use (?:any )?other (?:visual )?(?:files|clips|photos|media)\b"#, "only"),
                (#"\bsegment index (\d+)\b"#, "index $1"), (#"\bclip index (\d+)\b"#, "index $1"),
                // English as a second language: "more low", "two times more fast", "quit the music",
                // "since the second 3".
                // "put the title more high"; "put it more low" unless the words are about a sound ("the music is too strong, put it more low").
                (#"\b(?:put|place|move) (the (?:title|caption|text|texts)) (?:more high|higher|more up)\b"#, "move $1 to the top"),
                (#"\b(?:put|place|move) (the (?:title|caption|text|texts)) (?:more low|lower|more down)\b"#, "move $1 to the bottom"),
                (#"^(?!.*\b(?:music|song|sound|volume|audio|voice)\b)(.*?)\b(?:put|place|move) (it|that) (?:more high|higher|more up)\b"#, "$1move $2 to the top"),
                (#"^(?!.*\b(?:music|song|sound|volume|audio|voice)\b)(.*?)\b(?:put|place|move) (it|that) (?:more low|more down)\b"#, "$1move $2 to the bottom"),
                (#"\b(?:two|2) times more short\b"#, "half as long"), (#"\b(?:two|2) times more long\b"#, "twice as long"),
                (#"\b(?:two|2) times more (fast|slow)\b"#, "2x $1er"), (#"\bmore (?:low|soft|quiet)\b"#, "quieter"),
                (#"\bmore (?:loud|strong|high)\b"#, "louder"), (#"\bmore (fast|slow|long|short|small)\b"#, "$1er"),
                // "a full second and a half", "from t = 4 s", "at last 3 seconds", "terminate at 9 s"
                (#"\ba full (?=(?:second|minute)s?\b)"#, "a "), (#"\b(from|to|at|until|till|between|and) t ?=? ?(?=\d)"#, "$1 "),
                (#"\bat (?:the )?last (?=(?:\d+(?:\.\d+)?|two|three|four|five|six|ten) ?(?:s|secs?|seconds?)\b)"#, "for the last "),
                (#"\b(?:terminates?|concludes?|ceases?)\b"#, "stop"),
                // "Transition is not necessary", "no need for transitions"
                (#"\b(?:the )?transitions? (?:is|are) (?:not|un)(?: ?necessary| needed| required)\b|\bno need (?:for|of) (?:the |any )?transitions?\b|\b(?:i )?(?:don'?t|do not) need (?:the |any )?transitions?\b"#, "no transitions"),
                // "remove the colour from the images", "take the colour out"
                (#"\bremove (?:the |all )?colou?rs? (?:from|of|in) (?:the |all the |all )?(?:images|photos|pictures|video|clips|everything|paintings|prints)\b|\btake (?:the |all )?colou?r out\b|\bwithout colou?r\b|\bdesaturated?\b"#, "black and white"),
                // "change order, c.png is first": the file first.
                (#"^(?:please )?change (?:the )?order\s*[,.:;]\s*"#, ""), (#"\b([\w-]+\.[a-z0-9]{2,4}) (?:is|goes|comes|should be|must be) (?:the )?first\b"#, "move $1 to the start"),
                (#"\bmore (?:big|large|grand)\b"#, "bigger"), (#"\bmore (bright|dark|warm|cool)\b"#, "$1er"),
                // "make the music more small" (→ "smaller"), "music bigger": a sound is quieter or louder.
                (#"\b((?:the )?(?:music|song|bgm|volume|sound))(?: a (?:bit|little))? smaller\b"#, "$1 quieter"),
                (#"\b((?:the )?(?:music|song|bgm|volume|sound))(?: a (?:bit|little))? (?:bigger|larger)\b"#, "$1 louder"),
                (#"\bquit (the |that |this )?(music|song|audio|sound|voiceover|title|captions?)\b"#, "remove $1$2"),
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
                (#"\b(?:realise|realize) (?=(?:a|an|the|my|one) )"#, "make "),
                (#"\bbetween (?:the )?second (\d+(?:\.\d+)?) and (?:the )?second (\d+(?:\.\d+)?)\b"#, "from $1 to $2 seconds"),
                (#"\b(delete|remove|suppress|cut|take off) the (?:sound|audio) of the (?:video|videos|clips?|recordings?)\b"#, "mute the original sound"),
                (#"\b(?:the )?part (?:of )?(?:up|above|top|high)(?: of the (?:screen|video|image))?\b"#, "the top"),
                (#"\b(?:the )?part (?:of )?(?:down|below|bottom|low)(?: of the (?:screen|video|image))?\b"#, "the bottom"),
                (#"\bin (?:the )?(first|last) (?:place|position)\b"#, "$1"),
                (#"\b(?:at |to )?(?:the )?half (?:of )?the (?:velocity|speed)\b"#, "at half speed"),
                // "from second 6 until second 9" (German "ab Sekunde 6 bis Sekunde 9").
                (#"\b(from|at|until|till|to) (?:the )?second (\d+(?:\.\d+)?)\b(?! ?(?:s|secs?|seconds?|clip|photo|picture|video|one)\b)"#, "$1 $2 seconds"),
                // "kill the nat sound": the clips' own sound.
                // "mute the game audio", "turn the game sound off": a gamer's clips' own sound.
                (#"\bnat(?:ural)?[- ]?sound\b|\bnat audio\b|\bambient sound of the clips\b|\b(?:in-?)?game(?:play)? (?:audio|sounds?)\b"#, "original sound"),
                // "the images are cut on the sides", "I want to see them complete": shown whole.
                (#"\b(?:the )?(images|photos|pictures|pics|clips?|videos?)\s+(?:are|is|get|gets|were|was|look|looks)\s+(?:being )?(?:cut|cropped)(?: off)?\s+(?:on|at|from) the (?:sides|edges|top|bottom|left|right)\b"#, "show the $1 in full"),
                (#"\bsee (them|it|everything|all of (?:it|them)|the (?:images|photos|pictures|pics|clips?|videos?))\s+(?:complete|completely|entire|entirely|whole|fully|uncut|uncropped)\b"#, "show $1 in full"),
                // What the picture is like now asks for the opposite: "it feels cold" is "warmer".
                (#"\b(?:it|this|that|everything|the (?:video|colou?rs?|picture|image|shots?|photos?|interior shots))\s+(?:feels?|looks?|seems?|is|are|'s)\s+(?:kinda |kind of |a bit |a little |too |so |very |really |way too )*(?:cold|icy|blue)\b"#, "make it warmer"),
                (#"\b(?:it|this|that|everything|the (?:video|colou?rs?|picture|image|shots?|photos?|interior shots))\s+(?:feels?|looks?|seems?|is|are|'s)\s+(?:kinda |kind of |a bit |a little |too |so |very |really |way too |rather |quite |somewhat |pretty |fairly |a tad )*(?:dark|gloomy|dim)\b"#, "make it brighter"),
            ])
            // "lower third: Jane Doe, Head Baker": the words after a text's name and a colon are the text, commas and all.
            // "change the title to say Christmas Eve Service 5:00 PM", "change the title to 2019 F-150 XLT – only $24,995":
            // the rest is the title's words (never a colour, place, size, style or length).
            t = replacing(t, #"^(.*?\b(?:change|rename|set|make|switch) (?:the |my |that )?(?:title|caption|end card|headline)(?: text)? (?:to (?:say|read) |to (?=(?-i:[A-Z0-9$£€]))(?!\d+(?:\.\d+)? ?(?:s|secs?|seconds?|ms|px|%)\b)))([^"“'‘].*?)\s*[.!]?\s*$"#, "$1\"$2\"")
            // It ends where another "key:" starts ("title: Launch Day. music_volume: 0.3").
            t = replacing(t, #"^(.*?\b(?:lower[- ]third|title|caption|subtitle|headline|end card|super))\s*:\s*([^"'“‘\s](?:(?!\.\s+[\w ]{1,25}:)[^"“”])*?)\s*[.!]?(?=\s*$|\.\s+[\w ]{1,25}:)"#, "$1 \"$2\"")
            // "end card GO HAWKS!": capitals after "end card" are its words.
            t = replacing(t, #"\bend ?card\s+((?-i:[A-Z0-9])(?-i:[A-Z0-9 &!?.,'’$%#@-])+)$"#, "end card \"$1\"")
            // A question mark ends a request as a full stop would.
            t = t.replacingOccurrences(of: "?", with: ".")
            t = Self.replacing(t, #"[ \t]{2,}"#, " ")
            return t
        }
    }
}
