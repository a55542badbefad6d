import Foundation

/// Requests written in German, or German mixed with English ("the Übergänge should be 1 Sekunde long"),
/// as the English the rules read: the editing vocabulary ("20 Sekunden", "Musik leiser", "schwarz-weiß",
/// "keine Übergänge", "rückgängig") and the verb said last in German brought first ("den zweiten Clip
/// löschen" is "remove the second clip", "die Musik soll bei Sekunde 2 starten" "the music should start
/// at second 2"). Words in quotes and file names ("strand_01.jpg", "sommer_song.mp3") are never
/// translated; the answer stays in English. Checked by one marker pattern of words no English request has.
extension RulePlanner {
    /// Words only a German request has (never an English word, a Spanish or Portuguese one, or part of a file name).
    static let germanMarker = word(#"sekunden?|wischblenden?|kreisübergänge|zoomübergänge|abblende|zeitlupe|kräftiger|zeige|wiederherstellen|wie vorher|abschlusstafel|sek|musik|hintergrundmusik|lautstärke|bitte|mach|mache|machen|soll|sollte|übergänge|übergang|überblendung(?:en)?|schwarz[- ]?wei(?:ß|ss)|titel|untertitel|lauter|leiser|ohne|länger|kürzer|doppelt|löschen|lösche|lösch|entferne|entfernen|rückgängig|exportier\p{L}*|hochformat|hochkant|querformat|quadratisch|wie lange?|ausblenden|einblenden|jedes|jeden|und|ist|etwas|kannst|könntest|können|keine|nicht|ersten|zweiten|dritten|letzten|bilder|lied|oben|unten|danach|dann|zuerst|erst|beschneiden|zuschneiden|abschneiden|originalton|schalte|schalt|ausschalten|ausmachen|stummschalten|vom|ton aus|schneller|langsamer|größer|kleiner|hinzufügen|gerade|jetzt|bisschen|prozent|erste|zweite|dritte|vierte|letzte|kein|keinen|wie viele|danke|perfekt|anfang|ende|schieb|schiebe|verschiebe|drin|dem|vielen dank|dankeschön|kürze|kürz|verkürze|verlängere|gefällt|halb so|abspielen|ersetze|ersetz|ersetzen|durch"#)

    /// "Titel: Alles Gute Oma": the words of a text said without quotes are quoted first, so they are never translated.
    static func germanTextQuoted(_ text: String) -> String {
        // ("Füge einen Untertitel hinzu: Ankunft in Berlin": the words after the verb's last part are the text's; it put
        // "hinzu: Ankunft in Berlin" on screen.)
        let quoted = replacing(text, #"(?<![\p{L}])(titel|untertitel|überschrift|text|title|caption)(?:\s+(?:hinzu|dazu|ein|rein|an))?\s*:\s+(?!["“'‘«])([\p{L}\p{N}][^,;"“]*?)\s*(?=[.!?]?\s*$)"#, "$1 \"$2\"")
        // "Der Titel soll Sommerfest am See heißen": the words between "soll" and "heißen" are the new ones.
        return replacing(quoted, #"(?<![\p{L}])((?:der |den )?(?:titel|untertitel|überschrift|text)) (soll|sollte|muss) (?!["“'‘«])([\p{L}\p{N}][^,;"“]*?) (heißen|lauten)(?=\s*(?:bitte)?\s*[.!?]?\s*$)"#, "$1 $2 $4 \"$3\"")
    }

    /// German as English, longer phrases first: the verb said last brought first, then the words.
    static let germanAsEnglish: [(String, String)] = [
        // "(das Brautpaar-Foto …) soll 8 Sekunden stehen bleiben": how long it stays (read before "Sekunden" and "bleiben" are).
        (word(#"soll(?:en|te|ten)? (?:dann )?(?:(?:etwa|ungefähr|so) )?(\d+(?:[.,]\d+)?) sekunden? (?:lang )?(?:stehen ?bleiben|stehen|bleiben|zu sehen sein|dauern)"#), "should stay $1 seconds"),
        // Courtesy and filler: "bitte", "mal", "doch", "kannst du …?".
        (word(#"hallo|hi|hey|moin|servus"#) + #"[!,.]*"#, "hi"), (word(#"danke(?: schön| dir| sehr)?|vielen dank"#), "thanks"),
        // "was kannst du?", "wie funktioniert das?": a question about Reel itself.
        (#"(?:^|(?<=[,.!]|[,.!]\s|\bhi\s))\s*"# + word(#"was kannst du(?: alles)?(?: machen| tun)?|was kann (?:reel|das programm|die app)(?: alles)?|wie funktioniert (?:das|es|reel)(?: hier)?|hilfe"#) + #"\s*[?.!]*\s*$"#, "what can you do?"),
        // "wenn ich es kürzer mache und es mir nicht gefällt, kann ich zurück?": whether a change can be taken back, asked.
        (word(#"wenn ich (?:[^,.;!?]|\.(?=\w))*?(?:mache|ändere|lösche|entferne|kürze|verlängere|stelle|setze)"#), "if i change it"),
        (word(#"(?:und )?(?:es|das) (?:mir )?nicht gefällt|(?:und )?(?:es|das) gefällt mir nicht"#), "and i don't like it"),
        (word(#"(?:kann ich|können wir) (?:es |das )?(?:dann )?(?:wieder )?(?:zurück(?:gehen|nehmen)?|rückgängig machen)"#), "can i go back"),
        (word(#"kannst du|könntest du|können sie|könnten sie|kann man"#), "can you"),
        (word(#"bitte|bitteschön|gerne|gern|einfach|halt|eben"#) + #"\s*"#, ""), (#"(?<!\d )"# + word(#"mal|doch"#) + #"\s*"#, ""),
        // Questions about the video: "Wie lang ist das Video gerade?".
        (word(#"wie lange? (?:ist|dauert|geht)(?: jetzt| gerade| aktuell| momentan| denn)*"#), "how long is"),
        (word(#"was (?:ist|läuft|gibt es)(?: jetzt| gerade| aktuell| momentan)* (?:auf|in) der timeline"#), "what's on the timeline"),
        (word(#"gerade|jetzt|aktuell|momentan|nun|denn"#) + #"(?=\s*[?.!]?\s*$)"#, ""),
        // "noch ein bisschen", "noch etwas mehr" said alone after a change: a bit more of it.
        (#"^\s*(?:und\s+)?"# + word(#"noch (?:ein (?:kleines |klein )?(?:bisschen|bissl|bissel|wenig|stück|stückchen)|etwas|was|mehr)(?: mehr)?"#) + #"\s*[.!]*\s*$"#, "a bit more"),
        // "Ersetze song.mp3 durch gitarre_intro.mp3", "ersetz die Musik mit …": the first replaced with the second.
        (word(#"ersetze|ersetz|ersetzen|tausche|tausch"#) + #"\s+([^,;!?]+?)\s+"# + word(#"durch|gegen"#), "replace $1 with"),
        // Undo: "mach das rückgängig", "rückgängig machen".
        // "alles rückgängig", "fang von vorne an": every change, back to the video as first made.
        (word(#"(?:mach |mache )?alles rückgängig(?: machen)?|alle änderungen rückgängig(?: machen)?|(?:fang|fange|fangen wir|noch ?mal) (?:von vorne|neu) an|von vorne anfangen|neu anfangen"#) + #"(?=\s*[.!]*\s*$)"#, "undo all changes"),
        (word(#"(?:mach|mache|machen?) (?:das|es|den letzten schritt|die letzte änderung)? ?rückgängig|(?:das |den letzten schritt |die letzte änderung )?rückgängig(?: machen)?"#), "undo"),
        // Times: "20 Sekunden", "ein 20-Sekunden-Video", "bei Sekunde 2", "eine halbe Sekunde".
        (word(#"(?:eine )?halbe sekunde"#), "0.5 seconds"), (word(#"anderthalb sekunden"#), "1.5 seconds"), (word(#"eine sekunde|einer sekunde"#), "1 second"),
        (word(#"zwei"#) + #"(?=\s+(?:sekunden|sek)\b)"#, "2"), (word(#"drei"#) + #"(?=\s+(?:sekunden|sek)\b)"#, "3"), (word(#"vier"#) + #"(?=\s+(?:sekunden|sek)\b)"#, "4"),
        (word(#"fünf"#) + #"(?=\s+(?:sekunden|sek)\b)"#, "5"), (word(#"zehn"#) + #"(?=\s+(?:sekunden|sek)\b)"#, "10"),
        (#"(?<![\p{L}])(?:ein |einen )?(\d+(?:[.,]\d+)?)[- ]?(?:sekunden|sek)[- ](video|clip|film|reel)(?![\p{L}])"#, "a $1 second $2"),
        (#"(\d+),(\d+)(?=\s*(?:sekunden|sekunde|sek)(?![\p{L}]))"#, "$1.$2"), (#"(\d+(?:[.,]\d+)?)\s*(?:sekunden|sekunde|sek\.?)(?![\p{L}])"#, "$1 seconds"),
        (word(#"(?:ein |einen )?(\d+(?:\.\d+)?) seconds (video|clip|film|reel)"#), "a $1 second $2"),
        // "ab Sekunde 2 bis Sekunde 8": from one second to another; "bei Sekunde 2" at it.
        (word(#"(?:von|ab) sekunde (\d+(?:\.\d+)?) bis (?:zu |zur )?(?:sekunde )?(\d+(?:\.\d+)?)(?: seconds)?|von (\d+(?:\.\d+)?) bis (\d+(?:\.\d+)?) seconds"#), "from $1$3 to $2$4 seconds"),
        (word(#"ab sekunde (\d+(?:[.,]\d+)?)"#), "from second $1"), (word(#"bis (?:zu |zur )?sekunde (\d+(?:[.,]\d+)?)"#), "to second $1"),
        (word(#"(?:bei |an |nach )?sekunde (\d+(?:[.,]\d+)?)"#), "at second $1"),
        // "über 3 Sekunden ausblenden": how long the fade takes.
        (word(#"über"#) + #"(?=\s+\d)"#, "over"),
        (#"(\d+(?:[.,]\d+)?)\s*(?:prozent|%)(?![\p{L}])"#, "$1%"),
        (word(#"doppelt so lange?|zweimal so lange?|doppelt so viel zeit"#), "twice as long"), (word(#"halb so lange?"#), "half as long"),
        (word(#"doppelt so schnell|zweimal so schnell"#), "2x faster"), (word(#"halb so schnell|doppelt so langsam"#), "2x slower"),
        (word(#"jedes (?:foto|bild)|jede (?:aufnahme)|jedes einzelne (?:foto|bild)"#), "each photo"), (word(#"jeder clip|jeden clip"#), "each clip"),
        (word(#"(?:die |alle )?(?:fotos|bilder) (?:länger|kürzer),? (?:auf |je |jeweils )?(\d+(?:\.\d+)?) seconds"#), "each photo $1 seconds"),
        (word(#"jeweils|je"#), "each"), (word(#"pro (foto|bild)"#), "per photo"),
        // The picture and sound together: "ausblenden, Bild und Ton" fades out the video and the music.
        (word(#"(?:am ende |zum schluss )?ausblenden([^.;!?]*?)(\d+(?:[.,]\d+)?)\s*(?:seconds?|sekunden|sek|s)\b([^.;!?]*?)(?:bild und ton|video und musik|bild und musik)"#),
         "fade out to black at the end over $2 seconds, and fade out the music over $2 seconds"),
        (word(#"(?:bild und ton|video und musik|bild und musik)([^.;!?]*?)(\d+(?:[.,]\d+)?)\s*(?:seconds?|sekunden|sek|s)\b([^.;!?]*?)ausblenden"#),
         "fade out to black at the end over $2 seconds, and fade out the music over $2 seconds"),
        (word(#"(?:am anfang |zu beginn )?einblenden([^.;!?]*?)(\d+(?:[.,]\d+)?)\s*(?:seconds?|sekunden|sek|s)\b([^.;!?]*?)(?:bild und ton|video und musik|bild und musik)"#),
         "fade in from black at the start over $2 seconds, and fade in the music over $2 seconds"),
        (word(#"(?:bild und ton|video und musik|bild und musik)([^.;!?]*?)(\d+(?:[.,]\d+)?)\s*(?:seconds?|sekunden|sek|s)\b([^.;!?]*?)einblenden"#),
         "fade in from black at the start over $2 seconds, and fade in the music over $2 seconds"),
        (word(#"(?:am ende |zum schluss )?(?:bild und ton|video und musik|bild und musik) ausblenden|ausblenden,? (?:bild und ton|video und musik|bild und musik)"#), "fade out to black at the end, and fade out the music"),
        (word(#"(?:am anfang |zu beginn )?(?:bild und ton|video und musik|bild und musik) einblenden|einblenden,? (?:bild und ton|video und musik|bild und musik)"#), "fade in from black at the start, and fade in the music"),
        // "die Musik nicht löschen", "lass den Titel", "entferne nicht den Titel": that thing kept; "nicht die Musik
        // entfernen, sondern den Titel" keeps one and removes the other; "lösche nichts" asks nothing.
        (#"(?:^|(?<=[,.;!?]))\s*"# + word(#"nicht ((?:[^,.;!?]|\.(?=\w))*?)\s+(?:löschen|entfernen|rausnehmen|wegmachen),?\s+sondern\s+((?:[^,.;!?]|\.(?=\w))+)"#), " keep $1, remove $2"),
        (#"(?:^|(?<=[,.;!?]))\s*"# + word(#"(?:lösche|lösch|entferne|entfern|nimm)(?: bitte)? nichts|nichts (?:löschen|entfernen|rausnehmen)"#) + #"\s*,?"#, ""),
        // "Nimm den Originalton vom Clip raus, die Musik soll aber bleiben": that clip's own sound off, the music kept (not understood).
        (word(#"(?:nimm|nehmt|mach|macht|schalte|schalt|dreh)(?: bitte)? (?:den |das )?(?:originalton|ton|sound|audio)(?: bitte)? (?:vom|von dem|aus dem|beim|im) (clip|video)\s+(?:raus|weg|ab|aus)"#), "mute the $1"),
        (word(#"(?:nimm|nehmt|mach|macht|schalte|schalt|dreh)(?: bitte)? (?:den |das )?(?:originalton|ton|sound|audio)(?: bitte)? (?:von den|aus den|bei den|in den) (clips|videos)\s+(?:raus|weg|ab|aus)"#), "mute the $1"),
        (word(#"(?:nimm|nehmt|mach|macht|schalte|schalt|dreh)(?: bitte)? (?:den |das )?originalton\s+(?:raus|weg|ab|aus)"#), "mute the clips"),
        (word(#"((?:die|der|das|den) (?:musik|hintergrundmusik|titel|übergänge|lied|song)) soll(?:en)? aber (?:so )?bleiben"#), "but keep $1"),
        (word(#"(?:lösche|lösch|entferne|entfern)(?: bitte)? nicht"#), "keep"),
        // ("mach es nicht kürzer" asks no change: kept as it is, never the change it names.)
        (word(#"(?:mach|mache) (es|das|ihn|sie|(?:das|den|die) [\p{L}-]+) nicht (?:noch )?(?:kürzer|länger|schneller|langsamer|leiser|lauter|größer|kleiner|heller|dunkler)"#), "keep $1 as it is"),
        (word(#"(?:mach|mache) (es|das|ihn|sie|(?:das|den|die) [\p{L}-]+) nicht"#), "don't make $1"),
        (#"(?:^|(?<=[,.;!?]))\s*((?:[^,.;!?]|\.(?=\w))*?)\s+"# + word(#"nicht (?:löschen|entfernen|rausnehmen|weglassen|ändern|anfassen|wegmachen)"#), " keep $1"),
        (#"(?:^|(?<=[,.;!?]))\s*"# + word(#"(?:lass|lasse) ((?:den|die|das) [\p{L}-]+)(?: so| drin| wie (?:er|sie|es) ist)?"#) + #"(?=\s*(?:[,.;!?]|$))"#, " keep $1"),
        // "Nichts beschneiden, bitte alles ganz zeigen", "schneide nichts ab", "zeig die Bilder komplett": every picture whole.
        // (Never "den Titel nicht abschneiden": a "nicht" after what it is said of.)
        (#"(?:^|(?<=[,.;!?]))\s*"# + word(#"nicht (?:beschneiden|zuschneiden|croppen)"#), " don't crop anything"),
        (word(#"(?:nichts|keine bilder|keine fotos) (?:beschneiden|zuschneiden|abschneiden|croppen|wegschneiden)|(?:beschneide|beschneid|schneide|schneid|croppe|cropp) (?:bitte )?nichts(?: ab| weg| zu)?|nichts (?:soll|darf|sollte) (?:beschnitten|abgeschnitten|zugeschnitten|gecroppt) werden"#), "don't crop anything"),
        (word(#"(?:zeige?|zeigt) (alles|die fotos|die bilder|die videos|die clips|das bild|das foto|jedes (?:foto|bild)) (?:ganz|komplett|vollständig|in voller größe)|(alles|die fotos|die bilder|die videos|die clips|jedes (?:foto|bild)) (?:ganz|komplett|vollständig|in voller größe) (?:zeigen|sehen|drauf|im bild)"#), "show $1$2 in full"),
        // "Die Bilder sollen nicht abgeschnitten werden": shown whole.
        (word(#"(alles|die fotos|die bilder|die videos|die clips|die köpfe) (?:soll|sollen|sollte|sollten|darf|dürfen) nicht (?:abgeschnitten|beschnitten|zugeschnitten|gecroppt) werden"#), "show $1 in full"),
        // "schalte den Ton von b.mp4 aus", "den Ton von b.mp4 ausschalten": that clip's own sound muted.
        (word(#"(?:schalte |schalt |mach |mache )?(?:den )?(?:ton|originalton) (?:von|vom|bei|in) ([\p{L}\p{N}_-]+\.(?:mp4|mov|m4v|webm)) (?:aus|ausschalten|ausmachen|stummschalten|stumm|weg)"#), "mute $1"),
        // "den Ton vom Video ausschalten": the clips' own sound muted.
        (word(#"(?:schalte |schalt |mach )?(?:den )?(?:ton|originalton) (?:vom|von dem|des|der) (?:video|videos|clip|clips)s? (?:aus|ausschalten|ausmachen|stummschalten|stumm|weg)"#), "mute the video's sound"),
        // "das zweite Foto weg": that picture removed.
        (word(#"((?:den |das |die )?(?:erste|zweite|dritte|vierte|fünfte|letzte)[nsr]? (?:foto|bild|clip|video))\s+(?:weg|raus)"#) + #"(?=\s*(?:[,.;!?]|$))"#, "remove $1"),
        // "Musik aus", "mach die Musik aus": no music; "Ton aus": the clips' own sound muted.
        (word(#"(?:mach |schalt |schalte )?(?:die |das |den )?(?:hintergrund)?(?:musik|lied|song) (?:aus|ausmachen|ausschalten|abschalten)"#) + #"(?=\s*(?:[,.;!?]|$))"#, "no music"),
        (word(#"(?:mach |schalt |schalte )?(?:den )?(?:originalton|ton) (?:aus|ausmachen|ausschalten|stumm)"#), "mute the original sound"), (word(#"stummschalten|stumm"#), "mute"),
        // "das Brautpaar-Foto kommt ans Ende und soll 8 Sekunden stehen bleiben": where a picture of a new video goes, and
        // how long it stays (it was a move, and the video made only of it, 8 s long).
        (word(#"(?:kommt|kommen|geht|gehen|gehört|gehören) (?:ganz )?(?:ans ende|an das ende|zum schluss|als letztes|nach hinten)"#), "goes at the end"),
        (word(#"(?:kommt|kommen|geht|gehen|gehört|gehören) (?:ganz )?(?:an den anfang|nach vorne|als erstes|zuerst)"#), "goes first"),
        // Where a picture goes: "das zweite Foto an den Anfang", "schieb den Clip ans Ende".
        (#"(?:^|(?<=[,.;!?]))\s*(?:"# + word(#"schieb|schiebe|verschieb|verschiebe|setz|setze|stell|stelle|pack|packe|tu|tue"#) + #"\s+)?((?:[^,.;!?]|\.(?=\w))*?)\s+"# + word(#"(?:ganz )?(?:an den anfang|nach vorne|an die erste stelle|an erste stelle)(?: (?:schieben|verschieben|setzen|stellen|packen|tun))?"#), " move $1 to the start"),
        (#"(?:^|(?<=[,.;!?]))\s*(?:"# + word(#"schieb|schiebe|verschieb|verschiebe|setz|setze|stell|stelle|pack|packe|tu|tue"#) + #"\s+)?((?:[^,.;!?]|\.(?=\w))*?)\s+"# + word(#"(?:ganz )?(?:ans ende|an das ende|nach hinten|an die letzte stelle|an letzte stelle)(?: (?:schieben|verschieben|setzen|stellen|packen|tun))?"#), " move $1 to the end"),
        // A complaint: "zu laut", "nicht so laut".
        (word(#"zu laut|nicht so laut"#), "too loud"), (word(#"zu leise|nicht so leise"#), "too quiet"), (word(#"zu langsam"#), "too slow"), (word(#"zu schnell"#), "too fast"),
        (word(#"zu kurz"#), "too short"), (word(#"zu lang|zu lange"#), "too long"), (word(#"zu dunkel"#), "too dark"), (word(#"zu hell"#), "too bright"),
        (word(#"schwarzblende|abblende|abblendung"#), "fade to black"),
        // "kürze Clip 2 auf 4 Sekunden" is clip 2 4 s long (never a span from 2 to 4); "um 1 Sekunde" 1 s less.
        (word(#"(?:kürze|kürz|verkürze|verkürz|verlängere|verlänger|schneide|schneid|trimme|trimm)\s+((?:[^,.;!?]|\.(?=\w))*?)\s+auf (\d+(?:\.\d+)?) seconds"#), "make $1 $2 seconds"),
        (word(#"(?:kürze|kürz|verkürze|verkürz)\s+((?:[^,.;!?]|\.(?=\w))*?)\s+um (\d+(?:\.\d+)?) seconds"#), "make $1 $2 seconds shorter"),
        (word(#"(?:verlängere|verlänger)\s+((?:[^,.;!?]|\.(?=\w))*?)\s+um (\d+(?:\.\d+)?) seconds"#), "make $1 $2 seconds longer"),
        (word(#"(?:kürze|kürz|verkürze|verkürz)\s+((?:[^,.;!?]|\.(?=\w))+)"#), "make $1 shorter"), (word(#"(?:verlängere|verlänger)\s+((?:[^,.;!?]|\.(?=\w))+)"#), "make $1 longer"),
        // "auf 20 Sekunden verlängern" is to 20 seconds; "um 4 Sekunden verlängern" 4 seconds more.
        (#"(?:^|(?<=[,.;!?]))(\s*(?:can you )?(?:und |aber |dann )?)((?:[^,.;!?]|\.(?=\w))*?)\s*"# + word(#"auf (\d+(?:\.\d+)?) seconds (?:verlängern|kürzen|verkürzen|bringen|setzen|stellen|ändern)"#), "$1make $2 $3 seconds"),
        // "Musik weg", "den Titel raus": that thing removed.
        (word(#"(?:die |der |das |den )?(musik|hintergrundmusik|lied|song|titel|untertitel|text|übergänge|[\p{L}\p{N}_-]+\.(?:jpe?g|png|heic|mp4|mov|mp3|m4a|wav))\s+(?:weg|raus)"#) + #"(?=\s*(?:[,.;!?]|$))"#, "remove the $1"),
        // The verb said last: "den zweiten Clip löschen", "die Musik etwas leiser machen", "das Video exportieren".
        (#"(?:^|(?<=[,.;!?]))(\s*(?:can you )?(?:und |aber |dann )?)((?:[^,.;!?]|\.(?=\w))*?)\s+"# + word(#"löschen|entfernen|rausnehmen|rauslöschen|wegmachen|weglassen|rausschneiden"#), "$1remove $2"),
        (#"(?:^|(?<=[,.;!?]))(\s*(?:can you )?(?:und |aber |dann )?)((?:[^,.;!?]|\.(?=\w))*?)\s+"# + word(#"hinzufügen|einfügen|dazutun|dazu packen|reinpacken|reinmachen"#), "$1add $2"),
        (#"(?:^|(?<=[,.;!?]))(\s*(?:can you )?(?:und |aber |dann )?)((?:[^,.;!?]|\.(?=\w))*?)\s+"# + word(#"exportieren|rendern|speichern"#), "$1export $2"),
        (#"(?:^|(?<=[,.;!?]))(\s*(?:can you )?(?:und |aber |dann )?)((?:[^,.;!?]|\.(?=\w))*?)\s+"# + word(#"ausblenden"#), "$1fade out $2"),
        (#"(?:^|(?<=[,.;!?]))(\s*(?:can you )?(?:und |aber |dann )?)((?:[^,.;!?]|\.(?=\w))*?)\s+"# + word(#"einblenden"#), "$1fade in $2"),
        (#"(?:^|(?<=[,.;!?]))(\s*(?:can you )?(?:und |aber |dann )?)((?:[^,.;!?]|\.(?=\w))*?)\s+"# + word(#"verschieben|schieben|setzen|stellen|packen|tun"#) + #"(?=\s*(?:[,.;!?]|$))"#, "$1put $2"),
        (#"(?:^|(?<=[,.;!?]))(\s*(?:can you )?(?:und |aber |dann )?)((?:[^,.;!?]|\.(?=\w))*?)\s+"# + word(#"verlängern"#), "$1make $2 longer"),
        (#"(?:^|(?<=[,.;!?]))(\s*(?:can you )?(?:und |aber |dann )?)((?:[^,.;!?]|\.(?=\w))*?)\s+"# + word(#"kürzen|verkürzen"#), "$1make $2 shorter"),
        (#"(?:^|(?<=[,.;!?]))(\s*(?:can you )?(?:und |aber |dann )?)((?:[^,.;!?]|\.(?=\w))*?)\s+"# + word(#"ändern|umändern"#), "$1change $2"),
        (#"(?:^|(?<=[,.;!?]))(\s*(?:can you )?(?:und |aber |dann )?)((?:[^,.;!?]|\.(?=\w))*?)\s+"# + word(#"machen"#) + #"(?=\s*(?:[,.;!?]|$))"#, "$1make $2"),
        // "Die Musik soll erst bei Sekunde 2 starten", "Der Titel soll 'X' sein": should, then the verb.
        (word(#"(soll|sollte|sollen|muss|müssen)\s+((?:[^,.;!?]|\.(?=\w))*?)\s+(starten|beginnen|anfangen|einsetzen|losgehen|enden|aufhören|stoppen|dauern|bleiben|sein|werden)"#), "should $3 $2"),
        (word(#"(?:lass|lasse) ((?:[^,.;!?]|\.(?=\w))*?)\s+(starten|beginnen|anfangen|einsetzen|losgehen|enden|aufhören|stoppen)"#), "$2 $1"),
        (#"(?:^|(?<=[,.;!?]))(\s*(?:can you )?(?:und |aber |dann )?)((?:[^,.;!?]|\.(?=\w))*?)\s+"# + word(#"starten|beginnen|anfangen|einsetzen|loslaufen"#) + #"(?=\s*(?:[,.;!?]|$))"#, "$1start $2"),
        (word(#"(?:soll|sollte|sollen|muss|müssen)(?: jetzt| nun| lieber| stattdessen)?(?: lauten| heißen| sein)?"#) + #"\s*$"#, "should be "),
        (#"^\s*"# + word(#"sein|lauten|heißen|werden|stehen|um|ändern|umbenennen"#) + #"\s*[.!]*\s*$"#, ""),
        (word(#"benenne|benenn"#), "rename"),
        (word(#"starten|beginnen|anfangen|einsetzen|losgehen|startet|beginnt|fängt an|setzt ein"#), "start"),
        (word(#"enden|aufhören|stoppen|endet|hört auf"#), "end"), (word(#"dauern|dauert"#), "last"), (word(#"bleiben|bleibt"#), "stay"),
        (word(#"sein|werden"#), "be"), (word(#"erst"#) + #"(?= (?:at|bei|ab|nach|um|wenn|später))"#, ""),
        // Verbs said first.
        (word(#"mach|mache|macht|machen|mach mir|mache mir"#), "make"), (word(#"lösche|lösch|entferne|entfern"#), "remove"),
        (word(#"füge|füg"#), "add"), (word(#"hinzu|dazu|ein"#) + #"\s*(?=[,.;!?]|$)"#, ""), (word(#"setze|setz|stelle|stell|leg|lege|pack|packe"#), "put"), (word(#"verschiebe|verschieb|schiebe|schieb"#), "move"),
        (word(#"ändere|änder|ersetze|ersetz"#), "change"), (word(#"wechsel|wechsle|wechsele|tausch (?=(?:die|den|das) (?:musik|lied|song))"#), "switch"), (word(#"exportiere|exportier|exportieren|export|speichere|speicher|render"#), "export"),
        (word(#"benutze|benutz|nimm|verwende|verwend"#), "use"), (word(#"lass|lasse"#), "let"), (word(#"tausche|tausch|vertausche"#), "swap"),
        // "ändere den Titel zu 'X'": the words after it are the new ones.
        (#"\b(change|rename|set|put)\b([^.,;]{0,40}?)\s+"# + word(#"zu|in|auf"#) + #"\s*$"#, "$1$2 to "),
        // Sound: "die Musik etwas leiser", "ohne Musik", "Musik auf 25 Prozent".
        (word(#"(?:ein )?(?:kleines |klein )?(?:bisschen|bissl|bissel|wenig)|etwas|leicht"#), "a bit"), (word(#"viel"#) + #"(?= (?:leiser|lauter|kürzer|länger|schneller|langsamer|größer|kleiner|heller|dunkler))"#, "much"),
        (word(#"leiser|leise"#), "quieter"), (word(#"lauter"#), "louder"), 
        (word(#"ohne (?:die |der )?(?:hintergrund)?musik|keine (?:hintergrund)?musik"#), "no music"), (word(#"ohne"#), "without"),
        (word(#"windrauschen|windgeräusche?|windgeräusch"#), "wind noise"), (word(#"hintergrundrauschen|rauschen|hintergrundgeräusche"#), "background noise"),
        // "das Hafen-Video", "das Strandbild": a picture or clip called by the word before it (never "Titelbild", "Musikvideo").
        (word(#"([\p{L}\p{N}]{3,})-(video|clip|foto|bild)"#), "$1 $2"),
        (word(#"(?!(?:titel|hintergrund|stand|vor|sinn|schluss|abschluss|vorschau|profil|lieblings|musik|ganze|end|lieder|tanz)(?:bild|foto|video|clip))(\p{L}{4,}?)(bild|foto|video|clip)"#), "$1 $2"), (word(#"hintergrundmusik|musik"#), "music"), (word(#"lied|song"#), "song"), (word(#"lautstärke"#), "volume"), (word(#"ton|originalton"#), "sound"),
        // The picture and the shape: "schwarz-weiß", "Hochformat", "hochkant".
        (word(#"(?:in )?schwarz[- ]?wei(?:ß|ss)|s/w"#), "black and white"),
        (word(#"(?:im |ins |in )?(?:hochformat|hochkant)"#), "vertical"), (word(#"(?:im |ins |in )?querformat"#), "horizontal"), (word(#"quadratisch"#), "square"),
        // The offers Reel makes in German: "Wischblenden", "in Zeitlupe", "wiederherstellen", "mach es wieder wie vorher".
        (word(#"wischblenden?"#), "wipe transitions"), (word(#"kreisübergänge|kreisblenden"#), "circle transitions"), (word(#"zoomübergänge"#), "zoom transitions"),
        (word(#"abblende über schwarz|über schwarz abblenden"#), "fade through black"), (word(#"in zeitlupe"#), "in slow motion"),
        (word(#"(?:mach )?(?:die )?farben kräftiger|kräftigere farben"#), "more vivid colours"), (word(#"zeige? (?:die |das )?(fotos?) ganz"#), "show the $1 in full"),
        (word(#"wiederherstellen|stell es wieder her"#), "redo"), (word(#"mach es wieder wie vorher"#), "put it back how it was"),
        (word(#"hinter clip (\d+)"#), "after clip $1"), (word(#"(?:eine )?abschlusstafel"#), "an end card"),
        (word(#"wärmer"#), "warmer"), (word(#"kälter|kühler"#), "cooler"), (word(#"heller"#), "brighter"), (word(#"dunkler"#), "darker"),
        (word(#"rot"#), "red"), (word(#"blau"#), "blue"), (word(#"gelb"#), "yellow"), (word(#"grün"#), "green"), (word(#"weiß|weiss"#), "white"), (word(#"schwarz"#), "black"),
        (word(#"rosa|pink"#), "pink"), (word(#"lila"#), "purple"), (word(#"golden|gold"#), "gold"),
        // Transitions and fades.
        (word(#"keine (?:übergänge|überblendungen)|ohne (?:übergänge|überblendungen)|keinen übergang"#), "no transitions"),
        (word(#"weiche (?:übergänge|überblendungen)|überblendungen"#), "fade transitions"), (word(#"übergänge"#), "transitions"), (word(#"übergang|überblendung"#), "transition"),
        (word(#"ausblenden|ausblendung"#), "fade out"), (word(#"einblenden|einblendung"#), "fade in"),
        // Lengths and speed.
        (word(#"länger|länge"#), "longer"), (word(#"kürzer"#), "shorter"), (word(#"lang|lange"#), "long"),
        (word(#"schneller"#), "faster"), (word(#"langsamer"#), "slower"), (word(#"größer"#), "bigger"), (word(#"kleiner"#), "smaller"),
        // Texts.
        (word(#"als titel|mit (?:dem )?titel"#), "with the title"), (word(#"untertitel|bildunterschrift|beschriftung"#), "caption"), (word(#"titel|überschrift"#), "title"), (word(#"abspann"#), "end card"),
        // Clips, in order: "den zweiten Clip", "das letzte Foto".
        (word(#"(?:den |das |die |der |dem )?(?:erste|ersten|erstes|erster)"#), "the first"), (word(#"(?:den |das |die |der |dem )?(?:zweite|zweiten|zweites|zweiter)"#), "the second"),
        (word(#"(?:den |das |die |der |dem )?(?:dritte|dritten|drittes|dritter)"#), "the third"), (word(#"(?:den |das |die |der |dem )?(?:vierte|vierten|viertes|vierter)"#), "the fourth"),
        (word(#"(?:den |das |die |der |dem )?(?:letzte|letzten|letztes|letzter)"#), "the last"),
        // "aus den Hochzeitsfotos", "die Urlaubsbilder": the photos (as "the wedding photos" reads), never the videos beside them.
        (#"(?<![\p{L}\p{N}_./\\-])\p{L}{3,}?s?(?:fotos|bildern|bilder)(?![\p{L}\p{N}_/\\-]|\.[\p{L}\p{N}])"#, "photos"),
        (word(#"fotos|bilder"#), "photos"), (word(#"foto|bild"#), "photo"),
        // Places.
        (word(#"am ende|zum schluss|am schluss"#), "at the end"), (word(#"am anfang|zu beginn|am start"#), "at the start"),
        // "setz den Titel nach oben": to the top (it added a title "after").
        (word(#"(?:ganz )?nach oben"#), "to the top"), (word(#"(?:ganz )?nach unten"#), "to the bottom"),
        (word(#"oben"#), "at the top"), (word(#"unten"#), "at the bottom"), (word(#"in der mitte|in die mitte|mittig"#), "in the middle"),
        // Small words.
        (word(#"das ganze video|das gesamte video|das komplette video"#) + #"(?=\s*[.!?]?\s*$)"#, "the whole video"), (word(#"ganze|ganzen|gesamte|gesamten|komplette"#), "whole"),
        (word(#"und dann|dann|danach|anschließend"#), "then"), (word(#"zuerst|als erstes"#) + #"|^\s*"# + word(#"erst"#), "first"), (word(#"und"#), "and"), (word(#"oder"#), "or"), (word(#"aber"#), "but"),
        (word(#"perfekt|super|toll|klasse|prima|passt(?: so)?|gut so|sieht gut aus"#), "perfect"), (word(#"wie viele"#), "how many"), (word(#"sind drin|sind da drin|gibt es"#), "are there"),
        (word(#"nicht"#), "not"), (word(#"kein|keine|keinen"#), "no"), (word(#"lieber|stattdessen|eher"#), "instead"), (word(#"ihn|ihm|sie"#), "it"),
        (word(#"nein|nee"#), "no"), (word(#"nur"#), "only"), (word(#"auch"#), "also"), (word(#"noch"#), ""), (word(#"alle"#), "all"), (word(#"alles"#), "everything"),
        (word(#"mit"#), "with"), (word(#"aus"#), "from"), (word(#"für"#), "for"), (word(#"von"#), "from"), (word(#"bis|zu|zum|zur"#), "to"), (word(#"ab"#), "from"),
        (word(#"bei"#), "at"), (word(#"auf"#), "to"), (word(#"um"#), "by"), (word(#"nach"#), "after"), (word(#"vor"#), "before"), (word(#"im"#), "in the"),
        (word(#"ist"#), "is"), (word(#"sind"#), "are"), (word(#"es"#), "it"), (word(#"dies|dieses|diese|diesen"#), "this"),
        (word(#"mein|meine|meinen|meinem"#), "my"), (word(#"der|die|das|den|dem|des"#), "the"), (word(#"ein|eine|einen|einem|einer"#), "a"),
        // Never a removal said with "not" ("remove not the title"): kept.
        (#"\bremove not\b|\bnot remove\b"#, "keep"),
        (#"[ \t]{2,}"#, " "), (#"\s+(?=[.,!?])"#, ""), (#"^\s*,\s*"#, ""),
    ]
}
