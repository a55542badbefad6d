import Foundation

/// Requests in Polish ("usuń drugi klip", "ustaw głośność muzyki na 20%", "niech muzyka zaczyna się od 5 sekundy"), as the
/// English the rules read. Polish bends its nouns by case ("muzyka", "muzyki", "muzykę"), so a word is matched with its
/// endings. Read before the Indonesian table, which shares "klip". Words in quotes and file names are never translated;
/// the answer stays in English.
extension RulePlanner {
    /// Words only a Polish request has (never an English, Czech or Indonesian one alone).
    static let polishMarker = word(#"zrób|zmień|usuń|dodaj|ustaw|skróć|wydłuż|cofnij|tytuł|napis|zdjęci\p{L}*|pionow\p{L}*|poziom\p{L}*|głośn\p{L}*|ciszej|głośniej|proszę|trwa|niech|przejści\p{L}*|początek|początku|końcu|ostatni\p{L}*|ściemnienie|rozjaśnienie|piosenk\p{L}*|klipami|każde"#)

    static let polishAsEnglish: [(String, String)] = [
        // Courtesy, undo, a question.
        (#",?\s*"# + word(#"proszę|prosze|dzięki|dziękuję"#), ""),
        (#"^\s*"# + word(#"cofnij(?: to| zmianę)?|wróć"#) + #"\s*[.!]*\s*$"#, "undo"),
        (word(#"ile (?:teraz )?trwa (?:ten |mój )?(?:film|filmik|wideo)(?: teraz)?"#) + #"\s*\??"#, "how long is the video?"),
        (word(#"jeszcze (?:trochę|troszkę) (ciszej|głośniej)"#), "a bit $1 still"),
        // A new video: "zrób film na 30 sekund z tych zdjęć i piosenki".
        (word(#"zrób (?:film|filmik|wideo) na (\d+(?:[.,]\d+)?) sekund\p{L}*"#), "make a $1 second video"),
        (word(#"z tych zdjęć i piosenki|ze zdjęć i piosenki"#), "from these photos with the song"), (word(#"z tych zdjęć"#), "from these photos"),
        (word(#"zrób (?:pionowe|pionowy) (?:wideo|film|filmik)"#), "make it vertical"), (word(#"zrób (?:poziome|poziomy) (?:wideo|film|filmik)"#), "make it horizontal"),
        (word(#"na tiktoka|na tiktok"#), "for TikTok"), (word(#"na instagrama|na insta"#), "for Instagram"),
        // Lengths and times: "na ostatnie 3 sekundy", "od 5 sekundy", "o 2 sekundy", "2 sek".
        (word(#"na ostatnie (\d+(?:\.\d+)?) sekund\p{L}*|przez ostatnie (\d+(?:\.\d+)?) sekund\p{L}*"#), "for the last $1$2 seconds"),
        (word(#"na pierwsze (\d+(?:\.\d+)?) sekund\p{L}*"#), "for the first $1 seconds"),
        (word(#"niech muzyka (?:zaczyna|zacznie|startuje) się od (\d+(?:\.\d+)?) sekund\p{L}*"#), "start the music at $1 seconds"),
        (word(#"skróć (?:film|filmik|wideo) o (\d+(?:\.\d+)?) sekund\p{L}*"#), "make the video $1 seconds shorter"),
        (word(#"wydłuż (?:film|filmik|wideo) o (\d+(?:\.\d+)?) sekund\p{L}*"#), "make the video $1 seconds longer"),
        (word(#"zrób (?:film|filmik|wideo) na (\d+(?:\.\d+)?)"#), "make the video $1"),
        (word(#"przejścia(?: między klipami)? niech trwają (\d+(?:\.\d+)?) sekund\p{L}*"#), "make the transitions $1 seconds long"),
        (word(#"ściemnienie na końcu"#) + #"\s*,?\s*"#, "fade out at the end over "), (word(#"rozjaśnienie na początku"#) + #"\s*,?\s*"#, "fade in at the start over "),
        (#"(\d+),(\d+)(?=\s*sek)"#, "$1.$2"), (#"(\d+(?:\.\d+)?)\s*(?:sekund\p{L}*|sek)(?![\p{L}])"#, "$1 seconds"),
        // Each picture: "każde zdjęcie po 3 sekundy".
        (word(#"każde zdjęcie po"#), "each photo"), (word(#"każdy klip po"#), "each clip"),
        // The music: "muzyka jest za głośna, nic nie słychać", "ustaw głośność muzyki na 20%", "ciszej muzykę".
        (word(#"muzyka jest za głośna"#) + #"(?:\s*,?\s*"# + word(#"nic nie słychać|nic nie słyszę"#) + ")?", "the music is too loud"),
        (word(#"muzyka jest za cicha"#), "the music is too quiet"),
        (word(#"ustaw głośność muzyki na"#), "set the music to"), (word(#"głośność muzyki"#), "the music volume"),
        (word(#"ciszej muzykę|muzykę ciszej|ścisz muzykę|przycisz muzykę"#), "make the music quieter"), (word(#"głośniej muzykę|muzykę głośniej|podgłośnij muzykę"#), "make the music louder"),
        (word(#"usuń muzykę|bez muzyki"#), "remove the music"),
        // What Reel cannot hear: "usuń szum wiatru z b.mp4".
        (word(#"usuń (?:szum|szumy) wiatru z"#), "remove the wind noise from"),
        // Text: "zmień tytuł na „X”", "dodaj napis „X”".
        (word(#"zmień tytuł na"#), "change the title to"), (word(#"dodaj napis"#), "add a caption"), (word(#"dodaj tytuł"#), "add a title"),
        // Places and which one: "daj c.png na początek", "usuń drugi klip".
        (word(#"daj ([\w.-]+\.\w{2,4}) na (?:początek|początku)"#), "move $1 to the start"), (word(#"daj ([\w.-]+\.\w{2,4}) na (?:koniec|końcu)"#), "move $1 to the end"),
        (word(#"na (?:początek|początku)"#), "at the start"), (word(#"na (?:koniec|końcu)"#), "at the end"),
        (word(#"pierwsz\p{L}*"#), "first"), (word(#"drug[aiy]e?"#), "second"), (word(#"trzeci\p{L}*"#), "third"), (word(#"czwart\p{L}*"#), "fourth"), (word(#"ostatni\p{L}*"#), "last"),
        (word(#"klip|klipu"#), "clip"), (word(#"klipy|klipów|klipami"#), "clips"), (word(#"zdjęcie|zdjęcia"#), "photo"), (word(#"zdjęć"#), "photos"),
        // The canvas and the look.
        (word(#"pionow\p{L}*"#), "vertical"), (word(#"poziom\p{L}*"#), "horizontal"), (word(#"kwadrat\p{L}*"#), "square"),
        (word(#"czarno-?biał\p{L}*"#), "black and white"), (word(#"jaśniej"#), "brighter"), (word(#"ciemniej"#), "darker"),
        // Verbs and small words.
        (word(#"usuń"#), "remove"), (word(#"wszystko"#), "everything"), (word(#"zrób"#), "make"), (word(#"zmień"#), "change"), (word(#"dodaj"#), "add"),
        (word(#"ustaw"#), "set"), (word(#"daj"#), "put"), (word(#"skróć"#), "shorten"), (word(#"wydłuż"#), "lengthen"),
        (word(#"muzyk[aięą]"#), "the music"), (word(#"piosenk\p{L}*"#), "the song"), (word(#"film|filmik|wideo"#), "the video"), (word(#"tytuł"#), "the title"),
        (word(#"ciszej"#), "quieter"), (word(#"głośniej"#), "louder"), (word(#"trochę|troszkę"#), "a bit"),
        (word(#"przejścia|przejście"#), "transitions"), (word(#"między klipami"#), "between the clips"),
        (word(#"na"#), "to"), (word(#"(?-i:i)"#), "and"), (word(#"z|ze"#), "from"), (word(#"teraz|jeszcze"#), ""),
        (#"\bthe the\b"#, "the"), (#"[ \t]{2,}"#, " "), (#"\s+(?=[.,!?])"#, ""),
    ]
}
