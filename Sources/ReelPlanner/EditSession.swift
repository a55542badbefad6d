import Foundation
import ReelTimeline

/// A draft with its undo and redo history: what a conversation edits, and what is persisted
/// after every turn so undo survives a restart.
public struct EditSession: Codable, Sendable, Equatable {
    public var draft: Draft
    public var undoStack: [Draft] = []
    public var redoStack: [Draft] = []
    /// The last turn asked which clip it meant and changed nothing: the verb the next words may complete.
    public var awaitingClip: String?
    /// The last turn was a question about this and changed nothing ("which clip is second?" → "clip:2"): what "it"
    /// means in the next words ("move it to the end").
    public var askedAbout: String?
    /// The words of the last turn that changed something (undo and redo clear them), so "a bit more" can
    /// say more of what: after "music to 30%" a higher level, after "make the music quieter" quieter still.
    public var lastRequest: String?
    public static let historyLimit = 50
    /// The most of a request's words kept as `lastRequest`.
    public static let lastRequestLimit = 500

    /// A request's words as `lastRequest` keeps them: trimmed, at most `lastRequestLimit` characters
    /// (Unicode scalars, as JSON Schema counts them); nil when nothing is left.
    static func keptWords(_ words: String) -> String? {
        let t = words.trimmingCharacters(in: .whitespacesAndNewlines)
        return t.isEmpty ? nil : String(String.UnicodeScalarView(t.unicodeScalars.prefix(lastRequestLimit)))
    }

    public init(draft: Draft) { self.draft = draft }

    /// The stored state's keys (`schema/session.schema.json`), spelled out: the stores keep this
    /// JSON, so renaming a property must never rename a key.
    enum CodingKeys: String, CodingKey {
        case draft, undoStack, redoStack, awaitingClip, askedAbout, lastRequest
    }

    /// Only the draft is required: states written before the history or the "which one?" question
    /// existed still load.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        draft = try c.decode(Draft.self, forKey: .draft)
        undoStack = try c.decodeIfPresent([Draft].self, forKey: .undoStack) ?? []
        redoStack = try c.decodeIfPresent([Draft].self, forKey: .redoStack) ?? []
        awaitingClip = try c.decodeIfPresent(String.self, forKey: .awaitingClip)
        askedAbout = try c.decodeIfPresent(String.self, forKey: .askedAbout)
        lastRequest = try c.decodeIfPresent(String.self, forKey: .lastRequest)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(draft, forKey: .draft)
        try c.encode(undoStack, forKey: .undoStack)
        try c.encode(redoStack, forKey: .redoStack)
        try c.encodeIfPresent(awaitingClip, forKey: .awaitingClip)
        try c.encodeIfPresent(askedAbout, forKey: .askedAbout)
        try c.encodeIfPresent(lastRequest, forKey: .lastRequest)
    }

    /// Applies every operation or none: the first that fails leaves the session as it was.
    /// `names` are display names by source file (see `EditOperation.apply`).
    public mutating func apply(_ operations: [EditOperation], knownDurations: [String: Int] = [:],
                               names: [String: String] = [:]) throws -> [String] {
        try apply(operations, context: EditContext(durations: knownDurations, names: names))
    }

    /// Applies every operation or none, as one history entry. The result must validate as a
    /// stored or exported draft does: an edit that would break a rule the draft kept is refused
    /// (with the rule in words), so no sequence of edits can leave a session unreadable.
    public mutating func apply(_ operations: [EditOperation], context: EditContext) throws -> [String] {
        var next = draft
        var changes: [String] = []
        for op in operations {
            let (d, change) = try op.apply(to: next, context: context)
            next = d
            changes.append(change)
        }
        guard !operations.isEmpty else { return [] }
        Self.keepLength(&next, after: operations, context: context)
        let kept = Set(draft.validationErrors.map(\.description))
        if let broken = next.validationErrors.first(where: { !kept.contains($0.description) }) {
            throw EditError("that would leave the timeline invalid (\(broken.path.isEmpty ? "" : broken.path + ": ")\(broken.message))")
        }
        undoStack.append(draft)
        if undoStack.count > Self.historyLimit { undoStack.removeFirst() }
        redoStack.removeAll()
        draft = next
        return changes
    }

    /// A length asked for is kept: set by `setDuration`, dropped when a new video is composed or
    /// a clip is given a length of its own, and otherwise restored by refitting the pictures.
    static func keepLength(_ d: inout Draft, after operations: [EditOperation], context: EditContext) {
        for op in operations {
            switch op {
            case .setDuration(let ms): d.meta.length = ms
            case .compose, .composeText: d.meta.length = nil
            case .trim(_, _, let durationMs?): _ = durationMs; d.meta.length = nil
            default: break
            }
        }
        guard let length = d.meta.length, !operations.contains(where: \.isLengthChange) else { return }
        let segs = d.visualSegments
        guard !segs.isEmpty, abs(d.duration(knownDurations: context.durations) - length) > 1 else { return }
        // Pictures take up the difference after any edit. Clips alone are refitted only for what
        // a transition took or gave back: a clip removed, added or slowed changes the length.
        let hasPictures = segs.contains(where: \.isPicture)
        guard hasPictures || operations.allSatisfy({ if case .setTransition = $0 { true } else { false } }) else { return }
        var fitted = d
        guard (try? fitted.fit(to: length, knownDurations: context.durations)) != nil else { return }
        // Clips are never stretched past what their files hold from the trim point (when known):
        // the render would cut them short and the length would not be kept anyway.
        let longer = zip(segs, fitted.visualSegments).contains { old, new in
            guard !old.isPicture, let src = old.src,
                  let total = context.durations[src] else { return false }
            return Double(new.duration ?? 0) > Double(total - old.trimIn) / max(old.speed, 0.01) + 1
        }
        if !longer { d = fitted }
    }

    /// What one undo answers; a turn of several says how many instead ("Undid the last 3 changes.").
    static let undidOne = "Undid the last change."

    public mutating func undo() throws -> String {
        guard let previous = undoStack.popLast() else { throw EditError("there is nothing to undo") }
        redoStack.append(draft)
        draft = previous
        return Self.undidOne
    }

    public mutating func redo() throws -> String {
        guard let next = redoStack.popLast() else { throw EditError("there is nothing to redo") }
        undoStack.append(draft)
        draft = next
        return "Redid the change."
    }
}
