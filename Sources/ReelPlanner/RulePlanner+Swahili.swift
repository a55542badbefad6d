import Foundation

/// Swahili mixed with English (as in Kenya and Tanzania) as the English the rules read: "punguza sauti ya music" is
/// "make the music quieter", "ondoa b.mp4" "remove b.mp4", "badilisha title iwe 'X'" "change the title to 'X'",
/// "kila picha 5 seconds" "each photo 5 seconds", "b.mp4 iende mara mbili" "b.mp4 2x speed". The reasons that ask
/// nothing ("wageni wanataka kusikia simba": the guests want to hear the lions) are dropped. Read only when one of its
/// own words is in the request; words in quotes are never changed.
extension RulePlanner {
    /// Words only a Swahili request has (never an English one).
    static let swahiliMarker = word(#"tafadhali|nataka|tunataka|wima|tengeneza|picha|punguza|ongeza|sauti|muziki|ondoa|kabisa|badilisha|iwe|hapana|kila|ndefu|fupi|uanze|ianze|urefu|iende|mara mbili|mwanzoni|mwishoni|weka|kisha|sasa|asante|rudisha|tendua|nyeusi na nyeupe|zaidi|kidogo|haraka"#)

    /// Swahili as English, longer phrases first.
    static let swahiliAsEnglish: [(String, String)] = [
        // Courtesy and the words that only soften the request.
        (#",?\s*"# + word(#"tafadhali|tafadhalini"#), " please"), (word(#"asante(?: sana)?"#), "thanks"), (word(#"habari|jambo|mambo"#) + #"[!,.]*"#, "hi"),
        (word(#"sawa|aah|ah|eeh"#) + #"\s*,?\s*(?=\p{L})"#, ""), (#"\s*,?\s*"# + word(#"sawa(?: sawa)?"#) + #"\s*[.!]*\s*$"#, ""),
        // Why, said after the request: "(ondoa music kabisa,) wageni wanataka kusikia simba" (the guests want to hear the lions).
        (#"(?<=,)\s*(?:kwa sababu |maana |ili )?[^,.;!?]*\b(?:wanataka|wanapenda|wasikie|kusikia|kuona|waone|inafunika|haisikiki)\b[^,.;!?]*"#, ""),
        // Questions: "video iko na urefu gani sasa?", "video ni ndefu kiasi gani?".
        (word(#"(?:video|filamu)(?: yangu)? (?:iko na|ina|ni ya) urefu gani(?: sasa)?|(?:video|filamu) ni ndefu kiasi gani(?: sasa)?|urefu (?:wa video )?ni gani(?: sasa)?"#) + #"\s*\??"#, "how long is the video?"),
        // Lengths: "sekunde 30" (the number after the word), "30 seconds".
        (word(#"sekunde (\d+(?:\.\d+)?)"#), "$1 seconds"), (#"(\d+(?:\.\d+)?)\s*sekunde(?![\p{L}])"#, "$1 seconds"),
        // A complaint: "video ni ndefu sana" (too long).
        (word(#"(?:ni|iko) ndefu (?:sana|mno)|ni ndefu kupita kiasi"#), "is too long"), (word(#"(?:ni|iko) fupi (?:sana|mno)"#), "is too short"),
        (word(#"(?:ni|iko) (?:juu|kubwa) (?:sana|mno)"#), "is too loud"), (word(#"(?:ni|iko) (?:chini|ndogo) (?:sana|mno)"#), "is too quiet"),
        // The sound: "punguza sauti ya music", "ongeza sauti ya muziki kidogo".
        (word(#"punguza sauti(?: ya| za)? (music|muziki|wimbo|song)(?: kidogo)?"#), "make the music quieter"),
        (word(#"ongeza sauti(?: ya| za)? (music|muziki|wimbo|song)(?: kidogo)?"#), "make the music louder"),
        (word(#"(?:punguza|shusha) sauti"#), "turn the volume down"), (word(#"(?:ongeza|pandisha) sauti"#), "turn the volume up"),
        (word(#"bila sauti"#), "no sound"), (word(#"bila (?:music|muziki)"#), "no music"),
        // The music's start: "muziki uanze at 2 seconds", "muziki uanze sekunde 2".
        (word(#"(music|muziki|wimbo) (?:uanze|ianze|ianzie|uanzie|uingie)"#), "start the music"),
        (word(#"uanze|ianze|anza|anzisha"#) + #"(?=\s+(?:at|from|kwenye|baada ya)?\s*\d)"#, "start"),
        // "anza na sunset_mara.jpg kisha the rest": that one first, then the rest.
        (word(#"anza na|anzia na|ianze na"#), "start with"),
        // A clip's speed: "b.mp4 iende mara mbili" (go two times as fast), "iende polepole" (slower).
        (word(#"(?:iende|ienda|icheze) mara mbili|(?:iende|icheze) haraka mara mbili"#) + #"(?:\s*,\s*2\s*x(?: speed)?)?"#, "2x speed"),
        (word(#"(?:iende|icheze) mara tatu"#), "3x speed"), (word(#"(?:iende|icheze) (?:haraka|kwa kasi)(?: zaidi)?|haraka zaidi"#), "faster"), (word(#"(?:iende|icheze) polepole|polepole zaidi"#), "slower"),
        // "badilisha title iwe 'X'": changed to those words; "music iwe 50%": set to it.
        (word(#"badilisha"#), "change"), (word(#"iwe"#) + #"(?=\s*(?:['"“‘«]|\d|$))"#, "to"), (word(#"iwe na"#), "with"), (word(#"iwe"#), ""),
        // Verbs.
        (word(#"tengeneza|unda"#), "make"), (word(#"ondoa|toa|futa"#), "remove"), (word(#"ongeza"#), "add"), (word(#"weka"#), "put"),
        (word(#"hamisha"#), "move"), (word(#"rudisha|tendua"#), "undo"), (word(#"nataka|tunataka|ningependa"#), "i want"),
        // Things and places.
        (word(#"video (?:ya )?wima"#), "a vertical video"), (word(#"wima"#), "vertical"), (word(#"rangi (?:ya|za) zamani"#), "vintage colours"), (word(#"nyeusi na nyeupe"#), "black and white"), (word(#"mraba"#), "square"),
        (word(#"picha zote"#), "all the photos"), (word(#"kila picha"#), "each photo"), (word(#"picha"#), "photos"), (word(#"muziki|wimbo"#), "music"), (word(#"sauti"#), "sound"), (word(#"kichwa"#), "title"),
        (word(#"mwanzoni"#), "at the start"), (word(#"mwishoni"#), "at the end"), (word(#"juu"#), "at the top"), (word(#"chini"#), "at the bottom"),
        (word(#"kabisa"#), "completely"), (word(#"kidogo"#), "a bit"), (word(#"zaidi"#), "more"), (word(#"zote|yote|wote"#), "all"), (word(#"tu"#), "only"),
        (word(#"kila"#), "each"), (word(#"kisha|halafu|baadaye"#), "then"), (word(#"hapana"#), "no"), (word(#"ndiyo|ndio"#), "yes"), (word(#"sasa"#), "now"),
        (word(#"kwenye|katika"#), "in"), (word(#"pamoja na|na"#), "and"), (word(#"ya|za|wa"#), "of"), (word(#"ni"#), "is"),
        (#"[ \t]{2,}"#, " "), (#"\s+(?=[.,!?])"#, ""), (#"^\s+"#, ""),
    ]
}
