import Foundation

/// A code agent's step (smolagents' `CodeAgent`): `Thought: …` in words, then `Code:` and a Python block of calls
/// (`set_speed(clip="b.mp4", speed="4x")`, `move_clip("c.png", position="first")`, a loop over a list of files) ending in
/// `<end_code>`. The thought is the agent's reasoning and never a request (read as words, "Add the lecture title for the
/// first four seconds" became a title); the calls are, each as the call envelope `{"name": …, "arguments": {…}}` the tool-call
/// readers take. What the code sends back (`Observation:`, `Execution logs:`) and `final_answer(…)` ask for no edit.
extension RulePlanner {
    static func codeAgentStep(_ text: String) -> String {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard t.count < 8000 else { return text }
        // `Observation:` with `Execution logs:` (or the code's last output): what the code printed, echoed back. (Never an
        // observation with words after it: "Observation: timeline is 10s. Next step: make it half as long.")
        if has(t, #"(?m)^\s*(?:Execution logs|Last output from code snippet)\s*:"#), !has(t, #"(?m)^\s*(?:Code|Action|Next step|Thought)\s*:"#) { return "show the timeline" }
        guard has(t, #"(?m)^\s*Code\s*:|<end_code>"#),
              let m = Numbers.firstMatch(#"(?s)```(?:py|python)?[ \t]*\n(.*?)\n?```"#, in: t) ?? Numbers.firstMatch(#"(?s)(?m)^\s*Code\s*:[ \t]*\n(.*?)(?:<end_code>|\z)"#, in: t) else { return text }
        let code = m[1]
        guard let calls = pythonCalls(code) else { return text }
        if calls.isEmpty { return "show the timeline" }
        return calls.count == 1 ? calls[0] : "[" + calls.joined(separator: ", ") + "]"
    }

    /// The calls in a few lines of Python, each as a JSON call envelope; nil when a line is anything else. `final_answer`,
    /// `print` and lines that only name a value change nothing (left out); a `for` over a list of literals makes its body's
    /// calls once for each.
    static func pythonCalls(_ code: String) -> [String]? {
        var lines = code.components(separatedBy: "\n").map { $0.replacingOccurrences(of: "\t", with: "    ") }
            .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty && !$0.trimmingCharacters(in: .whitespaces).hasPrefix("#") }
        guard !lines.isEmpty, lines.count <= 30 else { return nil }
        var out: [String] = []
        while !lines.isEmpty {
            let line = lines.removeFirst()
            guard !line.hasPrefix(" ") else { return nil }
            // `for name in ["a.jpg", "c.png"]:` and its indented body: the body once for each item.
            if let f = Numbers.firstMatch(#"^for\s+([A-Za-z_]\w*)\s+in\s+(.+?)\s*:\s*$"#, in: line) {
                var body: [String] = []
                while let next = lines.first, next.hasPrefix(" ") { body.append(next.trimmingCharacters(in: .whitespaces)); lines.removeFirst() }
                guard !body.isEmpty, let items = loopItems(f[2], body: body) else { return nil }
                for item in items {
                    for b in body {
                        let said = replacing(b, #"(?<![\w."'])\#(f[1])(?![\w"'])"#, item)
                        guard let call = pythonCall(said) else { return nil }
                        if !call.isEmpty { out.append(call) }
                    }
                }
                continue
            }
            guard let call = pythonCall(line) else { return nil }
            if !call.isEmpty { out.append(call) }
        }
        return out.count <= 12 ? out : nil
    }

    /// A loop's items as Python literals: a list written out, or, for a muting loop over the timeline's video clips
    /// (`for clip in timeline_clips(kind="video"): mute_clip(clip)`), "all" (muting every clip mutes those with a sound).
    private static func loopItems(_ iterable: String, body: [String]) -> [String]? {
        if iterable.hasPrefix("["), iterable.hasSuffix("]") {
            let inner = String(iterable.dropFirst().dropLast())
            let items = pythonSplit(inner)
            guard !items.isEmpty, items.count <= 12, items.allSatisfy({ pythonLiteral($0) != nil }) else { return nil }
            return items
        }
        if has(iterable, #"^[A-Za-z_][\w.]*(?:clips|segments|timeline|items|media)\w*\(\s*(?:kind|type)?\s*=?\s*["']?(?:video|videos|clip|clips)?["']?\s*\)$"#),
           body.count == 1, has(body[0], #"^(?:mute|silence)\w*\("#) {
            return ["\"all\""]
        }
        return nil
    }

    /// One line of Python as a call envelope; "" for a line that changes nothing (`final_answer(…)`, `print(…)`); nil for
    /// anything else.
    private static func pythonCall(_ line: String) -> String? {
        var l = line.trimmingCharacters(in: .whitespaces)
        // `result = make_video(…)`: the call.
        if let a = Numbers.firstMatch(#"^[A-Za-z_]\w*\s*=\s*(?=[A-Za-z_][\w.]*\s*\()"#, in: l) { l = String(l.dropFirst(a[0].count)) }
        guard let m = Numbers.firstMatch(#"(?s)^([A-Za-z_][\w.]*)\s*\((.*)\)\s*;?$"#, in: l) else {
            // A name alone (`timeline`), as a notebook shows it: nothing asked.
            return has(l, #"^[A-Za-z_]\w*$"#) ? "" : nil
        }
        let tool = m[1].split(separator: ".").last.map(String.init) ?? m[1]
        if has(tool, #"^(?:final_answer|print|display|log|pprint)$"#) { return "" }
        let args = pythonSplit(m[2])
        guard args.count <= 10 else { return nil }
        var fields: [(String, String)] = []
        var positional: [String] = []
        for a in args {
            if let k = Numbers.firstMatch(#"^([A-Za-z_]\w*)\s*=(?!=)\s*(.+)$"#, in: a) {
                guard let v = pythonLiteral(k[2]) else { return nil }
                fields.append((k[1], v))
            } else {
                guard let v = pythonLiteral(a) else { return nil }
                positional.append(v)
            }
        }
        // Arguments by place, named by what they are: a file is the clip, a text tool's words its text, and so on.
        let words = keyWords(tool)
        var textTaken = false
        for v in positional {
            let plain = jsonString(v)
            let key: String
            if let p = plain, has(p, #"^(?:all|every|last|first)$"#), !textTaken, !has(words, #"\b(?:text|title|caption|subtitle|label|overlay|card)\b"#) { key = "clip" }
            else if let p = plain, has(p, #"^[\w .()-]{1,80}\.[A-Za-z0-9]{2,5}$"#) { key = has(p, #"(?i)\.(?:mp3|wav|m4a|aac|ogg|flac|opus)$"#) && has(words, #"\b(?:music|song|track|bgm|soundtrack|audio)\b"#) ? "source" : "clip" }
            else if plain != nil, !textTaken, has(words, #"\b(?:text|title|caption|subtitle|label|overlay|card)\b"#) { key = "text"; textTaken = true }
            else if let p = plain, has(p, #"^\d+\s*:\s*\d+$"#) { key = "aspect" }
            else if has(words, #"\b(?:motion|pan|zoom|ken ?burns)\b"#) { key = "direction" }
            else if has(words, #"\btransitions?\b"#), plain.map({ has($0, #"^[A-Za-z]+$"#) }) == true { key = "type" }
            else if has(words, #"\bfps\b|frame ?rate"#) { key = "fps" }
            else if has(words, #"\b(?:speed|rate)\b"#) { key = "speed" }
            else if has(words, #"\b(?:volume|level|gain)\b"#) { key = "volume" }
            else if has(words, #"\b(?:duration|length)\b"#) { key = "duration" }
            else if has(words, #"\b(?:look|filter|style)\b"#) { key = "look" }
            else if has(words, #"\b(?:aspect|canvas|ratio)\b"#) { key = "aspect" }
            else { key = "value" }
            guard !fields.contains(where: { $0.0 == key }) else { return nil }
            fields.append((key, v))
        }
        guard let name = jsonQuoted(tool) else { return nil }
        var members: [String] = []
        for (k, v) in fields {
            guard let key = jsonQuoted(k) else { return nil }
            members.append(key + ": " + v)
        }
        return "{\"name\": \(name), \"arguments\": {" + members.joined(separator: ", ") + "}}"
    }

    /// A Python literal as JSON: a string (either quote, with its escapes), a number, `True`/`False`/`None`, or a list of
    /// them; nil for anything else (a variable, an expression).
    static func pythonLiteral(_ raw: String) -> String? {
        let r = raw.trimmingCharacters(in: .whitespaces)
        if has(r, #"^-?\d+(?:\.\d+)?$"#) { return r }
        switch r {
        case "True": return "true"
        case "False": return "false"
        case "None": return "null"
        default: break
        }
        if r.hasPrefix("["), r.hasSuffix("]") {
            let items = pythonSplit(String(r.dropFirst().dropLast()))
            var out: [String] = []
            for i in items { guard let v = pythonLiteral(i) else { return nil }; out.append(v) }
            return "[" + out.joined(separator: ", ") + "]"
        }
        guard let q = r.first, q == "\"" || q == "'", r.count >= 2, r.last == q else { return nil }
        var s = ""
        var escaped = false
        for ch in r.dropFirst().dropLast() {
            if escaped {
                switch ch {
                case "n": s.append("\n")
                case "t": s.append("\t")
                default: s.append(ch)
                }
                escaped = false
            } else if ch == "\\" {
                escaped = true
            } else if ch == q {
                return nil
            } else {
                s.append(ch)
            }
        }
        guard !escaped else { return nil }
        return jsonQuoted(s)
    }

    /// Python's arguments (or a list's items) split at the top level's commas: never inside a string (whose `\"` is no end)
    /// nor inside brackets.
    static func pythonSplit(_ s: String) -> [String] {
        var out: [String] = [], current = ""
        var quote: Character?, escaped = false, depth = 0
        for ch in s {
            if let q = quote {
                current.append(ch)
                if escaped { escaped = false } else if ch == "\\" { escaped = true } else if ch == q { quote = nil }
                continue
            }
            switch ch {
            case "\"", "'": quote = ch; current.append(ch)
            case "(", "[", "{": depth += 1; current.append(ch)
            case ")", "]", "}": depth -= 1; current.append(ch)
            case "," where depth == 0: out.append(current); current = ""
            default: current.append(ch)
            }
        }
        out.append(current)
        return out.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
