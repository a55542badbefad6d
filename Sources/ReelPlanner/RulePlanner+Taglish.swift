import Foundation

/// Tagalog (and Taglish), Hebrew and Thai-English requests (and Greek, read in RulePlanner+Greek.swift) as the English
/// the rules read ("pahinaan mo yung music" is "make the music quieter",
/// "תעשה את המוזיקה יותר שקטה" "make the music quieter", "make vdo … na" "make video …"). Each table is
/// used only when one of its own words (or its script) is in the request; the answer stays in English.
extension RulePlanner {
    /// Words only a Tagalog or Taglish request has (never an English one).
    static let tagalogMarker = word(#"ilang (?:seconds?|segundo)|gaano (?:na )?kahaba|ibalik|wag na|huwag na|mo yung|yung|yong|lang|naman|paki-?\p{L}{3,}|mga|tapos|walang|konti|kaunti|(?:pa)?hinaan|lakasan|tanggalin|alisin|burahin|habaan|ikliin|palitan|gawin|gawing|ilagay|unahin|ilipat|bilisan|bagalan|paikliin|pahabain|palakihin|paliitin|dagdagan|pangalawang|pangatlong|ikalawang|ikatlong|huling|unang|pa sa|sa (?:umpisa|simula|dulo|taas|itaas|baba|ibaba|gitna)|para sa"#)

    static let tagalogComparatives = [("hinaan", "quieter"), ("lakasan", "louder"), ("paikliin", "shorter"), ("pahabain", "longer"), ("palakihin", "bigger"), ("paliitin", "smaller")]

    /// Tagalog as English: the verb (said first, as in English) with its object; the particles dropped.
    static let tagalogAsEnglish: [(String, String)] = [
        (word(#"po|naman|nga|pls na|please na"#), ""),
        // "pakihinaan", "pakitanggal": "paki-" asks politely; the verb is the one after it.
        (#"(?<![\p{L}\p{N}_./-])paki-?(?=\p{L}{3,})"#, ""),
        (word(#"konti pa|kaunti pa|konti na lang|dagdagan pa"#) + #"(?=\s*[.!?]*\s*$)"#, "a bit more"),
        // "Ay wag na pala, ibalik mo": the last change taken back.
        (#"^\s*(?:"# + word(#"ay|ah|hay|uy|naku|hay naku|ay naku|hmm|teka"#) + #"[,!.]?\s*)?(?:"# + word(#"(?:wag|huwag) na(?: lang)?(?: pala)?|di bale|hindi na(?: pala)?"#) + #"[,!.]?\s*)?"# + word(#"(?:ibalik|balik|i-?undo|undo)(?: mo)?(?: (?:na|ulit|lang|sa dati|yung dati|dati|sa dating ayos))*"#) + #"\s*[.!]*\s*$"#, "undo"),
        // "Ilang seconds na yung video ngayon?", "gaano na kahaba yung video?": its length, asked.
        (word(#"(?:ilang (?:seconds?|secs?|segundo|minutes?|minuto)|gaano (?:na )?(?:kahaba|katagal))(?: na)?(?: (?:yung|ang|ung|yong) video)?(?: (?:na|ngayon))*"#) + #"\s*\??"#, "how long is the video?"),
        // "Yung music lang, i-fade in mo ng 3 seconds": the music alone faded (the picture was).
        (#"^\s*"# + word(#"(?:yung|ang|ung|yong) (?:music|musika|kanta|song|bgm|tugtog) lang"#) + #",?\s*"# + word(#"(?:i-?)?fade (in|out)(?: mo)?(?: (?:ng|sa|for))?"#), "fade the music $1 over"),
        // "Tanggalin mo yung video clip, pictures lang": what is left said after (nothing more to do).
        (#",\s*"# + word(#"(?:(?:yung|ang|mga|yung mga) )?(?:pictures?|photos?|pics?|litrato|larawan)(?: na)? lang(?: (?:ang|yung) (?:natira|matira|maiiwan|iwan))?"#) + #"(?=\s*[.!]*\s*$)"#, ""),
        // "Wag mong i-crop yung mga photos, dapat buo": the photos kept whole.
        (word(#"(?:wag|huwag)(?: (?:mong?|nyong?|niyong?|na))?"#), "don't"), (word(#"dapat buo|buo dapat|buo lang|buong-buo"#), "show them whole"),
        (#"(?<![\p{L}\p{N}_-])i-(?=(?:crop|fade|mute|trim|cut|zoom|loop|slow|speed|move|add|blur)\b)"#, ""),
        (word(#"(?:parang|mga|mga around|around) (?=\d)"#), "about "), (word(#"lang"#), ""),
        // "palitan mo yung title, gawin mong "X"": the title changed to those words.
        (word(#"palitan(?: mo)? (?:yung|yong|ung|ang) ([^,.;!?"“]+?),? (?:gawin mong|gawin mo ng|gawing|ng|ilagay mo|ilagay)"#) + #"\s*(?=["“'‘]|\s*$)"#, "change the $1 to "),
    ] + tagalogComparatives.flatMap { tagalog, english in [
        // "pahinaan mo yung music": the music made quieter ("hinaan mo" alone: it).
        (word(#"(?:pa)?"# + tagalog + #"(?: mo)? (?:yung|yong|ung|ang) ([^,.;!?]+?)"#) + #"(?=\s*(?:[,.;!?]|$))"#, "make the $1 " + english),
        (word(#"(?:pa)?"# + tagalog + #"(?: mo)?"#), "make it " + english),
    ] } + [
        // "unahin mo yung unboxing.mp4 tapos yung mga pics": that one first, then the rest.
        (word(#"unahin(?: mo)? (?:yung|yong|ung|ang) ([^,.;!?]+?)"#) + #"(?=\s*(?:[,.;!?]|$| tapos\b))"#, "$1 first"),
        (word(#"(ilagay|ilipat|lagay|lipat)(?: mo)?(?= sa )"#), "$1 it"),
        (word(#"ilagay|lagay"#), "put"), (word(#"ilipat|lipat"#), "move"), (word(#"tanggalin|tanggal|alisin|alis|burahin|bura|i-delete|idelete"#), "remove"),
        (word(#"palitan"#), "change"), (word(#"gawin mong|gawin mo ng|gawing"#), "make it"), (word(#"gawin"#), "make"),
        (word(#"bilisan"#), "speed up"), (word(#"bagalan"#), "slow down"), (word(#"dagdagan(?: ng)?"#), "add"),
        // Places and amounts: "sa umpisa", "sa taas", "5 seconds pa sa video".
        (word(#"sa (?:umpisa|simula|una)"#), "at the start"), (word(#"sa (?:dulo|huli)"#), "at the end"),
        (word(#"sa (?:taas|itaas)"#), "to the top"), (word(#"sa (?:baba|ibaba)"#), "to the bottom"), (word(#"sa gitna"#), "in the middle"),
        (#"(?<=\d)(\s*(?:seconds?|secs?|s))\s+"# + word(#"pa"#), "$1 more"), (word(#"para sa"#), "for"),
        // "… sa first picture": in it (the picture was removed for "tanggalin yung tali … sa first picture").
        (word(#"sa"#) + #"(?= (?:the )?(?:first|second|third|last|unang|huling)\b)"#, "in"), (word(#"sa"#), "to"),
        // "habaan mo pa ng 5 seconds": that much longer (it made the video 5 s); "ikliin ng 3 seconds" shorter.
        (word(#"(?:pa)?habaan(?: mo)?(?: pa)?(?: ng)?"#) + #"(?= (?:about )?\d)"#, "make it longer by"), (word(#"(?:pa)?ikliin(?: mo)?(?: pa)?(?: ng)?"#) + #"(?= (?:about )?\d)"#, "make it shorter by"),
        (word(#"unang|una"#) + #"(?= (?:clip|photo|pic|picture|image|video|text|caption))"#, "the first"),
        (word(#"pangalawang|ikalawang|pangalawa"#), "the second"), (word(#"pangatlong|ikatlong|pangatlo"#), "the third"),
        (word(#"pang-apat na|ikaapat na|pang-apat"#), "the fourth"), (word(#"huling"#), "the last"),
        (word(#"walang|wala nang|wala"#), "no"), (word(#"lahat ng"#), "all the"), (word(#"bawat|kada"#), "each"),
        (word(#"tapos|pagkatapos"#), "then"), (word(#"mga|mo"#), ""), (word(#"yung|yong|ung|ang"#), "the"),
        (#"\bthe the\b"#, "the"), (#"[ \t]{2,}"#, " "), (#"\s+(?=[.,!?])"#, ""),
    ]

    static func hasHebrew(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x05D0...0x05EA).contains($0.value) }
    }

    /// Hebrew as English: "תעשה את המוזיקה יותר שקטה" (make the music quieter), "בשחור לבן" (in black and white).
    static let hebrewAsEnglish: [(String, String)] = [
        (word(#"בבקשה|פליז"#), "please"), (word(#"תודה(?: רבה)?"#), "thanks"),
        // "כמה זמן הסרטון עכשיו?": how long it is, asked.
        (word(#"כמה זמן (?:נמשך |אורך )?(?:ה?סרטון|ה?וידאו)?(?: עכשיו)?"#) + #"\s*\??"#, "how long is the video?"),
        // "בטל" said alone (cancel): the last change undone.
        (#"^\s*"# + word(#"בטל|תבטל|תבטלי|בטלי|ביטול|תחזיר(?: את זה)?(?: אחורה)?|תחזירי(?: את זה)?(?: אחורה)?"#) + #"\s*[.!]*\s*$"#, "undo"),
        // "הקליפ השני" (the clip, the second): the order word said after its noun, as English says it before.
        (word(#"ה?(קליפ|סרטון|וידאו|תמונה|שקופית) ה?(ראשון|ראשונה|שני|שנייה|שניה|שלישי|שלישית|אחרון|אחרונה)"#), "the $2 $1"),
        (word(#"ה?ראשון|ה?ראשונה"#), "first"), (word(#"ה?שני|ה?שנייה|ה?שניה"#), "second"), (word(#"ה?שלישי|ה?שלישית"#), "third"), (word(#"ה?אחרון|ה?אחרונה"#), "last"),
        (word(#"ה?קליפ"#), "clip"),
        // "יותר בהיר" (brighter), "כהה מדי" (too dark).
        (word(#"(?:יותר )?(?:בהירה|בהיר)(?: יותר)?"#), "brighter"), (word(#"(?:כהה|חשוך|חשוכה) מדי"#), "too dark"), (word(#"(?:יותר )?(?:כהה|חשוך|חשוכה)(?: יותר)?"#), "darker"),
        (word(#"זה"#), "it"),
        (word(#"בלי|ללא"#), "no"), (word(#"רק"#), "only"), (word(#"עכשיו"#), ""),
        (word(#"(?:יותר )?(?:שקטה|שקט|חלשה|חלש|נמוכה|נמוך)(?: יותר)?|בשקט"#), "quieter"), (word(#"(?:יותר )?(?:חזקה|חזק|רועשת|רועש)(?: יותר)?"#), "louder"),
        (word(#"(?:יותר )?(?:קצרה|קצר)(?: יותר)?"#), "shorter"), (word(#"(?:יותר )?(?:ארוכה|ארוך)(?: יותר)?"#), "longer"),
        (word(#"(?:יותר )?(?:מהירה|מהיר)(?: יותר)?"#), "faster"), (word(#"(?:יותר )?(?:איטית|איטי)(?: יותר)?"#), "slower"),
        (word(#"ב?שחור[- ]?לבן"#), "black and white"), (word(#"אנכי|לאורך"#), "vertical"), (word(#"ריבועי|מרובע"#), "square"),
        (#"(\d+(?:\.\d+)?)\s*(?:שניות|שנייה|שניה)(?![\p{L}])"#, "$1 seconds"),
        (word(#"תעשה|תעשי|תעשו|עשה|עשי|תהפוך|תהפכי"#), "make"), (word(#"תוריד|תורידי|תמחק|תמחקי|תסיר|תסירי"#), "remove"),
        (word(#"תוסיף|תוסיפי|הוסף|הוסיפי"#), "add"), (word(#"שים|שימי|תשים|תשימי"#), "put"), (word(#"תשנה|תשני|שנה"#), "change"),
        (word(#"ה?מוזיקה|ה?מוסיקה|ה?שיר"#), "the music"), (word(#"ה?סרטון|ה?וידאו|ה?וידיאו"#), "the video"),
        (word(#"ה?תמונות"#), "the photos"), (word(#"ה?תמונה"#), "the photo"), (word(#"ה?כותרת"#), "the title"), (word(#"ה?מעברים"#), "the transitions"),
        (word(#"בהתחלה"#), "at the start"), (word(#"בסוף"#), "at the end"), (word(#"למעלה"#), "at the top"), (word(#"למטה"#), "at the bottom"),
        (word(#"את|של"#), ""), (word(#"עם"#), "with"),
        (#"[ \t]{2,}"#, " "), (#"\s+(?=[.,!?])"#, ""),
    ]

    /// Thai speakers' English: "vdo" is the video, the soft endings ("na", "ka", "krub") are dropped.
    static let thaiEnglishMarker = word(#"vdo|vdos|krub|krab|khrap|kha"#) + #"|(?:,\s*|\s+)(?:na|ka|na ka|naka|na krub)\s*[.!]*\s*$"#

    static let thaiEnglishAsEnglish: [(String, String)] = [
        (word(#"vdo"#), "video"), (word(#"vdos"#), "videos"),
        (#"(?:,\s*|\s+)(?:na|ka|krub|krab|khrap|kha|na ka|naka|na krub)(?=\s*[.!]*\s*$)"#, ""),
    ]

    /// The tables above, each used only when its marker is in the request.
    static func moreLanguagesAsEnglish(_ text: String) -> String {
        var t = text
        if hasGreek(t) { t = outsideQuotes(greekTitleQuoted(t)) { replacing(greekUnaccented($0), greekAsEnglish) } }
        if hasHebrew(t) { t = outsideQuotes(t) { replacing($0, hebrewAsEnglish) } }
        if has(t, tagalogMarker) { t = outsideQuotes(t) { replacing($0, tagalogAsEnglish) } }
        if has(t, thaiEnglishMarker) { t = outsideQuotes(t) { replacing($0, thaiEnglishAsEnglish) } }
        return t
    }
}
