import Foundation

extension RulePlanner {
    /// "make a video from them in this order: y bwthyn first, then the sheep on the mountain, then the bedroom, and the kayak
    /// clip last" (four uploads, two of them named): the places the order gives things it describes without naming are the
    /// files it does not name, in the order they came. Only when there are as many such places as such files, and the named
    /// files already stand in the order said; else nil (the order as it was). Before, the described files were left out.
    static func filledOrderSlots(_ ordered: [String], _ c: String, visuals: [String], context: PlannerContext) -> [String]? {
        let unlisted = visuals.filter { !ordered.contains($0) }
        guard !unlisted.isEmpty, !ordered.isEmpty, let span = orderSpan(c) else { return nil }
        let ns = c as NSString
        // The items of the list: between commas, "then", "followed by", arrows.
        let cuts = Numbers.allMatches(#"\s*(?:,|;|->|→|\bthen\b|\bfollowed by\b|\bafter that\b|\bnext\b|\band (?:finally|lastly)\b)\s*"#, in: ns.substring(with: span))
        var bounds: [NSRange] = [], start = 0
        for m in cuts {
            bounds.append(NSRange(location: span.location + start, length: m.location - start))
            start = m.location + (m.groups[0] as NSString).length
        }
        bounds.append(NSRange(location: span.location + start, length: span.length - start))
        var slots: [[String]?] = [], said: [String] = []
        for item in bounds where item.length > 0 {
            let here = visuals.compactMap { p in
                mentions(p, in: c, context: context).filter { NSLocationInRange($0, item) }.min().map { ($0, p) }
            }.sorted { $0.0 < $1.0 }.map(\.1)
            if !here.isEmpty {
                // A file the order does not hold is said in it: the order stands as it was.
                guard here.allSatisfy(ordered.contains) else { return nil }
                slots.append(here)
                said += here.filter { !said.contains($0) }
            } else if describesAThing(ns.substring(with: item)) {
                slots.append(nil)
            }
        }
        let open = slots.filter { $0 == nil }.count
        guard open == unlisted.count, said == ordered else { return nil }
        var rest = unlisted[...], out: [String] = []
        for slot in slots {
            if let files = slot { out += files.filter { !out.contains($0) } } else if let next = rest.popFirst() { out.append(next) }
        }
        return out
    }

    /// Where an order is said: the list after "in this order:", else the sentence that says what goes first and what then.
    private static func orderSpan(_ c: String) -> NSRange? {
        if let m = Numbers.allMatches(#"\bin (?:this|that|the following) order(?: (?:please|pls|plz|plis))?\s*[:：]\s*((?:[^.!?\n;]|\.(?=\w))+)"#, in: c).first {
            let length = (m.groups[1] as NSString).length
            return NSRange(location: m.location + (m.groups[0] as NSString).length - length, length: length)
        }
        // (A dot inside a file's name ends no sentence.)
        for m in Numbers.allMatches(#"(?:[^.!?\n;]|\.(?=\w))+"#, in: c) {
            let sentence = m.groups[0]
            guard let first = Numbers.firstMatch(#"^(.*?)\bfirst\b"#, in: sentence),
                  has((sentence as NSString).substring(from: (first[0] as NSString).length), #"\b(?:then|last|next|followed by|after that|finally|lastly)\b"#) else { continue }
            return NSRange(location: m.location, length: (sentence as NSString).length)
        }
        return nil
    }

    /// "the sheep on the mountain", "then the bedroom", "and the old barn photo last": words that describe one picture or clip
    /// (never "use the harp music", "make it vertical", "thanks").
    private static func describesAThing(_ item: String) -> Bool {
        var t = item.lowercased().trimmingCharacters(in: .whitespacesAndNewlines)
        t = replacing(t, #"^(?:(?:and|or|&|plus|finally|lastly|first|next|then|after that)\s+)+"#, "")
        t = replacing(t, #"\s+(?:first|last|next|at the (?:end|start|beginning)|to (?:finish|end|start|open|close))\s*$"#, "")
        return has(t, #"^(?:the|my|our|that|this|y|yr|one of the)\s+\p{L}"#)
            && t.split(separator: " ").count <= 8
            && !has(t, #"\b(?:music|song|songs|audio|sound|track|tune|title|caption|text|words|transitions?|fades?|seconds?|secs?|vertical|square|landscape|portrait mode|rest|others|everything)\b|\d"#)
            && !has(t, #"^(?:the|my|this|that) (?:whole |new |final )?(?:video|vid|film|movie|thing|reel|slideshow)\b"#)
    }
}
