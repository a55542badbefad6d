import Foundation

/// Compiled patterns, kept: the rules use a few hundred fixed patterns, and compiling one costs
/// more than matching it. Most patterns do not match most requests, so each also keeps the words a
/// match cannot do without (`RegexPrefilter`); a text without any of them is answered without ICU.
final class Regexes: @unchecked Sendable {
    static let shared = Regexes()

    struct Entry {
        let regex: NSRegularExpression
        /// Lowercased UTF-8 words, one of which every match contains; nil when there is no such set.
        let needles: [[UInt8]]?
    }

    private var compiled: [Pattern: Entry] = [:]
    /// The last text asked about, read once: the rules ask many patterns about the same words.
    private var lastText = ""
    private var lastPrint = TextPrint("")
    private let lock = NSLock()
    /// Off only to measure the prefilter against plain ICU (`reel planner-bench --reference`).
    private var filtering = true

    func setFiltering(_ on: Bool) {
        lock.lock()
        filtering = on
        lock.unlock()
    }

    /// A pattern as a key hashed by its length and ends: a String's own hash normalises every
    /// character of a pattern hundreds long on each lookup.
    struct Pattern: Hashable {
        var text: String
        func hash(into h: inout Hasher) {
            let u = text.utf8
            h.combine(u.count)
            let done: Void? = u.withContiguousStorageIfAvailable { bytes in
                h.combine(bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes.prefix(32))))
                h.combine(bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes.suffix(32))))
            }
            if done == nil {
                for b in u.prefix(32) { h.combine(b) }
                for b in u.suffix(32) { h.combine(b) }
            }
        }

        /// Byte for byte, as the hash reads it.
        static func == (a: Pattern, b: Pattern) -> Bool {
            let x = a.text.utf8, y = b.text.utf8
            guard x.count == y.count else { return false }
            let same = x.withContiguousStorageIfAvailable { p in
                y.withContiguousStorageIfAvailable { q in p.isEmpty || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0 }
            }
            return (same ?? nil) ?? x.elementsEqual(y)
        }
    }

    /// Matches nothing: what a pattern that does not compile becomes outside the tests.
    private static let never = try! NSRegularExpression(pattern: "(?!)")

    func get(_ pattern: String) -> NSRegularExpression { entry(pattern).regex }

    func entry(_ pattern: String) -> Entry {
        lock.lock()
        defer { lock.unlock() }
        let key = Pattern(text: pattern)
        if let e = compiled[key] { return e }
        // Patterns made from file names grow the set; it is a cache, so it starts over past a bound.
        if compiled.count > 4000 { compiled.removeAll(keepingCapacity: true) }
        // The patterns are the planner's own constants (and escaped file names); one that does not
        // compile is a bug that the tests stop on. A running server must not: there it matches nothing.
        let re: NSRegularExpression
        do {
            re = try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
        } catch {
            assertionFailure("planner pattern does not compile: \(pattern)")
            re = Regexes.never
        }
        let e = Entry(regex: re, needles: RegexPrefilter.needles(pattern)?.map { Array($0.utf8) })
        compiled[key] = e
        return e
    }

    /// False only when `pattern` cannot match `text`.
    func mayMatch(_ e: Entry, _ text: String) -> Bool {
        guard let needles = e.needles else { return true }
        lock.lock()
        defer { lock.unlock() }
        guard filtering else { return true }
        if text != lastText {
            lastText = text
            lastPrint = TextPrint(text)
        }
        return lastPrint.containsAny(needles)
    }

    /// The first match, or nil, as ICU answers.
    func firstMatch(_ pattern: String, in text: String) -> NSTextCheckingResult? {
        let e = entry(pattern)
        guard mayMatch(e, text) else { checkedSkip(e, text); return nil }
        return e.regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
    }

    /// Every match, as ICU answers.
    func matches(_ pattern: String, in text: String) -> [NSTextCheckingResult] {
        let e = entry(pattern)
        guard mayMatch(e, text) else { checkedSkip(e, text); return [] }
        return e.regex.matches(in: text, range: NSRange(text.startIndex..., in: text))
    }

    /// Each rewrite in turn, on one mutable string (not a new string bridged for every pattern);
    /// the text is read again only after a rewrite changed it.
    func replacing(_ text: String, _ rules: [(String, String)]) -> String {
        let t = NSMutableString(string: text)
        var current = text, print = TextPrint(text)
        lock.lock()
        let filtering = filtering
        lock.unlock()
        for (pattern, template) in rules {
            let e = entry(pattern)
            if filtering, let needles = e.needles, !print.containsAny(needles) {
                checkedSkip(e, current)
                continue
            }
            if e.regex.replaceMatches(in: t, range: NSRange(location: 0, length: t.length), withTemplate: template) > 0 {
                current = t as String
                print = TextPrint(current)
            }
        }
        return current
    }

    /// Every match of `pattern` rewritten by `template`.
    func replacing(_ text: String, _ pattern: String, _ template: String) -> String {
        let e = entry(pattern)
        guard mayMatch(e, text) else { checkedSkip(e, text); return text }
        return e.regex.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
    }

    /// A skipped pattern in a debug build (every test run) is matched anyway: a skip that hides a
    /// match is a bug in `RegexPrefilter`, and stops there.
    private func checkedSkip(_ e: Entry, _ text: String) {
        #if DEBUG
        if e.regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil {
            preconditionFailure("RegexPrefilter skipped a match of \(e.regex.pattern) in \(text)")
        }
        #endif
    }
}

