import Foundation

/// Requests written partly or wholly in Spanish, Japanese, French or Portuguese, as the English the
/// rules read: the editing vocabulary and the common shapes of a request ("video de 30 segundos" is
/// "30 second video", "音楽をもう少し小さく" "music a bit quieter", "un fondu" a crossfade). Words in
/// quotes and file names are never translated; the answer stays in English (only Chinese is answered
/// in its own language). A request is checked for its language cheaply (kana, or one marker pattern),
/// so English requests pay one pattern that does not match.
extension RulePlanner {
    /// A word of the table, never part of a file name ("musica.mp3", "pan_dulce") or a longer word.
    static func word(_ alternatives: String) -> String {
        #"(?<![\p{L}\p{N}_./\\-])(?:"# + alternatives + #")(?![\p{L}\p{N}_/\\-]|\.[\p{L}\p{N}])"#
    }

    static func hasKana(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x3040...0x30FF).contains($0.value) || (0xFF66...0xFF9D).contains($0.value) }
    }

    static func hasCyrillic(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }
    }

    /// Words only a Spanish, French or Portuguese request has (never an English one).
    static let romanceMarker = word(#"segundos?|cu[áa]nto dura|quanto dura|secondi|troppo|(?:prima|poi) (?:la|il|lo|le|i|gli)|mu[ée]strame|silencia|rehaz|rehazlo|transiciones|fundidos?|déjalo|colores|secondes?|pourcent|fondu|musique|música|musica|vídeo|quita|quítal[ao]|quitar|ponle|ponlo|ponla|pon|hazme|hazlo|hazla|haz|fotos|foto|más|porfa|por favor|dure|duren|título|titulo|expórtalo|exportalo|exporta|muévelo|muevelo|muévela|mueve|últimos|últimas|primera|quiero|necesito|agrega|agrégale|añade|cambia|baja|sube|hola|gracias|nomás|diga|acelera|canción|quítale|quitale|sonido|mejor|empiece|empiecen|comience|arranque|abajo|arriba|blanco y negro|bajita|bajito|poquito|tantito|nomas|oscur[oa]s?|cancion|se ve|cuadrado|deshaz|deshazlo|deshacer|regresa|vuelve|cada|puedes|puedo|subtítulos?|borra|elimina|cómo funciona|ayúdame|legenda|deixa|também|imagens|c'est|accélère|marcas? de agua|filigrane|mets|mettez|enlève|enlever|enlevez|supprime|supprimez|retire|retirez|en haut|en bas|s'il (?:te|vous) pla[iî]t"#)

    /// Languages read whole by their own table when their marker matches, in this order (RulePlanner+Norwegian, +Finnish,
    /// +Persian, +Polish, +Turkish, +Dutch). Their answers stay in English (AnswerLanguage skips these markers).
    static let markedTables: [(marker: String, table: [(String, String)])] = [
        (hawaiiPidginMarker, hawaiiPidginAsEnglish), (patoisMarker, patoisAsEnglish), (welshMarker, welshAsEnglish),
        (norwegianMarker, norwegianAsEnglish), (finnishMarker, finnishAsEnglish), (persianMarker, persianAsEnglish),
        (polishMarker, polishAsEnglish), (turkishMarker, turkishAsEnglish), (dutchMarker, dutchAsEnglish),
        (malteseMarker, malteseAsEnglish),
    ]

    static func languagesAsEnglish(_ text: String) -> String {
        var t = text
        if hasKana(t) {
            t = outsideQuotes(t) { replacing($0, japaneseAsEnglish) }
        }
        if hasHangul(t) {
            t = koreanRead(t)
        }
        // Romanian and Swahili before the short words of other languages ("la", "de", "na"), each read whole.
        if has(t, romanianMarker) {
            t = outsideQuotes(titleNameQuoted(t)) { replacing($0, romanianAsEnglish) }
        }
        if has(t, swahiliMarker) {
            t = outsideQuotes(titleNameQuoted(t)) { replacing($0, swahiliAsEnglish) }
        }
        // Pinyin first: "ba b.mp4 shan diao" is read whole, and its short words ("ba", "de", "le") are no other language's.
        if has(t, pinyinMarker) {
            t = outsideQuotes(t) { replacing($0, pinyinAsEnglish) }
        }
        // Bengali (its script, or its words in Latin letters) before the Hindi table, which shares "rakho" and "banao".
        t = bengaliRead(t)
        // Nigerian Pidgin and Singlish: their particles and pronouns ("am", "leh", "can?") before any other reading.
        if has(t, pidginMarker) {
            t = outsideQuotes(t) { replacing($0, pidginAsEnglish) }
        }
        t = scotsRead(t)
        if has(t, singlishMarker) {
            t = outsideQuotes(t) { replacing($0, singlishAsEnglish) }
        }
        // Malay before Indonesian (their words are shared, their sense not always: "tukar" changes here, swaps there).
        if has(t, malayMarker) {
            t = outsideQuotes(t) { replacing($0, malayAsEnglish) }
        }
        if has(t, tamilMarker) {
            t = outsideQuotes(tamilQuotesPlaced(t)) { replacing($0, tamilAsEnglish) }
        }
        // Norwegian, Finnish, Finglish, Polish, Turkish and Dutch, each read whole when its marker matches: before the
        // Indonesian table (which shares Polish "klip"), the mixed words and German ("sekund", "musikk", "müzik", "saniye"
        // and "muziek" are theirs to read here).
        for (marker, table) in markedTables where has(t, marker) {
            t = outsideQuotes(t) { replacing($0, table) }
        }
        // Indonesian before the mixed words: "musiknya kegedean, kecilin dong" is read whole, its few words there are the rest.
        if has(t, indonesianMarker) {
            t = outsideQuotes(t) { replacing($0, indonesianAsEnglish) }
        }
        if has(t, ukrainianLatinMarker) {
            t = outsideQuotes(t) { replacing($0, ukrainianLatinAsEnglish) }
        }
        if has(t, mixedWordsMarker) {
            t = outsideQuotes(t) { replacing($0, mixedWordsAsEnglish) }
        }
        // "met la musik moin fort stp": French typed fast is spelled right first (its "musik" is never German).
        // (Asked once for a text that nothing below changes: the marker is among the costliest patterns of a turn.)
        let frenchAt = t, saysFrench = has(t, frenchMarker)
        if saysFrench {
            t = outsideQuotes(t) { replacing($0, frenchSpellings) }
        }
        // German first: its words ("Foto", "Fotos") would otherwise read as Spanish.
        if has(t, germanMarker) {
            t = outsideQuotes(germanTextQuoted(titleNameQuoted(t))) { replacing($0, germanAsEnglish) }
        }
        // Italian before French and Portuguese: "togli le transizioni" would otherwise be read as French words.
        if has(t, italianMarker) {
            t = outsideQuotes(italianTextQuoted(titleNameQuoted(t))) { replacing($0, italianAsEnglish) }
        }
        if t == frenchAt ? saysFrench : has(t, frenchMarker) {
            t = outsideQuotes(frenchTextQuoted(titleNameQuoted(t))) { replacing($0, frenchAsEnglish) }
        }
        if has(t, portugueseMarker) {
            t = outsideQuotes(portugueseTextQuoted(titleNameQuoted(t))) { replacing($0, portugueseAsEnglish) }
        }
        if has(t, romanceMarker) {
            t = outsideQuotes(spanishTitleQuoted(titleNameQuoted(t))) { replacing($0, romanceAsEnglish) }
        }
        if has(t, hinglishMarker) {
            t = outsideQuotes(hinglishTextQuoted(t)) { replacing($0, hinglishAsEnglish) }
        }
        if hasCyrillic(t) {
            // Ukrainian is first written as the Russian it matches, so the Russian reader reads both.
            t = cyrillicTitleQuoted(t)
            if isUkrainian(t) {
                t = outsideQuotes(t) { replacing($0, ukrainianAsRussian) }
            }
            t = outsideQuotes(t) { replacing($0, russianAsEnglish) }
        }
        if has(t, vietnameseMarker) {
            t = outsideQuotes(t) { replacing($0, vietnameseAsEnglish) }
        }
        t = moreLanguagesAsEnglish(t)
        // "用这些素材做一个15秒的视频，按顺序放，配上背景音乐": in the order given, as a new video is always made (it was not
        // understood). Only beside a video being made; "倒序" (reversed) is no "按顺序".
        if t.contains("顺序"), has(t, #"做|合成|生成|制作|剪成|拼接"#) {
            t = replacing(t, #"[，,、]\s*(?:请|就)?(?:按|照|按照)(?:原来的|原本的|现在的|文件的)?顺序(?:来)?(?:放|排|排列|摆|拼|播放)?(?:好|上|进去)?(?:就行|就好|吧)?(?=\s*[，,、。；]|\s*$)"#, "")
            // ("…，顺序不变，…": the order kept as it is, the same.)
            t = replacing(t, #"[，,、]\s*(?:保持)?(?:原来的|原本的|现在的)?顺序(?:不变|别变|不要变|不用变|保持不变)(?=\s*[，,、。；]|\s*$)"#, "")
        }
        return outsideQuotes(replacing(t, learnersWhole)) { replacing($0, learnersEnglish) }
    }

    /// "metti il titolo La Dolce Vita", "mit dem Titel Der Alte Mann", "muda o título para Festa do Sol", "change le
    /// titre en La Belle Vie", "un video titulado La Vida Es Bella": a title's name said unquoted right after the word (or
    /// after "a", "en", "zu", "para" …), its words capitalised, is quoted first, so its words ("La", "Der", "Da") are never
    /// translated. The name ends at a comma, at the next request, at "en vez de" / "instead of", at a place said last
    /// ("… arriba", "… oben") or at the courtesy closing the sentence; never "il titolo più grande", "den Titel oben".
    static func titleNameQuoted(_ text: String) -> String {
        guard has(text, #"(?-i:\p{Lu})"#) else { return text }
        let name = #"(?-i:\p{Lu})[\p{L}\p{N}'’.&!-]*(?:\s+(?:(?-i:\p{Lu})[\p{L}\p{N}'’.&!-]*|\d+[\p{L}\p{N}]*|de|del|la|las|el|los|y|e|da|di|do|das|dos|du|des|le|les|et|of|the|and|und|von|am|im|der|die|das|al|și|şi|cu|din)(?![\p{L}\p{N}]))*"#
        let verbs = #"pune|f[aă]|pon|ponlo|ponla|haz|hazlo|quita|agrega|añade|usa|make|put|add|mach|mache|setz|setze|mets|fais|ajoute|metti|fai|aggiungi|coloca|faz|põe|bota"#
        let place = #"en la parte (?:de )?(?:arriba|abajo|superior|inferior)|arriba|abajo|al (?:principio|inicio|final)|en el (?:centro|medio)|en medio|oben|unten|am (?:anfang|ende)|en haut|en bas|au (?:début|milieu)|à la fin|in alto|in basso|all'inizio|alla fine|em cima|embaixo|no (?:início|fim|final)|at the (?:top|bottom|start|end)|la [îi]nceput|la final|la sf[âa]r[șşs]it|sus|jos|mwanzoni|mwishoni"#
        let courtesy = #"porfa(?:vor)?|por favor|pls|please|te rog|v[aă] rog|tafadhali|bitte|s'il te plaît|s'il vous plaît|stp|svp|per favore|grazie|danke|gracias|obrigad[oa]"#
        let end = #"(?=\s*[,;]|\s+(?:y|and|und|et|e)\s+(?:"# + verbs + #")\b|\s+(?:en vez de|en lugar de|instead of|statt|anstatt|au lieu de|invece di|em vez de|no lugar de)\s|\s+(?:"# + place + #")[.!?]?\s*$|\s*(?:"# + courtesy + #")?[.!?]?\s*$)"#
        return replacing(text, #"(?<![\p{L}])(t[ií]tulo|titlul|titlu|title|titre|titolo|titel|überschrift|titulad[oa]|intitulée?|intitolat[oa])((?:\s+(?-i:a|por|como|en|in|zu|auf|para|pour|to|as|à))?)\s+(?!["“'‘«„])("# + name + ")" + end, "$1$2 \"$3\"")
    }

    /// "título: Panadería Rosa – Desde 1998", "el título que diga Panadería Rosa y ponlo abajo": the words of a
    /// text said without quotes are quoted first, so they are never translated.
    static func spanishTitleQuoted(_ text: String) -> String {
        // Where the words end: before the next request, "en vez de Hello" (what they replace), or the courtesy closing the sentence.
        let end = #"\s*(?=,\s*(?:y |and )?(?:pon|ponlo|ponla|haz|hazlo|quita|agrega|añade|usa|make|put|add)\b|\s+y\s+(?:pon|ponlo|ponla|haz|hazlo|quita|agrega|añade|usa)\b|\s+(?:en vez de|en lugar de|instead of)\s|\s+(?:en la parte (?:de )?(?:arriba|abajo|superior|inferior)|arriba|abajo|al (?:principio|inicio|final)|en el (?:centro|medio)|en medio)[.!?]?\s*$|,?\s*(?:porfa(?:vor)?|por favor|pls|please)?[.!?]?\s*$)"#
        var quoted = replacing(text, #"(?<![\p{L}])(t[ií]tulo|texto|subt[ií]tulo|leyenda|caption|title)\s*(?::|que diga|que dice|diciendo)\s+(?!["“'‘«])([\p{L}\p{N}][^,;"“]*?)"# + end, "$1 \"$2\"")
        // "ponle de título Feliz cumple Sofi", "pon como título mis quince": the words given as the title, said after "de"/"como"
        // (it made a title "A").
        quoted = replacing(quoted, #"(?<![\p{L}])((?:ponle|pónle|pon|ponerle|pongan?le|dale|déjale|dejale) (?:de|como|por) (?:t[ií]tulo|nombre))\s+(?!["“'‘«])([\p{L}\p{N}][^,;"“]*?)"# + end, "$1 \"$2\"")
        // "que el título diga La Casa del Sol": the words the text should say.
        quoted = replacing(quoted, #"(?<![\p{L}])(que (?:el|la) (?:t[ií]tulo|texto|subt[ií]tulo|leyenda|title) (?:diga|ponga))\s+(?!["“'‘«])([\p{L}\p{N}][^,;"“]*?)"# + end, "$1 \"$2\"")
        // "con el título Taquería El Güero", "cambia el título a Los Amigos de Siempre": a name said right after the word,
        // its words capitalised (never "el título abajo", "el título más grande", nor "mueve el título Hello arriba").
        let name = #"(?-i:\p{Lu})[\p{L}\p{N}'’.&!-]*(?:\s+(?:(?-i:\p{Lu})[\p{L}\p{N}'’.&!-]*|\d+[\p{L}\p{N}]*|de|del|la|las|el|los|y|e|da|di|of|the|and)(?![\p{L}\p{N}]))*"#
        return replacing(quoted, #"(?<![\p{L}])(t[ií]tulo|title)((?: a| por| como)?)\s+(?!["“'‘«])("# + name + ")" + end, "$1$2 \"$3\"")
    }

    /// Spanish (and the few French and Portuguese words) as English, longer phrases first.
    static let romanceAsEnglish: [(String, String)] = [
        // What wraps a request: greetings, courtesy, a complaint that asks nothing.
        // Questions: "¿cuánto dura el video?", "muéstrame la línea de tiempo".
        // "oye", "oiga", "mira": a call for attention before the request.
        (#"^\s*"# + word(#"oye|oiga|mira|órale|orale"#) + #"[,!]*\s*"#, ""),
        (#"¿?\s*"# + word(#"(?:cu[áa]nto|quanto) dura(?: (?:el|mi|il) (?:video|vídeo))?(?: (?:ahora|ahorita|adesso|ora))?"#) + #"\s*\??"#, "how long is the video?"),
        (word(#"mu[ée]strame (?:la l[íi]nea de tiempo|el timeline)"#), "show the timeline"),
        (word(#"hola"#) + #"[!,.]*"#, "hi"), (word(#"porfa(?:vor)?|por favor"#), "please"), (word(#"(?:muchas |mil )?gracias"#), "thanks"),
        // "¿qué puedes hacer?", "¿cómo funciona esto?", "ayuda": a question about Reel itself.
        (#"(?:^|(?<=[,.!]|[,.!]\s|\bhi\s))\s*¿?\s*"# + word(#"qu[ée] (?:puedes|sabes|podés) hacer(?: tú| vos)?|qu[ée] cosas puedes hacer|c[óo]mo funciona(?: esto| esta app)?|c[óo]mo se usa(?: esto)?|ayuda|ay[úu]dame"#) + #"\s*[?.!]*\s*$"#, "what can you do?"),
        // "si lo hago más corto y no me gusta, ¿puedo volver atrás?": whether a change can be taken back, asked.
        (word(#"si (?:lo |la |le |los |las )?(?:hago|pongo|dejo)"#), "if i make it"),
        (word(#"si (?:lo |la |le |los |las )?(?:cambio|quito|bajo|subo|corto|acorto|alargo|muevo|borro|agrego|añado|edito|recorto)"#), "if i change it"),
        (#"¿?\s*"# + word(#"(?:(?:lo|la|los|las) )?(?:puedo|podemos|puedes|podré|se puede) (?:volver (?:para |hacia )?atrás|volver a como estaba|volver al anterior|regresar(?: atrás)?|deshacer(?:lo)?|recuperar(?:lo|la)?)"#), "can i go back"),
        // Undo said alone: "deshazlo", "regresa", "vuelve atrás" ("regresa la música" is no undo).
        (word(#"(?:regresa|regrésalo|regresalo|vuelve|vuélvelo|vuelvelo)(?: (?:para |hacia )?atrás| al (?:paso )?anterior)?"#) + #"(?=\s*[.!]*\s*$)"#, "undo"),
        (#",?\s*(?:pero\s+)?no (?:la|lo|las|los) (?:quites|borres|elimines|saques)\b[^,.;]*"#, ""),
        (#",?\s*(?:que\s+)?no (?:tape|tapen|cubra|cubran) todo\b[^,.;]*"#, ""),
        (#",?\s*(?:que\s+)?se (?:oiga|oigan|escuche|escuchen) (?:el|la|los|las) [^,.;]*"#, ""),
        (#"(?:^|,)\s*no me gusta(?:n)? (?:como|cómo) (?:sali[óo]|qued[óo]|se ve)\b[^,.;]*"#, ""),
        (word(#"(?:y )?no me (?:gusta|convence|agrada)n?"#), "and i don't like it"),
        // "no se oye la música", "casi no se escucha la canción": the music too quiet (it removed the music).
        (#"^\s*(?:es que |casi |pero )*no se (?:oye|escucha)(?: bien| nada| casi)? (?:la )?(?:música|musica|canción|cancion)\b"#, "the music is too quiet"),
        // "(bájale a la música,) no se oye lo que dice el cliente": why, beside the change (never "no se oye la música"
        // said alone, a request of its own).
        (#"(?<=,)\s*(?:porque |ya que |pues |es que )?no se (?:oye|oyen|escucha|escuchan|entiende|entienden) (?:lo que|bien|nada|a |al |el |la |los |las )[^,.;]*"#, ""),
        // "el video está muy largo(, que dure 6 segundos)": a complaint, said as English says it.
        (word(#"(?:está|esta|es) (?:muy|demasiado|bien) (?:fuerte|alt[oa])"#), "is too loud"), (word(#"(?:está|esta|es) (?:muy|demasiado|bien) (?:bajit[oa]|baj[oa]|quedit[oa])"#), "is too quiet"),
        // "la musica esta muy fuerte no se oyen los niños cantando": why, right after the complaint (it removed the music).
        (#"(?<=is too loud|is too quiet)\s*,?\s*(?:y |porque |pues |ya que |que |casi )?no se (?:oye|oyen|escucha|escuchan|entiende|entienden)\b[^,.;]*"#, ""),
        // "se ve muy oscuro, ponle más luz": too dark (brighter), said as English says it.
        (word(#"(?:se ve|se ven|está|esta|están|estan|quedó|quedo|salió|salio|es)(?: (?:muy|demasiado|bien|medio|un poco|algo))? oscur[oa]s?"#), "it is too dark"),
        (word(#"(?:se ve|se ven|está|esta|están|estan|quedó|quedo|salió|salio)(?: (?:muy|demasiado|bien))? (?:clar[oa]s?|quemad[oa]s?|brillante)"#), "it is too bright"),
        (word(#"(?:ponle|pónle|pon|dale|dále|súbele|subele|agrégale|agregale)(?: un poco| un poquito| tantito)? (?:(?:más|mas)(?: de)? )?(?:luz|brillo|iluminación|iluminacion)|(?:hazlo|hazla|ponlo|ponla|déjalo|dejalo|déjala|dejala)(?: un poco| tantito)? (?:más|mas) (?:claro|clara|brillante|luminoso|luminosa)|ilumínal[oa]|iluminal[oa]|acláral[oa]|aclaral[oa]"#), "make it brighter"),
        (word(#"(?:ponle|pónle|pon|dale|bájale|bajale)(?: un poco| un poquito| tantito)? (?:menos|poquita) (?:luz|brillo)|(?:hazlo|hazla|ponlo|ponla)(?: un poco| tantito)? (?:más|mas) (?:oscur[oa])|oscurécel[oa]|oscurecel[oa]"#), "make it darker"),
        (word(#"(?:está|esta|es) (?:muy|demasiado|bien) (?:larg[oa])"#), "is too long"), (word(#"(?:está|esta|es) (?:muy|demasiado|bien) (?:cort[oa])"#), "is too short"),
        (word(#"(?:ok\s*,?\s*)?ya (?:qued[óo]|est[áa])|listo|perfecto|c'est parfait"#) + #"\s*,?"#, ""),
        (word(#"my english is not (?:very )?(?:good|great|perfect)"#) + #"[.!,]*"#, ""),
        // Lengths and times: "video de 30 segundos", "de 2 a 6 segundos", "en los últimos 4 segundos", "medio segundo".
        // The offers Reel makes in Spanish: "que el clip 2 empiece en el segundo 3", "silencia el clip 2", "rehaz".
        // "que el título diga 'X'": the text changed to say it.
        (word(#"que (?:el|la) (título|titulo|texto|subtítulo|subtitulo|leyenda|title) (?:diga|ponga)"#), "make the $1 say"),
        // "ponle de título 'Feliz cumple Sofi'": the title's new words (a title already there changes, as "set the title" does).
        (word(#"(?:ponle|pónle|pon|ponerle|pongan?le|dale|déjale|dejale) (?:de|como|por) (?:título|titulo|nombre)"#) + #"\s*(?=$)"#, "set the title to "),
        (word(#"que (?:el|la) clip (\d+) (?:empiece|comience|arranque) (?:en el segundo (\d+(?:[.,]\d+)?)|a los (\d+(?:[.,]\d+)?) segundos)"#), "start clip $1 at $2$3 seconds"),
        (word(#"(?:que )?la (?:música|musica|canción) (?:(?:debe|debería|deberia|tiene que|tendría que|va a) )?(?:empiece|comience|entre|empezar|comenzar|entrar|arrancar|empieza|comienza|entra|arranca) (?:en el segundo (\d+(?:[.,]\d+)?)|a los (\d+(?:[.,]\d+)?) segundos)"#), "start the music at $1$2 seconds"),
        // "Que la música entre poco a poco, en 2 segundos", "y que se vaya apagando al final, en 3 segundos": the music's
        // fade in and fade out (it asked whether the video should be 2 s long).
        (word(#"(?:que )?(?:la (?:música|musica|canción|cancion) )?(?:entre|empiece|comience|aparezca|suba) (?:poco a poco|suavemente|despacio|gradualmente|de a poco|con un fundido)(?: al (?:principio|inicio|comienzo))?,? (?:en|durante|de|con) (\d+(?:[.,]\d+)?) segundos?"#), "fade the music in over $1 seconds"),
        (word(#"(?:y )?(?:que )?(?:la (?:música|musica|canción|cancion) )?(?:se )?(?:vaya|va|valla) (?:apagando|desvaneciendo|bajando|desapareciendo)(?: poco a poco)?(?: al final)?,? (?:en|durante|de|con) (?:los (?:últimos|ultimos) )?(\d+(?:[.,]\d+)?) segundos?"#), "fade the music out over $1 seconds"),
        // "Pon el clip b.mp4 a cámara lenta, a la mitad de velocidad": slowed to half.
        (word(#"(?:a|en) c[áa]mara lenta"#), "in slow motion"),
        (word(#"(?:a|con) (?:la )?mitad de (?:la )?velocidad|a media velocidad"#), "at half speed"),
        // Spanglish: "la música que empiece at 2 seconds": that it start there.
        (word(#"que (?:empiece|empiecen|comience|comiencen|arranque|entre)"#), "start"),
        (word(#"(?:después|despues|detrás|detras) del clip (\d+)"#), "after clip $1"),
        // Spanglish: "ponle music más quiet" is quieter.
        (word(#"más (quiet|loud|short|long|slow|fast|bright|dark|warm|cool)"#), "$1er"),
        // "sin el audio original del video, solo la música": the clips' own sound off, the music kept.
        (word(#"sin (?:el |los )?(?:audio|sonido)s? (?:original(?:es)? )?(?:del? (?:los |las )?(?:videos?|vídeos?|clips?)|original(?:es)?)"#), "without the original sound"),
        (word(#"(?:solo|sólo|solamente) (?:la )?(?:música|musica|canción|cancion)"#), "just the music"),
        // "quita el video, nomás deja las fotos", "nomas deja la musica": what stays, said beside the change.
        (#"\s*,?\s*(?:y |pero )?"# + word(#"(?:nomás|nomas|solo|sólo|nada más|nada mas) (?:deja|déjale|dejale|déjame|dejame|dejas)|(?:deja|déjale|dejale|déjame|dejame) (?:nomás|nomas|solo|sólo|nada más|nada mas)"#) + #"\s+"#, ", keep "),
        (word(#"silencia|silenciar|mutea|mutear"#), "mute"), (word(#"acelera|acelerar"#), "speed up"), (word(#"rehaz|rehazlo|rehacer"#), "redo"),
        // "quitale el sonido al clip pero deja la musica": the music stays (read in one clause, it was removed).
        (#"\s*,?\s*(?:y |pero )?"# + word(#"(?:deja|déjale|dejale|mantén|manten|conserva)"#) + #"\s+(?=(?:la |el )?(?:música|musica|canción|cancion)\b)"#, ", but keep "),
        (word(#"déjalo como estaba|dejalo como estaba|como estaba antes"#), "put it back how it was"),
        (word(#"más cálid[oa]|mas calid[oa]"#), "warmer"), (word(#"más luminos[oa]|mas luminos[oa]|más brillante|más clar[oa]"#), "brighter"),
        (word(#"(?:los )?colores más vivos"#), "more vivid colours"), (word(#"muestra (?:las |la )?(fotos?) complet(?:as|a|os|o)"#), "show the $1 in full"),
        // "un fundido a negro al final de 2 segundos": the video's fade out (between clips it is a transition).
        (word(#"(?:un )?fundido (?:a|al) negro (?:al final|al terminar)(?: del (?:vídeo|video))?(?: de|,|:| -| —)? (\d+(?:[.,]\d+)?) segundos?|(?:un )?fundido (?:a|al) negro de (\d+(?:[.,]\d+)?) segundos? (?:al final|al terminar)"#), "a $1$2 second fade out at the end"),
        (word(#"(?:un )?fundido (?:desde|de) negro (?:al (?:principio|inicio|comienzo))(?: del (?:vídeo|video))? de (\d+(?:[.,]\d+)?) segundos?|(?:un )?fundido (?:desde|de) negro de (\d+(?:[.,]\d+)?) segundos? (?:al (?:principio|inicio|comienzo))"#), "a $1$2 second fade in at the start"),
        // ("Fundido a negro al final, 2 segundos": the same, its length after a comma; it was a fade through black.)
        (word(#"(?:un )?fundido (?:a|al) negro (?:al final|al terminar)(?: del (?:vídeo|video))?"#), "a fade out at the end"),
        (word(#"fundido a negro"#), "fade through black"), (word(#"fundidos"#), "crossfades"),
        (word(#"transiciones de barrido"#), "wipe transitions"), (word(#"transiciones circulares"#), "circle transitions"), (word(#"transiciones de zoom"#), "zoom transitions"),
        (word(#"medio segundo"#), "0.5 seconds"), (word(#"un segundo|une seconde"#), "1 second"),
        (#"(\d+),(\d+)(?=\s*(?:segundos?|secondes?|secondi)(?![\p{L}]))"#, "$1.$2"), (#"(\d+(?:[.,]\d+)?)\s*(?:segundos?|segundso|segudnos|segunods|segundoss|segundoz|segs?|secondes?|secondi|secondo)(?![\p{L}])"#, "$1 seconds"),
        // Italian: "prima la diavola poi la margherita" (that one first, then the other).
        (word(#"prima (?:la |il |lo |le |i |gli |l')?([\p{L}\p{N}_.-]+),? (?:e )?poi (?:la |il |lo |le |i |gli |l')?([\p{L}\p{N}_.-]+)"#), "the $1 first then the $2"),
        // Italian: "la musica è troppo forte" (too loud).
        (word(#"è"#) + #"(?= troppo)"#, "is"), (word(#"troppo (?:forte|alta|alto)"#), "too loud"), (word(#"troppo (?:bassa|basso|piano)"#), "too quiet"), (word(#"troppo (?:lungo|lunga)"#), "too long"), (word(#"troppo (?:corto|corta)"#), "too short"),
        (#"(\d+(?:[.,]\d+)?)\s*pourcent(?![\p{L}])"#, "$1 percent"),
        (word(#"(?:un |el )?video (cuadrado|vertical|horizontal)"#), "a $1 video"),
        (word(#"(?:un |el )?video(?: (?:for|para) [\p{L} ]{1,20}?)? de (\d+(?:\.\d+)?) seconds"#), "a $1 second video"),
        (#"(?:^|(?<=,))\s*(?:y )?que dure(?:n)?(?: unos?)? (?=\d)"#, " make it "),
        (#"(?:^|(?<=,))\s*(?:y )?(la|el|las|los) ([\p{L} ]{1,30}?) que dure(?:n)? (?=\d)"#, " make $1 $2 "),
        (word(#"(?:de|desde) (\d+(?:\.\d+)?) (?:a|hasta) (\d+(?:\.\d+)?) seconds|(?:del|desde el) segundo (\d+(?:\.\d+)?) (?:al|hasta el)(?: segundo)? (\d+(?:\.\d+)?)"#), "from $1$3 to $2$4 seconds"),
        (word(#"(?:desde el|desde|a partir del) segundo (\d+(?:\.\d+)?)|(?:desde|a partir de)(?: los)? (\d+(?:\.\d+)?) seconds"#), "from $1$2 seconds"),
        // "recorta el clip 2 a 2 segundos", "deja el clip 1 en 2 segundos": that clip that long; "acorta el video" shorter.
        (word(#"(?:recorta|recórtalo|recortalo|corta|acorta|alarga|deja|déjalo|dejalo) (?:el |la )?((?:clip|foto|imagen|video|vídeo|título|titulo|texto)[^,.;!?]{0,20}?) (?:a|en) (\d+(?:\.\d+)?) seconds"#), "make the $1 $2 seconds"),
        // "un poco más bajo", "más fuerte" said alone after a change: lower or louder still (not understood).
        // ("más alto" may be a text's place: left as said.)
        (#"^\s*(?:un poco |un poquito |algo )(?:más|mas) (?:baj[oa]|bajit[oa])\s*[.!]*\s*$"#, "a bit lower"),
        (#"^\s*(?:más|mas) (?:baj[oa]|bajit[oa])\s*[.!]*\s*$"#, "lower"),
        (#"^\s*(?:un poco |un poquito |algo )(?:más|mas) fuerte\s*[.!]*\s*$"#, "a bit louder"),
        (#"^\s*(?:más|mas) fuerte\s*[.!]*\s*$"#, "louder"),
        // "más" alone after a change: more of it.
        (#"^\s*(?:¡\s*)?(?:más|mas)(?: por favor)?\s*[.!]*\s*$"#, "more"),
        // "un poco más" after a change: a bit more of it.
        (word(#"(?:un )?poco más|(?:un )?poquito más|un poco mas|un poquito mas|(?:un )?tantito (?:más|mas)"#) + #"(?=\s*[.!?]*\s*$)"#, "a bit more"),
        // "otro poquito", "otro tantito" said alone after a change: a bit more of it.
        (#"^\s*(?:y\s+|ándale,?\s+|andale,?\s+)?"# + word(#"(?:otro|otra|otrito) (?:poquito|poco|tantito|poquitito|tantitito)(?: (?:más|mas))?"#) + #"\s*(?:porfa|por favor|please)?\s*[.!]*\s*$"#, "a bit more"),
        (word(#"acorta|acórtalo|acortalo"#), "make shorter"), (word(#"alarga|alárgalo|alargalo"#), "make longer"),
        // "a los 4 segundos", "en el segundo 4": a moment; "ponle 3 segundos al título" how long the text stays.
        (word(#"(?:a los|en el segundo|en los) (\d+(?:\.\d+)?)(?: seconds)?"#), "at $1 seconds"),
        (word(#"(?:ponle|pon|dale|da) (\d+(?:\.\d+)?) seconds (?:al|a la|para el|para la) (título|titulo|texto|subtítulo|subtitulo|leyenda)"#), "make the $2 $1 seconds"),
        (word(#"(?:pon|ponle|haz|hazme|deja|déjale|dejale) (?:el|la) (título|titulo|texto|subtítulo|subtitulo|leyenda) de (\d+(?:\.\d+)?) seconds"#), "make the $1 $2 seconds"),
        (word(#"(?:con )?(el|la) (título|titulo|texto|subtítulo|subtitulo|leyenda) de (\d+(?:\.\d+)?) seconds"#), ", make $1 $2 $3 seconds"),
        // "quita el clip 2 y el 3 y el 1": each number is a clip (never "el clip 2, 5 segundos más").
        (word(#"(clip|foto|imagen|video)s? (\d+)((?:,|,? y) (?:el |la )?)(\d+)(?![\d.]| seconds| ?%)"#), "$1 $2$3$1 $4"),
        (word(#"(clip|foto|imagen|video) (\d+)((?:,|,? y) (?:el |la )?)(\d+)(?![\d.]| seconds| ?%)"#), "$1 $2$3$1 $4"),
        (word(#"(?:en|durante) (?:los|las) (últimos|últimas|ultimos|ultimas|primeros|primeras) (\d+(?:\.\d+)?) seconds"#), "for the $1 $2 seconds"),
        (word(#"cada(?: una de las| uno de los)?"#), "each"),
        (word(#"últimos|últimas|último|última|ultimos|ultimas|ultimo|ultima"#), "last"), (word(#"primeros|primeras|primero|primera|primer"#), "first"),
        (word(#"segundo|segunda"#) + #"(?= (?:foto|clip|video|imagen|texto))"#, "second"), (word(#"tercero|tercera|tercer"#), "third"),
        (word(#"(?:el |la )?(video|clip|foto|imagen) del medio"#), "the middle $1"),
        (word(#"(\d+(?:\.\d+)?) seconds (?:más tarde|después)"#), "$1 seconds later"),
        (word(#"(\d+(?:\.\d+)?) seconds (?:más temprano|antes)"#), "$1 seconds earlier"),
        (word(#"(?:la |el )?(música|musica|musique|volumen|canción|cancion|music|song)\s+(?:un poco |más |mas )*(?:bajit[ao]|baj[ao]|suave|despacio|bas)"#), "the $1 quieter"),
        (word(#"(?:la |el )?(música|musica|musique|volumen|canción|cancion|music|song)\s+(?:un poco |más |mas )*(?:fuerte|alt[ao])"#), "the $1 louder"),
        // "quítale el sonido al video b.mp4": that clip's own sound muted (not understood).
        // ("quitale el sonido al clip pero deja la musica": the clip, one; it muted every clip. "del video" is the whole video's.)
        (word(#"(?:quítale|quitale|quita|quitar|silencia) el (?:sonido|audio)(?: original)? (?:del|al) clip"#) + #"(?!\s+[\p{L}\p{N}_-]+\.[\p{L}\p{N}])"#, "mute the clip"),
        (word(#"(?:quítale|quitale|quita|quitar|silencia) el (?:sonido|audio)(?: original)? (?:del|de los|a los|al) (?:videos?|vídeos?|clips?)"#) + #"(?!\s+[\p{L}\p{N}_-]+\.[\p{L}\p{N}])"#, "mute the clips"),
        (word(#"(?:quítale|quitale|quita|quitar|silencia) el (?:sonido|audio)(?: original)? (?:al|del|de la|a la)(?: (?:video|vídeo|clip)(?= [\p{L}\p{N}_-]+\.[\p{L}\p{N}]))?"#), "mute the"),
        // "acelera el b.mp4 al doble": twice as fast.
        (word(#"al doble(?: de (?:rápido|velocidad))?|el doble de rápido|dos veces más rápido"#), "2x"),
        (word(#"(?:al|a) (\d+(?:\.\d+)?)\s*%"#), "at $1%"),
        // Verbs, said first as in English.
        (word(#"hazme|házme|haz"#), "make"), (word(#"hazlo|hazla|házlo"#), "make it"),
        (word(#"ponle|pónle|pon|agrégale|añádele"#) + #"(?= una? )"#, "add"),
        (word(#"ponlo|ponla|pónlo|colócalo"#), "put it"), (word(#"ponle|pónle|pon|coloca|mete"#), "put"),
        (word(#"quítalo|quítala|quitalo|bórralo|bórrala|elimínalo|elimínala"#), "remove it"),
        (word(#"quita|quitar|quítale|quitale|borra|elimina|saca"#), "remove"),
        // "(la música está muy fuerte,) bájale": turned down, said alone.
        (word(#"bájale|bajale|bájala|bajala"#) + #"(?=\s*(?:porfa|por favor|please)?\s*[.!]*\s*$)"#, "turn it down"), (word(#"súbele|subele|súbela|subela"#) + #"(?=\s*(?:porfa|por favor|please)?\s*[.!]*\s*$)"#, "turn it up"),
        (word(#"bájale|bajale|baja"#), "lower"), (word(#"súbele|subele|sube"#), "raise"), (word(#"agrega|añade|agregar|añadir"#), "add"), (word(#"cambia"#), "change"), (word(#"usa|utiliza|usar"#), "use"),
        (word(#"muévelo|muevelo|muévela|muevela"#), "move it"), (word(#"mueve"#), "move"),
        (word(#"expórtalo|exportalo|expórtala|exporta|exportar"#), "export it"), (word(#"en (mp4|mov|gif)"#), "as $1"),
        // "deshaz todos los cambios", "empezar de nuevo": every change, back to the video as first made.
        (word(#"(?:deshaz|deshacer|quita|quitar) todos los cambios|(?:deshaz|deshacer) todo|(?:empezar|empieza|empecemos|volver a empezar|vuelve a empezar)(?: de nuevo| de cero| otra vez)?"#) + #"(?=\s*[.!]*\s*$)"#, "undo all changes"),
        (word(#"deshaz|deshazlo|deshacer"#), "undo"), (word(#"mejor dicho|mejor (?:al|a|en)(?=\s+\d)|mejor"#), ""),
        (word(#"quiero|necesito"#), "i want"), (word(#"que diga|que dice|que ponga|diciendo"#), "saying"),
        // "en vez de Hello": what the new words replace; "no, la otra foto": the other one.
        (word(#"en vez de|en lugar de"#), "instead of"), (word(#"otra vez"#), "again"), (word(#"(?:la|el) otr[oa]"#), "the other"), (word(#"otr[oa]"#), "other"),
        // French: "un fondu" is a fade, "accelerate it two times" twice as fast, "make it the half" half as long.
        (word(#"(?:a|un) fondu(?: enchaîné)?"#), "a fade transition"), (word(#"fondu"#), "fade"),
        // Things and places.
        (word(#"música|musica|musique"#), "music"), (word(#"fotos"#), "photos"), (word(#"foto"#), "photo"),
        (word(#"imágenes|imagenes"#), "images"), (word(#"imagen"#), "image"), (word(#"vídeo"#), "video"),
        (word(#"título|titulo"#), "title"), (word(#"titulad[oa]|llamad[oa]"#), "titled"), (word(#"texto"#), "text"), (word(#"subtítulos|subtitulos"#), "subtitles"), (word(#"subtítulo|subtitulo"#), "subtitle"),
        (word(#"transiciones suaves"#), "fade transitions"), (word(#"transiciones"#), "transitions"), (word(#"transición|transicion"#), "transition"),
        (word(#"ruido de fondo"#), "background noise"), (word(#"(?:el )?ruido del? viento"#), "the wind noise"), (word(#"marcas? de agua|marca d'água|filigrane"#), "watermark"), (word(#"volumen"#), "volume"),
        (word(#"blanco y negro"#), "black and white"), (word(#"cuadrado"#), "square"),
        (word(#"en la parte (?:de )?arriba|en la parte superior"#), "at the top"), (word(#"en la parte (?:de )?abajo|en la parte inferior"#), "at the bottom"),
        (word(#"abajo"#), "at the bottom"), (word(#"arriba"#), "at the top"), (word(#"canción|cancion"#), "song"),
        (word(#"al (?:principio|inicio|comienzo)"#), "at the start"), (word(#"al final"#), "at the end"),
        (word(#"más rápido|mas rapido"#), "faster"), (word(#"más lento|mas lento"#), "slower"),
        (word(#"más grande|mas grande"#), "bigger"), (word(#"más pequeño|más chico"#), "smaller"),
        (word(#"más largo|mas largo"#), "longer"), (word(#"más corto|mas corto"#), "shorter"),
        (word(#"sin"#), "no"), (word(#"nomás|nomas|nada más|solamente|sólo|solo"#), "only"),
        (word(#"todas las|todos los"#), "all the"), (word(#"todas|todos"#), "all"),
        (word(#"y (?:luego|después|despues)|luego|después|despues"#), "then"),
        (word(#"eso|esto"#), "that"), (word(#"con"#), "with"), (word(#"para"#), "for"), (word(#"y"#), "and"),
        (word(#"del"#), "of the"), (word(#"el|la|los|las"#), "the"), (word(#"un|una"#), "a"), (word(#"de"#), "of"),
        (word(#"eh"#), ""),
        // French: "mets le titre en haut", "enlève la musique".
        (word(#"s'il (?:te|vous) pla[iî]t"#), "please"), (word(#"mets|mettez|mettre"#), "put"), (word(#"enlève|enlever|enlevez|supprime|supprimez|retire|retirez"#), "remove"),
        (word(#"en haut"#), "at the top"), (word(#"en bas"#), "at the bottom"), (word(#"le|les"#), "the"),
        // "cambia el título a 'X'": "a" right before the words is "to".
        (#"\b(change|put|set)\b([^.,;«"]{0,40}?)\s+(?:a|por)\s*$"#, "$1$2 to "),
    ]

    /// Russian as English: the common requests (the shape of the video, the music, black and white, a
    /// title, longer or shorter, undo, export), each word by its stem so its endings do not matter.
    static let russianAsEnglish: [(String, String)] = [
        // Courtesy.
        (word(#"пожалуйста|пожалуйсто|пжл|плиз"#), "please"), (word(#"спасибо|спс"#), "thanks"),
        // Questions: "какая сейчас музыка?", "есть ли музыка?", "сколько длится видео?".
        (word(#"какая|какой|какое|какие"#), "what is"), (word(#"есть ли"#), "is there"), (word(#"сколько(?: сейчас| теперь)? (?:длится|идёт|идет)"#), "how long is"),
        (word(#"сейчас|теперь"#), ""),
        (word(#"привет|здравствуйте"#) + #"[!,.]*"#, "hi"),
        // Lengths: "видео 30 секунд", "на 5 секунд длиннее", "по 3 секунды".
        (#"(\d+(?:[.,]\d+)?)(?:-?(?:й|ой|ей|ю))?\s*(?:секунд\p{L}*|сек\.?)(?![\p{L}])"#, "$1 seconds"),
        // The music's start: "пусть музыка начинается с 5 секунды", "начни музыку с 3 секунды".
        (word(#"(?:пусть |чтобы |нужно, чтобы |надо, чтобы )?музык\p{L}* (?:пусть )?(?:(?:должна|должен|должно|может) )?(?:начаться|начинаться|начинается|начиналась|начнётся|начнется|начинает(?:ся)?|начнёт|начнет|стартует|стартовала|включается|включилась|заиграет|играет|играла|вступает|вступит|идёт|идет|шла) (?:с|со|на|после|через) (\d+(?:\.\d+)?) seconds"#), "start the music at $1 seconds"),
        (word(#"(?:начни|начните|запусти|запустите|включи|включите) музык\p{L}* (?:с|со|на|после|через) (\d+(?:\.\d+)?) seconds"#), "start the music at $1 seconds"),
        // A clip's speed: "ускорь b.mp4 в 2 раза" (twice as fast), "замедли клип 2 в 2 раза" (half as fast).
        (word(#"(?:ускорь|ускорьте|ускорить) (.+?) в (\d+(?:[.,]\d+)?) раза?"#), "make $1 $2x faster"),
        (word(#"(?:замедли|замедлите|замедлить) (.+?) в (\d+(?:[.,]\d+)?) раза?"#), "make $1 $2x slower"),
        (word(#"ускорь|ускорьте|ускорить"#), "speed up"), (word(#"замедли|замедлите|замедлить"#), "slow down"),
        // "сделай ярче" (brighter), "потемнее" (darker); "еще чуть-чуть" said alone, after a change: a bit more of it.
        (word(#"(?:сделай |сделайте )?(?:немного |чуть |чуть-чуть )?(?:ярче|поярче|светлее|посветлее)"#), "make it brighter"),
        (word(#"(?:сделай |сделайте )?(?:немного |чуть |чуть-чуть )?(?:темнее|потемнее)"#), "make it darker"),
        (#"^\s*(?:и\s+)?"# + word(#"(?:ещё|еще)(?: (?:немного|чуть-чуть|чуть чуть|чуть|чуточку|капельку|капельку))?"#) + #"\s*[.!]*\s*$"#, "a bit more"),
        (word(#"ещё|еще"#) + #"(?=\s+\p{L})"#, ""),
        // A text moved: "перемести его вниз" (the one just changed), "сдвинь заголовок наверх".
        (word(#"(?:перемести|передвинь|сдвинь|подвинь|опусти|переставь|поставь)(?: (?:его|её|ее|это|их))? (?:вниз|в низ|пониже|ниже|снизу|внизу)"#), "move it to the bottom"),
        (word(#"(?:перемести|передвинь|сдвинь|подвинь|подними|переставь|поставь)(?: (?:его|её|ее|это|их))? (?:вверх|наверх|повыше|выше|сверху|наверху)"#), "move it to the top"),
        (word(#"(?:перемести|передвинь|сдвинь|подвинь|опусти|переставь) ([^,.!?]{1,40}?) (?:вниз|в низ|пониже|ниже|снизу|внизу)"#), "move $1 to the bottom"),
        (word(#"(?:перемести|передвинь|сдвинь|подвинь|подними|переставь) ([^,.!?]{1,40}?) (?:вверх|наверх|повыше|выше|сверху|наверху)"#), "move $1 to the top"),
        // "сократи видео на 4 секунды" (Ukrainian "скороти відео на 4 секунди"): shorter by that much, never 4 seconds long.
        (word(#"(?:сократи|сократите|укороти|укоротите) (видео|ролик\p{L}*|клип\p{L}*|музык\p{L}*|[\p{L}\p{N}_-]+\.[\p{L}\p{N}]+) на (\d+(?:\.\d+)?) seconds"#), "make $1 $2 seconds shorter"),
        (word(#"(?:сократи|сократите|укороти|укоротите)(?: его| её| ее)? на (\d+(?:\.\d+)?) seconds"#), "make it $1 seconds shorter"),
        (word(#"(?:удлини|удлините|продли|продлите) (видео|ролик\p{L}*|клип\p{L}*|музык\p{L}*|[\p{L}\p{N}_-]+\.[\p{L}\p{N}]+) на (\d+(?:\.\d+)?) seconds"#), "make $1 $2 seconds longer"),
        (word(#"(?:удлини|удлините|продли|продлите)(?: его| её| ее)? на (\d+(?:\.\d+)?) seconds"#), "make it $1 seconds longer"),
        (word(#"сократи|сократите|укороти|укоротите"#), "shorten"), (word(#"удлини|удлините|продли|продлите"#), "lengthen"),
        // "каждое фото по 3 секунды": each that long.
        (word(#"кажд(?:ое|ую|ый|ая|ого|ой) ([^,.;!?]{1,30}?) по (\d+(?:\.\d+)?) seconds"#), "each $1 $2 seconds"),
        (word(#"на (\d+(?:\.\d+)?) seconds (длиннее|дольше)"#), "$1 seconds longer"), (word(#"на (\d+(?:\.\d+)?) seconds короче"#), "$1 seconds shorter"),
        (word(#"(?:длиннее|дольше) на (\d+(?:\.\d+)?) seconds"#), "$1 seconds longer"), (word(#"короче на (\d+(?:\.\d+)?) seconds"#), "$1 seconds shorter"),
        // "на последние 3 секунды", "в первые 5 секунд": that stretch of the video.
        (word(#"(?:на |в |за )?(?:последние|последних) (\d+(?:\.\d+)?) seconds"#), "for the last $1 seconds"), (word(#"(?:на |в |за )?(?:первые|первых) (\d+(?:\.\d+)?) seconds"#), "for the first $1 seconds"),
        (word(#"по (\d+(?:\.\d+)?) seconds"#), "$1 seconds each"), (word(#"на (\d+(?:\.\d+)?) seconds"#), "$1 seconds"),
        (word(#"(?:на |до )?(\d+(?:\.\d+)?)\s*(?:%|процент\p{L}*)"#), "to $1%"),
        // Noise is a sound to clean up, never a clip to remove: "убери шум на видео b.mp4, там ветер", "убери фоновый шум",
        // "шум ветра" (Reel cannot clean sound: it removed b.mp4).
        (word(#"(?:фонов\p{L}* )?шум\p{L}* ветра|ветер в микрофон\p{L}*"#), "the wind noise"), (word(#"(?:фонов\p{L}* )?(?:шум\p{L}*|шипени\p{L}*|треск\p{L}*|гул\p{L}*)(?: на фоне| (?:от |из-за )?ветра)?"#), "the background noise"),
        (word(#"ветер|ветра|ветром|ветре"#), "wind"), (word(#"там"#), "there"),
        // A clip's own sound: "убери звук на видео b.mp4" (mute it, never remove the clip), "выключи звук у клипа 2", "верни звук".
        (word(#"(?:убери|уберите|выключи|выключите|отключи|отключите|удали) (?:оригинальн\p{L}* |родн\p{L}* )?звук\p{L}*(?: (?:на|у|в|из|с))?"#), "mute"),
        (word(#"(?:верни|включи|включите|верните) (?:оригинальн\p{L}* |родн\p{L}* )?звук\p{L}*(?: (?:на|у|в))?"#), "unmute"), (word(#"звук\p{L}*"#), "sound"),
        // The music: "убери музыку", "музыку потише", "сделай музыку громче".
        (word(#"(?:сделай |сделайте )?музык\p{L}* (?:немного |чуть |чуть-чуть |по)?(?:тише|потише)"#), "make the music quieter"),
        (word(#"(?:сделай |сделайте )?музык\p{L}* (?:немного |чуть |чуть-чуть |по)?(?:громче|погромче)"#), "make the music louder"),
        (word(#"(?:немного |чуть |чуть-чуть )?(?:тише|потише)"#), "quieter"), (word(#"(?:немного |чуть |чуть-чуть )?(?:громче|погромче)"#), "louder"),
        (word(#"(?:без музыки)"#), "no music"),
        // The picture: "сделай видео вертикальным", "черно-белым", "квадратное".
        (word(#"вертикальн\p{L}*"#), "vertical"), (word(#"горизонтальн\p{L}*"#), "horizontal"), (word(#"квадратн\p{L}*"#), "square"),
        (word(#"ч[её]рно[- ]?бел\p{L}*|ч/б"#), "black and white"),
        (word(#"длиннее|дольше|подлиннее"#), "longer"), (word(#"короче|покороче"#), "shorter"),
        (word(#"быстрее|побыстрее"#), "faster"), (word(#"медленнее|помедленнее"#), "slower"),
        (word(#"больше|побольше|крупнее"#), "bigger"), (word(#"меньше|поменьше|мельче"#), "smaller"),
        // "первое фото сделай последним": where a picture goes.
        (#"^\s*(.+?)\s+(?:сделай|поставь|перемести|передвинь)\s+(?:последн\p{L}*|в конец)\s*[.!]?\s*$"#, "move $1 to the end"),
        (#"^\s*(.+?)\s+(?:сделай|поставь|перемести|передвинь)\s+(?:перв(?:ым|ой)|в начало)\s*[.!]?\s*$"#, "move $1 to the start"),
        // "поставь c.png первым", "перемести первое фото в конец": the verb said first.
        (#"^\s*(?:сделай|поставь|перемести|передвинь|переставь)\s+(.+?)\s+(?:последн\p{L}*|в (?:самый )?конец)\s*[.!]?\s*$"#, "move $1 to the end"),
        (#"^\s*(?:сделай|поставь|перемести|передвинь|переставь)\s+(.+?)\s+(?:перв(?:ым|ой)|в (?:самое )?начало)\s*[.!]?\s*$"#, "move $1 to the start"),
        // Verbs.
        (word(#"сделай|сделайте|сделать|делай"#), "make"), (word(#"убери|уберите|убрать|удали|удалите|удалить|выключи|убери-ка"#), "remove"),
        (word(#"добавь|добавьте|добавить|вставь"#), "add"), (word(#"поставь|поставьте|установи"#), "set"), (word(#"измени|измените|поменяй|поменяйте|замени"#), "change"),
        // "покажи таймлайн", "что сейчас в видео?": the timeline, shown.
        (word(#"(?:покажи|покажите) (?:мне )?(?:таймлайн|тайм-лайн|шкалу времени|монтаж)|что (?:сейчас |теперь )?(?:есть )?(?:в|на) (?:видео|таймлайне|ролике)"#) + #"\s*\??"#, "show the timeline"),
        // "удали всё": everything (never one clip guessed).
        (word(#"всё"#) + #"(?=\s*[.!?]*\s*$)"#, "everything"),
        // "отмени все изменения", "начни заново": every change taken back; "верни изменение": the change undone, made again.
        (word(#"(?:отмени|отмените|отменить) (?:все|всё) (?:изменени\p{L}*|правк\p{L}*)|(?:начни|начните|начать) (?:заново|сначала|с нуля)"#) + #"(?=\s*[.!]*\s*$)"#, "undo all changes"),
        (word(#"(?:верни|верните|вернуть) (?:изменение|правку|обратно изменение)"#), "redo"),
        // "добавь плавные переходы": smooth blends; "переходы растворением": dissolves, by that word.
        (word(#"плавн\p{L}* переход\p{L}*"#), "crossfade transitions"),
        (word(#"переход\p{L}* растворени\p{L}*|растворени\p{L}*"#), "dissolve transitions"), (word(#"между (?:кадрами|клипами|сценами|фото)"#), "between clips"),
        // "со всех фото" (with every photo), "нет, лучше сепия" (no, sepia rather).
        (word(#"(?:со|из) всех (?:фото\p{L}*|фотографи\p{L}*|картин\p{L}*)"#), "with all the photos"), (word(#"(?:со|из) всех (?:файл\p{L}*)"#), "with all the files"), (word(#"все (?:фото\p{L}*|фотографи\p{L}*)"#), "all the photos"),
        (word(#"сепи\p{L}*"#), "sepia"), (word(#"нет"#), "no"), (word(#"лучше"#), "better"), (word(#"кажд(?:ое|ую|ый|ая|ого|ой)"#), "each"),
        (word(#"(?:снизу|внизу) справа|справа (?:снизу|внизу)"#), "at the bottom right"), (word(#"(?:снизу|внизу) слева|слева (?:снизу|внизу)"#), "at the bottom left"),
        (word(#"(?:сверху|вверху) справа|справа (?:сверху|вверху)"#), "at the top right"), (word(#"(?:сверху|вверху) слева|слева (?:сверху|вверху)"#), "at the top left"),
        // "no no, undo, верни как было": the undo said again in Russian is the same one.
        (#"\bundo\b([,.!\s]+)"# + word(#"отмени|отмените|отменить|верни как было|верни обратно"#), "undo"),
        (word(#"отмени|отмените|отменить|верни как было|верни обратно"#), "undo"),
        (word(#"экспортируй|экспортируйте|экспорт|сохрани|сохраните|выгрузи|выгрузите|отрендери"#), "export"),
        // Things and places.
        (word(#"видео|ролик\p{L}*|видос\p{L}*"#), "the video"), (word(#"музык\p{L}*|песн\p{L}*"#), "the music"), (word(#"громкост\p{L}*"#), "volume"),
        (word(#"заголов\p{L}*|назван\p{L}*|титр\p{L}*"#), "title"), (word(#"подпис\p{L}*|субтитр\p{L}*"#), "caption"), (word(#"текст\p{L}*|надпис\p{L}*"#), "text"),
        (word(#"переход\p{L}*"#), "transitions"), (word(#"фото|фотографию|фотография|фотку|картинку|картинка"#), "photo"), (word(#"фото\p{L}*|фотк\p{L}*|картинк\p{L}*"#), "photos"), (word(#"клип\p{L}*"#), "clip"),
        (word(#"в начале|вначале"#), "at the start"), (word(#"в конце|в конец"#), "at the end"),
        (word(#"сверху|наверху|вверху|наверх"#), "at the top"), (word(#"снизу|внизу|вниз"#), "at the bottom"), (word(#"по центру|посередине"#), "in the center"),
        (word(#"немного|чуть-чуть|чуть|слегка"#), "a bit"), (word(#"первое|первую|первый|первая"#), "the first"), (word(#"последнее|последнюю|последний|последняя"#), "the last"),
        (word(#"второе|вторую|второй|вторая"#), "the second"), (word(#"третье|третью|третий|третья"#), "the third"), (word(#"четвёртое|четвертое|четвёртую|четвертую"#), "the fourth"),
        (word(#"его|её|ее"#), "it"), (word(#"и"#), "and"), (word(#"с|со"#), "with"), (word(#"для"#), "for"), (word(#"на"#), "to"),
        (#"[ \t]{2,}"#, " "),
    ]

    /// Polish, Turkish, Indonesian, Swedish and Dutch words in an English request ("make it czarno-białe",
    /// "müzik fade out at the end", "musik nya kekencangan", "pakai semua foto, kasih title …"): the editing words
    /// as English, the soft endings ("ya", "dong", "abi") dropped. Only words no English request has.
    static let mixedWordsMarker = word(#"czarno[- ]?bia\p{L}+|siyah[- ]?beyaz|hitam[- ]?putih|svartvit+|zwart[- ]?wit|m[üu]zi[kğg]\p{L}*|muzyk\p{L}*|musiken|muziek|musik ?nya|lagu ?nya|kekencangan|terlalu|pakai|semua|kasih|tambahin|tambahkan|bikin|detik|saniye|sekund|sekundy|seconden|ba[şs]l[ıi]k|yaz|yazs[ıi]n|foto2|foto-foto|duluan|(?:po)?tishe|(?:po)?gromche|pozhalu[iyj]?sta|pozhalsta|sdela[ijy]|uberi|dobav\p{L}*|(?:po)?koroche|dlinnee|vertikaln\p{L}*|ch[eo]rno[- ]?bel\p{L}*"#)

    static let mixedWordsAsEnglish: [(String, String)] = [
        (word(#"czarno[- ]?bia\p{L}+|siyah[- ]?beyaz|hitam[- ]?putih|svartvit+|zwart[- ]?wit"#), "black and white"),
        // "musik nya kekencangan" (the music is too loud), "lagunya terlalu pelan" (too quiet).
        // Russian typed in Latin letters: "muzyku potishe pozhaluysta" (the music quieter please), "sdelai vertikalnoe video".
        (word(#"muzyk\p{L}* (?:nemnogo |chut'? )?(?:po)?tishe"#), "make the music quieter"), (word(#"muzyk\p{L}* (?:nemnogo |chut'? )?(?:po)?gromche"#), "make the music louder"),
        (word(#"(?:po)?tishe"#), "quieter"), (word(#"(?:po)?gromche"#), "louder"), (word(#"pozhalu[iyj]?sta|pozhalsta"#), "please"),
        (word(#"sdela[ijy]"#), "make"), (word(#"uberi"#), "remove"), (word(#"dobav\p{L}*"#), "add"), (word(#"(?:po)?koroche"#), "shorter"), (word(#"dlinnee"#), "longer"),
        (word(#"vertikaln\p{L}*"#), "vertical"), (word(#"ch[eo]rno[- ]?bel\p{L}*"#), "black and white"),
        (word(#"(?:musik|lagu) ?nya|musiken|the (?:muzik|müzik)"#), "the music"), (word(#"m[üu]zi[kğg]\p{L}*|muzyk\p{L}*|muziek|lagu"#), "music"),
        (word(#"(?:is |it is |it's )?(?:kekencangan|terlalu (?:keras|kencang|kenceng|besar))"#), "is too loud"),
        (word(#"(?:is |it is |it's )?(?:kepelanan|kekecilan|terlalu (?:pelan|kecil))"#), "is too quiet"),
        // "pakai semua foto" (use all the photos), "kasih title" (give it a title), "bikin video" (make a video).
        (word(#"semua (?:foto|gambar|pic|pics|photos?)|(?:all )?(?:foto2|foto-foto)"#), "all the photos"), (word(#"pakai"#), "with"),
        (word(#"kasih|tambahin|tambahkan"#), "add"), (word(#"bikin"#), "make"), (word(#"duluan"#), "first"),
        (word(#"detik|saniye|sekund|sekundy|seconden"#), "seconds"), (word(#"ba[şs]l[ıi]k"#), "title"),
        // "title yaz 'Berber Mehmet'" (write the title): the title's words.
        (#"(?<=\btitle|\bcaption|\btext) (?:yaz|yazs[ıi]n)\b"#, ""),
        (#"(?:,\s*|\s+)(?:ya|dong|abi|yaa)\s*(?=[.!]*\s*$)"#, ""),
    ]

    /// English as French, Spanish and Portuguese speakers say it: "accelerate it two times" is twice as
    /// fast, "make it the half" half as long, "the title stays 5 seconds on the screen" that text's length.
    static let learnersEnglish: [(String, String)] = [
        (#"\baccelerat(?:e|es|ed)\s+(it|that|them|this|the [\w ]{1,30}?) (?:two|2) times\b"#, "make $1 2x faster"),
        (#"\baccelerat(?:e|es|ed)\s+(it|that|them|this|the [\w ]{1,30}?) (?:three|3) times\b"#, "make $1 3x faster"),
        (#"\baccelerat(?:e|es|ed)\s+(it|that|them|this|the [\w ]{1,30}?) (\d+(?:\.\d+)?) times\b"#, "make $1 $2x faster"),
        (#"\baccelerat(?:e|es|ed)\s+(it|that|them|this)\b"#, "speed $1 up"), (#"\baccelerat(?:e|es|ed)\b"#, "speed up"),
        (#"\bmake (it|the video|everything|the whole (?:video|thing)) the half\b"#, "make $1 half as long"),
        // "make slow half speed", "make quieter a bit": "it" left out before what to make of it.
        (#"\bmake (slow(?:er)?|fast(?:er)?|quiet(?:er)?|loud(?:er)?|short(?:er)?|long(?:er)?|bigger|smaller|bright(?:er)?|dark(?:er)?)(?=\s*(?:[,.!?]|$|\d|half\b|double\b|a bit\b|a little\b))"#, "make it $1"),
        // Vietnamese mixed with English ("Video for TikTok 15 giây"): seconds.
        (#"(\d+(?:\.\d+)?)\s*giây(?![\p{L}])"#, "$1 seconds"),
        (#"\bmake (the (?:title|caption|end card|text)) (\d+(?:\.\d+)? ?(?:s|secs?|seconds?))(?: long)?(?=\s*[.,!?]|\s*$)"#, "make $1 last $2"),
        // "make it 15 seconds longer? oh sorry, I mean 5 seconds longer": the amount said again is the one meant.
        (#"\b(\d+(?:\.\d+)?\s?(?:seconds?|secs?|s|percent|%))(?!\w)([^.?!]*?)\s*[.?!]\s*(?:oh |ah |oops,? )?(?:sorry|oops|no),? (?:i mean|i meant|make (?:it|that))\s+(\d+(?:\.\d+)?\s?(?:seconds?|secs?|s|percent|%))(?!\w)(?:\s+\w+)?\s*[.!]*\s*$"#, "$3$2"),
        // "Text 'Hello' make on top", "now make it on bottom" (Russian "сделай сверху", "на 4 секунды"): a place,
        // and how long (said right after a text's words).
        (#"\bmake (?:it |them |that )?(?:on|at|in) (?:the )?(top|bottom|center|centre|middle)\b"#, "put it at the $1"),
        (#"^\s*(?:on|in) (\d+(?:\.\d+)?) ?(?:seconds?|secs?|s)\s*[.!]*\s*$"#, " for $1 seconds"),
        // "move the title up", "push the caption down a bit": a text's place, up or down.
        (#"\b(move|shift|push|bring|nudge|put) (the (?:title|caption|text|end card|words|writing|subtitle))(?: a bit| a little| slightly)? (?:up|higher|upwards?)\b"#, "$1 $2 to the top"),
        (#"\b(move|shift|push|bring|nudge|put) (the (?:title|caption|text|end card|words|writing|subtitle))(?: a bit| a little| slightly)? (?:down|downwards?)\b"#, "$1 $2 to the bottom"),
        // "black and white please, the whole video" (German "das ganze Video"): what the change is for, said after it.
        (#",\s*(?:for |on |to )?(?:the )?(?:whole|entire|complete) (?:video|thing|film)\s*[.!]*\s*$"#, " for the whole video"),
        // "inshallah", "yalla": courtesy around a request; "..., fast fast" at the end asks it done quickly, nothing more.
        (#"(?:,\s*)?\b(?:inshallah|insha'?allah|in sha allah|mashallah|masha'?allah|yalla|habibi)\b[!.,]*"#, ""),
        (#",\s*(?:fast,? fast|quick,? quick|quickly,? quickly)(?:,? please)?\s*[.!]*\s*$"#, ""),
        // "the title I want it 'Ramadan Kareem'", "the caption, make it 'Sale'": the text named first, its new words after
        // it (it added a second title).
        (#"^\s*(?:and |also |please |ok,? )?(?:the |my )?(title|caption|headline)\s*,?\s*(?:please )?(?:i want it|i want|i need it|i need|i'd like it|i would like it|we want it|make it|let it be|it should be|it must be|should be|must be|put it|write it|change it)(?: to be| to say| to| be| say| as)?\s*:?\s*$"#, "change the $1 to "),
        // "the sound of b.mp4 close it please", "close the sound of b.mp4": that clip's own sound off.
        (#"^\s*(?:please,?\s+)?(?:the )?(?:sound|audio|voice|volume) (?:of|from|in) ([\p{L}\p{N}_-]+\.(?:mp4|mov|m4v|webm)|(?:the )?(?:clip|video) (?:\d+|number \w+)|the (?:first|second|third|last) (?:clip|video))\s*,?\s*(?:please )?(?:close|shut|turn off|switch off|stop|remove|delete|cut|kill|mute|off)(?: it| this| that)?(?: off)?\b"#, "mute $1"),
        (#"\b(?:close|shut)(?: off)? (?:the )?(?:sound|audio|voice) (?:of|from|in) (?=[\p{L}\p{N}_-]+\.(?:mp4|mov|m4v|webm)\b|(?:the )?(?:clip|video) \d)"#, "mute "),
        // "the title I want it bigger", "the caption I want it in the bottom": the text named first, what to make of it after
        // (its words were read as the title's new words, "I want it bigger").
        (#"^\s*(?:and |also |please |ok,? )?(?:the |my )?(title|caption|headline|text)\s*,?\s*(?:i want it|i need it|i'd like it|i would like it|we want it)\s+(?=(?:in|at|on|to) (?:the )?(?:top|bottom|middle|center|centre)\b)"#, "put the $1 "),
        (#"^\s*(?:and |also |please |ok,? )?(?:the |my )?(title|caption|headline|text)\s*,?\s*(?:i want it|i need it|i'd like it|i would like it|we want it)\s+(?=(?:a (?:bit|little) )?(?:bigger|smaller|larger|longer|shorter|red|white|black|yellow|blue|green|gold|pink)\b)"#, "make the $1 "),
        // "remove the video please, keep the photos" (Spanish "quita el video, nomás deja las fotos"): the video clips out, the
        // photos kept ("remove the video" alone may be the whole video: asked).
        (#"\bremove the video\b((?: please| pls)?)\s*,?\s*(?:and |but )?(?:only |just )?keep (?:only |just )?the (?:photos|pictures|pics|images|stills)\b(?: only)?"#, "remove the videos$1"),
        // "the music finish at 8 second, after no music": the music ending there, said again (it removed the music).
        (#"\b((?:music|song|bgm|track)\b[^.;]*?\b(?:finish(?:es|ed)?|ends?|ended|stops?|stopped)\b[^.;]*?\d[^.;]*?)\s*[,.;]?\s*(?:and |then )?after(?: that| this| it)?,? (?:no|without|not|zero) (?:more |any )?(?:music|song|bgm|sound)\b"#, "$1"),
        // "music start when title is finish": when the title ends.
        (#"\b(?:when|after) (?:the )?(title|caption|text) (?:is |has )?finish(?:ed)?\b"#, "when the $1 ends"),
        // "black and white, classic look for the mustang": what the look is for, said after it.
        (#"\b(black and white|b&w|sepia|vintage)\s*,\s*(?:a |the |very )?(?:classic|timeless|old[- ]school|retro|nostalgic) (?:[a-z]+ )?(?:look|feel|vibe|style)(?: for (?:the |my |our |this )?[\w ]{1,30}?)?(?=\s*[.!]*\s*$)"#, "$1"),
        // "Do black-white": a look, done.
        (#"\bblack[- ]white\b"#, "black and white"),
        (#"^\s*do (?:it |the video |everything )?(?:in )?(black and white|b&w|bw|sepia|vintage|warm(?:er)?|cool(?:er)?|vertical|horizontal|square)\b"#, "make it $1"),
        // "Music make more quiet, is too loud": the thing first, then what to make of it; a complaint with no "it".
        (#"^\s*(?:the )?(music|song|title|caption|text|video|transitions?) make (?:it |them )?"#, "make the $1 "),
        // "title is show 5 second please", "the caption showing 4 seconds only": how long the text stays on screen.
        // ("title is show at 5 second": when it comes in, read elsewhere.)
        (#"\b(?:the )?(title|caption|text|end card)(?: is| are)? (?:show|shows|showing|shown|display|displays|displaying|displayed|stay|stays|staying|appear|appears|appearing)(?: for| during| only)? (\d+(?:\.\d+)?) ?(?:s|secs?|seconds?)\b(?: only| long)?"#, "make the $1 last $2 seconds"),
        // "o título dura 5 segundos" (Portuguese, Spanish "dure", Italian "duri"): how long the text stays on screen.
        (#"\b(?:the |o |el |il |la )?(title|caption|text|end card) (?:dura|dure|duri|durar|durare)(?: por| per)? (\d+(?:\.\d+)?) ?(?:s|secs?|seconds?)\b"#, "make the $1 last $2 seconds"),
        // "musica più bassa per favore": the music quieter (Italian "più alta": louder).
        (#"\b(music|song) (?:più|piu) bass[ao]\b"#, "$1 quieter"), (#"\b(music|song) (?:più|piu) alt[ao]\b"#, "$1 louder"),
        // "title is too short, 5 seconds please": the length it should have instead.
        (#"\b(?:the )?(title|caption|text|end card)(?: is|'s)? (?:too |very |so |a bit |a little )?(?:short|long|quick|fast)\s*[,.;]?\s*(?:make it |maybe |i want |better )?(\d+(?:\.\d+)?) ?(?:s|secs?|seconds?)\b(?=\s*(?:please|pls|plz|is (?:better|good|enough|ok|okay|fine))?\s*[.!]*\s*$)"#, "make the $1 last $2 seconds"),
        // "make it more small small", "very very quiet", "louder louder": a word said twice for emphasis, said once.
        // (Not ", fast fast" at the end: done quickly, read above.)
        (#"\b(very|really|so|too|more|much|small|smaller|big|bigger|quiet|quieter|loud|louder|soft|softer|slow|slower|short|shorter|long|longer|bright|brighter|dark|darker|low|lower|high|higher)(?:,? \1\b)+"#, "$1"),
        // (Not "two times more fast": a factor, read elsewhere.)
        (#"(?<!\btimes )\bmore big\b"#, "bigger"), (#"(?<!\btimes )\bmore (quiet|loud|small|long|short|fast|slow|bright|dark|warm|cool)\b"#, "$1er"),
        (#"\bless loud\b"#, "quieter"), (#"\bless quiet\b"#, "louder"),
        // "please the music make more small", "the volume put more low": the music named first, its change after it; a
        // small or low music is a quiet one (never the title made smaller).
        (#"^\s*(?:please,?\s+)?(?:the |my )?(music|song|bgm|volume)\s+(?:please\s+)?(?:make|put|do|turn)\s+(?:it\s+)?(?:a (?:bit|little) )?(?:smaller|lower|softer|quieter|less|down)\b"#, "make the music quieter"),
        (#"^\s*(?:please,?\s+)?(?:the |my )?(music|song|bgm|volume)\s+(?:please\s+)?(?:make|put|do|turn)\s+(?:it\s+)?(?:a (?:bit|little) )?(?:bigger|higher|stronger|louder|up)\b"#, "make the music louder"),
        (#"\b(?:make|put|turn) (?:the |my )?(?:music|song|bgm|volume)(?: a (?:bit|little))? (?:smaller|lower)\b"#, "make the music quieter"),
        // "too much long the video", "is too long the video": the video is too long.
        (#"\btoo much (long|short|loud|quiet|dark|bright|fast|slow|big|small)\b"#, "too $1"),
        (#"^\s*(?:is |it is |it's )?too (long|short|loud|quiet|dark|bright|fast|slow) (the (?:video|music|song|title|caption|text))\b"#, "$2 is too $1"),
        // "is possible to make it in white and black?": black and white, said the other way round (as Spanish, Italian and
        // French say it).
        (#"\b(in|into|to) white (?:and|&) black\b|^\s*white (?:and|&) black\b"#, "$1 black and white"),
        // "the clip number two": clip 2.
        (#"\b(?:the )?(clip|photo|picture|pic|video|image|slide|shot) (?:number|no\.?|nr\.?|#) ?(\d+)\b"#, "$1 $2"),
        // "title show long long please, 6 second", "the caption stay long, 4 sec": the text on screen longer, that long
        // (the bare length was read as the video's: a 6 s video). ("the title show long" alone: longer.)
        (#"\b(?:the )?(title|caption|text|end card)(?: is| are)? (?:show|shows|showing|shown|display|displays|stay|stays|staying|be|appear|appears|remain|remains)(?: on(?: the)? screen)? (?:long|longer|long time|more time|a long time)(?: (?:please|pls|plz))?\s*[,.;]?\s*(?:(?:like|maybe|about|around|for|so|i want|make it) )?(\d+(?:\.\d+)?) ?(?:s|secs?|seconds?)\b(?: (?:please|pls|plz))?"#, "make the $1 last $2 seconds"),
        (#"\b(?:the )?(title|caption|text|end card)(?: is| are)? (?:show|shows|showing|display|displays|stay|stays|appear|appears|remain|remains)(?: on(?: the)? screen)? (?:long|long time|more time|a long time)\b"#, "make the $1 longer"),
        (#"(?:^|(?<=[,.;]))\s*is (too|so|very|a bit|really|quite) (\w+)"#, " it is $1 $2"),
        (#"\b(?:return|go back|come back|put it back|leave it|let it) (?:like|as|how it was) before\b|\breturn (?:like|as) (?:it was|before)\b"#, "undo"),
        // "music starts at 5 seconds, before that only video sound": what the change leaves, not another request.
        (#",?\s*before that,? (?:only|just) (?:the )?(?:video|original|clip|clips'?)(?:'s)? (?:sound|audio)\b"#, ""),
        // "put logo.png at the end, 2 seconds" (Romanian "pune logo.png la final, 2 secunde"): how long the picture just
        // added stays, never the whole video's length (it made the video 2 s long). ("…, 20 seconds total" is the video's.)
        // ("move c.png to the start, 3 sec", "put c.png first, 3 seconds": the same; the first made the video 3 s.)
        // ("victory_screen.png at the end too, 2 sec": the verb left out, the same.)
        (#"(?:\b(put|add|insert|place|append|stick|move)\s+|^\s*(?:and |also |then |plus )?)([\p{L}\p{N}_-]+\.(?:png|jpe?g|gif|webp|heic|bmp|tiff?|mp4|mov|m4v|webm))\b([^,.;!?]{0,40}?)\s*,\s*(?:for |about |around )?(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)(?: long)?(?: (?:please|pls))?\s*[.!]*\s*$"#, "$1 $2$3 for $4 seconds"),
        (#"\b(the (?:title|caption|end card|text)) (?:stays?|remains?|lasts?|must stay|should stay)(?: for)? (\d+(?:\.\d+)? ?(?:s|secs?|seconds?))(?: on(?: the)? screen)?\b"#, "make $1 last $2"),
    ]

    /// Learners' shapes read over the whole request (never the words after a quote, which start a part).
    static let learnersWhole: [(String, String)] = [
        // "the clip number two, put him in the last place", "the first photo, remove it please": the clip named first, then
        // what to do with it ("him", "her", "it").
        (#"^\s*((?:the )?(?:clip|photo|picture|pic|video|image|slide|shot) (?:number |no\.? |#)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)|the (?:first|second|third|fourth|fifth|last) (?:clip|photo|picture|pic|video|image|slide|shot|one)|[\w-]+\.(?:jpe?g|png|heic|webp|gif|mp4|mov|m4v))\s*,\s*(?:please\s+)?(put|move|place|remove|delete|mute|take|make|speed up|slow down) (?:him|her|it|this|that|this one|that one)\b"#, "$2 $1"),
        // "the first and the second, change the place": the two swapped.
        (#"^\s*(?:the )?(first|second|third|fourth|fifth|last|\d+(?:st|nd|rd|th))(?: (?:one|clip|photo|picture|pic|video|image|slide))? and (?:the )?(first|second|third|fourth|fifth|last|\d+(?:st|nd|rd|th))(?: (?:one|clip|photo|picture|pic|video|image|slide)s?)?\s*,?\s*(?:please\s+)?(?:change|exchange|switch|swap|invert|inverse)(?: the| their)? (?:place|places|position|positions|order)\b"#, "swap the $1 and the $2"),
        // "no, in the bottom": where the last text goes.
        (#"^\s*(?:no|nope|non)?[,.!]?\s*(?:in|at|on) the (top|bottom|middle|center|centre)\s*[.!]*\s*$"#, "put it at the $1"),
        // "Title please move to top": the thing said first, then what to do with it.
        (#"^\s*(?:the )?(title|caption|text|end card)\s*,?\s+(?:please )?(move|put|place)(?: it)? (?:to|at|on|in) (?:the )?(top|bottom|middle|center|centre)\b\s*,?\s*and (\d+(?:\.\d+)? ?(?:seconds?|secs?|s) (?:longer|shorter))"#, "$2 the $1 to the $3 and make it $4"),
        (#"^\s*(?:the )?(title|caption|text|end card)\s*,?\s+(?:please )?(move|put|place)(?: it)? (?:to|at|on|in) (?:the )?(top|bottom|middle|center|centre)\b"#, "$2 the $1 to the $3"),
        // "no, 'Algebra Class 10'" (Hinglish "nahi, '…'"): new words for the text just touched, said alone.
        // (Only after a text was touched: with nothing said before, it stays not understood.)
        (#"^\s*(no|nope|nah|sorry|oops|actually)[,.!]*\s+("[^"]+"|“[^”]+”|‘[^’]+’|'[^']+')\s*(?:instead|please)?\s*[.!]*\s*$"#, "$1, $2 instead"),
        // "the title put Welcome to Our Wedding", "caption write Grand Opening": the words the text says, said after it.
        (#"^\s*(?:the |my )?(title|caption|headline)\s+(?:put|write|writes|say|says|is write|is say)\s+(?!(?:it|them|this|that|these|on|at|in|to|into|the|a|an|for|from|more|bigger|smaller|larger|longer|shorter|higher|lower|up|down|back|here|there|red|white|black|yellow|blue|\d+)\b)([\p{L}\p{N}][^,;"“«]*?)(?:,?\s*(?:please|pls|plz|thanks|thank you))?\s*[.!]*\s*$"#, "$1 \"$2\""),
        // "no, mejor al 30" (Portuguese "não, melhor 30", Italian "no, meglio al 30", "no, better 30"): the number just
        // changed, said again (a bare number after a music change is its level, read elsewhere).
        (#"^\s*(?:(?:no|nope|nah|non|não|nao|nein)[,.!]*\s+)?(?:better|rather|melhor|meglio|plutôt|plutot|lieber|besser|eher)\s+(?:(?:al|a|à|ao|em|en|at|to|auf)\s+)?(\d+(?:[.,]\d+)?\s*%?)\s*[.!]*\s*$"#, "no, $1"),
        (#"^\s*(?:no|nope|nah|non|não|nao|nein)[,.!]*\s+(?:al|ao|à)\s+(\d+(?:[.,]\d+)?\s*%?)\s*[.!]*\s*$"#, "no, $1"),
        // "Finally no, return like before" (French "finalement non, reviens comme avant"): undo.
        (#"^\s*(?:finally|at the end|in the end),? no\b[,.!]*"#, ""),
    ]

    /// What a Japanese request names before its particle: any words up to a comma or a full stop, and file names ("c.png") whole.
    static let japanesePart = #"(?:[^.,]|\.(?=[\p{L}\p{N}]))*?"#
    static let japaneseSentence = #"(?:[^.]|\.(?=[\p{L}\p{N}]))*?"#

    /// Japanese: particles and polite endings dropped, the verb brought first, and the vocabulary as English.
    static let japaneseAsEnglish: [(String, String)] = [
        ("。", ". "), ("、", ", "), ("？", ". "), ("！", "! "),
        // "何ができますか", "使い方を教えて": a question about Reel itself.
        (#"^\s*(?:(?:何|なに)が(?:でき|出来)(?:ますか|ます|るの|る)?(?:か)?|使い方(?:を)?(?:教えて)?|ヘルプ)\s*[.!\s]*$"#, " what can you do?"),
        // "短くして気に入らなかったら元に戻せますか": whether a change can be taken back, asked (never the change).
        (#"(?:^|(?<=[\s.,!]))[^.]*?(?:気に入らなかったら|気に入らなければ|気に入らない場合(?:は)?|ダメだったら|だめだったら|嫌だったら|いやだったら)[,\s]*(?:元に|前に|もとに)?(?:戻せ|戻れ|取り消せ|やり直せ|戻すこと(?:は|が)?でき)(?:ます|る)?(?:か|の)?"#, " if i change it and i don't like it, can i go back? "),
        // "YouTube向けに音量を正規化して": the loudness, normalised for a platform (never its canvas).
        (#"(?<![\p{L}\p{N}])([A-Za-z][A-Za-z0-9]*)\s*向け(?:に|の)?"#, " for $1 "),
        (#"(?:音量|音声|音|ラウドネス|ボリューム)?\s*(?:を|の)?\s*(?:正規化|ノーマライズ|均一化|ラウドネス(?:を)?(?:揃え|そろえ))(?:して|する)?"#, " normalise the loudness "),
        // Polite endings and requests.
        (#"にしたい(?:です)?"#, "にして"), (#"したい(?:ん(?:です|だ)(?:けど|けれど|が)?|です|な|の)?(?=[\s.,!]|$)"#, "して"), (#"(?<=て)(?:ほしい|欲しい)?ん(?:です|だ)(?:けど|けれど|が)?(?=[\s.,!]|$)"#, ""),
        (#"(?:もらえますか|もらえませんか|くれますか|くれませんか|いただけますか|ください|下さい|ほしいです|欲しいです|ほしい|欲しい)(?=[\s.,!]|$)"#, ""),
        (#"で?お願いします|でお願い|お願い"#, ""), (#"です(?:ね|よ)?(?=[\s.,!]|$)"#, ""), (#"(?<=\S)ね(?=[\s.,!]|$)"#, ""),
        (#"(?:^|(?<=[\s,.]))(?:あ|あっ|えっと|えーと)[,\s]+"#, ""), (#"(?:^|(?<=[\s,.]))(?:すみません|すいません|ごめんなさい)[,\s]*"#, "sorry, i mean "),
        (#"(?:して|し)?(?:もらえる|もらえない|くれる|くれない|お願いできる|お願いできますか)(?:かな)?(?=[\s.,!]|$)"#, ""), (#"(?:よろしく(?:お願いします)?|させて|してね)(?=[\s.,!]|$)"#, ""),
        // Undo, said without an object ("やっぱり元に戻して", "さっきのを取り消して"); "音楽を元に戻して" is no undo.
        (#"(?:^|(?<=[\s.,!]))(?:やっぱり|やっぱ|やはり|いや|ごめん)?[,\s]*(?:(?:さっきの|今の|前の|最後の)(?:変更|操作|編集|やつ|の)?を?\s*)?(?:元に戻して|元に戻す|元通りにして|一つ前に戻して|前の状態に戻して|取り消して|取り消し|キャンセルして|アンドゥ(?:して)?)(?=[\s.,!]|$)"#, " undo "),
        (#"(?:^|(?<=[\s.,!]))(?:やっぱり|やっぱ|やはり)[,\s]*"#, ""), (#"つまり|要するに"#, " that is "),
        // A reason beside a request ("読みにくい"), and a complaint ("BGMがうるさい").
        (#"(?:読み|見)(?:にくい|づらい|辛い)(?:から|ので|です)?"#, " hard to read "), (#"うるさ(?:い|すぎる|すぎ)(?:から|ので)?"#, " too loud "),
        (#"(?:読み|見)やすい(?:ように|感じに)|(?:読み|見)やすく(?=\s*[,.]?\s*(?:もっと|少し|ちょっと)?\s*大きく)"#, " "),
        (#"(?<![A-Za-z0-9_.-])(?:音楽|BGM|ＢＧＭ|曲|音量|音)\s*(?:が|は)?\s*(?:ちょっと|少し)?\s*(?:大きすぎ|うるさすぎ)(?:る|ます)?"#, " the music is too loud "),
        (#"(?<![A-Za-z0-9_.-])(?:音楽|BGM|ＢＧＭ|曲|音量|音)\s*(?:が|は)?\s*(?:ちょっと|少し)?\s*(?:小さすぎ)(?:る|ます)?"#, " the music is too quiet "),
        (#"大きめ"#, "大きく"), (#"小さめ"#, "小さく"), (#"大きすぎ(?:る|ます)?"#, " too big "), (#"小さすぎ(?:る|ます)?"#, " too small "),
        (#"(?:^|(?<=[\s.,!]))タイムライン\s*を?\s*(?:見せて|表示して)(?:ください)?"#, " show the timeline "),
        (#"(?:^|(?<=[\s.,!]))(?:ありがとう|ありがと|どうも)(?:ございます|ございました)?"#, " thanks "), (#"(?:^|(?<=[\s.,!]))(?:完璧|バッチリ|ばっちり|最高|いい感じ|いいね)(?:です)?(?=[\s.,!]|$)"#, " perfect "),
        (#"(?:2|二)倍の長さ"#, " twice as long "), (#"半分の長さ"#, " half as long "),
        // "ゼミの発表用にvideo作って": what the video is for (a reason, never a name of it).
        (#"(?:^|(?<=[.,]\s?))\s*[^.,\s]*?(?:用に|用の|のために|向けに)\s*(?=(?:ビデオ|[動动]画|映像|video|ムービー)\s*を?\s*(?:作って|作る|作成して|作成))"#, " "),
        (#"(?<![\p{Latin}])video\s*を?\s*(?:作って|作る|作成して|作成)"#, " make a video "),
        // "トランジションをwipe leftにして、長さは0.8秒": that length is the transitions' (the video became 0.8 s).
        (#"((?:トランジション|切り替え)[^.]*?)[,、]\s*(?:その)?(?:長さ|時間|秒数|尺)\s*(?:は|を)\s*(\d+(?:\.\d+)?)\s*秒(?:に(?:して)?|で)?"#, " $1, $2 seconds long "),
        // "first photoをもっと長く、6秒にして": that picture made that long.
        (#"(?:^|(?<=[.,]\s?))\s*(\#(japanesePart))\s*を\s*(?:もっと|もう少し|少し)?\s*(?:長く|短く)[,、]?\s*(\d+(?:\.\d+)?)\s*秒(?:に|まで)\s*(?:して)?"#, " make $1 $2 seconds "),
        // "60fpsで書き出したい": exported at that frame rate.
        (#"(\d+(?:\.\d+)?)\s*(?:fps|FPS|ｆｐｓ|フレーム(?:/秒)?)\s*(?:で|に)\s*(?:エクスポート|書き出し|書き出|出力|レンダリング|保存)(?:して|する)?"#, " export at $1 fps "),
        (#"長すぎ(?:る|ます)?(?:から|ので)?"#, " too long "), (#"短すぎ(?:る|ます)?(?:から|ので)?"#, " too short "), (#"暗すぎ(?:る|ます)?(?:から|ので)?"#, " too dark "), (#"明るすぎ(?:る|ます)?(?:から|ので)?"#, " too bright "),
        // "音楽はそのままで", "BGMは今のままで": the music kept as it is (it was not understood).
        (#"(?<![A-Za-z0-9_.-])(?:音楽|BGM|ＢＧＭ|曲|ミュージック)(?:の音量)?\s*(?:は|を)\s*(?:その|この|今の|いまの)?まま(?:で|に|にして)?(?:いい|大丈夫|結構|OK)?(?=[\s.,!]|$)"#, " keep the music as it is "),
        // "映像はそのままで" (after a change to the music): the picture left as it is.
        (#"(?<![A-Za-z0-9_.-])(?:映像|[動动]画|ビデオ|画面)\s*(?:は|を)\s*(?:その|この|今の|いまの)?まま(?:で|に|にして)?(?:いい|大丈夫|結構|OK)?(?=[\s.,!]|$)"#, " keep the video as it is "),
        // "写真はそのままの順番で", "写真は順番どおりに", "残りの写真は元の順番で": the photos in the order given (it was not understood).
        (#"(?:(?:他|ほか|残り)の)?(?:写真|画像)(?:たち)?\s*(?:は|を|の順番は|の並びは|の順番を|の並びを)?\s*(?:(?:その|この|元の|もとの)?まま(?:の)?\s*(?:順番|順序|並び|順)|(?:順番|順序|並び|順)\s*(?:どおり|通り|のまま|はそのまま|をそのまま|を変えず|を変えない)|(?:元の|もとの|今の)\s*(?:順番|順序|並び|順))\s*(?:で|に|にして|のままで|で並べて|に並べて|並べて)?(?=[\s.,!]|$)"#, " then the photos in order "),
        // "それを画面の下に置いて" (just after a text changed): that text moved there; "タイトルを画面の上に移動して" the title.
        (#"(?:^|(?<=[\s.,!]))(?:それ|これ|あれ|そっち|こっち)\s*(?:を|は)?\s*(?:画面の|画面)?\s*(?:一番)?\s*(?:下|下の方|下部|下側|下のほう)\s*(?:に|へ)\s*(?:置いて|移動して|移動|動かして|持っていって|持ってきて|して|ずらして|下げて|寄せて|配置して|出して|表示して)"#, " move it to the bottom "),
        (#"(?:^|(?<=[\s.,!]))(?:それ|これ|あれ|そっち|こっち)\s*(?:を|は)?\s*(?:画面の|画面)?\s*(?:一番)?\s*(?:上|上の方|上部|上側|上のほう)\s*(?:に|へ)\s*(?:置いて|移動して|移動|動かして|持っていって|持ってきて|して|ずらして|上げて|寄せて|配置して|出して|表示して)"#, " move it to the top "),
        (#"(?:^|(?<=[\s.,!]))(?:それ|これ|あれ|そっち|こっち)\s*(?:を|は)?\s*(?:画面の|画面)?\s*(?:真ん中|中央|中心|まんなか)\s*(?:に|へ)\s*(?:置いて|移動して|移動|動かして|持っていって|持ってきて|して|ずらして|寄せて|配置して|出して|表示して)"#, " move it to the center "),
        (#"画面の\s*(?=(?:一番)?\s*(?:下|上|真ん中|中央)(?:の方|のほう|部|側)?\s*(?:に|へ))"#, ""),
        // Never a removal said with "not" ("BGMを削除しないで", "タイトルは消さないで"): kept; "ループしないで" plays once;
        // "長くしないで" asks no change.
        (#"(?:^|(?<=[.,]\s?))\s*(\#(japanesePart))\s*(?:は|を|も)\s*(?:削除し|消さ|外さ|取ら|取り除か|カットし|なくさ)(?:ない|ず)(?:で|ように(?:して)?)?(?:ね)?"#, " keep $1 "),
        (#"(?:^|(?<=[.,]\s?))\s*(\#(japanesePart))\s*(?:は|を)?\s*ループ(?:し|させ)(?:ない|ず)(?:で|ように(?:して)?)?"#, " don't loop $1 "),
        (#"(?:^|(?<=[.,]\s?))\s*(\#(japanesePart))\s*(?:は|を)?\s*ループ(?:して|させて|再生して|再生)"#, " loop $1 "),
        (#"(?:^|(?<=[.,]\s?))\s*(\#(japanesePart))\s*(?:は|を)\s*[^\s.,]*?(?:し|さ|ら|わ|か|け|せ|め)(?:ない|ず)(?:で|ように(?:して)?)(?:ね)?"#, " keep $1 as it is "),
        (#"\bkeep ([^,.]+?)\s*,\s*(?=(?:もう少し|少し|ちょっと|もっと)?\s*(?:小さく|大きく|静かに))"#, "keep $1, $1を"),
        // Questions about the video: "今のtimelineはどうなってる？", "今何秒？".
        (#"(?:今の|いまの)?\s*(?:timeline|タイムライン|[動动]画|ビデオ|video|映像)\s*(?:は|って)?\s*(?:今|いま)?\s*(?:どうなってる|どうなっている|どうなってます|どんな感じ|どんな状態)(?:か|の)?"#, " what's on the timeline "),
        (#"(?:今の?|いまの?|現在の?)?\s*(?:[動动]画|ビデオ|video|全体)?\s*(?:の長さ)?\s*(?:は|って)?\s*(?:今|いま)?\s*(?:何秒|どのくらいの長さ|どれくらいの長さ|どれくらい|どのくらい)\s*(?:ある|あります|になってる|ですか|なの)(?:か|の)?"#, " how long is the video "),
        (#"(?:今の|いまの)?\s*(?:[動动]画の|ビデオの|全体の|video の|videoの)?\s*長さ\s*(?:は|って)\s*(?:どれくらい|どのくらい|何秒)?\s*(?:ですか|なの)?(?=\s*[.!]|\s*$)"#, " how long is the video "),
        (#"(?:写真|クリップ|画像)\s*(?:は|って)?\s*(?:何枚|何個|何本|いくつ)\s*(?:ある|あります|入ってる|ですか)?(?:か|の)?"#, " how many clips are there "),
        // Export: "mp4でエクスポートして", "書き出して".
        (#"(?<![\p{Latin}\d])(mp4|mov|gif|webm|m4v)\s*(?:で|に|形式で)\s*(?:エクスポート|書き出し|書き出|出力|レンダリング|保存)(?:して|する)?"#, " export as $1 "),
        (#"(?:エクスポート|書き出し|書き出|出力|レンダリング)(?:して|する)?"#, " export "),
        // The music named by its file: "BGMはkoto_bgm.mp3で", "koto.mp3をBGMにして".
        (#"(?<![A-Za-z0-9_.-])(?:BGM|ＢＧＭ|音楽|曲|ミュージック)\s*(?:は|に|を|として)\s*([\p{L}\p{N}_.-]+\.(?:mp3|m4a|wav|aac))\s*(?:で|を使って|にして|を使う|を流して|がいい)?"#, " use $1 as the music "),
        (#"([\p{L}\p{N}_.-]+\.(?:mp3|m4a|wav|aac))\s*を\s*(?:BGM|ＢＧＭ|音楽|曲)\s*(?:に|として)\s*(?:して|使って|流して)?"#, " use $1 as the music "),
        // Music timing: "BGMはタイトルが消えてから、つまり3秒目からスタートで" (after the title, at 3 seconds).
        (#"(?:タイトル|字幕|テロップ)\s*(?:が|の)\s*(?:消えて|終わって|終わった後|消えた後)(?:から)?"#, " when the title ends "),
        (#"(?<![A-Za-z0-9_.-])(?:BGM|ＢＧＭ|音楽|曲|ミュージック)\s*(?:は|を|が)\s*(\#(japaneseSentence))(\d+(?:\.\d+)?)\s*秒(?:目|後|のところ|の所)?から\s*(?:スタート|始め|始まる|流し|流す|再生|入れ|入る|鳴らし)(?:て|る)?(?:で|して)?"#, " start the music $1 at $2 seconds "),
        (#"(?<![A-Za-z0-9_.-])(?:BGM|ＢＧＭ|音楽|曲|ミュージック)\s*(?:は|を|が)\s*(\d+(?:\.\d+)?)\s*秒(?:目)?で\s*(?:止め|終わら|ストップ|切っ)(?:て|る|せて)?"#, " end the music at $1 seconds "),
        (#"(?<![A-Za-z0-9_.-])(?:BGM|ＢＧＭ|音楽|曲|ミュージック)\s*(?:は|を|が)\s*([^.]*?when the title ends)\s*(?:スタート|始め|始まる|流し|流す|再生|入れ|入る|鳴らし)(?:て|る)?(?:で|して)?"#, " start the music $1 "),
        // The text's letters are the text: "タイトルの文字をもう少し小さく"; the order turned round: "写真の順番を逆にして".
        (#"(タイトル|字幕|テロップ|テキスト|キャプション)\s*の\s*(?:文字|フォント|字)(?:サイズ|の大きさ)?"#, "$1"),
        (#"(?:(?:写真|クリップ|画像|[動动]画)\s*の\s*)?(?:順番|順序|並び)\s*を?\s*(?:逆|反対)に(?:して)?|逆順に(?:して)?"#, " reverse the order of the clips "),
        (#"([\p{L}\p{N}_-]+\.(?:mp3|m4a|wav|aac))\s*(?:に|で)\s*(?:して|変えて|変更して|差し替えて)"#, " use $1 as the music "),
        (#"(?<![A-Za-z0-9_.-])(?:BGM|ＢＧＭ|音楽|曲)\s*を\s*(?:変えたい|変えて|変更したい|変更して|替えて)(?=\s*[,.])"#, " change the music "),
        // A clip's start cut: "b.mp4の最初の1秒をカットして".
        (#"(?:^|(?<=[.,]\s?))\s*(\#(japanesePart))\s*の\s*(?:最初|頭|冒頭|始め)の?\s*(\d+(?:\.\d+)?)\s*秒\s*(?:を|は)?\s*(?:カット|削除|切って|消して|切り取って)(?:して)?"#, " cut the first $2 seconds of $1 "),
        // A span: "3秒から5秒まで" (from 3 to 5 seconds).
        (#"(\d+(?:\.\d+)?)\s*秒(?:目)?\s*から\s*(\d+(?:\.\d+)?)\s*秒(?:目)?\s*(?:まで|の間)"#, " from $1 seconds to $2 seconds "),
        // "4秒に「こんにちは」の字幕": a text at a moment ("5秒にして" is a length, read below).
        (#"(?<!(?:最後|最后|最初|初め|はじめ|始め|頭|ラスト|残り|冒頭|後ろ)の?\s?)(\d+(?:\.\d+)?)\s*秒(?:目)?\s*(?:のところ|の所|の時点)?\s*(?:に|から)(?=\s*(?:$|「|『|"|'|“|字幕|タイトル|テロップ|テキスト|キャプション|文字|入れ|表示|出して|出す|追加|置いて))"#, " at $1 seconds "),
        // Brighter, darker, slow motion: "もう少し明るくして", "2番目のクリップをスローにして".
        (#"(?:^|(?<=[.,]\s?))\s*(?:(\#(japanesePart))を)?\s*(?:もう少し|少し|ちょっと)\s*(明る|暗)く(?:して)?"#, " make it a bit $2く "),
        (#"(?:^|(?<=[.,]\s?))\s*(?:(\#(japanesePart))を)?\s*(?:もっと)?\s*(明る|暗)く(?:して)?"#, " make it $2く "), (#"明るく"#, "brighter"), (#"暗く"#, "darker"),
        (#"スロー(?:モーション)?"#, " slow motion "),
        // How long a text stays: "タイトルを5秒間表示して"; "それを5秒間表示して" (just after a text changed) that one.
        (#"(?:^|(?<=[\s.,!]))(?:それ|これ|あれ)\s*(?:を|は)\s*(\d+(?:\.\d+)?)\s*秒間?\s*(?:表示(?:して|する|させて)?|出して|見せて|出るようにして)"#, " show it for $1 seconds "),
        (#"(タイトル|字幕|テロップ|テキスト|キャプション)\s*(?:を|は)\s*(\d+(?:\.\d+)?)\s*秒間?\s*(?:表示(?:して|する|させて)?|出して|見せて|出るようにして)"#, " make the $1 last $2 seconds "),
        // A new video of a length: "この写真で30秒の動画を作って".
        (#"(?:^|(?<=[.]\s?))\s*(\#(japaneseSentence))(?:で|から|を使って)\s*(\d+(?:\.\d+)?)\s*秒の?\s*(?:ビデオ|[動动]画|映像|video|ムービー|スライドショー|slideshow)を?\s*(?:作って|作る|作成して|作成|作りたい)"#, " make a $2 second video with $1 "),
        (#"(\d+(?:\.\d+)?)\s*秒の?\s*(?:ビデオ|[動动]画|映像|video|ムービー)を?\s*(?:作って|作る|作成して|作成|作りたい)"#, " make a $1 second video "),
        // Lengths: "5秒長くして" is 5 seconds more, "30秒まで伸ばして" to 30 seconds.
        (#"(?:^|(?<=[.,]\s?))\s*(\#(japanesePart))を?\s*(\d+(?:\.\d+)?)\s*秒(?:まで|に)\s*(?:長く|延ばして|伸ばして|延長して|短く|縮めて|短縮して)(?:して)?"#, " make $1 $2 seconds "),
        (#"(?:^|(?<=[.,]\s?))\s*(\#(japanesePart))を?\s*(?:あと|さらに|もう)?\s*(\d+(?:\.\d+)?)\s*秒(?:ほど|くらい|ぐらい|だけ)?\s*(?:長く|延ばして|伸ばして|延長して|足して|プラスして)(?:して)?"#, " make $1 $2 seconds longer "),
        (#"(?:^|(?<=[.,]\s?))\s*(\#(japanesePart))を?\s*(?:あと|さらに|もう)?\s*(\d+(?:\.\d+)?)\s*秒(?:ほど|くらい|ぐらい|だけ)?\s*(?:短く|縮めて|短縮して|減らして|マイナスして)(?:して)?"#, " make $1 $2 seconds shorter "),
        (#"全体(?:を|の|的に)?"#, " whole "),
        // Where a clip goes: "最初の写真を最後に移動して", "3番目のクリップを先頭に".
        (#"(?:^|(?<=[.,]\s?))\s*(\#(japanesePart))を\s*(?:一番)?(?:最[後后]|後ろ|うしろ|末尾|終わり)(?:に|へ)\s*(?:移動して|移動|動かして|持ってきて|持って行って|持っていって|回して|置いて|して)"#, " move $1 to the end "),
        (#"(?:^|(?<=[.,]\s?))\s*(\#(japanesePart))を\s*(?:一番)?(?:最初|先頭|前|頭|はじめ|始め)(?:に|へ)\s*(?:移動して|移動|動かして|持ってきて|持って行って|持っていって|回して|置いて|して)"#, " move $1 to the start "),
        (#"(?:^|(?<=[.,]\s?))\s*(\#(japanesePart))を\s*(\d+)\s*番目(?:に|へ)\s*(?:移動して|移動|動かして|持ってきて|持って行って|持っていって|回して|置いて|して)"#, " move $1 to position $2 "),
        (#"(?:^|(?<=[.,]\s?))\s*(\#(japanesePart))と\s*(\#(japanesePart))を\s*(?:入れ替えて|入れ替える|交換して|入れ替え)"#, " swap $1 and $2 "),
        // Times and counts.
        (#"(?:写真|画像)?\s*(?:は|を)?\s*(?:一|1)\s*枚\s*(?:につき|あたり)?\s*(\d+(?:\.\d+)?)\s*秒(?:ずつ)?"#, " photos $1 seconds each "), (#"(\d+(?:\.\d+)?)\s*秒ずつ"#, " $1 seconds each"),
        (#"(\d+(?:\.\d+)?)\s*秒(?:のところ|の所|目)?から\s*(?:流して|流す|流|始めて|始める|スタートして|スタート|再生して|入れて|入る)"#, " start at $1 seconds"),
        (#"(\d+(?:\.\d+)?)\s*倍速"#, " $1x speed"), (#"(\d+(?:\.\d+)?)\s*秒間"#, " for $1 seconds "), (#"(\d+(?:\.\d+)?)\s*秒\s*以内"#, " within $1 seconds "), (#"(\d+(?:\.\d+)?)\s*秒"#, " $1 seconds "), (#"1\s*(?:番目|枚目|本目|つ目)の?"#, " the first "), (#"2\s*(?:番目|枚目|本目|つ目)の?"#, " the second "), (#"3\s*(?:番目|枚目|本目|つ目)の?"#, " the third "), (#"4\s*(?:番目|枚目|本目|つ目)の?"#, " the fourth "), (#"5\s*(?:番目|枚目|本目|つ目)の?"#, " the fifth "),
        (#"(?<=[\p{Latin}\d])\s*の\s*(?:写真|画像|[動动]画|ビデオ|クリップ|ファイル)"#, ""),
        (#"字幕を?\s*自[動动]で?\s*(?:付けて|つけて|入れて|生成して|作って)"#, " add automatically subtitles"),
        (#"(タイトル|字幕|キャプション|テキスト)(?:は|を)\s*(\d+(?:\.\d+)?)\s*秒(?:間)?(?:に(?:して)?)?(?=[\s.,!]|$)"#, " make the $1 last $2 seconds"),
        // "タイトルを「夏休み」に変えて": the text's new words (the quote splits the request in two).
        (#"(タイトル|字幕|キャプション|テキスト|テロップ)\s*を\s*$"#, "$1 should read "), (#"^\s*(?:に|へ)\s*(?:変えて|変更して|変える|して|する)"#, ""),
        // Places: "タイトルを上にして" (the title at the top).
        (#"(?:上|上部|上の方)に(?=して|する|移動|置いて|$)"#, " at the top "), (#"(?:下|下部|下の方)に(?=して|する|移動|置いて|$)"#, " at the bottom "),
        // Noise is never a clip to remove: "b.mp4の背景のノイズを消して" (the background noise of b.mp4, which cannot be cleaned).
        (#"(?:^|(?<=[.,]\s?))\s*(\#(japanesePart))の\s*(?:背景の?|周りの|環境)?\s*(?:ノイズ|雑音|騒音|ザー音|風の音|風切り音)\s*(?:を|は)?\s*(?:消して|削除して|削除|取って|取り除いて|除去して|なくして|減らして|カットして|消す)"#, " remove the background noise from $1 "),
        (#"(?:背景の?|周りの|環境)?\s*(?:ノイズ|雑音|騒音|ザー音|風の音|風切り音)\s*(?:を|は)?\s*(?:消して|削除して|削除|取って|取り除いて|除去して|なくして|減らして|カットして|消す)"#, " remove the background noise "),
        (#"(?:背景の?)?(?:ノイズ|雑音)"#, " background noise "),
        // "トランジションを全部なくして": every transition removed (it added fades).
        (#"(?:^|(?<=[.,]\s?))\s*(?:トランジション|切り替え(?:効果)?)\s*(?:を|は)?\s*(?:全部|すべて|全て)?\s*(?:なくして|無くして|なくす|削除して|削除|消して|外して|取って|取り除いて|オフにして|なしにして|無しにして)"#, " remove all transitions "),
        // What is asked: "…を削除", "…を作って", "…を使って", "…にして".
        (#"(?:^|(?<=[.,]\s?))\s*(\#(japanesePart))の\s*(?:音|音声)\s*を?\s*(?:消して|ミュートして|ミュート|オフにして|切って|なくして)"#, " mute $1 "),
        (#"(?:^|(?<=[.,]\s?))\s*(\#(japanesePart))(?:を|も|は)\s*(?:全部|すべて|全て)\s*(?:削除|消して|消す|外して|取って|取り除いて|なくして|無くして)(?:して)?"#, " remove every $1"),
        (#"(?:^|(?<=[.,]\s?))\s*(\#(japanesePart))(?:を|も)\s*(?:削除|消して|消す|外して|取って|取り除いて|なくして|無くして)(?:して)?"#, " remove $1"),
        (#"(?:^|(?<=[.]\s?))\s*(\#(japaneseSentence))(?:で|を)\s*(?:ビデオ|[動动]画|映像)を?\s*(?:作って|作る|作成して|作成)"#, " make a video with $1"),
        (#"(?:^|(?<=[.,]\s?))\s*(\#(japanesePart))(?:ビデオ|[動动]画|映像)を?\s*(?:作って|作る|作成して|作成)"#, " make a $1 video"),
        (#"(?:^|(?<=[.,]\s?))\s*(\#(japanesePart))を\s*全部\s*使って"#, " use all the $1"), (#"(?:^|(?<=[.,]\s?))\s*(\#(japanesePart))を\s*使って"#, " use $1"),
        (#"(?:^|(?<=[.,]\s?))\s*(\#(japanesePart))を\s*(?:もう少し|少し|ちょっと)\s*小さく(?:して)?"#, " make $1 a bit smaller"),
        (#"(?:^|(?<=[.,]\s?))\s*(\#(japanesePart))を\s*もっと\s*小さく(?:して)?"#, " make $1 smaller"),
        (#"(?:^|(?<=[.,]\s?))\s*(\#(japanesePart))を\s*(?:もう少し|少し|ちょっと)\s*大きく(?:して)?"#, " make $1 a bit bigger"),
        (#"(?:^|(?<=[.,]\s?))\s*(\#(japanesePart))を\s*もっと\s*大きく(?:して)?"#, " make $1 bigger"),
        (#"(?:^|(?<=[.,]\s?))\s*(\#(japanesePart))を\s*(\#(japanesePart))に\s*翻訳(?:して|する)?"#, " translate $1 to $2"),
        (#"(?:^|(?<=[.,]\s?))\s*(\#(japanesePart))を\s*(\#(japanesePart))に\s*(?:して|する)"#, " make $1 $2"),
        (#"(?:^|(?<=[.,]\s?))\s*(?:もっと|もう少し|少し)\s*大きく(?:して)?"#, " make it bigger"),
        (#"(?:^|(?<=[.,]\s?))\s*(?:もっと|もう少し|少し)\s*小さく(?:して)?"#, " make it smaller"),
        (#"(?:^|(?<=[.,]\s?))\s*(?:もっと|もう少し|少し)\s*(?:速く|早く)(?:して)?"#, " make it faster"),
        (#"(?:^|(?<=[.,]\s?))\s*(?:もっと|もう少し|少し)\s*(?:遅く|ゆっくり)(?:して)?"#, " make it slower"),
        (#"(\S+?)\s*(?:は|も)?\s*(?:なし|無し|いらない|要らない|不要)(?:で|に(?:して)?)?"#, " no $1"), (#"(\S+?)\s*(?:が|は)\s*最初"#, " $1 first"), (#"(\S+?)\s*(?:が|は)\s*最[後后]"#, " $1 last"),
        // Words.
        (#"音楽|ＢＧＭ|(?<![A-Za-z0-9_.-])BGM(?![A-Za-z0-9_.-])|ミュージック|曲"#, " music "), (#"音量|ボリューム"#, " volume "), (#"(?:を)?\s*下げて"#, " lower "), (#"(?:を)?\s*上げて"#, " raise "),
        // "写真で動画を作って": a video of the photos, all of them (never the one file named beside it).
        (#"(?<=with)\s+(?:写真|画像)(?:たち|全部)?(?=\s|$|[.,])"#, " the photos"),
        // "curry.jpg を最初にして、そのあと他の写真": then the rest, in order.
        (#"そのあと|その後|それから|あとは"#, " then "), (#"(?:他|ほか|残り)の(?:写真|画像)(?:を|は)?(?:全部|すべて)?"#, " the other photos "),
        (#"長く"#, " longer "), (#"短く"#, " shorter "), (#"(?:この|その|これらの|これの)(?:写真|画像)"#, " the photos "), (#"(?:全部の|すべての|全ての)(?:写真|画像)|(?:写真|画像)を?全部"#, " all the photos "), (#"写真|画像"#, " photo "), (#"ビデオ|[動动]画|映像"#, " video "),
        (#"タイトル"#, " title "), (#"字幕|キャプション|テキスト|テロップ"#, " caption "), (#"トランジション|切り替え"#, " transitions "),
        (#"クロスフェード"#, " crossfade "), (#"ディゾルブ"#, " dissolve "), (#"ワイプ"#, " wipe "), (#"スライド(?!ショー)"#, " slide "), (#"スライドショー"#, " slideshow "), (#"フェードアウト"#, " fade out "), (#"フェードイン"#, " fade in "), (#"クリップ"#, " clip "), (#"ズーム(?:効果)?"#, " zoom "),
        (#"縦向き|縦長|縦型|縦"#, " vertical "), (#"横向き|横長|横型|横"#, " horizontal "), (#"正方形"#, " square "),
        (#"白黒|モノクロ"#, " black and white "), (#"の?色(?=\s*(?:を|は|だけ))"#, " colour "),
        (#"赤色?|レッド"#, " red "), (#"青色?|ブルー"#, " blue "), (#"黄色|イエロー"#, " yellow "), (#"緑色?|グリーン"#, " green "), (#"白色?|ホワイト"#, " white "), (#"黒色?|ブラック"#, " black "), (#"ピンク"#, " pink "), (#"金色|ゴールド"#, " gold "), (#"セピア(?:っぽい|風の?|調の?)?(?:感じの?)?"#, " sepia "), (#"ストーリーズ|ストーリー"#, " stories "),
        (#"最[後后]の"#, " the last "), (#"最[後后]に"#, " at the end "), (#"最初の|最初に"#, " the first "), (#"全部の|すべての|全ての|全部"#, " all the "),
        (#"(?:もう少し|少し|ちょっと)\s*(?:小さく|静かに)"#, " a bit quieter "), (#"(?:もう少し|少し|ちょっと)\s*大きく"#, " a bit louder "),
        (#"大きく"#, " bigger "), (#"小さく"#, " smaller "), (#"削除|消して"#, " remove "), (#"表示(?:して|する|させて)?"#, " show "), (#"翻訳"#, " translate "), (#"英語"#, " english "), (#"の中の人の|の中の"#, " "),
        (#"自[動动]で?"#, " automatic "), (#"終わり|最[後后]|エンド"#, " the end "), (#"の方で|のほうで|の方に"#, ""),
        (#"この|その|これらの"#, " the "), (#"声"#, " voice "),
        (#"\ball the\s+photo\b(?!s)"#, "all the photos"),
        (#"(?:に)?(?:して|する|しよう)(?=[\s.,!]|$)"#, " "),
        // Particles left between English words.
        (#"(?<=[\s\p{Latin}\d])\s*(?:は|を|が|に|で|の|も|へ|と)\s*(?=[\s\p{Latin}\d.,]|$)"#, " "),
        ("\\s+(?=[.,!])", ""), (#"[ \t]{2,}"#, " "),
    ]
}
