import Foundation

/// A chat thread pasted whole (Slack, Teams, Discord: "Sam Whitford  2:03 PM" above each message), read as what the
/// people in it decided: a proposal ("drop it?", "vintage filter on the whole thing?") counts once someone agrees ("agreed",
/// "good call", ":+1:", "ok try it"), with what they add ("yes but quick, like 0.3s", "ok 12 seconds then"); one that is
/// turned down or left open ("no keep the sound", "not sure, let's ask Sam tomorrow") asks nothing; a plain instruction
/// ("fade the music out over the last 2 seconds then") is decided; remarks ("fyi IG feed posts are 4:5 now") only give the
/// reason. Names, times, `:emoji:` codes, "(edited)" and Markdown are no request (the times were read as lengths: 2:03 PM
/// made the video 123 s). Anything that is no such thread comes back as it was.
extension RulePlanner {
    /// "Sam Whitford  2:03 PM", "Leah Kim [9:05 AM]", "Tom — 10:20": a message's header line.
    private static let threadHeader = #"^\s*[\p{Lu}][\p{L}.'’-]*(?: [\p{Lu}][\p{L}.'’-]*){0,3}(?:\s{2,}|\s*[-—–]\s*|\s+\[)\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?\]?\s*$"#

    /// Words that agree (alone, or leading what is added).
    private static let agreeing = #"(?:ok(?:ay)?|k|yes+|yeah|yep|yup|ya|agreed|agree|sure|fine|good call|sounds good|sgtm|lgtm|perfect|love it|nice|great|do it|go for it|works for me|\+1|👍|✅)"#

    /// A request's opening verb, or a setting named with what it should be.
    private static let asking = #"^(?:(?:pls|please|can you|could you|let'?s|just|so)\s+)*(?:make|add|use|put|drop|remove|delete|cut|trim|fade|swap|switch|mute|unmute|change|set|move|speed|slow|turn|give|do|try|undo|revert|redo|keep|don'?t|do not|crop|zoom|end card|title|caption|order|music|go|bump|lower|raise|shorten|lengthen|replace)\b|\b(?:should be|should say|needs to be|has to be)\b|,\s*(?:revert|undo|remove|drop|cut|mute|fade|make|add)\b"#

