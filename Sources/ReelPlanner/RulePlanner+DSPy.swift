import Foundation

/// A DSPy program's output pasted as it was written: its chat adapter's fields (`[[ ## next_thought ## ]]`, then the field's
/// value on the lines after, up to `[[ ## completed ## ]]`), or a `Prediction(reasoning='…', edit_instruction='…')` as Python
/// prints it. A ReAct step's thought and a signature's reasoning are the agent's own and never a request (read as words,
/// "The closing picture is off-topic; remove it" was half a request, and "The user uploaded one clip" was not understood);
/// its tool and arguments are the call, as `{"next_tool_name": …, "next_tool_args": {…}}` (which the envelope reader takes),
/// and an instruction field is the words passed on.
extension RulePlanner {
    static func dspyOutput(_ text: String) -> String {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard t.count < 8000 else { return text }
        var fields: [(name: String, value: String)] = []
        if t.hasPrefix("[[ ##") {
            // Each field's value runs from its marker's line to the next marker.
            let bodies = t.components(separatedBy: "\n").reduce(into: [(String, [String])]()) { acc, line in
                if let m = Numbers.firstMatch(#"^[ \t]*\[\[ ## ([A-Za-z_]\w{0,40}) ## \]\][ \t]*$"#, in: line) { acc.append((m[1], [])) }
                else if !acc.isEmpty { acc[acc.count - 1].1.append(line) }
            }
            guard !bodies.isEmpty else { return text }
            for (name, lines) in bodies where name != "completed" {
                fields.append((name, lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)))
            }
        } else if let m = Numbers.firstMatch(#"(?s)^Prediction\s*\((.*)\)$"#, in: t) {
            for a in pythonSplit(m[1]).map({ $0.trimmingCharacters(in: .whitespacesAndNewlines) }) where !a.isEmpty {
                guard let k = Numbers.firstMatch(#"(?s)^([A-Za-z_]\w*)\s*=\s*(.+)$"#, in: a), let v = pythonLiteral(k[2]) else { return text }
                // (A string is its words; anything else, its JSON.)
                fields.append((k[1], jsonString(v) ?? v))
            }
        } else {
            return text
        }
        func field(_ pattern: String) -> String? { fields.first { has($0.name, pattern) }?.value }
        // The call the step makes: its tool and its arguments (an object, or nothing for none).
        if let tool = field(#"^(?:next_)?tool_name$"#), let name = jsonQuoted(tool), has(tool, #"^[A-Za-z][\w.-]{0,60}$"#) {
            let args = field(#"^(?:next_)?tool_args$"#) ?? "{}"
            guard args.isEmpty || (args.hasPrefix("{") && args.hasSuffix("}")) else { return text }
            return "{\"next_tool_name\": \(name), \"next_tool_args\": \(args.isEmpty ? "{}" : args)}"
        }
        // A signature's output: its instruction's words (the reasoning beside them is the model's own).
        if let said = field(#"^(?:edit_)?(?:instruction|request|command|edit|query|answer|output|response)$"#), !said.isEmpty { return said }
        return text
    }
}
