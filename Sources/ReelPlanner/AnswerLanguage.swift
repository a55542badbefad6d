import Foundation

/// The language a request is written in, which its answer is given in.
public enum AnswerLanguage: String, Sendable, Equatable, CaseIterable {
    case english, chinese, spanish, french, german, japanese, korean

    /// Small words each language writes in almost every request (and English never does), counted
    /// outside quotes; file names and the words on screen never decide the language.
    static let commonWords: [(AnswerLanguage, Set<String>)] = [
        (.spanish, ["el", "los", "las", "del", "que", "con", "para", "por", "una", "pon", "ponle", "ponlo", "ponla", "quita", "quítale", "haz", "hazlo",
                    "hazla", "hazme", "más", "menos", "música", "musica", "vídeo", "segundos", "título", "titulo", "canción", "ahora", "pero", "muy",
                    "todo", "todas", "todos", "esta", "este", "esto", "quiero", "necesito", "agrega", "añade", "cambia", "sube", "baja", "después",
                    "primero", "primera", "último", "última", "fotos", "foto", "gracias", "porfa", "puedes", "dura", "dure", "deshaz", "exporta", "y"]),
        (.french, ["le", "les", "des", "du", "et", "avec", "pour", "une", "mets", "mettez", "ajoute", "ajoutez", "enlève", "supprime", "fais", "faites",
                   "musique", "vidéo", "secondes", "titre", "chanson", "trop", "très", "est", "c'est", "je", "tu", "vous", "peux-tu", "stp", "svp",
                   "merci", "au", "aux", "sur", "dans", "plus", "ça", "annule", "baisse", "exporte", "rends", "moi", "cette", "ce"]),
        (.german, ["der", "die", "das", "und", "mit", "für", "ein", "eine", "einen", "bitte", "mach", "mache", "musik", "sekunden", "titel", "bilder",
                   "lied", "ist", "nicht", "kein", "keine", "auf", "zu", "den", "dem", "etwas", "noch", "leiser", "lauter", "länger", "kürzer",
                   "lösche", "entferne", "danke", "kannst", "du", "ich", "mir", "jetzt", "ohne", "rückgängig", "exportiere", "übergänge"]),
    ]

    static let englishWords: Set<String> = [
        "the", "and", "with", "for", "a", "an", "to", "of", "it", "is", "make", "add", "put", "this", "that", "my", "please", "music", "seconds",
        "title", "photos", "photo", "song", "can", "you", "i", "me", "more", "less", "now", "but", "all", "each", "every", "first", "last",
        "remove", "change", "set", "use", "video", "clip", "clips", "at", "on", "in", "from",
    ]

    /// The language of a request: its script for Chinese, Japanese and Korean; its small words for the others.
    static func of(_ text: String) -> AnswerLanguage {
        let outside = RulePlanner.replacing(text, #""[^"]*"|“[^”]*”|«[^»]*»|「[^」]*」|'[^']*'(?!\w)"#, " ")
        if RulePlanner.isChinese(outside) { return .chinese }
        if RulePlanner.hasKana(outside) { return .japanese }
        if RulePlanner.hasHangul(outside) { return .korean }
        let words = outside.lowercased().split { !$0.isLetter && $0 != "'" && $0 != "-" }.map(String.init)
            .filter { !$0.contains(".") }
        let english = words.filter(englishWords.contains).count
        var best: (AnswerLanguage, Int) = (.english, 0)
        for (language, common) in commonWords {
            let n = words.filter(common.contains).count
            if n > best.1 { best = (language, n) }
        }
        // "hazlo vertical", "merci !": one word is enough when nothing English is there.
        if best.1 >= 2 && best.1 > english || best.1 >= 1 && english == 0 && words.count <= 3 { return best.0 }
        return .english
    }
}

/// How Reel answers in one language other than English and Chinese: each English sentence of an answer
/// (a change, a question, a refusal, a fixed line) has its form here, with the numbers, names and
/// quoted words carried over. A sentence with no form stays English.
struct AnswerWords: Sendable {
    /// Whole sentences: `^…$` patterns and their words, `$1`… the parts carried over.
    var sentences: [(pattern: String, words: String)]
    /// How the edits name things inside a sentence: "clip 2 (b)", "all 3 clips", "vertical".
    var names: [(String, String)]
    /// The words that open the examples offered after a refusal ("I can, for example").
    var forExample: String

    /// The tables of the languages answered in their own words.
    static func of(_ language: AnswerLanguage) -> AnswerWords? {
        switch language {
        case .english, .chinese, .french, .german, .japanese, .korean: nil
        case .spanish: spanish
        }
    }

    /// Every language's opening of the examples (for checks that an answer offers help).
    public static var forExampleWords: [String] {
        ["I can, for example", "我可以，例如"] + AnswerLanguage.allCases.compactMap { of($0)?.forExample }
    }

    /// One answer line in this language: each sentence said on its own.
    func say(_ line: String) -> String {
        if let said = sentence(line) { return said }
        let parts = RulePlanner.replacing(line, #"(?<=[.?!]) (?=(?:Put|Added|Set|Applied|Changed|Removed|Trimmed|The|Muted|Turned|Gave|Filled|Fitted|Moved|Replaced|Duplicated|Made|Showed|Undid|Redid|Nothing|I|If|OK|Say|There|Do|Did|Which|What|When|A|An|It|Tell|Glad) )"#, "\n")
            .split(separator: "\n").map(String.init)
        guard parts.count > 1 else { return line }
        return parts.map { sentence($0) ?? $0 }.joined(separator: " ")
    }

    private func sentence(_ s: String) -> String? {
        for (pattern, words) in sentences where RulePlanner.has(s, pattern) {
            return RulePlanner.replacing(RulePlanner.replacing(s, pattern, words), names)
        }
        return nil
    }
}
