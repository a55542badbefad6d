import Foundation
import ReelTimeline

/// Operations written as calls, the way agents write them once they know the operation
/// vocabulary: `setDuration 15000`, `trim target={index:1} inMs=500 durationMs=2000`,
/// `compose [intro.mp4, slide1.png]`, `setFit contain on all`, `setMusicLoop false`,
/// `addText kind=title text="Quarterly Review" durationMs=4000`. Each call is read into a wire
/// operation and checked by the wire decoder, so a call means exactly what the JSON would; a
/// statement that does not read as a whole call is left to the words rules.
extension RulePlanner {
    /// The statements of `text` that are calls, as operations, and the rest of the text (the
    /// statements that are not calls, in their order).
    static func calls(in text: String, media: [String]) -> (operations: [EditOperation], rest: String) {
        if let mixed = wireOperationsBeside(text) {
            let more = calls(in: mixed.rest, media: media)
            return (mixed.operations + more.operations, more.rest)
        }
        let text = actionObjectAsCall(transitionFields(text), media: media)
        var operations: [EditOperation] = []
        var rest = text
        var read = false
        // Commands with `key=value` arguments ("trim clip 2: in=1.2s, dur=1.5s"), each a whole statement.
        if text.contains("=") {
            for statement in commandStatements(text) {
                guard let ops = command(statement, media: media), let r = rest.range(of: statement) else { continue }
                operations += ops
                read = true
                rest.replaceSubrange(r, with: " ")
            }
        }
        if has(rest, callStart) {
            for statement in statements(rest) {
                guard let op = call(statement, media: media), let r = rest.range(of: statement) else { continue }
                operations.append(op)
                read = true
                rest.replaceSubrange(r, with: " ")
            }
        }
        guard read else { return ([], text) }
        // What is left between the calls, without the separators that stood for them.
        var before = ""
        while before != rest {
            before = rest
            rest = replacing(replacing(rest, #"\s*[,;]\s*([,;.]|$)"#, "$1"), #"^\s*[,;.]\s*"#, "")
        }
        rest = replacing(rest, #"\s{2,}"#, " ").trimmingCharacters(in: .whitespaces)
        if rest == "." { rest = "" }
        // Only checks ("expect segments=4"): a look at the timeline.
        if operations.isEmpty, rest.isEmpty { rest = "check the timeline" }
        return (operations, rest)
    }

    /// Calls an agent made together, some read as wire operations and some not (`[{"op": "setMusicVolume", …}, {"action":
    /// "set_aspect_ratio", "ratio": "9:16"}]`, or `{"op": …}. change the text "Hello" to "Grand Opening"`): the wire
    /// operations, and the rest as it was written (a list of the other objects, or the statements in their order).
    /// Nil unless there are both (a message of wire operations only is read whole, by the planner).
    static func wireOperationsBeside(_ text: String) -> (operations: [EditOperation], rest: String)? {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard t.count < 8000, t.contains("\"op\"") else { return nil }
        func wire(_ part: String) -> [EditOperation]? {
            let p = part.trimmingCharacters(in: .whitespacesAndNewlines)
            guard p.hasPrefix("{"), p.hasSuffix("}"), p.contains("\"op\"") else { return nil }
            return (try? JSONDecoder().decode(EditOperation.self, from: Data(p.utf8))).map { [$0] }
        }
        var ops: [EditOperation] = []
        var rest: [String] = []
        let list = t.hasPrefix("[") && t.hasSuffix("]")
        guard let parts = list ? jsonParts(t) : Optional(split(Substring(t)) { ch, next in ch == "." && (next == nil || next == " ") }) else { return nil }
        for part in parts {
            if let read = wire(part) { ops += read } else { rest.append(part) }
        }
        guard !ops.isEmpty, !rest.isEmpty else { return nil }
        if list { return (ops, rest.count == 1 ? rest[0] : "[" + rest.joined(separator: ", ") + "]") }
        return (ops, rest.joined(separator: ". "))
    }

    /// One object that names its call inside: `{"action": "set_transition", "name": "wipeleft", "duration_ms": 400}`,
    /// `{"op_hint": "speed", "target": "b.mp4", "factor": 1.5}` as `set_transition {…}`, `set_speed {…}` (the duration was
    /// read as the video's); "Apply: {"music_volume": 0.2}" as the object alone. (`"op"` objects are wire operations.)
    static func actionObjectAsCall(_ text: String, media: [String]) -> String {
        let t = replacing(text, #"(?i)^\s*(?:apply|execute|run|do|perform|set|update|use|settings|params|parameters|payload|args|arguments)\s*:\s*(?=\{[^{}]*\}\s*$)"#, "")
        guard let m = Numbers.firstMatch(#"^\s*\{\s*(.*?)\s*"(action|op_?hint|op|tool|function|command|call|method)"\s*:\s*"([A-Za-z_]+)"\s*,?\s*(.*?)\s*\}\s*$"#, in: t) else { return t }
        let setOnly = #"^(?:speed|transition|volume|music_volume|canvas|fps|duration|look|fades|motion|fit)$"#
        // (`{"op": "transition", "name": "wipeleft", "duration_ms": 700}`: an `"op"` that names a setting, not a wire
        // operation, is that setting's call; its length was read as the video's.)
        guard m[2] != "op" || has(m[3].lowercased(), setOnly) else { return t }
        let name = has(m[3].lowercased(), setOnly) ? "set_" + m[3].lowercased() : m[3]
        let fields = [m[1], m[4]].map { replacing($0, #"^\s*,|,\s*$"#, "") }.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        let candidate = name + " {" + fields.joined(separator: ", ") + "}"
        // (A call that reads; or a setting's with a duration, which the object's words read as the video's length.
        // `{"action": "trim", …}`, `{"action": "set_speed", …, "value": 0.5}` are left to the words, which read them.)
        let settingWithDuration = has(name, #"^set_[a-z_]+$"#) && has(candidate, "^" + callStart) && has(t, #""duration"#)
        // (`"op_hint": "speed"` names no call at all: the call it hints at.)
        return call(candidate, media: media) != nil || settingWithDuration || name != m[3] ? candidate : t
    }

    /// "compose [s3.png, s1.png]; still=2500ms": words beside a call that makes the video act on that video
    /// (read against an empty timeline, they made one of every file of their own). The call, taken out of
    /// `calls`, and `draft` as it makes it.
    static func makingCall(_ calls: inout [EditOperation], words: String, draft: inout Draft) -> EditOperation? {
        guard draft.visualSegments.isEmpty, !words.isEmpty, let k = calls.firstIndex(where: \.isCompose),
              let applied = try? calls[k].apply(to: draft) else { return nil }
        draft = applied.draft
        return calls.remove(at: k)
    }

    /// A statement that may be a call starts with an operation's name.
    static let callStart: String = #"(?:^|[;,.\n:]\s*|\b(?:then|and)\s+)(?:"# + EditOperation.wireNames.map { name in
        // setDuration, or set_duration
        name + "|" + name.reduce(into: "") { out, ch in out += ch.isUppercase ? "_" + ch.lowercased() : String(ch) }
    }.joined(separator: "|") + #")\b"#

    /// Default positional argument of each operation: `setDuration 15000` is `durationMs`.
    static let positional: [String: String] = [
        "compose": "sources", "setDuration": "durationMs", "setFPS": "fps", "setFit": "fit", "setSpeed": "speed",
        "move": "target", "remove": "target", "duplicate": "target", "insert": "source", "replace": "target",
        "setMotion": "motion", "setLook": "name", "setClipLook": "name", "addMusic": "source", "setMusicVolume": "volume",
        "setMusicLoop": "loop", "trimMusic": "inMs", "muteClips": "mute", "setDucking": "duck", "setLoudness": "target", "addVoiceover": "source",
        "setTransition": "name", "addCaptions": "script", "removeText": "target",
    ]

    /// Splits on `;`, new lines, `. ` and `, ` outside quotes, brackets and braces.
    static func statements(_ text: String) -> [String] {
        // "0.5" and "a.jpg" stay whole; ", " and ". " end a statement, as ";" and a new line do.
        split(Substring(text)) { ch, next in ch == ";" || ch == "\n" || ((ch == "," || ch == ".") && (next == nil || next == " ")) }
    }

    /// The parts of `text` between separators that stand outside quotes, brackets and braces.
    static func split(_ text: Substring, at isSeparator: (Character, Character?) -> Bool) -> [String] {
        var out: [String] = []
        var current = ""
        var depth = 0
        var quote: Character?
        let chars = Array(text)
        for (i, ch) in chars.enumerated() {
            if let q = quote {
                current.append(ch)
                if ch == q || (q == "“" && ch == "”") { quote = nil }
                continue
            }
            // An apostrophe inside a word ("it's") opens nothing.
            let opensQuote = ch == "\"" || ch == "“" || (ch == "'" && (current.last.map { $0 == "=" || $0 == " " || $0 == ":" } ?? true))
            if opensQuote {
                quote = ch
            } else if "[{(".contains(ch) {
                depth += 1
            } else if "]})".contains(ch) {
                depth = max(0, depth - 1)
            } else if depth == 0, isSeparator(ch, i + 1 < chars.count ? chars[i + 1] : nil) {
                out.append(current)
                current = ""
                continue
            }
            current.append(ch)
        }
        out.append(current)
        return out.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// One call, or nil when the statement is not wholly one.
    static func call(_ statement: String, media: [String]) -> EditOperation? {
        var s = Substring(statement)
        // "then setDuration 20000", "- setFit contain", "2. trim …"
        while let r = firstRange(#"^(?:then|and|next|-|\*|•|\d+[.)])\s+"#, in: String(s)) {
            s = s[s.index(s.startIndex, offsetBy: String(s)[r].count)...]
        }
        guard let nameEnd = s.firstIndex(where: { !$0.isLetter && $0 != "_" }) ?? Optional(s.endIndex),
              let name = EditOperation.wireNames.first(where: { $0.lowercased() == s[..<nameEnd].lowercased().replacingOccurrences(of: "_", with: "") }) else { return nil }
        // An English word ("remove the second clip", "trim it") is a call only in call syntax.
        let camel = s[..<nameEnd].dropFirst().contains(where: \.isUppercase) || s[..<nameEnd].contains("_")
        var fields: [String: JSONValue] = ["op": .string(name)]
        var args = s[nameEnd...].trimmingCharacters(in: .whitespaces)
        var syntax = camel
        // "… on all", "… for clip 2", "… to index 1": the target at the end.
        if let m = Numbers.firstMatch(#"\s*\b(?:on|for|to)\s+(all(?: clips| segments| media)?|last|(?:clip|segment|index) #?(\d+))$"#, in: args) {
            if let n = Double(m[2]) {
                // "clip 2" counts from 1, "index 1" from 0.
                fields["target"] = .object(["index": .number(m[1].hasPrefix("index") ? n : n - 1)])
            } else {
                fields["target"] = .string(m[1].hasPrefix("all") ? "all" : "last")
            }
            args = String(args.dropLast(m[0].count))
        }
        var tokens = args[...]
        var first = true
        while !tokens.isEmpty {
            tokens = tokens.drop(while: { $0 == " " || $0 == "," })
            if tokens.isEmpty { break }
            // key=value (key: snake_case, camelCase or dotted), or a field's name and its value ("volume 0.4")
            if let m = Numbers.firstMatch(#"^(\#(fieldNames)) (?=\S)"#, in: String(tokens)) {
                let key = camelKey(m[1])
                guard let (value, after) = readValue(tokens.dropFirst(m[0].count), key: key) else { return nil }
                fields[key] = key == "target" ? targetValue(value) : value
                tokens = after
                syntax = true
            } else if let eq = keyEnd(tokens) {
                let key = camelKey(String(tokens[..<eq]))
                tokens = tokens[tokens.index(after: eq)...].drop(while: { $0 == " " })
                guard let (value, after) = readValue(tokens, key: key) else { return nil }
                fields[key] = value
                tokens = after
                syntax = true
            } else if first, let key = positional[name] {
                // "compose all media", "compose [a.jpg, b.jpg]", "setCanvas 1080x1920"
                if name == "compose", has(String(tokens), #"^all(?: (?:media|files|the media|the files))?\s*(?=$|\w+=)"#) {
                    fields["sources"] = .array(media.map { .string($0) })
                    tokens = tokens.drop(while: { $0 != " " })
                    if has(String(tokens), #"^ (?:media|files|the media|the files)"#) { tokens = tokens.dropFirst().drop(while: { $0 != " " }) }
                    syntax = true
                } else {
                    guard let (value, after) = readValue(tokens, key: key) else { return nil }
                    // ("remove 2" in words, the verb no call's spelling: the second clip, counted from 1 as people count; it
                    // removed the third. `remove_clip 2`, `remove target=2` stay indexes.)
                    if key == "target", !camel, case .number(let n) = value, n >= 1, n == n.rounded() {
                        fields[key] = .object(["index": .number(n - 1)])
                    } else {
                        fields[key] = key == "target" ? targetValue(value) : value
                    }
                    tokens = after
                }
            } else if first, name == "setCanvas", let m = Numbers.firstMatch(#"^(\d{3,4})\s*[x×]\s*(\d{3,4})\b"#, in: String(tokens)) {
                fields["width"] = .number(Double(m[1]) ?? 0)
                fields["height"] = .number(Double(m[2]) ?? 0)
                tokens = tokens.dropFirst(m[0].count)
            } else {
                return nil
            }
            first = false
        }
        guard syntax || fields.count > 1 || s[nameEnd...].trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        // An English verb alone ("remove", "trim") is not a call.
        if !camel, fields.count == 1 { return nil }
        if name == "compose", case .array(let items)? = fields["sources"] {
            fields["sources"] = .array(items.map { item in
                guard case .string(let n) = item else { return item }
                return .string(media.first { ($0 as NSString).lastPathComponent.lowercased() == n.lowercased() } ?? n)
            })
        }
        return try? EditOperation(wire: .object(fields))
    }

    /// The wire operations' fields, as a call may name them before a value ("volume 0.4").
    static let fieldNames = #"(?:volume|in_?ms|out_?ms|duration_?ms|start_?ms|end_?ms|still_?ms|position|speed|fps|width|height|kind|fit|motion|loop|mute|duck|size|colou?r|style|entrance)"#

    /// Where a `key=` starts a field: the `=`.
    static func keyEnd(_ s: Substring) -> String.Index? {
        guard let eq = s.firstIndex(of: "=") else { return nil }
        let key = s[..<eq]
        guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }), key.first?.isLetter == true else { return nil }
        return eq
    }

    /// `duration_ms` → `durationMs`, `music.volume` → `musicVolume`.
    static func camelKey(_ key: String) -> String {
        var out = ""
        var upper = false
        for ch in key {
            if ch == "_" || ch == "." { upper = true; continue }
            out += upper ? ch.uppercased() : String(ch)
            upper = false
        }
        return out
    }

    /// `1` as a target is `{index: 1}`; "all" and "last" stay names.
    static func targetValue(_ v: JSONValue) -> JSONValue {
        if case .number(let n) = v { return .object(["index": .number(n)]) }
        return v
    }

    /// One value and what follows it: a quoted string, `[list]`, `{object}`, true/false/null, a
    /// number (with `ms`, `s` or `%`), or a bare word.
    static func readValue(_ s: Substring, key: String) -> (JSONValue, Substring)? {
        guard let c = s.first else { return nil }
        if let close: Character = ["\"": "\"", "'": "'", "“": "”"][c] {
            guard let end = s.dropFirst().firstIndex(of: close) else { return nil }
            return (.string(String(s[s.index(after: s.startIndex)..<end])), s[s.index(after: end)...])
        }
        if c == "[" || c == "{" {
            guard let end = matching(s) else { return nil }
            let inner = s[s.index(after: s.startIndex)..<end]
            let after = s[s.index(after: end)...]
            if c == "[" {
                var items: [JSONValue] = []
                for part in split(inner, at: { ch, _ in ch == "," }) {
                    guard let (v, rest) = readValue(Substring(part), key: ""), rest.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
                    items.append(v)
                }
                return (.array(items), after)
            }
            var object: [String: JSONValue] = [:]
            for part in split(inner, at: { ch, _ in ch == "," }) {
                let pair = part.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " \"'")) }
                guard pair.count == 2, let (v, rest) = readValue(Substring(pair[1]), key: pair[0]), rest.isEmpty else { return nil }
                object[pair[0]] = v
            }
            return (.object(object), after)
        }
        // `sources=intro.mp4,p2.jpg,p3.jpg`: a list written without brackets.
        if key == "sources" {
            let run = s.prefix { $0 != " " && $0 != ";" }
            let items = run.split(separator: ",").map(String.init)
            if items.count > 1, items.allSatisfy({ has($0, #"^[\w.-]+\.\w{2,4}$"#) }) {
                return (.array(items.map { .string($0) }), s.dropFirst(run.count))
            }
        }
        let word = s.prefix { $0 != " " && $0 != "," }
        let after = s.dropFirst(word.count)
        switch word.lowercased() {
        case "true", "yes", "on": return (.bool(true), after)
        case "false", "no", "off": return (.bool(false), after)
        // "setMotion none" is the motion called none; elsewhere none is no value ("name=null").
        case "null", "none", "nil": return (key == "motion" ? .string("none") : .null, after)
        default: break
        }
        if let m = Numbers.firstMatch(#"^(-?\d+(?:\.\d+)?)\s*(ms|s|sec|secs|%)?$"#, in: String(word)), let n = Double(m[1]) {
            switch m[2] {
            case "s", "sec", "secs": return (.number(key.hasSuffix("Ms") || key.hasSuffix("ms") ? n * 1000 : n), after)
            case "%": return (.number(n / 100), after)
            default: return (.number(n), after)
            }
        }
        return (.string(String(word)), after)
    }

    /// The index of the bracket that closes the one `s` starts with.
    static func matching(_ s: Substring) -> String.Index? {
        var depth = 0
        for i in s.indices {
            if "[{".contains(s[i]) { depth += 1 }
            if "]}".contains(s[i]) { depth -= 1; if depth == 0 { return i } }
        }
        return nil
    }
}

extension Plan {
    /// The operations written as calls, after the words' own: a compose written as a call is the
    /// one, so the words' reading of the media gives way.
    /// "Compose [clip_01.mp4, img_01.jpg]; …; music bgm_01.mp3": a sound file the `words` name by its
    /// whole name is still the music when the call's video replaces the words' own.
    /// `made`: the call that made the video the words were read against (`RulePlanner.makingCall`), first.
    mutating func add(calls: [EditOperation], words: String = "", made: EditOperation? = nil) {
        if let made {
            operations.insert(made, at: 0)
            understood.insert("apply \(made.wireName)", at: 0)
        }
        let namedSounds = operations.flatMap { op -> [String] in
            if case .compose(let sources, _) = op { sources.filter { RulePlanner.isAudio($0) && words.lowercased().contains(($0 as NSString).lastPathComponent.lowercased()) } } else { [] }
        }
        if calls.contains(where: \.isCompose) { operations.removeAll(where: \.isCompose) }
        defer {
            if let song = namedSounds.first, calls.contains(where: \.isCompose), !operations.contains(where: RulePlanner.addsMusic),
               let k = operations.firstIndex(where: \.isCompose) {
                operations.insert(.addMusic(source: song, volume: 0.35), at: k + 1)
                understood.append("use \((song as NSString).lastPathComponent) as background music")
            }
        }
        // "addMusic bed.mp3; music start=2s end=12s": a song is in place before its level, timing and fades are set.
        for call in calls {
            if case .addMusic = call, let k = operations.firstIndex(where: \.adjustsMusic) {
                operations.insert(call, at: k)
            } else {
                operations.append(call)
            }
        }
        understood += calls.map { "apply \($0.wireName)" }
    }
}
