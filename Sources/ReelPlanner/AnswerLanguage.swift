import Foundation

/// The language a request is written in, which its answer is given in (Russian by its script, as Chinese, Japanese and Korean).
public enum AnswerLanguage: String, Sendable, Equatable, CaseIterable {
    case english, chinese, spanish, french, german, japanese, korean, portuguese, italian, russian

    /// Small words each language writes in almost every request (and English never does), counted
    /// outside quotes; file names and the words on screen never decide the language.
    static let commonWords: [(AnswerLanguage, Set<String>)] = [
        (.spanish, ["el", "los", "las", "del", "que", "con", "para", "por", "una", "pon", "ponle", "ponlo", "ponla", "quita", "quítale", "quitale", "haz", "hazlo",
                    "hazla", "hazme", "más", "menos", "música", "musica", "vídeo", "segundos", "título", "titulo", "canción", "ahora", "pero", "muy",
                    "todo", "todas", "todos", "esta", "este", "esto", "quiero", "necesito", "agrega", "añade", "cambia", "sube", "baja", "después",
                    "primero", "primera", "último", "última", "fotos", "foto", "gracias", "porfa", "puedes", "dura", "dure", "deshaz", "deshazlo", "rehaz",
                    "exporta", "exportalo", "expórtalo", "exportala", "expórtala", "hola", "perfecto", "perfecta", "listo", "lista", "vale", "genial",
                    "cuánto", "cuanto", "cómo", "muéstrame", "muestrame", "línea", "silencia", "acelera", "recorta", "corta", "usa", "muestra", "mueve", "duplica", "añádele", "agrégale", "quítala", "quítalo", "quitala", "quitalo", "lento", "lenta", "rápido", "y", "¿", "¡", "regresa", "vuelve", "atrás", "deshacer", "cada", "puedo", "qué", "subtítulo", "deja", "déjalo", "acorta", "alarga", "borra", "elimina",
                    "oye", "oiga", "bájale", "bajale", "súbele", "subele", "ahorita", "nomás", "otra", "está", "largo", "larga"]),
        (.french, ["le", "les", "des", "du", "et", "avec", "pour", "une", "mets", "mettez", "ajoute", "ajoutez", "enlève", "enleve", "supprime", "fais", "faites",
                   "musique", "vidéo", "secondes", "titre", "chanson", "trop", "très", "est", "c'est", "je", "tu", "vous", "peux-tu", "stp", "svp",
                   "merci", "au", "aux", "sur", "dans", "plus", "ça", "annule", "baisse", "exporte", "rends", "moi", "cette", "ce", "bonjour", "salut",
                   "parfait", "génial", "retire", "utilise", "déplace", "duplique", "affiche", "passe", "coupe", "coupez", "raccourcis", "allonge", "ralentis", "accélère", "combien", "mets-la", "mets-le", "fais-la", "accéléré", "ralenti", "rétablis", "faire", "peux", "peut", "fait", "chaque", "seconde",
                   "deuxième", "première", "premier", "troisième", "quatrième", "dernière", "dernier", "pas", "rien", "puis", "ensuite", "encore",
                   "moins", "moin", "fort", "forte", "met", "tous", "toutes", "textes", "préfère", "voulais", "celle-là", "celui-là", "entend", "remplace", "par"]),
        (.german, ["der", "die", "das", "und", "mit", "für", "ein", "eine", "einen", "bitte", "mach", "mache", "musik", "sekunden", "titel", "bilder",
                   "lied", "ist", "nicht", "kein", "keine", "auf", "zu", "den", "dem", "etwas", "noch", "leiser", "lauter", "länger", "kürzer",
                   "lösche", "entferne", "danke", "kannst", "du", "ich", "mir", "jetzt", "ohne", "rückgängig", "exportiere", "exportieren", "übergänge",
                   "hallo", "perfekt", "füge", "hinzu", "setze", "setz", "nimm", "zeige", "zeig", "kürze", "verlängere", "lösch", "schneide", "ändere", "stelle", "stell", "lass", "überblendungen", "überblendung", "übergang", "super", "toll", "dank", "vielen", "schneller", "langsamer", "wie", "lang", "hochkant", "schwarzweiß", "zeitlupe", "wischblenden", "lautstärke", "normalisieren", "normalisiere", "schneide", "kürzen", "sekunde", "nichts", "alles", "ganz", "zeigen", "dann", "zuerst", "erst", "beschneiden", "vom", "ton", "aus", "ausschalten", "weg", "raus", "ersetze", "ersetz", "durch"]),
        // Portuguese after Spanish: the words both write ("música", "vídeo", "segundos") are in both lists, so a
        // request is Portuguese only with more of its own words ("não", "coloca", "legenda", "pra", "deixa").
        (.portuguese, ["o", "os", "um", "uma", "da", "dos", "das", "na", "nos", "nas", "com", "pra", "não", "você", "coloca", "coloque",
                       "põe", "bota", "tira", "deixa", "deixe", "faz", "faça", "aumenta", "diminui", "abaixa", "desfaz", "refaz", "legenda",
                       "legendas", "clipe", "clipes", "transição", "transições", "duração", "tela", "preto", "branco", "mais", "agora", "isso",
                       "isto", "essa", "esse", "também", "muito", "obrigado", "obrigada", "valeu", "até", "depois", "começar", "começa", "quero",
                       "preciso", "aos", "barulho", "ruído", "metade", "dobro", "topo", "embaixo", "início", "cima", "baixa", "baixo", "alta",
                       "longo", "curto", "devagar", "imagens", "imagem", "apaga", "junta", "quanto", "sem", "oi", "olá", "ele", "ela", "e",
                       "música", "musica", "vídeo", "segundos", "título", "titulo", "foto", "fotos", "por", "para", "que", "cada", "rápido",
                       "exporta", "corta", "acelera", "usa", "adiciona", "normaliza", "áudio", "volta", "estava", "mostra", "inteiras", "inteira", "quente",
                       "cores", "aplica", "você", "pode", "exportar", "pro", "duas", "dois", "três", "primeira", "primeiro", "últimas", "quadrado", "formato",
                       "tá", "fundo", "amarelo", "vermelho", "câmera", "lenta", "encurta", "inverte", "exclui", "ordem", "eco", "rosto", "traduz", "posta", "última", "último", "desfoca", "quantas", "quantos", "tem", "beleza", "embaralha", "tirar", "meio", "repete", "brilho"]),
        // Italian last: the words it shares with Spanish and Portuguese ("la", "musica", "foto", "una", "con", "e") are in
        // its list too, and count only beside one of its own (`italianOwn`: "togli", "metti", "il", "della", "più", "secondi").
        (.italian, ["la", "una", "con", "e", "da", "foto", "musica", "prima", "ora", "forte", "dura", "quanto", "elimina", "ultima", "ultimo", "corto", "lo", "un", "uno", "lento", "lenta", "no", "cosa", "leva", "deve", "torna"].reduce(into: italianOwn) { $0.insert($1) }),
    ]

