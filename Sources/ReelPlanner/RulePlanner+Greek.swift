import Foundation

/// Greek (and Greek mixed with English) as the English the rules read: "πιο σιγά η μουσική" is "the music quieter",
/// "αφαίρεσε το b.mp4" "remove b.mp4", "το a.jpg να κρατάει 6 δευτερόλεπτα" "the a.jpg should last 6 seconds", "όχι,
/// αναίρεση" "no, undo". Its words are read unaccented (as many type them), so one table reads both; a title's name said
/// unquoted after "τίτλο" is quoted first, so its words keep their accents. Used only when Greek letters are in the request.
extension RulePlanner {
    /// "βάλε τίτλο Καλοκαίρι στις Κυκλάδες για 4 δευτερόλεπτα": the words of a title or caption said unquoted (starting
    /// with a capital letter) are quoted, up to a comma, a length or place said after them, or the end.
    static func greekTitleQuoted(_ text: String) -> String {
        guard has(text, #"(?-i:[Α-ΩΆΈΉΊΌΎΏ])"#) else { return text }
        let words = #"τ[ιί]τλο[ςυ]?|λεζ[αά]ντα|title|caption"#
        let stop = #"για \d|σε \d|στην αρχ[ηή]|στο τ[εέ]λος|π[αά]νω|κ[αά]τω|στο κ[εέ]ντρο|στη μ[εέ]ση|παρακαλ[ωώ]|please|και (?:β[αά]λε|κ[αά]νε|[αά]λλαξε|πρ[οό]σθεσε)"#
        return replacing(text, #"(?<![\p{L}])("# + words + #")(\s*:\s*|\s+)(?!["“'‘«])((?-i:[Α-ΩΆΈΉΊΌΎΏ])[^,;:"“”«»]*?)(?=\s*[,;]|\s+(?:"# + stop + #")(?![\p{L}])|\s*[.!?]*\s*$)"#, "$1$2\"$3\"")
    }

    static func hasGreek(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x0370...0x03FF).contains($0.value) || (0x1F00...0x1FFF).contains($0.value) }
    }

