import Foundation

/// Welsh mixed into English, as people in Wales write to a video tool: "Tynnwch yr ail clip allan plis – the second one",
/// "Can the cerddoriaeth – the music – fade out slowly? Tua 3 seconds", "2 eiliad – 2 seconds", "Pa mor hir yw'r fideo
/// nawr?", "Mute sŵn y clip fideo plis … dim ond gwynt (just wind)", "Cyflymu'r clip fideo – … dwywaith mor gyflym". Read as
/// the English the rules read: its verbs and nouns (tynnwch … allan, take … out; cyflymu, speed up; cerddoriaeth, music;
/// eiliad, seconds; cynnes, warm), a length said twice in both languages said once, and the reasons that ask nothing
/// ("mae'n rhy dywyll", it's too dark; "dim ond gwynt", only wind). Only with its marker (words no other language's request
/// has). Words in quotes are never changed.
extension RulePlanner {
    static let welshMarker = word(#"tynnwch|eiliad|eiliadau|cerddoriaeth|gerddoriaeth|cyflymu|cyflymu'r|cynnes|pa mor hir|sŵn|dad-wneud|diolch|shwmae|gwna fe'n|mae'n rhy|dim ond|fideo|lluniau"#)

    static let welshAsEnglish: [(String, String)] = [
        // What asks nothing: greetings and thanks, and why ("mae'n rhy dywyll (too dark)", "dim ond gwynt (just wind)").
        (#"(?:^|(?<=[\s,.!]))(?:shwmae|helo|diolch(?: yn fawr)?)\b[,!.]*\s*"#, ""),
        (#",?\s*mae'n rhy \w+(?:\s*\([^()]{0,40}\))?"#, ""), (#",?\s*dim ond (?:gwynt|sŵn|swn|y gwynt)\b(?:\s*\([^()]{0,40}\))?"#, ""),
        // "Tynnwch yr ail clip allan": take the second clip out.
        (word(#"tynnwch (.{1,40}?) allan"#), "take out $1"), (word(#"tynnwch"#), "take out"),
        (word(#"yr ail"#), "the second"), (word(#"y llun o'r defaid"#), "the sheep photo"), (word(#"y llun olaf"#), "the last picture"),
        // ("ar y lluniau – on the photos –": on the photos, once. Never "lluniau" alone: "Dyma'r lluniau o'r bwthyn" only
        // says here they are, and read as "the pictures of bwthyn" it left the others out.)
        (word(#"ar y lluniau(?: plis| please)?"#) + #"(?:\s*[–—-]\s*on the (?:photos|pictures|pics|images)\s*[–—-])?"#, "on the photos"),
        (word(#"clip fideo"#), "video clip"),
        // The music: "the cerddoriaeth – the music –" once.
        (word(#"(?:y |the )?(?:gerddoriaeth|cerddoriaeth)\s*[–—-]\s*the music\s*[–—-]"#), "the music"), (word(#"(?:y |the )?(?:gerddoriaeth|cerddoriaeth)"#), "the music"),
        // Lengths: "Tua 3 seconds" (about), "2 eiliad – 2 seconds" (said once).
        (word(#"tua"#), "about"), (word(#"(\d+(?:\.\d+)?) (?:eiliad|eiliadau)"#), "$1 seconds"),
        (#"\b(\d+(?:\.\d+)?) seconds\s*[–—-]\s*\1 seconds\b"#, "$1 seconds"),
        // "Pa mor hir yw'r fideo nawr?": how long is it now?
        (word(#"pa mor hir yw'r fideo(?: nawr)?"#), "how long is the video now"),
        // "Mute sŵn y clip": the clip's sound; "Cyflymu'r clip": speed it up, "dwywaith mor gyflym": twice as fast.
        (word(#"sŵn"#) + #" (?:y |yr )?"#, "the sound of the "), (word(#"cyflymu'r"#), "speed up the"), (word(#"cyflymu"#), "speed up"),
        (word(#"dwywaith mor gyflym"#), "twice as fast"), (word(#"cynnes"#), "warm"), (word(#"dad-wneud(?: hwnna)?"#) + #"(?:\s*[–—-]\s*undo (?:that|it|this))?"#, "undo that"),
        (word(#"gwna fe'n"#), "make it"), (word(#"du a gwyn"#), "black and white"), (word(#"fertigol"#), "vertical"), (word(#"plis"#), "please"),
    ]
}
