import Foundation

/// A script split into caption lines a viewer can read: sentence by sentence, long sentences
/// broken at word boundaries (or anywhere in CJK), each timed by its length.
enum Script {
    static let maxLatin = 42
    static let maxWide = 16

    static func lines(_ script: String) -> [String] {
        // "Croissant $3.50', 'Sourdough loaf $8": quoted lines listed one after another are lines each.
        let listed = RulePlanner.replacing(script, #"\s*['"‘’“”]\s*[,;]\s*['"‘’“”]\s*"#, "\n")
        var sentences: [String] = []
        var current = ""
        let chars = Array(listed)
        for (i, ch) in chars.enumerated() {
            if ch == "\n" || ch == "\r" {
                sentences.append(current)
                current = ""
                continue
            }
            current.append(ch)
            // "$3.50", "2.5 km": a point between digits ends no sentence.
            if ch == ".", i > 0, i + 1 < chars.count, chars[i - 1].isNumber, chars[i + 1].isNumber { continue }
            if ".!?。！？；;".contains(ch) {
                sentences.append(current)
                current = ""
            }
        }
        sentences.append(current)
        return sentences.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.flatMap(split)
    }

    /// "'Sync in 1 click' from 0:03 to 0:06, then 'AI summaries' from 0:06 to 0:09": quoted words each
    /// with its own time are captions each, not a script spread over the video.
    static func isTimedTexts(_ text: String) -> Bool {
        let q = #"(?:"[^"]+"|“[^”]+”|'[^']+'|‘[^’]+’)"#
        let time = #"(?:from|between|at|starting at)\s+\S+(?:\s*(?:s|secs?|seconds?))?(?:\s+(?:to|and|until|till|-)\s+\S+(?:\s*(?:s|secs?|seconds?))?)?"#
        return RulePlanner.has(text, #"^\s*\#(q)\s*,?\s*\#(time)(?:\s*(?:,|;|and|then|,\s*then|,\s*and)\s*\#(q)\s*,?\s*\#(time))+[\s.!]*$"#)
    }

    /// "title "1 in 5 children goes hungry" and then a caption "You can change that"": texts named by kind, each
    /// with its quoted words, read as requests (never a script of captions).
    static func isNamedTexts(_ text: String) -> Bool {
        let q = #"(?:"[^"]+"|“[^”]+”|'[^']+'|‘[^’]+’)"#
        let kind = #"(?:(?:a|an|the)\s+)?(?:title|caption|subtitle|end ?card|headline|lower third)\s*:?\s*"#
        return RulePlanner.has(text, #"^\s*\#(kind)\#(q)(?:\s*(?:,|;|and|then|,\s*then|and then|,\s*and|followed by)\s*\#(kind)\#(q))+[\s.!]*$"#)
    }

    static func isWide(_ ch: Character) -> Bool {
        guard let v = ch.unicodeScalars.first?.value else { return false }
        return (0x2E80...0x9FFF).contains(v) || (0xAC00...0xD7A3).contains(v) || (0xFF00...0xFF60).contains(v)
    }

    static func split(_ sentence: String) -> [String] {
        let wide = sentence.filter(isWide).count > sentence.count / 2
        let limit = wide ? maxWide : maxLatin
        guard sentence.count > limit else { return [sentence] }
        if wide { return splitWide(sentence, limit: limit) }
        var out: [String] = []
        var line = ""
        for word in sentence.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > limit {
                out.append(line)
                line = String(word)
            } else {
                line += line.isEmpty ? String(word) : " " + word
            }
        }
        if !line.isEmpty { out.append(line) }
        return out
    }

    /// CJK has no spaces: a long sentence breaks first after its commas, then into even lines,
    /// never inside a run of Latin letters or digits ("40小时" stays whole with its number) and
    /// never with punctuation at the start of a line.
    static func splitWide(_ sentence: String, limit: Int) -> [String] {
        // Units that must not be cut: a run of ASCII letters/digits (with what follows a number), or one character.
        var units: [String] = []
        for ch in sentence {
            if let last = units.last, let l = last.last,
               (ch.isASCII && (ch.isLetter || ch.isNumber || ch == "." || ch == "%") && l.isASCII && (l.isLetter || l.isNumber || l == "."))
                || "，、。！？；：）」』”’,.!?;:)".contains(ch) {
                units[units.count - 1].append(ch)
            } else {
                units.append(String(ch))
            }
        }
        // A number keeps its unit: "40小时", "5折", "99元".
        let twoCharUnits: Set<String> = ["小时", "分钟", "公里", "公斤", "千克", "毫升", "厘米", "毫米", "平米", "英寸", "个月", "周年", "星期", "万元", "块钱"]
        let oneCharUnits: Set<Character> = Set("元块个岁天年月日号次件张只台位人分秒度折倍米克斤升层楼周")
        var merged: [String] = []
        var i = 0
        while i < units.count {
            var u = units[i]
            if u.last?.isNumber == true, u.last?.isASCII == true {
                if i + 2 < units.count, units[i + 1].count == 1,
                   twoCharUnits.contains(String(units[i + 1].prefix(1) + units[i + 2].prefix(1))) {
                    u += units[i + 1] + units[i + 2]
                    i += 2
                } else if i + 1 < units.count, let first = units[i + 1].first, oneCharUnits.contains(first) {
                    u += units[i + 1]
                    i += 1
                }
            }
            merged.append(u)
            i += 1
        }
        units = merged
        func length(_ us: ArraySlice<String>) -> Int { us.reduce(0) { $0 + $1.count } }
        var out: [String] = []
        var start = 0
        while start < units.count {
            let remaining = length(units[start...])
            if remaining <= limit { out.append(units[start...].joined()); break }
            let lines = (remaining + limit - 1) / limit
            let target = (remaining + lines - 1) / lines
            var end = start, count = 0, lastComma: Int?
            while end < units.count, count + units[end].count <= limit {
                count += units[end].count
                if "，、,".contains(units[end].last!), count >= target / 2 { lastComma = end + 1 }
                end += 1
                if count >= target { break }
            }
            if let comma = lastComma, comma > start, comma < end { end = comma }
            if end == start { end = start + 1 }
            out.append(units[start..<end].joined())
            start = end
        }
        return out
    }

    /// Start and length (ms) of each line across `span` ms, by character count, at least 1.2 s each.
    static func timing(_ lines: [String], from start: Int, span: Int) -> [(start: Int, duration: Int)] {
        let weights = lines.map { Double(max(8, $0.count)) }
        let total = weights.reduce(0, +)
        var t = Double(start)
        return weights.map { w in
            let d = max(1200, Double(span) * w / total)
            defer { t += d }
            return (Int(t.rounded()), Int(d.rounded()))
        }
    }

    /// Background colours suggested by the words, else a calm default palette.
    static func palette(for text: String) -> [String] {
        let t = text.lowercased()
        let themes: [(String, [String])] = [
            (#"coffee|café|cafe|bakery|chocolate|咖啡"#, ["#3e2723", "#6d4c41", "#a1887f"]),
            (#"ocean|sea|beach|water|travel|海"#, ["#0d47a1", "#0288d1", "#26c6da"]),
            (#"forest|nature|garden|green|eco|plant|森林|自然"#, ["#1b5e20", "#388e3c", "#7cb342"]),
            (#"sale|summer|sun|deal|offer|促销|夏"#, ["#e65100", "#f57c00", "#fbc02d"]),
            (#"night|music|party|club|夜"#, ["#1a237e", "#4a148c", "#880e4f"]),
            (#"tech|app|software|startup|ai\b|科技"#, ["#0f172a", "#1e3a8a", "#0ea5e9"]),
        ]
        for (pattern, colors) in themes where RulePlanner.has(t, pattern) { return colors }
        return ["#1e293b", "#334155", "#475569"]
    }
}
