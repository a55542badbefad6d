import Foundation

/// Cantonese as Hong Kong writes it, often mixed with English: "d music細聲啲 唔該" (the music a bit quieter, please),
/// "第二條片刪咗佢" (delete the second clip), "c.png 放第一", "加個caption喺底 寫 New Arrival", "而家條片幾長?". Read as
/// the Mandarin the Chinese rules read: its own words ("咗", "唔", "喺", "佢", "啲", "而家", "條片") become the Mandarin
/// ones, its courtesy ("唔該") and reasons ("型啲", cooler) are dropped. Words in quotes and file names are never
/// changed. Read first, before the traditional characters are simplified, and only with a Cantonese word in the request.
extension RulePlanner {
    /// Characters and words only Cantonese writes (never Mandarin, simplified or traditional).
    static let cantoneseMarker = #"[咗唔啲喺佢嘅係冇嗰喇嘢咁乜俾畀嚟哋啱晒]|而家|細[聲声]|[细小大][聲声](?:啲|少少)|少少|次序|[做整][條条]|(?<=[A-Za-z0-9_.])先(?=\s|[，,]|$)|條片|直度|打橫|最尾|改做|(?<![\w.])d(?=\s?(?:\p{Han}|music|bgm|song|photos?|pics?|clips?|videos?)\b)|(?<=\p{Han})d(?![\w.])"#

