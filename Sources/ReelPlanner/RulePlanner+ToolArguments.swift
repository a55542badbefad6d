import Foundation
import ReelTimeline

/// Calls of Reel's own tools read by their arguments. An agent names a tool in its own words (`set_volume`,
/// `mute_clip_audio`, `fade_out`, `trim_clip`) and its arguments in its own keys and units (`{"value": 0.2}`,
/// `{"file": "b.mp4"}`, `{"seconds": 2}`, `{"start": 1, "end": 3}`, `{"start_ms": 2000}`); a call whose name says
/// what it does and whose every argument is one that operation takes is that operation, exactly (its fields were
/// words apart: "set volume to 0.2", not understood; `{"file": "b.mp4", "speed": 2}` sped up every clip). Anything
/// else (a name it does not know, an argument it cannot place, a number with no base to count from) is left to the
/// readers of objects and words, as before. Calls may also be written as tags:
/// `<invoke name="set_volume"><parameter name="value">0.2</parameter></invoke>`.
extension RulePlanner {
    // MARK: Calls written as tags

    /// `<invoke name="set_volume"><parameter name="value">0.2</parameter></invoke>` (Anthropic's tags, also inside
    /// `<function_calls>`), `<function=trim_clip><parameter=clip>b.mp4</parameter></function>` (Qwen's), `<tool_call>{…}
    /// </tool_call>` (Hermes'): the JSON call each stands for, `{"name": "set_volume", "arguments": {"value": 0.2}}`, and
    /// several in one message as the list of them, in order (each was read as words: "<invoke name=…", not understood;
    /// of two, only the last applied). `<action>make it vertical</action>`: the words inside; `<action type="reorder">c.png,
    /// a.jpg, b.mp4</action>`: the type, then its words ("reorder: c.png, a.jpg, b.mp4"). Reasoning in `<thinking>` tags,
    /// and words around the calls, only say why. Anything else (HTML, a tag with other contents) is left as it was.
    static func taggedCalls(_ text: String) -> String {
        guard text.count < 8000, text.contains("</") || text.contains("/>") else { return text }
        let t = replacing(text, #"<(thinking|thoughts?|reasoning|analysis|scratchpad|reflection)\b[^<>]*>[\s\S]*?</\1\s*>"#, " ")
        let ns = "(?:[A-Za-z]+:)?"
        let call = #"<\#(ns)(invoke|tool|call|function|tool_call|function_call|tool_use)\s+name\s*=\s*["']([A-Za-z][\w.-]{0,60})["']\s*(?:/>|>([\s\S]*?)</\#(ns)\1\s*>)"#
            + #"|<function\s*=\s*([A-Za-z][\w.-]{0,60})\s*>([\s\S]*?)</function\s*>"#
            + #"|<\#(ns)(tool_call|function_call|tool_use)\s*>\s*(\{[\s\S]*?\})\s*</\#(ns)\6\s*>"#
        let calls = Numbers.allMatches(call, in: t)
        if !calls.isEmpty {
            var out: [String] = []
            // (Groups: 1–3 an `<invoke name=…>`'s tag, name and body; 4–5 a `<function=…>`'s name and body; 6–7 a JSON call's tag and call.)
            for c in calls.map({ $0.groups }) where c.count == 8 {
                if !c[7].isEmpty {
                    // `<tool_call>{"name": …, "arguments": {…}}</tool_call>`: the call itself.
                    guard let data = c[7].data(using: .utf8), (try? JSONSerialization.jsonObject(with: data)) is [String: Any] else { return text }
                    out.append(c[7])
                    continue
                }
                let name = c[2].isEmpty ? c[4] : c[2], body = c[2].isEmpty ? c[5] : c[3]
                let parameter = #"<\#(ns)(parameter|param|arg|argument)\s+name\s*=\s*["']([A-Za-z_][\w.-]{0,60})["']\s*>([\s\S]*?)</\#(ns)\1\s*>|<parameter\s*=\s*([A-Za-z_][\w.-]{0,60})\s*>([\s\S]*?)</parameter\s*>"#
                // (Only parameters inside: a body with anything else is no call of this form.)
                guard replacing(body, parameter, "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
                      let tool = jsonQuoted(name) else { return text }
                var fields: [String] = []
                for p in Numbers.allMatches(parameter, in: body).map({ $0.groups }) where p.count == 6 {
                    let key = p[2].isEmpty ? p[4] : p[2], raw = p[2].isEmpty ? p[5] : p[3]
                    guard let k = jsonQuoted(key), let v = taggedValue(raw) else { return text }
                    fields.append(k + ": " + v)
                }
                out.append("{\"name\": \(tool), \"arguments\": {" + fields.joined(separator: ", ") + "}}")
            }
            guard !out.isEmpty else { return text }
            return out.count == 1 ? out[0] : "[" + out.joined(separator: ", ") + "]"
        }
        // `<action>make the video vertical 9:16</action>`, `<action type="reorder">c.png, a.jpg, b.mp4</action>`.
        let action = #"<(action|command|request|instruction|task)(?:\s+(?:type|name)\s*=\s*["']([A-Za-z][\w .-]{0,40})["'])?\s*>([^<>]*)</\1\s*>"#
        let actions = Numbers.allMatches(action, in: t).map { $0.groups }
        guard !actions.isEmpty, replacing(t, action, "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return text }
        return actions.filter { $0.count == 4 }.map { a in
            let words = a[3].trimmingCharacters(in: .whitespacesAndNewlines)
            return a[2].isEmpty ? words : keyWords(a[2]) + ": " + words
        }.filter { !$0.isEmpty }.joined(separator: ". ")
    }

    /// A parameter's text as the JSON value it stands for: a number, `true`/`false`, a list or object written as JSON,
    /// else words (`0.2` → `0.2`, `b.mp4` → `"b.mp4"`, `Grand Opening` → `"Grand Opening"`).
    static func taggedValue(_ raw: String) -> String? {
        let v = replacing(raw.trimmingCharacters(in: .whitespacesAndNewlines), [(#"&lt;"#, "<"), (#"&gt;"#, ">"), (#"&quot;"#, "\""), (#"&apos;|&#39;"#, "'"), (#"&amp;"#, "&")])
        if has(v, #"^-?(?:0|[1-9]\d*)(?:\.\d+)?$|^(?:true|false|null)$"#) { return v.lowercased() }
        if v.hasPrefix("[") || v.hasPrefix("{"), let data = v.data(using: .utf8), (try? JSONSerialization.jsonObject(with: data)) != nil { return v }
        return jsonQuoted(v)
    }

    // MARK: Calls read by their arguments

    /// The operations a call of one of Reel's own tools asks for, or nil when its name or any of its arguments is not one
    /// this reader can place (left to the readers of objects and words). `tool`: its name; `fields`: its arguments, raw JSON.
    static func toolOperations(_ tool: String, _ fields: [(key: String, raw: String)]) -> [EditOperation]? {
        let w = keyWords(tool).trimmingCharacters(in: .whitespaces)
        guard !w.isEmpty, fields.count <= 8 else { return nil }
        // `"target": {"src": "b.mp4"}`, `"clip": {"position": 2}`: the clip named inside, as if named beside the others.
        var fields = fields
        if let i = fields.firstIndex(where: { has($0.key, #"^(?i:target|clip|segment|item|selector)$"#) && $0.raw.hasPrefix("{") }) {
            guard let inner = jsonParts(fields[i].raw)?.compactMap(jsonMember), (1...3).contains(inner.count) else { return nil }
            fields.remove(at: i)
            fields += inner.map { m in (key: has(m.key, #"^(?i:src|source|file|file_?name|fileName|path|name)$"#) ? "file" : m.key, raw: m.raw) }
        }
        var args: [CommandArgument] = []
        for f in fields {
            guard let value = toolValue(f.raw, key: f.key) else { return nil }
            // (`null`: not given.)
            if case .word("null") = value { continue }
            // (`"track": "video"`: the clips' own track, which every clip call acts on; read as the music's key, it removed
            // the music beside the clip.)
            if has(f.key, #"^(?i:track|track_?type|trackType|layer|lane)$"#), !has(w, #"\b(?:music|audio|song|bgm|soundtrack|sound|text|title|caption|track)\b"#),
               let said = value.text, has(said, #"^(?i:video|videos|visual|visuals|main|primary|v1|clips|video track|picture)$"#) { continue }
            // (`"track": "music"`: the music named as its track, as `"target": "music"` names it.)
            if has(f.key, #"^(?i:track|track_?type|trackType)$"#), let said = value.text, has(said, #"^(?i:music|bgm|background[ _]?music|soundtrack|song|a1|audio)$"#) {
                args.append(CommandArgument(name: "target", unit: "", value: .word("music")))
                continue
            }
            var (name, unit) = commandKey(f.key)
            // `volume_percent`, `percent`: a level in percent.
            if let m = Numbers.firstMatch(#"^(\w*?)(?:percent|percentage|pct)$"#, in: name) { name = m[1].isEmpty ? "volume" : m[1]; unit = "%" }
            // `seconds`, `ms`, `value`: the amount the tool's name says, in that unit.
            if let m = Numbers.firstMatch(#"^(seconds?|secs?|s|ms|milliseconds?|value|amount|val)$"#, in: name) {
                name = "amount"
                unit = m[1].hasPrefix("m") ? "ms" : m[1].hasPrefix("s") ? "s" : unit
            }
            // (An agent's reason for the call says why, never what.)
            if has(name, #"^(?:reason|why|rationale|comment|notes?|explanation|thoughts?|justification|purpose)$"#) { continue }
            args.append(CommandArgument(name: name, unit: unit, value: value))
        }
        func take(_ names: String...) -> CommandArgument? {
            guard let i = args.firstIndex(where: { names.contains($0.name) }) else { return nil }
            return args.remove(at: i)
        }
        // The base indexes count from: `"index_base": 0`, `"indexing": "1-based"` (nil when not said).
        var base: Int?
        if let b = take("indexbase", "indexing", "base", "indexed", "oneBased".lowercased(), "zerobased") {
            switch b.value {
            case .number(let n, _) where n == 0 || n == 1: base = Int(n)
            case .word(let s), .words(let s):
                if has(s, #"^(?:1|one)(?:[- _]?(?:based|indexed))?$|^true$"#) { base = b.name == "zerobased" ? 0 : 1 }
                else if has(s, #"^(?:0|zero)(?:[- _]?(?:based|indexed))?$|^false$"#) { base = b.name == "zerobased" ? 1 : 0 }
                else { return nil }
            default: return nil
            }
        }
        // The clip the call acts on: a file's name, "all", "last", or an index whose base is known.
        // (`.some(nil)`: none named; nil: one named that cannot be placed.)
        func clip() -> SegmentTarget?? {
            // (Bedrock's `{"name": "position", "type": "integer", "value": "3"}`, `from_position`: a clip's place, counted from 1;
            // never a text's place (words), and of a move only `from_position` (its `position` is where it goes).)
            if !args.contains(where: { ["target", "clip", "file", "filename", "sources", "segment", "item", "clipindex", "index", "clipnumber"].contains($0.name) }),
               let i = args.firstIndex(where: { ["fromposition", "clipposition", "segmentposition"].contains($0.name) || ($0.name == "position" && !has(w, #"^(?:move|reposition|re ?order)"#)) }),
               case .number(let n, let unit) = args[i].value, unit.isEmpty, n >= 1, n == n.rounded(), n < 10_000 {
                args.remove(at: i)
                return .some(.index(Int(n) - (base ?? 1)))
            }
            guard let a = take("target", "clip", "file", "filename", "sources", "segment", "item", "path", "clipname", "clipindex", "segmentindex", "index", "idx", "clipid", "segmentid", "clipnumber", "segmentnumber", "clipno", "slidenumber") else { return .some(nil) }
            switch a.value {
            case .word(let s), .words(let s):
                let n = s.trimmingCharacters(in: .whitespaces)
                if has(n, #"^(?:all|every|each|all clips|all segments|everything)$"#) { return .some(.all) }
                if has(n, #"^(?:last|the last|final)$"#) { return .some(.last) }
                if has(n, #"^(?:first|the first)$"#) { return .some(.index(0)) }
                guard has(n, #"^[\w .()-]{1,80}\.[A-Za-z0-9]{2,5}$"#) else { return nil }
                return .some(.named((n as NSString).lastPathComponent))
            case .number(let n, let unit) where unit.isEmpty && n >= 0 && n == n.rounded() && n < 10_000:
                // (`"clip_index": 1` counts from 0, as indexes do; `"clip": 2` says no base: left to the words.)
                // (`"clip_number": 2` counts from 1, as numbers do.)
                let from = base ?? (has(a.name, #"index|idx"#) ? 0 : has(a.name, #"number|no$"#) ? 1 : nil)
                guard let from, Int(n) - from >= 0 else { return nil }
                return .some(.index(Int(n) - from))
            default: return nil
            }
        }
        /// Several clips named as a list (`"clips": ["a.jpg", "c.png"]`): each of them; nil when no list of file names is given.
        func clipList() -> [SegmentTarget]? {
            // (`"clip_numbers": [1, 3]`: those clips, counted from 1; `"clip_indices": [0, 2]` from 0.)
            if let i = args.firstIndex(where: { has($0.name, #"^(?:clip|segment|slide)?(?:numbers|indices|indexes|nums)$"#) }),
               case .list(let items) = args[i].value, (1...20).contains(items.count) {
                let from = base ?? (has(args[i].name, #"ind"#) ? 0 : 1)
                let numbers = items.compactMap { Int($0) }.map { $0 - from }
                guard numbers.count == items.count, numbers.allSatisfy({ $0 >= 0 }) else { return nil }
                args.remove(at: i)
                return numbers.map { .index($0) }
            }
            guard let i = args.firstIndex(where: { ["target", "targets", "clip", "file", "filename", "sources", "segment", "item", "segments", "files"].contains($0.name) }),
                  case .list(let items) = args[i].value, (1...20).contains(items.count) else { return nil }
            let names = items.map { ($0 as NSString).lastPathComponent }
            guard names.allSatisfy({ has($0, #"^[\w .()-]{1,80}\.[A-Za-z0-9]{2,5}$"#) }) else { return nil }
            args.remove(at: i)
            return names.map { .named($0) }
        }
        /// A time in milliseconds: in the value's or the key's unit, else seconds below `secondsBelow`.
        func ms(_ a: CommandArgument?, secondsBelow: Double) -> Int?? {
            guard let a else { return .some(nil) }
            guard case .number(let n, let unit) = a.value, n >= 0, n < 100_000_000 else { return nil }
            switch unit.isEmpty ? a.unit : unit {
            case "ms": return .some(Int(n.rounded()))
            case "s", "sec", "secs", "second", "seconds": return .some(Int((n * 1000).rounded()))
            case "": return .some(n < secondsBelow ? Int((n * 1000).rounded()) : Int(n.rounded()))
            default: return nil
            }
        }
        /// A speed factor: `2`, `"2x"`, `"200%"` (twice the speed); nil for anything else.
        func factor(_ a: CommandArgument) -> Double? {
            guard case .number(let n, let unit) = a.value, unit.isEmpty || unit == "x" || unit == "%", n > 0 else { return nil }
            return unit == "%" ? n / 100 : n
        }
        /// `true` or `false`, as the call wrote it; nil for anything else.
        func flag(_ a: CommandArgument) -> Bool? {
            guard case .word(let b) = a.value, has(b, #"^(?:true|false)$"#) else { return nil }
            return b == "true"
        }
        /// A clip moved to the place `a` says: the start, the end, or a 0-based index (1-based when said so).
        func moved(_ target: SegmentTarget, _ a: CommandArgument) -> EditOperation? {
            switch a.value {
            case .word(let s), .words(let s):
                if has(s, #"^(?:the )?(?:start|beginning|front|first|top|head)$"#) { return .move(target, to: 0) }
                if has(s, #"^(?:the )?(?:end|last|back|bottom|tail)$"#) { return .move(target, to: 9999) }
                return nil
            case .number(let n, let unit) where unit.isEmpty && n >= 0 && n == n.rounded() && n < 10_000:
                let from = base ?? (n == 0 || has(a.name, #"index"#) ? 0 : has(a.name, #"^toposition$"#) ? 1 : nil)
                guard let from, Int(n) - from >= 0 else { return nil }
                return .move(target, to: Int(n) - from)
            default: return nil
            }
        }
        let music = #"\b(?:music|audio|song|bgm|soundtrack|background music|track)\b"#
        let clipWords = #"(?: (?:the )?(?:clip|clips|segment|segments|media|shot|photo|image|picture|video|item|scene|file|slide|visual))?"#
        var ops: [EditOperation] = []
        if has(w, #"^(?:(?:set|change|adjust|update) )?(?:the )?(?:(?:background|bg|music|audio|song|bgm|soundtrack|track|clip|segment) )*(?:volume|level|gain)$"#) {
            // `set_volume {"value": 0.2}`, `set_music_volume {"percent": 20}`: the music's level (a clip named: that clip's).
            // `setVolume(music=0.2)`, `{"target": "music", "value": 0.2}`: the music's, named by the key or the target.
            var ofMusic = false
            if let i = args.firstIndex(where: { $0.name == "target" }), let said = args[i].value.text?.lowercased(),
               has(said, #"^(?:(?:the )?(?:background )?(?:music|audio|song|bgm|soundtrack|track))$"#) {
                ofMusic = true
                args.remove(at: i)
            }
            guard case .some(let target) = clip(), let a = take("volume", "amount", "musicvolume", "music"), let level = level(a.value.withUnit(a.unit)) else { return nil }
            if a.name == "music" || a.name == "musicvolume" { ofMusic = true }
            guard !ofMusic || target == nil else { return nil }
            if let target {
                guard !has(w, music) else { return nil }
                ops.append(.setClipVolume(target, level))
            } else {
                // (`set_clip_volume` with no clip named says no clip: left to the words.)
                guard !has(w, #"\b(?:clip|segment)\b"#) else { return nil }
                ops.append(.setMusicVolume(level))
            }
        } else if has(w, #"^(?:set|change|update|toggle)(?: the)?(?: (?:clip|clips|segment|video|original|source|own))* (?:audio|sound|mute)(?: (?:state|muted|enabled|on|off))?$"#),
                  let a = take("muted", "mute", "enabled", "audio", "sound", "on") {
            // `setClipAudio {"clip": "b.mp4", "muted": true}`: that clip's own sound off (or back on); it was not understood.
            guard case .some(let target) = clip(), let on = flag(a) else { return nil }
            let off = on == has(a.name, #"^mute"#)
            if let target { ops.append(.setClipVolume(target, off ? 0 : 1)) } else { ops.append(.muteClips(off)) }
        } else if let m = Numbers.firstMatch(#"^(replace|swap|change|set|use|switch|configure|update)(?: (?:the|background|bg|new))* (?:music|song|track|bgm|soundtrack)(?: (?:file|source|track|to|settings|options))?$"#, in: w) {
            // `replace_music {"source": "brass_fanfare.aac", "volume": "25%", "loop": false}`: that file as the music, at that
            // level (only "loop" was read: "the music now plays once"). `set_music(fade_in="1s", fade_out="1.5s", loop=False)`:
            // the music's settings (its fades were lost).
            let file = take("sources", "file", "filename", "path", "with", "new", "newsource", "music", "clip")
            guard file != nil || !has(m[1], #"^(?:replace|swap|use|switch)$"#) else { return nil }
            var volume: Double?
            if let v = take("volume") { guard let l = level(v.value.withUnit(v.unit)) else { return nil }; volume = l }
            if let file {
                guard let name = file.value.text?.trimmingCharacters(in: .whitespaces), has(name, #"^[\w .()-]{1,80}\.(?:mp3|wav|m4a|aac|ogg|flac|opus|wma)$"#) else { return nil }
                ops.append(.addMusic(source: (name as NSString).lastPathComponent, volume: volume ?? EditOperation.defaultMusicVolume))
            } else if let volume {
                ops.append(.setMusicVolume(volume))
            }
            guard case .some(let fadeIn) = ms(take("fadein", "in"), secondsBelow: 100), case .some(let fadeOut) = ms(take("fadeout", "out"), secondsBelow: 100) else { return nil }
            if fadeIn != nil || fadeOut != nil { ops.append(.setMusicFades(inMs: fadeIn, outMs: fadeOut)) }
            if let l = take("loop") {
                guard let loop = flag(l) else { return nil }
                ops.append(.setMusicLoop(loop))
            }
        } else if has(w, #"^(?:(?:set|add|apply|change|update|use) )?(?:the )?(?:(?:clip|photo|image|picture|still) )?(?:motion|movement|camera motion|pan|zoom|ken ?burns)(?: (?:effect|direction|type|style))?$"#) {
            // `set_motion("a.jpg", "right")`, `setKenBurns {"clip": "c.png", "direction": "in"}`: that picture's slow movement
            // (it was not understood).
            // (`"clips": ["a.jpg", "c.png"]`: each of them; the first alone moved.)
            var targets = clipList() ?? []
            if targets.isEmpty { guard case .some(let target?) = clip() else { return nil }; targets = [target] }
            // (`"effect": "ken_burns", "direction": "out"`: the direction says which; the effect's name only that it moves.)
            let direction = take("direction")
            if direction != nil, let i = args.firstIndex(where: { ["effect", "kind", "mode", "motion", "look"].contains($0.name) }),
               let e = args[i].value.text, has(e, #"^(?i:ken[ _-]?burns|zoom|pan|motion|slow ?zoom|move|movement)$"#) {
                args.remove(at: i)
            }
            // (`"direction": "zoom_out"`: its words.)
            guard let a = direction ?? take("motion", "kind", "value", "effect", "mode"), let said = a.value.text.map({ replacing($0.lowercased(), #"[_-]"#, " ") }) else { return nil }
            let motion: Motion? = has(said, #"^(?:zoom ?)?in$|^zoom$|^zoomin$|^push ?in$"#) ? .zoomIn : has(said, #"^(?:zoom ?)?out$|^zoomout$|^pull ?out$"#) ? .zoomOut
                : has(said, #"^(?:pan ?)?left$|^panleft$"#) ? .panLeft : has(said, #"^(?:pan ?)?right$|^panright$"#) ? .panRight
                : has(said, #"^(?:pan ?)?up$|^panup$"#) ? .panUp : has(said, #"^(?:pan ?)?down$|^pandown$"#) ? .panDown
                : has(said, #"^(?:none|off|no|still|static)$"#) ? Motion.none : nil
            guard let motion else { return nil }
            ops += targets.map { .setMotion($0, motion) }
        } else if let m = Numbers.firstMatch(#"^(un)?mute(?: (?:the )?(?:clip|clips|segment|video|audio|sound|original|source|own))*$"#, in: w) {
            // `mute_clip_audio {"file": "b.mp4"}`: that clip's own sound off (it muted every clip).
            guard case .some(let target) = clip() else { return nil }
            // (Every clip: the clips' own sound, as "mute the clips" says.)
            if target == .all {
                ops.append(.muteClips(m[1].isEmpty))
            } else if let target {
                ops.append(.setClipVolume(target, m[1].isEmpty ? 0 : 1))
            } else {
                guard has(w, #"\bclips\b"#) else { return nil }
                ops.append(.muteClips(m[1].isEmpty))
            }
        } else if let m = Numbers.firstMatch(#"^(?:(?:set|change|update|adjust) )?(?:the )?(?:(video|total|target|overall|clip|segment|photo|image|still|item|shot|slide|picture) )?(?:duration|length|runtime)$"#, in: w) {
            // `set_duration {"seconds": 20}`: the video's length. `set_clip_duration {"file": "a.jpg", "ms": 6000}`,
            // `set_duration {"scope": "segment", "source": "a.jpg", …}`, `set_duration {"clip": "a.jpg", …}`: that clip's own
            // length (the video was made 6 s long).
            var ofClip = has(m[1], #"^(?:clip|segment|photo|image|still|item|shot|slide|picture)$"#)
            if let s = take("scope", "level", "applyto") {
                guard let said = s.value.text?.lowercased() else { return nil }
                if has(said, #"^(?:segment|clip|item|shot|photo|image|still|slide|visual|picture)s?$"#) { ofClip = true }
                else if !has(said, #"^(?:video|total|timeline|project|global|whole|overall|sequence|composition)$"#) || ofClip { return nil }
            }
            guard case .some(let target) = clip(), case .some(let n?) = ms(take("duration", "amount", "total", "length"), secondsBelow: 1000) else { return nil }
            if let target {
                guard target != .all, m[1].isEmpty || ofClip, n >= 100 else { return nil }
                ops.append(.trim(target, inMs: nil, durationMs: n))
            } else {
                guard !ofClip, n >= 1000 else { return nil }
                ops.append(.setDuration(ms: n))
            }
        } else if let m = Numbers.firstMatch(#"^(?:(?:set|add|apply|change|update) )?(?:the )?(?:(music|audio|song|bgm|soundtrack|video|visual) )?fades?(?: (in|out))?(?: (music|audio|song|bgm|soundtrack|video))?$|^(?:set )?(music|audio|song|bgm|soundtrack) fade (in|out)$"#, in: w) {
            // `fade_out {"seconds": 2}`, `set_fade {"fade_in_ms": 500, "fade_out_ms": 1500}`, `set_music_fade {"fade_out_ms": 1000}`.
            var ofMusic = has(m[1] + m[3] + m[4], music)
            let side = m[2] + m[5]
            // (`"target": "video"`: the picture's fades, as the name says; `"target": "music"`: the music's.)
            if let i = args.firstIndex(where: { $0.name == "target" }), let said = args[i].value.text?.lowercased(),
               has(said, #"^(?:video|visuals?|picture|image|the video|all|(?:background[ _-]?|bg[ _-]?)?(?:music|audio|song|bgm|soundtrack))$"#) {
                if has(said, #"music|audio|song|bgm|soundtrack"#) { guard m[1].isEmpty || ofMusic else { return nil }; ofMusic = true } else { guard !ofMusic else { return nil } }
                args.remove(at: i)
            }
            guard case .some(.none) = clip() else { return nil }
            guard case .some(var inMs) = ms(take("fadein", "in", "inms"), secondsBelow: 100),
                  case .some(var outMs) = ms(take("fadeout", "out", "outms"), secondsBelow: 100),
                  case .some(let amount) = ms(take("amount", "duration", "length"), secondsBelow: 100) else { return nil }
            if let amount {
                guard !side.isEmpty else { return nil }
                if side == "in" { guard inMs == nil else { return nil }; inMs = amount } else { guard outMs == nil else { return nil }; outMs = amount }
            }
            guard inMs != nil || outMs != nil else { return nil }
            ops.append(ofMusic ? .setMusicFades(inMs: inMs, outMs: outMs) : .setFades(inMs: inMs, outMs: outMs))
        } else if let m = Numbers.firstMatch(#"^(?:(?:set|change|update|adjust|shift|move|delay) )?(?:the )?(?:background )?(?:music|audio|song|bgm|soundtrack)(?: (start|begin|end|stop|timing|times|delay|in|out|offset))?(?: (?:time|point|at|ms))?$"#, in: w), !m[1].isEmpty || has(w, #"^(?:shift|delay|move)\b"#) {
            // `set_music_start {"start_seconds": 2}`, `set_music_timing {"start_ms": 2000, "end_ms": 8000}`, `music_offset {"start": "4s"}`.
            guard case .some(.none) = clip() else { return nil }
            let endsIt = has(m[1], #"^(?:end|stop|out)$"#)
            guard case .some(var start) = ms(take("start", "begin", "at", "delay", "startat"), secondsBelow: 1000),
                  case .some(var end) = ms(take("end", "stopat", "endat"), secondsBelow: 1000),
                  case .some(let amount) = ms(take("amount", "time"), secondsBelow: 1000) else { return nil }
            if let amount {
                if endsIt { guard end == nil else { return nil }; end = amount } else { guard start == nil else { return nil }; start = amount }
            }
            guard start != nil || end != nil else { return nil }
            ops.append(.setMusicTiming(startMs: start, endMs: end))
        } else if has(w, #"^(?:(?:set|add|apply|change|update|use) )?(?:the )?(?:all )?transitions?(?: (?:type|style|name|effect|effects))?$"#) {
            // `set_transition {"type": "fade", "duration": 0.8}`: that transition, that long, between all clips.
            var target: SegmentTarget = .all
            if let a = take("applyto", "scope") {
                guard let s = a.value.text, has(s, #"^(?:all|every|each|all clips|all segments|everywhere|global)$"#) else { return nil }
            }
            guard case .some(let t) = clip() else { return nil }
            if let t { target = t }
            guard let a = take("name", "kind", "transition", "look", "effect"), let said = a.value.text?.lowercased(),
                  case .some(let length) = ms(take("duration", "amount", "length", "transitionduration"), secondsBelow: 100) else { return nil }
            let compact = said.filter { $0.isLetter }
            if has(said, #"^(?:none|no|off|cut|cuts|hard ?cuts?|false|null)$"#) {
                ops.append(.setTransition(target, name: nil, durationMs: 0))
            } else {
                let name = TransitionName.isKnown(compact) ? Optional(compact) : transitionWords.first { has(said, $0.0) }?.1
                let ms = length ?? EditOperation.defaultTransitionMs
                guard let name, ms > 0, ms <= 5000 else { return nil }
                ops.append(.setTransition(target, name: name, durationMs: ms))
            }
        } else if has(w, #"^(?:(?:set|change|update|adjust|apply) )?(?:the )?(?:(?:clip|segment|video|playback) )?(?:speed|rate|playback rate|playback speed|tempo)$"#) {
            // `set_speed {"file": "b.mp4", "speed": 2}`, `set_speed {"clip": "b.mp4", "factor": 2}`: that clip's speed.
            guard case .some(let target) = clip(), let a = take("speed", "amount", "multiplier") else { return nil }
            // (`"factor": "200%"`: twice the speed.)
            guard let n = factor(a), n <= 16 else { return nil }
            ops.append(.setSpeed(target ?? .all, n))
        } else if has(w, #"^(?:trim|set trim)\#(clipWords)$"#) {
            // `trim_clip {"file": "b.mp4", "start": 1, "end": 3}`: that clip from 1 s to 3 s (it retimed the title).
            guard case .some(let target?) = clip(), target != .all,
                  case .some(let inMs) = ms(take("in", "start", "trimstart", "trimin", "inpoint", "sourcestart"), secondsBelow: 200),
                  case .some(let out) = ms(take("out", "end", "trimend", "trimout", "outpoint", "sourceend"), secondsBelow: 200),
                  case .some(var dur) = ms(take("duration", "keep", "amount"), secondsBelow: 200) else { return nil }
            if let out {
                guard dur == nil, out > (inMs ?? 0) else { return nil }
                dur = out - (inMs ?? 0)
            }
            guard inMs != nil || dur != nil, (dur ?? 1) > 0 else { return nil }
            ops.append(.trim(target, inMs: inMs, durationMs: dur))
        } else if has(w, #"^(?:remove|delete|drop)\#(clipWords)$"#) {
            // `remove_clip {"file": "b.mp4"}`: that clip (it removed the title). Never every clip at once.
            guard case .some(let target?) = clip(), target != .all else { return nil }
            ops.append(.remove(target))
        } else if has(w, #"^(?:replace|swap|switch|substitute|change|update)\#(clipWords)(?: (?:with|by|for|source|file))?$"#),
                  // (`replace_clip {"position": 3, "file": "saturn.jpg"}`: with the clip given by its place, the file is the new one.)
                  let fresh = take("new", "newfile", "newclip", "newsource", "newmedia", "with", "replacement", "by", "sources", "newpath")
                    ?? (args.contains { ["position", "index", "clipindex", "clipposition", "fromposition"].contains($0.name) } ? take("file", "filename", "path") : nil) {
            // `replace_clip {"old_file": "c.png", "new_file": "hero_shot.jpg"}`, `replace_media {"old": "b.mp4", "new": "b_v2.mp4"}`:
            // that clip's place taken by the new file (the old name was read as a title's new words).
            let old = take("old", "oldfile", "oldclip", "oldsource", "oldmedia", "original", "replace", "oldpath").map { [$0] } ?? []
            args.append(contentsOf: old.map { CommandArgument(name: "clip", unit: $0.unit, value: $0.value) })
            guard case .some(let target?) = clip(), target != .all, let name = fresh.value.text?.trimmingCharacters(in: .whitespaces),
                  has(name, #"^[\w .()-]{1,80}\.[A-Za-z0-9]{2,5}$"#) else { return nil }
            ops.append(.replace(target, source: (name as NSString).lastPathComponent))
        } else if has(w, #"^(?:(?:set|change|update|apply) )?(?:the )?(?:(?:clip|segment|photo|image|picture|still) )?(?:fit|fit mode|fitting|scaling|scale mode|framing|fill mode)$"#) {
            // `set_fit {"files": ["a.jpg", "c.png"], "fit": "contain"}`: those pictures shown whole (or filling the frame).
            var targets = clipList() ?? []
            if targets.isEmpty { guard case .some(let target) = clip() else { return nil }; targets = [target ?? .all] }
            guard let a = take("fit", "mode", "value", "kind", "scaling", "look"), let said = a.value.text?.lowercased() else { return nil }
            let fit: Fit? = has(said, #"^(?:contain|fit|letterbox|whole|show whole|pad|blur|inside)$"#) ? .contain : has(said, #"^(?:cover|fill|crop|zoom|full)$"#) ? .cover : nil
            guard let fit else { return nil }
            ops += targets.map { .setFit($0, fit) }
        } else if has(w, #"^(?:set|update|edit|change|modify|configure|adjust)(?: the)? (?:clip|segment|item|shot|media)(?: (?:properties|settings|props|options|attributes|params))?$"#) {
            // `set_segment {"file": "b.mp4", "muted": true, "speed": 2.0}`: each property said, on that clip (only the speed was
            // read: the sound stayed on).
            guard case .some(let target?) = clip(), target != .all else { return nil }
            if let a = take("speed", "rate", "playbackrate") {
                guard let n = factor(a) else { return nil }
                ops.append(.setSpeed(target, n))
            }
            if let a = take("muted", "mute") {
                guard let muted = flag(a) else { return nil }
                ops.append(.setClipVolume(target, muted ? 0 : 1))
            }
            if let a = take("volume") {
                guard let l = level(a.value.withUnit(a.unit)) else { return nil }
                ops.append(.setClipVolume(target, l))
            }
            guard case .some(let inMs) = ms(take("in", "trimin", "trimstart", "inpoint", "start"), secondsBelow: 200),
                  case .some(let dur) = ms(take("duration", "amount"), secondsBelow: 200) else { return nil }
            if inMs != nil || dur != nil { ops.append(.trim(target, inMs: inMs, durationMs: dur)) }
            if let a = take("fit") {
                guard let said = a.value.text?.lowercased(), let fit = Fit(rawValue: said) else { return nil }
                ops.append(.setFit(target, fit))
            }
        } else if has(w, #"^(?:move|reposition)\#(clipWords)$"#) {
            // `move_clip {"file": "c.png", "to": "start"}`: that clip first (or last, or at a 0-based index).
            guard case .some(let target?) = clip(), target != .all,
                  let a = take("end", "position", "newposition", "newindex", "destination", "place", "toindex", "toposition", "amount"), let op = moved(target, a) else { return nil }
            ops.append(op)
        } else if has(w, #"^(?:(?:set|change|update) )?(?:re ?order|re ?arrange|arrange|sort|order|sequence)(?: (?:the )?(?:clips|segments|media|shots|photos|images|pictures|items|timeline|slides|visuals))?(?: order)?$"#) {
            // `reorder_clips {"order": ["c.png", "a.jpg", "b.mp4"]}`, `{"clip_ids": [2, 1, 3], "indexing": "1-based"}`:
            // the clips in that order, each moved to its place.
            // (`reorder {"source": "c.png", "position": "first"}`: one clip to its place, as a move.)
            if let p = args.first(where: { has($0.name, #"^(?:position|newposition|newindex|destination|place|toindex|to|end)$"#) }), case .some(let target?) = clip() {
                guard target != .all, let op = moved(target, p) else { return nil }
                args.removeAll { $0.name == p.name }
                ops.append(op)
            } else {
                guard let a = take("order", "sources", "clipids", "ids", "indices", "indexes", "sequence", "neworder", "clipindices", "clipindexes"),
                      case .list(let items) = a.value, items.count > 1, items.count <= 50 else { return nil }
                let numbers = items.compactMap { Int($0) }
                if numbers.count == items.count {
                    // (Counted from 0 or 1 as said, else as the numbers show: a 0 counts from 0.)
                    let from = base ?? (numbers.contains(0) ? 0 : 1)
                    let order = numbers.map { $0 - from }
                    guard Set(order) == Set(0..<order.count) else { return nil }
                    var now = Array(order.indices)
                    for (place, want) in order.enumerated() {
                        guard let at = now.firstIndex(of: want), at != place else { continue }
                        now.insert(now.remove(at: at), at: place)
                        ops.append(.move(.index(at), to: place))
                    }
                    guard !ops.isEmpty else { return nil }
                } else {
                    let names = items.map { ($0 as NSString).lastPathComponent }
                    guard names.allSatisfy({ has($0, #"^[\w .()-]{1,80}\.[A-Za-z0-9]{2,5}$"#) }), Set(names.map { $0.lowercased() }).count == names.count else { return nil }
                    ops = names.enumerated().map { .move(.named($0.element), to: $0.offset) }
                }
            }
        } else if let m = Numbers.firstMatch(#"^(?:add|insert|create|put|place|new|show|overlay)(?: (?:a|an|the|new))?((?: (?:text|txt|title|caption|subtitle|lower third|end card|endcard|label|overlay))+)$"#, in: w) {
            // `add_text {"kind": "title", "text": "Grand Opening", "start": 0, "duration": 3}`, `add_caption {"text": "Sign up
            // today", "start": 7, "end": 10}`: a new text, shown then (its name was read as its words: a title "add text").
            guard case .some(.none) = clip(), let words = take("text", "words", "caption", "title", "message", "txt"),
                  case .words(let said) = words.value.asWords, !said.trimmingCharacters(in: .whitespaces).isEmpty,
                  case .some(let start) = ms(take("start", "at", "startat", "from"), secondsBelow: 1000),
                  case .some(var dur) = ms(take("duration", "length", "for"), secondsBelow: 1000),
                  case .some(let end) = ms(take("end", "endat", "until"), secondsBelow: 1000) else { return nil }
            if let end {
                guard dur == nil, end > (start ?? 0) else { return nil }
                dur = end - (start ?? 0)
            }
            var kind: TextKind = has(m[1], #"\btitle\b"#) ? .title : has(m[1], #"\bend ?card\b"#) ? .endcard : .caption
            if let k = take("kind") {
                guard let s = k.value.text?.lowercased() else { return nil }
                if has(s, #"^(?:title|heading|headline)$"#) { kind = .title }
                else if has(s, #"^(?:caption|subtitle|text|lower ?third|overlay|label)$"#) { kind = has(m[1], #"\btitle\b"#) ? .title : .caption }
                else if has(s, #"^end ?card$"#) { kind = .endcard }
                else { return nil }
            }
            var position: TextPosition?
            if let p = take("position") {
                guard let s = p.value.text, let pos = TextPosition(rawValue: replacing(s.lowercased(), #"[ _]"#, "-")) else { return nil }
                position = pos
            }
            ops.append(.addText(kind: kind, text: said, startMs: start, durationMs: dur, position: position))
        } else if let m = Numbers.firstMatch(#"^(?:set|update|edit|change|modify|replace|rename)(?: (?:the|a))?((?: (?:text|txt|title|end card|endcard|overlay))+)(?: (?:text|words|content))?$"#, in: w) {
            // `set_text {"kind": "title", "text": "Q3 Results", "start_ms": 0, "duration_ms": 4000}`, `updateTitle(text: "Q3
            // Launch")`: new words (and times) for the title (it added a second one). A title or end card only: of several
            // captions, which one is the words' to say.
            var kind: TextKind? = has(m[1], #"\btitle\b"#) ? .title : has(m[1], #"\bend ?card\b"#) ? .endcard : nil
            if let k = take("kind", "target") {
                guard let s = k.value.text?.lowercased() else { return nil }
                let said: TextKind? = has(s, #"^(?:title|heading|headline)$"#) ? .title : has(s, #"^end ?card$"#) ? .endcard : nil
                guard let said, kind == nil || kind == said else { return nil }
                kind = said
            }
            guard let kind, case .some(.none) = clip() else { return nil }
            var said: String?
            if let words = take("text", "words", "txt", "newtext", "title") {
                guard case .words(let s) = words.value.asWords, !s.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
                said = s
            }
            guard case .some(let start) = ms(take("start", "at", "startat", "from"), secondsBelow: 1000),
                  case .some(var dur) = ms(take("duration", "length", "for"), secondsBelow: 1000),
                  case .some(let end) = ms(take("end", "endat", "until"), secondsBelow: 1000) else { return nil }
            if let end {
                guard dur == nil, let start, end > start else { return nil }
                dur = end - start
            }
            var position: TextPosition?
            if let p = take("position") {
                guard let s = p.value.text, let pos = TextPosition(rawValue: replacing(s.lowercased(), #"[ _]"#, "-")) else { return nil }
                position = pos
            }
            guard said != nil || start != nil || dur != nil || position != nil else { return nil }
            ops.append(.editText(.kind(kind), text: said, startMs: start, durationMs: dur, position: position, color: nil, size: nil))
        } else if has(w, #"^(?:add|attach|insert|set|use|place)(?: (?:a|the|my))? (?:voice ?over|voice|narration|vo|narrator)(?: (?:track|file|audio|clip))?$"#) {
            // `add_voiceover {"file": "host_narration.m4a", "duck_music": true}`: that voice from its start (or the time
            // given), the music dipping under it when asked (only the dip was read).
            guard let file = take("file", "filename", "source", "sources", "path", "audio", "voiceover", "narration", "clip"),
                  let name = file.value.text?.trimmingCharacters(in: .whitespaces), has(name, #"^[\w .()-]{1,80}\.(?:mp3|wav|m4a|aac|ogg|flac|opus|wma)$"#),
                  case .some(let start) = ms(take("start", "at", "startat", "offset", "from"), secondsBelow: 10_000) else { return nil }
            ops.append(.addVoiceover(source: (name as NSString).lastPathComponent, startMs: start ?? 0))
            if let d = take("duck", "duckmusic", "ducking", "dipmusic", "lowermusic") {
                guard let duck = flag(d) else { return nil }
                ops.append(.setDucking(duck))
            }
        } else {
            return nil
        }
        // Every argument placed, each operation as its wire form reads it.
        guard args.isEmpty, !ops.isEmpty, ops.allSatisfy({ (try? EditOperation(wire: $0.wire)) != nil }) else { return nil }
        return ops
    }

    /// A call's raw JSON value as a command's value: a number (`2`, `"1.5s"`, `"500 ms"`, `"2x"`, `"0:05"` for a time),
    /// `true`/`false`, a list, or words. Nil for an object.
    static func toolValue(_ raw: String, key: String) -> CommandValue? {
        let r = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if has(r, #"^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$"#) { return Double(r).map { .number($0, unit: "") } }
        if has(r, #"^(?:true|false|null)$"#) { return .word(r) }
        guard let data = r.data(using: .utf8), let any = try? JSONSerialization.jsonObject(with: data, options: .fragmentsAllowed) else { return nil }
        if let list = any as? [Any] {
            var items: [String] = []
            for x in list {
                if let s = x as? String { items.append(s) } else if let d = (x as? NSNumber)?.doubleValue, d == d.rounded(), abs(d) < 1e6 { items.append(String(Int(d))) } else { return nil }
            }
            return .list(items)
        }
        guard let s = any as? String else { return nil }
        let v = s.trimmingCharacters(in: .whitespaces)
        if let m = Numbers.firstMatch(#"^(\d+(?:\.\d+)?)\s*(ms|s|sec|secs|seconds?|%|x)$"#, in: v), let n = Double(m[1]) {
            return .number(n, unit: m[2].lowercased() == "second" || m[2].lowercased() == "seconds" ? "s" : m[2].lowercased())
        }
        if has(v, #"^\d+(?:\.\d+)?$"#), let n = Double(v) { return .number(n, unit: "") }
        // ISO 8601's `"PT0.8S"`, `"PT1M30S"`: a duration.
        if let m = Numbers.firstMatch(#"(?i)^PT(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?$"#, in: v), v.count > 2 {
            let hours: Double = Double(m[1]) ?? 0, minutes: Double = Double(m[2]) ?? 0, secs: Double = Double(m[3]) ?? 0
            let total: Double = hours * 3600 + minutes * 60 + secs
            return .number((total * 1000).rounded(), unit: "ms")
        }
        // `"0:05"`, `"00:00:07"`: a time (never an aspect's "9:16", whose key is no time's).
        if has(key, #"(?i)start|end|at$|^from$|^until$|time|offset|duration"#),
           let m = Numbers.firstMatch(#"^(?:(\d{1,2}):)?(\d{1,2}):([0-5]\d(?:\.\d+)?)$"#, in: v) {
            let hours: Double = Double(m[1]) ?? 0, minutes: Double = Double(m[2]) ?? 0, secs: Double = Double(m[3]) ?? 0
            let total: Double = hours * 3600 + minutes * 60 + secs
            return .number(total * 1000, unit: "ms")
        }
        return .words(s)
    }
}

extension RulePlanner.CommandValue {
    /// A number given its key's unit when it has none of its own (`"volume_percent": 15` is 15 %).
    func withUnit(_ unit: String) -> Self {
        if case .number(let n, let u) = self, u.isEmpty, !unit.isEmpty { return .number(n, unit: unit) }
        return self
    }

    /// Words, whatever they were read as (`"Sale"` is a word, `"Sign up today"` words, `2024` a number).
    var asWords: Self {
        switch self {
        case .word(let s): .words(s)
        case .number: text.map { .words($0) } ?? self
        default: self
        }
    }
}
