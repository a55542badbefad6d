import Foundation

/// Breaks text into lines that fit a width, for drawtext (which never wraps by itself).
///
/// Widths are estimated from the character class (wide CJK, capitals, narrow punctuation) at
/// the font size, erring wide so a line never runs off the canvas.
enum TextLayout {
    /// Text sizes are given for a 1080-pixel shorter side. A vertical canvas is watched on a
    /// phone held upright, where that reads small: its text is a quarter larger.
    static func sizeScale(width: Int, height: Int) -> Double {
        Double(min(width, height)) / 1080 * (height > width ? 1.25 : 1)
    }

    static func lines(_ text: String, fontSize: Int, maxWidth: Double) -> [String] {
        let cleaned = String(text.unicodeScalars.compactMap { s -> Character? in
            if s == "\t" { return " " }
            if s == "\n" { return "\n" }
            if s.properties.generalCategory == .control || s == "\u{2028}" || s == "\u{2029}" { return s == "\r" ? nil : "\n" }
            return Character(s)
        })
        var result: [String] = []
        for paragraph in cleaned.split(separator: "\n", omittingEmptySubsequences: false) {
            let wrapped = wrap(String(paragraph), size: Double(fontSize), maxWidth: maxWidth)
            result += wrapped.isEmpty ? [""] : wrapped
        }
        while result.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { result.removeLast() }
        while result.first?.trimmingCharacters(in: .whitespaces).isEmpty == true { result.removeFirst() }
        return result
    }

    /// Greedy fill: Latin words stay whole, each wide (CJK) character may end a line.
    static func wrap(_ paragraph: String, size: Double, maxWidth: Double) -> [String] {
        var tokens: [String] = []
        var word = ""
        for ch in paragraph {
            if ch == " " {
                if !word.isEmpty { tokens.append(word); word = "" }
                tokens.append(" ")
            } else if isWide(ch) {
                if !word.isEmpty { tokens.append(word); word = "" }
                tokens.append(String(ch))
            } else {
                word.append(ch)
            }
        }
        if !word.isEmpty { tokens.append(word) }

        var lines: [String] = []
        var line = ""
        var lineWidth = 0.0
        func flush() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty { lines.append(trimmed) }
            line = ""
            lineWidth = 0
        }
        for token in tokens {
            let w = width(token, size: size)
            if token == " " {
                if !line.isEmpty { line += " "; lineWidth += w }
                continue
            }
            if lineWidth + w <= maxWidth || line.trimmingCharacters(in: .whitespaces).isEmpty && w <= maxWidth {
                line += token
                lineWidth += w
                continue
            }
            if w <= maxWidth {
                flush()
                line = token
                lineWidth = w
                continue
            }
            // A word longer than a whole line: break it by characters.
            for ch in token {
                let cw = width(String(ch), size: size)
                if lineWidth + cw > maxWidth { flush() }
                line.append(ch)
                lineWidth += cw
            }
        }
        flush()
        return lines
    }

    static func width(_ s: String, size: Double) -> Double {
        s.reduce(0) { $0 + advance($1) * size }
    }

    static func advance(_ ch: Character) -> Double {
        if isWide(ch) { return 1.0 }
        if ch == " " { return 0.26 }
        if "iljtfrI.,:;'!|()[]{}`\"".contains(ch) { return 0.34 }
        if "mwMW@%".contains(ch) { return 0.86 }
        if ch.isUppercase || ch.isNumber { return 0.64 }
        return 0.56
    }

    static func isWide(_ ch: Character) -> Bool {
        guard let v = ch.unicodeScalars.first?.value else { return false }
        switch v {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F000...0x1FAFF, 0x20000...0x3FFFD:
            return true
        default:
            return ch.unicodeScalars.count > 1 && ch.unicodeScalars.contains { $0.properties.isEmojiPresentation }
        }
    }
}
