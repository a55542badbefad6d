import Foundation

/// Durations and amounts in digits and words, English and Chinese: "60-second", "1 min",
/// "half a minute", "90s", "thirty seconds", "30秒", "一分钟", "35%", "a third".
enum Numbers {
    static let englishUnits: [String: Int] = [
        "zero": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
        "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    static let englishTens: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]

    /// A number written in English words ("forty five", "forty-five", "twelve"), or digits.
    static func english(_ s: String) -> Double? {
        let t = s.trimmingCharacters(in: .whitespaces)
        if let d = Double(t) { return d }
        var total = 0
        var any = false
        for word in t.split(whereSeparator: { $0 == " " || $0 == "-" }) {
            let w = String(word)
            if let u = englishUnits[w] { total += u; any = true }
            else if let tens = englishTens[w] { total += tens; any = true }
            else if w == "hundred" { total = max(1, total) * 100; any = true }
            else if w == "and" { continue }
            else { return nil }
        }
        return any ? Double(total) : nil
    }

    static let chineseDigits: [Character: Int] = [
        "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]

    /// 三十, 二十五, 十五, 一百, 半 (0.5), or digits.
    static func chinese(_ s: String) -> Double? {
        if let d = Double(s) { return d }
        if s == "半" { return 0.5 }
        var total = 0, current = 0
        var any = false
        for ch in s {
            if let d = chineseDigits[ch] { current = d; any = true }
            else if ch == "十" { total += max(1, current) * 10; current = 0; any = true }
            else if ch == "百" { total += max(1, current) * 100; current = 0; any = true }
            else { return nil }
        }
        return any ? Double(total + current) : nil
    }

    static let numberWord = #"(?:\d+(?:\.\d+)?|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a|an))"#

    /// The first duration in the text, in milliseconds.
    static func duration(in text: String) -> Int? {
        let t = text.lowercased()
        if t.range(of: #"\bhalf (?:a |an )?minute\b"#, options: .regularExpression) != nil { return 30_000 }
        if t.range(of: #"\b(?:a )?minute and a half\b"#, options: .regularExpression) != nil { return 90_000 }
        let unit = #"(?:-|\s)?(seconds?|secs?|s|minutes?|mins?|m)\b"#
        if let m = firstMatch(#"\b(\#(numberWord))\#(unit)"#, in: t), let n = english(m[1]) {
            return Int((n * (m[2].hasPrefix("m") ? 60_000 : 1000)).rounded())
        }
        if let m = firstMatch(#"([零〇一二两三四五六七八九十百半\d.]+)\s*(秒钟|秒|分钟|分)"#, in: text), let n = chinese(m[1]) {
            return Int((n * (m[2].hasPrefix("分") ? 60_000 : 1000)).rounded())
        }
        return nil
    }

    /// A percentage or fraction: "35%", "35 percent", "a third", "half", "百分之三十".
    static func fraction(in text: String) -> Double? {
        let t = text.lowercased()
        if let m = firstMatch(#"(\d+(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)"#, in: t), let n = Double(m[1]) { return n / 100 }
        if let m = firstMatch(#"百分之([零〇一二两三四五六七八九十百\d]+)"#, in: text), let n = chinese(m[1]) { return n / 100 }
        let fractions: [(String, Double)] = [("a third", 1.0 / 3), ("one third", 1.0 / 3), ("a quarter", 0.25),
                                             ("one quarter", 0.25), ("two thirds", 2.0 / 3), ("half", 0.5)]
        for (word, value) in fractions where t.range(of: #"\b\#(word)\b"#, options: .regularExpression) != nil { return value }
        return nil
    }

    /// Capture groups of the first match (index 0 is the whole match).
    static func firstMatch(_ pattern: String, in text: String) -> [String]? {
        guard let re = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]),
              let m = re.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        return (0..<m.numberOfRanges).map { i in
            Range(m.range(at: i), in: text).map { String(text[$0]) } ?? ""
        }
    }
}
