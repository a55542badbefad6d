import Foundation

/// Requests that reach Reel from a messenger's webhook, as the platform posts them: a Discord interaction, a WhatsApp Cloud
/// API notification, a Twilio SMS/MMS form. Only the sender's own words (or what a button or form says) are the request;
/// the platform's ids, the channel's topic and Reel's own earlier message are none of it.
extension RulePlanner {
    /// "add this at the end" sent with a file: "this" is that file, named (only a plain name; never when the words already
    /// name it).
    static func namingSentFile(_ said: String, _ file: String?) -> String {
        guard let file, has(file, plainFileName), !said.contains(file) else { return said }
        return replacing(said, #"(?i)\b(?:this|it|these|the (?:file|attachment|document))\b(?: (?:file|one|document|attachment|pic|photo|clip|song|track))?"#, file)
    }

    // MARK: Discord

    /// A Discord interaction, `{"type": 2, "application_id": …, "token": …, "data": {"name": "reel", "options": [{"name":
    /// "edit", "type": 1, "options": [{"name": "prompt", "type": 3, "value": "music 20%"}]}]}, "channel": {…}, …}`:
    /// a slash command's words (its `prompt`-like option), or its other options as the subcommand's call (`/reel caption
    /// text:… start:5 end:9`); an attachment option is its file, named where the words say "this"; a button's `custom_id`
    /// ("reel:undo") or a select menu's values; a modal's fields (a title's words). A ping or an autocomplete (a command
    /// still being typed) asks nothing. Nil for anything else.
    static func discordText(_ raw: String) -> String? {
        guard raw.contains("\"application_id\""), let o = jsonObject(raw), let type = (o["type"] as? NSNumber)?.intValue,
              o["application_id"] != nil, o["token"] != nil || o["data"] != nil, o["version"] != nil || o["channel_id"] != nil || o["token"] != nil else { return nil }
        let data = (o["data"] as? [String: Any]) ?? [:]
        switch type {
        case 2: return discordCommand(data)
        case 3:
            // A button ("reel:undo", "reel_export"), or a select menu's choices.
            let id = ((data["custom_id"] as? String) ?? "").split(whereSeparator: { $0 == ":" }).last.map(String.init) ?? ""
            let values = ((data["values"] as? [Any]) ?? []).compactMap { $0 as? String }
            let said = (id.replacingOccurrences(of: "_", with: " ") + " " + values.joined(separator: " ")).trimmingCharacters(in: .whitespaces)
            return said.isEmpty || said.count > 200 ? "show the timeline" : said
        case 5:
            // A modal's fields: "reel:title_modal" with a `title_text` field is the title's words.
            let modal = (data["custom_id"] as? String) ?? ""
            let fields = ((data["components"] as? [[String: Any]]) ?? []).flatMap { ($0["components"] as? [[String: Any]]) ?? [] }
            var said: [String] = []
            for field in fields {
                guard let value = (field["value"] as? String)?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { continue }
                let name = ((field["custom_id"] as? String) ?? "") + " " + modal
                let quoted = value.replacingOccurrences(of: "\"", with: "'")
                if has(name, #"(?i)end_?card|outro"#) { said.append("add an end card \"\(quoted)\"") }
                else if has(name, #"(?i)title"#) { said.append("set the title to \"\(quoted)\"") }
                else if has(name, #"(?i)caption|subtitle"#) { said.append("add a caption \"\(quoted)\"") }
                else { said.append(value) }
            }
            return said.isEmpty ? "show the timeline" : said.joined(separator: ". ")
        default:
            // A ping (1) or an autocomplete (4): nothing asked yet.
            return "show the timeline"
        }
    }

    /// A slash command's request: its words, or its options as the subcommand's call.
    private static func discordCommand(_ data: [String: Any]) -> String {
        var path: [String] = [(data["name"] as? String) ?? ""], leaves: [(name: String, value: Any, type: Int)] = []
        var level = (data["options"] as? [[String: Any]]) ?? []
        while let sub = level.first, level.count == 1, [1, 2].contains((sub["type"] as? NSNumber)?.intValue ?? 0) || sub["options"] != nil {
            path.append((sub["name"] as? String) ?? "")
            level = (sub["options"] as? [[String: Any]]) ?? []
        }
        for option in level {
            guard let name = option["name"] as? String, let value = option["value"] else { continue }
            leaves.append((name.lowercased(), value, (option["type"] as? NSNumber)?.intValue ?? 3))
        }
        // An attachment option (type 11) holds the id of a file in `resolved.attachments`.
        let attachments = ((data["resolved"] as? [String: Any])?["attachments"] as? [String: Any]) ?? [:]
        let files = leaves.filter { $0.type == 11 }.compactMap { leaf in
            ((attachments["\(leaf.value)"] as? [String: Any])?["filename"] as? String).flatMap { has($0, plainFileName) ? $0 : nil }
        }
        let command = path.last?.lowercased() ?? ""
        let wordsKeys = #"^(?:prompt|text|request|message|query|instructions?|what|input|words|content|description|edit|say|ask)$"#
        let words = leaves.first { $0.type == 3 && has($0.name, wordsKeys) }?.value as? String
        let plain = has(command, #"^(?:edit|prompt|ask|do|chat|say|request|change|tell|reel|run|go)$"#) || path.count == 1
        if let words, plain || has(command, #"^(?:make|create|new|video|compose|build)$"#) || leaves.count == 1 {
            let said = words.trimmingCharacters(in: .whitespacesAndNewlines)
            let named = files.count == 1 ? namingSentFile(said, files[0]) : said
            guard !named.isEmpty else { return "show the timeline" }
            // ("/reel make" with its words: a new video, whatever the words begin with.)
            return has(command, #"^(?:make|create|new|video|compose|build)$"#) ? slashCommand("/make " + named) : named
        }
        // No words: the subcommand with its options, as a chat command or a call ("status", "undo"; "caption" with its text
        // and times).
        let arguments = Dictionary(leaves.filter { $0.type != 11 }.map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a })
        if arguments.isEmpty { return slashCommand("/" + command) }
        return callJSON(command, arguments) ?? slashCommand("/" + command)
    }

    // MARK: WhatsApp

    /// A WhatsApp Cloud API notification, `{"object": "whatsapp_business_account", "entry": [{"changes": [{"value":
    /// {"messaging_product": "whatsapp", "messages": [{"type": "text", "text": {"body": "music lower pls"}}]}}]}]}`: the
    /// message's words — a text's body, a picture's or document's caption (its file named where it says "this"), a reply
    /// button's or list row's title. A reaction, a voice note, a status (delivered, read) asks nothing. Nil for anything else.
    static func whatsappText(_ raw: String) -> String? {
        guard raw.contains("\"messaging_product\""), let o = jsonObject(raw) else { return nil }
        let value = ((((o["entry"] as? [[String: Any]])?.first?["changes"] as? [[String: Any]])?.first?["value"]) as? [String: Any]) ?? o
        guard (value["messaging_product"] as? String)?.lowercased() == "whatsapp" else { return nil }
        guard let message = (value["messages"] as? [[String: Any]])?.first, let type = message["type"] as? String else { return "show the timeline" }
        func part(_ key: String) -> [String: Any] { (message[key] as? [String: Any]) ?? [:] }
        var said = ""
        switch type {
        case "text":
            said = (part("text")["body"] as? String) ?? ""
        case "interactive":
            let i = part("interactive")
            let reply = ((i["button_reply"] ?? i["list_reply"]) as? [String: Any]) ?? [:]
            said = ((reply["title"] as? String) ?? (reply["id"] as? String)?.replacingOccurrences(of: "_", with: " ")) ?? ""
        case "button":
            said = ((part("button")["text"] ?? part("button")["payload"]) as? String) ?? ""
        case "image", "video", "document", "audio", "sticker":
            said = namingSentFile((part(type)["caption"] as? String) ?? "", part(type)["filename"] as? String)
        default:
            said = ""
        }
        said = said.trimmingCharacters(in: .whitespacesAndNewlines)
        return said.isEmpty ? "show the timeline" : said
    }

    // MARK: Twilio

    /// A Twilio messaging webhook's form body, `ToCountry=US&…&Body=Make+a+video%3A+…&NumMedia=1&MediaContentType0=image%2Fheic
    /// &…&MessageSid=SM…`: the text's Body, decoded. A picture or file sent with it (MMS) is named by its kind where the words
    /// say "this" (a HEIC photo is refused with the formats Reel takes). STOP and its kin (the carrier's opt-out, which
    /// Twilio answers itself) ask nothing; HELP asks for help. The words as they were for anything else.
    static func smsForm(_ text: String) -> String {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard t.count < 20_000, !t.contains(" "), has(t, #"(?:^|&)Body="#), has(t, #"(?:^|&)(?:MessageSid|SmsSid|SmsMessageSid|AccountSid)="#) else { return text }
        var fields: [String: String] = [:]
        for pair in t.split(separator: "&") {
            let kv = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard kv.count == 2 else { continue }
            let decode = { (s: Substring) in String(s).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(s) }
            fields[decode(kv[0])] = decode(kv[1])
        }
        var said = (fields["Body"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if has(said, #"(?i)^(?:stop|stopall|unsubscribe|cancel|end|quit|optout|opt out|revoke|start|unstop|yes)$"#) { return "show the timeline" }
        if has(said, #"(?i)^(?:help|info)$"#) { return "help" }
        // (MMS: the file's kind from its type; its name is not sent.)
        let count = Int(fields["NumMedia"] ?? "0") ?? 0
        if count == 1, let kind = fields["MediaContentType0"]?.lowercased(),
           let m = Numbers.firstMatch(#"^(image|video|audio|text|application)/(?:x-)?([a-z0-9]+)"#, in: kind) {
            let ext = ["jpeg": "jpg", "quicktime": "mov", "mpeg": "mp3", "vcard": "vcf", "3gpp": "3gp", "plain": "txt"][m[2]] ?? m[2]
            let noun = ext == "vcf" ? "contact" : ["image": "photo", "video": "video", "audio": "sound"][m[1]] ?? "file"
            said = namingSentFile(said, "\(noun).\(ext)")
            // ("add my contact card at the end" with a vCard: what was sent, said after the words.)
            if !said.contains("\(noun).\(ext)"), !acceptedExtensions.contains(ext) {
                said += said.isEmpty ? "add \(noun).\(ext)" : " (\(noun).\(ext))"
            }
        }
        return said.isEmpty ? "show the timeline" : said
    }
}
