import Foundation

extension RulePlanner {
    // MARK: Tool calls pasted as they were made

    /// A tool call as an agent's framework writes it, read as the object (or words) it stands for: OpenAI's
    /// `{"name": "set_look", "arguments": "{\"look\": \"black_and_white\"}"}` and an assistant message's `tool_calls`,
    /// Anthropic's `{"type": "tool_use", "name": …, "input": {…}}`, and a call written as a function,
    /// `set_look(style="black_and_white")` (their fields were words apart: "name set look", "arguments \look\"…").
    /// Also written as protobuf text or a GraphQL mutation (`edit { op: SET_VOLUME … }`, `mutation { setMusicVolume(volume:
    /// 0.3) }`), and inside a Markdown task list (its open tasks only).
    static func toolCallAsObject(_ text: String) -> String {
        functionCallAsObject(toolCallEnvelopes(keyValueBlockAsObject(reactStep(workflowItems(pythonLiteralAsJSON(narratedCall(taggedCalls(bracedCalls(markdownAsPlain(invokingLine(chatMessage(httpRequestBody(codeAgentStep(dspyOutput(text)))))))))))))))
    }

    /// An HTTP request pasted whole (`POST /run_sse HTTP/1.1`, its headers, a blank line, its JSON body) or as a curl command
    /// (`curl -X POST … -H '…' -d '{…}'`): its body, which holds the request (the headers' "Bearer", "Accept" were read as
    /// words). A `GET` with no body asks to see the state.
    static func httpRequestBody(_ text: String) -> String {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard t.count < 8000 else { return text }
        if let m = Numbers.firstMatch(#"^(GET|POST|PUT|PATCH|DELETE) \S+ HTTP/\d(?:\.\d)?\s*$"#, in: String(t.prefix { $0 != "\n" })) {
            // The headers run to the first blank line (or the end); the body is the rest.
            var lines = t.components(separatedBy: "\n").dropFirst().map { $0.trimmingCharacters(in: .whitespaces) }
            while let first = lines.first, !first.isEmpty, has(first, #"^[A-Za-z][\w-]*:\s"#) { lines.removeFirst() }
            let body = lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            return body.isEmpty ? (m[1] == "GET" ? "show the timeline" : text) : body
        }
        if t.hasPrefix("curl "), let m = Numbers.firstMatch(#"\s(?:-d|--data|--data-raw|--data-binary|--json)\s+(?:'([^']*)'|"((?:[^"\\]|\\.)*)")"#, in: t) {
            return m[1].isEmpty ? m[2].replacingOccurrences(of: "\\\"", with: "\"") : m[1]
        }
        return text
    }

    /// A chat message as an agent's framework passes it on: OpenAI's `{"role": "user", "content": "…"}` (its content also a
    /// list of `{"type": "text", "text": …}`), Gemini's `{"role": "user", "parts": [{"text": "…"}]}` and Google ADK's run body
    /// `{"app_name": …, "new_message": {"parts": […]}}`: the user's words (read as JSON, "parts" became an end card's words).
    /// A tool's result echoed back (`{"role": "tool", "tool_call_id": …, "content": …}`, a `functionResponse`) asks for
    /// nothing: the timeline is shown (its summary's "60%" and "Hello" were made edits). An assistant's own message is left.
    static func chatMessage(_ text: String) -> String {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard t.count < 8000, t.first == "{", t.contains("\"role\"") || t.contains("\"parts\"") || t.contains("_message\"") || t.contains("Message\""),
              let data = t.data(using: .utf8), var o = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else { return text }
        if let inner = (o["new_message"] ?? o["newMessage"]) as? [String: Any] { o = inner }
        let role = (o["role"] as? String)?.lowercased()
        if role == "tool" || role == "function" || o["tool_call_id"] != nil || o["functionResponse"] != nil { return "show the timeline" }
        guard role == nil || role == "user" || role == "human" else { return text }
        if role != nil, let words = o["content"] as? String { return words }
        guard let parts = (o["parts"] ?? o["content"]) as? [[String: Any]], !parts.isEmpty else { return text }
        let texts = parts.compactMap { $0["text"] as? String }
        if texts.count == parts.count { return texts.joined(separator: " ") }
        // (`"parts": [{"functionCall": {…}}]`: the one call, as its envelope.)
        if parts.count == 1, parts[0]["functionCall"] != nil || parts[0]["function_call"] != nil,
           let json = try? JSONSerialization.data(withJSONObject: parts[0], options: [.sortedKeys]), let call = String(data: json, encoding: .utf8) {
            return call
        }
        return text
    }

    /// LangChain's log of a call, ``Invoking: `reel_edit` with `{'instruction': 'change aspect ratio to 1:1'}` ``, as the call
    /// (`Invoking: {"name": "reel_edit", "arguments": {…}}`); lines after it (`responded: …`) are the agent's own words.
    /// (Read as words, the backticks ran the tool's name into "with": not understood.)
    static func invokingLine(_ text: String) -> String {
        guard text.count < 8000, text.contains("`"),
              let m = Numbers.firstMatch(#"^\s*>?\s*Invoking:?\s*`([A-Za-z][\w.-]{0,60})`\s+with\s+`(\{[^`]*\})`"#, in: text) else { return text }
        return "Invoking: {\"name\": \"\(m[1])\", \"arguments\": \(m[2])}"
    }

    /// An agent's narration before its call's fields, and a state tool's name before a question: "Trimming b.mp4 now.
    /// trim_in_ms=500 duration_ms=2000" is `b.mp4: trim_in_ms=500 duration_ms=2000` (the 2000 ms were read as the video's
    /// length); "I'll switch the transitions. transition=dissolve duration_ms=750" is the fields, which say it all;
    /// "get_state — what is the current total duration?" is the question (the tool's name was not understood). Narration
    /// that names what the fields do not ("Adjusting the music. level=0.2") is left as it was.
    static func narratedCall(_ text: String) -> String {
        guard text.count < 600, !text.contains("\n") else { return text }
        if let m = Numbers.firstMatch(#"^\s*([a-z]+(?:_[a-z]+)+|[a-z]+(?-i:[A-Z])\w*)(?:\(\s*\))?\s*(?:—|–|--|-|:)\s*(\S.*)$"#, in: text),
           readsState(keyWords(m[1])), has(m[2], #"\?\s*$|^(?:what|how|which|where|when|is|are|does|do|list|show|tell|give)\b"#) {
            return m[2]
        }
        guard text.contains("="),
              let m = Numbers.firstMatch(#"^\s*((?:(?:i'?ll|i will|i'?m going to|i am going to|let me|now|next|ok(?:ay)?|alright|sure)[,]?\s+)*)([A-Za-z]+)\b((?:[^.!?=:"]|\.(?=\w)){0,60})[.!]\s+((?:[A-Za-z][\w.]*\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=]+)[\s,;]*)+)$"#, in: text),
              !m[1].isEmpty || has(m[2], #"^[a-z]{2,}ing$"#) else { return text }
        let fields = m[4].trimmingCharacters(in: .whitespaces)
        if let file = Numbers.firstMatch(#"\b([\w-]+\.(?:mp4|mov|m4v|webm|jpe?g|png|heic|webp|gif))\b"#, in: m[3]) { return file[1] + ": " + fields }
        // (Each thing the narration names is one the fields name too.)
        let things = Numbers.allMatches(#"\b(transition|music|song|audio|title|caption|text|look|filter|speed|canvas|aspect|fade|volume|duration|length|fps)s?\b"#, in: m[3]).map { $0.groups[1].lowercased() }
        guard things.allSatisfy({ fields.lowercased().contains($0 == "length" ? "duration" : $0) }) else { return text }
        return fields
    }

    /// n8n's items, `[{"json": {"caption": "Free shipping over $50", "start": 2, "end": 6}}]`: each item's `json`
    /// is its data, and one item is that object (the wrapper was read as words: a caption "[json caption ]").
    static func workflowItems(_ text: String) -> String {
        guard text.count < 8000, text.contains("\"json\"") else { return text }
        let t = replacing(text, #"\{\s*"json"\s*:\s*(\{[^{}]*\})\s*(?:,\s*"(?:binary|pairedItem|index)"\s*:\s*(?:\{[^{}]*\}|\d+)\s*)*\}"#, "$1")
        return replacing(t, #"\[\s*(\{[^{}\[\]]*\})\s*\]"#, "$1")
    }

    /// `{'op': 'trim', 'clip': 'b.mp4', 'in': 1.0}`, `{'op': 'reorder', 'order': ['c.png', 'a.jpg']}`: a Python dict
    /// or list as a script prints it (`repr`: single quotes, double ones around words with an apostrophe, `"can't"`;
    /// `True`, `False`, `None`), as the JSON it stands for (its quotes were read as words: "not understood"). Also
    /// after a short lead-in (`Executing: {'op': …}`). The text as it was unless the literal is wholly valid; prose
    /// with apostrophes is never touched.
    static func pythonLiteralAsJSON(_ text: String) -> String {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard t.count < 4000, t.contains("'"), t.last == "}" || t.last == "]",
              let open = t.firstIndex(where: { $0 == "{" || $0 == "[" }) else { return text }
        let lead = t[..<open]
        // (A lead-in is a few words and a colon, never quoted words of its own.)
        guard lead.isEmpty || has(String(lead), #"^[A-Za-z][\w .>-]{0,40}:\s*$"#) else { return text }
        let chars = Array(t[open...])
        var out = "", i = 0, strings = 0
        while i < chars.count {
            let c = chars[i]
            if c == "'" || c == "\"" {
                var s = "", j = i + 1, closed = false
                while j < chars.count {
                    let d = chars[j]
                    if d == "\\", j + 1 < chars.count {
                        let e = chars[j + 1]
                        s.append(e == "n" ? "\n" : e == "t" ? "\t" : e)
                        j += 2
                        continue
                    }
                    if d == c { closed = true; break }
                    s.append(d)
                    j += 1
                }
                guard closed, let data = try? JSONSerialization.data(withJSONObject: [s]), let a = String(data: data, encoding: .utf8) else { return text }
                out += a.dropFirst().dropLast()
                strings += 1
                i = j + 1
                continue
            }
            if c.isLetter {
                var word = ""
                while i < chars.count, chars[i].isLetter || chars[i] == "_" { word.append(chars[i]); i += 1 }
                switch word {
                case "True", "true": out += "true"
                case "False", "false": out += "false"
                case "None", "null": out += "null"
                default: return text
                }
                continue
            }
            out.append(c)
            i += 1
        }
        guard strings > 0, let data = out.data(using: .utf8), (try? JSONSerialization.jsonObject(with: data)) != nil else { return text }
        return String(lead) + out
    }

    /// `{"name": "trim_clip", "arguments": "{\"file\": \"b.mp4\"}"}` → `{"action": "trim_clip", "file": "b.mp4"}`;
    /// several calls → a list of such objects; `reel_edit` with only `{"instruction": "…"}` → those words; a tool Reel
    /// does not have → only its name in words ("generate voiceover"), so none of its arguments is read as something
    /// else. Anything else (and arguments cut off mid-way) is left as it was.
    static func toolCallEnvelopes(_ text: String) -> String {
        // "The user wants every image shown for 5 s. Calling {"name": "edit_video", "arguments": {…}}": the agent's reasoning,
        // then the call it makes; the call is the request (its lead-in was read too: "Calling name edit_video").
        if !has(text, #"^\s*[\[{]"#), text.count < 8000,
           let m = Numbers.firstMatch(#"(?:^|[.;:!]\s+)(?:(?:now |so |i'?ll |i will |let me )?(?:calling|call|invoking|invoke|running|executing|execute|using)(?: (?:the )?(?:tool|function)(?: call)?)?(?: now)?\s*:?\s*)(\{[\s\S]*\})\s*$"#, in: text) {
            let call = toolCallEnvelopes(m[1])
            if call != m[1] { return call }
        }
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard t.count < 8000, t.first == "{" || t.first == "[", has(t, #""(?:name|tool|tool_name|toolName|function_name|function|jsonrpc|tool_use_id|call_id|toolCallId|toolUse|toolResult|next_tool_name|choices|tool_call|parts|part_kind|message_type|finish_reason|done_reason|op|action|operation|channelId|serviceUrl|apiPath|actionGroup|messageVersion|update_id|detectIntentResponseId|fulfillmentInfo|application_id|messaging_product)""#),
              let data = t.data(using: .utf8), (try? JSONSerialization.jsonObject(with: data)) != nil else { return text }
        var calls: [String] = []
        guard envelope(t, into: &calls), !calls.isEmpty else { return text }
        if calls.count == 1 { return calls[0] }
        return calls.allSatisfy({ $0.hasPrefix("{") }) ? "[" + calls.joined(separator: ", ") + "]" : calls.joined(separator: ". ")
    }

    /// A tool's name in words without Reel's own prefix ("reel generate broll" → "generate broll"), which says nothing of
    /// what the tool does or takes (read as words, "reel" made the canvas vertical). A name that is only "reel" or "reel X"
    /// keeps it.
    static func withoutReelPrefix(_ words: String) -> String {
        replacing(words, #"^reel (?=\w+ \w)"#, "")
    }

    /// A tool that takes a request in words (`reel_edit`, `chat`, `edit_video`, `send_message`), by its name's words; never one
    /// that sets a text's words (`add_text`) nor one of the web's (`web_search`).
    static func takesWords(_ tool: String) -> Bool {
        let words = withoutReelPrefix(tool)
        return (!words.contains(" ") || has(words, #"\b(?:reel|edit|chat|instruct|instruction|request|ask|command|prompt|message|run|do|send|tell|talk|agent|assistant|video|plan)\b"#))
            && !has(words, #"\b(?:text|title|caption|subtitle|label|card|overlay)\b"#) && !has(words, webTools)
    }

    /// Reads one envelope (an object, or a list of them) written as valid JSON; false when it is not one.
    /// (`depth`: an envelope holds calls a few levels down at most; deeper nesting is no call, and never recursed into.)
    private static func envelope(_ raw: String, into calls: inout [String], depth: Int = 0) -> Bool {
        guard depth < 6 else { return false }
        if raw.hasPrefix("[") {
            guard let elements = jsonParts(raw), !elements.isEmpty else { return false }
            // Anthropic's content blocks, `[{"type": "text", "text": "I'll switch it to black and white."}, {"type": "tool_use",
            // …}]`: the agent's own words and thinking beside its calls are no request ("id toolu_01" was not understood, and a
            // thought's "8 seconds" could be read).
            // (OpenAI's `reasoning` items and the assistant's `message` beside its `function_call` items, the same.)
            let calling = elements.filter { !isProseItem($0) }
            // (A message of words only, `[{"type": "text", "text": "Please add a 1 second fade in"}]`: those words, the request
            // an agent passes on in its own message; beside calls they only say why.)
            if calling.isEmpty {
                let said = elements.compactMap(proseText).joined(separator: " ").trimmingCharacters(in: .whitespacesAndNewlines)
                guard !said.isEmpty, said.count < 2000 else { return false }
                calls.append(said)
                return true
            }
            return calling.allSatisfy { envelope($0, into: &calls, depth: depth + 1) }
        }
        guard raw.hasPrefix("{"), let parts = jsonParts(raw) else { return false }
        var members: [(key: String, raw: String)] = []
        for part in parts {
            guard let member = jsonMember(part) else { return false }
            members.append(member)
        }
        // (Haystack's ChatMessage as its dataclass is written, `{"_role": "assistant", "_content": […], "_name": null}`: its
        // fields without the underscore.)
        if members.contains(where: { $0.key == "_role" || $0.key == "_content" }) {
            members = members.map { ($0.key.hasPrefix("_") ? String($0.key.dropFirst()) : $0.key, $0.raw) }
        }
        // (`"name": null`: no name; Haystack's message has one, and no call was read.)
        func value(_ keys: String...) -> String? { members.first { keys.contains($0.key) && $0.raw != "null" }?.raw }
        // A Teams message (Bot Framework activity): its words; a Bedrock Agents action-group event: its call
        // (RulePlanner+AgentEvents).
        // (A Telegram bot's update, a Dialogflow CX webhook request: RulePlanner+ChatPlatforms.)
        if depth == 0, let said = botFrameworkText(raw) ?? telegramText(raw) ?? whatsappText(raw) {
            calls.append(said)
            return true
        }
        if depth == 0, let call = dialogflowCall(raw) ?? discordText(raw) {
            if call.hasPrefix("{") { return envelope(call, into: &calls, depth: depth + 1) }
            calls.append(call)
            return true
        }
        if depth < 2, let call = bedrockActionCall(raw) {
            if call.hasPrefix("{") { return envelope(call, into: &calls, depth: depth + 1) }
            guard let said = jsonString(call), !said.isEmpty else { return false }
            calls.append(said)
            return true
        }
        // A DSPy ReAct step, `{"next_thought": …, "next_tool_name": "move_clip", "next_tool_args": {…}}`: its call (the
        // thought is its reasoning, and a `trajectory` the steps already taken). Its `finish` changes nothing.
        if let tool = value("next_tool_name"), let name = jsonString(tool) {
            if has(name, #"^(?:finish|done|final_answer|stop)$"#) { calls.append("show the timeline"); return true }
            return envelope("{\"name\": \(tool), \"arguments\": \(value("next_tool_args") ?? "{}")}", into: &calls, depth: depth + 1)
        }
        // A flat call to a text's tool, `{"op": "set_text", "kind": "title", "text": "Launch Day"}`: the tool named by `op` (or
        // `action`), the other fields its arguments (read as words, it added a second title). Other flat calls read well as
        // words (`{"op": "change_duration", "delta_seconds": 2}` is no tool's arguments).
        if depth == 0, let op = value("op", "action", "operation"), let tool = jsonString(op), has(tool, #"^[a-z]+(?:_[a-z]+)*_(?:text|title|caption|subtitle|overlay|end_?card)$"#),
           !["arguments", "input", "parameters", "args", "tool_input", "name", "tool", "function", "type"].contains(where: { value($0) != nil }) {
            let rest = members.filter { !["op", "action", "operation"].contains($0.key) }.compactMap { m in jsonQuoted(m.key).map { "\($0): \(m.raw)" } }
            return envelope("{\"name\": \(op), \"arguments\": {\(rest.joined(separator: ", "))}}", into: &calls, depth: depth + 1)
        }
        // OpenAI's (and Mistral's) chat completion, `{"object": "chat.completion", "choices": [{"index": 0, "message": {…}}]}`:
        // the first choice's message (the others are alternatives to it; "id cmpl-…" was not understood).
        if let choices = value("choices"), choices.hasPrefix("["), let first = jsonParts(choices)?.first, first.hasPrefix("{") {
            return envelope(first, into: &calls, depth: depth + 1)
        }
        // (A Haystack message's content item, `{"tool_call": {"tool_name": …, "arguments": {…}}}`; its `tool_call_result`, an
        // echo.)
        // Letta's message, `{"message_type": "tool_call_message", "tool_call": {"name": …, "arguments": "{…}"}}`: its call; its
        // `send_message` is the agent's reply to its user (its words became captions), and its other messages (reasoning, a
        // tool's return, the user's) ask Reel nothing.
        let messageType = value("message_type").flatMap(jsonString)
        if let messageType, messageType != "tool_call_message" { calls.append("show the timeline"); return true }
        if value("name", "tool", "toolName", "tool_name") == nil, let call = value("tool_call"), call.hasPrefix("{") {
            if messageType != nil, let o = jsonParts(call)?.compactMap(jsonMember).first(where: { $0.key == "name" }), jsonString(o.raw) == "send_message" {
                calls.append("show the timeline")
                return true
            }
            return envelope(call, into: &calls, depth: depth + 1)
        }
        if members.count == 1, value("tool_call_result") != nil { calls.append("show the timeline"); return true }
        // Pydantic AI's model response, `{"parts": [{"part_kind": "tool-call", "tool_name": …, "args": {…}}, …], "kind":
        // "response"}`: its parts (a `retry-prompt` or a `tool-return` part is its own bookkeeping, and asks nothing).
        if let parts = value("parts"), parts.hasPrefix("[") { return envelope(parts, into: &calls, depth: depth + 1) }
        if let partKind = value("part_kind").flatMap(jsonString), partKind != "tool-call" {
            guard partKind == "user-prompt", let said = value("content").flatMap(jsonString) else { calls.append("show the timeline"); return true }
            calls.append(said)
            return true
        }
        // OpenAI's Responses API, `{"object": "response", "output": [{"type": "reasoning", …}, {"type": "function_call", "name":
        // …, "arguments": "{…}"}]}`: the calls in its output; a call's output echoed back (`function_call_output`) asks nothing.
        if value("object").flatMap(jsonString) == "response", let output = value("output"), output.hasPrefix("[") {
            return envelope(output, into: &calls, depth: depth + 1)
        }
        // MCP's JSON-RPC, `{"jsonrpc": "2.0", "id": 7, "method": "tools/call", "params": {"name": …, "arguments": {…}}}`: the
        // call in its params ("jsonrpc 2.0", "id 7" were not understood). A result or an error sent back, and any other method
        // (`tools/list`), ask for no edit: the timeline is shown (a result's "Music volume set to 10%." set it again).
        if value("jsonrpc") != nil {
            if value("method").flatMap(jsonString) == "tools/call", let params = value("params"), params.hasPrefix("{") {
                return envelope(params, into: &calls, depth: depth + 1)
            }
            // An Agent2Agent `message/send`: its message's calls, or its words (RulePlanner+ChatPlatforms).
            if let method = value("method").flatMap(jsonString), method.hasPrefix("message/") || method.hasPrefix("tasks/send"), let params = value("params") {
                for request in a2aRequests(method: method, params: params) {
                    if request.hasPrefix("{") {
                        guard envelope(request, into: &calls, depth: depth + 1) else { return false }
                    } else {
                        calls.append(request)
                    }
                }
                return true
            }
            calls.append("show the timeline")
            return true
        }
        // (Anthropic's `{"type": "tool_result", "tool_use_id": …, "content": …}` and OpenAI's `function_call_output`: a tool's
        // result echoed back, the same.)
        if value("tool_use_id") != nil || ["tool_result", "function_call_output"].contains(value("type").flatMap(jsonString) ?? "") {
            calls.append("show the timeline")
            return true
        }
        if let list = value("tool_calls"), list.hasPrefix("[") { return envelope(list, into: &calls, depth: depth + 1) }
        let kind = value("type").flatMap(jsonString) ?? ""
        // Bedrock's Converse reply, `{"output": {"message": {"role": "assistant", "content": [{"text": …}, {"toolUse": {"toolUseId": …,
        // "name": …, "input": {…}}}]}}, "stopReason": "tool_use"}`: the calls in its message (none was read: "not understood").
        // (A tool's result sent back, `{"toolResult": …}`, asks nothing: the timeline is shown.)
        if value("name", "tool", "toolName") == nil {
            if let output = value("output"), output.hasPrefix("{"), output.contains("\"message\"") { return envelope(output, into: &calls, depth: depth + 1) }
            if let message = value("message"), message.hasPrefix("{") { return envelope(message, into: &calls, depth: depth + 1) }
            if let use = value("toolUse"), use.hasPrefix("{") { return envelope(use, into: &calls, depth: depth + 1) }
            if value("toolResult") != nil || kind == "tool-result" || value("state").flatMap(jsonString).map({ has($0, #"^output-"#) }) == true {
                calls.append("show the timeline")
                return true
            }
            // An assistant's (or a tool's) message, `{"role": "assistant", "content": [{"type": "text", …}, {"type": "tool-call", …}]}`
            // (the Vercel AI SDK's): its calls; a tool's message is its result.
            if let role = value("role").flatMap(jsonString), let content = value("content"), content.hasPrefix("[") {
                if has(role, #"^(?:tool|function)$"#) { calls.append("show the timeline"); return true }
                return envelope(content, into: &calls, depth: depth + 1)
            }
            // (Ollama's `{"message": {"role": "assistant", "content": "Please make the music a little quieter."}}`: a message of
            // words only, those words.)
            if depth > 0, let role = value("role").flatMap(jsonString), has(role, #"^(?:assistant|user|model)$"#),
               let said = value("content").flatMap(jsonString)?.trimmingCharacters(in: .whitespacesAndNewlines), !said.isEmpty, said.count < 2000 {
                calls.append(said)
                return true
            }
        }
        // (Gemini's `{"functionCall": {"name": …, "args": {…}}}`, as OpenAI's `function`: its numbers were read as bare numbers.)
        if let function = value("function", "functionCall", "function_call"), function.hasPrefix("{") { return envelope(function, into: &calls, depth: depth + 1) }
        // AutoGPT's reply, `{"thoughts": {"text": …, "plan": …}, "command": {"name": "set_music_volume", "args": {…}}}`: the
        // thoughts are its reasoning, the command its call; `"commands": […]` several, in order (all of it was read as words:
        // "thoughts text set music volume args volume 0 2", not understood).
        if value("name", "tool", "action", "op") == nil {
            if let command = value("command"), command.hasPrefix("{") { return envelope(command, into: &calls, depth: depth + 1) }
            if let list = value("commands"), list.hasPrefix("[") { return envelope(list, into: &calls, depth: depth + 1) }
        }
        // (A call names its arguments, or says it is one: `{"action": "set_transition", "name": "slideright"}` is no call,
        // its name is the transition's.)
        // (`{"tool": "add_text", "args": {…}}`: a script's call names its tool so.)
        // (`{"function": "create_video", "arguments": {…}}`: the same, named by `function`.)
        // (LangChain's `{"tool": "reel_edit", "tool_input": {…}}` names its arguments `tool_input`: read as words, "reel" made
        // the canvas vertical.)
        let argumentKeys = ["arguments", "input", "parameters", "args", "tool_input"]
        // (The Vercel AI SDK's `{"type": "tool-call", "toolCallId": …, "toolName": "setMusicVolume", "args": {…}}`, and its UI
        // part `{"type": "tool-addOverlay", "state": "input-available", "input": {…}}` named by its type.)
        let typeNamed = Numbers.firstMatch(#"^tool-([A-Za-z][\w.]{0,60})$"#, in: kind).flatMap { $0[1] == "call" ? nil : jsonQuoted($0[1]) }
        guard let nameRaw = value("name", "toolName") ?? (argumentKeys.contains(where: { value($0) != nil }) ? value("tool", "tool_name", "function_name", "function") ?? typeNamed : nil),
              let name = jsonString(nameRaw), has(name, #"^[A-Za-z][\w.-]{0,60}$"#),
              argumentKeys.contains(where: { value($0) != nil }) || has(kind, #"^(?:function|tool_use|tool_call|tool|tool-call)$"#),
              value("action", "op", "operation") == nil else { return false }
        // The arguments: an object, or a string holding one ("{}" for none).
        var args = argumentKeys.lazy.compactMap { value($0) }.first ?? "{}"
        // (`{"tool": "reel_edit", "tool_input": "make the music quieter"}`: a tool that takes words, given them as a string.)
        if args.hasPrefix("\""), let said = jsonString(args), !said.trimmingCharacters(in: .whitespaces).hasPrefix("{"), takesWords(keyWords(name)) {
            calls.append(said)
            return true
        }
        if args.hasPrefix("\"") {
            guard let inner = jsonString(args)?.trimmingCharacters(in: .whitespacesAndNewlines), inner.hasPrefix("{"),
                  let data = inner.data(using: .utf8), (try? JSONSerialization.jsonObject(with: data)) != nil else { return false }
            args = inner
        }
        guard args.hasPrefix("{"), let argParts = jsonParts(args) else { return false }
        var fields = argParts.compactMap(jsonMember)
        guard fields.count == argParts.count else { return false }
        // (`"session_id": "s_9c2e"`: which session, never an edit; beside an instruction it made the call an object, and
        // "reel" in its name made the canvas vertical.)
        fields.removeAll { has($0.key, #"^(?:session|session_?id|sessionId|sid|project_?id|projectId|conversation_?id|thread_?id)$"#) }
        // (Letta's `inner_thoughts` and `request_heartbeat` ride in every call's arguments: the agent's own, never the edit's.)
        fields.removeAll { has($0.key, #"^(?:inner_thoughts|innerThoughts|request_heartbeat|requestHeartbeat)$"#) }
        var tool = name.split(separator: ".").last.map(String.init) ?? name
        // (`reel_undo`, `reel_create`: Reel's own prefix says nothing of the edit; read in the object, "reel" made the canvas
        // vertical.)
        // (A join or a capital after it: never "reels_publish" nor "reelection" cut short.)
        if let m = Numbers.firstMatch(#"(?-i)^(?:reel|Reel|REEL)(?:[_-]|(?=[A-Z]))([A-Za-z]\w*)$"#, in: tool), m[1].count >= 3 { tool = m[1] }
        var consumed: String?
        // `{"tool": "edit_timeline", "args": {"action": "set_music_volume", "value": 0.25}}`: a tool that only edits takes
        // the edit it makes as its `action` (it was lost: "edit timeline to 0.25", not understood).
        if has(keyWords(tool), #"^(?:(?:edit|apply|run|execute|perform|update|modify|do)(?: (?:the )?(?:timeline|video|project|reel|edit|edits|operation|action))?|timeline(?: edit)?|editor|video edit(?:or)?|reel(?: (?:edit|editor|timeline))?)$"#),
           let inner = fields.first(where: { has($0.key, #"^(?:action|op|operation|command)$"#) }).flatMap({ jsonString($0.raw) }),
           has(inner, #"^[A-Za-z][A-Za-z_ ]{1,40}$"#) {
            tool = inner.replacingOccurrences(of: " ", with: "_")
            consumed = fields.first(where: { has($0.key, #"^(?:action|op|operation|command)$"#) })?.key
        }
        // (`generate_voiceover`, `generateVoiceover`: its words split at "_" and at capitals.)
        let words = keyWords(tool)
        // `undo {"steps": 2}`: that many changes taken back (one was).
        if has(words, #"^(?:undo|redo)$"#), fields.count == 1, has(fields[0].key, #"^(?:steps|count|times|n|number)$"#),
           let n = Int(fields[0].raw), (1...50).contains(n) {
            calls.append("\(words) \(n) \(n == 1 ? "step" : "steps")")
            return true
        }
        // `reel_edit {"instruction": "lower the background music to 20%"}`: the words an agent passed on (a tool that
        // takes a request in words: `chat`, `reel`, `edit_video`, `send_message`).
        if fields.count == 1, has(fields[0].key, #"^(?:instruction|request|message|prompt|command|query|input|text|utterance)$"#),
           takesWords(words), let said = jsonString(fields[0].raw) {
            calls.append(said)
            return true
        }
        // `reel_create {"instruction": "compose a 25 second slideshow, aspect 1:1", "music": "track.wav"}`: the words, then the
        // files named beside them as words too (read as one object, "reel" made it vertical and the words were lost).
        if fields.count > 1, fields.count <= 4, takesWords(words),
           let k = fields.firstIndex(where: { has($0.key, #"^(?:instruction|request|message|prompt|command|query|utterance)$"#) }),
           let said = jsonString(fields[k].raw),
           case let sounds = fields.enumerated().filter({ $0.offset != k }).compactMap({ (_, f) -> String? in
               guard let value = jsonString(f.raw), has(value, #"^[\w .-]{1,80}\.(?:mp3|wav|m4a|aac|ogg|flac|opus|wma)$"#) else { return nil }
               let key = keyWords(f.key)
               if has(key, #"^(?:music|song|audio|bgm|soundtrack|track|background music|music (?:file|track|source))$"#) { return "use \(value) as the music" }
               return has(key, #"^(?:voice ?-?over|vo|narration|voice|voice (?:file|track))$"#) ? "use \(value) as the voiceover" : nil
           }), sounds.count == fields.count - 1 {
            calls.append(([said] + sounds).map { replacing($0.trimmingCharacters(in: .whitespacesAndNewlines), #"[.!]+$"#, "") }.joined(separator: ". "))
            return true
        }
        // `get_timeline_state {}`, `get_timeline`: a tool that only reads the state shows the timeline (it was not understood).
        if readsState(words), fields.allSatisfy({ has($0.key, #"^(?:format|verbose|detail|details|include_\w+|fields)$"#) }) {
            calls.append("show the timeline")
            return true
        }
        // `update_text {"match": "Hello", "text": "Grand Opening", "position": "top"}`: the text that says "Hello", new words.
        // (`{"target": "Hello", "text": …}` the same, unless the target is a kind or a place: `"target": "title"`, `0`.)
        if let old = fields.first(where: { has($0.key, #"^(?:match|find|search|old_?text|current_?text|from_?text|old|current)$"#)
               || ($0.key == "target" && has(words, #"\b(?:text|title|caption|subtitle|label|overlay)\b"#) && has(words, #"^(?:update|edit|change|replace|modify|set|rename)\b"#)
                   && !has(jsonString($0.raw) ?? "all", #"^(?:all|title|caption|end ?card|subtitle|text|\d+)$"#)) }).flatMap({ jsonString($0.raw) }),
           let new = fields.first(where: { has($0.key, #"^(?:text|new_?text|to_?text|replacement|replace_?with|new_?value|new)$"#) }).flatMap({ jsonString($0.raw) }),
           !old.contains("\""), !new.contains("\""), !has(old, mediaFileName) {
            let position = fields.first { $0.key == "position" }.flatMap { jsonString($0.raw) }.map { ", and put it at the \(keyWords($0))" } ?? ""
            calls.append("change the text \"\(old)\" to \"\(new)\"" + position)
            return true
        }
        fields = flattenedArguments(fields, tool: words)
        // (A new video's `"music": null`: made without music; the song uploaded beside the pictures was added anyway.)
        var afterwards: [String] = []
        if let i = fields.firstIndex(where: { has($0.key, #"^(?:music|bgm|soundtrack|song|background_?music)$"#) && $0.raw == "\"none\"" }) {
            fields.remove(at: i)
            afterwards.append("remove the music")
        }
        // (`build_timeline {"items": […]}`: a new video, as `create_video` makes it; "build timeline" was not understood.)
        if has(words, #"^(?:build|assemble|compose|generate) (?:the |a |new )?(?:timeline|sequence|edit|montage)$"#) { tool = "create_video" }
        // `set_durations {"a.jpg": "3s", "c.png": "3s"}`: each clip named by its key, that long (or that fast, that loud); the
        // names were read as words ("a jpg 3s", not understood).
        if (1...20).contains(fields.count), fields.allSatisfy({ has($0.key, mediaFileName) }),
           let m = Numbers.firstMatch(#"\b(duration|length|speed|volume)s?\b"#, in: words) {
            let what = m[1] == "length" ? "duration" : m[1]
            for f in fields {
                guard let clip = jsonQuoted(f.key),
                      envelope("{\"name\": \"set_clip_\(what)\", \"arguments\": {\"clip\": \(clip), \"\(what)\": \(f.raw)}}", into: &calls, depth: depth + 1) else { return false }
            }
            return true
        }
        // `append_media {"file": "floorplan.pdf"}`, `add_clip {"src": "d.jpg"}`: that file added at the end, as said in words (which
        // also refuse a file Reel cannot use, and one not uploaded).
        if has(words, #"^(?:append|add|insert|import|attach)(?: (?:a|an|the|new))? (?:clip|media|item|image|photo|picture|video|file|segment|shot|asset|still)s?(?: to (?:the )?(?:end|timeline))?$"#),
           fields.count == 1, has(fields[0].key, #"^(?i:file|src|source|path|media|filename|file_name|fileName|url|uri)$"#),
           let file = jsonString(fields[0].raw).map({ ($0 as NSString).lastPathComponent }), has(file, plainFileName) {
            calls.append("add \(file) at the end")
            return true
        }
        // A tool Reel does not have: its name only.
        if let named = unknownTool(tool) {
            calls.append(named)
            return true
        }
        // A call of Reel's own whose arguments say all it needs: that operation, exactly (`{"file": "b.mp4", "speed": 2}` sped
        // up every clip; `{"start": 1, "end": 3}` of a trim retimed the title).
        if let ops = toolOperations(tool, fields.filter { $0.key != consumed }) {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            let wire = ops.compactMap { (try? encoder.encode($0)).flatMap { String(data: $0, encoding: .utf8) } }
            if wire.count == ops.count {
                calls += wire
                return true
            }
        }
        // `set_duration {"scope": "segment", "duration_ms": 6000}`, `set_clip_duration {"seconds": 6}`: a clip's own length with
        // no clip named; which clip is for the agent to say, and the video's length is not it (it made the video 6 s long).
        if has(words, #"^(?:(?:set|change|update|adjust) )?(?:the )?(?:(?:clip|segment|photo|image|still|item|shot|slide|picture)s? )?(?:duration|length)$"#),
           has(words, #"\b(?:clip|segment|photo|image|still|item|shot|slide|picture)s?\b"#)
            || fields.contains(where: { $0.key.lowercased() == "scope" && has(jsonString($0.raw) ?? "", #"^(?:segment|clip|item|shot|photo|image|still|slide|visual|picture)s?$"#) }),
           !fields.contains(where: { has(commandKey($0.key).name, #"^(?:target|clip|file|filename|sources|segment|item|path|clipname|clipindex|segmentindex|index|idx|clipid|segmentid|id|name)$"#) }) {
            calls.append("set the length of a clip")
            return true
        }
        // (`apply_filter {"name": "black_and_white"}`: a look's tool names the look so; read as a transition's name, it was lost.)
        if has(words, #"\b(?:look|filter|grade|grading|style|preset|lut)\b"#) {
            fields = fields.map { $0.key == "name" ? ("look", $0.raw) : $0 }
        }
        // (`"target_duration_s": 40`, `"durationMs": 800`: in the keys and units the readers know.)
        let known = fields.filter { $0.key != consumed }.map { unitField($0.key, $0.raw) }
        calls.append("{" + ([("\"action\"", "\"" + tool + "\"")] + known.map { ("\"" + $0.key + "\"", $0.value) }.filter { $0.0 != "\"action\"" })
            .map { "\($0.0): \($0.1)" }.joined(separator: ", ") + "}")
        calls += afterwards
        return true
    }

    /// A call's arguments with nested objects said flat, as the readers take them: `"items": [{"file": "a.mp4"}, …]` → the
    /// list of names; `"music": {"file": "jazz.mp3", "volume": 0.3}` → `"music": "jazz.mp3", "music_volume": 0.3`; `"canvas":
    /// {"aspect": "4:5"}` → `"aspect": "4:5"`; a new video's `"music": null` → no music (its song was added anyway).
    static func flattenedArguments(_ fields: [(key: String, raw: String)], tool: String) -> [(key: String, raw: String)] {
        let making = has(tool, #"^(?:build|create|make|compose|generate|assemble|render|new)(?: (?:the|a|new))?(?: (?:timeline|video|reel|slideshow|edit|montage|sequence|project|movie))?$"#)
        var out: [(key: String, raw: String)] = []
        for f in fields {
            if f.raw.hasPrefix("["), let items = jsonParts(f.raw), !items.isEmpty, items.allSatisfy({ $0.hasPrefix("{") }) {
                // Each item an object naming one file (`{"file": "a.mp4"}`, `{"src": …, "duration": 3}` keeps only a lone name).
                let names = items.compactMap { item -> String? in
                    guard let members = jsonParts(item)?.compactMap(jsonMember), members.count == 1,
                          has(members[0].key, #"^(?:file|src|source|path|name|filename|media|clip|asset|id)$"#), let v = jsonString(members[0].raw) else { return nil }
                    return jsonQuoted(v)
                }
                if names.count == items.count { out.append((f.key, "[" + names.joined(separator: ", ") + "]")); continue }
            }
            if f.raw.hasPrefix("{"), let members = jsonParts(f.raw)?.compactMap(jsonMember), !members.isEmpty, members.count <= 6,
               members.allSatisfy({ !$0.raw.hasPrefix("{") && !$0.raw.hasPrefix("[") }) {
                if has(f.key, #"^(?:music|bgm|soundtrack|song|audio|background_?music)$"#) {
                    for m in members {
                        // (`"gain": 0.15`, `"level": 0.2`: the music's level, as `music_volume` names it.)
                        let key = has(m.key, #"^(?:volume|gain|level|vol|loudness)$"#) ? "volume" : m.key
                        out.append(has(m.key, #"^(?:file|src|source|path|name|filename|track)$"#) ? (f.key, m.raw) : ("music_" + key, m.raw))
                    }
                    continue
                }
                if has(f.key, #"^(?:canvas|format|output|video|frame|resolution_?settings|settings)$"#) {
                    out += members
                    continue
                }
            }
            if making, f.raw == "null", has(f.key, #"^(?:music|bgm|soundtrack|song|background_?music)$"#) {
                out.append((f.key, "\"none\""))
                continue
            }
            out.append(f)
        }
        return out
    }

    /// The words of a prose item that speaks (`{"type": "text", "text": …}`, `{"part_kind": "text", "content": …}`, a Bedrock
    /// `{"text": …}`); nil for thinking and reasoning, which only say why.
    static func proseText(_ raw: String) -> String? {
        guard let data = raw.data(using: .utf8), let o = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else { return nil }
        if let kind = o["part_kind"] as? String { return kind == "text" ? o["content"] as? String : nil }
        if let type = o["type"] as? String { return type == "text" ? o["text"] as? String : nil }
        return o.count == 1 ? o["text"] as? String : nil
    }

    /// A media file's name (`b.mp4`, `hero_shot.jpg`), never a text's words.
    static let mediaFileName = #"(?i)^[\w .()-]{1,80}\.(?:jpe?g|png|gif|webp|heic|bmp|tiff?|mp4|mov|m4v|webm|mkv|avi|mp3|wav|m4a|aac|ogg|flac|opus)$"#

    /// An agent's own words, thinking or reasoning in a list of blocks or output items (`{"type": "text", …}`,
    /// `{"type": "thinking", …}`, `{"type": "reasoning", "summary": […]}`, `{"type": "message", "role": "assistant", …}`),
    /// never a call.
    static func isProseItem(_ raw: String) -> Bool {
        guard raw.hasPrefix("{"), let data = raw.data(using: .utf8), let o = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else { return false }
        // (Bedrock's blocks have no type: `{"text": "I'll assemble the reel."}`, `{"reasoningContent": {…}}`.)
        // (Pydantic AI's `{"part_kind": "text", "content": …}`, `{"part_kind": "thinking", …}`.)
        if let kind = o["part_kind"] as? String { return kind == "text" || kind == "thinking" }
        guard let type = o["type"] as? String else { return o.count == 1 && (o["text"] is String || o["reasoningContent"] != nil) }
        return ["text", "thinking", "redacted_thinking", "reasoning"].contains(type) || (type == "message" && (o["role"] as? String) != "user")
    }

    /// A tool Reel does not have (`generate_voiceover`, `generateBroll`): its name as words, which ask about it
    /// (its arguments were read as Reel's: a voice-over's `text` became a caption). Nil for Reel's own tools.
    /// `remove_background`, `RemoveWatermark`: a verb Reel knows on something it has no tool for, the same (the clip named
    /// in its arguments was removed).
    static func unknownTool(_ tool: String) -> String? {
        let words = withoutReelPrefix(keyWords(tool))
        // (`google {"input": "royalty free music"}`: a search is no edit, its words no request.)
        if has(words, webTools) { return words }
        let elsewhere = has(words, #"\b(?:background|backgrounds|bg)\b(?! (?:music|audio|song|track|sound|volume|level))|\b(?:watermarks?|logos?|noise|faces?|objects?|people|persons?|sky|green ?screen|chroma(?: key)?|stabili[sz]ation|stabili[sz]e)\b"#)
        guard let verb = words.split(separator: " ").first, words.contains(" "), !has(String(verb), "^(?:\(knownToolVerbs))$") || elsewhere,
              !EditOperation.wireNames.contains(camelKey(tool)) else { return nil }
        return words
    }

    /// Tools of the web and the machine an agent also has (`google`, `browse_website`, `search`): none of them edits.
    static let webTools = #"^(?:google|bing|duckduckgo|search|web ?search|search web|browse|browse website|browse web|fetch url|scrape|download|wikipedia|youtube search|send email|email|shell|bash|python|execute python|execute shell|read file|write (?:to )?file|list files)(?: [a-z]+)?$"#

    /// The first word of a tool that Reel has (`set_…`, `trim_…`, `add_…`).
    static let knownToolVerbs = #"picture|photo|image|slide|still|fit|motion|ken|volume|fps|resolution|aspect|filter|brightness|contrast|saturation|build|assemble|set|add|get|remove|delete|trim|move|insert|replace|apply|make|use|change|update|show|list|normali[sz]e|mute|unmute|edit|compose|duplicate|fade|crop|speed|loop|duck|export|render|save|undo|redo|style|restyle|cut|swap|reorder|adjust|resize|zoom|colou?r|music|audio|text|title|caption|clip|segment|transition|canvas|video|look|expect|assert|check|verify|create|query|describe|read|inspect"#

    /// The raw text of each member of a JSON object, or each element of a JSON list, in the order written
    /// (valid JSON only; nil when the brackets do not close).
    static func jsonParts(_ raw: String) -> [String]? {
        let chars = Array(raw.unicodeScalars)
        guard let open = chars.first, let close = chars.last, (open == "{" && close == "}") || (open == "[" && close == "]") else { return nil }
        var parts: [String] = [], current = String.UnicodeScalarView(), depth = 0, inString = false, escaped = false
        for c in chars.dropFirst().dropLast() {
            if inString {
                if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == "\"" { inString = false }
            } else if c == "\"" {
                inString = true
            } else if c == "{" || c == "[" {
                depth += 1
            } else if c == "}" || c == "]" {
                depth -= 1
                if depth < 0 { return nil }
            } else if c == ",", depth == 0 {
                parts.append(String(current).trimmingCharacters(in: .whitespacesAndNewlines))
                current = String.UnicodeScalarView()
                continue
            }
            current.append(c)
        }
        guard depth == 0, !inString else { return nil }
        let last = String(current).trimmingCharacters(in: .whitespacesAndNewlines)
        if !last.isEmpty || !parts.isEmpty { parts.append(last) }
        return parts
    }

    /// `"key": value` → the key and the value's raw text.
    static func jsonMember(_ part: String) -> (key: String, raw: String)? {
        guard let m = Numbers.firstMatch(#"^("(?:[^"\\]|\\.)*")\s*:\s*([\s\S]+)$"#, in: part), let key = jsonString(m[1]) else { return nil }
        return (key, m[2])
    }

    /// A JSON string's value.
    static func jsonString(_ raw: String) -> String? {
        guard raw.hasPrefix("\""), let data = raw.data(using: .utf8) else { return nil }
        return (try? JSONSerialization.jsonObject(with: data, options: .fragmentsAllowed)) as? String
    }
}
