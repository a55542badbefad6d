import Foundation

/// Calls written in a schema language's own syntax, read as the JSON tool calls they stand for, which the tool-call
/// readers take (their fields were words apart: "edit op SET VOLUME target MUSIC value 0.2", not understood):
/// - protobuf text format: `edit { op: SET_VOLUME target: MUSIC value: 0.2 }` is `{"name": "set_volume", "arguments":
///   {"target": "music", "value": 0.2}}`; `batch { edit {…} edit {…} }` the calls in order; `create { media: "p1.jpg"
///   media: "p2.jpg" canvas { width: 1080 height: 1920 } }` a call whose repeated field is a list;
/// - GraphQL: `mutation { setMusicVolume(volume: 0.3) { ok } }` is `{"name": "setMusicVolume", "arguments": {"volume":
///   0.3}}` (what it selects back is no argument), each field of the mutation its own call; `$v` is the value the
///   variables after it give (`variables: {"v": 0.15}`), and an `input: {…}` object the arguments themselves.
/// A query (`query { timeline { durationMs } }`, `query { what: TIMELINE_SUMMARY }`) reads the timeline. Anything that
/// does not parse whole is left as it was.
extension RulePlanner {
    /// One value written in either syntax.
    fileprivate indirect enum BracedValue {
        case string(String), number(String), word(String), variable(String), list([BracedValue]), object([(String, BracedValue)])
    }

    fileprivate enum BracedToken: Equatable {
        case name(String), string(String), number(String), variable(String), mark(Character)
    }