    /// Words only an Italian request writes (never a Spanish, Portuguese or French one: "cosa", "deve", "torna", "leva" are
    /// theirs too).
    static let italianOwn: Set<String> = [
        "il", "gli", "seconda", "terza", "della", "dello", "delle", "degli", "dei", "alla", "alle", "allo", "ai", "dalla", "dal", "dalle", "nella",
        "nel", "nelle", "sulla", "sul", "di", "per", "tra", "fra", "togli", "toglila", "toglilo", "togliere", "rimuovi", "rimuovila", "rimuovilo",
        "eliminala", "eliminalo", "levala", "metti", "mettila", "mettilo", "aggiungi", "inserisci", "titolo", "didascalia", "sottotitolo",
        "sottotitoli", "scritta", "testo", "canzone", "brano", "più", "bassa", "basso", "abbassa", "dissolvenza", "dissolvenze", "incrociata",
        "incrociate", "transizioni", "transizione", "verticale", "orizzontale", "quadrato", "secondi", "ogni", "lungo", "velocizza", "rallenta",
        "bianco", "nero", "inizio", "dopo", "annulla", "esporta", "esportalo", "sposta", "spostala", "spostalo", "muto", "senza", "favore",
        "grazie", "potresti", "puoi", "fammi", "fallo", "falla", "fai", "rendi", "rendilo", "rendila", "è", "troppo", "adesso", "poi", "anche",
        "tutte", "tutti", "tutto", "ciao", "perfetto", "questa", "questo", "queste", "sfondo", "durare", "duri", "c'è", "cos'è",
        "nessuna", "niente", "allungalo", "accorcialo", "accorcia", "allunga", "immagini", "immagine", "volte", "velocità", "voglio", "vorrei",
        "alza", "seppia", "ripristina", "com'era", "rifai", "nessun", "colori", "caldi", "freddi", "quante",
    ]

