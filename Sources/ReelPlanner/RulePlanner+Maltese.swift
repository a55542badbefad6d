import Foundation

/// Maltese mixed into English, as people in Malta write to a video tool: "Il-mużika at 50%, iva", "Mela, only the photo",
/// "Le, remove the second one", "Kemm hu twil? How long is it now?", "grazzi ħafna". Read as the English the rules read:
/// its nouns (il-mużika, the music; ritratt, photo; filmat, clip), and the words that ask nothing (iva, yes; le, no; mela,
/// so; ejja, come on; grazzi, thanks). Only with its marker: Maltese letters (ħ, ġ, għ; never ż alone, which Polish has) or
/// words no other language's request has. Words in quotes are never changed.
extension RulePlanner {
    static let malteseMarker = #"(?i)ħ|ġ|għ|\b(?:ejja|grazzi|kemm hu|iva|mela|il-mużika|mużika|il-ritratt|il-filmat)\b"#

    static let malteseAsEnglish: [(String, String)] = [
        // What asks nothing: yes and no said first, "so", "come on", thanks.
        (#"(?i)(^|[.!?]\s+)(?:iva|mela|ejja|le|insomma)(?:,?\s+(?:iva|le|mela|ejja))*[,!.]*\s+(?=\S)"#, "$1"),
        (#"(?i),?\s*\b(?:iva|le)\b[.!]*\s*$"#, ""),
        (#"(?i)(?:^|(?<=[\s,.!]))(?:grazzi(?: ħafna| hafna)?|prosit|sabiħ(?: ħafna)?)\b[,!.]*\s*"#, ""),
        // The things: "il-mużika" the music, "ir-ritratt" the photo, "il-filmat" the clip, "il-vidjo" the video.
        (word(#"(?:il-)?mużika|(?:il-)?muzika"#), "the music"), (word(#"(?:ir-|il-)?ritratti"#), "the photos"), (word(#"(?:ir-|il-)?ritratt"#), "the photo"),
        (word(#"(?:il-)?filmati"#), "the clips"), (word(#"(?:il-)?filmat"#), "the clip"), (word(#"(?:il-)?vidjo"#), "the video"),
        (word(#"kemm hu twil(?: il-vidjo)?\??"#), "how long is the video?"),
    ]
}
