import Foundation

/// Englishes with their own small words: Nigerian Pidgin ("abeg comot the second one", "make e stand for WhatsApp
/// status", "reduce am again", "carry the last picture put for front") and Singlish ("the music abit loud leh, can make
/// softer or not", "title change to Ah Seng Char Kway Teow can", "now total how long ah?"). Read as the English the rules
/// read: their verbs and pronouns ("comot" is remove, "am" it, "e" it), their places ("for front"), and the reasons and
/// particles that ask nothing ("e no fine", "leh", "lah", "can or not") dropped. Words in quotes are never changed. Each
/// is read only when its marker (words no other English request has) is in the request.
extension RulePlanner {
    /// Words only a Nigerian Pidgin request has.
    static let pidginMarker = word(#"abeg|comot|commot|dey|wey|oya|wahala|sef|abi|make e|e don|e still|e no|e go|no be|for front|for back|be now"#)

    /// What a Pidgin request names before its verb ("carry the last picture put for front"): words up to a comma, and file
    /// names whole.
    static let pidginPart = #"(?:[^.,]|\.(?=[\p{L}\p{N}]))+?"#

    /// Pidgin as English, longer phrases first.
    static let pidginAsEnglish: [(String, String)] = [
        // Courtesy: "abeg", "oya", "biko" (please), anywhere in the request.
        (#"^\s*"# + word(#"abeg|oya|biko|pls abeg"#) + #"\s*,?\s*"#, "please "), (#"(?:,\s*|\s+)"# + word(#"abeg|biko|o|sha|sef|abi"#) + #"(?=\s*[.!?]*\s*$)"#, ""),
        (word(#"abeg"#) + #"\s*,?\s*"#, "please "),
        // Reasons that ask nothing: "e no fine" (it is not nice), "e dey cover everything" (the music drowns the rest),
        // "e dey cut my cloth for the picture" (the picture is cropped), "e go look classy".
        (#"(?:^|,)\s*(?:because |as )?(?:e|it|dem|e dey|the picture|the pictures)\s*(?:dey|don|no|go|de)\s+(?:fine|nice|good|sweet|look|cover|cut|spoil|finish|block|too)\b[^,.;!?]*(?=[,.;!?]|$)"#, ""),
        // "how long the video be now?": asked.
        (word(#"how long (?:the |my |this )?(?:video|film|vid|e|am) (?:be|dey|don be|reach)(?: now)?"#) + #"\s*\??"#, "how long is the video?"),
        // The music: "make the music no too loud" (quieter), "e still dey loud, reduce am again".
        (word(#"make (the |my )?(music|song|sound|volume) no (?:too |dey |be )?(?:loud|high|strong|shout)"#), "make $1$2 quieter"),
        (word(#"make (the |my )?(music|song|sound|volume) no (?:too |dey |be )?(?:low|quiet|soft)"#), "make $1$2 louder"),
        (word(#"(?:e|it|the music|the song|music) (?:still )?(?:dey|de|don) (?:too )?(?:low|soft)"#), "still too quiet"),
        (word(#"(?:e|it|the music|the song|music) (?:still )?(?:dey|de|don) (?:too )?(loud|quiet|long|short|dark|bright)"#), "still too $1"),
        // "make e stand (for WhatsApp status)": upright, vertical.
        (word(#"make (?:e|am|it|the video|dem) (?:stand|stand up|tall)"#), "make it vertical"),
        // "make dem no crop am", "no crop am": never cut off (shown whole).
        (word(#"make (?:dem|e|am|it) no (?:crop|cut)(?: am| dem| it| them)?|no (?:crop|cut) (?:am|dem)"#), "don't crop them"),
        (word(#"show everything full|show (?:am|dem) full"#), "show them whole"),
        // "make title be Nkechi Couture", "make the caption talk 'Sale'": the words that text says.
        (word(#"make (?:the |my )?(title|caption|text) (?:be|to be|talk|say|read)"#) + #"\s+(?!["'“‘])([\p{L}\p{N}][^,;"“]*?)\s*[.!]*\s*$"#, "with the $1 \"$2\""),
        (word(#"make (?:the |my )?(title|caption|text) (?:be|to be|talk|say|read)"#), "change the $1 to"),
        // "carry the last picture put for front": moved first; "for back" / "for end": last.
        (word(#"carry (\#(pidginPart)) (?:(?:put|go|keep|take|place) (?:for |to )?(?:the )?|for (?:the )?)(?:front|start|beginning|first)"#), "move $1 to the start"),
        (word(#"carry (\#(pidginPart)) (?:(?:put|go|keep|take|place) (?:for |to )?(?:the )?|for (?:the )?)(?:back|end|last)"#), "move $1 to the end"),
        (word(#"(?:for|to) (?:the )?front"#), "to the start"), (word(#"for (?:the )?back"#), "to the end"),
        // Verbs and pronouns: "comot" (remove), "am" / "dem" after a verb (it / them), "wey" (that), "e be" (it is).
        (word(#"comot|commot"#), "remove"),
        (#"(?<=\b(?:reduce|remove|increase|move|put|make|change|cut|crop|shorten|lengthen|show|mute|slow|speed|lower|raise|drop|add) )"# + word(#"am"#), "it"),
        (#"(?<=\b(?:remove|move|put|make|change|show|mute|crop|cut) )"# + word(#"dem"#), "them"), (word(#"wey (?:talk|say)"#), "saying"), (word(#"wey"#), "that"),
        (word(#"e (?:don|dey|de) "#), "it is "), (word(#"e be"#), "it is"),
        (#"[ \t]{2,}"#, " "), (#"\s+(?=[.,!?])"#, ""), (#"^\s*,\s*"#, ""),
    ]

    /// Words (and the closing "can?") only a Singlish request has.
    static let singlishMarker = word(#"leh|lah|lor|liao|meh|hor|shiok|abit|wah|walao|can or not|can anot|got (?:music|song)|total how long|stand up one"#) + #"|(?<!\b(?:you|i|we|they|he|she|it|who|that))(?:,\s*|\s+)can\s*[?!.]*\s*$"#

    /// Singlish as English, longer phrases first.
    static let singlishAsEnglish: [(String, String)] = [
        // "wah", "walao" (a sigh before the request).
        (#"^\s*"# + word(#"wah|walao|wa|aiyo|aiyah"#) + #"\s*,?\s*"#, ""),
        // "now total how long ah?": asked.
        (word(#"(?:now )?(?:total|altogether|whole thing) how long(?: now)?(?: ah| leh| har| hor)?"#) + #"\s*\??"#, "how long is the video?"),
        // The closing particles and asks: "leh", "lah", "lor", "can?", "can or not?", "one can?".
        (#"(?<!\b(?:you|i|we|they|he|she|it|who|that))(?:,\s*|\s+)"# + word(#"(?:one )?can(?: or not| anot| lah| ah| leh)?"#) + #"(?=\s*[.!?]*\s*$)"#, ""),
        (#"(?:,\s*|\s+)"# + word(#"leh|lah|lor|liao|meh|hor|ah"#) + #"(?=\s*[.!?]*\s*$)"#, ""),
        (#"(?:,\s*|\s+)"# + word(#"leh|lah|lor|liao|hor"#) + #"(?=\s*[,.!?])"#, ""),
        (#"(?<!\b(?:you|i|we|they|he|she|it|who|that))(?:,\s*|\s+)"# + word(#"can"#) + #"(?=\s*[?]\s*\S)"#, ""),
        // "can make softer or not": asked politely, done.
        (#"(?<!\b(?:you|i|we|they) )"# + word(#"can (make|put|change|help|remove|cut|add)"#), "please $1"), (word(#"or not|anot"#) + #"(?=\s*[.!?]*\s*$)"#, ""),
        // "make it stand up (one)": upright, vertical.
        (word(#"make (?:it|the video) stand(?: up)?(?: one)?"#), "make it vertical"),
        // Reasons that ask nothing: "look more shiok like got wok hei", "那个比较有feel".
        (#",?\s*"# + word(#"(?:so )?(?:it )?(?:look|looks|sure look|will look)(?: more| very| damn| super)? (?:shiok|syok|power|nice)"#) + #"[^,.;!?]*"#, ""),
        (#"[，,]\s*(?:那个|这个|这首|那首|那首歌|这首歌)?(?:比较|更|很|好|more)?\s*有\s*(?:feel|感觉|feeling)[^,，。.!?]*"#, ""),
        // "got music also": with music (the music named is used).
        (#",?\s*"# + word(#"got (?:music|song|bgm)(?: also| too)?"#), ", with music too"),
        // "the music abit loud", "still loud": how it is.
        (word(#"abit|a bit only"#), "a bit"),
        (word(#"(the (?:music|song|bgm)|music|song) (a bit |very |damn |super |too )?(loud|soft|quiet|long|short|dark|bright|slow|fast)"#), "$1 is $2$3"),
        (word(#"still (loud|soft|quiet|long|short|dark|bright)"#), "still too $1"),
        (#"[ \t]{2,}"#, " "), (#"\s+(?=[.,!?])"#, ""),
    ]
}
