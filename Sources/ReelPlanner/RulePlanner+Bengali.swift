import Foundation

/// Bengali, in its own script ("গানটা একটু কমাও", "প্রতিটা ছবি ৩ সেকেন্ড") or in Latin letters mixed with English
/// ("gaan ta ektu kom koro", "c.png ta prothome dao", "title ta 'Shubho Noboborsho' koro"). The script's words and digits
/// (০-৯) are first written as the Latin-letter words, then one table reads those as English: the verb, said last, is
/// brought first ("b.mp4 ta bad dao" is "remove b.mp4"), "ta"/"টা" (the) and "er" (of) dropped. Words in quotes and file
/// names are never translated. Read only with Bengali letters in the request, or a word no English request has (the
/// marker), before the Hindi table, which shares "rakho" and "banao".
extension RulePlanner {
    static func hasBengali(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x0980...0x09FF).contains($0.value) }
    }

    /// Words only a Bengali request in Latin letters has (never "rakho" or "banao", which Hindi shares).
    static let bengaliMarker = word(#"koro|korun|kore dao|kore daw|dao|daw|ektu|ekta|gaan ?ta|gaan|chhobi|chobi|prothome|prothom|sheshe|nicher dike|uporer dike|muche|soriye|komao|barao|jore|aste|koto lomba|ekhon|gulo|hisebe|hishebe|jonno"#)

    /// A Bengali word in its script: never part of a longer word (its vowel signs are marks, not letters).
    static func bn(_ alternatives: String) -> String {
        #"(?<![\p{L}\p{M}])(?:"# + alternatives + #")(?![\p{L}\p{M}])"#
    }

    /// The script's words as the Latin-letter ones the table reads, longer first.
    static let bengaliScriptWords: [(String, String)] = [
        (bn(#"(?:গান(?:টা|টি|ের|টার)?|মিউজিক(?:টা|ের)?)\s+(?:আওয়াজ|আওয়াজ|সাউন্ড|ভলিউম)(?:টা)?|গান(?:টা|টি|ের|টার)?|মিউজিক(?:টা)?"#), " gaan ta "), (bn(#"আরো|আরও"#), " aro "), (bn(#"ভিডিও(?:টা|টি)?"#), " video ta "), (bn(#"ছবি(?:টা|টি|গুলো|গুলি)?"#), " chhobi "),
        (bn(#"শিরোনাম(?:টা|টি)?|টাইটেল(?:টা)?"#), " title ta "), (bn(#"ক্যাপশন(?:টা)?|লেখা(?:টা)?"#), " caption "),
        (bn(#"প্রতিটা|প্রতিটি|প্রত্যেকটা"#), " protita "), (bn(#"সেকেন্ড|সেকেন্ডের"#), " second "), (bn(#"একটু"#), " ektu "), (bn(#"একটা|একটি"#), " ekta "),
        (bn(#"কমাও|কমান|কম করো"#), " komao "), (bn(#"বাড়াও|বাড়ান|জোরে করো"#), " barao "), (bn(#"বাদ দাও|বাদ দিন"#), " bad dao "), (bn(#"মুছে দাও|মুছে ফেলো"#), " muche dao "),
        (bn(#"সরিয়ে দাও"#), " soriye dao "), (bn(#"বদলে|বদলাও"#), " bodle "), (bn(#"প্রথমে"#), " prothome "), (bn(#"প্রথম"#), " prothom "), (bn(#"শেষে"#), " sheshe "),
        (bn(#"নিচে|নীচে"#), " nicher dike "), (bn(#"উপরে|ওপরে"#), " uporer dike "), (bn(#"সাদা কালো|সাদাকালো"#), " black and white "),
        (bn(#"কত লম্বা|কতক্ষণের|কতক্ষণ"#), " koto lomba "), (bn(#"এখন"#), " ekhon "), (bn(#"জন্য"#), " jonno "), (bn(#"রাখো|রাখুন"#), " rakho "),
        (bn(#"করো|করুন|কর"#), " koro "), (bn(#"দাও|দিন"#), " dao "), (bn(#"না"#), " na "),
        // Bengali digits as the digits every rule reads: "৩ সেকেন্ড" is "3 second".
        ("০", "0"), ("১", "1"), ("২", "2"), ("৩", "3"), ("৪", "4"), ("৫", "5"), ("৬", "6"), ("৭", "7"), ("৮", "8"), ("৯", "9"),
        (#"[ \t]{2,}"#, " "), (#"\s+(?=[,.!?])"#, ""),
    ]

    /// What a Bengali request names before its verb ("c.png ta prothome dao"): words up to a comma, and file names whole.
    static let bengaliPart = #"(?:[^.,]|\.(?=[\p{L}\p{N}]))+?"#

    /// The music, however it is said: "gaan ta", "music ta", "gaan er" (of the music).
    static let bengaliMusic = #"(?:the )?(?:gaan|gan|music|song|bgm)(?: ta| er| tar)?"#

    /// Rules that reach over quoted words: "title ta 'Shubho Noboborsho' koro", "শিরোনাম বদলে 'শুভ নববর্ষ' দাও" (the
    /// title's words changed, never a second title), "nicher dike ekta caption dao 'Dhonnobad'" (a caption added there).
    static let bengaliQuoted: [(String, String)] = {
        let quote = #"('[^']+'|"[^"]+"|“[^”]+”|‘[^’]+’)"#
        let kind = #"(title|caption|text)(?: ta| er)?"#
        let place = #"(?:(nicher dike|niche|uporer dike|upore|majhe)\s+)?"#
        return [
            (word(kind) + #"\s+(?:(?:change|bodle|bodlao|bodle diye)\s+)?"# + quote + #"\s*"# + word(#"koro|kore dao|dao|rakho|korun|bodle dao|likho|lekho"#), "change the $1 to $2"),
            (#"(?:^|(?<=[,.]\s?))\s*"# + place + #"(?:ekta\s+)?"# + word(#"(title|caption|text)"#) + #"\s+(?:dao|lagao|bosao)\s*"# + quote, "add a $2 $3 $1"),
            (#"(?:^|(?<=[,.]\s?))\s*"# + place + #"(?:ekta\s+)?"# + quote + #"\s+"# + word(#"(title|caption|text)"#) + #"\s+(?:dao|lagao|bosao)"#, "add a $3 $2 $1"),
        ]
    }()

    /// Bengali (in Latin letters) as English, longer phrases first.
    static let bengaliAsEnglish: [(String, String)] = [
        // Places: "nicher dike" (at the bottom), "uporer dike" (at the top), "sheshe" (at the end), "shurute" (at the start).
        (word(#"nicher dike|niche"#), "at the bottom"), (word(#"uporer dike|upore"#), "at the top"),
        // "na na, undo koro" (no no, undo), "undo koro".
        (word(#"undo (?:koro|kore dao|korun)"#), "undo"), (#"^\s*"# + word(#"na(?: na)?"#) + #"\s*,"#, "no,"),
        // Questions: "video ta koto lomba ekhon?" (how long is it now?).
        (word(#"(?:(?:the )?video(?: ta)? )?(?:ekhon )?koto (?:lomba|boro|second)(?: (?:holo|hoyeche|ache))?(?: ekhon)?"#) + #"\s*\??"#, "how long is the video?"),
        // Everything removed at once: "sob muche dao" (asked, never done).
        (word(#"(?:sob|shob|shobkichu|sob kichu)(?: kichu)? (?:muche|bad|soriye) (?:dao|daw|felo|koro)"#), "delete everything"),
        // Noise is never a clip to remove: "b.mp4 er background noise ta soriye dao".
        (#"(?:^|(?<=[.,]\s?))\s*(\#(bengaliPart))(?: er| tar)? (?:background )?(noise|awaj|awaaz)(?: ta)? "# + word(#"soriye dao|bad dao|muche dao|komao"#), " remove the background noise from $1"),
        // "gaan er awaj" (the music's sound): the music.
        (word(#"(gaan|gan|music|song)(?: er| ta)? (?:awaj|awaaz|aoaj|sound|volume)(?: ta)?"#), "$1 ta"),
        // The music: "gaan ta ektu kom koro" (a bit quieter), "gaan ta jore koro" (louder), "gaan bad dao" (no music).
        (word(bengaliMusic + #" (ektu |aro |aro ektu )?(?:kom koro|kom kore dao|komao|komiye dao|aste koro)"#), "make the music $1quieter"),
        (word(bengaliMusic + #" (ektu |aro |aro ektu )?(?:jore koro|jore kore dao|barao|bariye dao|beshi koro)"#), "make the music $1louder"),
        (word(bengaliMusic + #" (?:bad dao|bad daw|muche dao|soriye dao|bondho koro|off koro)"#), "remove the music"),
        (word(bengaliMusic + #" (\d+(?:\.\d+)?\s*%)(?: e| te)? (?:rakho|koro|dao)"#), "set the music to $1"),
        (word(#"(\S+(?:\.\w{2,4})?) (?:gaan|music) hisebe (?:dao|daw|nao|use koro|lagao)"#), "use $1 as the music"),
        // Where a clip goes: "c.png ta prothome dao" (first), "a.jpg sheshe rakho" (last).
        (#"(?:^|(?<=[.,]\s?))\s*(\#(bengaliPart))(?: ta| ke)? "# + word(#"(?:sob(?:ar)? )?(?:prothome|shurute|age) (?:dao|daw|rakho|nao|koro|niye jao)"#), " move $1 to the start"),
        (#"(?:^|(?<=[.,]\s?))\s*(\#(bengaliPart))(?: ta| ke)? "# + word(#"(?:sob(?:ar)? )?(?:sheshe|pore) (?:dao|daw|rakho|nao|koro|niye jao)"#), " move $1 to the end"),
        (word(#"sheshe"#), "at the end"), (word(#"shurute|prothome"#), "at the start"),
        // Removing: "b.mp4 ta bad dao", "second clip ta muche dao".
        (#"(?:^|(?<=[.,]\s?))\s*(\#(bengaliPart))(?: ta| ke)? "# + word(#"bad dao|bad daw|muche dao|muche felo|soriye dao|fele dao|delete koro|remove koro"#), " remove $1"),
        // Order words: "prothom chhobi" (the first picture), "ditiyo" (second), "shesher" (last).
        (word(#"prothom (?:chhobi|chobi|clip|video)(?: ta)?"#), "the first clip"), (word(#"(?:ditiyo|dwitiyo|dutiyo) (?:chhobi|chobi|clip|video)(?: ta)?"#), "the second clip"),
        (word(#"(?:tritiyo|tritio) (?:chhobi|chobi|clip|video)(?: ta)?"#), "the third clip"), (word(#"shesher (?:chhobi|chobi|clip|video)(?: ta)?"#), "the last clip"),
        // "prothom chhobi ta 6 second rakho": that clip shown that long (never the whole video).
        (#"(the (?:first|second|third|last) clip) (\d+(?:\.\d+)?) ?(?:second|sec|s)(?: er)? "# + word(#"rakho|koro|dao"#), "show $1 for $2 seconds"),
        // "protita chhobi 3 second" (each picture 3 seconds).
        (word(#"(?:protita|protiti|prottekta) (?:chhobi|chobi)"#), "each photo"), (word(#"protita|protiti|prottekta"#), "each"),
        (word(#"chhobi ?gulo|chobi ?gulo|chhobi|chobi"#), "the photos"),
        // "TikTok er jonno" (for TikTok), "X er" (X's).
        (#"(\S+) er jonno"#, "for $1"), (word(#"jonno"#), ""),
        (word(#"(\d+(?:\.\d+)?) ?(second|sec|minute)s? er"#), "$1 $2"),
        // "ei chhobi gulo diye … ekta video banao" (make a video with these pictures).
        (word(#"ei (?:the photos|chhobi gulo)(?: diye)?"#), "with these"), (word(#"diye"#), "with"),
        (word(#"ekta (video|vid)(?: ta)? (?:banao|baniye dao|toiri koro)"#), "make a $1"),
        // The rest: "X ta … koro" (make X …), "ektu" (a bit), "ekta" (a), "ta" (the).
        (word(#"ektu"#), "a bit"), (word(#"ekta"#), "a"), (word(#"(?:the )?(video|title|caption|music|gaan)(?: ta)"#), "the $1"),
        (#"(?<=\S) ta(?= )"#, ""),
        (word(#"sada kalo|shada kalo"#), "black and white"),
        (#"(?:^|(?<=[,.;]\s?))\s*(?:please\s+)?(\#(bengaliPart))\s+"# + word(#"koro|kore dao|korun|banao"#) + #"(?=\s*[,.!?]|\s*$)"#, " make $1"),
        (word(#"dao|daw|rakho|koro"#) + #"(?=\s*[,.!?]|\s*$)"#, ""), (word(#"er"#), ""), (word(#"gaan"#), "music"),
        (#"[ \t]{2,}"#, " "), (#"\s+(?=[.,!?])"#, ""), (#"^\s*,\s*"#, ""),
    ]

    static func bengaliRead(_ text: String) -> String {
        var t = text
        if hasBengali(t) { t = outsideQuotes(t) { replacing($0, bengaliScriptWords) }.trimmingCharacters(in: .whitespaces) }
        guard has(t, bengaliMarker) else { return t }
        return outsideQuotes(replacing(t, bengaliQuoted)) { replacing($0, bengaliAsEnglish) }.trimmingCharacters(in: .whitespaces)
    }
}
