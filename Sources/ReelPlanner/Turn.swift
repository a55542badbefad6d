import ReelTimeline

/// One conversational turn: plan the words, apply them to the session, answer in plain words.
/// Every answer ends with the timeline summary line.
public struct Turn: Sendable {
    public var plan: Plan
    public var changes: [String]
    public var answer: String
}

extension EditSession {
    public static let suggestions = [
        "\"make it 30 seconds\"", "\"make it vertical for TikTok\"", "\"add a title 'Summer' for the first 3 seconds\"",
        "\"add dissolve transitions\"", "\"make the music quieter\"", "\"remove the second clip\"", "\"black and white\"", "\"undo\"",
    ]

    /// Runs an instruction through the planner; the session changes only if every part applied.
    public mutating func turn(_ instruction: String, media: [String] = [], planner: RulePlanner = RulePlanner(),
                              knownDurations: [String: Int] = [:]) -> Turn {
        var plan = planner.plan(instruction, context: PlannerContext(draft: draft, media: media))
        // Media and an empty timeline: whatever was asked starts from the media in order.
        if draft.visualSegments.isEmpty, !media.isEmpty, plan.intent == .edit,
           !plan.operations.contains(where: { if case .compose = $0 { true } else { false } }) {
            let starter = planner.plan("make a video", context: PlannerContext(draft: draft, media: media))
            plan.operations = starter.operations + plan.operations
            plan.understood = starter.understood + plan.understood
        }
        // The length is fitted last, once transitions and clips are what they will be.
        plan.operations = plan.operations.filter { !$0.isLengthChange } + plan.operations.filter(\.isLengthChange)
        var changes: [String] = []
        var problems: [String] = []
        do {
            for move in plan.history { changes.append(move == .undo ? try undo() : try redo()) }
            changes += try apply(plan.operations, knownDurations: knownDurations)
        } catch let e as EditError {
            problems.append(e.message)
        } catch {
            problems.append("\(error)")
        }
        var lines: [String] = []
        if !changes.isEmpty { lines.append(changes.joined(separator: " ")) }
        if plan.intent != .edit, changes.isEmpty, problems.isEmpty { lines.append("OK: \(RulePlanner.intentName(plan.intent)).") }
        if !problems.isEmpty { lines.append("I could not do that: \(problems.joined(separator: "; ")). Nothing was changed.") }
        if !plan.notUnderstood.isEmpty {
            let quoted = plan.notUnderstood.map { "\"\($0)\"" }.joined(separator: ", ")
            if changes.isEmpty && problems.isEmpty && plan.intent == .edit {
                lines.append("I did not understand \(quoted), so nothing was changed. I can, for example: \(Self.suggestions.prefix(5).joined(separator: ", ")).")
            } else {
                lines.append("I did not understand \(quoted).")
            }
        } else if plan.operations.isEmpty && plan.history.isEmpty && plan.intent == .edit {
            lines.append("I did not find an edit in that, so nothing was changed. I can, for example: \(Self.suggestions.prefix(5).joined(separator: ", ")).")
        }
        lines.append(draft.summary(knownDurations: knownDurations))
        return Turn(plan: plan, changes: changes, answer: lines.joined(separator: "\n"))
    }
}

extension EditOperation {
    var isLengthChange: Bool {
        if case .setDuration = self { return true }
        return false
    }
}
