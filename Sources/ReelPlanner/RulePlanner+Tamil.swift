import Foundation

/// Tamil written in Latin letters and mixed with English ("Tanglish": "Kadaisi photo va first la podunga", "Video clip ah
/// eduthudunga", "Song sound konjam kammi pannunga", "Title ah 'Deepavali Offer' nu maathunga"), as the English the rules
/// read: the verb (said last in Tamil) brought first, the case endings ("ah", "va", "la", "ku") as English's small words.
/// Words in quotes and file names are never translated; the answer stays in English.
extension RulePlanner {
    /// Words only a Tamil request has (never an English one).
    static let tamilMarker = word(#"pannunga|pannungo|pannu|podunga|podungo|maathunga|maathungo|maathu|eduthudunga|edunga|eduthu(?:du)?|neekkunga|thookunga|serthudunga|serunga|irukkattum|irukkanum|irukanum|vendam|venum|vennum|vechu|naduvula|irundhu|varaikkum|kadaisi|mudhal|modhal|konjam|kammi|jaasthi|adhigam|ippo|entha|endha|odudhu|oduthu|odavidunga|odattum|aaganum|aagattum|vainga|vaiyunga|kondu ponga|nalla illa|illa illa|mattum|ellam|ellaam|intha|indha|antha|andha|pudhu|evlo|evvalavu"#)

    /// What a Tamil request names before its ending ("Kadaisi photo va …"): words up to a comma or a full stop, file names whole.
    static let tamilPart = #"(?:[^.,]|\.(?=[\p{L}\p{N}]))+?"#

    /// "'Flat 20% off' nu oru caption …", "Title ah 'Deepavali Offer' nu maathunga": the words in quotes said before what they
    /// are, moved after it (the quotes are never read, so the words around them are read together).
    static func tamilQuotesPlaced(_ text: String) -> String {
        let quote = #"(["“'‘][^"”'’]+["”'’])"#
        var t = replacing(text, #"(?i)\b(title|caption|text|end ?card)\s+(?:ah|a|va)\s+"# + quote + #"\s+nu\s+(?:maathunga|maathungo|maathu|maathidunga|change pannunga)"#, "change the $1 to $2")
        t = replacing(t, #"(?i)"# + quote + #"\s+nu\s+(?:oru\s+)?(caption|title|end ?card|text)\b([^"“'‘]*?)\s+(?:podunga|podungo|podu|vainga|add pannunga)\s*[.!]*\s*$"#, "add a $2 $1$3")
        return t
    }

    static let tamilAsEnglish: [(String, String)] = [
        // Softeners and "no, no": "Illa illa, 8 seconds" (a correction of the number just said).
        (#"^\s*"# + word(#"illa illa|illa|venaam|vendaam"#) + #"\s*[,.!]+\s*(?=\d)"#, "no, "),
        (#"^\s*"# + word(#"nalla illa|sari illa|pidikkala"#) + #"\s*[,.!]*\s*"#, ""),
        // Questions: "Ippo entha song odudhu?" (which song plays now), "video evlo neram?" (how long).
        (word(#"(?:ippo )?(?:entha|endha|enna) (?:song|music|paatu|paattu) (?:odudhu|oduthu|poguthu|varudhu)(?: ippo)?"#) + #"\s*\??"#, "which song is playing now?"),
        (word(#"(?:video )?(?:evlo|evvalavu|ethana) (?:neram|seconds?|nimisham)(?: (?:odudhu|oduthu|irukku))?(?: ippo)?"#) + #"\s*\??"#, "how long is the video?"),
        // A new video: "Intha photos, videos ellam vechu oru promo video pannunga" (of all of them); "Saree photos mattum
        // vechu 15 seconds video venum" (of the photos only).
        (#"^\s*(?:"# + word(#"intha|indha"#) + #"\s+)?[^.]*?"# + word(#"ellam|ellaam"#) + #"\s+"# + word(#"vechu|use panni"#) + #"\s+(?:"# + word(#"oru"#) + #"\s+)?([^.]*?)\s*"# + word(#"video"#) + #"\s+"# + word(#"pannunga|pannungo|pannu|ready pannunga|venum|vennum"#), "make a $1 video from all of these"),
        (#"^\s*(?:[\p{L}]+\s+)?"# + word(#"(photos|pictures|pics|videos|clips)"#) + #"\s+"# + word(#"mattum"#) + #"\s+"# + word(#"vechu|use panni"#) + #"\s+(?:"# + word(#"oru"#) + #"\s+)?([^.,]*?)\s*"# + word(#"video"#) + #"\s+"# + word(#"pannunga|pannungo|pannu|venum|vennum"#), "make a $2 video with only the $1"),
        // "veena_melody.mp3 ah background music ah podunga", "kuthu_beat song podunga": that file as the music.
        (#"([\p{L}\p{N}_-]+(?:\.(?:mp3|m4a|wav|aac))?)\s+"# + word(#"ah|a|va"#) + #"\s+"# + word(#"(?:background )?(?:music|song|bgm)"#) + #"\s+"# + word(#"ah|a"#) + #"\s+"# + word(#"podunga|podungo|podu|vainga|use pannunga"#), "use $1 as the background music"),
        (#"([\p{L}\p{N}]+_[\p{L}\p{N}_-]+)\s+"# + word(#"song|music|paatu"#) + #"\s+"# + word(#"podunga|podungo|podu|vainga|use pannunga"#), "use $1 as the music"),
        // The music: "Song sound konjam kammi pannunga" (quieter), "Song kadaisi la 3 seconds fade out aaganum".
        (word(#"(?:song|music|paatu|paattu|bgm)(?: (?:sound|volume|saththam))?(?: konjam)? (kammi|jaasthi|adhigam|athigam) (?:pannunga|pannungo|pannu|aaganum)"#), "make the music $1"),
        (word(#"(?:song|music|paatu|paattu|bgm) kadaisi la (\d+(?:\.\d+)?) (?:seconds?|secs?|s) fade ?out (?:aaganum|aagattum|pannunga|pannu|aagum)"#), "fade the music out over the last $1 seconds"),
        (word(#"(?:song|music|paatu|paattu|bgm) (?:aarambathula|starting la|start la) (\d+(?:\.\d+)?) (?:seconds?|secs?|s) fade ?in (?:aaganum|aagattum|pannunga|pannu|aagum)"#), "fade the music in over the first $1 seconds"),
        (word(#"music (\d+(?:\.\d+)?\s*%) la (?:vainga|vaiyunga|vechidunga|podunga)"#), "set the music to $1"),
        // A clip's own sound: "Video la sound vendam, mute pannunga".
        (word(#"(?:video|clip)(?: la| oda)? (?:sound|audio|saththam) (?:vendam|vendaam|venaam)"#) + #"(?:\s*,?\s*"# + word(#"mute (?:pannunga|pannu|pannungo)"#) + ")?", "mute the clips' own sound"),
        // Transitions: "Ella clips naduvula pixelize transition podunga".
        (word(#"(?:ella|ellaa|all) (?:clips|photos|videos) naduvula ([\p{L}\p{N} -]+?) transitions? (?:podunga|podungo|podu|vainga)"#), "add $1 transitions between all clips"),
        // Times: "2 la irundhu 6 seconds varaikkum" (from 2 to 6 seconds).
        (word(#"(\d+(?:\.\d+)?)(?: (?:seconds?|secs?|s))? la irundhu (\d+(?:\.\d+)?) (?:seconds?|secs?|s) varaikkum"#), "from $1 seconds to $2 seconds"),
        // Where: "first la podunga" (first), "kadaisi la" (at the end), "top la" (at the top), "bottom ku kondu ponga" (to it).
        (word(#"kadaisi|kadasi"#) + #"(?=\s+(?:photo|clip|video|pic|picture|image|slide))"#, "the last"), (word(#"mudhal|modhal"#) + #"(?=\s+(?:photo|clip|video|pic|picture|image|slide))"#, "the first"),
        (#"(?:^|(?<=[.,]\s?))\s*(\#(tamilPart))\s+"# + word(#"ah|a|va"#) + #"\s+"# + word(#"first|start|mudhal(?:la)?|modhal(?:la)?"#) + #"\s+"# + word(#"la|ku"#) + #"\s+"# + word(#"podunga|podungo|podu|vainga|kondu ponga|maathunga|move pannunga"#), "move $1 to the start"),
        (#"(?:^|(?<=[.,]\s?))\s*(\#(tamilPart))\s+"# + word(#"ah|a|va"#) + #"\s+"# + word(#"kadaisi|kadasi|last|end"#) + #"\s+"# + word(#"la|ku"#) + #"\s+"# + word(#"podunga|podungo|podu|vainga|kondu ponga|maathunga|move pannunga"#), "move $1 to the end"),
        // "Colors konjam warm ah irukkanum": the colours a bit warmer.
        (word(#"(?:the )?(?:colors|colours|color|colour)(?: konjam)? (warm|cool|bright|dark)(?: ah| aa)? (?:irukkanum|irukkattum|irukanum|pannunga|aakkunga)"#), "make the colours a bit $1er"),
        (#"(?:^|(?<=[.,]\s?))\s*(\#(tamilPart))\s+"# + word(#"ah|a|va"#) + #"\s+"# + word(#"(top|bottom|center|middle)"#) + #"\s+"# + word(#"ku|la"#) + #"\s+"# + word(#"kondu ponga|podunga|maathunga|vainga|move pannunga"#), "move $1 to the $2"),
        (word(#"kadaisi la|kadasi la"#), "at the end"), (word(#"(top|bottom|center) la"#), "at the $1"),
        (word(#"(instagram|insta|tiktok|youtube|reels|shorts|whatsapp|facebook)(?: (?:reels|shorts|story|stories))? ku"#), "for $1"),
        // "Kadaisi photo va …": the case ending after a thing is no word of its own. Verbs after their object.
        (#"(?:^|(?<=[.,]\s?))\s*(\#(tamilPart))\s+"# + word(#"ah|a|va"#) + #"\s+"# + word(#"eduthudunga|edunga|eduthu(?:du)?|neekkunga|thookunga|remove pannunga|delete pannunga"#), "remove $1"),
        (#"(?:^|(?<=[.,]\s?))\s*(\#(tamilPart))\s+"# + word(#"ah|a|va"#) + #"\s+(\d+(?:\.\d+)?\s*(?:seconds?|secs?|s))\s+"# + word(#"ku|aa|ah"#) + #"\s+"# + word(#"maathunga|maathungo|maathu|pannunga|aakkunga"#), "make $1 $2"),
        (#"(?:^|(?<=[.,]\s?))\s*(\#(tamilPart))\s+(\d+(?:\.\d+)?\s*(?:seconds?|secs?|s))\s+"# + word(#"irukkattum|irukkanum|irukanum|vainga|pannunga|podunga"#), "make $1 $2"),
        (#"(?:^|(?<=[.,]\s?))\s*(\#(tamilPart))\s+"# + word(#"ah|a|va"#) + #"\s+(\d+(?:\.\d+)?x)\s+(?:speed\s+)?"# + word(#"la|ku"#) + #"\s+"# + word(#"odavidunga|odattum|pannunga|podunga"#), "play $1 at $2 speed"),
        (#"(?:^|(?<=[.,]\s?))\s*(\#(tamilPart))\s+"# + word(#"ah|a|va"#) + #"\s+(\d+(?:\.\d+)?x)\s+(slow motion|slow|fast)\s+"# + word(#"pannunga|podunga|aakkunga"#), "make $1 $2 $3"),
        (#"(?:^|(?<=[.,]\s?))\s*(\#(tamilPart))\s+"# + word(#"ah|a|va"#) + #"\s+(\#(tamilPart))\s+"# + word(#"ah|a"#) + #"\s+"# + word(#"pannunga|pannungo|maathunga|maathungo|aakkunga"#), "make $1 $2"),
        (#"(?:^|(?<=[.,]\s?))\s*(\#(tamilPart))\s+"# + word(#"ah|a"#) + #"\s+"# + word(#"pannunga|pannungo|maathunga|maathungo|aakkunga"#), "make it $1"),
        (#"(?:^|(?<=[.,]\s?))\s*(\#(tamilPart))\s+"# + word(#"ah|a|va"#) + #"\s+(?:(at the end|at the start)\s+)?"# + word(#"serthudunga|serunga|add pannunga"#), "add $1 $2"),
        (#"(?:^|(?<=[.,]\s?))\s*(\#(tamilPart))\s+"# + word(#"ah|a|va"#) + #"\s+"# + word(#"remove|delete|mute|undo"#) + #"\s+"# + word(#"pannunga|pannungo|pannu"#), "remove $1"),
        (#"(?:^|(?<=[.,]\s?))\s*(\#(tamilPart))\s+"# + word(#"irukkanum|irukkattum|irukanum|aaganum"#), "make it $1"),
        (#"(?:^|(?<=[.,]\s?))\s*(undo|redo|export|mute)\s+"# + word(#"pannunga|pannungo|pannu"#), "$1"),
        (#"(?:^|(?<=[.,]\s?))\s*(\#(tamilPart))\s+"# + word(#"podunga|podungo|podu|vainga"#), "add $1"),
        // Words.
        (word(#"konjam"#), "a bit"), (word(#"kammi"#), "quieter"), (word(#"jaasthi|adhigam|athigam"#), "louder"), (word(#"full video|muzhu video"#), "the whole video"),
        (word(#"pudhu"#), "the new"), (word(#"antha|andha"#), "that"), (word(#"intha|indha"#), "these"), (word(#"ellam|ellaam|ella"#), "all"), (word(#"mattum"#), "only"),
        (word(#"colors|colours"#) + #"(?=\s+(?:a bit\s+)?(?:warm|cool|bright|dark))"#, "the colours"),
        (word(#"warm|cool|bright|dark"#) + #"(?=\s*$)"#, "$0er"),
        (word(#"ah|va|nu|oru|ku|pannunga|pannungo|podunga|venum"#), ""),
        // ("remove Video clip": the thing, as English says it.)
        (#"(?i)\b(remove|move|make|add|play|mute)\s+(?=(?:video|photo|clip|pic|picture|image|song|music|title|caption|slide)\b)"#, "$1 the "),
        (#"\bthe the\b"#, "the"), (#"[ \t]{2,}"#, " "), (#"\s+(?=[.,!?])"#, ""),
    ]
}
