import Foundation

/// Durations and amounts in digits and words, English and Chinese: "60-second", "1 min",
/// "half a minute", "90s", "thirty seconds", "1 minute 30 seconds", "30秒", "一分钟", "一分半",
/// "35%", "a third".
enum Numbers {
    static let englishUnits: [String: Int] = [
        "zero": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
        "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    static let englishTens: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]

    /// A number written in English words ("forty five", "forty-five", "twelve", "half a"), or digits.
    static func english(_ s: String) -> Double? {
        let t = s.trimmingCharacters(in: .whitespaces).lowercased()
        if let d = Double(t) { return d }
        if t == "half a" || t == "half an" || t == "half" { return 0.5 }
        if t == "a quarter" || t == "quarter" || t == "a quarter of a" || t == "quarter of a" { return 0.25 }
        if t == "three quarters" || t == "three quarters of a" { return 0.75 }
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

    /// A number in digits or words; a word is whole ("as" is not "a s", "ones" not "one s").
    static let numberWord = #"(?:\d+(?:\.\d+)?|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a|an)(?![a-z]))"#
    /// A number spelled out ("fifteen", "forty-five", "a hundred"), not "a" or "an" alone.
    static let spelledNumber = #"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))?|(?:a |one )?hundred|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?![a-z])"#
    /// A number, or "half a" ("half a second").
    static let amount = #"(?:half an?(?![a-z])|half(?=[- ](?:second|sec|s)\b)|(?:a |three )?quarters?(?: of a)?(?![a-z])|\#(numberWord))"#
    static let secondsUnit = #"(?:seconds?|secs?|s)\b"#
    static let chineseNumber = #"[零〇一二两三四五六七八九十百\d.]+"#

    /// The first duration in the text, in milliseconds.
    static func duration(in text: String) -> Int? {
        let t = text.lowercased()
        if has(t, #"\bhalf (?:a |an )?minute\b"#) { return 30_000 }
        if has(t, #"\b(?:a |one )?minute and a half\b"#) { return 90_000 }
        if let m = firstMatch(#"\b(\#(numberWord)) and a half (minutes?|mins?|seconds?|secs?|s)\b"#, in: t), let n = english(m[1]) {
            return Int(((n + 0.5) * (m[2].hasPrefix("m") ? 60_000 : 1000)).rounded())
        }
        // "1 minute 30 seconds", "1 min and 30 s", "1m30s"
        if let m = firstMatch(#"\b(\#(numberWord))[- ]?(?:minutes?|mins?|m),? ?(?:and )?(\#(numberWord))[- ]?\#(secondsUnit)"#, in: t),
           let a = english(m[1]), let b = english(m[2]) {
            return Int((a * 60_000 + b * 1000).rounded())
        }
        // "1 min 15", "2 minutes 30": the seconds said bare after the minutes.
        if let m = firstMatch(#"\b(\#(numberWord))[- ]?(?:minutes?|mins?),? ?(?:and )?([0-5]?\d)(?=\s*(?:$|[.,;!?]|long\b|total\b|please\b))"#, in: t),
           let a = english(m[1]), let b = Double(m[2]) {
            return Int((a * 60_000 + b * 1000).rounded())
        }
        if let m = firstMatch(#"\b(\#(amount))[- ]?(ms|milliseconds?|seconds?|secs?|s|minutes?|mins?|m)\b"#, in: t), let n = english(m[1]) {
            let unit = m[2]
            let scale = unit.hasPrefix("ms") || unit.hasPrefix("milli") ? 1.0 : (unit.hasPrefix("m") ? 60_000 : 1000)
            return Int((n * scale).rounded())
        }
        // 一分半, 一分钟三十秒, 1分30秒
        if let m = firstMatch(#"(\#(chineseNumber))\s*分(?!之)钟?\s*(?:(半)|(\#(chineseNumber))\s*秒)"#, in: text), let a = chinese(m[1]) {
            let b = m[2].isEmpty ? (chinese(m[3]) ?? 0) * 1000 : 30_000
            return Int((a * 60_000 + b).rounded())
        }
        if let m = firstMatch(#"([零〇一二两三四五六七八九十百半\d.]+)\s*(毫秒|秒钟|秒|分钟|分(?!之))"#, in: text), let n = chinese(m[1]) {
            let scale = m[2] == "毫秒" ? 1.0 : (m[2].hasPrefix("分") ? 60_000 : 1000)
            return Int((n * scale).rounded())
        }
        return nil
    }

    /// A percentage or fraction: "35%", "35 percent", "a third", "half", "百分之三十".
    static func fraction(in text: String) -> Double? {
        let t = text.lowercased()
        if let m = firstMatch(#"(\d+(?:\.\d+)?)\s*(?:%|percents?\b|per ?cents?\b)"#, in: t), let n = Double(m[1]) { return n / 100 }
        // Spoken: "like fifteen percent", "fifty per cent".
        if let m = firstMatch(#"\b(\#(spelledNumber))[ -]?(?:percents?\b|per ?cents?\b)"#, in: t), let n = english(m[1]) { return n / 100 }
        if let m = firstMatch(#"百分之([零〇一二两三四五六七八九十百\d]+)"#, in: text), let n = chinese(m[1]) { return n / 100 }
        let fractions: [(String, Double)] = [("a third", 1.0 / 3), ("one third", 1.0 / 3), ("a quarter", 0.25),
                                             ("one quarter", 0.25), ("two thirds", 2.0 / 3), ("three quarters", 0.75), ("half", 0.5),
                                             // "one fifth of its full volume", "a tenth of the level".
                                             ("two fifths", 0.4), ("three fifths", 0.6), ("a fifth", 0.2), ("one fifth", 0.2), ("a tenth", 0.1), ("one tenth", 0.1)]
        // ("one-fifth", "one-third": hyphenated the same.)
        for (word, value) in fractions where has(t, #"\b\#(word.replacingOccurrences(of: " ", with: "[- ]"))\b"#) { return value }
        if has(t, #"一半"#) { return 0.5 }
        return nil
    }

    static func has(_ text: String, _ pattern: String) -> Bool {
        Regexes.shared.firstMatch(pattern, in: text) != nil
    }

    /// Capture groups of the first match (index 0 is the whole match; "" for a group that did not take part).
    static func firstMatch(_ pattern: String, in text: String) -> [String]? {
        guard let m = Regexes.shared.firstMatch(pattern, in: text) else { return nil }
        return (0..<m.numberOfRanges).map { i in
            Range(m.range(at: i), in: text).map { String(text[$0]) } ?? ""
        }
    }

    /// Every match, with its groups and where it starts (UTF-16 offset).
    static func allMatches(_ pattern: String, in text: String) -> [(groups: [String], location: Int)] {
        Regexes.shared.matches(pattern, in: text).map { m in
            ((0..<m.numberOfRanges).map { i in Range(m.range(at: i), in: text).map { String(text[$0]) } ?? "" }, m.range.location)
        }
    }
}

extension RulePlanner {
    /// "make it 99999999999999999999 seconds": a number (outside quotes) with more than nine digits before its
    /// point is no length, level or place of anything in a video, and would overflow the arithmetic that reads it;
    /// the request is refused whole, with the number named.
    static func refusingOversizedNumber(_ instruction: String) -> Plan? {
        // (A JSON field that is an id or a time, `"edit_date": 1741950522`, `"chat": {"id": -1001987654321}`, is no length or
        // level: a chat platform's update carries them.)
        let fields = replacing(instruction, #""[A-Za-z_]{0,40}(?:id|Id|ID|date|Date|stamp|Stamp|_at|At|_ts)"\s*:\s*-?\d+"#, " ")
        let outside = replacing(fields, #"["“«「『][^"”»」』]*["”»」』]|(?:^|(?<=[\s:=(]))['‘][^'’]*['’]"#, " ")
        var plan = Plan()
        // "speed b.mp4 to 1e2x", "music 1e5%": a number in exponent form is never read in part (it was 2x and 5%).
        if let m = Numbers.firstMatch(#"(?<![\w.#])(\d*\.?\d+e[+-]?\d)(?=(?:x|s|ms|sec|secs)\b|(?!\w|\.\w))"#, in: outside) {
            plan.declined.append("I read numbers written as plain digits, not \(m[1]), so nothing was changed. Say, for example, \"make it 30 seconds\" or \"music at 20%\".")
            return plan
        }
        guard let m = Numbers.firstMatch(#"(?<![\w.,#])(-?(?:\d{10,}|\d{1,3}(?:,\d{3}){3,})(?:\.\d+)?)(?![\w,])|(?<![\w.])(\d*\.?\d+e\+?\d{2,})(?![\w])"#, in: outside) else { return nil }
        plan.declined.append("The number \(m[1] + m[2]) is too large for any length, level or place in a video, so nothing was changed. Say, for example, \"make it 30 seconds\" or \"music at 20%\".")
        return plan
    }
}
