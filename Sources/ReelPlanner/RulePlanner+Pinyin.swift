import Foundation

/// Requests written in pinyin (Mandarin typed without its characters, tones left out), alone or mixed with English:
/// "yinyue xiao yidian" (the music a bit quieter), "ba b.mp4 shan diao" (remove b.mp4), "biaoti gai cheng '…'" (change
/// the title to …), "bian shu ping" (make it vertical), "3 miao" (3 seconds), "chexiao" (undo). Read as the English the
/// rules read: the editing words, the places ("kaitou", "zui hou", "diyi ge") and the soft endings ("ba", "le", "a")
/// dropped. Words in quotes and file names are never translated. Read first, by a marker of words no English (nor any
/// other language read here) request has.
extension RulePlanner {
    /// Words only a pinyin request has.
    static let pinyinMarker = word(#"yinyue|peiyue|yidian|zhaopian|tupian|shipin|miao|biaoti|zimu|heibai|hei bai|chexiao|che xiao|shanchu|shan diao|shandiao|qudiao|qu diao|guandiao|guan diao|suoduan|danru|danchu|shengyin|yinliang|kaishi|kaitou|diyi ?ge|di yi ge|di er ge|dier ge|di san ge|zuihou|zui hou|shuping|shu ping|hengping|heng ping|fang zai|fang dao|bu yao|tai da le|tai chang le|duo chang|duochang|jingyin|zaoyin|quanbu|xianzai"#)

    /// What a pinyin request names before its verb ("ba b.mp4 shan diao"): any words up to a comma or a full stop, and
    /// file names ("b.mp4") whole.
    static let pinyinPart = #"(?:[^.,]|\.(?=[\p{L}\p{N}]))+?"#

    /// The music, however it is said: "yinyue", "beijing yinyue" (background music), "peiyue" (the score).
    static let pinyinMusic = #"(?:beijing ?yinyue|yinyue|peiyue|bgm)(?: de)?(?: (?:yinliang|shengyin))?"#

    /// Pinyin as English, longer phrases first.
    static let pinyinAsEnglish: [(String, String)] = [
        // Courtesy: "qing …", "bang wo …", "mafan …" (please).
        (#"^\s*"# + word(#"qing|qing ni|bang wo|mafan(?: ni)?|laoban"#) + #"\s*,?\s*"#, "please "),
        // Questions: "xianzai shipin duo chang?", "shipin you ji miao", "zong chang duoshao".
        (word(#"(?:xianzai )?(?:zhege |zhe ge )?(?:shipin |zong ?chang |zong shichang )?(?:xianzai )?(?:you )?(?:duo ?chang|duo jiu|ji miao|duoshao miao|duoshao)(?: shijian)?(?: le)?(?: ne| a| ya)?"#) + #"\s*\??"#, "how long is the video?"),
        // Undo said alone: "chexiao", "che xiao yixia", "huanyuan" (back as it was).
        (#"^\s*(?:please\s+)?"# + word(#"(?:chexiao|che xiao|huanyuan|huan yuan|hui dao shang yi bu)(?: yixia| yi xia)?(?: ba| le)?"#) + #"\s*[.!]*\s*$"#, "undo"),
        // Everything removed at once: "quanbu shanchu" (asked, never done).
        (word(#"(?:quanbu|dou|quan) (?:shanchu|shan ?diao|shan)(?: le| ba)?|shanchu quanbu|quanbu dou shan(?:chu| ?diao)"#), "delete everything"),
        // Noise is never a clip to remove: "ba b.mp4 li de zaoyin qudiao" (the noise in it, which Reel cannot clean).
        (#"(?:^|(?<=[.,]\s?))\s*(?:please\s+)?(?:ba\s+)?(\#(pinyinPart))\s+(?:li ?(?:mian )?de |de )?"# + word(#"zaoyin (?:qu ?diao|qu ?chu|shan ?diao|shanchu|bu yao)(?: le| ba)?"#), " remove the background noise from $1"),
        (word(#"zaoyin"#), "the background noise"),
        // A clip's own sound: "b.mp4 de shengyin guan diao" (mute it), "ba b.mp4 jingyin".
        (#"(?:^|(?<=[.,]\s?))\s*(?:please\s+)?(?:ba\s+)?(\#(pinyinPart))\s+(?:de |li de )?"# + word(#"(?:shengyin|yuansheng|yuan sheng) (?:guan ?diao|qu ?diao|jingyin|bu yao|mei le)(?: le| ba)?|jingyin(?: le| ba)?"#), " mute $1"),
        (word(#"jingyin|guan ?diao shengyin"#), "mute"),
        // "…, 只要 music" (only the music wanted): why the clip was muted, never a request of its own.
        (#",?\s*(?:只要|只留|zhi yao|zhiyao|zhi liu)\s*(?:背景音乐|音乐|music|yinyue|beijing yinyue)(?: jiu xing)?\s*[.!]*\s*$"#, ""),
        // The music: "yinyue tiao dao 20%" (set to), "yinyue xiao yidian" (quieter), "yinyue tai da le" (too loud).
        (word(pinyinMusic + #" (?:tiao|gai|she|fang)(?: ?dao| ?cheng| ?wei| ?zai) (\d+(?:\.\d+)?\s*%)"#), "set the music to $1"),
        (word(pinyinMusic + #" (?:zai |geng )?(?:xiao|di|qing|ruo) ?(?:yi ?dian|dian)(?: er)?(?: ba)?|(?:tiao|nong|gao) ?(?:xiao|di)(?: yi ?dian)? "# + pinyinMusic), "make the music quieter"),
        (word(pinyinMusic + #" (?:zai |geng )?(?:da|xiang) ?(?:yi ?dian|dian)(?: er)?(?: ba)?|(?:tiao|nong|gao) ?da(?: yi ?dian)? "# + pinyinMusic), "make the music louder"),
        (word(pinyinMusic + #" (?:tai|you dian|youdian) (?:da|chao|xiang|da sheng)(?: le)?"#), "the music is too loud"),
        (word(pinyinMusic + #" (?:tai|you dian|youdian) (?:xiao|xiao sheng|qing)(?: le)?"#), "the music is too quiet"),
        // Said again after a change: "hai shi tai da, zai xiao yidian" (still too loud, a bit quieter).
        (word(#"hai ?(?:shi )?(?:you dian |tai )(?:da|chao|xiang)(?: le)?"#), "still too loud"), (word(#"hai ?(?:shi )?(?:you dian |tai )xiao(?: le)?"#), "still too quiet"),
        (word(#"zai (?:xiao|di|qing) ?(?:yi ?)?dian(?: er)?"#), "a bit quieter"), (word(#"zai da ?(?:yi ?)?dian(?: er)?"#), "a bit louder"),
        (#"^\s*(?:please\s+)?"# + word(#"xiao ?(?:yi ?)?dian"#) + #"\s*[.!]*\s*$"#, "a bit quieter"),
        // The music's time: "beijing yinyue cong di 5 miao kaishi" (starts at 5 s), "yinyue 8 miao jieshu" (ends at 8 s).
        (word(pinyinMusic + #" (?:cong |zai )?(?:di )?(\d+(?:\.\d+)?) ?miao(?: de shihou)? (?:kaishi|chulai|jin ?lai|xiang)"#), "start the music at $1 seconds"),
        (word(pinyinMusic + #" (?:zai |dao )?(?:di )?(\d+(?:\.\d+)?) ?miao(?: de shihou)? (?:jieshu|tingzhi|ting)"#), "end the music at $1 seconds"),
        // "peiyue yong bgm.mp3" (the music: bgm.mp3), "yinyue huan cheng x.mp3".
        (word(pinyinMusic + #" (?:yong|huan ?cheng|gai ?cheng|huan)"#) + #"\s+([\p{L}\p{N}_-]+\.(?:mp3|m4a|wav|aac|ogg|flac))"#, "use $1 as the music"),
        // "bu yao yinyue le", "ba yinyue shan diao" (no music).
        (word(#"bu yao (?:"# + pinyinMusic + #")(?: le)?|(?:shan ?diao|shanchu|qu ?diao|guan ?diao|na ?diao) "# + pinyinMusic + #"|(?:ba )?"# + pinyinMusic + #" (?:shan ?diao|shanchu|qu ?diao|guan ?diao|na ?diao|bu yao)(?: le| ba)?"#), "remove the music"),
        (word(pinyinMusic), "the music"),
        // The canvas: "bian shu ping" (vertical), "heng ping" (landscape), "fang xing" (square).
        (word(#"(?:bian ?cheng |gai ?cheng |nong ?cheng |zuo ?cheng |bian |gai )?(?:shu ?ping|shu ban|shu de)(?: de)?"#), "make it vertical"),
        (word(#"(?:bian ?cheng |gai ?cheng |nong ?cheng |zuo ?cheng |bian |gai )?(?:heng ?ping|heng ban)(?: de)?"#), "make it horizontal"),
        (word(#"(?:bian ?cheng |gai ?cheng |nong ?cheng |zuo ?cheng |bian |gai )?(?:zheng ?)?fang ?xing(?: de)?"#), "make it square"),
        // Looks: "bian cheng heibai de" (black and white), "liang yidian" (brighter), "tai an le" (too dark).
        (word(#"(?:bian ?cheng |gai ?cheng |nong ?cheng |zuo ?cheng |bian |gai )?hei ?bai(?: de)?"#), "make it black and white"),
        (word(#"(?:tai|you dian) an(?: le)?"#), "it is too dark"), (word(#"(?:liang|geng liang) ?(?:yi ?)?dian|tiao liang"#), "brighter"), (word(#"an ?(?:yi ?)?dian|tiao an"#), "darker"),
        // Fades: "kaitou danru 1 miao" (fade in 1 s at the start), "jiewei danchu 2 miao" (fade out at the end).
        (word(#"(?:kaitou |kai tou |yi kaishi )?danru (\d+(?:\.\d+)?) ?miao"#), "fade in $1 seconds at the start"),
        (word(#"(?:jiewei |zui ?hou |jieshu de shihou )?danchu (\d+(?:\.\d+)?) ?miao"#), "fade out $1 seconds at the end"),
        (word(#"danru"#), "fade in"), (word(#"danchu"#), "fade out"),
        // Where a picture goes: "c.png fang zai diyi ge" (first), "ba a.jpg fang dao zui hou" (last).
        (#"(?:^|(?<=[.,]\s?))\s*(?:please\s+)?(?:ba\s+)?(\#(pinyinPart))\s+"# + word(#"(?:fang|yi|nuo|pai|bai)(?: ?zai| ?dao)? (?:di ?yi ?ge|di ?yi ?wei|zui ?qian ?(?:mian)?|kai ?tou|qian ?mian)"#), " move $1 to the start"),
        (#"(?:^|(?<=[.,]\s?))\s*(?:please\s+)?(?:ba\s+)?(\#(pinyinPart))\s+"# + word(#"(?:fang|yi|nuo|pai|bai)(?: ?zai| ?dao)? (?:zui ?hou ?(?:mian|yi ?ge)?|hou ?mian|jiewei)"#), " move $1 to the end"),
        // "video bu yong dong" (leave the video as it is).
        (#"(?:^|(?<=[.,]\s?))\s*(?:the\s+)?(\#(pinyinPart))\s+"# + word(#"bu ?yong ?dong|bie dong|bu yao dong|bu dong"#), " don't touch the $1"),
        // Removing: "ba b.mp4 shan diao" (said after it), "shan diao di er ge" (before it).
        (#"(?:^|(?<=[.,]\s?))\s*(?:please\s+)?(?:ba\s+)?(\#(pinyinPart))\s+"# + word(#"(?:shan ?diao|shanchu|qu ?diao|na ?diao|jian ?diao|bu yao(?! dong))(?: le| ba)?"#), " remove $1"),
        (word(#"shan ?diao|shanchu|qu ?diao|na ?diao|jian ?diao"#), "remove"),
        // Order words: "diyi ge" (the first), "di er ge" (the second), "zui hou yi ge" (the last).
        (word(#"di ?yi ?(?:ge|zhang)(?: (?:zhaopian|tupian|shipin|pianduan))?"#), "the first clip"), (word(#"di ?er ?(?:ge|zhang)(?: (?:zhaopian|tupian|shipin|pianduan))?"#), "the second clip"),
        (word(#"di ?san ?(?:ge|zhang)(?: (?:zhaopian|tupian|shipin|pianduan))?"#), "the third clip"), (word(#"zui ?hou ?yi ?(?:ge|zhang)(?: (?:zhaopian|tupian|shipin|pianduan))?"#), "the last clip"),
        // Texts: "biaoti gai cheng '…'" (change the title to …), "zui hou jia yi ge zimu '…'" (add a caption at the end).
        (word(#"biaoti|da biaoti"#), "the title"), (word(#"zimu|wenzi"#), "caption"),
        (word(#"(the title|caption) (?:gai ?cheng|huan ?cheng|gai ?wei|gai)"#), "change $1 to"),
        (word(#"(?:tianjia|jia ?shang|jia|tian)(?: yi ?ge| ge)?"#), "add a"),
        (word(#"kaitou|kai tou|yi kaishi"#), "at the start"), (word(#"zui ?hou|jiewei|jie wei"#), "at the end"),
        // Lengths: "mei zhang zhaopian 3 miao" (each photo 3 s), "suoduan dao 8 miao" (shorten to 8 s), "tai chang le".
        (word(#"yong (?:zhe ?(?:ji|xie) ?(?:zhang |ge )?|suoyou (?:de )?|quanbu (?:de )?)?(?:zhaopian|tupian|sucai)(?: he shipin)? zuo (?:yi ?ge |ge )?(\d+(?:\.\d+)?) ?miao de shipin"#), "make a $1 seconds video from these photos"),
        (word(#"zuo (?:yi ?ge |ge )?(\d+(?:\.\d+)?) ?miao de shipin"#), "make a $1 seconds video"),
        (word(#"(?:the )?(?:zhege )?shipin (?:you dian |tai )chang(?: le)?"#), "the video is too long"), (word(#"(?:the )?(?:zhege )?shipin (?:you dian |tai )duan(?: le)?"#), "the video is too short"),
        (word(#"(?:suo ?duan|jian ?duan|jian|suo) (?:dao|cheng) (\d+(?:\.\d+)?) ?miao"#), "shorten it to $1 seconds"), (word(#"(?:la ?chang|yan ?chang) (?:dao|cheng) (\d+(?:\.\d+)?) ?miao"#), "lengthen it to $1 seconds"),
        (word(#"(?:bian ?cheng|gai ?cheng|nong ?cheng|zuo ?cheng) (\d+(?:\.\d+)?) ?miao"#), "make it $1 seconds"),
        (word(#"mei ?(?:yi ?)?(?:zhang|ge) (?:zhaopian|tupian|zhao ?pian)"#), "each photo"), (word(#"mei ?(?:yi ?)?ge (?:shipin|pianduan)"#), "each clip"),
        (#"(\d+(?:\.\d+)?)\s*miao(?:zhong)?(?![\p{L}])"#, "$1 seconds"),
        (word(#"zhaopian|tupian"#), "photos"), (word(#"shipin"#), "the video"), (word(#"xianzai"#), ""),
        // Small words: "ba" (before what is acted on), "de", and the soft endings ("ba", "le", "a", "ya", "ne").
        (#"(?:,\s*|\s+)"# + word(#"ba|le|a|ya|la|ne|ma|ha|o"#) + #"(?=\s*[.!?]*\s*$)"#, ""),
        (#"^\s*"# + word(#"ba"#) + #"\s+"#, ""), (word(#"de"#) + #"(?=\s*[,.!?]|\s*$)"#, ""),
        (#"[ \t]{2,}"#, " "), (#"\s+(?=[.,!?])"#, ""),
    ]
}
