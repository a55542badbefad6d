import Foundation

/// Phrasing families read before the rules: a topic said first and taken up by "it" ("The photo
/// c.png, put it in the first place"), and traditional Chinese characters as the simplified ones
/// the rules read (調大聲, 導出).
extension RulePlanner {
    /// A clause that only names a thing: "The photo c.png", "The title", "the music".
    static let topicOnly = #"^(?:the |this |that |my )?(?:(?:(?:video|movie|drone|short) (?=clip))?(?:photo|picture|pic|image|clip|video|shot|file|title|caption|text|music|song|end card)\s*)(?:[\w-]+\.(?:jpe?g|png|heic|webp|mp4|mov|webm|m4v|mp3|m4a|wav)|\d+)?[.!]?$|^(?:the |this |that )?[\w-]+\.(?:jpe?g|png|heic|webp|mp4|mov|webm|m4v|mp3|m4a|wav)[.!]?$"#

    /// "The title, put it at the top": the named thing stands in for "it" in the clause after it.
    static func takeUpTopics(_ parts: [String]) -> [String] {
        guard parts.count > 1 else { return parts }
        var out = parts
        var i = 0
        while i < out.count - 1 {
            var topic = replacing(out[i], #"[.!]$"#, "")
            var taken = false
            // "use b.mp4 as the hook, move it to the start": the file is the topic of the request after it.
            if let m = Numbers.firstMatch(#"^(?:use|take|have) ((?:the )?[\w-]+\.(?:jpe?g|png|heic|webp|mp4|mov|webm|m4v)|(?:the )?(?:first|second|third|last) (?:clip|photo|picture|shot|one)) as (?:the |my |our |a )?(?:hook|opener|intro|opening(?: shot)?|cold open)$"#, in: topic) {
                topic = m[1]
            }
            // "The video clip in the middle is too long, make it 2 seconds shorter", "the middle clip drags,
            // make it 1 second shorter": the thing complained of is "it". "the video bit in the middle, cut
            // it down to 2 sec", "the first photo, trim it": a thing placed by its position, said alone, too.
            if let m = Numbers.firstMatch(#"^((?:the|this|that|my|our) (?:[\w-]+ ){0,3}?(?:clip|video|vid|photo|picture|pic|image|shot|scene|slide|title|caption|text|end card|one|bit|part|section|fades|transitions|crossfades|dissolves|fade(?:[- ](?:in|out))?)(?: (?:in the middle|at the (?:start|end|beginning)))?|[\w-]+\.(?:jpe?g|png|heic|webp|mp4|mov|webm|m4v))(?: (?:is|looks|seems|feels|'s|are|look|seem|feel|'re) (?:still |way |much |far |a bit |a little |kinda |kind of |really |just )*too (?:long|short|big|small|large|fast|slow|dark|bright|quick)| (?:starts?|begins?|comes? in|ends?|stops?) (?:way |much |a bit |a little |kinda )*too (?:early|late|soon)| (?:(?:still |kinda |really |just )?(?:drags|is dragging|drags on|goes on (?:too long|forever)|takes too long|is way too long)(?: (?:a bit|a little|a lot|on))?))?[.!]?$"#, in: topic),
               m[0] != m[1] || has(m[1], #"\b(?:middle|first|second|third|fourth|last|final)\b"#),
               // "…too long, cut it" says neither how much nor whether to remove it: left as said.
               !has(out[i + 1], #"^(?:just |so )?(?:cut|trim) (?:it|them)[.!]?$"#) {
                topic = m[1]
                taken = true
            }
            if (has(topic, topicOnly) || taken || topic != replacing(out[i], #"[.!]$"#, "")), has(out[i + 1], #"\b(?:it|them)\b"#), !has(out[i + 1], #"^(?:is|it'?s|it is|was)\b"#) {
                let re = Regexes.shared.get(#"\b(?:it|them)\b"#)
                let ns = out[i + 1] as NSString
                if let m = re.firstMatch(in: out[i + 1], range: NSRange(location: 0, length: ns.length)) {
                    out[i + 1] = ns.replacingCharacters(in: m.range, with: topic.lowercased())
                    out.remove(at: i)
                    continue
                }
            }
            i += 1
        }
        return out
    }

    /// Traditional characters the rules' words use, as simplified ones.
    static let simplifiedChars: [Character: Character] = [
        "樂": "乐", "聲": "声", "調": "调", "導": "导", "畫": "画", "標": "标", "題": "题", "長": "长", "視": "视",
        "頻": "频", "轉": "转", "場": "场", "開": "开", "變": "变", "換": "换", "點": "点", "張": "张", "圖": "图",
        "個": "个", "顯": "显", "後": "后", "刪": "删", "減": "减", "這": "这", "為": "为", "靜": "静",
        "間": "间", "時": "时", "鐘": "钟", "幾": "几", "邊": "边", "頭": "头",
        "從": "从", "設": "设", "縮": "缩", "輕": "轻", "響": "响", "嗎": "吗", "讓": "让", "濾": "滤",
        "鏡": "镜", "復": "复", "製": "制", "裡": "里", "橫": "横", "豎": "竖", "寬": "宽",
        "編": "编", "輯": "辑", "擊": "击", "動": "动", "處": "处", "與": "与", "們": "们",
        "麼": "么", "還": "还", "給": "给", "黃": "黄", "紅": "红", "綠": "绿", "藍": "蓝", "執": "执",
        // (Taiwan's everyday words too: "前兩個對調", "現在影片總共幾秒", "幫我", "順序", "單一".)
        "對": "对", "現": "现", "總": "总", "兩": "两", "幫": "帮", "順": "顺", "單": "单", "隊": "队", "寫": "写", "帶": "带",
        "來": "来", "過": "过", "會": "会", "說": "说", "請": "请", "條": "条", "發": "发", "專": "专", "當": "当", "該": "该",
        "應": "应", "選": "选", "關": "关", "剛": "刚", "樣": "样", "種": "种", "舊": "旧", "聽": "听", "見": "见", "體": "体",
        "實": "实", "漸": "渐", "結": "结", "線": "线", "號": "号", "頁": "页", "讀": "读", "語": "语", "講": "讲", "壓": "压",
        "蓋": "盖", "齊": "齐", "錄": "录", "話": "话", "節": "节", "歡": "欢", "亂": "乱", "團": "团", "週": "周", "門": "门",
        "電": "电", "車": "车", "東": "东", "歲": "岁", "幀": "帧", "檔": "档", "傳": "传", "顏": "颜", "無": "无", "沒": "没",
    ]

    /// `keeping`: the session's file names (and their names without the extension), kept as written ("配樂用夜市音樂.mp3"
    /// named no file once its 樂 was simplified).
    static func simplified(_ text: String, keeping names: [String] = []) -> String {
        let t = plainQuotes(text)
        // Japanese ("5秒長くして", "先頭に") keeps its own characters: kana marks it, and its table reads them.
        guard t.contains(where: { simplifiedChars[$0] != nil }), !hasKana(t) else { return t }
        // The names, longest first, held aside as private-use characters the table never changes.
        let kept = names.filter { $0.contains(where: { simplifiedChars[$0] != nil }) && t.contains($0) }.sorted { $0.count > $1.count }.prefix(200)
            .enumerated().map { (name: $0.element, mark: String(UnicodeScalar(0xE000 + $0.offset).map(Character.init) ?? " ")) }
        var held = t
        for k in kept { held = held.replacingOccurrences(of: k.name, with: k.mark) }
        // Words in quotes are the person's own: "個title改做 '全場8折'" keeps its 場.
        var out = outsideQuotes(held) { String($0.map { simplifiedChars[$0] ?? $0 }) }
        // (A whole file name keeps a space from the words before it: "配樂用夜市音樂.mp3" is "use 夜市音樂.mp3", never a file
        // "配乐用夜市音樂.mp3".)
        for k in kept { out = out.replacingOccurrences(of: k.mark, with: k.name.contains(".") ? " \(k.name) " : k.name) }
        return out
    }

    /// German and French quotation marks as the quotes the rules read: „Danke fürs Zuschauen!“,
    /// »Eintritt frei«, « Bonjour » (the rules mask quotes as «0», so guillemets never reach them).
    static func plainQuotes(_ text: String) -> String {
        guard text.contains(where: { $0 == "„" || $0 == "»" || $0 == "«" }) else { return text }
        // (French first when a « opens the first quote: « Hello » par « Pain chaud » is two quotes, never » par « one.)
        let german = (#"»([^«\n]*)«"#, "“$1”"), french = (#"«\s*([^»\n]*?)\s*»"#, "“$1”")
        let frenchFirst = text.first(where: { $0 == "»" || $0 == "«" }) == "«"
        return replacing(text, [(#"„([^“”\n]*)[“”]"#, "“$1”")] + (frenchFirst ? [french, german] : [german, french]))
    }
}
