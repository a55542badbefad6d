import Foundation

/// Scots and Scottish English: "turn the music doon a wee bit", "cannae hear masel think", "naw, dinnae want the music at
/// aw", "pit c.png first", "get rid o the second clip", "it's ower quiet". Read as the English the rules read: the
/// negatives ("-nae" is "n't"), "doon" (down), "ower" (too), "pit" (put), "fur" (for), "o" (of), "aw" (all), "naw"
/// (no), "aye" (yes). Several of these are English words too ("pit", "fur", "o", "an"), so they are read only where a
/// Scots word no English request has (the marker) is in the request, and only in their Scots places.
extension RulePlanner {
    /// Words only a Scots request has (never an English word, or part of a file name).
    static let scotsMarker = word(#"dinnae|cannae|couldnae|wouldnae|didnae|isnae|wasnae|doesnae|disnae|willnae|shouldnae|havenae|doon|masel|yersel|photies?|naw|gonnae|ower|yin|rid o|fur (?:the|ma|my|a|music)|aye(?=[, ]+(?:an|and|make|put|pit|the|that|do|go))|pit(?= (?:it|them|the|that|this|ma|[\w-]+\.\w{2,4})\b)"#)

    /// Scots as English, longer phrases first.
    static let scotsAsEnglish: [(String, String)] = [
        // "naw, …" (no), "aye, …" (yes) opening a request.
        (#"^\s*"# + word(#"naw|nae"#) + #"(?=\s*[,.!])"#, "no"), (#"^\s*"# + word(#"aye"#) + #"\s*,?\s*"#, "yes, "),
        // The negatives: "dinnae" (don't), "cannae" (can't), "isnae" (isn't) …
        (word(#"dinnae|dunnae"#), "don't"), (word(#"cannae|canny"#), "can't"), (word(#"couldnae"#), "couldn't"), (word(#"wouldnae"#), "wouldn't"),
        (word(#"didnae"#), "didn't"), (word(#"isnae"#), "isn't"), (word(#"wasnae"#), "wasn't"), (word(#"doesnae|disnae"#), "doesn't"),
        (word(#"willnae"#), "won't"), (word(#"shouldnae"#), "shouldn't"), (word(#"havenae"#), "haven't"),
        // "(i) don't want the music at aw": no music.
        (word(#"(?:i )?don't want (the music|the song|music|any music)(?: at (?:aw|all))?"#), "remove the music"),
        // "pure loud" (very loud: too loud, a complaint), "ower quiet" (too quiet).
        (word(#"pure|dead|awfy|gey"#) + #"\s+"# + word(#"(loud|quiet|dark|bright|long|short|fast|slow|wee)"#), "too $1"),
        (word(#"ower"#) + #"\s+"# + word(#"(loud|quiet|dark|bright|long|short|fast|slow|wee|big|small)"#), "too $1"), (word(#"ower"#), "over"),
        // "can't hear masel think": why it is too loud.
        (word(#"masel"#), "myself"), (word(#"yersel"#), "yourself"),
        // "doon" (down), "pit" (put), "fur" (for), "o" (of), "aw" (all), "wi" (with), "yin" (one), "photie" (photo).
        (word(#"doon"#), "down"), (word(#"pit"#) + #"(?=\s+(?:it|them|the|that|this|ma|[\w-]+\.\w{2,4})\b)"#, "put"),
        (word(#"fur"#) + #"(?=\s+(?:the|ma|my|a|music)\b)"#, "for"), (word(#"o"#) + #"(?=\s+(?:the|it|that|this|them|ma|my)\b)"#, "of"), (#"(?<=\brid )o\b"#, "of"),
        (word(#"at aw"#), "at all"), (word(#"wi"#), "with"), (word(#"yin"#), "one"), (word(#"photie"#), "photo"), (word(#"photies"#), "photos"),
        (word(#"ma"#) + #"(?=\s+(?:music|song|video|photos?|pictures?|clips?|title))"#, "my"),
        (#"(?<=\byes, )an\b"#, "and"), (word(#"an"#) + #"(?=\s+(?:the|make|put|then|pit)\b)"#, "and"),
    ]

    static func scotsRead(_ text: String) -> String {
        guard has(text, scotsMarker) else { return text }
        return outsideQuotes(text) { replacing($0, scotsAsEnglish) }
    }
}
