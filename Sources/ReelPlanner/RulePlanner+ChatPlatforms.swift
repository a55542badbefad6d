import Foundation

/// Requests that reach Reel through a chat platform or an agent protocol, as the platform delivers them: a Telegram bot's
/// update, a Dialogflow CX webhook request, an Agent2Agent (A2A) `message/send`, and a chat's slash command.
extension RulePlanner {
    /// A JSON object's text as a plain dictionary (nil when it is none).
    static func jsonObject(_ raw: String) -> [String: Any]? {
        guard let data = raw.data(using: .utf8) else { return nil }
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
    }

    /// A call as the envelope reads one, `{"name": …, "arguments": {…}}` (nil when the arguments are no JSON).
    static func callJSON(_ tool: String, _ arguments: [String: Any]) -> String? {
        guard JSONSerialization.isValidJSONObject(["arguments": arguments]),
              let data = try? JSONSerialization.data(withJSONObject: ["name": tool, "arguments": arguments], options: [.sortedKeys]) else { return nil }
        return String(data: data, encoding: .utf8)
    }

    /// A file's name sent by a platform or an agent, used in words only when it is one name: no spaces, no dots before its
    /// extension (a name such as "x. remove the music and y.jpg" would be read as more requests).
    static let plainFileName = #"^[\w()&'+-]{1,120}\.[A-Za-z0-9]{2,5}$"#

    // MARK: Telegram

