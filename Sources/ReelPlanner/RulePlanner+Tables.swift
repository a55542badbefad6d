import Foundation

/// A table pasted from a spreadsheet (tab-separated, comma-separated with or without quotes, or a Markdown table), its
/// first row naming the columns: "clip\tseconds\na.jpg\t5\nb.mp4\t3", "order,file\n1,c.png\n2,a.jpg", "Text,Start,End\n
/// Welcome,0,3", "| Clip | Speed |\n|---|---|\n| b.mp4 | 2x |". Each row is read as the request its columns say ("show
/// a.jpg for 5 seconds", "put them in this order: …", "add a caption "Welcome" from 0 to 3 s"), with the words before and
/// after the table kept. A table whose columns name nothing of a video ("Item\tQty\nPens\t40", pasted by mistake) is
/// left as it is, which changes nothing and is answered with what Reel can do; so is a table whose rows name no clip of
/// this video, or a "keep" column marked with an X that nothing says the meaning of.
extension RulePlanner {
    /// One row's cells, split at the table's separator (quotes around a cell dropped; a Markdown row's outer bars too).
    static func tableCells(_ line: String, separator: Character) -> [String] {
        var l = line.trimmingCharacters(in: .whitespaces)
        if separator == "|" {
            if l.hasPrefix("|") { l.removeFirst() }
            if l.hasSuffix("|") { l.removeLast() }
        }
        var cells: [String] = [], cell = "", quoted = false
        for ch in l {
            if ch == "\"" { quoted.toggle(); continue }
            if ch == separator && !quoted { cells.append(cell); cell = ""; continue }
            cell.append(ch)
        }
        cells.append(cell)
        return cells.map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// What a column holds, by the words of its header.
    enum TableColumn: Equatable {
        case file, seconds, order, speed, trimIn, trimOut, mute, volume, keep, text(String), start, end, position, setting, value, look, brightness, transition, other
    }

    static func tableColumn(_ header: String) -> TableColumn {
        if has(header, #"^\s*(?:#|no\.|nr\.)\s*$"#) { return .order }
        let h = replacing(header.lowercased(), #"[?:*#()\[\]]|\((?:s|sec|secs|seconds)\)"#, " ").trimmingCharacters(in: .whitespaces)
        let rules: [(String, TableColumn)] = [
            (#"^(?:trim ?(?:start|in)|start ?trim|in ?point|in)$"#, .trimIn), (#"^(?:trim ?(?:end|out)|end ?trim|out ?point|out)$"#, .trimOut),
            (#"^(?:file|files|file ?name|filename|clip|clips|media|asset|photo|image|video|source|name)$"#, .file),
            (#"^(?:seconds?|secs?|s|duration|length|time|on screen|display(?: time)?|show for)(?: ?(?:s|sec|secs|seconds))?$"#, .seconds),
            (#"^(?:order|position in video|sequence|seq|no|nr|number|#|slot|rank)$"#, .order), (#"^speed$"#, .speed),
            (#"^(?:mute|muted|sound off|mute audio)$"#, .mute), (#"^(?:volume|level|music volume|vol)$"#, .volume),
            (#"^(?:keep|keep it|include|use|remove|delete|cut|drop)$"#, .keep),
            (#"^(title|caption|text|subtitle|words|end ?card|lower ?third)s?$"#, .text("")), (#"^(?:start|from|begins?|start time)$"#, .start),
            (#"^(?:end|to|until|ends?|end time|stop)$"#, .end), (#"^(?:position|where|placement|place)$"#, .position),
            (#"^(?:setting|settings|option|property|parameter|field|key)$"#, .setting), (#"^(?:value|setting value|amount)$"#, .value),
            (#"^(?:look|filter|colou?r look|style)$"#, .look), (#"^brightness$"#, .brightness), (#"^(?:transition|transitions)$"#, .transition),
            (#"^music$"#, .file),
        ]
        for (pattern, column) in rules where has(h, pattern) {
            if case .text = column { return .text(replacing(h, #"s$"#, "") == "text" || h == "words" ? "caption" : replacing(h, #"s$"#, "")) }
            return column
        }
        return .other
    }

    /// A request with a table in it, as its rows' requests; "Can you send me the current list of clips as a table? file |
    /// seconds" (the clips asked for, laid out so) as the clips listed. Anything else as it is.
    static func tableWords(_ text: String, context: PlannerContext) -> String {
        guard text.contains("\n") || text.contains("|") || text.contains("\t") else { return text }
        if let read = tableRead(text, context: context) { return read }
        return replacing(text, #"^(?:(?:hi|hey|hello)[,!.]?\s+)?(?:(?:can|could|would) you |please )?(?:send|give|email|share|show|paste)(?: me| us)? (?:the |a )?(?:current |full |updated )?(?:list|table|rundown|overview) of (?:the |all (?:the )?)?(?:clips|items|segments|files|photos)\b(?: (?:as|in) (?:a )?(?:table|list|spreadsheet|csv|sheet))?(?: please)?\s*[?.!]*\s*[\w ]+(?:\s*\|\s*[\w ]+)+\s*$"#, "list the clips")
    }

    /// The table in a request, read as its rows' requests; nil when there is no table, or it is not one about this video.
    static func tableRead(_ text: String, context: PlannerContext) -> String? {
        guard text.contains("\n") else { return nil }
        let lines = text.components(separatedBy: "\n").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\r")) }
        // The header: the first line with a separator in it whose next line has the same number of cells.
        for (i, line) in lines.enumerated() where i + 1 < lines.count {
            guard let separator: Character = line.contains("\t") ? "\t" : line.contains("|") ? "|" : line.contains(",") ? "," : nil else { continue }
            let headers = tableCells(line, separator: separator)
            guard headers.count >= 2, headers.allSatisfy({ !$0.isEmpty && $0.count <= 30 }) else { continue }
            var rows: [[String]] = [], j = i + 1
            while j < lines.count {
                let row = lines[j]
                if separator == "|", has(row, #"^\s*\|?\s*:?-{2,}"#) { j += 1; continue }
                guard row.contains(separator) else { break }
                let cells = tableCells(row, separator: separator)
                guard cells.count == headers.count else { break }
                rows.append(cells)
                j += 1
            }
            guard !rows.isEmpty else { continue }
            // (A Markdown heading over it, "## Captions", only says what it holds.)
            var before = lines[..<i].filter { !has($0, #"^\s*#{1,6}\s+[^#\n]{0,40}$"#) }.joined(separator: " ").trimmingCharacters(in: .whitespaces)
            let after = lines[j...].joined(separator: ". ").trimmingCharacters(in: .whitespaces)
            guard let requests = tableRequests(headers.map(tableColumn), rows: rows, before: before, context: context) else { return nil }
            // "Please make the quarterly video from this:", "Per the spreadsheet below, remove the rows marked X:": words
            // about the table are read with its rows, never again as a request of their own.
            if has(before, #":\s*$|\b(?:below|following|this table|the table|spreadsheet|sheet|from this)\b"#) { before = "" }
            return [before, requests, after].filter { !$0.isEmpty }.joined(separator: ". ")
        }
        return nil
    }

    /// The rows as requests, by what their columns hold.
    static func tableRequests(_ columns: [TableColumn], rows: [[String]], before: String, context: PlannerContext) -> String? {
        func column(_ kind: TableColumn) -> Int? { columns.firstIndex(of: kind) }
        func cell(_ row: [String], _ kind: TableColumn) -> String? { column(kind).map { row[$0] }.flatMap { $0.isEmpty ? nil : $0 } }
        let names = Set((context.media + context.draft.tracks.flatMap { $0.segments.compactMap(\.src) }).map { (($0 as NSString).lastPathComponent).lowercased() })
        let seconds = #"^\d+(?:\.\d+)?\s*(?:s|sec|secs|seconds?)?$"#
        let time = #"^(?:\d+:)?\d+(?:\.\d+)?\s*(?:s|sec|secs|seconds?)?$"#
        let making = has(before.lowercased(), #"\b(?:make|create|build|put together|assemble)\b.*\b(?:video|vid|reel|slideshow|movie)\b"#)
        var out: [String] = []
        if let f = column(.file) {
            // Rows that name a clip of this video (a row naming none is no row of it: the table is not about this video).
            let files = rows.map { $0[f] }
            guard files.contains(where: { !$0.isEmpty }), files.allSatisfy({ $0.isEmpty || names.contains($0.lowercased()) }) else { return nil }
            let named = rows.filter { !$0[f].isEmpty }
            if let o = column(.order) {
                let ordered = named.sorted { (Double($0[o]) ?? .infinity) < (Double($1[o]) ?? .infinity) }
                out.append("put them in this order: " + ordered.map { $0[f] }.joined(separator: ", "))
            } else if making {
                let music = named.filter { isAudio($0[f]) }.map { $0[f] }
                out.append("make a video with " + named.filter { !isAudio($0[f]) }.map { $0[f] }.joined(separator: ", ") + (music.isEmpty ? "" : ", music \(music[0])"))
            }
            let removing = has(before.lowercased(), #"\b(?:remove|delete|cut|drop|take out)\b[^.]*\b(?:rows?|ones?|lines?|items?|clips?)\b[^.]*\bmarked\b"#)
            for row in named {
                let file = row[f]
                if let s = cell(row, .seconds) {
                    guard has(s, seconds) else { return nil }
                    out.append("show \(file) for \(replacing(s, #"\s*(?:s|sec|secs|seconds?)$"#, "")) seconds")
                }
                if let s = cell(row, .speed) { out.append("set \(file) to \(replacing(s, #"^(\d+(?:\.\d+)?)\s*[x×]?$"#, "$1"))x speed") }
                if let a = cell(row, .trimIn), let b = cell(row, .trimOut), has(a, time), has(b, time) { out.append("trim \(file) from \(a) to \(b)") }
                else if let a = cell(row, .trimIn), has(a, time) { out.append("trim \(file) to start at \(a)") }
                else if let b = cell(row, .trimOut), has(b, time) { out.append("trim \(file) to end at \(b)") }
                if let m = cell(row, .mute) {
                    if has(m, #"^(?:true|yes|y|x|1|✓|✔|mute|muted|on)$"#) { out.append("mute \(file)") }
                    else if !has(m, #"^(?:false|no|n|0|-|off|unmuted)$"#) { return nil }
                }
                if let v = cell(row, .volume) {
                    guard has(v, #"^\d+(?:\.\d+)?\s*%$"#) else { return nil }
                    out.append(isAudio(file) ? "set the music to \(v)" : "set the sound of \(file) to \(v)")
                }
                if let k = column(.keep) {
                    let mark = row[k].lowercased()
                    // "keep?" answered "no", or a row marked where the words say marked rows go: removed. An "X" in a keep
                    // column, with nothing saying what it means, is asked about (it can mean kept).
                    if has(mark, #"^(?:no|n|remove|delete|drop|cut|false)$"#) { out.append("remove \(file)") }
                    else if !mark.isEmpty, !has(mark, #"^(?:yes|y|keep|true|ok|✓|✔)$"#) {
                        guard removing else { return nil }
                        out.append("remove \(file)")
                    }
                }
            }
            return out.isEmpty ? nil : out.joined(separator: ". ")
        }
        for row in rows {
            if let t = column(.text("caption")) ?? columns.firstIndex(where: { if case .text = $0 { true } else { false } }), case .text(let kind) = columns[t] {
                let words = row[t].replacingOccurrences(of: "\"", with: "'")
                guard !words.isEmpty else { continue }
                var said = "add a \(kind) \"\(words)\""
                if let a = cell(row, .start), let b = cell(row, .end), has(a, time), has(b, time) { said += " from \(a) to \(b) s" }
                else if let a = cell(row, .start), has(a, time) { said += " at \(a) s" }
                // `| time | text |` with `| 0:04–0:07 | Fresh daily |`: from one to the other.
                else if let span = cell(row, .seconds),
                        let m = Numbers.firstMatch(#"^((?:\d+:)?\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)?\s*(?:-|–|—|to)\s*((?:\d+:)?\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)?$"#, in: span) {
                    said += " from \(m[1]) to \(m[2])" + (m[2].contains(":") ? "" : " s")
                }
                if let p = cell(row, .position) { said += " at the \(p.lowercased())" }
                out.append(said)
            } else if let s = cell(row, .setting), let v = cell(row, .value) {
                let key = s.lowercased()
                if has(key, #"^fade ?in$"#) { out.append("fade in from black over \(v)") }
                else if has(key, #"^fade ?out$"#) { out.append("fade out to black over \(v)") }
                else if has(key, blockEditKeyWords) { out.append("set the \(key) to \(v)") }
                else { return nil }
            } else if let l = cell(row, .look) {
                out.append("\(l) look")
                if let b = cell(row, .brightness) { out.append(has(b, #"^-"#) ? "make it a bit darker" : "make it a bit brighter") }
            } else if let tr = cell(row, .transition) {
                out.append("\(tr) transitions" + (cell(row, .seconds).map { " of \($0)" } ?? ""))
            } else {
                return nil
            }
        }
        return out.isEmpty ? nil : out.joined(separator: ". ")
    }
}