/// A text as the prefilter reads it: its lowercased bytes, and which pairs of bytes occur in it.
struct TextPrint {
    /// nil when the text holds a character whose case folding is not its lowercase
    /// ("ß" folds to "ss", "ſ" to "s", "ﬁ" to "fi"): then every pattern is tried.
    private let bytes: [UInt8]?
    private var pairs = [UInt64](repeating: 0, count: 16)

    init(_ text: String) {
        if text.unicodeScalars.contains(where: { TextPrint.foldsApart($0.value) }) {
            bytes = nil
            return
        }
        let lowered = Array(text.lowercased().utf8)
        bytes = lowered
        if lowered.count > 1 {
            for i in 1..<lowered.count {
                let h = TextPrint.pair(lowered[i - 1], lowered[i])
                pairs[h >> 6] |= 1 << UInt64(h & 63)
            }
        }
    }

    private static func foldsApart(_ v: UInt32) -> Bool {
        switch v {
        case 0xDF, 0x130, 0x149, 0x17F, 0x1F0, 0x390, 0x3B0, 0x587, 0x1E96...0x1E9E, 0x1F50...0x1FFF, 0x212A, 0x212B, 0xFB00...0xFB17: true
        default: false
        }
    }

    private static func pair(_ a: UInt8, _ b: UInt8) -> Int { (Int(a) &* 31 &+ Int(b)) & 1023 }

    func containsAny(_ needles: [[UInt8]]) -> Bool {
        guard let bytes else { return true }
        return needles.contains { contains($0, in: bytes) }
    }

    private func contains(_ needle: [UInt8], in bytes: [UInt8]) -> Bool {
        guard needle.count <= bytes.count else { return false }
        if needle.count > 1 {
            for i in 1..<needle.count {
                let h = TextPrint.pair(needle[i - 1], needle[i])
                if pairs[h >> 6] & (1 << UInt64(h & 63)) == 0 { return false }
            }
        }
        return bytes.withUnsafeBufferPointer { t in
            needle.withUnsafeBufferPointer { n in
                let first = n[0], last = t.count - n.count
                var i = 0
                while i <= last {
                    if t[i] == first, memcmp(t.baseAddress! + i, n.baseAddress!, n.count) == 0 { return true }
                    i += 1
                }
                return false
            }
        }
    }
}

/// The words a pattern cannot match without. A conservative reading of ICU's syntax: a part it
/// does not know (a class, an escape, a lookaround, a backreference) requires nothing, and a
/// pattern with a branch that requires nothing has no needles at all.
enum RegexPrefilter {
    /// Lowercased words, one of which is in every match; nil when no such set is known.
    static func needles(_ pattern: String) -> Set<String>? {
        // Free spacing, quoting and comments change what the characters mean: not read.
        if pattern.contains("(?x") || pattern.contains("\\Q") || pattern.contains("(?#") { return nil }
        var reader = Reader(Array(pattern))
        guard let found = reader.alternation(), reader.atEnd else { return nil }
        return found
    }

    /// A literal the prefilter may take: no case folding surprises (ASCII, dashes and quotes, CJK).
    fileprivate static func plain(_ c: Character) -> Bool {
        guard let s = c.unicodeScalars.first, c.unicodeScalars.count == 1 else { return false }
        if s.isASCII { return true }
        return (0x2010...0x206F).contains(s.value) || (0x3000...0x9FFF).contains(s.value)
            || (0xFF01...0xFF20).contains(s.value) || (0xFF5B...0xFF65).contains(s.value)   // fullwidth punctuation
    }

    private struct Reader {
        let p: [Character]
        var i = 0
        init(_ p: [Character]) { self.p = p }
        var atEnd: Bool { i >= p.count }

