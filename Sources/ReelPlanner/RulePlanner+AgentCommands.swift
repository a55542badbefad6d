import Foundation
import ReelTimeline

/// Commands as precise writers put them: a head naming what is acted on, then `key=value`
/// arguments (`trim clip 2: in=1.2s, dur=1.5s`, `music start_ms=2000 end_ms=9000 fade_out_ms=1000`,
/// `add_text kind=caption text="Sale" start=00:00:06.500 end=00:00:09.000 position=top`,
/// `edit_text target=title text='Launch Day' duration=2s`, `set speed clip#2=0.5`,
/// `compose sources=[p2.jpg,p1.jpg] still_ms=5000 transition=none fit=contain`). Keys are read
/// whatever their case (`fade_out_ms`, `fadeOutMs`, `fadeout`), values with their units (`1.5s`,
/// `500ms`, `50%`, timecodes), quoted words and lists. A statement is taken only when every
/// argument maps onto a typed operation; anything else is left to the words rules.
extension RulePlanner {
    /// One argument's value.
    enum CommandValue: Equatable {
        case words(String), number(Double, unit: String), list([String]), word(String)

        /// A time in milliseconds: `1.5s`, `500ms`, `00:00:06.500`; a bare number is in the key's
        /// unit, else milliseconds from 200 up and seconds below.
        func ms(keyUnit: String) -> Int? {
            guard case .number(let n, let unit) = self, n >= 0 else { return nil }
            switch unit.isEmpty ? keyUnit : unit {
            case "ms": return Int(n.rounded())
            case "s", "sec", "secs", "seconds", "second": return Int((n * 1000).rounded())
            case "": return n >= 200 ? Int(n.rounded()) : Int((n * 1000).rounded())
            default: return nil
            }
        }

        var text: String? {
            switch self {
            case .words(let s), .word(let s): s
            case .number(let n, _): n == n.rounded() ? String(Int(n)) : String(n)
            case .list: nil
            }
        }
    }

    /// A parsed argument: its key's name in lower case without separators or unit, and the unit.
    struct CommandArgument {
        var name: String
        var unit: String
        var value: CommandValue
    }

    /// The statements of a message as a command writer ends them: `;`, a new line, `. `.
    static func commandStatements(_ text: String) -> [String] {
        split(Substring(text)) { ch, next in ch == ";" || ch == "\n" || (ch == "." && (next == nil || next == " ")) }
    }

