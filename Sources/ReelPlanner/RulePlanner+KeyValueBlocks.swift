import Foundation

/// Requests that automations and scripts write, read as the one object each is: a ReAct step
/// (`Thought: …\nAction: reel_edit\nAction Input: …`), lines of `key: value` a template fills
/// (`action: set_music_volume\nvalue: 15%`, `speed: 0.5\nclip: 2`), `key=value` pairs on one line
/// (`op=trim clip=2 start=1.5`) and flags (`--print-timeline`). A block becomes the object
/// `{"action": "set_music_volume", "value": "15%"}` the object readers take; a field a template
/// left unfilled (`{{title}}`, `$CLIP`) or a block that names nothing of a video (an order event
/// sent to the wrong place) is answered with a question, and nothing changes.
extension RulePlanner {
    /// One value of a block: words, or a list (`order:` with `- c.png` lines, `order=3,1,2`).
    enum BlockValue: Equatable {
        case words(String), list([String])

        var words: String {
            switch self {
            case .words(let s): s
            case .list(let items): items.joined(separator: ", ")
            }
        }
    }

    /// A block's fields, in order; `nested` when a field's fields are indented under it (`music:\n  start: 3s`).
    struct Block {
        var pairs: [(key: String, value: BlockValue)]
        var nested: Bool
    }

    /// Keys that name what a block does.
    static let blockActionKeys = #"^(?:action|op|operation|task|command|cmd|job|tool|function|method)$"#

    /// Words a key of a video edit is made of (a block with none of them is no edit).
    static let blockEditKeyWords = #"\b(?:action|op|operation|task|command|cmd|job|tool|function|method|query|step|music|audio|song|bgm|soundtrack|track|volume|vol|level|canvas|aspect|ratio|format|resolution|size|width|height|orientation|platform|duration|length|runtime|seconds|secs|ms|title|headline|caption|subtitle|subtitles|text|overlay|label|end|card|endcard|lower|third|transition|transitions|fade|fades|speed|rate|factor|clip|clips|segment|photo|photos|image|images|picture|still|slide|look|filter|style|brightness|contrast|saturation|fps|framerate|order|sequence|remove|delete|trim|cut|in|out|media|files|sources|source|inputs|input|src|file|start|position|color|colour|target|value|undo|redo|zoom|ken|burns|motion|fit|loop|ducking|duck|mute|export|render|voiceover|narration|intro|outro|sort|move|swap|reorder|font|effect|effects|preset|template|instruction|instructions|request|prompt|message|edit|change)\b"#

    /// A value a template left unfilled: `{{title}}`, `{title}`, `${TRIM_START}`, `$CLIP_INDEX`, `<TITLE>`, `%title%`, `[[title]]`.
    static let templatePlaceholder = #"^(?:\{\{\s*[\w. -]*\s*\}\}|\{\s*[A-Za-z_][\w.]*\s*\}|\$\{\s*[A-Za-z_]\w*\s*\}|\$[A-Za-z_]\w*|<\s*[A-Za-z_][\w -]*\s*>|%[A-Za-z_]\w*%|\[\[\s*[\w. -]*\s*\]\])$"#

