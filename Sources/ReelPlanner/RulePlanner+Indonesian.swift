import Foundation

/// Requests written in Indonesian, or Indonesian mixed with English ("hapus clip yg kedua", "ganti title jadi 'Trip
/// Bali'", "musiknya kegedean, kecilin dong", "c.png taruh di depan ya"), as the English the rules read: the editing
/// words (hapus, ganti … jadi, pindahin, taruh, tambahin, kecilin/gedein), the places (di depan, di bawah), the times
/// ("2 detik" is 2 seconds, "detik 3" the moment at 3 seconds) and the soft words ("dong", "ya", "aja", "tolong")
/// dropped. Words in quotes and file names are never translated; the answer stays in English. Read before the few
/// Indonesian words of the mixed table, by a marker of words no English (nor Spanish, French or Italian) request has.
extension RulePlanner {
    /// Words only an Indonesian request has.
    static let indonesianMarker = word(#"hapus|hapusin|ganti|gantiin|ubah|jadi|jadiin|pindahin|pindahkan|taruh|taro|geser|kegedean|kekecilan|kebesaran|kekencangan|kecilin|kecilkan|gedein|besarin|kerasin|pelanin|tiap|setiap|durasi(?:nya)?|berapa|brp|depan|belakang|bawah|atas|tengah|tambahin|tambahkan|dong|yg|yang|aja|tolong|musiknya|lagunya|musicnya|judul(?:nya)?|kedua|ketiga|keempat|pertama|terakhir|jangan|awal|akhir|detik|sekarang|dipercepat|diperlambat|percepat|perlambat|suara(?:nya)?|warnanya|gimana|bisa|nggak|gak|ngga|lebih|terang|gelap|kegelapan|kepanjangan|kependekan|transisi|dihapus|tukar|tuker|tampil|muncul|lagi|videonya|tanpa|batal|setengah|kecepatan|hangat|pendekkan|pendekin|selama|gabungkan|langsung|kembalikan|balikin|persen"#)

    /// What an Indonesian request names before its place word ("c.png taruh di depan"): any words up to a comma or a full
    /// stop, and file names ("c.png") whole.
    static let indonesianPart = #"(?:[^.,]|\.(?=[\p{L}\p{N}]))+?"#

    /// Indonesian as English, longer phrases first.
    static let indonesianAsEnglish: [(String, String)] = [
        // "-nya" written apart ("video nya", "b.mp4 nya"): the thing itself.
        (#"(?<=[\p{L}\p{N}])\s+nya(?![\p{L}])"#, ""),
        // Questions: "durasinya berapa sekarang?", "videonya berapa detik?", "berapa lama videonya?".
        (word(#"(?:durasi(?:nya)?|panjang(?:nya)?|video(?:nya)?)(?: video(?:nya)?)? (?:berapa|brp)(?: (?:detik|lama))?(?: (?:sekarang|skrg))?|(?:berapa|brp) (?:lama|detik|durasi(?:nya)?|panjang(?:nya)?)(?: (?:video(?:nya)?|durasi(?:nya)?))?(?: (?:sekarang|skrg))?"#) + #"\s*\??"#, "how long is the video?"),
        // Courtesy and soft words: "tolong …", "… dong", "… ya", "… aja".
        (#"^\s*"# + word(#"tolong|tlg|mohon|minta"#) + #"\s*,?\s*"#, "please "),
        (#"(?:,\s*|\s+)"# + word(#"dong|ya|yaa|yah|deh|sih|kak|gan|min|bro|sis|bang|bos|aja|ajah|saja|gitu|please"#) + #"(?=\s*[.!?]*\s*$)"#, ""),
        (word(#"dong|deh|sih"#), ""), (#"\s+"# + word(#"ya|yaa|dong|aja"#) + #"\s*(?=,)"#, ""),
        // Undo said alone: "undo dong", "balikin lagi", "kembaliin kayak tadi".
        // "Eh, batal, kembalikan lagi", "gak jadi deh, balikin": a change taken back, with its hesitation.
        (#"^\s*(?:please\s+)?(?:"# + word(#"eh|ah|aduh|duh|hmm|wah|waduh"#) + #"[,!.]?\s*)?(?:"# + word(#"batal|gak jadi|ga jadi|nggak jadi|ngga jadi|enggak jadi"#) + #"[,!.]?\s*)?"# + word(#"(?:undo|batalin|batalkan|balikin|kembaliin|kembalikan)(?: (?:lagi|aja|yang tadi))?(?: (?:kayak|seperti) (?:tadi|semula|sebelumnya))?"#) + #"\s*[.!]*\s*$"#, "undo"),
        // Noise is never a clip to remove: "hapus suara angin di video" (the wind noise, which Reel cannot clean).
        (word(#"suara angin"#), "the wind noise"), (word(#"(?:suara )?(?:bising|berisik|noise)(?: (?:di )?latar)?"#), "the background noise"),
        // A clip's own sound: "matiin suara b.mp4" (mute it), "suara b.mp4 dimatiin".
        // "matikan suara asli videonya, musik tetap": the clips' own sound (the music stays as it is).
        (word(#"(?:matiin|matikan|hilangin|hilangkan|hapus|bisukan|mute) suara(?:nya)? (?:asli|aslinya|bawaan)(?: (?:dari |di )?(?:video|videonya|klip|klipnya|clip|clipnya))?"#) + #"(?!\s*[\p{L}\p{N}_-]+\.(?:mp4|mov|m4v|webm))"#, "mute the clips' own sound"),
        (#",?\s*"# + word(#"(?:musik|musiknya|lagu|lagunya|music|musicnya) (?:tetap|tetep|biarin|biarkan)(?: (?:ada|aja|saja|jalan|main))?"#), ""),
        (word(#"(?:matiin|matikan|hilangin|hilangkan|hapus|bisukan|mute) suara(?:nya)?(?: (?:asli|aslinya))?(?: (?:dari|di))?"#), "mute"),
        (word(#"suara(?:nya)?(?: (?:asli|aslinya))? ([\p{L}\p{N}_-]+\.(?:mp4|mov|m4v|webm)|clip \d+|video \d+) (?:dimatiin|dimatikan|dihapus|hilangin|matiin)"#), "mute $1"),
        // The music: "musiknya kegedean" (too loud), "kecilin" (quieter), "gedein" (louder).
        (word(#"(?:the )?(?:musik|music|lagu|volume|suara)(?:nya)? (?:kegedean|kebesaran|kekencangan|kekerasan|terlalu (?:keras|kencang|kenceng|besar|gede))"#), "the music is too loud"),
        (word(#"(?:the )?(?:musik|music|lagu|volume|suara)(?:nya)? (?:kekecilan|kepelanan|terlalu (?:pelan|kecil))"#), "the music is too quiet"),
        (word(#"(?:kecilin|kecilkan|pelanin|pelankan|turunin|turunkan)(?: (?:sedikit|dikit|lagi))? (?:the )?(?:musik|music|lagu|volume)(?:nya)?"#), "make the music quieter"),
        (word(#"(?:gedein|besarin|besarkan|kerasin|keraskan|kencengin|naikin|naikkan)(?: (?:sedikit|dikit|lagi))? (?:the )?(?:musik|music|lagu|volume)(?:nya)?"#), "make the music louder"),
        // "kecilin lagi", "gedein lagi dong" said alone after a change: a bit more that way.
        (#"^\s*(?:please\s+)?"# + word(#"(?:kecilin|kecilkan|pelanin|pelankan|turunin)(?: (?:lagi|dikit|sedikit))+"#) + #"\s*[.!]*\s*$"#, "a bit quieter"),
        (#"^\s*(?:please\s+)?"# + word(#"(?:gedein|besarin|kerasin|kencengin|naikin)(?: (?:lagi|dikit|sedikit))+"#) + #"\s*[.!]*\s*$"#, "a bit louder"),
        (#"^\s*(?:please\s+)?"# + word(#"(?:lagi|tambah lagi|sedikit lagi|dikit lagi)"#) + #"\s*[.!]*\s*$"#, "a bit more"),
        (word(#"kecilin|kecilkan|pelanin|pelankan"#), "turn it down"), (word(#"gedein|besarin|kerasin|kencengin"#), "turn it up"),
        (word(#"musiknya|musicnya|lagunya"#), "the music"), (word(#"musik|lagu"#), "music"),
        // "Volume musik jadi 25 persen": the music's level set.
        (word(#"(?:the )?(?:volume(?:nya)? (?:the )?music|music(?:nya)? volume(?:nya)?|volume(?:nya)?|music)(?: (?:dijadiin|dibuat|diset|dikecilin|dikecilkan|diturunin|diturunkan|dinaikin|dinaikkan))? (?:jadi|menjadi|ke|di|sampai|jd)"#) + #"\s+(\d+(?:[.,]\d+)?)\s*(?:persen|percent|%)"#, "set the music volume to $1%"),
        (#"(?<=\d)\s*persen(?![\p{L}])"#, "%"),
        // Looks and lengths: "kegelapan" (too dark), "lebih terang" (brighter), "videonya kepanjangan" (too long).
        (word(#"(?:video|videonya|foto(?:nya)?|gambar(?:nya)?|warna(?:nya)?)?\s*(?:kegelapan|terlalu gelap)"#), "it is too dark"), (word(#"(?:video|videonya|foto(?:nya)?|gambar(?:nya)?)?\s*terlalu terang"#), "it is too bright"),
        (word(#"(?:video|videonya)?\s*(?:kepanjangan|terlalu panjang)"#), "the video is too long"), (word(#"(?:video|videonya)?\s*(?:kependekan|terlalu pendek)"#), "the video is too short"),
        // "Pendekkan videonya jadi setengahnya": half as long.
        (word(#"(?:pendekkan|pendekin|perpendek|singkatkan|potong)(?: (?:the )?video(?:nya)?)? (?:jadi|menjadi|sampai|jd) (?:setengah|separuh)(?:nya)?(?: (?:durasi|panjang)(?:nya)?)?"#), "make the video half as long"),
        (word(#"pendekkan|pendekin|perpendek|singkatkan"#), "shorten"), (word(#"panjangin|panjangkan|perpanjang"#), "lengthen"),
        // "di awal selama 4 detik": for that long.
        (word(#"selama"#) + #"(?=\s+\d)"#, "for"),
        // "Warnanya dibikin lebih hangat": the colours made warmer.
        (word(#"lebih hangat|hangatin|hangatkan|anget(?:in)?"#), "warmer"), (word(#"lebih dingin|dinginin"#), "cooler"), (word(#"hangat"#), "warm"),
        (word(#"warnanya|warna(?:-warna)?nya"#), "the colours"),
        (#"^\s*(?:please\s+)?(\#(indonesianPart))\s+"# + word(#"dibikin|dibuat|dijadiin|dijadikan"#), "make $1"),
        // "Video klipnya diperlambat, setengah kecepatan": the video clip slowed to half speed.
        (word(#"(?:video )?(?:klip|clip)nya"#), "the video clip"),
        (#"^\s*(?:please\s+)?(\#(indonesianPart))\s+"# + word(#"diperlambat|dipelanin"#), "slow down $1"), (#"^\s*(?:please\s+)?(\#(indonesianPart))\s+"# + word(#"dipercepat|dicepetin"#), "speed up $1"),
        (word(#"setengah kecepatan|kecepatan setengah|setengah speed"#), "half speed"), (word(#"(?:dua kali|2 kali|2x) (?:lebih cepat|kecepatan)"#), "twice as fast"), (word(#"kecepatan(?:nya)?"#), "speed"),
        (word(#"lebih terang|terangin"#), "brighter"), (word(#"lebih gelap|gelapin"#), "darker"), (word(#"lebih pendek"#), "shorter"), (word(#"lebih panjang"#), "longer"),
        (word(#"lebih cepat|lebih cepet"#), "faster"), (word(#"lebih lambat|lebih pelan"#), "slower"), (word(#"lebih kecil"#), "smaller"), (word(#"lebih besar|lebih gede"#), "bigger"),
        (word(#"lebih keras|lebih kencang"#), "louder"), (word(#"hitam putih"#), "black and white"),
        // "transisi fade antar foto" (fade transitions between the photos).
        (word(#"transisi(?:nya)?"#), "transitions"), (word(#"antar|di antara"#) + #"(?=\s+(?:foto|gambar|clip|klip|video))"#, "between the"),
        // "musiknya dihapus aja", "judulnya dibuang": that thing removed (said after it).
        (#"^\s*(?:please\s+)?(\#(indonesianPart))\s+"# + word(#"dihapus|dibuang|dihilangin|dihilangkan"#), "remove $1"),
        // "tukar foto pertama sama foto terakhir" (swap them); "judulnya tampil 5 detik" (shows for 5 seconds).
        (word(#"tukar|tuker|tukerin|tukarkan"#), "swap"), (word(#"tampil|muncul|nongol|ditampilkan"#), "show"),
        // Times: "2 detik" (2 seconds), "di detik 3" / "detik ke-3" (at 3 seconds), "2 detik terakhir" (the last 2 seconds).
        (#"(\d+),(\d+)(?=\s*detik(?![\p{L}]))"#, "$1.$2"),
        // "musiknya baru masuk di detik 3, jangan dari awal": the music starts there (not from the start).
        (word(#"(?:the )?music (?:baru |mulai )?(?:masuk|mulai|main|muncul|dimulai|nyala|bunyi)(?: (?:di|dari|pas|pada|mulai|setelah))? (?:detik(?: ke)?-?\s?(\d+(?:\.\d+)?)|(\d+(?:\.\d+)?) detik)"#), "start the music at $1$2 seconds"),
        (word(#"(?:the )?music (?:berhenti|selesai|stop|habis)(?: (?:di|pas|pada))? (?:detik(?: ke)?-?\s?(\d+(?:\.\d+)?)|(\d+(?:\.\d+)?) detik)"#), "end the music at $1$2 seconds"),
        (#",?\s*"# + word(#"jangan (?:dari|di|mulai) awal(?:nya)?"#), ""),
        (word(#"(?:di |pada |pas )?(\d+(?:\.\d+)?) detik (?:terakhir|akhir)"#), "for the last $1 seconds"), (word(#"(?:di |pada |pas )?(\d+(?:\.\d+)?) detik (?:pertama|awal)"#), "for the first $1 seconds"),
        (word(#"(?:di |pada |pas |mulai )?detik(?: ke)?-?\s?(\d+(?:\.\d+)?)"#), "at $1 seconds"),
        (#"(\d+(?:\.\d+)?)\s*detik(?![\p{L}])"#, "$1 seconds"),
        // Pictures and their order: "clip yg kedua" (the second clip), "foto ke-2" (photo 2), "tiap foto" (each photo).
        (word(#"pertama"#), "first"), (word(#"kedua"#), "second"), (word(#"ketiga"#), "third"), (word(#"keempat"#), "fourth"), (word(#"terakhir"#), "last"),
        (word(#"(clip|klip|photo|foto|gambar|video)(?:nya)? (?:yang |yg )?(first|second|third|fourth|last)"#), "the $2 $1"),
        (word(#"(clip|klip|foto|gambar|video)(?:nya)? ke-?\s?(\d+)"#), "$1 $2"),
        (word(#"tiap|setiap|masing-masing"#), "each"), (word(#"foto|gambar"#), "photo"), (word(#"klip"#), "clip"),
        // Where a picture goes: "c.png taruh di depan" (first), "pindahin foto 1 ke belakang" (last).
        (#"(?:^|(?<=[.,]\s?))\s*(?:please\s+)?(\#(indonesianPart))\s+"# + word(#"(?:taruh|taro|tarok|pindahin|pindah|pindahkan|letakkan|letakin|geser)"#) + #"\s+"# + word(#"(?:di|ke) (?:paling )?(?:depan|awal)"#), " move $1 to the start"),
        (#"(?:^|(?<=[.,]\s?))\s*(?:please\s+)?(\#(indonesianPart))\s+"# + word(#"(?:taruh|taro|tarok|pindahin|pindah|pindahkan|letakkan|letakin|geser)"#) + #"\s+"# + word(#"(?:di|ke) (?:paling )?(?:belakang|akhir)"#), " move $1 to the end"),
        (word(#"(?:taruh|taro|tarok|pindahin|pindah|pindahkan|letakkan|letakin|geser) (\#(indonesianPart)) (?:di|ke) (?:paling )?(?:depan|awal)"#), "move $1 to the start"),
        (word(#"(?:taruh|taro|tarok|pindahin|pindah|pindahkan|letakkan|letakin|geser) (\#(indonesianPart)) (?:di|ke) (?:paling )?(?:belakang|akhir)"#), "move $1 to the end"),
        // "pindahin ke bawah" said alone (just after a text changed): that text moved there.
        (#"^\s*(?:please\s+)?"# + word(#"(?:pindahin|pindah|pindahkan|taruh|taro|tarok|letakkan|letakin|geser)(?: (?:aja|lagi))?"#) + #"\s+"# + word(#"(?:ke|di) (?:bagian |paling )?bawah"#), "move it to the bottom"),
        (#"^\s*(?:please\s+)?"# + word(#"(?:pindahin|pindah|pindahkan|taruh|taro|tarok|letakkan|letakin|geser)(?: (?:aja|lagi))?"#) + #"\s+"# + word(#"(?:ke|di) (?:bagian |paling )?atas"#), "move it to the top"),
        (#"^\s*(?:please\s+)?"# + word(#"(?:pindahin|pindah|pindahkan|taruh|taro|tarok|letakkan|letakin|geser)(?: (?:aja|lagi))?"#) + #"\s+"# + word(#"(?:ke|di) (?:bagian )?tengah"#), "move it to the center"),
        (word(#"(?:taruh|taro|tarok|pindahin|pindah|pindahkan|letakkan|letakin|geser)"#), "move"),
        // Places: "di bawah" (at the bottom), "di atas", "di tengah", "di akhir" (at the end).
        (word(#"(?:di|ke) (?:bagian |paling )?bawah|bawah"#), "at the bottom"), (word(#"(?:di|ke) (?:bagian |paling )?atas|atas"#), "at the top"),
        (word(#"(?:di|ke) (?:bagian )?tengah"#), "in the middle"), (word(#"(?:di|pada) (?:bagian )?akhir(?: video(?:nya)?)?"#), "at the end"), (word(#"(?:di|pada) (?:bagian )?awal(?: video(?:nya)?)?"#), "at the start"),
        // "ganti title jadi 'Trip Bali'" (change the title to …), "ubah judulnya jadi …".
        (word(#"(?:the )?(?:judul(?:nya)?|title(?:nya)?)"#), "the title"), (word(#"caption(?:nya)?|teks(?:nya)?|tulisan(?:nya)?"#), "caption"),
        (word(#"ganti|gantiin|ubah|ubahin|rubah"#), "change"), (word(#"(change [^,.;]*?)\s+(?:jadi|menjadi)"#), "$1 to"),
        (word(#"bikin jadi|jadiin|buat jadi"#), "make it"),
        // Verbs and small words.
        (word(#"hapus|hapusin|buang|hilangin|hilangkan"#), "remove"), (word(#"tambahin|tambahkan|tambah|kasih"#), "add"),
        (word(#"dipercepat|percepat|cepetin"#), "speed up"), (word(#"diperlambat|perlambat|pelanin"#), "slow down"),
        (word(#"bisa(?: tolong)?|bisakah"#) + #"(?=\s+(?:remove|add|change|move|make|mute|speed|slow))"#, "can you"),
        (word(#"di video|dalam video|di dalam video"#), "in the video"),
        (word(#"tanpa"#), "without"), (word(#"langsung"#) + #"(?=\s+(?:upload|post|kirim|share|publish))"#, "straight"), (word(#"ke"#) + #"(?=\s+\p{Lu})"#, "to"),
        (word(#"jangan"#), "don't"), (word(#"yang|yg"#), ""), (word(#"dan|sama"#), "and"), (word(#"lebih"#), "more"), (word(#"videonya"#), "the video"),
        (#"[ \t]{2,}"#, " "), (#"\s+(?=[.,!?])"#, ""),
    ]
}
