import Foundation

/// More of the ways agents write tool calls, brought to forms the agent-syntax reading takes:
/// `# comments`, YAML blocks (`remove_clip:` with indented `index: 1`), flow objects
/// (`add_text: {kind: caption, text: "…", start_ms: 4000, end_ms: 9000}`), snake_case keys with a
/// colon (`set_duration_ms: 15000`, `loudness_target: tiktok`), deltas (`duration_delta_ms: +10000`)
/// and the indexing an agent says it uses ("1-based").
extension RulePlanner {
    static func agentForms(_ text: String) -> String {
        // Only text that looks like a tool call: snake_case or dotted keys, braces, `key: value` lines.
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.hasPrefix("{\""), !trimmed.hasPrefix("["), has(text, #"[a-z]_[a-z]|\b[a-z]+\.[a-z_]+\s*[=:]|[{}]|^\s*[a-z_]+\s*:\s*\S|\(\s*\w+\s*=|\s#\s"#) else { return text }
        var t = text
        let oneBased = has(t, #"\b(?:1|one)[- ]based\b|\b1-indexed\b"#)
        t = withoutComments(t)
        // `add_voiceover {"source": "vo.wav", "startMs": 1000}`: the voice and where it starts (its second key was
        // read as a caption's words, or its start as the music's).
        t = substitute(t, #"^\s*(?:add|set|use|insert)[_ ](?:the |a )?(?:voiceover|voice_over|voice over|narration|vo)\s*(\{[^{}]*\})\s*$"#) { g in
            guard let data = g[1].data(using: .utf8), let o = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
                  let file = ["source", "src", "file", "path", "audio"].lazy.compactMap({ o[$0] as? String }).first else { return g[0] }
            let ms = ["start_ms", "startMs", "at_ms"].lazy.compactMap { (o[$0] as? NSNumber)?.doubleValue }.first
                ?? ["start", "start_s", "at"].lazy.compactMap { (o[$0] as? NSNumber)?.doubleValue }.first.map { $0 * 1000 }
            return "add the voiceover \(file)" + (ms.map { " at \(seconds(Int($0))) s" } ?? "")
        }
        // `set_transition {"name": "wipeleft", "duration_ms": 750}`: a call's JSON arguments, read as a flow object
        // (its keys unquoted).
        if has(t, #"^\s*[a-z]+(?:_[a-z]+)+\s*\{\s*""#) {
            t = replacing(t, [
                // `upload_to_youtube {…}`: the call alone says what is asked (its title is no title to add).
                (#"^\s*(upload|publish|post|share)_to_([a-z]+)\s*\{.*\}\s*$"#, "$1 to $2"),
                // `edit_text {"target": {"kind": "title"}, "text": "…"}`: new words for that text.
                (#"^\s*(?:edit|update|change|modify|set)_text\s*\{\s*"target"\s*:\s*\{\s*"kind"\s*:\s*"(\w+)"\s*\}\s*,?\s*"text"\s*:\s*("[^"]*")\s*,?"#, "change the $1 to $2 {"),
                (#"^(change the \w+ to "[^"]*" \{)\s*"duration_ms"\s*:\s*(\d+)"#, "$1 for $2 ms"),
                // `{"segment": "c.png", …}`: the file, by its name.
                (#""(?:segment|clip|target|file|src|source)"\s*:\s*"([^"\s]+\.[a-z0-9]{2,4})""#, "$1"),
            ])
            // (Only for the calls read so; `set_video_fades {"fade_in_ms": 0, …}` is read as a settings object.)
            if has(t, #"^\s*(?:set|apply|change|update)_(?:transitions?|segment_duration|clip_duration|speed|segment_speed|clip_speed)\s*\{"#) {
                // `set_transition {"target": "all", "name": "wipeleft"}`: every transition, as without the target;
                // `{"between": ["a.jpg", "b.mp4"], …}`: the one between those two (both were read as the name: a fade).
                if has(t, #"^\s*[a-z_]*transition"#) {
                    t = replacing(t, [(#""target"\s*:\s*"(?:all|everywhere|all clips)"\s*,?\s*"#, ""),
                                      (#""between"\s*:\s*"([^",]+),\s*([^",]+)"\s*,?\s*"#, "between $1 and $2 "),
                                      (#""between"\s*:\s*\[\s*"([^"]+)"\s*,\s*"([^"]+)"\s*\]\s*,?\s*"#, "between $1 and $2 ")])
                    if has(t, #"\bbetween \S+ and "#) { t = replacing(t, #""(?:name|type|kind|style)"\s*:\s*"([a-z]+)""#, "$1") }
                }
                t = replacing(t, #""([a-z_]+)"\s*:"#, "$1:")
            }
        }
        t = replacing(t, [
            // `enable_ducking {"music": true}`, `disable_ducking()`: the music dips under voices, or no longer.
            (#"^\s*enable_(?:auto_?)?duck(?:ing)?\s*(?:\{[^{}]*\btrue\b[^{}]*\}|\{\s*\}|\(\s*\))?\s*$"#, "turn on ducking"),
            (#"^\s*disable_(?:auto_?)?duck(?:ing)?\s*(?:\{[^{}]*\}|\(\s*\))?\s*$"#, "turn off ducking"),
            // The indexing note once read.
            (#"\(\s*(?:0|1|zero|one)[- ](?:based|indexed)\s*\)"#, ""),
            (#"(?m)^\s*indexing\s*[:=]\s*\S+\s*$"#, ""),
            // YAML: a call name on its own line, its arguments indented below it.
            (#"(?m)^\s*([a-z]+(?:_[a-z]+)+)\s*:\s*$"#, "$1"), (#"\n[ \t]+([a-z_]+)\s*:\s*"#, " $1="),
            // `edit_text(index=0, text="…")`: the text at that index, given new words (read as `text[0]`).
            (#"\b(?:edit|update|set|change|modify)_(?:text|title|caption|overlay)\s*\(\s*index\s*[=:]\s*(\d+)\s*,?\s*([^()]*)\)"#, "change the text[$1] to $2"),
            (#"\b(?:edit|update|set|change|modify)_(?:text|overlay)\s*\(([^()]*)\)"#, "change the text to $1"),
            // Call arguments in parentheses: `remove_clip(index=0)`.
            (#"\b([a-z]+(?:_[a-z]+)+)\(([^()]*)\)"#, "$1 $2"),
            // "Action: add_text. Parameters: {…}": the call, then its arguments.
            (#"(?i)^\s*(?:action|tool|function|call)\s*:\s*([a-z]+(?:_[a-z]+)+)\s*[.;,]?\s*(?:parameters|params|arguments|args|input)\s*:\s*(?=\{)"#, "$1 "),
            // `in_point=500ms`: where the clip starts.
            (#"\bin_point\s*[=:]\s*(\d+(?:\.\d+)?)\s*(ms|s)?\b"#, "in point $1 $2"),
            // `music.start=1.5s music.end=9s`: when the music starts and stops.
            (#"\b(music|song|audio|bgm)\.(start|end|stop)\s*[=:]\s*(\d+(?:\.\d+)?)\s*(ms|s)(?=\s|,|;|$)"#, "$1 $2s at $3 $4,"),
            // `music.start=00:00:02`, `bgm_end: 0:09`: a timecode.
            (#"\b(?:music|song|audio|bgm)[._](start|end|stop)\s*[=:]\s*(\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?)(?=\s|,|;|$)"#, "music $1s at $2,"),
            // `{"segment_index": 0}`: an index (0-based unless said otherwise).
            (#"\b(?:segment|clip|item)_index\b"#, "index"),
            // `clip[1].trim_in_ms`: the item, then its field.
            (#"\]\."#, "] "),
            (#"\btrim_?in(?:_ms|Ms)\s*[=:]\s*(\d+(?:\.\d+)?)"#, "trim in point $1 ms"),
            (#"\btrim_?in\s*[=:]\s*(\d+(?:\.\d+)?)"#, "trim in point $1"),
            // Changes of the length: `duration_delta_ms: +10000`.
            (#"\b(?:duration|length)_?(?:delta|change|offset|add)(?:_ms|Ms)\s*[=:]\s*\+?\s*(\d+)"#, "duration +$1 ms"),
            (#"\b(?:duration|length)_?(?:delta|change|offset)(?:_ms|Ms)\s*[=:]\s*-\s*(\d+)"#, "duration -$1 ms"),
            (#"\bset_duration(?:_ms|Ms)\s*[=:]\s*(\d+)"#, "set duration=$1 ms"),
            (#"\bset_duration(?:_s)?\s*[=:]\s*(\d+(?:\.\d+)?)"#, "set duration=$1 s"),
            // A speed factor.
            (#"\b(?:factor|speed_factor|multiplier)\s*[=:]\s*(\d+(?:\.\d+)?)"#, "$1x"),
            // A volume in percent written as a whole number.
            (#"\bvolume\s*[=:]\s*([5-9]|[1-9]\d|100)(?![\d.%])"#, "volume $1%"),
            (#"\bloudness_?target\s*[=:]\s*"#, "loudness for "),
        ])
        // A flow object after a call or heading: `{kind: caption, text: "…", start_ms: 4000, end_ms: 9000}`.
        // (Never braces inside quoted words: "add a caption '{50% off}'" keeps them.)
        if let open = t.firstIndex(of: "{"), let close = t.lastIndex(of: "}"), open < close, !t[open...close].contains("\"op\""),
           !has(String(t[open...close]), #"^\{\s*""#), bracesOutsideQuotes(t) {
            var body = String(t[t.index(after: open)..<close])
            body = replacing(body, [
                // `kind: "caption"`, `position: "bottom"`: a word of the vocabulary, never words for the screen.
                (#"\b(kind|type|position)\s*:\s*"([\w-]+)""#, "$1: $2"),
                (#"\bstart(?:_ms|Ms)\s*:\s*(\d+)\s*,\s*end(?:_ms|Ms)\s*:\s*(\d+)"#, "from $1 to $2 ms"),
                (#"\bstart(?:_s)?\s*:\s*(\d+(?:\.\d+)?)\s*,\s*end(?:_s)?\s*:\s*(\d+(?:\.\d+)?)"#, "from $1 to $2 s"),
                (#"\b(?:kind|type|name|style)\s*:\s*"#, ""), (#"\b(?:duration|length)(?:_ms|Ms)\s*:\s*(\d+)"#, "$1 ms"),
                (#"\b([a-z]+)(?:_ms|Ms)\s*:\s*(\d+)"#, "$1 $2 ms"), (#"\btext\s*:\s*"#, ""),
                (#"\b([a-z]+)\s*:\s*"#, "$1 "),
            ])
            let head = replacing(String(t[..<open]), #"[\s:=]+$"#, "")
            // One object describes one thing: its fields stay in one clause (commas in quoted words are kept).
            let joined = outsideQuotes(body) { $0.replacingOccurrences(of: ",", with: " ") }
            t = head + " " + joined + String(t[t.index(after: close)...])
            t = replacing(t, #"^\s*add_text\s+"#, "add a ")
        }
        // `set_duration_ms: 15000`, `music.start_ms: 2500`: a key and its value, as key=value.
        t = replacing(t, #"(?m)^(\s*(?:[a-z]+(?:_[a-z]+)+|(?:music|audio|video|title|caption|text|clip|look|canvas|transitions?|fades?)\.[a-z_]+))\s*:\s*(?=[+-]?[\w"'])"#, "$1=")
        // An index an agent says is 1-based is a clip number.
        if oneBased { t = replacing(t, #"\b(?:(?:segment|clip|item)_)?index\s*[=:]?\s*(\d+)"#, "clip $1") }
        // The rest of a snake_case key as words (never a file name).
        t = replacing(t, #"\b(loudness|music|audio|clip|text|fade|look|canvas)_([a-z]+)\b(?![.\w])"#, "$1 $2")
        return t
    }

    /// Whether a brace stands outside quoted words (an object's, not the words for the screen).
    static func bracesOutsideQuotes(_ text: String) -> Bool {
        var found = false
        _ = outsideQuotes(text) { plain in
            if plain.contains("{") || plain.contains("}") { found = true }
            return plain
        }
        return found
    }

    /// `remove_clip(index=1)  # the blurry one`: a comment after a call or a `key: value`, or on a line of its
    /// own; never "call # 555 0199", "Table # 4" (a number after the mark) nor a mark inside quotes.
    static func withoutComments(_ text: String) -> String {
        let t = replacing(text, #"(?m)^[ \t]+#[ \t].*$"#, "")
        return substitute(t, #"(?m)^(.*?\S)[ \t]+#[ \t](?![ \t]*\d).*$"#) { g in
            has(g[1], #"[a-z]_[a-z]|[=(){}\[\]]|^\s*[a-z_]+\s*:"#) && g[1].filter({ $0 == "\"" }).count % 2 == 0 ? g[1] : g[0]
        }
    }
}