    /// A ReAct step (LangChain's agents): `Observation:` is what a tool returned and `Thought:` the agent's own
    /// reasoning, never a request ("the title is wrong" became a title); only `Action Input:` is, for the tool
    /// `Action:` names. A tool that reads the state (`reel_state`, `get_timeline`) with no request shows the timeline.
    static func reactStep(_ text: String) -> String {
        let text = logLinePrefixless(agentTranscript(text))
        guard text.count < 8000, has(text, #"(?:^|\n)[ \t]*Action[ _]?Input[ \t]*:"#),
              let action = Numbers.firstMatch(#"(?:^|\n)[ \t]*Action[ \t]*:[ \t]*([A-Za-z][\w.-]*)[ \t]*(?=\n|$)"#, in: text),
              let input = Numbers.firstMatch(#"(?:^|\n)[ \t]*Action[ _]?Input[ \t]*:[ \t]*([\s\S]*?)\s*(?=\n[ \t]*(?:Observation|Thought|Action|Final Answer)[ \t]*:|$)"#, in: text)
        else { return text }
        var said = input[1].trimmingCharacters(in: .whitespacesAndNewlines)
        // `Action Input: "lower the music"`: the quotes are the framework's.
        if let m = Numbers.firstMatch(#"^["“]([^"“”]*)["”]$"#, in: said) { said = m[1] }
        if readsState(keyWords(action[1])), said.isEmpty || has(said, #"^\{[^{}]*\}$"#) { return "show the timeline" }
        // `Action: reel_generate_broll` with `{"prompt": "aerial shot …, 5 seconds"}`: a tool Reel does not have; only its name is
        // read, so none of its input is taken as an edit (its 5 seconds made the video 5 s long).
        if let named = unknownTool(action[1]), !takesWords(named) { return named }
        // `Action Input: {"instruction": "a bit more"}`: the words passed on; beside other fields (`"order": […]`), the
        // words, then those fields (it read "instruction a bit more", not understood).
        if said.hasPrefix("{"), let data = said.data(using: .utf8),
           let o = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
           let key = o.keys.first(where: { has($0, #"^(?:instruction|request|prompt|message|query|input|utterance)$"#) }),
           let words = o[key] as? String, !words.isEmpty {
            var rest = o
            rest[key] = nil
            guard !rest.isEmpty else { return words }
            if let more = try? JSONSerialization.data(withJSONObject: rest, options: [.sortedKeys]), let fields = String(data: more, encoding: .utf8) {
                return words + " " + fields
            }
        }
        // `Action: reel_set_speed` / `Action Input: {"segment": 2, "speed": 0.5}`: the call, its tool named (alone, the fields
        // slowed every clip).
        if said.hasPrefix("{"), said.hasSuffix("}"), let data = said.data(using: .utf8), (try? JSONSerialization.jsonObject(with: data)) is [String: Any] {
            return #"{"name": "\#(action[1])", "arguments": \#(said)}"#
        }
        return said
    }

    /// A tool's name, in words, that reads the state (`reel_state`, `get_timeline`, `describe`), changing nothing.
    static func readsState(_ tool: String) -> Bool {
        has(tool, #"\b(?:state|status|timeline|describe|inspect|info|summary|query|get|read|show|list|print|dump|view)\b"#)
            && !has(tool, #"\b(?:edit|create|set|add|make|update|change|apply|remove|delete)\b"#)
    }

    /// Multi-agent frameworks' messages, as the request in them (its words as written: a title keeps its capitals).
    /// CrewAI's task: `Task: …` (or `Description: …`) with `Expected output: …` and `Agent: Video Editor` lines, which
    /// ask nothing (the "10-second video" and "50 words" there are no edits). AutoGen's relayed message: the
    /// `user_proxy (to video_editor):` line above it and the rule of dashes below. An agent's turn: `Editor agent: …`,
    /// `Reviewer agent feedback: …` (its words were read as a block of data, "nothing was changed").
    static func agentTranscript(_ text: String) -> String {
        guard text.count < 8000, text.contains(":") || text.contains("---") else { return text }
        var t = replacing(text, [
            (#"(?m)^[ \t]*[A-Za-z][\w.-]*[ \t]*\(to [A-Za-z][\w. -]*\)[ \t]*:[ \t]*$"#, ""),
            (#"(?m)^[ \t]*(?:-{5,}|={5,}|_{5,}|\*{5,})[ \t]*$"#, ""),
        ])
        if has(t, #"(?m)^[ \t]*Expected[ _]output[ \t]*:"#)
            || (has(t, #"(?m)^[ \t]*(?:Task|Description)[ \t]*:"#) && has(t, #"(?m)^[ \t]*Agent[ \t]*:[ \t]*[A-Z][\w -]{0,40}$"#)) {
            t = replacing(t, [
                (#"(?m)^[ \t]*(?:Expected[ _]output|Agent|Role|Goal|Backstory|Output[ _]format)[ \t]*:[^\n]*$"#, ""),
                (#"(?m)^[ \t]*(?:Task|Description)[ \t]*:[ \t]*"#, ""),
            ])
        }
        // "Automated request #4821", "Ticket #88" on a line of its own above the fields: which request it is, no request.
        t = replacing(t, #"^[ \t]*(?:(?:automated|auto|new|incoming|scheduled)[ \t]+)?(?:request|ticket|job|task|run|message|workflow run)[ \t]*#[ \t]*[\w-]+[ \t]*\n(?=[ \t]*[A-Za-z][\w ]{0,30}:)"#, "")
        // (Only at a line's start, with "agent" in the speaker's name: "Note: …" or "Agent Smith's cut" are left.)
        t = replacing(t, #"(?m)^[ \t]*(?:[A-Za-z]+[ _])?agent(?:[ _](?:feedback|notes?|says|message|reply|response|output|review))?[ \t]*:[ \t]*(?=\S)"#, "")
        t = t.trimmingCharacters(in: .whitespacesAndNewlines)
        return t.isEmpty ? text : replacing(t, #"\n{3,}"#, "\n\n")
    }

    /// `[INFO] 2024-06-01 12:00:03 step=3 action=…`, `2024-06-01T10:22:01Z INFO …`, `DEBUG retry=2 …`: a log line's
    /// level and time say when it was written, never what to do (the clock time was read as 43203 s).
    static func logLinePrefixless(_ text: String) -> String {
        guard text.count < 2000, !text.contains("\n") else { return text }
        let level = #"\[?(?-i:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|CRITICAL|FATAL)\]?:?"#
        let stamp = #"\[?\d{4}-\d{2}-\d{2}(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\]?"#
        let t = replacing(text, #"^\s*(?:(?:\#(level)|\#(stamp))\s+)+"#, "")
        // (Only before what the line asks: `INFO` alone, or "ERROR Traceback …", is left as it was.)
        return t == text || !has(t, #"^[A-Za-z][\w.-]*\s*[=:]"#) ? text : t
    }

    /// The fields of a block of `key: value` lines (a list under a key as `- item` lines; fields indented under a key
    /// as `key_field`), or of one line of `key=value` pairs; nil when the text is not wholly one.
    static func keyValueBlock(_ text: String) -> Block? {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard t.count < 2000, let first = t.first, first != "{", first != "[" else { return nil }
        // `task: trim | target: clip 2 | trim_start_seconds: 1`, `action=move_text; target=title; new_start_seconds=2`:
        // fields between pipes or semicolons, as lines.
        if !t.contains("\n"), has(t, #"[|;]"#) {
            let field = #"^\s*[A-Za-z][\w.-]*\s*[:=]\s*(?:"[^"]*"|'[^']*'|[^"'|;=]*?)\s*$"#
            let parts = t.split(whereSeparator: { $0 == "|" || $0 == ";" }).map(String.init).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            guard parts.count >= 2, parts.allSatisfy({ has($0, field) }) else { return nil }
            return keyValueBlock(parts.map { replacing($0, #"^\s*([A-Za-z][\w.-]*)\s*[:=]\s*"#, "$1: ") }.joined(separator: "\n"))
        }
        if !t.contains("\n") {
            // `op=trim clip=2 start=1.5`, `op=transition name=wipeleft duration_ms=800`: pairs only.
            let pair = #"([A-Za-z][\w.-]*)=("[^"]*"|'[^']*'|[^\s"'=;]+)"#
            guard has(t, #"^(?:\#(pair)\s+)+\#(pair)$"#) else {
                // `action: describe_timeline`, `query: timeline_duration`: one line that names what to do.
                guard let m = Numbers.firstMatch(#"^([A-Za-z]\w*)\s*:\s*([A-Za-z][\w.-]*)$"#, in: t),
                      has(m[1].lowercased(), blockActionKeys) || m[1].lowercased() == "query" else { return nil }
                return Block(pairs: [(m[1].lowercased(), .words(m[2]))], nested: false)
            }
            return Block(pairs: Numbers.allMatches(pair, in: t).map { g, _ in
                // (`target=c.png, duration=6s`: a comma after a value only separates it from the next.)
                let v = replacing(replacing(g[2], #",$"#, ""), #"^["'](.*)["']$"#, "$1")
                let items = v.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                return (g[1].lowercased(), items.count > 1 && !items.contains(where: \.isEmpty) ? .list(items) : .words(v))
            }, nested: false)
        }
        var pairs: [(key: String, value: BlockValue)] = []
        var parent: String?
        var nested = false
        for raw in t.split(separator: "\n", omittingEmptySubsequences: true) {
            let line = String(raw)
            if line.trimmingCharacters(in: .whitespaces).isEmpty || has(line, #"^\s*#"#) { continue }
            if let m = Numbers.firstMatch(#"^\s*-\s+(.+?)\s*$"#, in: line) {
                // A list item: the key just opened holds it.
                guard let last = pairs.last else { return nil }
                let item = replacing(m[1], #"^["'](.*)["']$"#, "$1")
                switch last.value {
                case .list(let items): pairs[pairs.count - 1].value = .list(items + [item])
                case .words(let w) where w.isEmpty: pairs[pairs.count - 1].value = .list([item])
                default: return nil
                }
                continue
            }
            guard let m = Numbers.firstMatch(#"^([ \t]*)([A-Za-z][\w.-]*(?: [A-Za-z][\w.-]*){0,2})[ \t]*:[ \t]*(.*?)\s*$"#, in: line) else { return nil }
            var key = m[2].lowercased().replacingOccurrences(of: " ", with: "_")
            let value = replacing(m[3], #"^"(.*)"$|^'(.*)'$"#, "$1$2")
            if !m[1].isEmpty, let p = parent {
                key = p + "_" + key
                nested = true
            } else {
                parent = value.isEmpty ? key : nil
            }
            pairs.append((key, .words(value)))
        }
        // A parent with fields under it is no field of its own.
        let keys = pairs.map(\.key)
        pairs.removeAll { p in p.value == .words("") && keys.contains { $0.hasPrefix(p.key + "_") } }
        // (`edits:` over a list of `- key: value` items is one field that holds them all.)
        guard pairs.count >= 2 || (pairs.count == 1 && has(pairs[0].key, blockActionKeys))
            || (pairs.count == 1 && has(pairs[0].key, #"^(?:edits|changes|operations|ops|steps|actions|tasks|settings|updates)$"#) && pairs[0].value != .words("")) else { return nil }
        return Block(pairs: pairs, nested: nested)
    }

    /// `--clip 2 --speed 0.5` → `clip=2 speed=0.5` (the dashes in a flag's name as underscores); nil unless the text is
    /// wholly flags that each have a value (a comment after `#` aside). Before them, a script's name says nothing
    /// (`python reel_cli.py --fps 24`, `./edit.sh …`); a verb leads them (`create --media … --aspect 9:16 --music x.mp3`:
    /// "create media=… aspect=9:16 music=x.mp3", where the 16 was read as the music's level).
    /// (`reel edit --session s1 --fps 24`: Reel's own program and its subcommand lead the flags too; read as words, "reel"
    /// made the canvas vertical. An argument list, `["reel", "edit", "--music-volume", "40%"]`, is that command line.)
    static func flagsAsPairs(_ text: String) -> String? {
        guard text.contains("--"), text.count < 1000 else { return nil }
        var t = replacing(argumentList(text) ?? text, #"\s+#(?:\s.*)?$"#, "").trimmingCharacters(in: .whitespaces)
        guard !t.contains("\n") else { return nil }
        var verb = ""
        if !t.hasPrefix("--") {
            guard let m = Numbers.firstMatch(#"^(?:(?:python3?|node|bash|sh|npx|deno run|uv run)\s+)?(?:(?:reel|reel_?cli|reelctl|reel-cli)\s+(?=[a-z]+\s+--[a-z]))?([\w./-]+)\s+(?=--[a-z])"#, in: t) else { return nil }
            if has(m[1], #"^(?:create|make|compose|build|render|export|edit|update|set|add|apply)$"#) {
                verb = m[1].lowercased() + " "
            } else if !has(m[1], #"\.(?:py|sh|js|ts|rb)$|^\./|^(?:reel|reel_?cli|reelctl|reel-cli)$"#) {
                return nil
            }
            t = String(t.dropFirst(m[0].count))
        }
        let flag = #"--([a-z][a-z0-9]*(?:[-_][a-z0-9]+)*)(?:\s*=\s*|\s+)("[^"]*"|'[^']*'|-?\d+(?:\.\d+)?(?:ms|s|%)?|[^\s"'-][^\s"']*)(?=\s|$)"#
        guard has(t, #"^(?:\#(flag)\s+)*\#(flag)$"#) else { return nil }
        // (`--session s1`, `--api-key …`: which session and how to reach it, never an edit: "edit session s1" was not understood.)
        let pairs = Numbers.allMatches(flag, in: t).map { g, _ in (key: g[1].replacingOccurrences(of: "-", with: "_"), value: g[2]) }
            .filter { !has($0.key, #"^(?:session(?:_id)?|sid|project(?:_id)?|host|port|server|base_url|api_url|url|api_key|token|auth)$"#) }
        guard !pairs.isEmpty else { return nil }
        return verb + pairs.map { $0.key + "=" + $0.value }.joined(separator: " ")
    }

    /// `["reel", "edit", "--fps", "24"]`: a process's argument list as the command line it stands for (each argument with
    /// a space in quotes); nil for any other text.
    static func argumentList(_ text: String) -> String? {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard t.hasPrefix("["), t.hasSuffix("]"), let data = t.data(using: .utf8),
              let list = (try? JSONSerialization.jsonObject(with: data)) as? [Any], list.count >= 2,
              let args = list as? [String], args.contains(where: { $0.hasPrefix("--") }) else { return nil }
        return args.map { $0.contains(" ") && !$0.contains("\"") ? "\"\($0)\"" : $0 }.joined(separator: " ")
    }

    /// A block that asks nothing Reel can do: a field a template left unfilled (`Title: {{title}}`,
    /// `clip=$CLIP_INDEX`: never the words `{{title}}` on screen, nor a guess), or fields that name nothing of a
    /// video (`Event: new_order\nCustomer: …\nQuantity: 2`, an automation's data sent here: "Cold Brew" read as a
    /// cool look). The question that says so; nothing changes.
    static func blockAskingNothing(_ instruction: String) -> Plan? {
        let examples = "I can, for example: " + EditSession.suggestions.prefix(5).joined(separator: ", ") + "."
        var plan = Plan()
        // "Add a title with the text: {{ $json.headline }}": a workflow's expression left unresolved, anywhere in the words.
        let block = instruction.contains(":") || instruction.contains("=") ? keyValueBlock(reactStep(instruction)) : nil
        if block == nil, instruction.contains("{{"), let m = Numbers.firstMatch(#"\{\{\s*(\$?[A-Za-z_][\w.$\[\]'" -]{0,60}?)\s*\}\}"#, in: instruction) {
            plan.questions.append("The request still holds the template's expression {{ \(m[1]) }}: the workflow did not fill it in, so nothing was changed. Send the words themselves. \(examples)")
            return plan
        }
        // `--dry-run --music-volume 0.5`: a script asking what would change, never to change it (the music was set).
        if has(instruction, #"(?:^|\s)--dry[-_]?run\b"#), has(instruction, #"(?:^|\s)--(?!dry[-_]?run\b|print|show|dump|verbose|json|quiet)[a-z]"#) {
            plan.questions.append("That is a dry run (--dry-run), so nothing was changed. Send it again without --dry-run to apply it, or --print-timeline to see the timeline.")
            return plan
        }
        guard let block else { return nil }
        // (A new video's optional fields left unfilled, `ACTION=create_video; TITLE={{title}}`, are left out by the line readers.)
        let creates = block.pairs.contains { has($0.key, blockActionKeys) && has($0.value.words, #"^(?:create|make|compose|build|generate|new)(?:_\w+)?$"#) }
        if !creates, let unfilled = block.pairs.first(where: { has($0.value.words, templatePlaceholder) }) {
            plan.questions.append("The field \"\(unfilled.key)\" still holds the template's placeholder \(unfilled.value.words): it was never filled in, so nothing was changed. Send it again with the value filled in. \(examples)")
            return plan
        }
        if block.pairs.count >= 2, !block.pairs.contains(where: { has(keyWords($0.key), blockEditKeyWords) }) {
            let keys = block.pairs.map { $0.key.capitalized }.joined(separator: ", ")
            plan.questions.append("That reads as data (\(keys)), not a change to the video, so nothing was changed. \(examples)")
            return plan
        }
        return nil
    }

    /// A block as the object the object readers take (`{"action": "trim", "clip": 2, "start": 1.5}`), or as the
    /// words for it; the text as it was when it is no block, or one the line readers already read well (a new
    /// video's fields, fields indented under a heading).
    static func keyValueBlockAsObject(_ text: String) -> String {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        // `--print-timeline`, `--show-state`: a script asking to see the timeline.
        // (`--dry-run --print-timeline`: beside it, flags that only say how to run, the same.)
        if has(t, #"^(?:--?(?:dry[-_]?run|verbose|json|quiet|no[-_]colou?r|v)\s+)*--?(?:print|show|dump|describe|get|list|view)[-_](?:the[-_])?(?:timeline|state|status|info|summary|project|draft)(?:\s+--?(?:dry[-_]?run|verbose|json|quiet|no[-_]colou?r|v))*$"#) { return "show the timeline" }
        // `--clip 1 --duration 6`, `--fade-in 1.5 --fade-out 1.5  # …`: a script's flags are its `key=value` fields
        // (`clip=1 duration=6`: clip 1's length; "--duration 20" was not understood, the fades read as 1 s).
        if let pairs = flagsAsPairs(t) { return keyValueBlockAsObject(pairs) }
        // `extend_duration_by: 5s`, `shorten_total_length_by=3`: a change by so much, never the length itself (it made a 5 s video).
        if let m = Numbers.firstMatch(#"^(extend|lengthen|increase|grow|shorten|reduce|decrease|shrink)_(?:the_)?(?:total_)?(?:video_)?(duration|length)(?:_by)?\s*[:=]\s*["']?(\d+(?:\.\d+)?\s*(?:ms|s|secs?|seconds?)?)["']?$"#, in: t) {
            return "\(m[1]) the total \(m[2]) by \(m[3])" + (has(m[3], #"[a-z]$"#) ? "" : " seconds")
        }
        guard t.contains(":") || t.contains("="), var block = keyValueBlock(t) else { return text }
        // `step: 2`, `id: 17`: numbering, no request; `retry=2 timeout=30s`: how the call was made (its 30 s made a 30 s video).
        block.pairs.removeAll { has($0.key, #"^(?:step|step_?(?:no|number|id)|id|request_?id|run_?id|trace_?id|span_?id|seq|retry|retries|attempts?|timeout(?:_?(?:ms|s|secs?|seconds))?|latency(?:_?ms)?|elapsed(?:_?ms)?|pid|thread|level|severity|logger)$"#) }
        guard !block.pairs.isEmpty else { return text }
        // `edits:` with `- canvas: "1:1"` and `- look: sepia` under it: each item a field of its own (the canvas was lost).
        // (One step alone too: `steps:` / `- extend_total_duration_by: 5s` made the video 5 s long.)
        if block.pairs.count == 1, has(block.pairs[0].key, #"^(?:edits|changes|operations|ops|steps|actions|tasks|settings|updates)$"#),
           case .list(let items) = block.pairs[0].value, !items.isEmpty,
           items.allSatisfy({ has($0, #"^[A-Za-z][\w.-]*\s*:\s*\S"#) }) {
            // (As the settings object they make: `{"canvas": "1:1", "look": "sepia"}`.)
            var fields: [String] = []
            for item in items {
                guard let m = Numbers.firstMatch(#"^([A-Za-z][\w.-]*)\s*:\s*["']?(.*?)["']?\s*$"#, in: item),
                      let data = try? JSONSerialization.data(withJSONObject: [m[1], m[2]]), let pair = String(data: data, encoding: .utf8),
                      let comma = pair.firstIndex(of: ",") else { return text }
                fields.append(String(pair[pair.index(after: pair.startIndex)..<comma]) + ": " + String(pair[pair.index(after: comma)...].dropLast()))
            }
            return "{" + fields.joined(separator: ", ") + "}"
        }
        // `instruction: remove_clip` / `clip: b.mp4`: an instruction that is one tool's name is the action (a tool Reel
        // has; never `remove_background`, which is no clip removed).
        if !block.pairs.contains(where: { has($0.key, blockActionKeys) }),
           let i = block.pairs.firstIndex(where: { has($0.key, #"^(?:instruction|request|command_name|intent)$"#)
                && has($0.value.words, #"^(?:remove|delete|trim|cut|move|mute|unmute|duplicate|reorder|swap|set|add|change|update|replace)_(?:clip|segment|item|photo|text|title|caption|music|transition|look|canvas|duration|speed|volume|fades?|order)s?$"#) }) {
            block.pairs[i].key = "action"
        }
        // `files: clip_a.mp4, clip_b.mp4, outro.png` / `order: outro.png, clip_a.mp4, clip_b.mp4`: the files, in that order
        // (the order was lost).
        if let f = block.pairs.firstIndex(where: { has($0.key, #"^(?:files|inputs|media|sources|clips|items)$"#) }),
           let o = block.pairs.firstIndex(where: { has($0.key, #"^(?:order|sequence|new_order)$"#) }) {
            func items(_ v: BlockValue) -> [String] {
                switch v {
                case .list(let l): l
                case .words(let w): w.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                }
            }
            let files = items(block.pairs[f].value), order = items(block.pairs[o].value)
            if files.count > 1, order.count == files.count, Set(order.map { $0.lowercased() }) == Set(files.map { $0.lowercased() }) {
                block.pairs[f].value = .words(order.joined(separator: ", "))
                block.pairs.remove(at: o)
                return block.pairs.map { "\($0.key): \($0.value.words)" }.joined(separator: "\n")
            }
        }
        // `action=get_state`, `op: describe_timeline`: a look at the timeline, when nothing else is asked.
        if block.pairs.count == 1, has(block.pairs[0].key, blockActionKeys), case .words(let a) = block.pairs[0].value,
           has(a, #"^[A-Za-z][\w.-]*$"#), readsState(keyWords(a)) {
            return "show the timeline"
        }
        var pairs = block.pairs
        let actionAt = pairs.firstIndex { has($0.key, blockActionKeys) }
        if let i = actionAt {
            let action = pairs[i].value.words.lowercased()
            // `action: create_video` with the new video's fields: the line readers read those.
            guard !has(action, #"^(?:create|make|compose|build|generate|new)(?:_\w+)?$"#), !block.nested else { return text }
            pairs.remove(at: i)
            // `action: reorder` / `order: c.png, a.jpg, b.mp4`, `op=reorder order=3,1,2`: the clips in that order.
            if has(action, #"^(?:re)?order(?:_\w+)?$|^(?:sort|arrange|rearrange|set_order|sequence)(?:_\w+)?$"#),
               pairs.count == 1, has(pairs[0].key, #"^(?:order|sequence|items|clips|files|sources|new_order)$"#) {
                return "put the clips in this order: " + pairs[0].value.words
            }
            // `Action: update_title` / `Title: Q3 Results`: new words for the title there is (it added a second one).
            if let k = Numbers.firstMatch(#"^(?:update|edit|change|set|rename|replace)_(title|caption|subtitle|end_?card)(?:_text)?$"#, in: action),
               pairs.count == 1, has(pairs[0].key, "^(?:\(k[1])|text|value|new_text|words)$"), case .words(let w) = pairs[0].value, !w.contains("\"") {
                return "change the \(k[1].replacingOccurrences(of: "_", with: " ")) to \"\(w)\""
            }
            // `action=move_text; target=title; new_start_seconds=2`: the text starts then, as long as before.
            if let k = Numbers.firstMatch(#"^(?:move|retime|shift|set)_(text|title|caption|end_?card|overlay)(?:_start)?$"#, in: action),
               let start = pairs.first(where: { has($0.key, #"^(?:new_)?start(?:_at|_time)?(?:_(?:s|secs?|seconds|ms))?$"#) }),
               let m = Numbers.firstMatch(#"^(\d+(?:\.\d+)?)\s*(ms|s)?$"#, in: start.value.words) {
                let named = pairs.first { has($0.key, #"^(?:target|kind|text_kind)$"#) }?.value.words.lowercased() ?? ""
                let kind = has(k[1], "^(?:title|caption|end_?card)$") ? k[1] : named
                guard has(kind, #"^(?:title|caption|end ?card|endcard)$"#), pairs.allSatisfy({ $0.key == start.key || has($0.key, "^(?:target|kind|text_kind)$") }) else { return text }
                let unit = !m[2].isEmpty ? m[2] : start.key.hasSuffix("_ms") ? "ms" : "s"
                return "start the \(kind.replacingOccurrences(of: "_", with: " ")) at \(m[1]) \(unit)"
            }
            pairs.insert(("action", .words(action)), at: 0)
        } else {
            // Fields with no action of their own, read as their call: `caption_text` / `caption_start` / `caption_duration`
            // (one caption; "starting at 6" was its words), `title_position` / `title_color` (the title restyled).
            let keys = pairs.map(\.key)
            // `music:` with `fade_out: 3s` and `loop: false` under it: the music's fields, each named so (the fade was lost).
            if block.nested {
                guard keys.allSatisfy({ has($0, #"^(?:music|audio|song|bgm|soundtrack)_[a-z_]+$"#) }) else { return text }
                return pairs.map { "\($0.key): \($0.value.words)" }.joined(separator: "\n")
            }
            if let kind = Numbers.firstMatch(#"^(title|caption|subtitle|end_?card|lower_third|text|overlay)_"#, in: keys[0])?[1],
               keys.allSatisfy({ $0.hasPrefix(kind + "_") }) {
                pairs = pairs.map { (String($0.key.dropFirst(kind.count + 1)), $0.value) }
                let adds = pairs.contains { $0.key == "text" } && !has(kind, "^(?:title|end_?card)$")
                pairs.insert(("action", .words((adds ? "add_" : "update_") + (has(kind, "^(?:text|overlay)$") ? "caption" : kind))), at: 0)
            // `speed: 0.5` / `clip: 2`: that clip's speed (it sped up every clip); `duration: 2s` / `clip: a.jpg`, its length.
            } else if pairs.count == 2, let c = keys.firstIndex(where: { has($0, #"^(?:clip|segment|target|file|item|index|clip_index)$"#) }),
                      let setting = Numbers.firstMatch(#"^(speed|duration|length)$"#, in: keys[1 - c])?[1] {
                pairs.insert(("action", .words(setting == "speed" ? "set_speed" : "set_clip_duration")), at: 0)
            // `query: total_duration`, `query: timeline_duration`: what the video holds, shown.
            } else if keys == ["query"], has(pairs[0].value.words, #"^[A-Za-z][\w.-]*$"#) {
                return "show the timeline"
            // `look: sepia` / `brightness: up`: the picture's settings, one object (the brightness was lost).
            } else if keys.count > 1, t.contains("\n"), keys.allSatisfy({ has($0, #"^(?:look|filter|brightness|contrast|saturation)$"#) }) {
            // (Other fields, `transition=wipeleft duration=0.75s`, `caption: "Sale"` / `start: 0:07`: the line readers read them.)
            } else {
                return text
            }
        }
        // What the action acts on first (`{"action": "set_speed", "clip": 2, "speed": 0.5}`: "speed 0.5 clip 2" was not read).
        let target = #"^(?:clip|segment|target|file|item|index|clip_index|segment_index)$"#
        pairs = pairs.filter { $0.key == "action" } + pairs.filter { has($0.key, target) } + pairs.filter { $0.key != "action" && !has($0.key, target) }
        // `op=trim clip=2 start=1.5`: where a trimmed clip starts playing, in milliseconds (`start` was read as words,
        // `in=0.5s` as its length).
        if let a = pairs.first(where: { $0.key == "action" })?.value.words, has(a, #"^(?:trim|cut|trim_clip|cut_clip|set_in_point|set_trim)$"#) {
            pairs = pairs.map { p in
                guard let k = Numbers.firstMatch(#"^(?:start|in|in_point|trim_in|trim_start|start_at|from)(?:_(ms|s|secs?|seconds))?$"#, in: p.key),
                      let m = Numbers.firstMatch(#"^(\d+(?:\.\d+)?)\s*(ms|s|secs?|seconds?)?$"#, in: p.value.words), let n = Double(m[1]) else { return p }
                let unit = m[2].isEmpty ? k[1] : m[2]
                let ms = unit == "ms" || (unit.isEmpty && n >= 100) ? n : n * 1000
                return ("in_ms", .words(String(Int(ms.rounded()))))
            }
        }
        // `start: 00:00:01` / `end: 00:00:04`, `start: 4.5s` / `end: 8s`: a start and an end are a start and a length, in
        // seconds (the end was lost).
        func seconds(_ v: String) -> Double? {
            if let m = Numbers.firstMatch(#"^(\d+(?:\.\d+)?)\s*(ms|s|secs?|seconds?)?$"#, in: v), let n = Double(m[1]) { return m[2] == "ms" ? n / 1000 : n }
            guard let m = Numbers.firstMatch(#"^(?:(\d{1,2}):)?(\d{1,2}):([0-5]\d(?:\.\d+)?)$"#, in: v) else { return nil }
            return (Double(m[1]) ?? 0) * 3600 + (Double(m[2]) ?? 0) * 60 + (Double(m[3]) ?? 0)
        }
        if let s = pairs.firstIndex(where: { $0.key == "start" }), let e = pairs.firstIndex(where: { $0.key == "end" }),
           !pairs.contains(where: { has($0.key, #"^(?:duration|length)"#) }),
           let a = seconds(pairs[s].value.words), let b = seconds(pairs[e].value.words), b > a {
            func number(_ x: Double) -> String { x == x.rounded() ? String(Int(x)) : String((x * 1000).rounded() / 1000) }
            pairs[s].value = .words(number(a))
            pairs[e] = ("duration", .words(number(b - a)))
        }
        // (Written by hand, numbers as they were written: `2.0`, never `2`.)
        func json(_ s: String) -> String {
            if has(s, #"^-?\d+(?:\.\d+)?$|^(?:true|false)$"#) { return s.lowercased() }
            guard let data = try? JSONSerialization.data(withJSONObject: [s]), let a = String(data: data, encoding: .utf8) else { return "\"\"" }
            return String(a.dropFirst().dropLast())
        }
        let fields = pairs.map { p -> String in
            let value: String
            switch p.value {
            case .words(let w): value = json(w)
            case .list(let items): value = "[" + items.map(json).joined(separator: ", ") + "]"
            }
            return json(p.key) + ": " + value
        }
        return "{" + fields.joined(separator: ", ") + "}"
    }
}
