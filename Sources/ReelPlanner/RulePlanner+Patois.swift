import Foundation

/// Jamaican Patois as people write it in a chat: "Mek di title seh 'Scotchie's'", "Tek out di secon clip, it nuh look good
/// at all", "Put di music pon 15 percent", "Di music too loud bredda, tun it dung a lickle bit nuh", "speed it up two time".
/// Read as the English the rules read: its small words ("di" the, "pon" on, "mek" make, "tek" take, "fi" for, "seh" say,
/// "wid" with, "dat" that, "dem" them, after a noun its plural), its numbers ("two time" twice) and the words that ask
/// nothing ("bredda", "bless up", "nuh", a reason such as "mi cyaan hear miself think"). Only with its marker, which no other
/// language's request has ("di" alone is Italian and Indonesian, "pon" Spanish: only before an English noun). Words in quotes are never changed.
extension RulePlanner {
    static let patoisMarker = word(#"mek (?:it|di|a|dem|every|sure)|tek (?:out|off|di|it|dem|weh)|likkle|lickle|nuh|cyaan|bredda|bredrin|riddim|seh|bless up|yow|pon di|di (?:music|video clip|clip|clips|title|caption|picture|pictures|photo|photos|pic|pics|riddim|las|secon|second|first|colou?r|colou?rs|one|food|number|screen|start|end|sound|road|drum|chicken|festival|menu)|(?:two|tree|three|ten|four) time (?:fast|slow|faster|slower)|fi (?:tiktok|instagram|real|look)"#)

    static let patoisAsEnglish: [(String, String)] = [
        // What asks nothing: greetings and sign-offs, "bredda", "man", "nuh" and "doh" at the end, "fi real".
        (#"(?:^|(?<=[\s,.!]))(?:yow|wah gwaan|wha gwaan)\b[,!]*\s*"#, ""), (#",?\s*\bbless up\b[^.!?]*[.!]?"#, ""),
        (#",?\s*\b(?:bredda|bredrin|breddah|mi bredda|man|boss)\b(?=\s*[,.!?]|\s+(?:tun|mek|tek|put|speed|undo)\b|\s*$)"#, ""),
        (#"\s+\b(?:nuh|doh|fi real|star)\b(?=\s*[.!?]*\s*$)"#, ""),
        // Reasons that ask nothing: "it nuh look good at all", "mi cyaan hear miself think", "wi a go use wi own sound",
        // "di food fi look red an nice", "too much noise from di road".
        (#",\s*(?:it|dat|dis|dat one) nuh (?:look|sound|good|nice)\b[^,.;!?]*"#, ""),
        (#",\s*mi (?:cyaan|cyan|caan|can't) [^,.;!?]*"#, ""), (#",\s*wi (?:a go|gonna|ago|a guh) [^,.;!?]*"#, ""),
        (#",\s*(?:di|the) \w+ (?:fi|should|must) (?:look|sound) [^,.;!?]*"#, ""), (#",?\s*(?:mi want|so) people [^,.;!?]*"#, ""),
        // Its small words.
        (word(#"mek"#), "make"), (word(#"tek"#), "take"), (word(#"pon (?=\d)"#), "at "), (word(#"pon"#), "on"), (word(#"di"#), "the"),
        (word(#"wid"#), "with"), (word(#"dat"#), "that"), (word(#"dis"#), "this"), (word(#"seh"#), "say"), (word(#"fi"#), "for"),
        (word(#"den"#), "then"), (word(#"las"#), "last"), (word(#"secon"#), "second"), (word(#"tun"#), "turn"), (word(#"dung"#), "down"),
        (word(#"likkle|lickle|lilly"#), "little"), (word(#"weh"#), "that"), (word(#"an"#), "and"), (word(#"wah"#), "what"),
        (word(#"cyaan|caan"#), "can't"), (word(#"nuh"#), "don't"), (word(#"stan up"#), "stand up"), (word(#"riddim"#), "music"),
        // "dem ting yah" (these things), "di clip dem" (the clips), "mi sen dem" (I sent them).
        (word(#"(?:dem|dese) ting(?: yah| deh)?"#), "these"), (word(#"the (\w+) dem"#), "the $1s"), (word(#"mi (sen|send|sent) dem"#), "I sent them"),
        (word(#"dem (\w+) ting"#), "the $1"), (word(#"dem"#), "them"), (word(#"mi"#), "my"),
        (word(#"(?:what )?volume the music deh(?: at| on)? right now"#), "what is the music volume right now"), (word(#"deh"#), "is"),
        // ("Wah volume …": its "wah" was taken before, as a cry.)
        // "make it stand up for TikTok, long way": upright.
        (word(#"make it stand up"#), "make it vertical"),
        // "speed it up two time", "go ten time fast": times as fast.
        (word(#"(?:go )?(two|tree|three|four|ten) time(?:s)? (?:fast|faster)"#), "$1 times as fast"), (word(#"(?:speed (?:it|that) up) (two|tree|three|four) time"#), "speed it up $1 times"),
        (word(#"tree"#), "three"),
        // "put the music on it": the music added; "make the title say": its words.
        (word(#"put the music on it"#), "add the music"), (word(#"stay on screen"#), "stay"),
        (word(#"the video clip too (slow|fast|long|short|loud)"#), "the video clip is too $1"),
    ]
}