    /// Cantonese as Mandarin, longer phrases first.
    static let cantoneseAsMandarin: [(String, String)] = [
        // Courtesy and particles: "唔該(晒)" (please, thanks), "la", "喇", "囉" closing a request.
        (#"[，,]?\s*唔該(?:晒|你)?\s*"#, " "), (#"(?<=\p{Han})\s*(?:la|lah|wor|ga)(?![\w.])\s*"#, " "), (#"[喇囉啦](?=\s|[，,。!！?？]|$)"#, ""),
        // Reasons that ask nothing: "型啲" (cooler), "靚啲" (nicer) said after a request.
        (#"[，,]\s*(?:咁樣|咁)?(?:會|会)?(?:型|靚|好睇|正)(?:啲|d|好多|多啲)?\s*(?=[，,。!！]|$)"#, ""),
        // Louder and quieter: "細聲啲", "細聲少少" (a bit quieter), "大聲啲".
        // (Mandarin's own "小声一点", "大声" are left as they are.)
        (#"細\s*[聲声]\s*(?:啲|d(?![\w.])|少少|一啲|小小)?"#, "小声一点"), (#"[细小]\s*[聲声]\s*(?:啲|d(?![\w.])|少少|一啲|小小)"#, "小声一点"),
        (#"大\s*[聲声]\s*(?:啲|d(?![\w.])|少少|一啲|小小)"#, "大声一点"),
        (#"([快慢長长短亮暗光])(?:啲|d|少少|一啲)(?![\w.])"#, "$1一点"), (#"少少"#, "一点"),
        // A clip's own sound: "b.mp4 d聲" (b.mp4's sound).
        (#"(?:d|啲)\s*[聲声](?:音)?"#, "的声音"),
        // "用晒d相" (use all the photos), "d相" (the photos), "d music" (the music): "d"/"啲" before a thing is "the".
        (#"用晒\s*(?:d|啲)?\s*(?:相|相片|photos?|pics?|照片|圖|图)"#, "用所有照片"), (#"(?:d|啲)\s*(?:相|相片)"#, "照片"), (#"(?<![\w.])(?:相片|(?<=[用每])相)"#, "照片"),
        (#"(?<![\w.])(?:d|啲)\s*(?=\p{Han}|music|bgm|song|photo|pic|clip|video)"#, ""),
        // The video: "第二條片" (the second clip), "條片" (the video), "做條15秒片" (a 15-second video).
        (#"第([一二三四五六七八九十\d]+)\s*(?:條|条|個|个|段)\s*(?:片段|片|clip|video)"#, "第$1个片段"),
        (#"(?:做|整)(?:一)?[條条]\s*(\d+(?:\.\d+)?)\s*秒\s*(?:嘅|的)?片"#, "做一个$1秒的视频"), (#"(?:整|做)(?:一)?[條条]片"#, "做一个视频"),
        (#"[條条]片"#, "视频"), (#"整(?=[一個个])"#, "做"),
        // Removing: "刪咗佢" (delete it), "唔要" (not wanted).
        (#"([刪删剪除])咗(?:佢|佢哋)?"#, "$1掉"), (#"唔要"#, "不要"), (#"唔好"#, "不要"), (#"唔"#, "不"),
        // Places: "喺底" (at the bottom), "喺頂/上面" (at the top), "放第一" (first), "放最尾" (last).
        (#"喺\s*(?:最)?底(?:部|下|度)?"#, "在底部"), (#"喺\s*(?:最)?(?:頂|顶)(?:部)?"#, "在顶部"), (#"喺"#, "在"),
        (#"([\w-]+\.[A-Za-z0-9]{2,4})\s*放(?:喺|在)?\s*(?:第一(?:個|个|位)?|最頭|最前)"#, "$1 first"), (#"([\w-]+\.[A-Za-z0-9]{2,4})\s*放(?:喺|在)?\s*(?:最尾|最後|最后)(?:個|个|位)?"#, "$1 last"),
        (#"\s*放(?:喺|在)?\s*第一(?:個|个|位)?"#, "放最前面"), (#"\s*放(?:喺|在)?\s*(?:最尾|最後|最后)(?:個|个|位)?"#, "放最后面"), (#"最尾"#, "最后"),
        // "次序: case_clear先 然後pink 最後black": the names in that order, as a list (its "最後black" is black last, never
        // "pink 最後", pink last).
        (#"([\w.-]+)\s*先\s*[，,]?\s*然[後后]\s*([\w.-]+)\s*[，,]?\s*然[後后]\s*([\w.-]+)\s*[，,]?\s*最[後后尾]\s*([\w.-]+)"#, "$1, $2, $3, $4"),
        (#"([\w.-]+)\s*先\s*[，,]?\s*然[後后]\s*([\w.-]+)\s*[，,]?\s*最[後后尾]\s*([\w.-]+)"#, "$1, $2, $3"),
        (#"次序|排序"#, "顺序"),
        // "case_clear先" alone: the name before "先" (first) comes first.
        (#"([\w.-]+)\s*先(?=\s|[，,]|$)"#, "先$1"),
        // The canvas: "直度" (vertical), "打橫" (landscape).
        (#"直度|打直"#, "竖屏"), (#"打橫|打横|橫度|横度"#, "横屏"),
        // "title係 Mong Kok Case Shop" (the title is …): the words, unquoted, quoted so they are kept as written.
        (#"(title|標題|标题|caption|字幕)\s*(?:係|叫|是)\s*[:：]?\s*(?!['"“‘「])([A-Za-z0-9][A-Za-z0-9 '&!.-]*?)\s*(?=[，,。]|$)"#, "$1“$2”"),
        // Questions: "而家條片幾長?" (how long is it now?), "幾多秒".
        (#"而家"#, "现在"), (#"\?"#, "？"), (#"幾長|几长"#, "多长"), (#"幾多"#, "多少"),
        // The words of a text: "寫 New Arrival 新款到貨" (it says …), quoted so they are kept as written.
        (#"[寫写]\s*[:：]?\s*(?!['"“‘「])([^，,。!！?？'"“”]+?)\s*$"#, "写“$1”"),
        // Verbs and small words: "改做" (change to), "轉做" (turn into), "係" (is), "佢" (it), "咗" (done), "嘅" (of).
        (#"改做|改為|改为"#, "改成"), (#"轉做|转做"#, "转成"), (#"係"#, "是"), (#"佢哋|佢"#, "它"), (#"咗"#, "了"), (#"嘅"#, "的"),
        (#"呢個|呢个"#, "这个"), (#"嗰個|嗰个"#, "那个"), (#"冇"#, "没有"), (#"[俾畀]"#, "给"), (#"幫"#, "帮"),
        (#"[ \t]{2,}"#, " "),
    ]

    static func cantoneseRead(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { (0x4E00...0x9FFF).contains($0.value) }), has(text, cantoneseMarker) else { return text }
        return outsideQuotes(text) { replacing($0, cantoneseAsMandarin) }.trimmingCharacters(in: .whitespaces)
    }
}