    /// Greek written without its accents (as many type it) and its question mark as "?", so one table reads both.
    static func greekUnaccented(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.flatMap { s -> [Unicode.Scalar] in
            if s.value == 0x037E { return ["?"] }
            guard (0x0370...0x03FF).contains(s.value) || (0x1F00...0x1FFF).contains(s.value) else { return [s] }
            return Array(String(s).folding(options: .diacriticInsensitive, locale: nil).unicodeScalars)
        }))
    }

    /// Greek as English (its words unaccented): the music, the look, the shape, lengths, and what the video has.
    static let greekAsEnglish: [(String, String)] = [
        (word(#"παρακαλω|παρακαλουμε"#), "please"), (word(#"ευχαριστω"#), "thanks"), (word(#"γεια(?: σου| σας)?"#) + #"[!,.]*"#, "hi"),
        // "τι εχει το βιντεο τωρα;": what is on the timeline, asked; "ποσο διαρκει;" how long.
        (word(#"τι (?:εχει|περιεχει|υπαρχει) (?:μεσα )?(?:(?:στο|το) )?(?:βιντεο|video|timeline)(?: (?:τωρα|αυτη τη στιγμη))?"#) + #"\s*\??"#, "what's on the timeline?"),
        (word(#"ποσο (?:διαρκει|κραταει|ειναι)(?: το)?(?: βιντεο)?(?: τωρα)?"#) + #"\s*\??"#, "how long is the video?"),
        // "τι μουσικη εχει τωρα και ποσο δυνατα;": asked (Greek writes its question mark as ";").
        (#";\s*$"#, "?"),
        (word(#"τι (?:μουσικη|music|τραγουδι) (?:εχει|παιζει|υπαρχει|ακουγεται)(?: (?:τωρα|μεσα))?"#), "what music is there now"), (word(#"ποσο (?:δυνατα|δυνατη|δυνατο|ψηλα)"#), "how loud"),
        // "ενα video 30 δευτερολεπτων" (a video of 30 seconds): a video that long.
        (word(#"(?:ενα |μια )?(?:βιντεο|video|ταινια|κλιπ) (\d+(?:[.,]\d+)?)\s*δευτερολεπτων"#), "a $1 second video"),
        (#"(\d+(?:[.,]\d+)?)\s*(?:δευτερολεπτ\p{L}*|δευτ\.?)(?![\p{L}])"#, "$1 seconds"),
        (word(#"(?:η καθεμια|το καθενα|καθεμια|καθενα|(?:για )?καθε μια|(?:για )?καθε ενα)"#), "each"),
        // "λιγο ακομα" said alone after a change: a bit more of it.
        (#"^\s*(?:και\s+)?"# + word(#"λιγο ακομα|λιγο ακομη|ακομα λιγο|ακομη λιγο|κι αλλο|κι αλλο λιγο|λιγο παραπανω"#) + #"\s*(?:please|παρακαλω)?\s*[.!]*\s*$"#, "a bit more"),
        // Why, said after the request: "(το b.mp4 χωρις ηχο,) ακουγεται ο αερας" (the wind is heard).
        (#"(?<=,)\s*(?:γιατι |επειδη |αφου )?(?:δεν )?(?:ακουγεται|ακουγονται|καλυπτει|σκεπαζει)\b[^,.;!?]*"#, ""),
        // "οχι, αναιρεση": the change undone.
        (word(#"αναιρεση|αναιρεσε|ακυρωσε|ακυρωση|επαναφορα|γυρνα το πισω|γυρισε το πισω"#), "undo"), (word(#"οχι"#), "no"),
        // "το a.jpg να κραταει 6 δευτερολεπτα" (should last), "η μουσικη να ξεκιναει στα 2 δευτερολεπτα" (should start at).
        (word(#"να (?:κραταει|διαρκει|κρατησει|διαρκεσει|ειναι)"#) + #"(?=\s+\d)"#, "should last"),
        (word(#"να (?:ξεκιναει|ξεκινα|ξεκινησει|αρχιζει|αρχισει|μπαινει|μπει)|ξεκιναει|ξεκινα"#), "starts"), (word(#"ξεκινησε|ξεκινα"#), "start"),
        (word(#"χωρις (?:ηχο|ηχου|ηχος)"#), "no sound"), (word(#"ηχο|ηχος|ηχου"#), "sound"), (word(#"χωρις"#), "no"),
        (word(#"ολα τα αρχεια"#), "all the files"), (word(#"ολες τις φωτογραφιες"#), "all the photos"), (word(#"ολα|ολες|ολους|ολοι"#), "all"), (word(#"αρχεια"#), "files"),
        (word(#"φτιαξε|φτιαξτε|δημιουργησε"#), "make"), (word(#"ενα|μια|εναν"#), "a"), (word(#"για"#), "for"),
        (word(#"(?:στο|στα|σε) (\d+(?:\.\d+)?)\s*%"#), "to $1%"), (word(#"(?:στο|στα) (\d+(?:\.\d+)?) seconds"#), "at $1 seconds"),
        (#"(?<=music )"# + word(#"το|τη|την"#) + #"\s+(?=[\p{L}\p{N}_-]+\.[\p{L}\p{N}]+)"#, ""),
        (word(#"πιο (?:δυνατα|δυνατη|δυνατο|ψηλα)|δυνατοτερα"#), "louder"), (word(#"πιο (?:σιγα|σιγανα|χαμηλα|ησυχα)|χαμηλοτερα|σιγανοτερα"#), "quieter"),
        (word(#"πιο (?:συντομο|κοντο)|μικροτερο σε διαρκεια"#), "shorter"), (word(#"πιο (?:μεγαλο|μακρυ)|μεγαλυτερο σε διαρκεια"#), "longer"),
        (word(#"πιο γρηγορα|πιο γρηγορο|γρηγοροτερα"#), "faster"), (word(#"πιο αργα|πιο αργο"#), "slower"),
        (word(#"ασπρομαυρ\p{L}*"#), "black and white"), (word(#"καθετ\p{L}*"#), "vertical"), (word(#"οριζοντι\p{L}*"#), "horizontal"), (word(#"τετραγων\p{L}*"#), "square"),
        (word(#"(?:κανε|κανετε|καν') το"#), "make it"), (word(#"κανε|κανετε"#), "make"), (word(#"βαλε|βαλτε"#), "put"),
        (word(#"αφαιρεσε|βγαλε|σβησε|διαγραψε|αφαιρεστε|βγαλτε"#), "remove"), (word(#"προσθεσε|προσθεστε"#), "add"), (word(#"αλλαξε|αλλαξτε"#), "change"),
        (word(#"μουσικ\p{L}*|τραγουδι"#), "music"), (word(#"βιντεο"#), "video"), (word(#"φωτογραφιες|φωτο"#), "photos"), (word(#"φωτογραφια"#), "photo"),
        (word(#"τιτλο|τιτλος|τιτλου"#), "title"), (word(#"ενταση"#), "volume"), (word(#"μεταβασεις|μεταβαση"#), "transitions"),
        (word(#"στην αρχη"#), "at the start"), (word(#"στο τελος"#), "at the end"), (word(#"(?:στο )?(?:πανω|επανω) μερος|πανω"#), "at the top"), (word(#"(?:στο )?κατω μερος|κατω"#), "at the bottom"),
        (word(#"πρωτο|πρωτη"#), "first"), (word(#"δευτερο|δευτερη"#), "second"), (word(#"τριτο|τριτη"#), "third"), (word(#"τελευταιο|τελευταια"#), "last"),
        (word(#"τωρα"#), ""), (word(#"και"#), "and"), (word(#"με"#), "with"), (word(#"το|τη|την|τα|η|ο|τον|του|της|των"#), "the"),
        (#"[ \t]{2,}"#, " "), (#"\s+(?=[.,!?])"#, ""),
    ]
}