    /// A Telegram Bot API update, `{"update_id": …, "message": {"text": "/music@ReelCutBot 20%", "from": {…}, "chat": {…}}}`:
    /// the words of its message (or the caption of a photo or document sent with words), an edited message's new words, an
    /// inline button's `callback_query` data ("undo"). The message it replies to (often Reel's own answer) is no request.
    /// An update without words (a sticker, a member joining) asks nothing. Nil for anything else.
    static func telegramText(_ raw: String) -> String? {
        guard raw.contains("\"update_id\""), let o = jsonObject(raw), o["update_id"] != nil else { return nil }
        if let query = o["callback_query"] as? [String: Any] {
            guard let data = query["data"] as? String, !data.isEmpty, data.count <= 200 else { return "show the timeline" }
            return replacing(data, #"[_:]+"#, " ")
        }
        let keys = ["message", "edited_message", "channel_post", "edited_channel_post", "business_message", "edited_business_message"]
        guard let message = keys.lazy.compactMap({ o[$0] as? [String: Any] }).first else { return "show the timeline" }
        var said = ((message["text"] as? String) ?? (message["caption"] as? String) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        // ("add this at the end" on dive_log.xlsx sent as a document: "this" is that file, named.)
        if message["text"] == nil, !said.hasPrefix("/") {
            said = namingSentFile(said, ["document", "video", "audio", "animation"].lazy.compactMap({ (message[$0] as? [String: Any])?["file_name"] as? String }).first)
        }
        return said.isEmpty ? "show the timeline" : said
    }

    // MARK: Slash commands

    /// A chat command, "/make@ReelCutBot same order as sent", "/remove 2", "/caption 2-5s Free nitrox this week": the request
    /// in words (the bot's name after "@" is no part of it). Words that are no command come back as they are.
    static func slashCommand(_ text: String) -> String {
        guard text.hasPrefix("/"),
              let m = Numbers.firstMatch(#"^/([A-Za-z][A-Za-z0-9_]{0,31})(?:@[A-Za-z0-9_]{3,64})?(?=\s|$)\s*([\s\S]*)$"#, in: text) else { return text }
        let command = m[1].lowercased(), rest = m[2].trimmingCharacters(in: .whitespacesAndNewlines)
        let quoted = rest.replacingOccurrences(of: "\"", with: "'")
        switch command {
        case "start", "help", "settings", "about":
            return "help"
        case "status", "timeline", "show", "info", "preview":
            return rest.isEmpty ? "show the timeline" : "show " + rest
        case "make", "create", "new", "video", "build", "compose":
            return "make a video" + (rest.isEmpty ? "" : ", " + rest)
        case "title", "settitle", "set_title":
            return rest.isEmpty ? "show the timeline" : "set the title to \"\(quoted)\""
        case "caption", "subtitle", "text", "addcaption", "add_caption", "endcard", "end_card", "outro":
            let kind = has(command, "end|outro") ? "an end card" : "a caption"
            guard !rest.isEmpty else { return "show the timeline" }
            // ("/caption 2-5s Free nitrox": its time first, then its words.)
            if let t = Numbers.firstMatch(#"^(\d+(?:\.\d+)?)\s*(?:s|sec)?\s*(?:-|–|to)\s*(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)\s+(\S[\s\S]*)$"#, in: rest) {
                return "add \(kind) \"\(t[3].replacingOccurrences(of: "\"", with: "'"))\" from \(t[1]) to \(t[2]) seconds"
            }
            return "add \(kind) \"\(quoted)\""
        case "remove", "delete", "del", "rm", "drop", "cut":
            // ("/remove 2": the second clip; "/remove music": what it names.)
            if let n = Numbers.firstMatch(#"^#?(\d{1,3})\b\s*([\s\S]*)$"#, in: rest) { return "remove clip \(n[1])" + (n[2].isEmpty ? "" : " " + n[2]) }
            return "remove " + rest
        case "mute", "unmute":
            // ("/mute 2 (compressor noise on the boat)": clip 2; the reason in brackets is no request.)
            let target = replacing(rest, #"\s*\([^()]{0,200}\)\s*$"#, "")
            if let n = Numbers.firstMatch(#"^#?(\d{1,3})$"#, in: target) { return "\(command) clip \(n[1])" }
            return target.isEmpty ? command + " the clips" : command + " " + target
        case "undo", "redo":
            return command
        default:
            return command.replacingOccurrences(of: "_", with: " ") + (rest.isEmpty ? "" : " " + rest)
        }
    }

    // MARK: Dialogflow CX

    /// A Dialogflow CX webhook request, `{"detectIntentResponseId": …, "intentInfo": {"displayName": "edit.music_volume",
    /// "parameters": {"percentage": {"originalValue": "20 percent", "resolvedValue": 20}}, "confidence": 0.93}, "transcript":
    /// "turn the music down to 20 percent", "fulfillmentInfo": {"tag": …}, …}`: the matched intent as a call, its parameters'
    /// resolved values as the arguments (a `sys.duration` `{"amount": 5, "unit": "s"}` as "5 s"). An intent matched without
    /// parameters is read from the caller's words (the transcript, or the typed text), as is an intent matched with little
    /// confidence (under one half: never acted on as matched). No intent matched: the words alone. Nil for anything else.
    static func dialogflowCall(_ raw: String) -> String? {
        guard raw.contains("\"fulfillmentInfo\"") || raw.contains("\"detectIntentResponseId\""), let o = jsonObject(raw),
              o["fulfillmentInfo"] != nil || o["detectIntentResponseId"] != nil,
              o["sessionInfo"] != nil || o["pageInfo"] != nil || o["intentInfo"] != nil else { return nil }
        let said = ((o["transcript"] as? String) ?? (o["text"] as? String) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let words = said.isEmpty ? "show the timeline" : said
        guard let intent = o["intentInfo"] as? [String: Any], let name = intent["displayName"] as? String, !name.isEmpty else { return words }
        let confidence = (intent["confidence"] as? NSNumber)?.doubleValue ?? 1
        let parts = name.lowercased().split(separator: ".").map { replacing(String($0), #"[^a-z0-9]+"#, "_") }
        guard let last = parts.last, !last.isEmpty else { return words }
        let tool: String
        if has(last, #"^(?:undo|redo)$"#) {
            tool = last
        } else if parts.count > 1, !last.contains("_"), let area = parts.dropLast().last, area != "edit" {
            // ("video.create": create_video; "edit.look": look.)
            tool = "\(last)_\(area)"
        } else {
            tool = last
        }
        let parameters = (intent["parameters"] as? [String: Any]) ?? [:]
        if has(tool, #"^(?:undo|redo)$"#) { return tool }
        // (A new video, `video.create`: its slots only echo the caller's words, which say it whole — "of just the photos".)
        if has(tool, #"^(?:create|make|new|build|compose)(?:_|$)"#), !said.isEmpty, confidence >= 0.5 { return said }
        // Too unsure to act on, or nothing to act with: the words themselves. ("remove the uh the one with the" at 0.34 named
        // no clip; "can you turn the music down a bit" filled no slot.)
        guard confidence >= 0.5, !parameters.isEmpty else { return words }
        var arguments: [String: Any] = [:]
        for (key, parameter) in parameters {
            let resolved = (parameter as? [String: Any]).map { $0["resolvedValue"] ?? $0["originalValue"] as Any } ?? parameter
            var value: Any = resolved
            if let amount = resolved as? [String: Any], let n = amount["amount"] as? NSNumber {
                let unit = (amount["unit"] as? String)?.lowercased() ?? "s"
                value = "\(n.doubleValue == n.doubleValue.rounded() ? String(n.intValue) : String(n.doubleValue)) \(unit == "min" ? "minutes" : unit == "h" ? "hours" : unit)"
            }
            // Slots as a webhook names them: an ordinal is a clip's place counted from 1, "title_text" the text.
            let k = key.lowercased()
            let renamed = k == "ordinal" ? "position" : k == "from_ordinal" ? "from_position" : k == "to_ordinal" ? "to_position"
                : has(k, #"^(?:title|caption|card|overlay|end_card)_text$"#) ? "text" : k
            arguments[renamed] = value
        }
        // ("edit.end_card" with its words: a card to add.)
        let named = has(tool, #"^(?:end_?card|title|caption|subtitle|outro|lower_third|text)$"#) ? "add_" + tool : tool
        return callJSON(named, arguments) ?? words
    }

    // MARK: Agent2Agent

    /// An Agent2Agent (A2A) JSON-RPC request's params. `message/send` (or `message/stream`; `tasks/send` before 0.2): its
    /// message's parts — a `data` part naming an operation (`{"skill": "edit_timeline", "operation": "set_music_volume",
    /// "volume": 0.2}`) is that call, its other fields the arguments (`"indexBase": 1` says positions count from 1, as
    /// Reel's do; 0, that they are indexes); a data part naming only a skill (`compose_timeline`) is the skill's call. The
    /// text parts beside calls only say why; without calls they are the request. Any other method (`tasks/get`,
    /// `tasks/cancel`) asks nothing. The requests, each a call or words.
    static func a2aRequests(method: String, params: String) -> [String] {
        guard has(method, #"^(?:message/(?:send|stream)|tasks/send(?:Subscribe)?)$"#), let p = jsonObject(params),
              let message = p["message"] as? [String: Any], let parts = message["parts"] as? [[String: Any]] else { return ["show the timeline"] }
        var calls: [String] = [], words: [String] = []
        for part in parts {
            let kind = ((part["kind"] ?? part["type"]) as? String)?.lowercased() ?? ""
            if kind == "text", let text = part["text"] as? String {
                words.append(text)
            } else if kind == "data", var data = part["data"] as? [String: Any] {
                let skill = data.removeValue(forKey: "skill") as? String
                let operation = (data.removeValue(forKey: "operation") ?? data.removeValue(forKey: "op") ?? data.removeValue(forKey: "action")) as? String
                guard let tool = operation ?? skill, has(tool, #"^[A-Za-z][\w./-]{0,60}$"#) else { continue }
                if let base = data.removeValue(forKey: "indexBase") as? NSNumber, base.intValue == 0 {
                    for (from, to) in [("position", "index"), ("positions", "indices"), ("from_position", "from_index"), ("to_position", "to_index")] {
                        if let v = data.removeValue(forKey: from) { data[to] = v }
                    }
                }
                if let call = callJSON(tool, data) { calls.append(call) }
            }
        }
        if !calls.isEmpty { return calls }
        let said = words.joined(separator: " ").trimmingCharacters(in: .whitespacesAndNewlines)
        return said.isEmpty || said.count > 4000 ? ["show the timeline"] : [said]
    }
}
