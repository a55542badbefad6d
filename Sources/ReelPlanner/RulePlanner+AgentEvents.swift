import Foundation

extension RulePlanner {
    /// Amazon Bedrock Agents' action-group event as it reaches the function behind it:
    /// `{"messageVersion": "1.0", "function": "set_music_volume", "parameters": [{"name": "percent", "type": "number",
    /// "value": "20"}], "inputText": "…", "agent": {…}, "sessionAttributes": {}}`, or its OpenAPI form (`"apiPath":
    /// "/timeline/clips/{position}/speed", "httpMethod": "POST"`, the body's fields under `requestBody.content
    /// ["application/json"].properties`). The call, as `{"name": …, "arguments": {…}}`, every value typed as its `type`
    /// says (they all arrive as strings); `inputText` is the user's words the agent read, the request only when it calls
    /// nothing. Nil for anything else.
    static func bedrockActionCall(_ raw: String) -> String? {
        guard raw.contains("\"parameters\"") || raw.contains("\"apiPath\""), let o = jsonObject(raw) else { return nil }
        let parameters = (o["parameters"] as? [[String: Any]]) ?? []
        let bodyFields = (((o["requestBody"] as? [String: Any])?["content"] as? [String: Any])?["application/json"] as? [String: Any])?["properties"] as? [[String: Any]] ?? []
        let named = parameters + bodyFields
        // Each parameter is exactly a name, a type and a value.
        guard named.allSatisfy({ $0["name"] is String && $0["value"] != nil }) else { return nil }
        let tool: String
        if let function = o["function"] as? String, o["parameters"] is [Any], o["messageVersion"] != nil || o["actionGroup"] != nil || o["inputText"] != nil {
            tool = function
        } else if let path = o["apiPath"] as? String, let method = (o["httpMethod"] as? String)?.uppercased() {
            tool = apiPathTool(path, method: method)
        } else {
            return nil
        }
        guard has(tool, #"^[A-Za-z][\w.-]{0,60}$"#) else {
            return (o["inputText"] as? String).flatMap(jsonQuoted)
        }
        var fields: [String] = []
        for p in named {
            guard let name = p["name"] as? String, let key = jsonQuoted(name) else { continue }
            fields.append("\(key): \(typedValue(p["value"] as Any, type: (p["type"] as? String)?.lowercased() ?? "string"))")
        }
        guard let quotedTool = jsonQuoted(tool) else { return nil }
        return "{\"name\": \(quotedTool), \"arguments\": {\(fields.joined(separator: ", "))}}"
    }

    /// "/timeline/clips/{position}/speed" with POST → "set_speed"; "/timeline/clips/{position}" with DELETE → "remove_clip";
    /// GET → "get_…": the operation an OpenAPI path and method name, as a tool's name.
    private static func apiPathTool(_ path: String, method: String) -> String {
        let segments = path.split(separator: "/").map(String.init).filter { !$0.hasPrefix("{") && !$0.isEmpty }
        var noun = segments.last ?? "timeline"
        // ("/clips/{position}": one of them.)
        if noun.hasSuffix("s"), path.hasSuffix("}") { noun = String(noun.dropLast()) }
        let verb = method == "DELETE" ? "remove" : method == "GET" ? "get" : "set"
        return "\(verb)_\(noun.replacingOccurrences(of: "-", with: "_"))"
    }

    /// A Bedrock parameter's value (a string) as the JSON its `type` says: a number, a boolean, an array, or a string.
    private static func typedValue(_ value: Any, type: String) -> String {
        let text = value as? String ?? "\(value)"
        switch type {
        case "number", "integer":
            if let n = Double(text.trimmingCharacters(in: .whitespaces)), n.isFinite { return n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n) }
        case "boolean":
            let t = text.lowercased()
            if t == "true" || t == "false" { return t }
        case "array":
            if let data = text.data(using: .utf8), (try? JSONSerialization.jsonObject(with: data)) is [Any] { return text }
            // ("a.jpg, b.jpg": a list written plainly.)
            let items = text.split(separator: ",").compactMap { jsonQuoted($0.trimmingCharacters(in: .whitespaces)) }
            return "[" + items.joined(separator: ", ") + "]"
        default:
            break
        }
        return jsonQuoted(text) ?? "\"\""
    }

    /// A Microsoft Teams (Bot Framework) activity, `{"type": "message", "text": "<at>Reel</at> make it vertical",
    /// "channelId": "msteams", "from": {…}, "conversation": {…}, "entities": […], "channelData": {…}}`: its text without
    /// the mention of the bot, or, when the text is empty, the words of its `text/html` attachment (the same message
    /// again, never read twice). An activity that is no message (typing, conversationUpdate) asks nothing. Nil for
    /// anything else.
    static func botFrameworkText(_ raw: String) -> String? {
        guard raw.contains("\"channelId\"") || raw.contains("\"serviceUrl\""), let o = jsonObject(raw), let type = o["type"] as? String,
              o["channelId"] != nil || o["serviceUrl"] != nil, o["from"] != nil || o["conversation"] != nil || o["recipient"] != nil else { return nil }
        guard type.lowercased() == "message" else { return "show the timeline" }
        var said = (o["text"] as? String) ?? ""
        if said.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
           let html = (o["attachments"] as? [[String: Any]])?.first(where: { ($0["contentType"] as? String) == "text/html" })?["content"] as? String {
            said = html
        }
        // The mention of the bot (`<at>Reel</at>`, or the HTML copy's mention span) is no part of the request.
        said = replacing(said, #"<at>[^<]{0,80}</at>|<span[^>]*itemtype="http://schema\.skype\.com/Mention"[^>]*>[^<]{0,80}</span>"#, " ")
        said = replacing(said, #"<br\s*/?>|</(?:div|p|li)>"#, "\n")
        said = replacing(said, #"<[^>]{0,200}>"#, "")
        for (entity, char) in [("&nbsp;", " "), ("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&apos;", "'")] {
            said = said.replacingOccurrences(of: entity, with: char)
        }
        said = said.trimmingCharacters(in: .whitespacesAndNewlines)
        return said.isEmpty ? "show the timeline" : said
    }
}