        /// branch ("|" branch)*: the union of the branches' words, or nil if any branch has none.
        mutating func alternation() -> Set<String>?? {
            var all: Set<String>? = []
            while true {
                guard let branch = sequence() else { return .none }
                if let b = branch, all != nil { all!.formUnion(b) } else { all = nil }
                if i < p.count, p[i] == "|" { i += 1; continue }
                return .some(all)
            }
        }

        /// One branch: its best required part (the longest shortest word).
        /// Outer nil: a syntax this reader does not follow; inner nil: nothing required.
        mutating func sequence() -> Set<String>?? {
            var best: Set<String>?
            var run = ""
            func offer(_ s: Set<String>?) {
                guard let s, !s.isEmpty, !s.contains("") else { return }
                guard let b = best else { best = s; return }
                let a = s.map(\.count).min()!, c = b.map(\.count).min()!
                if a > c || (a == c && s.count < b.count) { best = s }
            }
            func endRun() { if !run.isEmpty { offer([run]) }; run = "" }
            while i < p.count, p[i] != "|", p[i] != ")" {
                let c = p[i]
                var atom: Set<String>? = nil   // what this atom requires, if anything
                var literal: Character?        // the atom is this one character
                var zeroWidth = false
                switch c {
                case "(":
                    i += 1
                    var lookaround = false
                    if i < p.count, p[i] == "?" {
                        i += 1
                        guard i < p.count else { return .none }
                        switch p[i] {
                        case ":", ">": i += 1
                        case "=", "!": i += 1; lookaround = true
                        case "<":
                            if i + 1 < p.count, p[i + 1] == "=" || p[i + 1] == "!" { i += 2; lookaround = true }
                            else { while i < p.count, p[i] != ">" { i += 1 }; i += 1 }   // a named group
                        default:
                            // Flags: "(?i)" alone, or "(?i:…)" as a group.
                            while i < p.count, p[i].isLetter || p[i] == "-" { i += 1 }
                            guard i < p.count else { return .none }
                            if p[i] == ")" { i += 1; zeroWidth = true; continue }
                            guard p[i] == ":" else { return .none }
                            i += 1
                        }
                    }
                    guard let inner = alternation(), i < p.count, p[i] == ")" else { return .none }
                    i += 1
                    if lookaround { zeroWidth = true } else { atom = inner }
                case "[":
                    guard skipClass() else { return .none }
                case "\\":
                    i += 1
                    guard i < p.count else { return .none }
                    let e = p[i]
                    i += 1
                    if "bBAzZG".contains(e) { zeroWidth = true }
                    else if e.isLetter || e.isNumber {
                        // \d \w \s \p{…} \x{…} \u… \N{…} \1: a class or a character this reader does not spell.
                        if "pPNx".contains(e), i < p.count, p[i] == "{" { while i < p.count, p[i] != "}" { i += 1 }; i += 1 }
                        else if e == "u" { i += 4 }
                        else if e.isNumber { while i < p.count, p[i].isNumber { i += 1 } }   // \12, \0ooo
                        else if e == "x" { i += 2 }
                    } else { literal = e }
                case "^", "$":
                    i += 1
                    zeroWidth = true
                case ".":
                    i += 1
                default:
                    i += 1
                    literal = c
                }
                if zeroWidth { continue }
                // The quantifier: how many times the atom must occur.
                var least = 1, repeats = false
                if i < p.count {
                    switch p[i] {
                    case "?": least = 0; i += 1
                    case "*": least = 0; repeats = true; i += 1
                    case "+": repeats = true; i += 1
                    case "{":
                        var j = i + 1, digits = ""
                        while j < p.count, p[j].isNumber { digits.append(p[j]); j += 1 }
                        guard let n = Int(digits) else { return .none }
                        while j < p.count, p[j] != "}" { j += 1 }
                        guard j < p.count else { return .none }
                        least = n
                        repeats = true
                        i = j + 1
                    default: break
                    }
                    if least != 1 || repeats, i < p.count, p[i] == "?" || p[i] == "+" { i += 1 }   // lazy, possessive
                }
                if let ch = literal, RegexPrefilter.plain(ch), least >= 1 {
                    run.append(contentsOf: ch.lowercased())
                    if repeats { endRun() }
                } else {
                    endRun()
                    if least >= 1 { offer(atom) }
                }
            }
            endRun()
            return .some(best)
        }

        /// Past a bracketed class, nested classes included.
        mutating func skipClass() -> Bool {
            var depth = 0
            while i < p.count {
                let c = p[i]
                if c == "\\" { i += 2; continue }
                if c == "[" { depth += 1; i += 1; if i < p.count, p[i] == "^" { i += 1 }; if i < p.count, p[i] == "]" { i += 1 }; continue }
                i += 1
                if c == "]" { depth -= 1; if depth == 0 { return true } }
            }
            return false
        }
    }
}
