import Foundation

/// Requests in Malay, or Malay mixed with English (Malaysia's "bahasa rojak": "Buang gambar yang last tu", "Letak video
/// tu paling depan", "Tukar tajuk jadi '…'", "Perlahankan lagu tu sikit, 20% cukup la"), as the English the rules read.
/// Read before the Indonesian table, whose words it shares but not always their sense ("tukar" is to change here, to swap
/// there). Words in quotes and file names are never translated; the answer stays in English.
extension RulePlanner {
    /// Words only a Malay request has (never an English one, nor an Indonesian one alone).
    static let malayMarker = word(#"saat|tajuk|buang|letak|letakkan|tak payah|tak nak|tak mau|nak|lepas tu|bunyi|senyapkan|lambatkan|lajukan|laju|separuh|sikit|cukup|silap|jadikan|perlahankan|kuatkan|panjangkan|pendekkan|hujung|gambar|lagu|muzik|hitam putih|boleh|guna"#)
        + #"|(?:^|\s)(?:buat|tambah|tukar)\s|\b(?:gambar|lagu) (?:ni|tu)\b|\bklip (?:ni|tu|kedua|ketiga|pertama|terakhir)\b|\b(?:video|foto) ni\b"#

    /// What a Malay request names before its verb ("video tu lambatkan"): words up to a comma or a full stop, file names whole.
    static let malayPart = #"(?:[^.,]|\.(?=[\p{L}\p{N}]))+?"#

    static let malayAsEnglish: [(String, String)] = [
        // Softeners: "boleh tolong …", "… ya", "… la", "… je" said last.
        (#"^\s*"# + word(#"boleh tolong|tolong|minta|boleh tak|bolehkah|boleh"#) + #"\s*,?\s*"#, "please "),
        (#"(?:,\s*|\s+)"# + word(#"ya|yea|la|lah|kak|bang|boss|bos|tq|please"#) + #"(?=\s*[.!?🙏]*\s*$)"#, ""),
        // Undo and redo: "eh redo balik", "undo balik".
        (#"^\s*(?:please\s+)?(?:"# + word(#"eh|alamak|aduh|hmm"#) + #"[,!.]?\s*)?"# + word(#"(undo|redo)(?: balik| semula| la| lah)*"#) + #"\s*[.!]*\s*$"#, "$1"),
        // "Eh silap, bukan yang tu. Yang ketiga": not that one, the third (a correction of the last change).
        (#"^\s*(?:"# + word(#"eh|alamak|aduh|ops|oops"#) + #"[,!.]?\s*)?"# + word(#"silap|salah"#) + #"[,.!]?\s*(?:"# + word(#"bukan (?:yang )?(?:tu|itu|ni|ini)"#) + #"[,.!]?\s*)?(?:"# + word(#"yang|maksud saya|i mean|i meant"#) + #"\s+)?"#, "no, not that one, i meant the "),
        (#"^\s*"# + word(#"bukan (?:yang )?(?:tu|itu|ni|ini)"#) + #"[,.!]?\s*(?:"# + word(#"yang|maksud saya"#) + #"\s+)?"#, "no, not that one, i meant the "),
        // Questions: "Video ni berapa saat sekarang?", "berapa lama video ni?".
        (word(#"(?:video|klip)(?: (?:ni|ini|tu|itu))? (?:berapa (?:saat|lama|minit)|panjang berapa)(?: (?:sekarang|skrg))?|berapa (?:saat|lama|panjang)(?: (?:video|klip))?(?: (?:ni|ini|tu|itu))?(?: (?:sekarang|skrg))?"#) + #"\s*\??"#, "how long is the video?"),
        // The music: "Tak payah lagu la, buang je" (no music), "Perlahankan lagu tu sikit, 20% cukup la" (down to 20 %).
        (word(#"tak (?:payah|nak|mau|perlu) (?:lagu|muzik|music|song)(?: (?:tu|ni|la|lah))*"#) + #"(?:\s*,?\s*"# + word(#"buang(?: je| jer| saja| aja)?"#) + ")?", "remove the music"),
        (word(#"(?:perlahankan|kecilkan|slowkan|turunkan|kurangkan)(?: (?:volume |bunyi )?(?:lagu|muzik|music|song)(?: (?:tu|ni))?)?(?: sikit)?"#) + #"\s*,?\s*(\d+(?:\.\d+)?\s*%)\s*"# + word(#"cukup|pun cukup|je|jer|dah cukup"#) + #"(?: (?:la|lah))?"#, "turn the music down to $1"),
        (word(#"(?:perlahankan|kecilkan|slowkan|turunkan|kurangkan) (?:volume |bunyi )?(?:lagu|muzik|music|song)(?: (?:tu|ni))?"#), "make the music quieter"),
        (word(#"(?:kuatkan|besarkan|naikkan|tinggikan) (?:volume |bunyi )?(?:lagu|muzik|music|song)(?: (?:tu|ni))?"#), "make the music louder"),
        // "Lagu raya tu jadikan background music": that song as the music.
        (word(#"lagu ([\p{L}]+) (?:tu|ni) (?:jadikan|buat|guna(?:kan)?(?: untuk)?|letak(?: sebagai)?) (?:background music|bgm|lagu latar|muzik latar|music)"#), "use the $1 song as the background music"),
        // A clip's own sound: "Senyapkan bunyi video tu, bising sangat" (muted; the noise is only why).
        (word(#"(?:senyapkan|matikan|tutup|mute|buang) (?:bunyi|suara|audio|sound)(?: (?:asal|asli))?(?: (?:video|klip|clip)(?: (?:tu|ni|itu|ini))?)?"#), "mute the clips' own sound"),
        (#",?\s*"# + word(#"(?:bising|kuat|noisy) sangat|terlalu bising|sangat bising"#), ""),
        // A new video: "Nak versi TikTok: gambar je, tak nak video dapur tu" (the pictures only, never the kitchen video).
        (#"^\s*(?:please\s+)?"# + word(#"nak|mahu|saya nak|i nak"#) + #"\s+"# + word(#"versi|version"#) + #"\s+"#, "make a version for "),
        (word(#"tak (?:nak|mau|mahu|payah|perlu)|takde|tanpa"#) + #"\s+(video|klip|clip|gambar|foto)\s+(\p{L}+)\s+"# + word(#"tu|ni|itu|ini"#), "without the $2 $1"),
        (word(#"gambar|foto"#) + #"\s+"# + word(#"je|jer|saja|sahaja|sahaje"#), "only the photos"),
        // "guna semua gambar dengan video ni": every picture and the one video, as they were uploaded.
        (word(#"semua (?:gambar|foto)(?: (?:ni|ini|tu|itu))? (?:dengan|dan|serta|and|&) (?:video|klip)(?: (?:ni|ini|tu|itu))?|semua (?:fail|file|media|benda)(?: ni| ini)?"#), "all of these"),
        (word(#"semua (?:gambar|foto)"#), "all the photos"), (word(#"semua (?:video|klip)"#), "all the clips"), (word(#"dengan|serta|and"#) + #"(?=\s+(?:video|klip|gambar|lagu)\b)"#, "and"),
        // Where a clip goes: "Letak video tu paling depan" (first), "… paling belakang" (last).
        (#"(?:^|(?<=[.,]\s?))\s*(?:please\s+)?"# + word(#"letak|letakkan|pindah|pindahkan|alih|alihkan"#) + #"\s+(\#(malayPart))\s+"# + word(#"(?:kat |di |ke )?paling (?:depan|awal)|(?:kat |di |ke )?(?:depan|awal) sekali"#), "move $1 to the start"),
        (#"(?:^|(?<=[.,]\s?))\s*(?:please\s+)?"# + word(#"letak|letakkan|pindah|pindahkan|alih|alihkan"#) + #"\s+(\#(malayPart))\s+"# + word(#"(?:kat |di |ke )?paling (?:belakang|akhir|hujung)|(?:kat |di |ke )?(?:belakang|hujung) sekali"#), "move $1 to the end"),
        // Lengths: "panjangkan jadi 30 saat", "setengah saat", "dari saat 6 sampai saat 9", "kat hujung 2 saat".
        (word(#"(?:panjangkan|pendekkan|potong|jadikan|buat)(?: (?:video|dia))?(?: (?:ni|tu))? (?:jadi|kepada|sampai) (\d+(?:\.\d+)?) saat"#), "make the video $1 seconds"),
        (word(#"setengah saat|separuh saat|half saat"#), "0.5 seconds"),
        (word(#"dari (?:saat |detik )?(\d+(?:\.\d+)?)(?: saat)? (?:sampai|hingga|ke) (?:saat |detik )?(\d+(?:\.\d+)?)(?: saat)?"#), "from $1 seconds to $2 seconds"),
        (word(#"(?:kat|di|pada) (?:hujung|akhir)(?: video)? (\d+(?:\.\d+)?) saat"#), "at the end over $1 seconds"),
        (#"(\d+(?:\.\d+)?)\s*saat(?![\p{L}])"#, "$1 seconds"),
        // Speed: "Video tu lambatkan jadi separuh speed", "Video tu buat laju 6x".
        (#"(?:^|(?<=[.,]\s?))\s*(?:please\s+)?(\#(malayPart))\s+"# + word(#"lambatkan|perlahankan|slowkan"#), "slow down $1"),
        (#"(?:^|(?<=[.,]\s?))\s*(?:please\s+)?(\#(malayPart))\s+"# + word(#"lajukan|cepatkan"#), "speed up $1"),
        (#"(?:^|(?<=[.,]\s?))\s*(?:please\s+)?(\#(malayPart))\s+"# + word(#"buat laju|jadi laju|buat cepat"#) + #"\s+(\d+(?:\.\d+)?x)"#, "play $1 at $2 speed"),
        (word(#"jadi separuh (?:speed|kelajuan)|separuh (?:speed|kelajuan)"#), "to half speed"), (word(#"separuh"#), "half"),
        // Looks and motion: "Jadikan hitam putih", "Gambar pertama buat zoom in perlahan-lahan".
        (word(#"hitam putih"#), "black and white"), (word(#"lebih terang|terangkan"#), "brighter"), (word(#"lebih gelap|gelapkan"#), "darker"),
        (word(#"perlahan-lahan|pelan-pelan|slow-slow"#), "slowly"),
        (#"(?:^|(?<=[.,]\s?))\s*(?:please\s+)?(\#(malayPart))\s+"# + word(#"buat|bagi"#) + #"\s+(zoom in|zoom out|pan left|pan right)\b"#, "$2 on $1"),
        // Pictures and their order: "gambar pertama" (the first picture), "klip kedua", "gambar yang last tu".
        (word(#"pertama"#), "first"), (word(#"kedua"#), "second"), (word(#"ketiga"#), "third"), (word(#"keempat"#), "fourth"), (word(#"terakhir|akhir sekali"#), "last"),
        (word(#"(gambar|foto|klip|clip|video)(?: yang)? (first|second|third|fourth|last)(?: (?:tu|ni|itu|ini))?"#), "the $2 $1"),
        (word(#"the (first|second|third|fourth|last) (gambar|foto) (\d+(?:\.\d+)?) seconds"#), "make the $1 photo $3 seconds"),
        (word(#"(?:video|klip|clip) (?:tu|ni|itu|ini)"#), "the video clip"), (word(#"(gambar|foto) (?:tu|ni|itu|ini)"#), "that photo"),
        (word(#"gambar|foto"#), "photo"), (word(#"klip"#), "clip"), (word(#"semua"#) + #"(?=\s*[.!?]*\s*$)"#, "everything"), (word(#"semua"#), "all"),
        // Verbs: "buang" (remove), "letak" (put), "tukar X jadi Y" (change), "tukar X dengan file" (replace), "tambah" (add).
        (word(#"tajuk"#), "the title"),
        (word(#"tukar|tukarkan|ubah|tukar ke"#) + #"\s+(\#(malayPart))\s+"# + word(#"dengan"#) + #"\s+(?=[\w.-]+\.\p{L}{2,4}\b)"#, "replace $1 with "),
        (word(#"tukar|tukarkan|ubah"#) + #"\s+(\#(malayPart))\s+"# + word(#"jadi|kepada|ke"#) + #"(?=\s|$)"#, "change $1 to"),
        (word(#"buang|buangkan|padam|keluarkan"#), "remove"), (word(#"letak|letakkan|masukkan"#), "put"), (word(#"tambah|tambahkan"#), "add"),
        (word(#"buat jadi|jadikan|buat"#), "make it"), (word(#"guna|gunakan"#), "use"), (word(#"antara"#), "between"), (word(#"untuk"#), "for"),
        (word(#"lepas tu|lepas itu|pastu|lepastu"#), "then"), (word(#"kat|dekat"#), "at"), (word(#"hujung"#), "the end"), (word(#"lagu|muzik"#), "music"),
        (word(#"sikit"#), "a bit"), (word(#"yang|je|jer|ni|tu|itu|ini"#), ""),
        (#"\bthe the\b"#, "the"), (#"[ \t]{2,}"#, " "), (#"\s+(?=[.,!?])"#, ""),
    ]
}
