import Foundation

/// Chinese written with English words of the editing vocabulary in it ("每张photo 3秒，不要transition",
/// "现在video多长？", "caption放到top"): the English words become the Chinese ones the Chinese rules read.
/// Only for text that is mostly Chinese (never "make the video 更短", read as English), only words next to
/// Chinese, and never a part of a file name (bgm_lofi.mp3, video1.mp4) or words in quotes.
extension RulePlanner {
    static let englishInChinese: [(String, String)] = [
        ("fade[- ]?in", "淡入"), ("fade[- ]?out", "淡出"),
        ("videos?|vids?", "视频"), ("photos?|pics?|pictures?|images?|imgs?", "照片"),
        ("transitions?", "转场"), ("captions?|subtitles?|subs", "字幕"), ("titles?", "标题"),
        ("music|bgm|songs?", "音乐"), ("volume", "音量"), ("clips?", "片段"),
        ("top", "顶部"), ("bottom", "底部"), ("vertical", "竖屏"), ("horizontal|landscape", "横屏"),
        ("length|duration", "时长"),
    ]

    static func chineseWithEnglishWords(_ text: String) -> String {
        guard !hasKana(text) else { return text }
        let han = text.unicodeScalars.filter { (0x4E00...0x9FFF).contains($0.value) }.count
        guard han >= 2 else { return text }
        // "视频改成20s", "转场0.5 sec", "等500ms": seconds written the English way.
        let text = outsideQuotes(text) { replacing($0, [(#"(?<=\d)\s*ms(?![\w.-])"#, "毫秒"), (#"(?<=\d)\s*(?:s|secs?|seconds?)(?![\w.-])"#, "秒")]) }
        let latinWords = Numbers.allMatches(#"(?<![\w.-])[A-Za-z]+(?![\w.-])"#, in: text).map { $0.groups[0].lowercased() }
        let others = latinWords.filter { w in w != "fade" && w != "in" && w != "out" && !englishInChinese.contains { has(w, "^(?:\($0.0))$") } }
        guard !latinWords.isEmpty, han >= 2 * others.count else { return text }
        return outsideQuotes(text) { part in
            var t = part
            for (english, chinese) in englishInChinese {
                // Next to Chinese (a space between, as `spacedScripts` leaves it, or none) on one side at least.
                t = replacing(t, #"(?i)(?<![\w.-])(?:(?<=[\p{Han}，。、？！：；]\s?)(?:\#(english))(?![\w.-])|(?:\#(english))(?=\s?[\p{Han}，。、？！：；]))"#, chinese)
            }
            // "现在 视频 多长": the spaces between scripts go with the English.
            return t == part ? t : replacing(t, #"(?<=[\p{Han}，。、？！：；])\s+(?=[\p{Han}，。、？！：；])"#, "")
        }
    }

    /// "先放冲泡视频，再放两张茶的照片" with brewing.mp4 the only clip: that clip, called by what it shows in Chinese,
    /// where it is placed (never "用这些做个视频", the new video itself, nor "把门店视频里的路人去掉", a part of it).
    static func onlyClipSaidInChinese(_ text: String, context: PlannerContext) -> String {
        guard text.contains("视频") else { return text }
        let clips = context.media.filter { !isAudio($0) && !EditOperation.looksLikeStill($0) }
        guard clips.count == 1 else { return text }
        let name = (clips[0] as NSString).lastPathComponent
        // Only words no file's name has ("爷爷的视频" with 爷爷_散步.mp4 is that name's, read as it is), and no
        // Chinese name at all: the files are named in another language.
        guard !context.media.contains(where: { ($0 as NSString).lastPathComponent.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }) else { return text }
        return substitute(text, #"(?<=[放先再])((?:(?![做个一这那些整全成的])\p{Han}){2,4})视频"#) { g in " \(name) " }
    }
}
