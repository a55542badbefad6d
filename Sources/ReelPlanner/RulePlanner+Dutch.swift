import Foundation

/// Requests in Dutch ("verwijder de tweede clip", "zet de muziek wat zachter aub", "laat de muziek pas na 5 seconden
/// beginnen"), as the English the rules read. Words in quotes and file names are never translated; the answer stays in
/// English.
extension RulePlanner {
    /// Words only a Dutch request has (never an English or a German one).
    static let dutchMarker = word(#"seconden|muziek|liedje|verwijder|verander|maak|zet|zachter|verticaal|horizontaal|vierkant|graag|aub|alsjeblieft|hoe lang|duurt|ongedaan|voeg|onderaan|bovenaan|laatste|vooraan|achteraan|afspelen|helemaal|elke|laten zien|nog een beetje|overgangen|haal|foto's"#)

    static let dutchAsEnglish: [(String, String)] = [
        // Courtesy, and what only says why: "aub", "je hoort niks van de stemmen".
        (#",?\s*"# + word(#"aub|a\.u\.b\.|alsjeblieft|alstublieft|graag|dank je|dankjewel|bedankt"#), ""),
        (#",\s*"# + word(#"je hoort (?:niks|niets|bijna niks) (?:van|meer van)"#) + #"[^,.;!?]*"#, ""),
        // A question, undo.
        (word(#"hoe lang (?:duurt|is) (?:de|het|mijn) (?:video|filmpje|film)(?: nu)?"#) + #"\s*\??"#, "how long is the video?"),
        (#"^\s*"# + word(#"ongedaan maken|maak (?:dat|het) ongedaan|terug|herstel"#) + #"\s*[.!]*\s*$"#, "undo"),
        (word(#"nog een beetje(?: meer)?|nog wat"#) + #"\s*[.!]*\s*$"#, "a bit more"),
        // A new video: "maak een video van 30 seconden van deze foto's met het liedje erbij".
        (word(#"maak een (video|filmpje|film|slideshow) van (\d+(?:[.,]\d+)?) seconden"#), "make a $2 second video"),
        (word(#"van deze (foto's|fotos|clips|bestanden)"#), "from these $1"), (word(#"met het liedje erbij|met de muziek erbij|met muziek"#), "with the song"),
        // Lengths and times: "30 seconden", "de laatste 3 seconden", "na 5 seconden", "van 2 sec".
        (#"(\d+),(\d+)(?=\s*(?:sec|seconde))"#, "$1.$2"),
        (word(#"(?:in |voor )?de laatste (\d+(?:\.\d+)?) (?:seconden|seconde|sec)"#), "for the last $1 seconds"),
        (word(#"(?:in |voor )?de eerste (\d+(?:\.\d+)?) (?:seconden|seconde|sec)"#), "for the first $1 seconds"),
        (word(#"laat de muziek (?:pas )?(?:na|bij|op) (\d+(?:\.\d+)?) (?:seconden|seconde|sec) beginnen"#), "start the music at $1 seconds"),
        (word(#"doe een fade[- ]?out aan het (?:eind|einde) van (\d+(?:\.\d+)?) (?:seconden|seconde|sec)"#), "fade out at the end over $1 seconds"),
        (word(#"doe een fade[- ]?in aan het begin van (\d+(?:\.\d+)?) (?:seconden|seconde|sec)"#), "fade in at the start over $1 seconds"),
        (#"(\d+(?:\.\d+)?)\s*(?:seconden|seconde|sec)(?![\p{L}])"#, "$1 seconds"),
        // Each picture: "elke foto 3 seconden laten zien".
        (word(#"elke (foto|clip) (\d+(?:\.\d+)?) seconds laten zien"#), "show each $1 for $2 seconds"), (word(#"elke (foto|clip) laten zien"#), "show each $1"), (word(#"elke"#), "each"),
        // The music: "zet de muziek wat zachter", "muziek op 20%", "haal de muziek helemaal weg".
        (word(#"(?:zet |maak )?de muziek (?:wat |een beetje |iets )zachter"#), "make the music a bit quieter"),
        (word(#"(?:zet |maak )?de muziek (?:wat |een beetje |iets )harder"#), "make the music a bit louder"),
        (word(#"(?:zet |maak )?(?:de )?muziek zachter"#), "make the music quieter"), (word(#"(?:zet |maak )?(?:de )?muziek harder"#), "make the music louder"),
        (word(#"(?:zet )?(?:de )?muziek op"#) + #"\s+(?=\d+(?:\.\d+)?\s*%)"#, "set the music to "),
        (word(#"haal de muziek (?:helemaal |maar )?weg|geen muziek|zonder muziek"#), "remove the music"),
        // Speed: "b.mp4 twee keer zo snel afspelen".
        (word(#"([\w.-]+\.\w{2,4}) (?:twee|2) keer zo snel afspelen"#), "play $1 twice as fast"), (word(#"([\w.-]+\.\w{2,4}) (?:twee|2) keer zo langzaam afspelen"#), "play $1 at half speed"),
        (word(#"twee keer|2 keer|2x"#) + #"\s+zo snel"#, "twice as fast"), (word(#"zo snel"#), "as fast"), (word(#"zo langzaam"#), "as slow"),
        // Text: "verander de titel in 'X'", "voeg onderaan de tekst 'X' toe".
        (word(#"verander de titel in|verander de titel naar|wijzig de titel in"#), "change the title to"),
        (word(#"voeg (onderaan|bovenaan)? ?(?:de |een )?tekst"#), "add a caption $1"), (word(#"toe"#) + #"(?=\s|$)"#, ""),
        (word(#"onderaan"#), "at the bottom"), (word(#"bovenaan"#), "at the top"),
        // Places and which one: "zet c.png vooraan", "de tweede clip".
        (word(#"zet ([\w.-]+\.\w{2,4}) vooraan"#), "move $1 to the start"), (word(#"zet ([\w.-]+\.\w{2,4}) achteraan"#), "move $1 to the end"),
        (word(#"vooraan"#), "to the start"), (word(#"achteraan"#), "to the end"),
        (word(#"eerste"#), "first"), (word(#"tweede"#), "second"), (word(#"derde"#), "third"), (word(#"vierde"#), "fourth"), (word(#"laatste"#), "last"),
        // Removals Reel cannot do, and removals it can: "haal het windgeruis weg uit b.mp4", "verwijder alles".
        (word(#"haal (?:het|de) (wind ?geruis|windgeruis|ruis|achtergrondgeluid|geruis) weg uit"#), "remove the wind noise from"),
        (word(#"haal (.+?) weg"#), "remove $1"),
        (word(#"verwijder|wis"#), "remove"), (word(#"alles"#), "everything"),
        // The canvas and the look.
        (word(#"maak (?:hem|het|'m|de video) (verticaal|horizontaal|vierkant|staand|liggend)"#), "make it $1"),
        (word(#"verticaal|staand"#), "vertical"), (word(#"horizontaal|liggend"#), "horizontal"), (word(#"vierkant"#), "square"),
        (word(#"zwart-?wit"#), "black and white"), (word(#"warmer"#), "warmer"), (word(#"koeler"#), "cooler"), (word(#"lichter"#), "brighter"), (word(#"donkerder"#), "darker"),
        // Transitions: "overgangen van 1 seconde".
        (word(#"overgangen|overgang"#), "transitions"),
        // Verbs and small words.
        (word(#"maak (?:hem|het|'m)"#), "make it"), (word(#"maak"#), "make"), (word(#"zet"#), "put"), (word(#"verander|wijzig"#), "change"),
        (word(#"de video|het filmpje|de film"#), "the video"), (word(#"muziek"#), "the music"), (word(#"liedje"#), "song"), (word(#"titel"#), "title"),
        (word(#"foto's|fotos"#), "photos"), (word(#"foto"#), "photo"), (word(#"voor"#), "for"), (word(#"met"#), "with"), (word(#"en"#), "and"),
        (word(#"de|het"#), "the"), (word(#"een"#), "a"), (word(#"van"#), "of"), (word(#"nu|maar|even|wat"#), ""),
        (#"\bthe the\b"#, "the"), (#"[ \t]{2,}"#, " "), (#"\s+(?=[.,!?])"#, ""),
    ]
}
