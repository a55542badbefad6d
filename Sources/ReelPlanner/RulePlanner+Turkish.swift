import Foundation

/// Requests in Turkish, or Turkish mixed with English ("ikinci klibi sil", "müzik sesini %20 yap", "c.png'yi en başa al",
/// "son 3 saniyede"), as the English the rules read. Turkish puts the verb last and adds its endings to the word (and to a
/// file's name after an apostrophe: "b.mp4'ün"), so "X'i sil" is read as "remove X". Words in quotes and file names are never
/// translated; the answer stays in English.
extension RulePlanner {
    /// Words only a Turkish request has (never an English one).
    static let turkishMarker = word(#"saniye\p{L}*|müzi\p{L}*|olsun|değiştir|başlığ\p{L}*|başlık\p{L}*|klibi|klibini|dikey|yatay|kıs|kapat|sesini|için|kaç|şu an|fotoğraf\p{L}*|fotolardan|sonunda|ikinci|üçüncü|hayır|yanlış|diğer|kastettim|olarak|siyah beyaz|hepsini|sil|yap|biraz daha"#)
        + #"|[\w.-]+\.\w{2,4}['’](?:y?[iıuü]|n?[iıuü]n|[dt][ae]|y?[ae])(?![\p{L}])"#

    /// What a Turkish request names before its verb: words up to a comma or a full stop, file names whole.
    static let turkishPart = #"(?:[^.,'’]|\.(?=[\p{L}\p{N}]))+?"#

    static let turkishAsEnglish: [(String, String)] = [
        // Courtesy, a question, more of the same.
        (#",?\s*"# + word(#"lütfen|lutfen|teşekkürler|sağol"#), ""),
        (word(#"video (?:şu an|şimdi|şu anda) kaç saniye|video kaç saniye(?: oldu)?"#) + #"\s*\??"#, "how long is the video?"),
        (#"^\s*"# + word(#"biraz daha"#) + #"\s*[.!]*\s*$"#, "a bit more"),
        // A correction: "hayır yanlış olanı sildin, diğer fotoğrafı kastettim".
        (#"^\s*"# + word(#"hayır"#) + #"\s*,?\s*"# + word(#"yanlış (?:olanı|şeyi) (?:sildin|değiştirdin|taşıdın)"#) + #"\s*,?\s*"# + word(#"diğer (fotoğrafı|fotoyu|klibi|videoyu) kastettim"#), "no, not that one, i meant the other $1"),
        (word(#"fotoğrafı|fotoyu"#), "photo"),
        // A new video: "bu fotolardan 20 saniyelik bir video yap, müzik turku.mp3 olsun".
        (word(#"bu (?:fotolardan|fotoğraflardan|dosyalardan) (\d+(?:[.,]\d+)?) saniyelik bir video yap"#), "make a $1 second video from these photos"),
        (word(#"müzik ([\w.-]+\.(?:mp3|wav|m4a|aac|ogg|flac)) olsun"#), "with $1 as the music"),
        // Lengths and times: "son 3 saniyede", "sonunda 2 saniye fade out olsun", "her fotoğraf 3 saniye olsun".
        (word(#"son (\d+(?:\.\d+)?) saniye(?:de|ye|lik)?"#), "for the last $1 seconds"), (word(#"ilk (\d+(?:\.\d+)?) saniye(?:de|ye|lik)?"#), "for the first $1 seconds"),
        (word(#"sonunda (\d+(?:\.\d+)?) saniye (fade ?out|kararma)(?: olsun| yap)?"#), "fade out at the end over $1 seconds"),
        (word(#"başında (\d+(?:\.\d+)?) saniye (fade ?in)(?: olsun| yap)?"#), "fade in at the start over $1 seconds"),
        (word(#"her (fotoğraf|foto|resim|klip) (\d+(?:\.\d+)?) saniye(?: olsun| yap)?"#), "each photo $2 seconds"),
        (#"(\d+),(\d+)(?=\s*saniye)"#, "$1.$2"), (#"(\d+(?:\.\d+)?)\s*saniye\p{L}*"#, "$1 seconds"),
        // The music: "müziği biraz kıs, çok yüksek", "müzik sesini %20 yap", "müziği kıs".
        (#",?\s*"# + word(#"çok (?:yüksek|gürültülü|sesli)"#) + #"(?=\s*[.!]*\s*$)"#, ""),
        (word(#"müziği biraz kıs|müziğin sesini biraz kıs"#), "make the music a bit quieter"), (word(#"müziği kıs|müziğin sesini kıs"#), "make the music quieter"),
        (word(#"müziği biraz aç|müziğin sesini biraz aç"#), "make the music a bit louder"), (word(#"müziği aç|müziğin sesini aç"#), "make the music louder"),
        (word(#"müzik sesini\s*%\s*(\d+(?:\.\d+)?) yap|müziği\s*%\s*(\d+(?:\.\d+)?) yap"#), "set the music to $1$2%"),
        (word(#"müziği (?:kaldır|sil)|müzik olmasın|müziksiz"#), "remove the music"),
        // A clip's own sound: "b.mp4'ün sesini kapat".
        (#"([\w.-]+\.\w{2,4})['’](?:n?[iıuü]n|y?[iıuü]) sesini kapat"#, "mute the sound of $1"),
        (word(#"(?:klibin|videonun) sesini kapat"#), "mute the sound of the video clip"),
        // Text: "başlığı 'X' olarak değiştir".
        // (Read outside the quotes: the words before them, then after.)
        (word(#"başlığı"#) + #"\s*$"#, "change the title to "), (#"^\s*"# + word(#"olarak değiştir|olarak yap|yap"#) + #"\s*[.!]*\s*$"#, ""),
        // Places and which one: "c.png'yi en başa al", "ikinci klibi sil".
        (#"([\w.-]+\.\w{2,4})['’]y?[iıuü] (?:en )?başa (?:al|taşı|koy)"#, "move $1 to the start"), (#"([\w.-]+\.\w{2,4})['’]y?[iıuü] (?:en )?sona (?:al|taşı|koy)"#, "move $1 to the end"),
        (word(#"ilk"#), "first"), (word(#"ikinci"#), "second"), (word(#"üçüncü"#), "third"), (word(#"dördüncü"#), "fourth"), (word(#"son"#), "last"),
        (word(#"klibi|klip"#), "clip"), (word(#"fotoğraf|foto|resim"#), "photo"), (word(#"videoyu|video"#), "the video"),
        (#"(?:^|(?<=[.,]\s?))\s*(\#(turkishPart))\s+"# + word(#"sil|kaldır"#) + #"(?=\s*[.!,]|\s*$)"#, "remove the $1"),
        (word(#"hepsini"#), "everything"),
        // The canvas and the look: "videoyu dikey yap, TikTok için".
        (#"(?:^|(?<=[.,]\s?))\s*(\#(turkishPart))\s+"# + word(#"(dikey|yatay|kare|siyah beyaz) yap"#), "make $1 $2"),
        (word(#"dikey"#), "vertical"), (word(#"yatay"#), "horizontal"), (word(#"kare"#), "square"), (word(#"siyah beyaz"#), "black and white"),
        (word(#"(\w+) için"#), "for $1"),
        // "müziği Tarkan - Şımarık yap": a song by its title, which Reel does not have (only uploads).
        (word(#"müziği (.+?) yap"#), "use the song $1 as the music"),
        (#"\bthe the\b"#, "the"), (#"[ \t]{2,}"#, " "), (#"\s+(?=[.,!?])"#, ""),
    ]
}