    /// `fade_out_ms` → ("fadeout", "ms"), `durationMs` → ("duration", "ms"), `dur` → ("duration", "").
    static func commandKey(_ key: String) -> (name: String, unit: String) {
        var k = key
        var unit = ""
        // (`fadeOutSeconds`, `startMillis`: the unit in camel case too; the name alone was no key Reel reads.)
        if let r = firstRange(#"(?:_ms|Ms|_MS|-ms|_millis|Millis|_milliseconds|Milliseconds)$"#, in: k) { unit = "ms"; k = String(k[..<r.lowerBound]) }
        else if let r = firstRange(#"(?:_s|_sec|_secs|_seconds|(?<=[a-z])(?:Sec|Secs|Seconds))$"#, in: k) { unit = "s"; k = String(k[..<r.lowerBound]) }
        var name = k.lowercased().filter { $0.isLetter || $0.isNumber || $0 == "#" }
        let synonyms: [String: String] = [
            "dur": "duration", "length": "duration", "len": "duration", "inpoint": "in", "trimin": "in", "start": "start",
            "starttime": "start", "begin": "start", "from": "start", "endtime": "end", "stop": "end", "to": "end", "until": "end",
            "outpoint": "out", "vol": "volume", "level": "volume", "gain": "volume", "pos": "position", "placement": "position",
            "type": "kind", "content": "text", "label": "text", "value": "value", "src": "sources", "source": "sources",
            "media": "sources", "files": "sources", "items": "sources", "clips": "sources", "still": "still", "stillduration": "still",
            "imageduration": "still", "photoduration": "still", "perimage": "still", "perphoto": "still", "colour": "color",
            "fontsize": "size", "textsize": "size", "framerate": "fps", "transitions": "transition", "song": "music", "bgm": "music",
            "track": "music", "fadein": "fadein", "fadeout": "fadeout", "fadeinduration": "fadein", "fadeoutduration": "fadeout",
            "aspectratio": "aspect", "ratio": "aspect", "resolution": "canvas", "size2": "size", "style": "look", "filter": "look",
            "rate": "speed", "playbackrate": "speed", "factor": "speed",
        ]
        name = synonyms[name] ?? name
        return (name, unit)
    }

    /// `key=value` arguments from `s`, or nil when anything in it is not one.
    static func commandArguments(_ s: Substring) -> [CommandArgument]? {
        var rest = s
        var out: [CommandArgument] = []
        while true {
            rest = rest.drop { $0 == " " || $0 == "," || $0 == "\t" }
            if rest.hasPrefix("and ") { rest = rest.dropFirst(4) }
            if rest.isEmpty { break }
            guard let m = Numbers.firstMatch(#"^([A-Za-z][\w.-]*(?:#\d+)?)\s*=\s*"#, in: String(rest)) else { return nil }
            rest = rest.dropFirst(m[0].count)
            guard let (value, after) = commandValue(rest) else { return nil }
            let (name, unit) = commandKey(m[1])
            out.append(CommandArgument(name: name, unit: unit, value: value))
            rest = after
        }
        return out.isEmpty ? nil : out
    }

    /// One value and what follows it.
    static func commandValue(_ s: Substring) -> (CommandValue, Substring)? {
        guard let c = s.first else { return nil }
        if let close: Character = ["\"": "\"", "'": "'", "“": "”", "‘": "’"][c] {
            guard let end = s.dropFirst().firstIndex(of: close) else { return nil }
            return (.words(String(s[s.index(after: s.startIndex)..<end])), s[s.index(after: end)...])
        }
        if c == "[" {
            guard let end = s.firstIndex(of: "]") else { return nil }
            let items = s[s.index(after: s.startIndex)..<end].split(separator: ",")
                .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " \"'")) }.filter { !$0.isEmpty }
            return (.list(items), s[s.index(after: end)...])
        }
        let word = s.prefix { $0 != " " && $0 != "," && $0 != ";" }
        let after = s.dropFirst(word.count)
        let w = String(word)
        // Timecodes: `00:00:06.500`, `00:00:04:00` (frames at 30 fps), `0:06`.
        if let m = Numbers.firstMatch(#"^(\d{1,2}):([0-5]\d):([0-5]\d)(?:\.(\d{1,3})|:(\d{1,2}))?$"#, in: w) {
            let whole = Double((Int(m[1]) ?? 0) * 3600 + (Int(m[2]) ?? 0) * 60 + (Int(m[3]) ?? 0))
            let fraction = !m[4].isEmpty ? (Double("0." + m[4]) ?? 0) : (Double(m[5]) ?? 0) / 30
            return (.number((whole + fraction) * 1000, unit: "ms"), after)
        }
        if let m = Numbers.firstMatch(#"^(\d{1,2}):([0-5]\d)(?:\.(\d{1,3}))?$"#, in: w) {
            let whole = Double((Int(m[1]) ?? 0) * 60 + (Int(m[2]) ?? 0)) + (m[3].isEmpty ? 0 : Double("0." + m[3]) ?? 0)
            return (.number(whole * 1000, unit: "ms"), after)
        }
        // `duration=+5s`: a change by that much, read by the words (it set the video to 5 s).
        if w.hasPrefix("+") { return nil }
        if let m = Numbers.firstMatch(#"^([+-]?\d+(?:\.\d+)?)(ms|s|sec|secs|seconds?|%|x|fps)?$"#, in: w), let n = Double(m[1]) {
            return (.number(n, unit: m[2].lowercased()), after)
        }
        // `1.5 s`, `500 ms`: the unit after a space.
        if let m = Numbers.firstMatch(#"^([+-]?\d+(?:\.\d+)?) (ms|s|sec|secs|seconds?|%)(?![\w=])"#, in: String(s)), let n = Double(m[1]) {
            return (.number(n, unit: m[2].lowercased()), s.dropFirst(m[0].count))
        }
        // `sources=a.jpg,b.jpg`: a list without brackets.
        if w.contains(","), w.split(separator: ",").allSatisfy({ has(String($0), #"^[\w-]+\.\w{2,4}$"#) }) {
            return (.list(w.split(separator: ",").map(String.init)), after)
        }
        guard !w.isEmpty else { return nil }
        return (.word(w), after)
    }

    /// What the head of a command names.
    struct CommandHead {
        var words: String
        var segment: SegmentTarget?
        var text: TextTarget?
    }

    /// The head's target: "clip 2", "clip #2", "segment 1" (counted from 1), "index 0" (from 0
    /// unless the command says 1-based), "text overlay index 0", "title".
    static func commandHead(_ raw: String) -> CommandHead {
        let oneBased = has(raw, #"\b(?:1|one)[- ]?(?:based|indexed)\b"#)
        var words = replacing(raw, #"\(\s*(?:0|1|zero|one)[- ]?(?:based|indexed)\s*\)"#, " ")
        // `add_text`, `editText`, `set_speed`: a call name as words.
        words = keyWords(words)
        words = replacing(words, #"\s+"#, " ").trimmingCharacters(in: CharacterSet(charactersIn: " :,"))
        var head = CommandHead(words: words)
        let textish = has(words, #"\b(?:text|overlay|caption|title|subtitle|lower third|end ?card)s?\b"#)
        if let m = Numbers.firstMatch(#"\b(?:clip|segment|item|shot|visual)s?\s*(?:#\s*)?(\d+)\b"#, in: words), !textish, let n = Int(m[1]) {
            head.segment = .index(n - 1)
        } else if let m = Numbers.firstMatch(#"\b(?:index|idx)\s*(?:#\s*)?(\d+)\b"#, in: words), let n = Int(m[1]) {
            let i = oneBased ? n - 1 : n
            if textish { head.text = .index(i) } else { head.segment = .index(i) }
        } else if let m = Numbers.firstMatch(#"\b(?:text|overlay|caption|title)s?\s*(?:#\s*)?(\d+)\b"#, in: words), let n = Int(m[1]) {
            head.text = .index(n - 1)
        } else if let m = Numbers.firstMatch(#"\b(title|caption|end ?card)\b"#, in: words), has(words, #"\b(?:edit|update|change|set|modify|restyle|move|retime)\b"#) {
            head.text = .kind(TextKind(rawValue: m[1].replacingOccurrences(of: " ", with: "")) ?? .caption)
        }
        if has(words, #"\b(?:all|every|each)\b(?: (?:clips?|segments?|shots?))?"#), head.segment == nil, !textish { head.segment = .all }
        return head
    }

    /// A statement that is wholly a command, as operations; `[]` for a check that changes nothing
    /// (`expect segments=4`); nil when it is not one.
    static func command(_ statement: String, media: [String]) -> [EditOperation]? {
        var s = statement.trimmingCharacters(in: .whitespaces)
        s = replacing(s, #"^(?:then|and|next|-|\*|•|\d+[.)])\s+"#, "")
        guard let eq = firstRange(#"(?<![\w#.\[-])[A-Za-z][\w.-]*(?:#\d+)?\s*=\s*\S"#, in: s) else { return nil }
        var rawHead = String(s[..<eq.lowerBound])
        // `add caption "Limited stock" start=6s dur=3s`: words quoted at the head's end are the text's.
        var quoted: CommandArgument?
        if let q = rawHead.firstIndex(where: { "\"“'‘".contains($0) }), rawHead[..<q].last == " ",
           let (value, after) = commandValue(rawHead[q...]), after.allSatisfy({ $0 == " " || $0 == ":" || $0 == "," }) {
            quoted = CommandArgument(name: "text", unit: "", value: value)
            rawHead = String(rawHead[..<q])
        }
        // The head is a few words, never a sentence with its own quoted words.
        guard rawHead.split(separator: " ").count <= 6, !rawHead.contains("\""), !rawHead.contains("="),
              var arguments = commandArguments(s[eq.lowerBound...]) else { return nil }
        if let quoted {
            guard has(rawHead, #"\b(?:text|overlay|caption|title|subtitle|lower third|end ?card)s?\b"#), !arguments.contains(where: { $0.name == "text" }) else { return nil }
            arguments.insert(quoted, at: 0)
        }
        var head = commandHead(rawHead)
        let h = head.words.lowercased()
        // Only heads made of the words commands use ("generate broll …" is a tool Reel does not have).
        guard h.split(whereSeparator: { !$0.isLetter }).allSatisfy({ commandHeadWords.contains(String($0)) }) else { return nil }
        // A check: `expect segments=4`, `assert duration_ms=10000`.
        if has(h, #"^(?:expect(?:ed|s)?|assert|check|verify|should be|then expect)$"#) { return [] }
        // `set speed clip#2=0.5`: the key is the target, the head names the field.
        for (i, a) in arguments.enumerated() {
            guard let m = Numbers.firstMatch(#"^(?:clip|segment|item|shot)#?(\d+)$"#, in: a.name), let n = Int(m[1]) else { continue }
            guard let field = Numbers.firstMatch(#"\b(speed|volume|fit|duration|look|motion)\b"#, in: h) else { return nil }
            head.segment = .index(n - 1)
            arguments[i].name = field[1]
        }
        func take(_ names: String...) -> CommandArgument? {
            guard let i = arguments.firstIndex(where: { names.contains($0.name) }) else { return nil }
            return arguments.remove(at: i)
        }
        func ms(_ a: CommandArgument?) -> Int?? {
            guard let a else { return .some(nil) }
            return a.value.ms(keyUnit: a.unit).map { .some($0) } ?? nil
        }
        var ops: [EditOperation] = []
        let textHead = has(h, #"\b(?:text|overlay|caption|title|subtitle|lower third|end ?card)s?\b"#)
            || (arguments.contains { $0.name == "text" } && !has(h, #"\b(?:music|audio|song|trim|speed|compose)\b"#))
        let target = take("target", "index", "idx")
        if let t = target {
            switch t.value {
            case .number(let n, _): if textHead { head.text = .index(Int(n)) } else { head.segment = .index(Int(n)) }
            case .word(let w), .words(let w):
                if let kind = TextKind(rawValue: w.lowercased().replacingOccurrences(of: " ", with: "")) { head.text = .kind(kind) }
                else if let m = Numbers.firstMatch(#"^(?:clip|segment)\[?#?(\d+)\]?$"#, in: w), let n = Int(m[1]) { head.segment = .index(n - 1) }
                else if w.lowercased() == "all" { head.segment = .all }
                else if w.lowercased() == "last" { head.segment = .last }
                else { return nil }
            case .list: return nil
            }
        }
        // `speed clip=2 factor=2`, `mute segment=b.mp4`: the clip a key names, counted from 1 (every clip was sped up).
        if head.segment == nil, !textHead, let a = take("clip", "segment", "item", "shot") {
            switch a.value {
            case .number(let n, let unit):
                guard unit.isEmpty, n >= 1, n == n.rounded() else { return nil }
                head.segment = .index(Int(n) - 1)
            case .word(let w), .words(let w):
                guard has(w, #"^[\w-]+\.[A-Za-z0-9]{2,4}$"#) else { return nil }
                head.segment = .named(w)
            case .list: return nil
            }
        }
        if has(h, #"\b(?:compose|composition|timeline|sequence|project)\b"#) || (h.isEmpty && arguments.contains { $0.name == "sources" }) {
            guard let src = take("sources") else { return nil }
            let visuals = media.filter { !isAudio($0) }
            var names: [String]
            switch src.value {
            case .list(let items): names = items
            case .word(let w):
                switch w.lowercased() {
                case "all", "media", "everything": names = visuals
                case "images", "photos", "pictures", "stills", "pics":
                    names = visuals.filter { !has(($0 as NSString).pathExtension, #"^(?:mp4|mov|webm|m4v|avi|mkv)$"#) }
                case "videos", "clips", "footage":
                    names = visuals.filter { has(($0 as NSString).pathExtension, #"^(?:mp4|mov|webm|m4v|avi|mkv)$"#) }
                default: names = [w]
                }
            default: return nil
            }
            names = names.map { n in media.first { ($0 as NSString).lastPathComponent.lowercased() == n.lowercased() } ?? n }
            guard !names.isEmpty else { return nil }
            guard case .some(let still) = ms(take("still")) else { return nil }
            ops.append(.compose(sources: names, stillMs: still ?? Segment.defaultStillDuration))
        } else if has(h, #"\btrim\b"#) || (head.segment != nil && arguments.contains { ["in", "out"].contains($0.name) }) {
            guard let target = head.segment,
                  case .some(let inMs) = ms(take("in")), case .some(var dur) = ms(take("duration")),
                  case .some(let out) = ms(take("out", "end")) else { return nil }
            if dur == nil, let out { dur = out - (inMs ?? 0) }
            guard inMs != nil || dur != nil, (dur ?? 1) > 0 else { return nil }
            ops.append(.trim(target, inMs: inMs, durationMs: dur))
        } else if textHead, has(h, #"\b(?:remove|delete|clear|drop|hide)\b"#) {
            if let k = take("kind"), let kind = TextKind(rawValue: k.value.text?.lowercased() ?? "") { head.text = head.text ?? .kind(kind) }
            guard let t = head.text else { return nil }
            ops.append(.removeText(t))
        } else if textHead {
            // (`caption "Ends Sunday": start=7s`: new words with no verb are a new caption; a title's are left to the
            // words, which give the one title they name.)
            let adding = has(h, #"\b(?:add|new|insert|create|put|show)\b"#) || (quoted != nil && !has(h, #"\b(?:edit|update|change|set|modify|restyle|move|retime|make|title)\b"#))
            let kindArg = take("kind")
            let words = take("text")
            guard case .some(let start) = ms(take("start")), case .some(var dur) = ms(take("duration")),
                  case .some(let end) = ms(take("end")) else { return nil }
            if dur == nil, let end {
                guard let start, end > start else { return nil }
                dur = end - start
            }
            var position: TextPosition?
            if let p = take("position") {
                guard let word = p.value.text, let pos = TextPosition(rawValue: replacing(word.lowercased(), #"[ _]"#, "-")) else { return nil }
                position = pos
            }
            if adding {
                guard let text = words?.value.text else { return nil }
                let kindWord = kindArg?.value.text?.lowercased() ?? Numbers.firstMatch(#"\b(title|caption|end ?card)\b"#, in: h)?[1] ?? "caption"
                guard let kind = TextKind(rawValue: kindWord.replacingOccurrences(of: " ", with: "")) else { return nil }
                ops.append(.addText(kind: kind, text: text, startMs: start, durationMs: dur, position: position))
            } else {
                if let k = kindArg, let kind = TextKind(rawValue: k.value.text?.lowercased() ?? "") { head.text = head.text ?? .kind(kind) }
                guard let t = head.text else { return nil }
                let color = take("color")?.value.text
                var size: Int?
                if let a = take("size") { guard case .number(let n, _) = a.value else { return nil }; size = Int(n) }
                ops.append(.editText(t, text: words?.value.text, startMs: start, durationMs: dur, position: position, color: color, size: size))
            }
        // `music=song.mp3 volume=0.3 fade_in=2s fade_out=3s`: keys that open with the music and are all the music's
        // describe the music, as `set music …` does (its fades faded the video).
        } else if has(h, #"\b(?:music|audio|song|bgm|soundtrack|track)\b"#)
                    || (h.isEmpty && arguments.first?.name == "music" && arguments.contains { ["fadein", "fadeout"].contains($0.name) }
                        && arguments.allSatisfy { ["music", "volume", "musicvolume", "fadein", "fadeout", "loop"].contains($0.name) }) {
            if let src = take("sources", "file", "music") {
                guard let n = src.value.text, has(n, #"\.(?:mp3|wav|m4a|aac|ogg|flac|opus)$"#) else { return nil }
                var volume = EditOperation.defaultMusicVolume
                if let v = take("volume") { guard let x = level(v.value) else { return nil }; volume = x }
                ops.append(.addMusic(source: media.first { ($0 as NSString).lastPathComponent.lowercased() == n.lowercased() } ?? n, volume: volume))
            }
            guard case .some(let start) = ms(take("start")), case .some(let end) = ms(take("end")),
                  case .some(let fadeIn) = ms(take("fadein")), case .some(let fadeOut) = ms(take("fadeout")) else { return nil }
            if start != nil || end != nil { ops.append(.setMusicTiming(startMs: start, endMs: end)) }
            if fadeIn != nil || fadeOut != nil { ops.append(.setMusicFades(inMs: fadeIn, outMs: fadeOut)) }
            if let v = take("volume") { guard let x = level(v.value) else { return nil }; ops.append(.setMusicVolume(x)) }
            if let l = take("loop") { guard let b = flag(l.value) else { return nil }; ops.append(.setMusicLoop(b)) }
        } else if let a = take("speed") {
            guard case .number(let n, let unit) = a.value, n > 0, unit.isEmpty || unit == "x" else { return nil }
            ops.append(.setSpeed(head.segment ?? .all, n))
        }
        // What any command may set besides: the video's fades, length, frame rate, fit, transitions, music.
        guard case .some(let fadeIn) = ms(take("fadein")), case .some(let fadeOut) = ms(take("fadeout")) else { return nil }
        if fadeIn != nil || fadeOut != nil { ops.append(.setFades(inMs: fadeIn, outMs: fadeOut)) }
        // A transition's name and length: `transition=crossfade duration=500ms`.
        if let a = take("transition") {
            guard let name = a.value.text?.lowercased(), case .some(let ms) = ms(take("transitionduration", arguments.contains { $0.name == "duration" } && ops.isEmpty ? "duration" : "transitionduration")) else { return nil }
            if has(name, #"^(?:none|no|off|cut|cuts|hard ?cut|false|null)$"#) {
                ops.append(.setTransition(head.segment ?? .all, name: nil, durationMs: 0))
            } else {
                ops.append(.setTransition(head.segment ?? .all, name: name, durationMs: ms ?? EditOperation.defaultTransitionMs))
            }
        }
        if let a = take("duration", "total", "totalduration", "videoduration", "runtime") {
            // A length with no owner is the video's only when the head names nothing else.
            guard let n = a.value.ms(keyUnit: a.unit), n > 0, head.segment == nil, head.text == nil else { return nil }
            ops.append(.setDuration(ms: n))
        }
        if let a = take("fps") { guard case .number(let n, _) = a.value, n > 0, n <= 240 else { return nil }; ops.append(.setFPS(Int(n))) }
        if let a = take("fit") {
            guard let f = a.value.text.flatMap({ Fit(rawValue: $0.lowercased()) }) else { return nil }
            ops.append(.setFit(head.segment ?? .all, f))
        }
        if let src = take("music") {
            guard let n = src.value.text, has(n, #"\.(?:mp3|wav|m4a|aac|ogg|flac|opus)$"#) else { return nil }
            var volume = EditOperation.defaultMusicVolume
            if let v = take("volume", "musicvolume") { guard let x = level(v.value) else { return nil }; volume = x }
            ops.append(.addMusic(source: media.first { ($0 as NSString).lastPathComponent.lowercased() == n.lowercased() } ?? n, volume: volume))
        }
        if let v = take("musicvolume") { guard let x = level(v.value) else { return nil }; ops.append(.setMusicVolume(x)) }
        // Every argument read, and something to do.
        guard arguments.isEmpty, !ops.isEmpty else { return nil }
        // Each operation as its wire form reads it, so a command means what the JSON would.
        return ops.compactMap { try? EditOperation(wire: $0.wire) }.count == ops.count ? ops : nil
    }

    /// The words a command's head is made of.
    static let commandHeadWords: Set<String> = [
        "set", "add", "edit", "update", "change", "modify", "make", "apply", "use", "new", "insert", "create", "put", "show",
        "remove", "delete", "clear", "drop", "hide", "trim", "cut", "compose", "composition", "build", "timeline", "sequence",
        "project", "music", "audio", "song", "bgm", "soundtrack", "track", "text", "texts", "overlay", "overlays", "caption",
        "captions", "title", "titles", "subtitle", "lower", "third", "end", "card", "endcard", "clip", "clips", "segment",
        "segments", "item", "items", "shot", "visual", "index", "idx", "all", "every", "each", "the", "a", "an", "of", "on", "for",
        "to", "with", "speed", "video", "fades", "fade", "transitions", "transition", "volume", "fit", "based", "one", "zero",
        "indexed", "expect", "expected", "expects", "assert", "check", "verify", "and", "then", "retime", "restyle", "move", "its",
        "it", "timing", "duration", "length", "look", "canvas", "fps", "settings", "params", "parameters", "config", "at",
        "please", "should", "be", "args", "arguments", "call", "tool", "op", "operation",
    ]

    /// A music level: `0.25`, `25%`, `25` (percent).
    static func level(_ v: CommandValue) -> Double? {
        guard case .number(let n, let unit) = v, n >= 0 else { return nil }
        if unit == "%" || n > 1 { return n <= 100 ? n / 100 : nil }
        return unit.isEmpty ? n : nil
    }

    static func flag(_ v: CommandValue) -> Bool? {
        switch v.text?.lowercased() {
        case "true", "yes", "on", "1": true
        case "false", "no", "off", "0": false
        default: nil
        }
    }
}

/// How precise writers say things in prose: checks that change nothing ("Expected order afterwards:
/// b.mp4, c.png, a.jpg.", "expect segments=4"), corrections ("Correction: the music volume should
/// be 0.08, not 0.8."), complaints before the fix ("Wrong look. Set the look to vintage instead"),
/// requests for the state ("Before continuing, list the segments …"), history counted in
/// operations ("Undo the last two operations") and broadcast timecodes (`00:00:12:00`).
extension RulePlanner {
    /// A statement that only checks what the edit should give.
    static let checkStatement = #"^(?:(?:then|and|afterwards|after that)[,]? )?(?:expect(?:ed|ing|s)?\b|assert\b|the (?:expected )?(?:result|outcome) should\b|(?:the )?(?:order|sequence|timeline|segments?) should (?:now )?(?:be|read|look)\b|this should (?:give|result|leave|make)\b)"#

    /// A statement that only says the last edit was wrong: "Wrong look.", "Both edits were wrong.",
    /// "The caption start is wrong." (what it names is what "it" means next).
    static let complaintStatement = #"^(?:(?:oops|sorry|no)[,!]? )?(?:(?:that|this|it)(?:'s| is| was) (?:wrong|incorrect|a mistake|not (?:right|correct|what i (?:asked|wanted)))|wrong (?:[\w-]+ ?){1,3}|(?:both|all|the last(?: (?:two|three|\d+))?|those|these|the previous) (?:edits?|changes?|operations?|steps?)(?: (?:were|was|are|is))? (?:wrong|incorrect|a mistake|mistaken)|((?:the|my|your) (?:[\w-]+ ){0,3}?(?:title|caption|text|end ?card|music|song|look|canvas|transitions?|clip \d+|segment \d+|fades?))(?: [\w-]+){0,2} (?:is|are|was|were) (?:wrong|incorrect|off|not right))[.!]?$"#

    /// A tool Reel does not have, called with arguments (`generate_broll prompt="…" duration=5s`):
    /// only its name is kept, so no argument is read as something else (the 5 s as the video's length).
    static func unknownToolsNamedOnly(_ text: String) -> String {
        guard text.contains("="), has(text, #"(?:^|[;\n]\s*)[a-z]+_[a-z0-9_]+(?:\s+|\s*\(\s*)[A-Za-z_]+\s*="#) else { return text }
        var t = text
        for statement in commandStatements(text) {
            // (Also called with brackets: `generate_voiceover(text="Welcome", voice="female")`.)
            guard let m = Numbers.firstMatch(#"^\s*([a-z]+_[a-z0-9_]+)(?:\s+|\s*\(\s*)[A-Za-z_]+\s*="#, in: statement),
                  let named = unknownTool(m[1]), let r = t.range(of: statement) else { continue }
            t.replaceSubrange(r, with: named)
        }
        return t
    }

    /// The prose forms above, rewritten to words the rules read; `text` comes whole (several statements).
    static func agentProse(_ text: String) -> String {
        var t = text
        // Broadcast timecodes HH:MM:SS:FF (frames at 30 fps): "runtime 00:00:20:00" is 20 s.
        if t.contains(":") {
            t = substitute(t, #"(?<![\d:.])(\d{1,2}):([0-5]\d):([0-5]\d):([0-5]\d)(?![\d:])"#) { g in
                let ms = ((Int(g[1]) ?? 0) * 3600 + (Int(g[2]) ?? 0) * 60 + (Int(g[3]) ?? 0)) * 1000 + Int((Double(Int(g[4]) ?? 0) * 1000 / 30).rounded())
                return seconds(ms) + "s"
            }
        }
        // "music track.mp3 (volume 0.25, fadeInMs 1500, fadeOutMs 2500)": each setting the music's.
        if t.contains("(") {
            t = substitute(t, #"\b((?:music|song|soundtrack|bgm|audio)(?: track)?(?: [\w.-]+\.(?:mp3|wav|m4a|aac|ogg|flac|opus))?)\s*\(([^()]*\b(?:volume|fade|start|end|loop)[^()]*)\)"#) { g in
                g[1] + ", " + g[2].split(separator: ",").map { "music " + $0.trimmingCharacters(in: .whitespaces) }.joined(separator: ", ")
            }
        }
        // "add a voiceover using narration.wav, starting at 2 seconds": where the voice starts (the comma cut it off).
        t = replacing(t, #"\b(voice ?-?over|narration)\b((?:[^.;,]|\.(?=\w)){0,60}?),\s*(?=(?:starting|beginning|coming in|kicking in) at\b)"#, "$1$2 ")
        // "in at 4s, out at 8s": an editor's in and out points, as a span.
        t = replacing(t, #"\bin at (\d+(?:\.\d+)?\s*(?:s|ms|secs?|seconds?)\b|\d{1,2}:\d\d(?::\d\d)?(?:\.\d+)?)\s*[,;]?\s*(?:and )?out at (\d+(?:\.\d+)?\s*(?:s|ms|secs?|seconds?)\b|\d{1,2}:\d\d(?::\d\d)?(?:\.\d+)?)"#, "from $1 to $2")
        guard has(t, #"expect|assert|should|wrong|incorrect|mistake|correction|before (?:continuing|we|you|going|proceeding)|\b(?:list|enumerate|report|print|dump)\b|\bundo|\bredo"#) else { return t }
        // "Correction:", "Before continuing,": words that only lead in.
        t = replacing(t, #"(?:^|(?<=[.;!?]\s))\s*(?:correction|fix|update|amendment|erratum)\s*[:—-]\s*"#, "")
        t = replacing(t, #"(?:^|(?<=[.;!?]\s))\s*before (?:continuing|proceeding|going (?:on|further)|(?:we|you|i) (?:continue|proceed|go on))\s*,\s*"#, "")
        // "list the segments on the visual track with their durations": the timeline, shown.
        t = replacing(t, #"\b(?:please )?(?:list|enumerate|report|print|dump|output|return|give me|tell me)\b(?: (?:all|every|each|me))? (?:of )?(?:the )?(?:current )?(?:segments?|clips?|tracks?|timeline|texts?|overlays?|items?|state|order|sources?)\b[^.;!?]*"#, "show the timeline")
        // "Undo the last two operations": history counted in operations, actions or tool calls.
        t = replacing(t, #"\b((?:undo|redo|revert|roll back)\b[^.;!?]*?\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)) (?:operations?|ops|actions?|commands?|(?:tool )?calls?)\b"#, "$1 changes")
        // "the music volume should be 0.08, not 0.8": the value it should have, set.
        t = replacing(t, #"\b(?:the )?((?:music |song |video |clip \d+ |title |caption |transition )?(?:volume|level|speed|look|frame ?rate|fps|canvas|aspect(?: ratio)?|length|duration|runtime|transitions?))\s+(?:should (?:be|have been)|must be|needs to be|was supposed to be)\s+((?:\d+(?:\.\d+)?\s*(?:%|x|ms|s|seconds?|fps)?|[a-z][\w-]*))\s*(?:,?\s*(?:not|rather than|instead of)\s+[\w.%-]+(?:\s*(?:%|x|ms|s|seconds?|fps))?)?(?=\s*(?:[.;!?]|$))"#, "set the $1 to $2")
        // ", not last", "(not 0.8)": the wrong value, which is no request.
        t = replacing(t, #"\b(should (?:be|go|come) [\w.-]+),\s*not [\w.-]+(?=\s*[.;!?]|$)"#, "$1")
        // Statements that check, or only complain: left out while anything else is asked.
        let parts = commandStatements(t)
        guard parts.count > 1 else { return t }
        var kept: [String] = []
        var named: String?
        for p in parts {
            let c = p.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: " ."))
            if has(c, checkStatement) || has(c, #"^confirm[.!]?$"#) { continue }
            if let m = Numbers.firstMatch(complaintStatement, in: c) {
                if !m[1].isEmpty { named = replacing(m[1], #"^(?:my|your)\b"#, "the") }
                continue
            }
            if let n = named {
                // "Change only its start time to 6000 ms" after "The caption start is wrong.": the caption's.
                let base = replacing(n, #"\s+(?:start|end|timing|duration|length|position|colou?r|size|text|volume|level)$"#, "")
                kept.append(replacing(replacing(p, #"\bits\b"#, NSRegularExpression.escapedTemplate(for: base)), #"\b(?<!')it\b(?!')"#, NSRegularExpression.escapedTemplate(for: base)))
                named = nil
            } else {
                kept.append(p)
            }
        }
        guard !kept.isEmpty, kept.count < parts.count else { return t }
        return kept.map { has($0, #"[.!?]$"#) ? $0 : $0 + "." }.joined(separator: " ")
    }

    /// One field of text `i`: where it starts, where it ends, or how long it shows.
    static func textField(_ field: String, ms: Int, of i: Int, called kindWord: String, draft: Draft, _ plan: inout Plan) -> Bool {
        let p = draft.textPositions[i]
        let start = draft.tracks[p.track].segments[p.segment].start ?? 0
        switch field {
        case "start":
            plan.operations.append(.editText(.index(i), text: nil, startMs: ms, durationMs: nil, position: nil, color: nil, size: nil))
            plan.understood.append("start the \(kindWord) at \(seconds(ms)) s")
        case "end":
            guard ms > start else { return false }
            plan.operations.append(.editText(.index(i), text: nil, startMs: nil, durationMs: ms - start, position: nil, color: nil, size: nil))
            plan.understood.append("end the \(kindWord) at \(seconds(ms)) s")
        default:
            guard ms > 0 else { return false }
            plan.operations.append(.editText(.index(i), text: nil, startMs: nil, durationMs: ms, position: nil, color: nil, size: nil))
            plan.understood.append("show the \(kindWord) for \(seconds(ms)) s")
        }
        return true
    }

    /// Edits precise writers make that need the draft: one field of a text ("Change only the
    /// caption's start time to 6000 ms; keep its duration", "The caption should end at 10 s"),
    /// a level moved by percentage points, a clip moved by index ("Move the segment at index 0 to
    /// the end"), a copy placed ("Duplicate segment 1 and place the copy at the end"), and the
    /// video's fades turned off ("Do not add video-level fades"). True when the clause was one.
    static func agentEdits(_ clause: String, draft: Draft, _ plan: inout Plan) -> Bool {
        let c = clause.lowercased()
        guard has(c, #"\b(?:start|end|duration|length|percentage points?|index|copy|duplicate|fades?|percent)\b|%"#) else { return false }
        let count = draft.visualSegments.count
        // A text's one field: start, end or length.
        if let m = Numbers.firstMatch(#"^(?:(?:please|now|then|and) )*(?:(?:change|set|move|make|update|shift) )?(?:only |just )?(?:the )?(title|caption|end ?card|text (\d+))(?:'s)? (start|end|duration|length)(?: ?time| ?point)?(?: only)? (?:to|=|at|should be|is|becomes?)\s+(\#(Numbers.amount)\s*(?:ms|milliseconds?|s|secs?|seconds?))(?: instead)?[.!]?$|^(?:the )?(title|caption|end ?card)(?: should| needs to| must)? (start|end)s? (?:at|to)\s+(\#(Numbers.amount)\s*(?:ms|milliseconds?|s|secs?|seconds?))(?: instead)?[.!]?$"#, in: c) {
            let kindWord = m[1].isEmpty ? m[5] : m[1]
            let field = m[3].isEmpty ? m[6] : m[3]
            guard let ms = Numbers.duration(in: m[4].isEmpty ? m[7] : m[4]) else { return false }
            let positions = draft.textPositions
            var index: Int?
            if !m[2].isEmpty, let n = Int(m[2]), positions.indices.contains(n - 1) { index = n - 1 }
            else if let kind = TextKind(rawValue: kindWord.replacingOccurrences(of: " ", with: "")) {
                let ofKind = positions.indices.filter { draft.tracks[positions[$0].track].segments[positions[$0].segment].kind == kind }
                // Only one text of that kind is plainly "the caption".
                guard ofKind.count == 1 else { return false }
                index = ofKind[0]
            }
            guard let i = index else { return false }
            return textField(field, ms: ms, of: i, called: kindWord, draft: draft, &plan)
        }
        // "… and durationMs to 4500" right after one field of a text was set: that text's other field.
        if let m = Numbers.firstMatch(#"^(?:and |then )?(?:(?:set|change|make|update) )?(?:its |the )?(start|end|duration|length)(?: ?time| ?point)? (?:to|=|at|should be|is|becomes?)\s+(\#(Numbers.amount)\s*(?:ms|milliseconds?|s|secs?|seconds?))[.!]?$"#, in: c),
           case .editText(let t, nil, _, _, nil, nil, nil)? = plan.operations.last, let i = (try? draft.textIndexes(t)).flatMap({ $0.count == 1 ? $0[0] : nil }),
           let ms = Numbers.duration(in: m[2]) {
            let p = draft.textPositions[i]
            return textField(m[1], ms: ms, of: i, called: kindWord(draft.tracks[p.track].segments[p.segment].kind ?? .caption), draft: draft, &plan)
        }
        // "Lower the music by 10 percentage points", "lower the music by 10%": an amount of the level
        // itself (35% → 25%), never the level it is set to.
        if let m = Numbers.firstMatch(#"\b(lower|reduce|decrease|drop|cut|raise|increase|boost|bring (?:up|down)|turn (?:up|down))\b.*\bby (\d+(?:\.\d+)?) ?(?:percentage points?|points?|pp\b|%|percent\b|per cent\b)"#, in: c),
           has(c, #"\b(?:music|song|bgm|volume|level|it)\b"#), !has(c, #"\b(?:speed|bright|contrast|saturat|zoom|size)"#), let n = Double(m[2]),
           let current = draft.tracks.first(where: { $0.role == .music })?.segments.first?.volume {
            let down = has(m[1], #"lower|reduce|decrease|drop|cut|down"#)
            let v = max(0, min(2, current + (down ? -n : n) / 100))
            plan.operations.append(.setMusicVolume((v * 1000).rounded() / 1000))
            plan.understood.append("set the music to \(Int((v * 100).rounded()))%")
            return true
        }
        // "Move the segment at index 0 to the end (index 2)": an index counted from 0.
        // "Move the clip at index 2 to index 0 (0-based indexes)"; "(1-based)" counts from 1.
        if let m = Numbers.firstMatch(#"^(?:please )?move (?:the )?(?:segment|clip|item|shot) at index (\d+) to (?:(the end|the (?:start|beginning|front))|(?:index|position) (\d+))(?: \((?:index|position) (\d+)\))?(?:,? \(?((?:0|1|zero|one)[- ]?(?:based|indexed))(?: (?:indexes|indices|indexing|index|positions|counting))?\)?)?[.!]?$"#, in: c),
           let from = Int(m[1]).map({ has(m[5], "^(?:1|one)") ? $0 - 1 : $0 }), (0..<count).contains(from) {
            let to = !m[3].isEmpty ? (Int(m[3]).map { has(m[5], "^(?:1|one)") ? $0 - 1 : $0 } ?? -1) : has(m[2], "end") ? count - 1 : 0
            guard (0..<count).contains(to) else { return false }
            plan.operations.append(.move(.index(from), to: to))
            plan.understood.append("move clip \(from + 1) to position \(to + 1)")
            return true
        }
        // "Duplicate segment 1 and place the copy at the end" (… "at the end of the visual track").
        if let m = Numbers.firstMatch(#"^(?:please )?duplicate (?:the )?(?:segment|clip|shot|item) #?(\d+) and (?:place|put|move|add|append) (?:the |its )?(?:copy|duplicate|new one|clone) (?:at|to) the (end|start|beginning)(?: of the (?:visual |video )?(?:timeline|video|sequence|track))?[.!]?$"#, in: c),
           let n = Int(m[1]), (1...max(1, count)).contains(n), count > 0 {
            plan.operations.append(.duplicate(.index(n - 1)))
            plan.operations.append(.move(.index(n), to: m[2] == "end" ? count : 0))
            plan.understood.append("duplicate clip \(n) and put the copy at the \(m[2])")
            return true
        }
        // "… and place the copy at the end", after a duplicate in the clause before.
        if let m = Numbers.firstMatch(#"^(?:and |then )?(?:place|put|move|add|append|drop) (?:the |its |that )?(?:copy|duplicate|clone|new one|duplicated (?:one|clip|segment))(?: of it)? (?:at|to) the (end|start|beginning|front)(?: of the (?:visual |video )?(?:timeline|video|sequence|track))?[.!]?$"#, in: c),
           case .duplicate(.index(let k))? = plan.operations.last, count > k + 1 {
            plan.operations.append(.move(.index(k + 1), to: m[1] == "end" ? count - 1 : 0))
            plan.understood.append("put the copy at the \(m[1])")
            return true
        }
        // "Do not add video-level fades", "no fades on the picture": the video's own fades off.
        if has(c, #"^(?:and |but |please )?(?:(?:do not|don'?t) (?:add|use|put|apply)|no|without|remove(?: the)?|turn off(?: the)?|disable(?: the)?) (?:any )?(?:video[- ]level |video |picture |visual |black )?fades?(?: (?:in|to black|from black) or (?:fade )?out| in and out)?(?: (?:on|for|to) the (?:picture|video|image|visuals?|footage))?[.!]?$"#),
           !has(c, #"music|song|audio|sound|transition"#) {
            plan.operations.append(.setFades(inMs: 0, outMs: 0))
            plan.understood.append("no fades on the video")
            return true
        }
        return false
    }
}