    /// "l'ultima", "all'inizio", "un'altra": an article Italian joins to its noun ("l'" is French too, so only before an Italian word is it its own).
    static let italianElided = #"^(?:l|all|dall|dell|nell|sull|un|quest|quell)'\p{L}{2,}"#
    static let italianOwnElided = #"^(?:all|dall|dell|nell|sull|un|quest|quell)'\p{L}{2,}|^l'(?:ultim|immagin|inizio)"#

    /// Words of English requests; "video" and "clip" are every language's and count for none.
    static let englishWords: Set<String> = [
        "the", "and", "with", "for", "a", "an", "to", "of", "it", "is", "make", "add", "put", "this", "that", "my", "please", "music", "seconds",
        "title", "photos", "photo", "song", "can", "you", "i", "me", "more", "less", "now", "but", "all", "each", "every", "first", "last",
        "remove", "change", "set", "use", "at", "on", "in", "from", "thanks", "thank", "quieter", "louder", "shorter", "longer", "slower", "faster",
    ]

    /// Around the words: quotes (never from an elided article: "all'inizio e un po' più"), file names, and the unquoted words an English request puts on screen
    /// ("add a title saying Die Schöne und das Biest", "caption: Feliz cumpleaños abuela").
    static let notTheRequest = #""[^"]*"|“[^”]*”|„[^“”]*[“”]|«[^»]*»|「[^」]*」|『[^』]*』|‘[^’]*’|(?<!\p{L})'[^']*'(?!\w)|[\p{L}\p{N}_-]+\.[A-Za-z0-9]{2,4}\b|\b(?:title|caption|text|saying|says|that says|reads|called|named|subtitle)\b\s*:?\s+[^,;!?]*"#

    /// The language of a follow-up in a conversation: "otra vez", "un poco más bajo" after "haz la música más baja"
    /// say too little to tell, and are answered in the language of the request before them (they were answered in
    /// English). A follow-up with English words in it ("louder please") is English.
    static func of(_ text: String, after earlier: String?) -> AnswerLanguage {
        let own = of(text)
        guard own == .english, let earlier, !earlier.isEmpty, words(text).count <= 6, !words(text).contains(where: englishWords.contains) else { return own }
        return of(earlier)
    }

