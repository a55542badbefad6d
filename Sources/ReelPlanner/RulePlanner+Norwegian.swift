import Foundation

/// Requests in Norwegian (bokmål), or Norwegian mixed with English ("Flytt videoen til slutten", "Skru ned musikken til 20
/// prosent", "Bruk wipe right-overganger, ett sekund hver"), as the English the rules read. Danish writes many of the same
/// words ("fjern", "musikken", "sekunder"), which read the same. Words in quotes and file names are never translated; the
/// answer stays in English.
extension RulePlanner {
    /// Words only a Norwegian request has (never an English one, nor a German, Dutch or Swedish one alone).
    static let norwegianMarker = word(#"sekunder|sekunders|musikken|musikk|videoen|videoklippet|videoklipp|bildet|bildene|tittelen|gjør|fjern|flytt|legg til|skru (?:ned|opp)|overganger|overgangene|overgang|prosent|kvadratisk|angre|slutten|begynnelsen|hvor lang|takk|etter hverandre|dupliser|bytt ut|bytt om|demp|lyden|sakte film|halv fart|fargene|varmere|kaldere|øverst|nederst|svart-hvitt|likevel|bildefrekvens\p{L}*|lysere|mørkere|raskere|saktere|lag en|nei vent"#)
        + #"|\p{L}-(?:overganger|overgangene|overgang)(?![\p{L}])"#

    static let norwegianAsEnglish: [(String, String)] = [
        // Courtesy: "takk", "kan du …", "vær så snill".
        (#",?\s*"# + word(#"takk|tusen takk|vær så snill|er du snill"#) + #"\s*[.!]*"#, ""),
        (#"^\s*"# + word(#"kan du|kunne du|vil du"#) + #"\s+"#, "please "),
        // A question, undo and redo, a correction.
        (word(#"hvor lang(?:t)? er (?:videoen|filmen)(?: nå)?"#) + #"\s*\??"#, "how long is the video?"),
        (#"^\s*"# + word(#"angre(?: det| siste| endringen)?|angr"#) + #"\s*[.!]*\s*$"#, "undo"),
        (#"^\s*"# + word(#"(redo|gjør om igjen)(?: likevel)?"#) + #"\s*[.!]*\s*$"#, "redo"),
        (word(#"nei vent|nei,? vent"#), "no wait"), (word(#"var bedre"#), "was better"),
        // A new video: "Lag en video av alt dette i rekkefølge", "Lag en 45 sekunders slideshow av de tre bildene".
        (word(#"(?:lag|lage) (?:en|ei) video av alt (?:dette|sammen)(?: i rekkefølge)?"#), "make a video of all of these in order"),
        (word(#"(?:lag|lage) (?:en|ei|et) (\d+(?:[.,]\d+)?)[ -]sekunders? (video|slideshow|lysbildefremvisning|film)"#), "make a $1 second $2"),
        (word(#"(?:lag|lage) (?:en|ei|et) (video|slideshow|lysbildefremvisning|film)"#), "make a $1"),
        (word(#"lysbildefremvisning"#), "slideshow"), (word(#"i rekkefølge"#), "in order"),
        (word(#"av (?:de|alle) (to|tre|fire|fem) bildene"#), "of the $1 photos"), (word(#"av alle bildene|alle bildene"#), "all the photos"),
        (word(#"to"#) + #"(?= (?:photos|bildene|videoene|klippene))"#, "two"), (word(#"tre"#), "three"), (word(#"fire"#) + #"(?= (?:photos|bildene|bilder))"#, "four"),
        (word(#"med ([\w.-]+) som (?:bakgrunnsmusikk|musikk)"#), "with $1 as the music"),
        (word(#"ingen musikk|uten musikk|ikke (?:noe )?musikk"#), "no music"),
        // Lengths: "45 sekunders", "ett sekund hver", "et halvt sekund", "hele videoen 12 sekunder lang".
        (word(#"ett sekund|et sekund|ett sekunder"#), "1 second"), (word(#"et halvt sekund|ett halvt sekund|et halvt"#), "0.5 seconds"),
        (#"(\d+),(\d+)(?=\s*sekund)"#, "$1.$2"),
        (#"(\d+(?:\.\d+)?)[ -]sekunders(?![\p{L}])"#, "$1 second"), (#"(\d+(?:\.\d+)?)\s*(?:sekunder|sekund|sek)(?![\p{L}])"#, "$1 seconds"),
        (word(#"sekunder|sekund"#), "seconds"),
        (#"(\d+(?:\.\d+)?)\s*prosent(?![\p{L}])"#, "$1%"),
        // "Det siste bildet skal vare i 6 sekunder": that picture shown that long.
        (word(#"(?:det|den) (første|andre|tredje|fjerde|siste) (bildet|klippet|videoen) skal vare(?: i)?"#), "make the $1 $2"),
        (word(#"skal vare(?: i)?"#), "for"),
        // The music: "Skru ned musikken til 20 prosent", "La musikken starte etter 3 sekunder", "Fade inn … og fade ut over 4".
        (word(#"skru ned (musikken|lyden)"#), "turn the music down"), (word(#"skru opp (musikken|lyden)"#), "turn the music up"),
        (word(#"skru ned"#), "turn down"), (word(#"skru opp"#), "turn up"),
        (word(#"la musikken (?:starte|begynne) etter"#), "start the music at"), (word(#"la musikken (?:starte|begynne)"#), "start the music"),
        (word(#"musikken på"#), "music at"),
        (word(#"fade inn|tone inn"#), "fade in"), (word(#"fade ut|tone ut"#), "fade out"),
        // A clip's own sound: "Demp lyden på videoklippet" (muted), "demp musikken" (quieter).
        (word(#"demp (?:lyden|originallyden|den originale lyden) (?:på|i|til) (?:videoklippet|videoen|klippet)"#), "mute the sound of the video clip"),
        (word(#"demp (?:lyden|originallyden)"#), "mute the clips' own sound"), (word(#"demp musikken"#), "make the music quieter"),
        (word(#"skru av lyden (?:på|i) (?:videoklippet|videoen|klippet)"#), "mute the sound of the video clip"),
        // Speed: "Sakte film på videoen, halv fart".
        (word(#"sakte film på (videoen|videoklippet|klippet)"#), "slow motion on the video clip"), (word(#"sakte film"#), "slow motion"),
        (word(#"halv fart|halve farten"#), "half speed"), (word(#"dobbel fart|dobbelt så fort|dobbel hastighet"#), "double speed"),
        (word(#"raskere"#), "faster"), (word(#"saktere|langsommere"#), "slower"),
        // Looks: "Gjør fargene varmere, litt mer koselig" (the mood only says why).
        (#",?\s*"# + word(#"(?:litt |mye )?(?:mer )?(?:koselig|koseligere|hyggelig|stemningsfull)"#), ""),
        (word(#"fargene"#), "the colors"), (word(#"varmere"#), "warmer"), (word(#"kaldere|kjøligere"#), "cooler"),
        (word(#"lysere"#), "brighter"), (word(#"mørkere"#), "darker"), (word(#"svart-hvitt|svart hvitt|svarthvitt"#), "black and white"),
        (word(#"kvadratisk(?: format)?"#), "square"), (word(#"vertikal|stående"#), "vertical"), (word(#"horisontal|liggende"#), "horizontal"),
        (word(#"bildefrekvens(?:en)?"#), "the frame rate"),
        // Transitions: "wipe right-overganger", "overganger mellom alle klippene".
        (#"(?<=[\p{L}])-(?:overganger|overgangene|overgang)(?![\p{L}])"#, " transitions"),
        (word(#"overganger|overgangene"#), "transitions"), (word(#"overgang|overgangen"#), "transition"),
        // The duplicate's reason: "så det spilles to ganger etter hverandre".
        (#",?\s*"# + word(#"så (?:det|den) (?:spilles|vises) (?:to ganger|dobbelt)(?: etter hverandre)?"#), ""),
        // Places: "til slutten", "øverst", "etter det første bildet".
        (word(#"til slutten|på slutten|sist"#), "at the end"), (word(#"til starten|til begynnelsen|først i videoen|på starten"#), "to the start"),
        (word(#"øverst"#), "at the top"), (word(#"nederst"#), "at the bottom"), (word(#"i midten"#), "in the middle"),
        // Which one: "det første bildet", "videoklippet", "tittelen".
        (word(#"første"#), "first"), (word(#"(?<=det |den )andre"#), "second"), (word(#"tredje"#), "third"), (word(#"fjerde"#), "fourth"), (word(#"siste"#), "last"),
        (word(#"(?:det|den) (first|second|third|fourth|last)"#), "the $1"),
        (word(#"bildene|bilder"#), "photos"), (word(#"bildet|bilde"#), "photo"),
        (word(#"videoklippet|videoklipp"#), "the video clip"), (word(#"videoen"#), "the video"), (word(#"klippene"#), "the clips"), (word(#"klippet"#), "the clip"),
        (#"(?<![\p{L}])([\p{L}\d_]+)-videoen(?![\p{L}])"#, "the $1 video"),
        (word(#"musikken|musikk|bakgrunnsmusikken|bakgrunnsmusikk"#), "the music"), (word(#"lyden"#), "the sound"),
        (word(#"tittelen|tittel"#), "the title"), (word(#"teksten"#), "the text"), (word(#"tekst"#), "text"),
        // Verbs.
        (word(#"legg til|legge til"#), "add"), (word(#"legg|sett inn"#), "put"), (word(#"flytt"#), "move"), (word(#"fjern|slett|ta bort"#), "remove"),
        (word(#"bytt ut"#), "replace"), (word(#"bytt om på|bytt om"#), "swap"), (word(#"dupliser|kopier"#), "duplicate"),
        (word(#"endre|forandre"#), "change"), (word(#"sett"#), "set"), (word(#"bruk"#), "use"), (word(#"vis"#), "show"),
        (word(#"forkort"#), "shorten"), (word(#"forleng"#), "lengthen"),
        (word(#"gjør (?:den|det|videoen)"#), "make it"), (word(#"gjør hele videoen"#), "make the whole video"), (word(#"gjør"#), "make"), (word(#"lag"#) + #"(?=\s)"#, "make"),
        // Small words.
        (word(#"hele"#), "the whole"), (word(#"lang|langt"#), "long"), (word(#"hver"#), "each"), (word(#"alle"#), "all"), (word(#"litt"#), "a bit"),
        (word(#"mellom"#), "between"), (word(#"etter"#), "after"), (word(#"før"#), "before"), (word(#"uten"#), "without"), (word(#"med"#), "with"),
        (word(#"fra"#), "from"), (word(#"til"#), "to"), (word(#"på"#), "on"), (word(#"og"#), "and"), (word(#"av"#), "of"), (word(#"som"#), "as"),
        (word(#"nå|likevel"#), ""), (word(#"en|ei|et"#), "a"), (word(#"de"#), "the"),
        (#"\bthe the\b"#, "the"), (#"[ \t]{2,}"#, " "), (#"\s+(?=[.,!?])"#, ""),
    ]
}