    static func bracedCalls(_ text: String) -> String {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        // (Cheap first: a word, then a brace or bracket before any sentence.)
        guard t.count < 4000, t.contains("{"), t.contains("}"), has(t, #"^[A-Za-z_][\w]*(?:\s+[A-Za-z_]\w*)?\s*(?:\([^()]*\)\s*)?\{"#),
              var tokens = bracedTokens(t) else { return text }
        let graphQL: Bool
        if case .name(let head)? = tokens.first, has(head, #"^(?:mutation|query|subscription)$"#) {
            graphQL = true
        } else {
            graphQL = false
        }
        if graphQL {
            guard case .name(let head)? = tokens.first else { return text }
            let query = head.lowercased() == "query"
            var parser = BracedParser(tokens: tokens)
            parser.i = 1
            // `mutation SetVolume($v: Float!)`: its name, and the variables it declares (their types say nothing here).
            if case .name? = parser.peek { parser.i += 1 }
            if parser.peek == .mark("(") { guard parser.skipGroup() else { return text } }
            guard parser.peek == .mark("{"), let fields = parser.selection() else { return text }
            // What follows: the variables, `variables: {"v": 0.15}` or the object alone.
            var variables: [String: BracedValue] = [:]
            if parser.i < parser.tokens.count {
                if case .name(let v)? = parser.peek, has(v, #"^(?:variables|vars|params|parameters)$"#) {
                    parser.i += 1
                    if parser.peek == .mark(":") || parser.peek == .mark("=") { parser.i += 1 }
                }
                guard let given = parser.value(), parser.i == parser.tokens.count, case .object(let members) = given else { return text }
                for (k, v) in members { variables[k] = v }
            }
            if query { return "show the timeline" }
            var calls: [String] = []
            for field in fields {
                guard let call = bracedCall(field.name, field.arguments, variables: variables) else { return text }
                calls.append(call)
            }
            return joinedCalls(calls) ?? text
        }
        // Protobuf's text format: messages, one after another.
        tokens = tokens.filter { $0 != .mark(",") && $0 != .mark(";") }
        var parser = BracedParser(tokens: tokens)
        guard let top = parser.message(until: nil), parser.i == parser.tokens.count, !top.isEmpty else { return text }
        var calls: [String] = []
        func read(_ name: String, _ value: BracedValue, depth: Int) -> Bool {
            guard depth < 4, case .object(let members) = value else { return false }
            let lower = name.lowercased()
            // `query { what: TIMELINE_SUMMARY }`, `get_state {}`: the timeline read.
            if has(lower, #"^(?:query|get|read|describe|inspect|state|status)$"#) || readsState(keyWords(name)) && !members.contains(where: { has($0.0, #"^(?:op|action|operation|command)$"#) }) {
                calls.append("show the timeline")
                return true
            }
            // `batch { edit {…} edit {…} }`: each call inside, in order.
            if !members.isEmpty, members.allSatisfy({ if case .object = $0.1 { return !has($0.0, #"^(?:canvas|size|resolution|music|audio|text|title|caption)$"#) } else if case .list(let l) = $0.1 { return l.allSatisfy { if case .object = $0 { return true } else { return false } } } else { return false } }) {
                for (k, v) in members {
                    if case .list(let l) = v {
                        for x in l { guard read(k, x, depth: depth + 1) else { return false } }
                    } else {
                        guard read(k, v, depth: depth + 1) else { return false }
                    }
                }
                return true
            }
            // `edit { op: SET_VOLUME … }`: the call its `op` names; `create { … }`: the message's own name.
            var tool = name
            var arguments = members
            if let k = arguments.firstIndex(where: { has($0.0, #"^(?:op|action|operation|command|tool|method)$"#) }) {
                switch arguments[k].1 {
                case .word(let w), .string(let w): tool = w
                default: return false
                }
                arguments.remove(at: k)
            }
            guard let call = bracedCall(tool, arguments, variables: [:]) else { return false }
            calls.append(call)
            return true
        }
        for (name, value) in top {
            if case .list(let l) = value {
                for x in l { guard read(name, x, depth: 0) else { return text } }
            } else {
                guard read(name, value, depth: 0) else { return text }
            }
        }
        return joinedCalls(calls) ?? text
    }

    /// Several calls as one message: a list of the JSON calls, or (beside words) the calls in order, as sentences.
    private static func joinedCalls(_ calls: [String]) -> String? {
        guard !calls.isEmpty else { return nil }
        if calls.count == 1 { return calls[0] }
        return calls.allSatisfy({ $0.hasPrefix("{") }) ? "[" + calls.joined(separator: ", ") + "]" : calls.joined(separator: ". ")
    }

    /// One call as JSON, `{"name": …, "arguments": {…}}` (a call that reads the state: "show the timeline").
    private static func bracedCall(_ tool: String, _ arguments: [(String, BracedValue)], variables: [String: BracedValue]) -> String? {
        guard has(tool, #"^[A-Za-z][\w.-]{0,60}$"#), let name = jsonQuoted(tool == tool.uppercased() ? tool.lowercased() : tool) else { return nil }
        if readsState(keyWords(tool)), arguments.isEmpty { return "show the timeline" }
        var fields = arguments
        // `updateTitle(input: $input)` with `{"input": {"text": "…"}}`: the input object's fields are the arguments.
        if fields.count == 1, has(fields[0].0, #"^(?:input|data|params|args|arguments|payload|patch)$"#) {
            var v = fields[0].1
            if case .variable(let n) = v { guard let given = variables[n] else { return nil }; v = given }
            if case .object(let members) = v { fields = members }
        }
        var out: [String] = []
        for (k, v) in fields {
            guard let key = jsonQuoted(k), let value = bracedJSON(v, variables: variables, depth: 0) else { return nil }
            out.append(key + ": " + value)
        }
        return "{\"name\": \(name), \"arguments\": {" + out.joined(separator: ", ") + "}}"
    }

    /// A value as JSON: an enum's word in lower case (`MUSIC` → `"music"`, `SQUARE_1_1` → `"square 1:1"`), a size
    /// message `{ width: 1080 height: 1920 }` as `"1080x1920"`, a variable as the value given for it.
    private static func bracedJSON(_ v: BracedValue, variables: [String: BracedValue], depth: Int) -> String? {
        guard depth < 6 else { return nil }
        switch v {
        case .string(let s): return jsonQuoted(s)
        case .number(let n): return n
        case .word(let w):
            if has(w, #"^(?:true|false|null)$"#) { return w.lowercased() }
            // (An enum's word as words: `SQUARE_1_1` is "square 1:1", `TOP_LEFT` "top left"; a file's name as written.)
            guard w == w.uppercased(), !has(w, #"\.[A-Za-z0-9]{2,5}$"#) else { return jsonQuoted(w) }
            return jsonQuoted(replacing(replacing(w.lowercased(), #"_(\d{1,2})_(\d{1,2})$"#, " $1:$2"), "_", " "))
        case .variable(let n):
            guard let given = variables[n], !isVariable(given) else { return nil }
            return bracedJSON(given, variables: [:], depth: depth + 1)
        case .list(let items):
            var out: [String] = []
            for x in items {
                guard let j = bracedJSON(x, variables: variables, depth: depth + 1) else { return nil }
                out.append(j)
            }
            return "[" + out.joined(separator: ", ") + "]"
        case .object(let members):
            let keys = members.map { $0.0.lowercased() }
            if keys.count == 2, Set(keys) == ["width", "height"],
               case .number(let w)? = members.first(where: { $0.0.lowercased() == "width" })?.1,
               case .number(let h)? = members.first(where: { $0.0.lowercased() == "height" })?.1 {
                return "\"\(w)x\(h)\""
            }
            var out: [String] = []
            for (k, x) in members {
                guard let key = jsonQuoted(k), let j = bracedJSON(x, variables: variables, depth: depth + 1) else { return nil }
                out.append(key + ": " + j)
            }
            return "{" + out.joined(separator: ", ") + "}"
        }
    }

    private static func isVariable(_ v: BracedValue) -> Bool {
        if case .variable = v { return true }
        return false
    }

    /// The tokens of either syntax; nil for a character neither uses (prose, which is left alone). `#` starts a comment.
    fileprivate static func bracedTokens(_ text: String) -> [BracedToken]? {
        var out: [BracedToken] = []
        let chars = Array(text.unicodeScalars)
        var i = 0
        func isNameStart(_ c: Unicode.Scalar) -> Bool { CharacterSet.letters.contains(c) || c == "_" }
        func isName(_ c: Unicode.Scalar) -> Bool { isNameStart(c) || CharacterSet.decimalDigits.contains(c) || c == "." }
        while i < chars.count {
            let c = chars[i]
            if CharacterSet.whitespacesAndNewlines.contains(c) { i += 1; continue }
            if c == "#" {
                while i < chars.count, chars[i] != "\n" { i += 1 }
                continue
            }
            if c == "\"" || c == "'" {
                var s = String.UnicodeScalarView(), j = i + 1, closed = false
                while j < chars.count {
                    let d = chars[j]
                    if d == "\\", j + 1 < chars.count { s.append(chars[j + 1]); j += 2; continue }
                    if d == c { closed = true; break }
                    s.append(d)
                    j += 1
                }
                guard closed else { return nil }
                out.append(.string(String(s)))
                i = j + 1
                continue
            }
            if c == "$" {
                var j = i + 1, s = ""
                while j < chars.count, isName(chars[j]), chars[j] != "." { s.unicodeScalars.append(chars[j]); j += 1 }
                guard !s.isEmpty else { return nil }
                out.append(.variable(s))
                i = j
                continue
            }
            if CharacterSet.decimalDigits.contains(c) || (c == "-" && i + 1 < chars.count && CharacterSet.decimalDigits.contains(chars[i + 1])) {
                var j = i + 1, s = String(c)
                while j < chars.count, CharacterSet.decimalDigits.contains(chars[j]) || chars[j] == "." || chars[j] == "e" || chars[j] == "E" { s.unicodeScalars.append(chars[j]); j += 1 }
                guard Double(s) != nil else { return nil }
                out.append(.number(s))
                i = j
                continue
            }
            if isNameStart(c) {
                var j = i, s = ""
                while j < chars.count, isName(chars[j]) { s.unicodeScalars.append(chars[j]); j += 1 }
                out.append(.name(s))
                i = j
                continue
            }
            guard "{}()[]:,;=!<>".unicodeScalars.contains(c) else { return nil }
            out.append(.mark(Character(c)))
            i += 1
        }
        return out
    }

    /// A reader of either syntax over its tokens.
    fileprivate struct BracedParser {
        var tokens: [BracedToken]
        var i = 0
        var depth = 0

        var peek: BracedToken? { i < tokens.count ? tokens[i] : nil }

        /// Past a bracketed group, `( … )`, whatever is in it.
        mutating func skipGroup() -> Bool {
            var level = 0
            while i < tokens.count {
                if tokens[i] == .mark("(") { level += 1 } else if tokens[i] == .mark(")") { level -= 1 }
                i += 1
                if level == 0 { return true }
            }
            return false
        }

        /// A protobuf message's fields up to `}` (or the end, for the top): `name: value`, `name { … }`, `name: [ … ]`;
        /// a field named again is a list.
        mutating func message(until close: Character?) -> [(String, BracedValue)]? {
            guard depth < 8 else { return nil }
            depth += 1
            defer { depth -= 1 }
            var out: [(String, BracedValue)] = []
            while let t = peek {
                if let close, t == .mark(close) { i += 1; return out }
                guard case .name(let key) = t else { return nil }
                i += 1
                if peek == .mark(":") { i += 1 }
                let value: BracedValue
                if peek == .mark("{") || peek == .mark("<") {
                    let closer: Character = peek == .mark("{") ? "}" : ">"
                    i += 1
                    guard let inner = message(until: closer) else { return nil }
                    value = .object(inner)
                } else {
                    guard let v = self.value() else { return nil }
                    value = v
                }
                if let k = out.firstIndex(where: { $0.0 == key }) {
                    if case .list(let items) = out[k].1 { out[k].1 = .list(items + [value]) } else { out[k].1 = .list([out[k].1, value]) }
                } else {
                    out.append((key, value))
                }
            }
            return close == nil ? out : nil
        }

        /// A value: a string, number, word (an enum's), `$variable`, list, or object (`{key: value}`, JSON's `{"key": value}`).
        mutating func value() -> BracedValue? {
            guard depth < 8, let t = peek else { return nil }
            depth += 1
            defer { depth -= 1 }
            i += 1
            switch t {
            case .string(let s): return .string(s)
            case .number(let n): return .number(n)
            case .name(let w): return .word(w)
            case .variable(let v): return .variable(v)
            case .mark("["):
                var items: [BracedValue] = []
                while let p = peek, p != .mark("]") {
                    if p == .mark(",") { i += 1; continue }
                    guard let v = value() else { return nil }
                    items.append(v)
                }
                guard peek == .mark("]") else { return nil }
                i += 1
                return .list(items)
            case .mark("{"):
                var members: [(String, BracedValue)] = []
                while let p = peek, p != .mark("}") {
                    if p == .mark(",") { i += 1; continue }
                    let key: String
                    switch p {
                    case .name(let k), .string(let k): key = k
                    default: return nil
                    }
                    i += 1
                    guard peek == .mark(":") else { return nil }
                    i += 1
                    guard let v = value() else { return nil }
                    members.append((key, v))
                }
                guard peek == .mark("}") else { return nil }
                i += 1
                return .object(members)
            default: return nil
            }
        }

        /// A GraphQL selection `{ field(args) { … } … }`: its fields with their arguments (what each selects back is
        /// skipped); an alias (`a: setLook(…)`) names the field after it.
        mutating func selection() -> [(name: String, arguments: [(String, BracedValue)])]? {
            guard peek == .mark("{"), depth < 8 else { return nil }
            depth += 1
            defer { depth -= 1 }
            i += 1
            var out: [(name: String, arguments: [(String, BracedValue)])] = []
            while let t = peek {
                if t == .mark("}") { i += 1; return out }
                if t == .mark(",") { i += 1; continue }
                guard case .name(var name) = t else { return nil }
                i += 1
                if peek == .mark(":"), i + 1 < tokens.count, case .name(let real) = tokens[i + 1] { name = real; i += 2 }
                var arguments: [(String, BracedValue)] = []
                if peek == .mark("(") {
                    i += 1
                    while let p = peek, p != .mark(")") {
                        if p == .mark(",") { i += 1; continue }
                        guard case .name(let key) = p else { return nil }
                        i += 1
                        guard peek == .mark(":") else { return nil }
                        i += 1
                        guard let v = value() else { return nil }
                        arguments.append((key, v))
                    }
                    guard peek == .mark(")") else { return nil }
                    i += 1
                }
                if peek == .mark("{") { guard selection() != nil else { return nil } }
                out.append((name, arguments))
            }
            return nil
        }
    }
}