    /// The words of a request outside its quotes and file names, lowercased ("¿" and "¡" words of their own).
    static func words(_ text: String) -> [String] {
        let outside = RulePlanner.replacing(text, notTheRequest, " ")
        return RulePlanner.replacing(outside.lowercased(), #"’"#, "'").split { !$0.isLetter && $0 != "'" && $0 != "-" && $0 != "¿" && $0 != "¡" }
            .flatMap { w -> [String] in
                let s = String(w)
                if let first = s.first, first == "¿" || first == "¡" { return [String(first), String(s.dropFirst())] }
                return [s]
            }
    }

    /// The language of a request: its script for Chinese, Japanese and Korean; its small words for the others.
    static func of(_ text: String) -> AnswerLanguage {
        let outside = RulePlanner.replacing(text, notTheRequest, " ")
        if RulePlanner.isChinese(outside) { return .chinese }
        if RulePlanner.hasKana(outside) { return .japanese }
        if RulePlanner.hasHangul(outside) { return .korean }
        // Cyrillic is Russian ("убери шум", "музыку потише"), unless it is Ukrainian (its own letters, or words such as "скасуй").
        if RulePlanner.hasCyrillic(outside), !RulePlanner.isUkrainian(outside) { return .russian }
        // ("¿cuánto dura?": the opening marks are Spanish words; "l'intro", "c’est": an elided article is French.)
        let said = words(text)
        let english = said.filter(englishWords.contains).count
        var best: (AnswerLanguage, Int) = (.english, 0)
        for (language, common) in commonWords {
            var n = said.filter { common.contains($0) || language == .french && RulePlanner.has($0, #"^(?:l|d|j|qu|n|c|s|m|t)'\p{L}{2,}"#)
                || language == .italian && RulePlanner.has($0, italianElided) }.count
            // "quita la foto de la playa" (Spanish) has no word only Italian writes.
            // "alza la música" has a Spanish accent Italian never writes.
            if language == .italian && (!said.contains(where: { italianOwn.contains($0) || RulePlanner.has($0, italianOwnElided) })
                || RulePlanner.has(outside, "[áíóúñãõâêô¿¡]")) { n = 0 }
            if n > best.1 { best = (language, n) }
        }
        // "hazlo vertical", "merci !": one word is enough when nothing English is there.
        // ("yinyue da yidian" is pinyin, answered in English: its "da" is no Portuguese; nor "na na, undo koro", Bengali, nor "get rid o it", Scots.)
        if best.1 >= 2 && best.1 > english || best.1 >= 1 && english == 0 && said.count <= 3,
           !RulePlanner.has(outside, RulePlanner.pinyinMarker), !RulePlanner.has(outside, RulePlanner.bengaliMarker),
           !RulePlanner.has(outside, RulePlanner.scotsMarker),
           // (Nor Malay, "tak nak video dapur tu" — its "tu" and "je" are no French —, nor Tamil in Latin letters.)
           !RulePlanner.has(outside, RulePlanner.malayMarker), !RulePlanner.has(outside, RulePlanner.tamilMarker),
           // (Nor a language read by its own table, "Gjør den kvadratisk", whose "den" is no German.)
           !RulePlanner.markedTables.contains(where: { RulePlanner.has(outside, $0.marker) }) { return best.0 }
        return .english
    }
}

/// How Reel answers in one language other than English and Chinese: each English sentence of an answer
/// (a change, a question, a refusal, a fixed line) has its form here, with the numbers, names and
/// quoted words carried over. A sentence with no form stays English.
struct AnswerWords: Sendable {
    /// Whole sentences: each English form's words, `$1`… the parts carried over.
    var sentences: [AnswerForm: String]
    /// How the edits name things inside a sentence ("clip 2 (b)", "all 3 clips", "vertical"), and the examples offered.
    var names: [AnswerName: String]
    /// The words that open the examples offered after a refusal ("I can, for example").
    var forExample: String
    /// Between two sentences of a line: a space, or nothing after a Japanese full stop.
    var sentenceGap = " "

    /// The tables of the languages answered in their own words.
    static func of(_ language: AnswerLanguage) -> AnswerWords? {
        switch language {
        case .english, .chinese: nil
        case .spanish: spanish
        case .french: french
        case .german: german
        case .japanese: japanese
        case .korean: korean
        case .portuguese: portuguese
        case .italian: italian
        case .russian: russian
        }
    }

    /// Every language's opening of the examples (for checks that an answer offers help).
    public static var forExampleWords: [String] {
        ["I can, for example", "我可以，例如"] + AnswerLanguage.allCases.compactMap { of($0)?.forExample }
    }

    /// Every language's words for "I could not do that", "I did not understand", "I did not find an edit"
    /// (the longest part said around the carried-over words), for checks that a turn went wrong.
    public static var troubleWords: [String] {
        AnswerLanguage.allCases.compactMap(of).flatMap { words in
            [AnswerForm.couldNot, .notUnderstoodNothing, .notUnderstood, .noEdit].compactMap { form in
                words.sentences[form].flatMap { $0.components(separatedBy: "$1").max { $0.count < $1.count } }
                    .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " .。:：,、")) }
            }
        }
    }

    /// One answer line in this language: each sentence said on its own ("…: 1. a, 2. b. Say, for example, …" is two).
    func say(_ line: String) -> String {
        let parts = RulePlanner.replacing(line, #"(?-i)(?<=[.?!]) (?=(?:Put|Added|Set|Applied|Changed|Removed|Trimmed|The|Muted|Turned|Gave|Filled|Fitted|Moved|Replaced|Duplicated|Made|Showed|Undid|Redid|Nothing|I|If|OK|Say|There|Do|Did|Which|What|When|A|An|It|Tell|Glad|After|To|On)\b)"#, "\n")
            .split(separator: "\n").map(String.init)
        return parts.map { sentence($0) ?? $0 }.joined(separator: sentenceGap)
    }

    private func sentence(_ s: String) -> String? {
        for form in AnswerForm.allCases {
            guard let words = sentences[form], RulePlanner.has(s, form.rawValue) else { continue }
            var said = RulePlanner.replacing(s, form.rawValue, words)
            for name in AnswerName.allCases { if let w = names[name] { said = RulePlanner.replacing(said, name.rawValue, w) } }
            // "el clip 2 (b) ahora va…": a sentence opening with a name opens with a capital.
            return said.prefix(1).uppercased() + said.dropFirst()
        }
        return nil
    }
}
