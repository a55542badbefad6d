import Foundation
import ReelTimeline

/// A session as one JSON file: the draft itself (so every tool that reads drafts reads it) with
/// its undo/redo history (and a pending "which one?") under a top-level `history` key that draft
/// readers ignore. `schema/session.schema.json` describes it under `$defs.fileHistory`.
extension EditSession {
    public var fileJSON: JSONValue {
        guard case .object(var root) = draft.json else { return draft.json }
        if !undoStack.isEmpty || !redoStack.isEmpty || awaitingClip != nil || askedAbout != nil || lastRequest != nil {
            var history: [String: JSONValue] = [
                "undo": .array(undoStack.map(\.json)),
                "redo": .array(redoStack.map(\.json)),
            ]
            // "remove the blurry one" asked which; `reel plan --draft` keeps the question for the next run.
            if let awaitingClip { history["awaitingClip"] = .string(awaitingClip) }
            if let askedAbout { history["askedAbout"] = .string(askedAbout) }
            if let lastRequest { history["lastRequest"] = .string(lastRequest) }
            root["history"] = .object(history)
        }
        return .object(root)
    }

    public func fileData() -> Data {
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? enc.encode(fileJSON)) ?? draft.encoded()
    }

    /// Reads a draft file, with its history when it has one.
    public init(fileData data: Data) throws {
        let json: JSONValue
        do { json = try JSONValue.parse(data) } catch {
            throw DraftValidationError([Diagnostic(.error, "", "not valid JSON")])
        }
        // The draft itself is checked strictly (it is what the person edits and renders); the
        // history loads as stored sessions do, never failing on a rule.
        self.init(draft: try Draft.decode(json, requireContent: false).draft)
        if case .object(let root) = json, case .object(let history)? = root["history"] {
            if case .array(let undo)? = history["undo"] { undoStack = undo.map { Draft.load($0).draft } }
            if case .array(let redo)? = history["redo"] { redoStack = redo.map { Draft.load($0).draft } }
            if case .string(let verb)? = history["awaitingClip"], !verb.isEmpty { awaitingClip = verb }
            if case .string(let asked)? = history["askedAbout"], !asked.isEmpty { askedAbout = asked }
            if case .string(let said)? = history["lastRequest"], !said.isEmpty { lastRequest = Self.keptWords(said) }
        }
    }
}
