import Foundation

/// Requests in Persian written in Latin letters ("Finglish": "Clip-e dovom ro hazf kon", "Seda-ye music ro kam kon, 20
/// darsad", "Title ro avaz kon be "…""), and a few in Persian script ("موزیک رو کلا بردار"), as the English the rules read.
/// Persian puts the verb last and marks what it acts on with "ro": each "X ro <verb> kon" is read as "<verb> X". Words in
/// quotes and file names are never translated; the answer stays in English.
extension RulePlanner {
    /// Words only a Finglish (or Persian) request has (never an English, Turkish or Hindi one).
    static let persianMarker = word(#"kon|koni|bashe|beshe|darsad|lotfan|mikham|bezar|dorost|hazf|ezafe|avaz|amoodi|ofoghi|bargardoon|mitooni|bedoone|neveshte|aks|chand saniye(?:-?st|-?ast)?"#)
        + #"|موزیک|آهنگ|بردار|ویدیو|ویدئو"#

    /// What a Finglish request names before "ro": words up to a comma or a full stop, file names whole.
    static let persianPart = #"(?:[^.,،"“]|\.(?=[\p{L}\p{N}]))+?"#

    static let persianAsEnglish: [(String, String)] = [
        // Persian script: "موزیک رو کلا بردار، بدون آهنگ بهتره" (no music; "better without a song" only says why).
        (#"(?:موزیک|آهنگ)\s*(?:رو|را)\s*(?:کلا\s*|کلاً\s*)?(?:بردار|حذف کن|پاک کن)"#, "remove the music"),
        (#"[،,]?\s*بدون (?:آهنگ|موزیک) بهتره"#, ""),
        // Courtesy, a correction, undo.
        (#",?\s*"# + word(#"lotfan|merci|mersi|mamnoon"#), ""),
        (#"^\s*"# + word(#"na|nah"#) + #"\s*,?\s*"# + word(#"bargardoon|bargardun"#) + #"\s*,?\s*(?:undo)?\s*[.!]*\s*$"#, "undo"),
        (#"^\s*"# + word(#"bargardoon|bargardun|undo kon"#) + #"\s*[.!]*\s*$"#, "undo"),
        // A question: "In video alan chand saniye-st?".
        (word(#"(?:in )?video (?:alan |hala )?chand saniye(?:-?st|-?ast|e)?"#) + #"\s*\??"#, "how long is the video?"),
        // A new video: "Az hame ina ye video dorost kon, be hamin tartib, santoor.mp3 ham music-esh bashe".
        (word(#"az hame(?:-ye)? (?:ina|inha|in-ha|file-ha) (?:ye )?video dorost kon"#), "make a video of all of these"),
        (word(#"be hamin tartib|be tartib"#), "in order"),
        (word(#"([\w.-]+\.(?:mp3|wav|m4a|aac|ogg|flac)) (?:ham )?music-?esh bashe"#), "with $1 as the music"),
        (word(#"ye (slideshow|video)(?:-e| e)? (\d+(?:\.\d+)?) saniye(?:'i|-i|i)?"#), "make a $2 second $1"),
        (word(#"az in (\d+) ta aks(?: mikham)?"#), "of these $1 photos"), (word(#"az in (\d+) ta (clip|video)(?: mikham)?"#), "of these $1 $2s"), (word(#"mikham"#), ""),
        (word(#"baraye"#), "for"), (word(#"bedoone music|bedoon-e music|bi music|music nemikham"#), "no music"),
        // Lengths and times: "az saniye 2 ta 6", "har kodoom 1 saniye", "Kol-e video 15 saniye bashe", "Aks-e avval faghat 2 saniye bashe".
        (word(#"az saniye(?:-ye)? (\d+(?:\.\d+)?) ta (\d+(?:\.\d+)?)"#), "from $1 to $2 seconds"),
        (word(#"har kodoom (\d+(?:\.\d+)?) saniye"#), "$1 second each"),
        (word(#"kol-?e video (\d+(?:\.\d+)?) saniye bashe"#), "make the whole video $1 seconds"),
        (#"(?:^|(?<=[.,]\s?))\s*(\#(persianPart))\s+(?:faghat\s+)?(\d+(?:\.\d+)?)\s+saniye\s+bashe(?![\p{L}])"#, "make $1 $2 seconds"),
        (word(#"music az saniye(?:-ye)? (\d+(?:\.\d+)?) shoroo beshe"#), "start the music at $1 seconds"),
        (#"(\d+(?:\.\d+)?)\s+darsad(?![\p{L}])"#, "$1%"), (#"(\d+(?:\.\d+)?)\s+saniye(?![\p{L}])"#, "$1 seconds"),
        // Which one: "Clip-e dovom", "Aks-e akhar", "Seda-ye khod-e video clip", "Rang-ha".
        (word(#"seda-?ye khod-?e (video clip|video|clip)"#), "the video clip's own sound"), (word(#"seda-?ye music|seda-?ye ahang"#), "the music"),
        (word(#"(aks|clip|video)-?e (avval|dovom|sevvom|akhar|aakhar)"#), "the $2 $1"),
        (word(#"(?<!bezar )avval"#), "first"), (word(#"dovom"#), "second"), (word(#"sevvom"#), "third"), (word(#"chaharom"#), "fourth"), (word(#"(?<!bezar )(?:akhar|aakhar)"#), "last"),
        (word(#"aks-?e farsh|aks-?e ghali"#), "the rug photo"), (word(#"akhar-?e video|akhar-?esh"#), "at the end"),
        (word(#"rang-?ha|rang"#), "the colors"), (word(#"transition-?ha"#), "transitions"), (word(#"aks-?ha"#), "photos"), (word(#"aks"#), "photo"),
        (word(#"neveshte"#), "text"), (word(#"bala-?ye safhe|bala"#), "at the top"), (word(#"paeen-?e safhe|paeen"#), "at the bottom"),
        // "X ro <verb> kon": the verb, then X.
        (#"(\#(persianPart))\s+ro\s+(?:hazf|pak)\s+kon(?![\p{L}])"#, "remove $1"), (#"(\#(persianPart))\s+ro\s+bardar(?![\p{L}])"#, "remove $1"),
        (#"(\#(persianPart))\s+ro\s+bezar\s+avval(?![\p{L}])"#, "move $1 to the start"), (#"(\#(persianPart))\s+ro\s+bezar\s+(?:akhar|tah)(?![\p{L}])"#, "move $1 to the end"),
        (#"(\#(persianPart))\s+ro\s+bezar\s+ja-?ye\s+(\#(persianPart))(?=\s*[,.]|\s*$)"#, "replace the $2 with $1"),
        (#"(\#(persianPart))\s+ro\s+(?:ham\s+)?bezar\s+(?:tooye|too|dakhel-?e)\s+video"#, "add $1"),
        (#"(\#(persianPart))\s+ro\s+kam\s+kon\s*,?\s*(?=\d+(?:\.\d+)?%)"#, "turn $1 down to "),
        (#"(\#(persianPart))\s+ro\s+(?:ye\s+)?kam\s+(?:aroom-?tar|arum-?tar|ahesteh-?tar)\s+kon(?![\p{L}])"#, "make $1 a bit quieter"),
        (#"(\#(persianPart))\s+ro\s+(?:aroom-?tar|kam)\s+kon(?![\p{L}])"#, "make $1 quieter"), (#"(\#(persianPart))\s+ro\s+(?:boland-?tar|ziad)\s+kon(?![\p{L}])"#, "make $1 louder"),
        (#"(\#(persianPart))\s+ro\s+avaz\s+kon\s+be(?![\p{L}])"#, "change $1 to"),
        (#"(\#(persianPart))\s+ro\s+amoodi\s+kon(?![\p{L}])"#, "make $1 vertical"), (#"(\#(persianPart))\s+ro\s+ofoghi\s+kon(?![\p{L}])"#, "make $1 horizontal"),
        (#"(\#(persianPart))\s+ro\s+(?:morabba|morabaa|square)\s+kon(?![\p{L}])"#, "make $1 square"),
        (#"(\#(persianPart))\s+ro\s+ghat\s+kon(?![\p{L}])"#, "mute $1"),
        (#"(\#(persianPart))\s+ro\s+garm-?tar\s+kon(?![\p{L}])"#, "make $1 warmer"), (#"(\#(persianPart))\s+ro\s+sard-?tar\s+kon(?![\p{L}])"#, "make $1 cooler"),
        (#"(\#(persianPart))\s+ro\s+roshan-?tar\s+kon(?![\p{L}])"#, "make $1 brighter"), (#"(\#(persianPart))\s+ro\s+tarik-?tar\s+kon(?![\p{L}])"#, "make $1 darker"),
        (#"(\#(persianPart))\s+ro\s+(?:do barabar|2 barabar|2x)\s+sari-?tar\s+kon(?![\p{L}])"#, "make $1 2x faster"),
        (#"(\#(persianPart))\s+ro\s+sari-?tar\s+kon(?![\p{L}])"#, "speed up $1"), (#"(\#(persianPart))\s+ro\s+(?:yavash-?tar|ahesteh-?tar)\s+kon(?![\p{L}])"#, "slow down $1"),
        (#"(\#(persianPart))\s+ro\s+([A-Za-z]+)\s+kon(?![\p{L}])"#, "use $2 $1"),
        (#"(\#(persianPart))\s+ezafe\s+kon(?![\p{L}])"#, "add $1"), (#"(\#(persianPart))\s+ro\s+ezafe\s+kon(?![\p{L}])"#, "add $1"),
        (word(#"ezafe kon be"#), "add at"), (word(#"be akhar"#), "at the end"),
        // What only says why: "faghat music bashe" (only the music heard), "farsh-ha ghashang-tar beshan".
        (#",?\s*"# + word(#"faghat music bashe|faghat ahang bashe"#), ""),
        (#",?\s*[^,.;]*\bghashang-?tar\s+besh(?:an|e)\b[^,.;]*"#, ""),
        // Reaching out: "Mitooni video ro mostaghim send koni be WhatsApp-e moshtari-ha?".
        (word(#"mitooni (\#(persianPart)) ro (?:mostaghim )?send koni be"#), "can you send $1 directly to"), (#"-?e moshtari-?ha"#, " of the customers"),
        (word(#"ye"#), "a"), (word(#"in|ina"#), "the"), (word(#"ham"#), "too"), (word(#"faghat"#), "only"), (word(#"alan|hala"#), "now"),
        (#"\bthe the\b"#, "the"), (#"[ \t]{2,}"#, " "), (#"\s+(?=[.,!?])"#, ""),
    ]
}
