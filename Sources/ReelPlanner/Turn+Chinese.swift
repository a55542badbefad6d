import Foundation

/// What changed, said in Chinese for a request written in Chinese. The edits word their changes
/// in English (`EditOperation.apply`); each known sentence has its Chinese form here, with the
/// numbers, names and quoted words carried over. A sentence with no form here stays as it is.
extension EditSession {
    static let chineseChanges: [(pattern: String, words: String)] = [
        (#"^Set the length to ([\d.]+) seconds\.$"#, "视频时长改为 $1 秒。"),
        (#"^Made an? ([\d.]+)-second video on coloured backgrounds with the title "(.*)"\.$"#, "做了一个 $1 秒的彩色背景视频，标题是“$2”。"),
        (#"^Made an? ([\d.]+)-second video on coloured backgrounds\.$"#, "做了一个 $1 秒的彩色背景视频。"),
        (#"^Changed the canvas to (\d+)x(\d+) \((.+)\)\.$"#, "画面改为 $1x$2（$3）。"),
        (#"^Set the frame rate to (\d+) fps\.$"#, "帧率改为 $1 fps。"),
        (#"^Filled the frame with (.+)\.$"#, "$1 铺满画面。"),
        (#"^Fitted whole, over a blurred background, (.+)\.$"#, "$1 完整显示，背景模糊填充。"),
        (#"^Trimmed (.+?) to start ([\d.]+) s in and to ([\d.]+) s long\.$"#, "$1 从第 $2 秒开始，剪成 $3 秒。"),
        (#"^Trimmed (.+?) to ([\d.]+) s long\.$"#, "$1 剪成 $2 秒。"),
        (#"^Showed (.+?) for ([\d.]+) s\.$"#, "$1 显示 $2 秒。"),
        (#"^Trimmed (.+?) to start ([\d.]+) s in\.$"#, "$1 从第 $2 秒开始。"),
        (#"^Set (.+) to ([\d.]+)x speed\.$"#, "$1 改为 $2 倍速。"),
        (#"^Moved (.+) to position (\d+)\.$"#, "$1 移到第 $2 个。"),
        (#"^Removed the transitions between all clips\.$"#, "去掉了所有转场。"),
        (#"^Removed the transitions after (.+)\.$"#, "去掉了 $1 后面的转场。"),
        (#"^Removed the music\.$"#, "去掉了背景音乐。"),
        (#"^There was no music to remove\.$"#, "本来就没有背景音乐。"),
        (#"^There was no (?:title|caption|end card|text|lowerthird) to remove\.$"#, "本来就没有这段文字。"),
        (#"^Removed the colour look\.$"#, "去掉了色调。"),
        (#"^Removed the colour look from (.+)\.$"#, "去掉了 $1 的色调。"),
        (#"^Removed (.+)\.$"#, "删除了 $1。"),
        (#"^Replaced (.+) with (.+)\.$"#, "用 $2 替换了 $1。"),
        (#"^Put (.+) at the start\.$"#, "把 $1 放在开头。"),
        (#"^Put (.+) at the end\.$"#, "把 $1 放在结尾。"),
        (#"^Put (.+) at position (\d+)\.$"#, "把 $1 放在第 $2 个。"),
        (#"^Duplicated (.+)\.$"#, "复制了 $1。"),
        (#"^Added (\w+) transitions \(([\d.]+) s\) between all clips\.$"#, "所有片段之间加了 $1 转场（$2 秒）。"),
        (#"^Added (\w+) transitions \(([\d.]+) s\) after (.+)\.$"#, "$3 后面加了 $1 转场（$2 秒）。"),
        (#"^Applied the black and white look\.$"#, "改成了黑白。"),
        (#"^Applied the (.+) look\.$"#, "用了 $1 色调。"),
        (#"^Applied the colour adjustment\.$"#, "调整了颜色。"),
        (#"^Set fade in from black \(([\d.]+) s\) and fade out to black \(([\d.]+) s\)\.$"#, "开头从黑色淡入（$1 秒），结尾淡出到黑色（$2 秒）。"),
        (#"^Set fade in from black \(([\d.]+) s\)\.$"#, "开头从黑色淡入（$1 秒）。"),
        (#"^Set fade out to black \(([\d.]+) s\)\.$"#, "结尾淡出到黑色（$1 秒）。"),
        (#"^Added a title "(.*)" from ([\d.]+) to ([\d.]+) s\.$"#, "加了标题“$1”（$2–$3 秒）。"),
        (#"^Added a caption "(.*)" from ([\d.]+) to ([\d.]+) s\.$"#, "加了字幕“$1”（$2–$3 秒）。"),
        (#"^Added an end card "(.*)" from ([\d.]+) to ([\d.]+) s\.$"#, "加了片尾“$1”（$2–$3 秒）。"),
        (#"^Added (.+) as background music at (\d+)%\.$"#, "加了背景音乐 $1，音量 $2%。"),
        (#"^Set the music to (\d+)%\.$"#, "背景音乐音量改为 $1%。"),
        (#"^Set the music to fade in over ([\d.]+) s and fade out over ([\d.]+) s\.$"#, "背景音乐淡入 $1 秒、淡出 $2 秒。"),
        (#"^Set the music to fade in over ([\d.]+) s\.$"#, "背景音乐淡入 $1 秒。"),
        (#"^Set the music to fade out over ([\d.]+) s\.$"#, "背景音乐淡出 $1 秒。"),
        (#"^The music now starts at ([\d.]+) s and stops at ([\d.]+) s\.$"#, "背景音乐从第 $1 秒开始，到第 $2 秒停止。"),
        (#"^The music now starts at ([\d.]+) s\.$"#, "背景音乐从第 $1 秒开始。"),
        (#"^The music now stops at ([\d.]+) s\.$"#, "背景音乐到第 $1 秒停止。"),
        (#"^The music now loops to fill the video\.$"#, "背景音乐循环播放到结尾。"),
        (#"^The music now plays once\.$"#, "背景音乐只播放一遍。"),
        (#"^Muted the clips' own sound\.$"#, "片段原声已静音。"),
        (#"^Turned the clips' own sound back on\.$"#, "片段原声已恢复。"),
        (#"^Muted the sound of (.+)\.$"#, "$1 已静音。"),
        (#"^Set the sound of (.+) to (\d+)%\.$"#, "$1 的声音改为 $2%。"),
        (#"^The music now dips under the voice\.$"#, "有人声时背景音乐会自动压低。"),
        (#"^The music no longer dips under the voice\.$"#, "背景音乐不再随人声压低。"),
        (#"^Changed (.+)\.$"#, "修改了 $1。"),
        (#"^Put (\d+) items? on the timeline in order\.$"#, "按顺序把 $1 个素材放上了时间线。"),
        (#"^Added the script as (\d+) captions? from ([\d.]+) to ([\d.]+) s\.$"#, "把脚本分成 $1 条字幕（$2–$3 秒）。"),
        (#"^Added a slow zoom in to (.+)\.$"#, "给 $1 加了缓慢推近。"),
        (#"^Added a slow zoom out to (.+)\.$"#, "给 $1 加了缓慢拉远。"),
        (#"^Added a slow pan (left|right|up|down) to (.+)\.$"#, "给 $2 加了缓慢平移（$1）。"),
        (#"^Added a slow still to (.+)\.$"#, "$1 保持静止。"),
        (#"^Turned the slow zoom off for (.+)\.$"#, "关掉了 $1 的缓慢缩放。"),
        (#"^Gave (.+) the (.+) style and a gentle rise\.$"#, "$1 改为 $2 样式，并缓缓升入。"),
        (#"^Gave (.+) the (.+) style and a fade\.$"#, "$1 改为 $2 样式，并淡入。"),
        (#"^Gave (.+) the (.+) style\.$"#, "$1 改为 $2 样式。"),
        (#"^Gave (.+) a gentle rise\.$"#, "$1 改为缓缓升入。"),
        (#"^Gave (.+) a fade\.$"#, "$1 改为淡入。"),
        (#"^Added the voiceover (.+) at ([\d.]+) s\.$"#, "在第 $2 秒加了旁白 $1。"),
        (#"^The sound is kept as mixed \(no loudness normalisation\)\.$"#, "声音保持原样混音（不做响度标准化）。"),
        (#"^Undid the last change\.$"#, "已撤销上一步。"),
        (#"^Undid the last (\d+) changes\.$"#, "已撤销最近 $1 步。"),
        (#"^Redid the change\.$"#, "已重做。"),
    ]

    /// How the edits name clips and shapes, in Chinese: "clip 2 (b)", "all 3 clips", "9:16 vertical".
    static let chineseNames: [(String, String)] = [
        (#"\bclip (\d+) \(([^)]*)\)"#, "第$1段（$2）"), (#"\bclips (\d+) and (\d+)\b"#, "第$1段和第$2段"), (#"\bclip (\d+)\b"#, "第$1段"),
        (#"\bthe title "([^"]*)""#, "标题“$1”"), (#"\bthe caption "([^"]*)""#, "字幕“$1”"), (#"\bthe end card "([^"]*)""#, "片尾“$1”"),
        (#"\bthe text "([^"]*)""#, "文字“$1”"), (#"\blower-third\b"#, "下三分之一"),
        (#"\ball (\d+) clips\b"#, "全部 $1 段"), (#"\bvertical\b"#, "竖屏"), (#"\blandscape\b"#, "横屏"), (#"\bsquare\b"#, "方形"),
    ]

    /// One change in Chinese, or as it was when it has no Chinese form.
    static func inChinese(_ change: String) -> String {
        if let said = chineseSentence(change) { return said }
        // One change can be said in several sentences ("Put 3 items on the timeline in order.
        // Added song.mp3 as background music at 35%."): each is said on its own.
        let sentences = RulePlanner.replacing(change, #"(?<=\.) (?=(?:Put|Added|Set|Applied|Changed|Removed|Trimmed|The|Muted|Turned|Gave|Filled|Fitted|Moved|Replaced|Duplicated) )"#, "\n")
            .split(separator: "\n").map(String.init)
        guard sentences.count > 1 else { return change }
        return sentences.map { chineseSentence($0) ?? $0 }.joined()
    }

    private static func chineseSentence(_ change: String) -> String? {
        for (pattern, words) in chineseChanges where RulePlanner.has(change, pattern) {
            return RulePlanner.replacing(RulePlanner.replacing(change, pattern, words), chineseNames)
        }
        return nil
    }
}
