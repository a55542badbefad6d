import Foundation

/// Requests an agent writes as a Markdown note: a task list (`- [ ] music to 20%`), headings over it (`## Audio`),
/// **bold** and `code` marks, and a table (`| 0:04–0:07 | Fresh daily |`). Each open task is a request; a task already
/// ticked (`- [x] already done: title`) or struck through (`~~remove b.mp4~~ (cancelled, keep it)`) is none (the title was
/// added again, b.mp4 removed); a heading only names what the tasks under it are about ("## Audio" was not understood);
/// the marks only stress the words (a title read "**Grand Opening**"); a table's rows are the texts it lists, each at
/// its times.
extension RulePlanner {
    static func markdownAsPlain(_ text: String) -> String {
        // (Cheap first: a mark Markdown uses.)
        guard text.count < 8000, text.contains("[") || text.contains("#") || text.contains("*") || text.contains("`") || text.contains("~~") || text.contains("|") else { return text }
        guard has(text, #"(?m)^\s*(?:[-*+]|\d{1,2}[.)])\s+\[[ xX✓✔]\]|^\s*\[[ xX✓✔]\]\s|^\s*#{1,6}\s+\S|\*\*[^*\n]+\*\*|__[^_\n]+__|`[^`\n]+`|~~[^~\n]+~~|^\s*\|.*\|\s*$"#) else { return text }
        var lines = text.components(separatedBy: "\n")
        // A table: its rows as the texts they list (nil when it is no table of texts; it is then left as it was).
        lines = markdownTables(lines)
        var out: [String] = []
        let several = lines.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.count > 1
        for line in lines {
            var l = line
            // `- [x] done`, `* [✓] title`: done already, no request.
            if has(l, #"^\s*(?:(?:[-*+]|\d{1,2}[.)])\s+)?\[[xX✓✔]\]"#) { continue }
            // `~~remove b.mp4~~ (cancelled, keep it)`: struck out, with the note on why.
            l = replacing(l, #"~~[^~]+~~(?:\s*\([^()]*\))?"#, " ")
            // `- [ ] music to 20%`: the task's words, a request of its own line.
            l = replacing(l, #"^(\s*)(?:(?:[-*+]|\d{1,2}[.)])\s+)?\[ \]\s*"#, "$1")
            // `## Audio` over tasks: what they are about, no request of its own (a heading alone is read as written).
            if several, has(l, #"^\s*#{1,6}\s+[^#\n]{0,40}$"#), !has(l, #"\d|["“'‘]"#), l.split(separator: " ").count <= 5 { continue }
            if several { l = replacing(l, #"^\s*#{1,6}\s+"#, "") }
            // **bold**, __bold__, `code`: the words; after a word that says what a text reads, its words in quotes
            // ("Title should read **Grand Opening**", "add caption at bottom: `Limited stock`").
            let marked = l
            l = substitute(marked, #"(\*\*|__|`)([^*_`\n]{1,80})\1"#) { g in
                let inner = g[2].trimmingCharacters(in: .whitespaces)
                if has(inner, #"^[\w .()-]{1,80}\.[A-Za-z0-9]{2,5}$"#) || inner.contains("\"") { return inner }
                return saysWords(before: g[0], in: marked) ? "\"" + inner + "\"" : inner
            }
            if l.trimmingCharacters(in: .whitespaces).isEmpty || has(l, #"^\s*[-*+]\s*$"#) { continue }
            out.append(l)
        }
        let joined = out.joined(separator: "\n")
        // (Every task ticked or struck: nothing is asked.)
        if joined.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            return has(text, #"(?m)^\s*(?:(?:[-*+]|\d{1,2}[.)])\s+)?\[[xX✓✔]\]|~~[^~\n]+~~"#) ? "" : text
        }
        return joined
    }

    /// Whether the marked words `mark` in `line` stand where a text's words go: after "read", "say", "called", or a text's
    /// name and a colon.
    private static func saysWords(before mark: String, in line: String) -> Bool {
        guard let r = line.range(of: mark) else { return false }
        let before = String(line[..<r.lowerBound])
        return has(before, #"\b(?:reads?|say|says|saying|called|titled|named|to)\s*:?\s*$"#)
            || has(before, #"\b(?:title|caption|subtitle|text|end ?card|label|lower third|overlay)\b[^:]{0,40}:\s*$"#)
    }

    /// A Markdown table of texts (`| time | text |`, `|---|---|`, `| 0:04–0:07 | Fresh daily |`) as the texts it lists:
    /// `add a caption "Fresh daily" from 0:04 to 0:07` (a title when its heading or column says so). Other lines as they were.
    private static func markdownTables(_ lines: [String]) -> [String] {
        func cells(_ l: String) -> [String]? {
            let t = l.trimmingCharacters(in: .whitespaces)
            guard t.count > 2, t.hasPrefix("|"), t.hasSuffix("|") else { return nil }
            return t.dropFirst().dropLast().split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        }
        var out: [String] = []
        var i = 0
        var heading = ""
        while i < lines.count {
            if has(lines[i], #"^\s*#{1,6}\s"#) { heading = lines[i] }
            guard let header = cells(lines[i]), i + 1 < lines.count, let rule = cells(lines[i + 1]), rule.count == header.count,
                  rule.allSatisfy({ has($0, #"^:?-{2,}:?$"#) }) else {
                out.append(lines[i])
                i += 1
                continue
            }
            let names = header.map { $0.lowercased() }
            let textColumn = names.firstIndex { has($0, #"^(?:text|caption|captions|title|words|line|subtitle|copy|overlay|on[- ]screen text)$"#) }
            let timeColumn = names.firstIndex { has($0, #"^(?:time|times|when|timing|timecode|range|at)$"#) }
            let startColumn = names.firstIndex { has($0, #"^(?:start|from|in|begin|start time)$"#) }
            let endColumn = names.firstIndex { has($0, #"^(?:end|to|out|until|end time)$"#) }
            var rows: [String] = []
            var j = i + 2
            var readable = textColumn != nil && (timeColumn != nil || startColumn != nil)
            while j < lines.count, let row = cells(lines[j]) {
                j += 1
                guard readable, row.count == header.count, let tc = textColumn, !row[tc].isEmpty, !row[tc].contains("\"") else { readable = false; continue }
                var when = ""
                if let c = timeColumn {
                    // `0:04–0:07`, `4s-7s`, `from 4s to 7s`.
                    when = replacing(row[c], #"^\s*(\d[\d:.]*\s*(?:s|sec|secs|seconds)?)\s*(?:–|—|-|to|→|->)\s*(\d[\d:.]*\s*(?:s|sec|secs|seconds)?)\s*$"#, "from $1 to $2")
                } else if let s = startColumn {
                    when = "from " + row[s] + (endColumn.map { " to " + row[$0] } ?? "")
                }
                guard has(when, #"^from \d"#) else { readable = false; continue }
                let kind = has(names[tc] + " " + heading, #"\btitles?\b"#) ? "title" : "caption"
                rows.append("add a \(kind) \"\(row[tc])\" \(when)")
            }
            if readable, !rows.isEmpty {
                out += rows
            } else {
                out += lines[i..<j]
            }
            i = j
        }
        return out
    }
}
