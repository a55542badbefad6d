import Foundation
import ReelTimeline

/// What a turn is for, as the seed clients route it.
public enum Intent: String, Codable, Sendable, Equatable {
    case edit, export, credits, state, upload
}

/// What the planner made of an instruction.
public struct Plan: Sendable, Equatable {
    public var intent: Intent = .edit
    public var operations: [EditOperation] = []
    /// Undo/redo are history moves, not draft edits.
    public var history: [HistoryMove] = []
    /// Plain-words account of each part it understood.
    public var understood: [String] = []
    /// Parts it could not place.
    public var notUnderstood: [String] = []

    public enum HistoryMove: String, Sendable, Equatable { case undo, redo }
}

/// What the planner knows besides the words: the current draft and the session's media.
public struct PlannerContext: Sendable {
    public var draft: Draft
    /// File names (or paths) of the session's media, in the order they were added.
    public var media: [String]

    public init(draft: Draft, media: [String] = []) {
        self.draft = draft
        self.media = media
    }
}

/// The offline, deterministic planner: keyword and pattern rules over English and common
/// Chinese phrasings. Several requests in one sentence become several operations.
public struct RulePlanner: Sendable {
    public init() {}

    public func plan(_ instruction: String, context: PlannerContext) -> Plan {
        var plan = Plan()
        let text = instruction.trimmingCharacters(in: .whitespacesAndNewlines)
        let lower = text.lowercased()
        if let intent = Self.route(lower), intent != .edit, !Self.hasEditWords(lower) {
            plan.intent = intent
            plan.understood.append(Self.intentName(intent))
            return plan
        }
        let (clauses, quotes) = Self.clauses(text)
        var draft = context.draft
        for clause in clauses {
            let opsBefore = plan.operations.count
            let before = plan.operations.count + plan.history.count
            let c = clause.lowercased()
            if c.isEmpty { continue }
            let exporting = Self.route(c) == .export
            if exporting && plan.intent != .export {
                plan.intent = .export
                plan.understood.append(Self.intentName(.export))
            }
            Self.history(c, &plan)
            Self.compose(c, context: context, draft: draft, &plan)
            Self.duration(c, draft: draft, &plan)
            Self.canvas(c, draft: draft, &plan)
            Self.transitions(c, &plan)
            Self.text(clause, quotes: quotes, &plan)
            Self.music(c, draft: draft, &plan)
            Self.looks(c, &plan)
            Self.fades(c, &plan)
            Self.motion(c, &plan)
            Self.clips(c, context: context, draft: draft, &plan)
            if plan.operations.count + plan.history.count == before && !exporting {
                plan.notUnderstood.append(Self.restore(clause, quotes).trimmingCharacters(in: .whitespaces))
            }
            // Later clauses see the effect of earlier ones ("add music and make it quieter").
            for op in plan.operations[opsBefore...] {
                if let applied = try? op.apply(to: draft) { draft = applied.draft }
            }
        }
        return plan
    }

    // MARK: Routing

    static func route(_ t: String) -> Intent? {
        if t.contains("export") || t.contains("导出") || t.contains("download") || t.contains("send me the video") || t.contains("render it") { return .export }
        if t.contains("credit") || t.contains("积分") || t.contains("balance") || t.contains("余额") { return .credits }
        if t.contains("status") || t.contains("状态") || t.contains("show tracks") || t.contains("show the tracks") { return .state }
        if t.contains("upload") || t.contains("上传") { return .upload }
        return nil
    }

    /// Words that mean an edit is asked as well, so "trim, add transitions, and export" edits first.
    static func hasEditWords(_ t: String) -> Bool {
        ["trim", "transition", "add", "make", "music", "title", "caption", "remove", "cut", "vertical", "fade",
         "quieter", "louder", "second", "minute", "4k", "720p", "1080p", "square", "portrait", "landscape",
         "标题", "字幕", "音乐", "竖屏", "横屏", "转场"].contains { t.contains($0) }
    }

    static func intentName(_ i: Intent) -> String {
        switch i {
        case .export: "export the video"
        case .credits: "show the credit balance"
        case .state: "show the timeline"
        case .upload: "upload media"
        case .edit: "edit"
        }
    }

    // MARK: Clauses

    /// Splits on "and", commas, "then", 然后, 并且, 、; quoted text is kept whole (as «0», «1»…).
    static func clauses(_ text: String) -> ([String], [String]) {
        var quotes: [String] = []
        var masked = ""
        var current: String?
        var closer: Character = "\""
        let pairs: [Character: Character] = ["\"": "\"", "“": "”", "'": "'", "‘": "’", "「": "」", "『": "』", "《": "》"]
        var previous: Character = " "
        for ch in text {
            if var q = current {
                if ch == closer { quotes.append(q); masked += "«\(quotes.count - 1)»"; current = nil } else { q.append(ch); current = q }
            } else if let close = pairs[ch], ch != "'" || previous == " " || previous == ":" {
                current = ""
                closer = close
            } else {
                masked.append(ch)
            }
            previous = ch
        }
        if let q = current { masked += "\"" + q }
        let separators = #"\s*(?:,|;|，|；|、|\band then\b|\bthen\b|\band\b|然后|并且|再)\s*"#
        let re = try! NSRegularExpression(pattern: separators, options: [.caseInsensitive])
        let ns = masked as NSString
        var parts: [String] = []
        var last = 0
        for m in re.matches(in: masked, range: NSRange(location: 0, length: ns.length)) {
            parts.append(ns.substring(with: NSRange(location: last, length: m.range.location - last)))
            last = m.range.location + m.range.length
        }
        parts.append(ns.substring(from: last))
        return (Self.rejoin(parts.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }), quotes)
    }

    /// "fade in and out", "black and white", "wipe left and right": an "and" inside a phrase
    /// that means one thing is joined back.
    static func rejoin(_ parts: [String]) -> [String] {
        var out: [String] = []
        for p in parts {
            let l = p.lowercased()
            if let prev = out.last?.lowercased(),
               (prev.hasSuffix("black") && l.hasPrefix("white")) || (prev.hasSuffix("fade in") && l.hasPrefix("out"))
                || (prev.hasSuffix("in") && l == "out") || (prev.hasSuffix("minute") && l.hasPrefix("a half")) {
                out[out.count - 1] += " and " + p
            } else {
                out.append(p)
            }
        }
        return out
    }

    static func restore(_ clause: String, _ quotes: [String]) -> String {
        var s = clause
        for (i, q) in quotes.enumerated() { s = s.replacingOccurrences(of: "«\(i)»", with: "\"\(q)\"") }
        return s
    }

    static func quoted(_ clause: String, _ quotes: [String]) -> String? {
        guard let m = Numbers.firstMatch(#"«(\d+)»"#, in: clause), let i = Int(m[1]), quotes.indices.contains(i) else { return nil }
        return quotes[i]
    }

    static func has(_ t: String, _ pattern: String) -> Bool {
        t.range(of: pattern, options: [.regularExpression, .caseInsensitive]) != nil
    }
}
