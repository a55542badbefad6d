import Foundation

/// Hinglish (Hindi written in Latin letters, mixed with English): "title change karke 'X' kar do", "b.mp4 hata do",
/// "gaana 5 second se shuru karo". The verb, said last in Hindi, is brought first and the particles dropped. Its words
/// are short and some are English too ("do", "se", "ko", "pe"): they are only read inside a Hinglish pattern, and only
/// when a word no English request has (the marker) is in the request.
extension RulePlanner {
    /// Words only a Hinglish request has (Hindi in Latin letters): its verbs and particles, never an English word.
    static let hinglishMarker = word(#"karo|kardo|kar do|kar dijiye|kijiye|karna|daalo|daal do|dalo|daldo|hatao|hata do|hatado|hata dijiye|nikal do|nikalo|likho|likh do|likhdo|chahiye|chaiye|banao|bana do|banado|batao|bata do|dikhao|dikha do|rakho|rakh do|lagao|laga do|nahi|nahin|thoda|thodi|yaar|isko|isme|ismein|usko|mein|kitne|kitna|kitni|lag raha|lag rahi|lag rahe|badhao|badha do|ghatao|ghata do|wala|wali|mat daalna|mat dalna|sabse pehle|ho jaye|ho jaaye|aadhi|chalao|chala do|jagah|nikaal do|tasveer\p{L}*|badal do|badlo"#)

    /// What a Hinglish request names before its particle ("c.png ko …", "b.mp4 ki awaaz …"): any words up to a comma or a
    /// full stop, and file names ("b.mp4") whole.
    static let hinglishPart = #"(?:[^.,]|\.(?=[\p{L}\p{N}]))*?"#

    /// "title mein likho Rahul weds Priya": the words written without quotes are quoted first, so they are never translated.
    /// "title change karke 'Shaadi Mubarak' kar do", "title ko 'X' kar do": the title's words changed (it added a second title).
    static func hinglishTextQuoted(_ text: String) -> String {
        let quoted = #"('[^']+'|"[^"]+"|“[^”]+”|‘[^’]+’|«[^»]+»)"#
        let changed = replacing(text, #"(?<![\p{L}])(title|caption|text|heading)(?: (?:ko|ka|ki))?(?: (?:naam|words|likhawat))? (?:change|chnge|chng|chage|badal|badlo|update|edit|replace)(?: (?:do|dijiye|dena))?(?: (?:karke|kar ke|karo|kar do|kardo|kar dijiye|kijiye))?(?: (?:to|se|mein|me))?\s*:?\s*"# + quoted + #"(?:\s*(?:kar do|kardo|karo|kar dijiye|kijiye|kar dena|rakh do|rakho|likh do|likho|set karo|bana do|banao))?"#, "change the $1 to $2")
        let t = replacing(replacing(changed, #"(?<![\p{L}])(title|caption|text|heading) ko\s*"# + quoted + #"\s*(?:kar do|kardo|karo|kar dijiye|kijiye|kar dena|rakh do|rakho|bana do|banao)"#, "change the $1 to $2"), #"(?<![\p{L}])(title|caption|text|heading)\s+(?:mein|me|pe|par)\s+likh(?:o| do|do| dijiye)\s*:?\s+(?!["“'‘«])([\p{L}\p{N}][^,;"“]*?)\s*(?=[.!?]?\s*$)"#, "change the $1 to \"$2\"")
        // "ab title daalo: Rahul & Priya"
        return replacing(t, #"(?<![\p{L}])(title|caption|text|heading)(\s+(?:daalo|daal do|dalo|daldo|lagao|laga do|likho|likh do))?\s*:\s+(?!["“'‘«])([\p{L}\p{N}][^;"“]*?)\s*(?=[.!?]?\s*$)"#, "$1$2 \"$3\"")
    }

    /// Hinglish as English: the verb, said last in Hindi, brought first; particles dropped; longer phrases first.
    static let hinglishAsEnglish: [(String, String)] = [
        // Courtesy and talk around a request; "thora" as "thoda" is spelled too.
        (word(#"bhai|yaar|ji|please yaar|na"#) + #"[,!.]*"#, ""), (word(#"thora"#), "thoda"), (word(#"thori"#), "thodi"),
        // "music nahi chahiye", "music bilkul nikaal do, nahi chahiye": no music.
        (word(#"(?:music|gaana|gana|song|bgm)(?: (?:bilkul|poora|pura|puri|poori))? (?:nikaal|nikal|hata|band kar|delete kar) (?:do|dijiye|dena)(?:\s*,?\s*(?:nahi|nahin) (?:chahiye|chaiye))?"#), "remove the music"),
        (word(#"(?:music|gaana|gana|song|bgm) (?:nahi|nahin|mat) (?:chahiye|chaiye|daalo|dalo|daalna|lagao|lagana)"#), "no music"),
        // "purani video ki jagah new_repair.mp4 laga do": the old one's place taken by the new file.
        (word(#"(?:purani|purana|purane|old|pehle wali|pehle wala) (video|clip|photo|pic|tasveer|image)(?: (?:ki|ke|ka))? jagah ([\w.-]+\.\w{2,4}) (?:laga do|lagao|daal do|daalo|dalo|rakh do|rakho|kar do|karo|use karo)"#), "replace the $1 with $2"),
        (#"(?:^|(?<=[.,]\s?))\s*(\#(hinglishPart))\s+(?:ki|ke|ka)\s+jagah\s+([\w.-]+\.\w{2,4})\s+"# + word(#"laga do|lagao|daal do|daalo|dalo|rakh do|rakho|kar do|karo|use karo"#), " replace $1 with $2"),
        // "video ko 1.5x tez chalao": the video clip that fast.
        (word(#"(?:video|vid)(?: clip)? ko (\d+(?:\.\d+)?) ?x (?:tez|fast|speed|dheere|slow|dheema)(?: (?:chalao|chala do|kar do|karo|kardo|chalaiye))?"#), "play the video clip at $1x speed"),
        // "music 40% pe, shuru mein 2 second fade in": the music's fade in.
        (word(#"(music|gaana|gana|song|bgm)([^.]*?),\s*shuru (?:mein|me) (\d+(?:\.\d+)?) ?(?:sec|secs|second|seconds|s)(?: ka| ki)? fade ?in"#), "$1$2, fade the music in over $3 seconds"),
        // "nahi yaar, fade black wala lagao": that transition instead.
        (word(#"fade ?black|fade-black"#), "fadeblack"), (word(#"fade ?white|fade-white"#), "fadewhite"),
        (word(#"(fade ?black|fade ?white|fade to black|dissolve|crossfade|wipe ?left|wipe ?right|slide ?left|slide ?right|circle ?open|circle ?close|zoom ?in|pixelize|radial|fade)(?: wal[aie])?(?: transition)? (?:lagao|laga do|daalo|daal do|use karo|kar do|karo|rakho|rakh do)"#), "use $1 transitions"),
        // "video wala clip sab se pehle kar do": that clip first ("sab se" is "sabse").
        (word(#"sab se"#), "sabse"),
        (#"(?:^|(?<=[.,]\s?))\s*(\#(hinglishPart))\s+"# + word(#"sabse (?:pehle|pahle|aage|shuru mein|shuru me)"#) + #"\s+"# + word(#"kar do|karo|kardo|laga do|lagao|rakh do|rakho|daal do|daalo"#), " move $1 to the start"),
        (#"(?:^|(?<=[.,]\s?))\s*(\#(hinglishPart))\s+"# + word(#"sabse (?:last|aakhir|akhir|peeche|end)(?: (?:mein|me|pe))?"#) + #"\s+"# + word(#"kar do|karo|kardo|laga do|lagao|rakh do|rakho|daal do|daalo"#), " move $1 to the end"),
        // "teeno tasveeron se": all three pictures.
        (#"(?<!wala |wali |wale )"# + word(#"teeno|teenon|tino"#) + #"(?= (?:tasveer|photo|pic|clip|video))"#, "all three"),
        (word(#"tasveeron|tasveerein|tasveeren|tasviron|tasvirein"#), "photos"), (word(#"tasveer|tasvir|tasweer"#), "photo"),
        // "nahi, 'Algebra Class 10'": a correction (the part before the quote); "nahi, thoda aur kam" one said after "no".
        (#"^\s*"# + word(#"nahi|nahin|nai"#) + #"\s*[,.!]*\s*$"#, "no, "),
        // "thoda aur kam" said alone, after a change: a bit less of it ("thoda aur" a bit more); "nahi yaar, thoda aur kam" the same.
        (#"^\s*(?:"# + word(#"nahi|nahin|nai"#) + #"\s*[,.!]*\s*)?"# + word(#"(?:thoda|thodi|zara)(?: (?:aur|or))?|(?:aur|or) (?:thoda|thodi|zara)"#) + #" "# + word(#"kam|dheere|dheema|halka|neeche"#) + #"(?: (?:karo|kar do|kardo|kijiye))?\s*[.!]*\s*$"#, "no, a bit less"),
        (#"^\s*(?:"# + word(#"nahi|nahin|nai"#) + #"\s*[,.!]*\s*)?"# + word(#"(?:thoda|thodi|zara)(?: (?:aur|or))? (?:zyada|jyada|tez|upar)|(?:thoda|thodi|zara) (?:aur|or)|(?:aur|or) (?:thoda|thodi|zara)(?: (?:zyada|jyada|tez|upar))?"#) + #"(?: (?:karo|kar do|kardo|kijiye))?\s*[.!]*\s*$"#, "no, a bit more"),
        // "b.mp4 ki awaaz band karo, sirf music chahiye": that clip's own sound off (the music kept), never every clip's.
        (#"(?:^|(?<=[.,]\s?))\s*(\#(hinglishPart))\s+"# + word(#"(?:ki|ka|ke) (?:apni |khud ki |original )?(?:awaaz|aawaz|awaz|aavaaz|sound|audio) (?:band|bandh|off|mute|khatam) (?:karo|kar do|kardo|kijiye|kar dijiye)"#) + #"(?:\s*,?\s*"# + word(#"(?:sirf|bas|only) (?:music|gaana|gana|song|bgm)(?: (?:chahiye|chaiye|rakho|sunna hai|sunni hai|chalne do|chale|baje|bajne do))?"#) + #")?"#, " mute $1"),
        // "gaana 5 second se shuru karo": the music starts then.
        (word(#"(?:music|gaana|gana|song|bgm)(?: ko)? (\d+(?:\.\d+)?) ?(?:sec|secs|second|seconds|s)(?: (?:se|pe|par|ke baad|baad|mein|me))? (?:shuru|start|chalu|bajna|bajao)(?: (?:karo|kar do|kardo|kijiye|ho|hona chahiye|kare|hoga))?"#), "start the music at $1 seconds"),
        // "gaana end me 3 sec me fade out ho jaye": the music fades out over that long; "music 7 sec pe band ho jaye, uske baad
        // silence": it stops then (what follows is why).
        (word(#"(?:music|gaana|gana|song|bgm)(?: ko)?(?: (?:end|last|aakhir|akhir) (?:me|mein|pe|par))? (\d+(?:\.\d+)?) ?(?:sec|secs|second|seconds|s)(?: (?:me|mein))? fade ?out (?:ho jaye|ho jaaye|ho|karo|kar do|kardo|kijiye|hona chahiye|kare)"#), "fade the music out over $1 seconds"),
        (word(#"(?:music|gaana|gana|song|bgm)(?: ko)? (\d+(?:\.\d+)?) ?(?:sec|secs|second|seconds|s) (?:pe|par|mein|me|tak) (?:band|bandh|stop|khatam|off) (?:ho jaye|ho jaaye|ho|karo|kar do|kardo|kijiye|hona chahiye|kare)"#), "stop the music at $1 seconds"),
        (#",?\s*"# + word(#"uske baad (?:silence|kuch nahi|khamoshi|chup|kuch bhi nahi)"#), ""),
        // "video ki length aadhi kar do": half as long.
        (word(#"(?:video|reel)(?: (?:ki|ka|ko))?(?: (?:length|lambai|duration))? (?:aadhi|adhi|aadha|adha|half) (?:kar do|karo|kardo|kijiye|kar dijiye)"#), "make the video half as long"),
        // "abhi kitne clips hain?": how many, asked.
        (word(#"(?:abhi |ab )?(?:video (?:mein|me) )?kitne (clips|photos|pics|videos|items|transitions|captions)(?: (?:hain|hai|he|h))?"#) + #"\s*\??"#, "how many $1 are there?"),
        // "poster wala sabse pehle, fir dance practice, fir stage wali photo. crowd wali photo mat daalna": the one named by
        // its word, in that order; the one refused left out.
        (word(#"(\w+) wal[aie](?: (photo|pic|clip|video|image))? (?:mat|nahi|nahin) (?:daalna|dalna|daalo|dalo|lagana|lagao|use karna|use karo|chahiye)"#), "don't use the $1 $2"),
        (#",?\s*"# + word(#"(?:blurry|kharab|dhundhli|dhundla|bekaar|bakwas) (?:hai|he|h|thi|tha|lag rahi hai|lag raha hai)"#), ""),
        (word(#"sabse pehle"#), "first"), (word(#"sabse (?:last|aakhir|akhir) (?:mein|me)"#), "last"),
        // "screen ke upar": at the top.
        (word(#"screen ke (?:upar|oopar|top)(?: (?:mein|me|pe|par))?"#), "at the top"), (word(#"screen ke (?:neeche|niche|bottom)(?: (?:mein|me|pe|par))?"#), "at the bottom"),
        // "ab usko 5 second tak dikhao" (just after a text changed): that text shown that long; "title 5 second tak dikhao" the title.
        (word(#"(title|caption|text|heading)(?: ko)? (\d+(?:\.\d+)?) ?(?:sec|secs|second|seconds|s)(?: (?:tak|ke liye|ke lie))? (?:dikhao|dikha do|dikhaao|rakho|rakh do)"#), "make the $1 last $2 seconds"),
        (word(#"(?:isko|usko|ise|use|ye|yeh|wo|woh)(?: (?:ab|abhi))? (\d+(?:\.\d+)?) ?(?:sec|secs|second|seconds|s)(?: (?:tak|ke liye|ke lie))? (?:dikhao|dikha do|dikhaao|rakho|rakh do)"#), "show it for $1 seconds"),
        // "c.png ko sabse pehle laga do": that picture first; "… sabse last mein" last.
        (#"(?:^|(?<=[.,]\s?))\s*(\#(hinglishPart))\s+ko\s+"# + word(#"(?:sabse |bilkul )?(?:pehle|pahle|shuru mein|shuru me|start mein|start me|aage|first)"#) + #"\s+"# + word(#"laga do|lagao|rakh do|rakho|daal do|daalo|dalo|kar do|karo|kardo|le aao|laao|lao|le jao"#), " move $1 to the start"),
        (#"(?:^|(?<=[.,]\s?))\s*(\#(hinglishPart))\s+ko\s+"# + word(#"(?:sabse |bilkul )?(?:last|aakhir|akhir|aakhri|end|peeche)(?: (?:mein|me|pe))?"#) + #"\s+"# + word(#"laga do|lagao|rakh do|rakho|daal do|daalo|dalo|kar do|karo|kardo|le jao"#), " move $1 to the end"),
        // "video bahut lamba hai, 2 second kam karo": a complaint, and the video that much shorter.
        (word(#"(?:video|reel)(?: (?:bahut|bohot|bahot|kaafi|zyada|jyada|thoda))* (?:lamba|lambi|long) (?:hai|he|h|ho gaya|ho gayi)"#), "the video is too long"),
        (word(#"(?:video|reel)(?: (?:bahut|bohot|bahot|kaafi|zyada|jyada|thoda))* (?:chhota|chota|chhoti|choti|short) (?:hai|he|h|ho gaya|ho gayi)"#), "the video is too short"),
        // Questions about the timeline: "abhi timeline mein kya kya hai? batao".
        (word(#"(?:abhi )?(?:timeline|video) (?:mein|me|pe) (?:abhi )?kya(?: kya)? hai"#), "what's on the timeline"),
        (#"[?.!,]?\s*"# + word(#"batao|bata do|bataiye"#) + #"[.!?]*"#, "?"),
        // "last 3 second mein caption daalo 'X'", "aakhri 2 sec ke liye": the last seconds of the video ("pehle 3 second mein" the first).
        (word(#"(?:last|aakhri|akhri|aakhir ke|akhir ke|end ke|aakhri wale|last ke) (\d+(?:\.\d+)?) ?(?:sec|secs|second|seconds|s)(?: (?:mein|me|main|ke liye|ke lie|tak|pe|par))?"#), "for the last $1 seconds"),
        (word(#"(?:first|pehle|pahle|shuru ke|starting ke|start ke|shuruaat ke|shuruaati) (\d+(?:\.\d+)?) ?(?:sec|secs|second|seconds|s)(?: (?:mein|me|main|ke liye|ke lie|tak|pe|par))?"#), "for the first $1 seconds"),
        // "sab thoda bright karo, bahut dark lag raha hai": everything brighter (the complaint beside it is why: too dark).
        (word(#"(?:(?:sab|sabko|sab kuch|sabkuch|poora video|pura video|video|isko|ise|photos|pics)(?: ko)? )?(?:thoda|thodi|zara|halka) (?:aur )?(?:bright|brighter|roshan|light|ujala)(?: (?:karo|kar do|kardo|kijiye|kar dijiye|banao|bana do))"#), "make it a bit brighter"),
        (word(#"(?:(?:sab|sabko|sab kuch|sabkuch|poora video|pura video|video|isko|ise|photos|pics)(?: ko)? )?(?:aur )?(?:bright|brighter|roshan|light)(?: (?:karo|kar do|kardo|kijiye|kar dijiye|banao|bana do))"#), "make it brighter"),
        // "brightness thoda badhao" (brighter), "brightness kam karo" (darker).
        (word(#"(?:thoda|thodi|zara) (?:brightness|brightnes|brightnss|roshni)(?: ko)? (?:badhao|badha do|badhado|badhaiye|zyada karo|zyada kar do|up karo|increase karo|tez karo)"#), "make it a bit brighter"),
        (word(#"(?:brightness|roshni)(?: ko)? (?:thoda |thodi |zara )(?:badhao|badha do|badhado|badhaiye|zyada karo|zyada kar do|up karo|increase karo|tez karo)"#), "make it a bit brighter"),
        (word(#"(?:brightness|roshni)(?: ko)? (?:badhao|badha do|badhado|badhaiye|zyada karo|zyada kar do|up karo|increase karo|tez karo)"#), "make it brighter"),
        (word(#"(?:brightness|roshni)(?: ko)? (?:thoda |thodi |zara )?(?:kam karo|kam kar do|ghatao|ghata do|down karo|decrease karo)"#), "make it darker"),
        (word(#"(?:(?:sab|sabko|sab kuch|sabkuch|poora video|pura video|video|isko|ise|photos|pics)(?: ko)? )?(?:thoda|thodi|zara|halka) (?:aur )?(?:dark|darker|andhera|dim)(?: (?:karo|kar do|kardo|kijiye|kar dijiye|banao|bana do))"#), "make it a bit darker"),
        (word(#"(?:(?:sab|sabko|sab kuch|sabkuch|poora video|pura video|video|isko|ise|photos|pics)(?: ko)? )?(?:aur )?(?:dark|darker|andhera|dim)(?: (?:karo|kar do|kardo|kijiye|kar dijiye|banao|bana do))"#), "make it darker"),
        (word(#"(?:(?:sab|video|ye|yeh|photos|sab kuch)(?: (?:bahut|bohot|bahot|kaafi|zyada|jyada|thoda))* |(?:bahut|bohot|bahot|kaafi|zyada|jyada|thoda) )(?:dark|andhera|andhere|dim|dull)(?: (?:lag raha|lag rahi|lag rahe|lagta|lagti|lag rha|dikh raha|dikh rahi|ho gaya|ho gayi|hai|he|h))+"#), "it looks too dark"),
        (word(#"(?:(?:sab|video|ye|yeh|photos|sab kuch)(?: (?:bahut|bohot|bahot|kaafi|zyada|jyada|thoda))* |(?:bahut|bohot|bahot|kaafi|zyada|jyada) )(?:bright|chamakdar)(?: (?:lag raha|lag rahi|lag rahe|lagta|lagti|lag rha|dikh raha|dikh rahi|ho gaya|ho gayi|hai|he|h))+"#), "it looks too bright"),
        // Times: "4 se 7 second tak", "har photo 5 sec", "4 second chhota".
        (word(#"(\d+(?:\.\d+)?)(?: ?(?:sec|secs|second|seconds|s))? se (\d+(?:\.\d+)?) ?(?:sec|secs|second|seconds|s)(?: tak)?(?: wala part| ka part| wala hissa)?"#), "from $1 to $2 seconds"),
        (word(#"har (photo|pic|image|clip|tasveer|video) (\d+(?:\.\d+)?) ?(?:sec|secs|second|seconds|s)(?: ka| ki| tak| ke liye| ke lie)?(?: (?:dikhao|dikha do|rakho|rakh do|chalao|karo|kar do|kardo))?"#), "each $1 $2 seconds"),
        (word(#"(\w+) ko (\d+(?:\.\d+)?) ?(?:sec|secs|second|seconds|s) (?:aur |or )?(?:chhota|chota|kam) (?:kar do|kardo|karo|kar dijiye|kijiye)"#), "make the $1 $2 seconds shorter"),
        (word(#"(\w+) ko (\d+(?:\.\d+)?) ?(?:sec|secs|second|seconds|s) (?:aur |or )?(?:lamba|lambi|bada|zyada) (?:kar do|kardo|karo|kar dijiye|kijiye)"#), "make the $1 $2 seconds longer"),
        // "2 second kam karo" (the video, said of nothing): that much shorter; "2 second aur lamba karo" longer.
        (word(#"(\d+(?:\.\d+)?) ?(?:sec|secs|second|seconds|s) (?:aur |or )?(?:chhota|chota|chhoti|choti|kam) (?:kar do|kardo|karo|kar dijiye|kijiye)"#), "make it $1 seconds shorter"),
        (word(#"(\d+(?:\.\d+)?) ?(?:sec|secs|second|seconds|s) (?:aur |or )?(?:lamba|lambi|bada|badi|zyada|jyada) (?:kar do|kardo|karo|kar dijiye|kijiye)"#), "make it $1 seconds longer"),
        // "total kitne second ka hai video abhi?", "video kitna lamba hai": how long it is, asked.
        (word(#"(?:(?:total|abhi|ab) )*(?:(?:video|reel)(?: (?:ab|abhi|total))* )?(?:kitne|kitna|kitni) ?(?:second|seconds|sec|secs|der|lamba|lambi|long)(?: (?:ka|ki|tak))?(?: (?:hai|he|h))?(?: (?:video|reel))?(?: (?:abhi|ab|total))*(?: (?:hai|he|h))?"#) + #"\s*\??"#, "how long is the video?"),
        (word(#"(\d+(?:\.\d+)?) ?(?:sec|secs|second|seconds|s) ka"#), "$1 seconds"),
        // Music level: "music thoda kam karo", "25% pe rakho".
        (word(#"(music|gaana|gana|song|bgm|awaaz|aawaz|volume)(?: ko)? (?:thoda|thodi|zara) (?:kam|dheere|dheema|halka) (?:karo|kar do|kardo|kijiye)"#), "make the music a bit quieter"),
        (word(#"(music|gaana|gana|song|bgm|awaaz|aawaz|volume)(?: ko)? (?:kam|dheere|dheema|halka) (?:karo|kar do|kardo|kijiye)"#), "make the music quieter"),
        (word(#"(music|gaana|gana|song|bgm|awaaz|aawaz|volume)(?: ko)? (?:thoda|thodi|zara) (?:tez|zyada|badha|bada|upar) (?:karo|kar do|kardo|kijiye)"#), "make the music a bit louder"),
        (word(#"(music|gaana|gana|song|bgm|awaaz|aawaz|volume)(?: ko)? (?:tez|zyada|badha|upar) (?:karo|kar do|kardo|kijiye)"#), "make the music louder"),
        (word(#"(\d+(?:\.\d+)?)\s*%\s*(?:pe|par) (?:rakho|rakh do|kar do|kardo|karo|set karo)"#), "put it at $1%"),
        (word(#"(music|gaana|gana|song|bgm|volume) ko (\d+(?:\.\d+)?)\s*% (?:kar do|kardo|karo|pe rakho|par rakho)"#), "set the music to $2%"),
        (word(#"(?:music|gaana|gana|song|bgm) (?:band|off|bandh) (?:kar do|kardo|karo|kijiye)"#), "remove the music"),
        // Transitions, crop: "koi transition nahi", "kuch bhi crop mat karo, sab poora dikhao".
        (word(#"(?:koi )?transitions? (?:nahi|nahin|mat)(?: (?:chahiye|daalo|lagao|dalo))?"#), "no transitions"),
        (word(#"(?:kuch bhi |kuchh bhi |koi bhi )?crop (?:mat|nahi|nahin) (?:karo|karna|kijiye)"#), "don't crop anything"),
        (word(#"(?:sab(?: kuch)? |pura |poora )?(?:poora|pura|full) dikhao"#), "show everything in full"),
        // Places: "top pe", "end mein", "isko thoda upar kar do".
        (word(#"(?:isko|ise|usko|use|ye|yeh)?\s*(?:thoda |zara )?(?:upar|oopar) (?:kar do|kardo|karo|le jao|kijiye)"#), "move it to the top"),
        (word(#"(?:isko|ise|usko|use|ye|yeh)?\s*(?:thoda |zara )?(?:neeche|niche) (?:kar do|kardo|karo|le jao|kijiye)"#), "move it to the bottom"),
        (word(#"(top|bottom|end|start|center|middle) (?:pe|par|mein|me) (?:daal do|daalo|dalo|daldo|rakh do|rakho|laga do|lagao|kar do|kardo|karo|le jao)"#), "put it at the $1"),
        (word(#"(top|bottom|end|start|center|middle) (?:pe|par|mein|me) (?:likh do|likho|likhdo|likh dijiye)"#), "at the $1 add a caption"),
        (word(#"(top|bottom|end|start|center|middle) (?:pe|par|mein|me)"#), "at the $1"),
        (word(#"shuru (?:mein|me)"#), "at the start"), (word(#"beech (?:mein|me)"#), "in the middle"),
        // Texts: "end mein likh do 'X'", "title ko bada karo".
        (#",?\s*"# + word(#"likh do|likho|likhdo|likh dijiye"#), " add a caption"),
        (word(#"(title|caption|text) ko (?:thoda )?(?:bada|badha) (?:karo|kar do|kardo|kijiye)"#), "make the $1 bigger"),
        (word(#"(title|caption|text) ko (?:thoda )?(?:chhota|chota) (?:karo|kar do|kardo|kijiye)"#), "make the $1 smaller"),
        (word(#"(?:ek |koi )?(title|caption|text) (?:daalo|daal do|dalo|daldo|lagao|laga do|add karo)"#), "add a $1"),
        // Clips: "doosra clip hata do".
        (word(#"pehla|pehli|pehle wala|pehle wali"#) + #"(?= (?:clip|photo|pic|video|image|text|caption))"#, "the first"),
        (word(#"doosra|doosri|dusra|dusri|doosre"#), "the second"), (word(#"teesra|teesri|tisra|tisri"#), "the third"),
        (word(#"chautha|chauthi"#), "the fourth"), (word(#"aakhri|akhri|last wala|last wali"#), "the last"),
        (#"(?:^|(?<=[.,]\s?))\s*(\#(hinglishPart))\s+"# + word(#"hata do|hatao|hatado|hata dijiye|nikal do|nikalo|delete kar do|delete karo"#), " remove $1"),
        (word(#"wal[aie]"#) + #"(?= (?:clip|photo|photos|pic|pics|video|part|image))"#, ""),
        (word(#"(\w+) wal[aie]"#) + #"(?! (?:dono|sab|saari|saare|sare|teeno|teen|do|\d+|clips?|photos?|pics?|videos?|part|images?)\b)"#, "the $1 one"),
        (#"(?:^|(?<=[.,]\s?))\s*(\#(hinglishPart))\s+"# + word(#"bana do|banao|banado|bana dijiye"#), " make $1"),
        (word(#"(\w+) ke liye"#), "for $1"), (word(#"ke saath|ki saath|saath"#), "with"),
        (#"\s+se(?=\s+(?:\d|a |ek |video|reel)|\s*[,.!?]|\s*$)"#, ""),
        (word(#"(?:ko )(?:daal do|daalo|dalo|daldo|laga do|lagao|rakh do|rakho)"#), "put it"),
        (word(#"daal do|daalo|dalo|daldo|laga do|lagao"#), "add"),
        // What is left: particles and small words.
        (word(#"sirf"#), "only"), (word(#"aur"#), "and"), (word(#"phir|fir"#), "then"), (word(#"pehle"#), "first"), (word(#"ek"#), "a"),
        (word(#"dono"#), "both"), (word(#"bhi"#), "also"), (word(#"chahiye|chaiye|abhi|ab"#), ""),
        (word(#"gaana|gana"#), "song"),
        (word(#"(\w+) ki (photo|pic|photos|pics)"#), "$1 $2"), (word(#"(?:mein|me)"#), ""), (word(#"ko"#), ""),
        (word(#"(?:kar do|kardo|karo|kar dijiye|kijiye)"#), ""),
        // ("mute video", "move video clip to the start": the one named, as English says it.)
        (#"(?<![\p{L}])(move|remove|mute) (video clip|video|clip|photo)(?![\p{L}])"#, "$1 the $2"),
        (#"[ \t]{2,}"#, " "), (#"\s+(?=[.,!?])"#, ""),
    ]
}
