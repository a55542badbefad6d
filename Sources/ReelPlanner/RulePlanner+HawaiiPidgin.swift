import Foundation

/// Hawaii Pidgin as people on the islands write it: "Da music stay too loud brah, make um mo quiet", "Slow down da video
/// part, half speed", "Stop da music at 8 seconds, den just quiet", "make um black an white". Read as the English the rules
/// read: its small words ("da" the, "um" it, "mo" more, "den" then, "fo" for, "wit" with, "dis"/"dat", "stay" is, "kine"
/// sort of) and the words that ask nothing ("brah", "ho", "den just quiet"). Only with its marker, which no other
/// language's request has ("da" alone is Italian and Portuguese: only before an English noun). Words in quotes are never
/// changed.
extension RulePlanner {
    static let hawaiiPidginMarker = word(#"brah|bruddah|braddah|everyting|shoots brah|da kine|make um|kine (?:colors?|shots?|stuff|look)|wen (?:send|sent|take|put|make|shoot)|fo (?:da|say|me|real)|da (?:music|song|video|vid|clip|clips|title|caption|sound|whole|second|first|last|end|top|bottom|transitions?|pictures?|photos?|pics?|uke|ukulele)|(?:an|den) (?:white|vertical|square)|undo dat"#)

    static let hawaiiPidginAsEnglish: [(String, String)] = [
        // What asks nothing: "brah", "ho", "eh", "shoots"; "den just quiet" after the music stops; "we only like hear da music".
        (#"(?:^|(?<=[\s,]))(?:eh|ho|hoo|shoots|brah|bruddah|braddah)\b[,!]*\s*"#, ""), (#",?\s*\b(?:brah|bruddah|braddah)\b"#, ""),
        (#",\s*den (?:just |only )?(?:quiet|silent|no music|nothing)\b[.!]*"#, ""),
        (#",\s*(?:we|i) (?:only |just )?like (?:hear|see) [^,.;!?]*"#, ""),
        // Its small words.
        (word(#"da"#), "the"), (word(#"dis"#), "this"), (word(#"dat"#), "that"), (word(#"dese"#), "these"), (word(#"dose"#), "those"),
        (word(#"den"#), "then"), (word(#"wit"#), "with"), (word(#"fo"#), "for"), (word(#"ting"#), "thing"), (word(#"everyting"#), "everything"),
        (word(#"stuffs"#), "stuff"), (word(#"secons"#), "seconds"), (#"\ban(?= (?:white|vertical|square|put|make|add|den|then))"#, "and"),
        (word(#"wen (send|sent)"#), "sent"), (word(#"wen (take|took)"#), "took"), (word(#"wen (put|make|shoot)"#), "$1"),
        // "make um mo quiet": quieter; "mo" before a word is "more".
        (word(#"mo quiet"#), "quieter"), (word(#"mo loud"#), "louder"), (word(#"mo (?:big|bigga)"#), "bigger"), (word(#"mo small"#), "smaller"),
        (word(#"mo fast"#), "faster"), (word(#"mo slow"#), "slower"), (word(#"mo long"#), "longer"), (word(#"mo short"#), "shorter"), (word(#"mo"#), "more"),
        // "um" (it, them) after a verb or "put".
        (#"(?<=\b(?:make|put|send|post|move|take|fade|play|turn|cut|slow|speed|use|keep)) um\b"#, " it"), (word(#"um"#), "it"),
        (word(#"stay (too|so|real|kinda|way)"#), "is $1"), (word(#"(\w+) kine (colou?rs?|shots?|stuff|look)"#), "$1 $2"), (word(#"kine"#), ""),
        (word(#"how many (\w+) get in"#), "how many $1 are in"), (word(#"no can"#), "can't"),
        // "da video part": the video clip.
        (word(#"the video (?:part|bit|section|one)"#), "the video clip"),
    ]
}