    static func chatThread(_ text: String) -> String {
        guard text.contains("\n"), text.count < 12_000 else { return text }
        let lines = text.components(separatedBy: "\n")
        guard lines.contains(where: { has($0, threadHeader) }) else { return text }
        // The messages, each the lines under its header (what comes before the first header is the pasting person's note).
        var messages: [String] = []
        var current: [String]?
        for line in lines {
            if has(line, threadHeader) {
                if let c = current { messages.append(c.joined(separator: " ")) }
                current = []
            } else if current != nil {
                current?.append(line)
            }
        }
        if let c = current { messages.append(c.joined(separator: " ")) }
        var out: [String] = []
        var pending: String?, remark: String?
        // (The same undo said twice, "revert it" then "yeah undo it", is one undo.)
        func decide(_ s: String) {
            if has(s.lowercased(), #"\b(?:undo|revert)\b"#), out.last.map({ has($0.lowercased(), #"\b(?:undo|revert)\b"#) }) == true { return }
            out.append(s)
        }
        for raw in messages {
            var t = replacing(raw, [
                (#"\s*\(edited\)"#, ""), (#":[a-z0-9_+-]{1,40}:"#, " 👍 "), (#"(?<!\w)@reel\b[,:]?\s*"#, ""),
                (#"`([^`\n]{1,120})`"#, "\"$1\""), (#"(?<![\w*])\*([^*\n]{1,120})\*(?![\w*])"#, "\"$1\""), (#"(?<![\w_])_([^_\n]{1,120})_(?![\w_])"#, "$1"),
            ]).trimmingCharacters(in: .whitespaces)
            t = replacing(t, #"\s{2,}"#, " ")
            let l = t.lowercased()
            let bare = replacing(l, #"[\s👍✅🙌.!,]+"#, " ").trimmingCharacters(in: .whitespaces)
            // Agreement alone: the proposal before it, decided.
            if bare.isEmpty || has(bare, #"^(?:\#(agreeing)\s*)+(?:lol|haha|then|it)?$"#) || has(bare, #"^(?:ok(?:ay)? )?try it$"#) {
                if let p = pending { decide(p) }
                pending = nil
                continue
            }
            // Turned down or left open: nothing.
            if has(l, #"^(?:no|nah|nope|hmm+|not sure|not yet|let'?s (?:ask|wait|hold|check)|hold off|wait)\b"#) {
                pending = nil
                continue
            }
            // Asked of Reel itself ("@Reel how long is the video?", "can Reel post this?"): as asked.
            if has(l, #"\breel\b"#) {
                decide(t)
                pending = nil
                continue
            }
            // "zoom out yes, not in": the proposal, with the choice said.
            if pending != nil, has(l, #"^[\w\s]{1,30} (?:yes|yeah|yep),? not\b"#) {
                decide(pending!)
                pending = nil
                continue
            }
            // Agreement leading more words, or "20 is good": the proposal with what is added (a value in place of its own).
            var rest: String?
            if let m = Numbers.firstMatch(#"^(?:👍\s*)*\#(agreeing)\b[\s,.!👍]*(?:(?:fine|but|then|so)\b[\s,]*)?(.+)$"#, in: t) { rest = m[1] }
            else if let m = Numbers.firstMatch(#"^(?:👍\s*)+(.+)$"#, in: t) { rest = m[1] }
            else if let m = Numbers.firstMatch(#"^(.{1,30}?) (?:is|works|sounds|looks) (?:good|great|fine|perfect|right)\b"#, in: t), pending != nil { rest = m[1] }
            if let r = rest?.trimmingCharacters(in: CharacterSet(charactersIn: " ,.!👍")), !r.isEmpty {
                if has(r.lowercased(), #"^(?:keep(?:ing)? it|keeping|that'?s fine|fair)$"#) { pending = nil; continue }
                if has(r.lowercased(), asking) {
                    decide(r)
                } else if let p = pending {
                    // "ok 12 seconds then" after "can it be 15s?": the new value in its place; "fine square" after "or square?": that.
                    if let v = Numbers.firstMatch(#"^(\d+(?:\.\d+)?)\s*(%|s|secs?|seconds?)?(?: then)?$"#, in: r), let old = Numbers.firstMatch(#"(\d+(?:\.\d+)?)\s*(%|s\b|secs?\b|seconds?\b)?"#, in: p) {
                        decide(p.replacingOccurrences(of: old[0], with: v[1] + (v[2].isEmpty ? (old[2].isEmpty ? "" : (old[2] == "%" ? "%" : " " + old[2])) : (v[2] == "%" ? "%" : " " + v[2]))))
                    } else if let n = Numbers.firstMatch(#"(\d+(?:\.\d+)?)"#, in: r), p.contains(n[1]), !has(r, #"\d\D+\d"#) {
                        // (":+1: x2 speed" after "2x it?": the same value, said again.)
                        decide(p)
                    } else if p.lowercased().contains(r.lowercased()) {
                        decide("make it " + r)
                    } else {
                        decide(p + ", " + r)
                    }
                } else {
                    decide(r)
                }
                pending = nil
                continue
            }
            // A proposal: the question (an "or …?" one instead of the one before; another, with it).
            if t.contains("?") {
                let asked = t.components(separatedBy: "?").dropLast().joined(separator: ". ").trimmingCharacters(in: .whitespaces)
                if has(asked.lowercased(), #"^or\b"#) {
                    pending = replacing(asked, #"^(?i:or)\s+"#, "")
                } else {
                    pending = pending.map { $0 + ". " + asked } ?? asked
                }
                continue
            }
            // An instruction: decided ("it" is what the remark before was about: "the clip starts with …", "cut the first second
            // off it then"). A remark only gives the reason.
            if has(l, asking) {
                var said = t
                if let r = remark, let m = Numbers.firstMatch(#"^(?i:(the [\w-]+(?: [\w-]+)?)) (?:starts|start|is|has|looks|drags|ends|cuts|sounds)\b"#, in: r),
                   has(l, #"\b(?:off|on|from|of) it\b"#) {
                    said = replacing(said, #"\b(off|on|from|of) it\b"#, "$1 " + m[1])
                }
                decide(said)
                pending = nil
                remark = nil
            } else {
                remark = t
            }
        }
        let said = out.map { replacing($0, #"[\s.]+$"#, "") }.filter { !$0.isEmpty }.joined(separator: ". ")
        return said.isEmpty ? "show the timeline" : said
    }
}
