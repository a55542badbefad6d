import Foundation

/// Requests written in Italian, or Italian mixed with English ("togli la musica", "metti il titolo 'Buon
/// Compleanno'", "la musica più bassa per favore"), as the English the rules read: the editing vocabulary
/// (togli/metti/aggiungi, titolo/didascalia/scritta, musica/canzone, dissolvenza, annulla, esporta) and the
/// shapes of a request ("più lungo di 2 secondi" is "2 seconds longer", never a 2 second video; "dal secondo 5
/// per 3 secondi" a start and a length). Words in quotes and file names are never translated. Read before the
/// French, Portuguese and Spanish tables, by a marker of words none of those languages (nor English) has.
extension RulePlanner {
    /// Words only an Italian request has (never a Spanish, Portuguese, French or English one, or part of a file name:
    /// not "quelle", which French writes).
    static let italianMarker = word(#"rallentatore|velocità|togli|toglila|toglilo|toglile|togliere|rimuovi|rimuovila|rimuovilo|rimuovere|eliminala|eliminalo|levala|levalo|metti|mettila|mettilo|mettere|aggiungi|aggiungere|inserisci|didascalia|didascalie|sottotitol[oi]|scritta|canzone|brano|più|abbassa|dissolvenz[ae]|transizion[ei]|orizzontale|secondi|ogni|velocizza|rallenta|bianco e nero|annulla|esporta|esportalo|esportala|alza (?:la musica|la canzone|il volume)|sposta|spostala|spostalo|senza|grazie|potresti|puoi|fammi|fallo|falla|rendi|rendilo|rendila|gli|della|dello|delle|degli|alla|alle|dalla|dalle|nella|nelle|sulla|per favore|per piacere|quanto dura|l'ultim[ao]|all'inizio|alla fine|com'è|cos'è|tutt[oaie]|quest[oaie]|un po'|ciao|quant[ei]|c['’]è|nel|colori|titolo|torna com['’] ?era|torna indietro|ripristina|nessun[ao]?|niente|cosa puoi fare|(?:dal|al) secondo \d|iniziare|finire|durare|allungal[oa]|accorcial[oa]|ancora(?: un (?:po'|pochino|pochettino|poco))?|pochino"#)

    /// "metti il titolo: Buon compleanno nonna", "una scritta che dice Auguri": the words of a text said without
    /// quotes are quoted first, so they are never translated.
    static func italianTextQuoted(_ text: String) -> String {
        replacing(text, #"(?<![\p{L}])((?:titolo|didascalia|sottotitolo|scritta|testo)\s*(?::|che dice|con scritto)|che dice|con scritto)\s+(?!["“'‘«])([\p{L}\p{N}][^,;"“]*?)\s*(?=,|\s+e\s+(?:metti|mettilo|mettila|fai|fallo|aggiungi)\b|\s+(?:per|dal|da|al|alla|nei|negli)\s+(?:\d|primi\b|ultimi\b|secondo\b)|\s+(?:all'inizio|alla fine|in alto|in basso|al centro)\b|[.!?]?\s*$)"#, "$1 \"$2\"")
    }

    /// The numbers a request says in words before a unit ("tre secondi", "due foto").
    static let italianNumbers: [(String, String)] = [
        ("due", "2"), ("tre", "3"), ("quattro", "4"), ("cinque", "5"), ("sei", "6"), ("sette", "7"), ("otto", "8"), ("nove", "9"),
        ("dieci", "10"), ("quindici", "15"), ("venti", "20"), ("trenta", "30"), ("quaranta", "40"), ("sessanta", "60"),
    ].map { (word($0.0) + #"(?= (?:secondi|foto|clip|immagini|volte))"#, $0.1) } + [(word("un|uno") + #"(?= secondo\b)"#, "1")]

    /// Italian as English, longer phrases first.
    static let italianAsEnglish: [(String, String)] = italianNumbers + [
        // Elided articles first: "l'ultima foto", "all'inizio", "un'altra".
        (#"(?<![\p{L}])(l|all|dall|dell|nell|sull|un)['’](?=\p{L})"#, "$1' "),
        // Courtesy and talk around a request.
        (word(#"per favore|per piacere|perfavore|per cortesia"#), "please"), (word(#"(?:grazie mille|grazie)"#), "thanks"), (word(#"ciao|salve"#) + #"[!,.]*"#, "hi"),
        (word(#"perfetto|perfetta|ottimo|benissimo"#) + #"[!.]*"#, "perfect"),
        (word(#"(?:che )?cosa (?:puoi|sai) fare|come funziona|aiuto"#) + #"\s*\?*"#, "what can you do?"),
        (word(#"(?:mi )?(?:potresti|puoi|può|potete|riesci a)"#), "can you"),
        // "cambia il titolo in 'Auguri'": the text's new words.
        (word(#"cambia (il titolo|la didascalia|il testo|la scritta) (?:in|con)"#) + #"(?=\s*(?:["'“‘«]|$))"#, "change $1 to"),
        (word(#"vorrei|voglio"#), "i want"),
        // Never a removal said with "non": "non togliere la musica" keeps it.
        (word(#"non (?:togliere|toglierla|toglierlo|rimuovere|eliminare|cancellare|toccare|cambiare)"#), "keep"),
        // A complaint asks the opposite: "la musica è troppo forte" is too loud.
        (word(#"(?:la )?(?:musica|canzone|volume) (?:è|e') (?:troppo|un po' troppo) (?:forte|alta|alto)"#), "the music is too loud"),
        (word(#"(?:la )?(?:musica|canzone|volume) (?:è|e') (?:troppo|un po' troppo) (?:bassa|basso|piano)"#), "the music is too quiet"),
        (word(#"(?:il )?video (?:è|e') troppo lungo"#), "the video is too long"), (word(#"(?:il )?video (?:è|e') troppo corto"#), "the video is too short"),
        // Undo and redo: "annulla", "annulla tutto", "torna com'era".
        (word(#"annulla tutto|annulla tutte le modifiche|ricomincia(?: da capo)?"#) + #"(?=\s*[.!]*\s*$)"#, "undo all changes"),
        (word(#"annulla|annullalo|annullala|torna (?:indietro|com' ?era)"#) + #"(?: (?:l' ultima (?:modifica|cosa)|quello|questo))?"#, "undo"),
        (word(#"ripristina|rifai|rifallo"#), "redo"),
        // Questions: "quanto dura?", "quante foto ci sono?", "com'è il video?".
        (word(#"quanto (?:dura|è lungo)(?: il video)?(?: adesso| ora)?"#), "how long is the video"),
        (word(#"quante (foto|clip|immagini) ci sono(?: nel video)?"#), "how many $1 are there"),
        (word(#"(?:fammi vedere|mostrami) la timeline|com['’] ?è (?:il video|venuto)(?: adesso| ora)?|(?:che )?cosa c['’] ?è (?:nel video|nella timeline|sulla timeline|adesso|ora)(?: adesso| ora)?"#), "show the timeline"),
        // Lengths and times: "più lungo di 2 secondi", "dal secondo 5 per 3 secondi", "da 2 a 5 secondi".
        (word(#"mezzo secondo"#), "0.5 seconds"), (word(#"(\d+) volte"#), "$1 times"), (#"(\d+),(\d+)(?=\s*secondi(?![\p{L}]))"#, "$1.$2"),
        (#"(\d+(?:\.\d+)?)\s*(?:secondi|secondo|sec|s)(?![\p{L}])"#, "$1 seconds"),
        (word(#"(?:più lung[oaie]|allungalo|allungala|allunga(?: il video)?) di (\d+(?:\.\d+)?) seconds"#), "$1 seconds longer"),
        (word(#"(?:più cort[oaie]|accorcialo|accorciala|accorcia(?: il video)?) di (\d+(?:\.\d+)?) seconds"#), "$1 seconds shorter"),
        // "allungalo a 15 secondi", "accorcialo a 8 secondi", "portalo a 20 secondi": the video's new length ("a" is never clip
        // a.jpg: it made the first clip 15 s long); "allungalo" alone is longer.
        (word(#"(?:allungalo|allungala|allunga il video|accorcialo|accorciala|accorcia il video|portalo|portala|porta il video)(?: fino)? a (\d+(?:\.\d+)?) seconds"#), "make the video $1 seconds"),
        (word(#"allungalo|allungala"#), "make it longer"), (word(#"accorcialo|accorciala"#), "make it shorter"),
        // "ancora un pochino", "ancora un po'", "un altro po'" said alone after a change: a bit more of it.
        (#"^\s*(?:e\s+)?"# + word(#"ancora(?: un (?:po'|pochino|pochettino|poco|filo))?(?: di più)?|un altro po'|(?:un )?po' di più"#) + #"\s*(?:please|per favore)?\s*[.!]*\s*$"#, "a bit more"),
        // "la musica deve iniziare dal secondo 2", "la musica parte a 3 secondi", "la musica finisce al secondo 8".
        (word(#"(?:la )?(?:musica|canzone) (?:deve |dovrebbe )?(?:iniziare|inizia|partire|parte|cominciare|comincia|entrare|entra) (?:dal|al|a partire dal) secondo (\d+(?:\.\d+)?)"#), "start the music at $1 seconds"),
        (word(#"(?:la )?(?:musica|canzone) (?:deve |dovrebbe )?(?:iniziare|inizia|partire|parte|cominciare|comincia|entrare|entra) (?:a|dopo|da) (\d+(?:\.\d+)?) seconds"#), "start the music at $1 seconds"),
        (word(#"(?:la )?(?:musica|canzone) (?:deve |dovrebbe )?(?:finire|finisce|terminare|termina|fermarsi|si ferma) (?:al|dal) secondo (\d+(?:\.\d+)?)"#), "end the music at $1 seconds"),
        (word(#"(?:la )?(?:musica|canzone) (?:deve |dovrebbe )?(?:finire|finisce|terminare|termina|fermarsi|si ferma) (?:a|dopo) (\d+(?:\.\d+)?) seconds"#), "end the music at $1 seconds"),
        (word(#"(?:dal|al) secondo (\d+(?:\.\d+)?) (?:al|fino al) secondo (\d+(?:\.\d+)?)|da (\d+(?:\.\d+)?)(?: seconds)? a (\d+(?:\.\d+)?) seconds"#), "from $1$3 to $2$4 seconds"),
        (word(#"(?:dal|al|a partire dal) secondo (\d+(?:\.\d+)?)"#), "at $1 seconds"),
        (word(#"(?:per|durante) (\d+(?:\.\d+)?) seconds"#), "for $1 seconds"),
        (word(#"(?:nei|durante i) primi (\d+(?:\.\d+)?) seconds"#), "for the first $1 seconds"), (word(#"(?:negli|durante gli) ultimi (\d+(?:\.\d+)?) seconds"#), "for the last $1 seconds"),
        (word(#"(?:fai |metti )?ogni (?:foto|immagine)(?: (?:dura|duri|deve durare|per|di|a))? (\d+(?:\.\d+)?) seconds"#), "make each photo $1 seconds"),
        (word(#"(?:fai |metti )?ogni clip(?: (?:dura|duri|deve durare|per|di|a))? (\d+(?:\.\d+)?) seconds"#), "make each clip $1 seconds"),
        (word(#"(\d+(?:\.\d+)?) seconds (?:per|a|ogni) (?:foto|immagine)"#), "$1 seconds per photo"), (word(#"(\d+(?:\.\d+)?) seconds (?:per|a|ogni) clip"#), "$1 seconds per clip"),
        (word(#"(?:un )?video (verticale|orizzontale|quadrato) di (\d+(?:\.\d+)?) seconds"#), "a $1 $2 second video"),
        (word(#"(?:un |il )?video di (\d+(?:\.\d+)?) seconds"#), "a $1 second video"),
        // "a.jpg deve durare 6 secondi": that file's length (it made the whole video 6 s).
        (word(#"([\p{L}\p{N}_-]+\.(?:jpe?g|png|heic|webp|gif|mp4|mov|m4v|webm)) (?:deve |dovrebbe |può )?(?:durare|duri|dura|restare|resti|rimanere|rimanga|stare|stia)(?: per)? (\d+(?:\.\d+)?) seconds"#), "show $1 for $2 seconds"),
        // "il titolo deve durare 5 secondi": how long that text stays on screen, never the video's length.
        (word(#"(?:il )?(titolo|testo|scritta|didascalia) (?:deve |dovrebbe )?(?:durare|duri|dura|restare|resti|rimanere|rimanga)(?: per)? (\d+(?:\.\d+)?) seconds"#), "make the ‹$1› last $2 seconds"),
        // "il video deve durare 20 secondi", "voglio che il video duri 20 secondi", "fallo durare 20 secondi".
        (word(#"(?:(?:voglio che |vorrei che )?(?:il |un )?video (?:deve |dovrebbe |può )?|(?:fai|fallo|farlo|falla) )?(?:durare|duri|dura) (?:il video )?(\d+(?:\.\d+)?) seconds"#), "make the video $1 seconds"),
        // A sound cleaned up, never a clip removed: "togli il rumore di fondo dalla clip 2".
        (word(#"(?:il )?rumore del vento"#), "the wind noise"), (word(#"(?:il )?(?:rumore|fruscio|brusio)(?: di fondo)?"#), "the background noise"),
        // Sound: "la musica più bassa", "abbassa il volume", "volume al 30%", "senza audio".
        (word(#"(?:(?:metti|mettimi|rendi|fai|tieni|lascia) )?(?:la |il )?(?:musica|canzone|brano|volume)(?: della musica)?(?: un po'| leggermente)? più (?:bassa|basso|piano)"#), "make the music quieter"),
        (word(#"(?:(?:metti|mettimi|rendi|fai|tieni|lascia) )?(?:la |il )?(?:musica|canzone|brano|volume)(?: della musica)?(?: un po'| leggermente)? più (?:alta|alto|forte)"#), "make the music louder"),
        (word(#"(?:abbassa|abbassami|diminuisci)(?: un po')? (?:la musica|la canzone|il volume(?: della musica)?|il brano)"#), "make the music quieter"),
        (word(#"(?:alza|alzami|aumenta)(?: un po')? (?:la musica|la canzone|il volume(?: della musica)?|il brano)"#), "make the music louder"),
        (word(#"(?:metti |porta )?(?:il )?volume(?: della musica)? al (\d+(?:[.,]\d+)?)\s*(?:%|per ?cento)"#), "set the music to $1%"),
        (word(#"al (\d+(?:[.,]\d+)?)\s*(?:%|per ?cento)"#), "at $1%"),
        (word(#"(?:togli|rimuovi|leva|elimina|disattiva) l' audio(?: originale)? (?:dalle|delle|alle|dai|dei|ai) (?:clip|video)|(?:togli|rimuovi|leva|elimina|disattiva) l' audio originale"#), "mute the clips"),
        (word(#"(?:togli|rimuovi|leva|elimina|disattiva) l' audio (?:dalla|della|alla) (clip|foto) (\d+)"#), "mute clip $2"),
        (word(#"(?:metti )?senza audio|(?:metti )?(?:tutto )?(?:in )?muto|silenzia(?: tutto)?"#), "mute the clips"),
        (word(#"più bass[oa]|più piano"#), "quieter"), (word(#"più alt[oa]|più forte"#), "louder"),
        (word(#"più veloce"#), "faster"), (word(#"più lent[oaie]"#), "slower"), (word(#"più lung[oaie]"#), "longer"), (word(#"più cort[oaie]"#), "shorter"),
        (word(#"più scur[oaie]"#), "darker"), (word(#"più luminos[oaie]|più chiar[oaie]"#), "brighter"), (word(#"più grand[ei]"#), "bigger"), (word(#"più piccol[oaie]"#), "smaller"),
        (word(#"più cald[oaie]"#), "warmer"), (word(#"più fredd[oaie]"#), "cooler"), (word(#"colori più vivaci"#), "more vivid colours"), (word(#"(?:i )?colori"#), "colours"), (word(#"(?:un )?filtro"#), "a look"),
        // Transitions and looks.
        // "dissolvenza alla fine", "una dissolvenza all'inizio": the video fading in or out, never a transition.
        (word(#"(?:una )?dissolvenza (?:in nero |al nero |dal nero )?(?:all' inizio|iniziale|in apertura|in entrata)(?: e (?:una )?(?:dissolvenza )?(?:alla fine|finale|in chiusura|in uscita))"#), "fade in and fade out"),
        (word(#"(?:una )?dissolvenza (?:in nero |al nero |dal nero )?(?:all' inizio|iniziale|in apertura|in entrata)"#), "fade in"),
        (word(#"(?:una )?dissolvenza (?:in nero |al nero |verso il nero )?(?:alla fine|finale|in chiusura|in uscita)"#), "fade out"),
        // "alla fine fai una dissolvenza al nero di 2 secondi", "una dissolvenza al nero di 2 secondi alla fine": the video's
        // fade out that long (never a transition through black between the clips; it was not understood).
        (word(#"(?:alla fine|in chiusura)(?: del video)?,? (?:fai |metti |aggiungi )?(?:una |un )?dissolvenza (?:al|in|a|verso il) nero (?:di|da) (\d+(?:[.,]\d+)?) (?:secondi|secondo|seconds?)"#), "a $1 second fade out at the end"),
        (word(#"(?:una |un )?dissolvenza (?:al|in|a|verso il) nero (?:di|da) (\d+(?:[.,]\d+)?) (?:secondi|secondo|seconds?) (?:alla fine|in chiusura)"#), "a $1 second fade out at the end"),
        (word(#"(?:le )?transizioni (?:a|con|in) dissolvenz[ae]"#), "dissolve transitions"),
        (word(#"(?:una |delle |le )?dissolvenz[ae] incrociat[ae]"#), "crossfades"), (word(#"(?:una |delle )?dissolvenz[ae] (?:al|in|a) nero"#), "a fade through black"),
        (word(#"dissolvenza in (?:entrata|apertura)"#), "fade in"), (word(#"dissolvenza in (?:uscita|chiusura)"#), "fade out"),
        (word(#"(?:le )?dissolvenze|dissolvenza"#), "dissolve transitions"), (word(#"(?:senza|niente|nessuna|zero) transizion[ei]"#), "no transitions"), (word(#"(?:niente|nessuna) (?:musica|canzone)"#), "no music"),
        (word(#"transizioni"#), "transitions"), (word(#"transizione"#), "transition"),
        (word(#"(?:in )?bianco e nero"#), "black and white"),
        // Speed: "a velocità doppia", "al doppio della velocità", "a metà velocità".
        (word(#"(?:a|alla) velocità doppia|al doppio della velocità|(?:a )?velocità (?:2x|x2)"#), "at 2x speed"),
        (word(#"(?:a |alla )?metà (?:velocità|speed)|a velocità dimezzata|alla metà della velocità"#), "at half speed"), (word(#"al rallentatore"#), "in slow motion"), (word(#"seppia"#), "sepia"),
        (word(#"caldo|calda"#), "warm"), (word(#"freddo|fredda"#), "cool"),
        // Places and order: "all'inizio", "alla fine", "in alto", "prima della foto 2", "dopo la clip 1".
        (word(#"all' inizio|in apertura"#), "at the start"), (word(#"alla fine|in fondo|in chiusura"#), "at the end"),
        (word(#"in alto"#), "at the top"), (word(#"in basso"#), "at the bottom"), (word(#"al centro|in mezzo"#), "in the middle"),
        // "metti c.png per prima", "come ultima": first, last.
        (word(#"(?:per|come) (?:prima|primo|prime|primi)"#), "first"), (word(#"(?:per|come) (?:ultima|ultimo|ultime|ultimi)"#), "last"),
        (word(#"prima (?:della|del|dell'|di)"#), "before"), (word(#"dopo"#) + #"(?= [\p{L}\p{N}_-]+\.[A-Za-z0-9]{2,4}\b)"#, "after"), (word(#"dopo (?:la|il|l'|della|del)"#), "after"),
        (word(#"(?:la |il |l' )(prima|primo|seconda|secondo|terza|terzo|ultima|ultimo|penultima|penultimo)"#) + #"(?=\s*(?:please|thanks)?\s*[.!?]*\s*$)"#, "the $1 one"),
        (word(#"(?:la |il |l' )?(prima|primo|seconda|secondo|terza|terzo|quarta|quarto|ultima|ultimo|penultima|penultimo)"#) + #"(?= (?:foto|clip|immagine|video)\b)"#, "the $1"),
        (word(#"prima|primo"#) + #"(?= (?:foto|clip|immagine|video)\b|\s*$)"#, "first"), (word(#"seconda|secondo"#) + #"(?= (?:foto|clip|immagine|video)\b|\s*$)"#, "second"),
        (word(#"terza|terzo"#), "third"), (word(#"quarta|quarto"#), "fourth"), (word(#"penultima|penultimo"#), "second to last"),
        (word(#"prima|primo"#), "first"), (word(#"ultima|ultimo|ultime|ultimi"#), "last"),
        // Verbs, said first as in English.
        (word(#"(?:togli|toglila|toglilo|rimuovila|rimuovilo|eliminala|eliminalo|levala|levalo|cancellala|cancellalo)(?= *(?:please|thanks|[.!]|$))"#), "remove it"),
        (word(#"togli|toglimi|togliere|rimuovi|rimuovere|elimina|eliminare|leva|cancella"#), "remove"),
        (word(#"mettila|mettilo|spostala|spostalo"#), "move it"),
        (word(#"(?:metti|aggiungi|inserisci|mettimi|aggiungimi)"#) + #"(?= (?:un|una|uno|un') )"#, "add"),
        (word(#"metti|mettere|mettimi"#), "put"), (word(#"aggiungi|aggiungere|aggiungimi|inserisci|inserire"#), "add"),
        (word(#"fallo|falla|rendilo|rendila"#), "make it"), (word(#"fammi|fai|fare|rendi|crea|creami"#), "make"),
        (word(#"velocizza|velocizzala|accelera"#), "speed up"), (word(#"rallenta|rallentala"#), "slow down"),
        (word(#"accorcia"#), "shorten"), (word(#"allunga"#), "make longer"), (word(#"taglia"#), "trim"),
        (word(#"abbassa|diminuisci"#), "lower"), (word(#"alza|aumenta"#), "raise"),
        (word(#"sposta|spostare"#), "move"), (word(#"duplica"#), "duplicate"), (word(#"sostituisci"#), "replace"), (word(#"cambia"#), "change"),
        (word(#"usa|utilizza"#), "use"), (word(#"mostra"#), "show"), (word(#"esporta|esportalo|esportala|salva(?: il video)?"#), "export"),
        (word(#"ripeti|metti in loop"#) + #"(?= (?:la|il) (?:musica|canzone|brano))"#, "loop"),
        (word(#"‹titolo›"#), "title"), (word(#"‹didascalia›"#), "caption"), (word(#"‹(?:testo|scritta)›"#), "text"),
        // Things.
        (word(#"(?:musica|canzone) di sottofondo|colonna sonora"#), "background music"), (word(#"musica|canzone|brano"#), "music"),
        (word(#"titolo"#), "title"), (word(#"didascalie|sottotitoli"#), "captions"), (word(#"didascalia|sottotitolo"#), "caption"),
        (word(#"scritta|testo"#), "text"), (word(#"immagini"#), "images"), (word(#"immagine"#), "image"), (word(#"sfondo"#), "background"),
        (word(#"durata"#), "length"), (word(#"verticale"#), "vertical"), (word(#"orizzontale"#), "horizontal"), (word(#"quadrat[oa]"#), "square"),
        (word(#"audio"#), "audio"), (word(#"velocità"#), "speed"),
        // "le foto", "tutte le clip": Italian writes the plural as the singular; the article tells it.
        (word(#"(?:queste|le mie) (?:foto|immagini)"#), "these photos"), (word(#"(?:queste|le mie) clip"#), "these clips"),
        (word(#"tutte le (foto|clip)"#), "all the $1s"), (word(#"(?:tra|fra) le (foto|clip)"#), "between the $1s"), (word(#"(?:le|delle|alle|dalle|nelle|sulle) (foto|clip)"#), "the $1s"),
        (word(#"(?:i|dei|ai|dai|nei|sui|tra i) video"#), "the videos"), (word(#"foto"#), "photo"),
        // Small words.
        (word(#"ogni"#), "each"), (word(#"tra|fra"#), "between"), (word(#"tutte|tutti|tutto"#), "all"),
        (word(#"senza"#), "no"), (word(#"con"#), "with"), (word(#"(?:e )?poi|dopo"#), "then"), (word(#"adesso|ora"#), "now"), (word(#"anche"#), "too"),
        (word(#"molto"#), "very"), (word(#"un po'"#), "a bit"), (word(#"solo|soltanto"#), "only"), (word(#"questa|questo|quella|quello"#), "that"),
        (word(#"più"#), "more"), (word(#"meno"#), "less"), (word(#"che dice|con scritto"#), "saying"),
        (word(#"della|dello|delle|degli|dei|del|dell'"#), "of the"), (word(#"alla|allo|alle|agli|ai|al|all'"#), "to the"),
        (word(#"dalla|dallo|dalle|dagli|dai|dal|dall'"#), "from the"), (word(#"nella|nello|nelle|negli|nei|nel|nell'"#), "in the"),
        (word(#"sulla|sullo|sulle|sugli|sui|sul|sull'"#), "on the"),
        // ("i" only before a noun: "i want" mixed in is English.)
        (word(#"il|lo|la|gli|le|l'"#), "the"), (word(#"i"#) + #"(?= (?:video|colori|file|titoli|testi|sottotitoli|primi|ultimi|secondi|\d))"#, "the"), (word(#"un|una|uno|un'"#), "a"), (word(#"e"#), "and"), (word(#"di"#), "of"), (word(#"per"#) + #"(?! (?:photo|clip|image)\b)"#, "for"),
    ]
}
