import Foundation

/// Romanian (and Romanian mixed with English) as the English the rules read: "muzica mai încet" is "the music
/// quieter", "scoate b.mp4" "remove b.mp4", "pune titlul Brutăria Ana" "put the title "Brutăria Ana"", "fiecare poză
/// 3 secunde" "each photo 3 seconds". Romanian is typed with its diacritics (ă â î ș ț, or the old ş ţ) or without
/// them, so each word of the table takes both. A title's name said unquoted is quoted first, so its words (and
/// diacritics) stay exactly as said. Read only when one of its own words is in the request.
extension RulePlanner {
    /// Words only a Romanian request has (never an English, Spanish or Italian one; "pune" only in lower case, never the
    /// city of Pune).
    static let romanianMarker = word(#"muzic(?:a|ă|ii)|secunde|secund[aă]|(?-i:pune)|pune-l|pune-o|scoate|f[aă]-[lo]|fă|titlul|[îi]ncet|mai tare|te rog|v[aă] rog|poz[aăe]\p{L}*|f[aă]r[aă]|taie|dureaz[aă]|filmule[tțţ]\p{L}*|fiecare|toate|vreau|mai cald|[îi]nc[aă] pu[tțţ]in|de fapt|zgomot\p{L}*|sunet\p{L}*|sonorul|primul|anuleaz[aă]|adaug[aă]|schimb[aă]|[șşs]terge|la [îi]nceput|la sf[âa]r[șşs]it"#)

    /// Romanian as English, longer phrases first (each word with or without its diacritics).
    static let romanianAsEnglish: [(String, String)] = [
        // Courtesy.
        (#",?\s*"# + word(#"te rog(?: frumos)?|v[aă] rog(?: frumos)?"#), " please"), (word(#"mersi|mul[țţt]umesc"#), "thanks"), (word(#"bun[aă] ziua|salut"#) + #"[!,.]*"#, "hi"),
        // Why, said after the request: "(muzica mai încet te rog,) se aude prea tare peste tot și nu se mai aude cuptorul".
        (#"(?<=,)\s*(?:c[aă] |pentru c[aă] |fiindc[aă] |deoarece |[șşs]i )?(?:se aude|nu se (?:mai )?aude|acoper[aă]|nu se (?:mai )?vede)\b[^.;!?]*"#, ""),
        // "(vreau un look mai cald,) ca pâinea scoasă din cuptor": what it should look like, said after the change.
        (#"(?<=,)\s*ca\s+(?=\p{L})"#, " like "),
        // A complaint: "muzica se aude prea tare", "filmulețul e prea lung".
        (word(#"se aude (?:mult )?prea tare|e (?:mult )?prea tare"#), "is too loud"), (word(#"se aude (?:mult )?prea [îi]ncet|e (?:mult )?prea [îi]ncet|nu se (?:mai )?aude"#), "is too quiet"),
        (word(#"(?:e|este) (?:mult )?prea lung[aă]?"#), "is too long"), (word(#"(?:e|este) (?:mult )?prea scurt[aă]?"#), "is too short"),
        // Questions: "cât durează acum filmulețul?", "ce muzică are?".
        (word(#"c[âa]t (?:dureaz[aă]|de lung (?:e|este))(?: acum)?(?: (?:filmule[tțţ]ul|filmul|clipul|videoclipul|video-ul|videoul|video))?(?: acum)?"#) + #"\s*\??"#, "how long is the video?"),
        // Lengths: "20 de secunde", "o secundă", "jumătate de secundă".
        (word(#"jum[aă]tate de secund[aă]"#), "0.5 seconds"), (word(#"o secund[aă]"#), "1 second"),
        (#"(\d+)[.,](\d+)(?=\s*(?:de )?secund)"#, "$1.$2"),
        (#"(\d+(?:\.\d+)?)\s*(?:de\s+)?(?:secundele|secunde|secund[aă]|sec)(?![\p{L}])"#, "$1 seconds"),
        (word(#"(?:un )?(?:video|filmule[tțţ]|clip) de (\d+(?:\.\d+)?) seconds"#), "a $1 second video"),
        (word(#"(?:prima|primele) (\d+(?:\.\d+)?) seconds"#), "the first $1 seconds"), (word(#"(?:ultima|ultimele) (\d+(?:\.\d+)?) seconds"#), "the last $1 seconds"),
        (word(#"prima secund[aă] (?:din|de la|a|al)"#), "the first second of"), (word(#"ultima secund[aă] (?:din|de la|a|al)"#), "the last second of"),
        (word(#"prima secund[aă]"#), "the first second"), (word(#"ultima secund[aă]"#), "the last second"),
        (word(#"(?:cu )?(\d+(?:\.\d+)?) seconds mai (lung|scurt)[aă]?"#), "$1 seconds $2er"),
        (word(#"(?:la|p[âa]n[aă] la) (\d+(?:\.\d+)?)\s*%"#), "to $1%"),
        // The music's start: "muzica să înceapă la 2 secunde", "muzica începe de la secunda 3".
        (word(#"(?:muzic(?:a|ă)) (?:s[aă] )?(?:[îi]nceap[aă]|porneasc[aă]|[îi]ncepe|porne[șşs]te|intre|intr[aă]) (?:de )?(?:la|dup[aă]) (?:secunda )?(\d+(?:\.\d+)?)(?: seconds)?"#), "start the music at $1 seconds"),
        // Louder and quieter: "muzica mai încet", "mai tare", "dă muzica mai încet".
        (word(#"(?:d[aă] |f[aă] |pune )?(muzic(?:a|ă)|sunetul|sonorul|volumul)(?: pu[tțţ]in| un pic)? mai (?:[îi]ncet|[îi]ncetior|jos|slab|mic)"#), "make the $1 quieter"),
        (word(#"(?:d[aă] |f[aă] |pune )?(muzic(?:a|ă)|sunetul|sonorul|volumul)(?: pu[tțţ]in| un pic)? mai (?:tare|sus|puternic)"#), "make the $1 louder"),
        (word(#"d[aă](?:-o|-l)? mai (?:[îi]ncet|jos)"#), "turn it down"), (word(#"d[aă](?:-o|-l)? mai tare|d[aă](?:-o|-l)? mai sus"#), "turn it up"),
        (word(#"mai tare"#), "louder"),
        // "încă puțin", "mai mult" said alone after a change: a bit more of it.
        (#"^\s*(?:[șşs]i\s+)?"# + word(#"(?:[îi]nc[aă] )?(?:pu[tțţ]in|un pic|un pic mai mult)|[îi]nc[aă] (?:pu[tțţ]in|un pic|o dat[aă])|mai mult"#) + #"\s*(?:please)?\s*[.!]*\s*$"#, "a bit more"),
        // Looks and shapes.
        (word(#"(?:un |o )?(?:look|aspect|ton|stil|filtru|culoare|culori) mai (?:cald[aă]?|calde)"#), "a warmer look"), (word(#"(?:un |o )?(?:look|aspect|ton|stil|filtru|culoare|culori) mai (?:rece|reci)"#), "a cooler look"),
        (word(#"mai cald[aă]?|mai calde"#), "warmer"), (word(#"mai rece|mai reci"#), "cooler"),
        (word(#"mai luminos|mai luminoas[aă]|mai luminat"#), "brighter"), (word(#"mai [îi]ntunecat[aă]?|mai [îi]nchis"#), "darker"),
        (word(#"alb[- ](?:[șşs]i )?negru"#), "black and white"), (word(#"de epoc[aă]|retro"#), "vintage"), (word(#"p[aă]trat[aă]?"#), "square"), (word(#"orizontal[aă]?"#), "horizontal"),
        (word(#"mai scurt[aă]?"#), "shorter"), (word(#"mai lung[aă]?"#), "longer"), (word(#"mai repede|mai rapid"#), "faster"), (word(#"mai lent|mai [îi]ncet"#), "slower"),
        (word(#"mai mare"#), "bigger"), (word(#"mai mic[aă]?"#), "smaller"),
        // A clip's own sound: "b.mp4 fără sunet", "taie sunetul la b.mp4".
        (word(#"f[aă]r[aă] (?:sunet|sonor|audio)"#), "no sound"), (word(#"f[aă]r[aă] muzic[aă]"#), "no music"),
        (word(#"(?:taie|opre[șşs]te|scoate|[îi]nchide) (?:sunetul|sonorul)(?: (?:la|de la|din))?"#), "mute"),
        // Noise is a sound to clean up, never a clip to remove: "scoate zgomotul de fundal din b.mp4".
        (word(#"zgomotul de fundal|zgomot de fundal|zgomotul|zgomot"#), "the background noise"), (word(#"v[âa]ntul|v[âa]nt"#), "the wind"),
        // Undo: "anulează", "nu, înapoi".
        (word(#"anuleaz[aă](?: asta| tot)?|d[aă] (?:[îi]napoi|undo)|[îi]napoi"#) + #"(?=\s*[.!]*\s*$)"#, "undo"), (word(#"anuleaz[aă]"#), "undo"),
        // "de fapt fă-l 'X'": the words just given, changed again.
        (word(#"de fapt"#), "actually"), (word(#"mai bine"#), "better"),
        // Verbs.
        (word(#"f[aă]-?l|f[aă]-?o|f[aă]-?le"#), "make it"), (word(#"f[aă]|face[țţt]i|creeaz[aă]|creeaza"#), "make"),
        (word(#"pune-l|pune-o|pune-le"#), "put it"), (word(#"pune|pune[țţt]i|a[șşs]az[aă]"#), "put"),
        (word(#"scoate|scoate[țţt]i|[șşs]terge|elimin[aă]|[îi]nl[aă]tur[aă]"#), "remove"), (word(#"taie"#), "cut"),
        (word(#"adaug[aă]|adauga[țţt]i"#), "add"), (word(#"schimb[aă]|modific[aă]"#), "change"), (word(#"mut[aă]"#), "move"),
        (word(#"export[aă]|salveaz[aă]"#), "export"), (word(#"vreau|a[șşs] vrea|vrem"#), "i want"), (word(#"folose[șşs]te"#), "use"),
        // Things and places.
        (word(#"muzic(?:a|ă)"#) + #"(?=\s+[\p{L}\p{N}_-]+\.(?:mp3|m4a|wav|aac|ogg|flac)\b)"#, "music"), (word(#"muzic(?:a|ă|ii)"#), "the music"), (word(#"muzic[aă]"#), "music"), (word(#"melodia|melodie|piesa"#), "the song"),
        (word(#"filmule[tțţ]ul|filmul|videoclipul|video-ul|videoul"#), "the video"), (word(#"filmule[tțţ]|videoclip"#), "video"), (word(#"clipul"#), "the clip"),
        (word(#"fiecare (?:poz[aă]|fotografie|imagine)"#), "each photo"), (word(#"fiecare clip"#), "each clip"),
        (word(#"pozele|fotografiile|pozelor"#), "the photos"), (word(#"poze|fotografii|imagini"#), "photos"), (word(#"poza|fotografia|imaginea"#), "the photo"), (word(#"poz[aă]|fotografie|imagine"#), "photo"),
        (word(#"titlul|titlu"#), "the title"), (word(#"subtitrarea|subtitrare|textul"#), "the text"),
        (word(#"tranzi[țţt]iile|tranzi[țţt]ii"#), "transitions"), (word(#"tranzi[țţt]ia|tranzi[țţt]ie"#), "transition"), (word(#"sunetul|sonorul"#), "the sound"), (word(#"sunet|sonor"#), "sound"),
        (word(#"la [îi]nceput|la [îi]nceputul filmule[tțţ]ului"#), "at the start"), (word(#"la final|la sf[âa]r[șşs]it|la coad[aă]"#), "at the end"),
        (word(#"sus"#), "at the top"), (word(#"jos"#), "at the bottom"), (word(#"[îi]n mijloc|la mijloc"#), "in the middle"),
        (word(#"primul|prima|primele"#), "first"), (word(#"ultimul|ultima|ultimele"#), "last"),
        (word(#"al doilea|a doua"#), "the second"), (word(#"al treilea|a treia"#), "the third"),
        (word(#"fiecare"#), "each"), (word(#"toate|to[țţt]i"#), "all"), (word(#"doar|numai"#), "only"), (word(#"acum"#), ""),
        (word(#"[șşs]i|plus"#), "and"), (word(#"cu"#), "with"), (word(#"din|de la"#), "from"), (word(#"pentru"#), "for"), (word(#"f[aă]r[aă]"#), "without"),
        (word(#"la"#), "at"), (word(#"un|o"#), "a"), (word(#"e|este"#), "is"), (word(#"nu"#), "no"), (word(#"de"#), "of"),
        (#"[ \t]{2,}"#, " "), (#"\s+(?=[.,!?])"#, ""), (#"^\s+"#, ""),
    ]
}
