import Foundation

/// Mandarin as Taiwan writes it: Traditional characters (simplified before the Chinese rules read them, see
/// `simplified`) and its own words: "影片" (video), "直式"/"橫式" (vertical/horizontal), "復原" (undo), "對調" (swap),
/// "裁切" (crop), "總共幾秒" (how long), the Bopomofo particle "ㄌ" (了). Read as the mainland words the Chinese rules know
/// ("前兩個對調" and "復原" were not understood; "照片跟影片" made a video of the photos only). Words in quotes are never
/// changed.
extension RulePlanner {
    static let taiwaneseAsMainland: [(String, String)] = [
        (#"ㄌ"#, "了"),
        (#"影片"#, "视频"), (#"直式"#, "竖屏"), (#"横式"#, "横屏"), (#"对调"#, "交换"), (#"裁切"#, "裁剪"),
        // "復原" alone (or "復原一下"): undo.
        (#"^\s*(?:帮我|请)?复原(?:一下)?(?:吧|好了)?\s*[。！!]*\s*$"#, "撤销"),
        // "現在影片總共幾秒？": how long it is.
        (#"(?:总共|总长|全长|一共)(?:有)?(?:几|多少)秒"#, "多长"),
        // "照片不要裁切，整張都要看得到": the whole picture, said again.
        (#"([，,]\s*)?(?:整张|全部|整个画面)都要(?:看得到|看得见|出现)"#, ""),
        // "第一張照片放久一點，改成 6 秒": the longer showing is the length said next.
        (#"放久一点\s*[，,]\s*(?:改成|变成|设成)"#, "改成"),
        // "前兩個對調": the first two swapped.
        (#"前(?:两|2)(?:个|段|张)?(?:交换|对调|互换)(?:一下)?"#, "第一个和第二个交换"),
        // "第二段靜音，現場太吵了": beside a mute, the noise there is why.
        (#"[，,]\s*(?:因为)?(?:现场|背景|环境|那边|外面|风声|人声)(?:的声音)?(?:太|很|超|好)吵(?:了|啦)?[。！!]*$"#, ""),
    ]

    static func taiwaneseRead(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { (0x4E00...0x9FFF).contains($0.value) || $0.value == 0x310C }) else { return text }
        return outsideQuotes(text) { replacing($0, taiwaneseAsMainland) }
    }

    /// The session's file names and their names without the extension (what `simplified` keeps as written).
    static func keptNames(_ context: PlannerContext) -> [String] {
        let files = (context.media + context.draft.tracks.flatMap { $0.segments.compactMap(\.src) }).map { ($0 as NSString).lastPathComponent }
        return Array(Set(files + files.map { ($0 as NSString).deletingPathExtension }.filter { $0.count >= 2 }))
    }
}
