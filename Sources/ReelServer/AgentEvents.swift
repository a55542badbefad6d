import Foundation
import ReelPlanner
import ReelTimeline
import ReelStore

/// Words a turn as ADK events: a `functionCall`/`functionResponse` pair per change applied (an
/// undo, a redo, or an edit operation with its arguments), then the answer as text.
struct AgentEvents {
    var invocationId: String
    var clock: @Sendable () -> Date
    var author = "nemo_agent"

    func events(for turn: Turn) -> [AgentEvent] {
        let calls = turn.plan.history.map { (name: $0.rawValue, args: JSONValue.object([:])) } + turn.plan.operations.map(Self.call)
        var events: [AgentEvent] = []
        for (index, (call, change)) in zip(calls, turn.changes).enumerated() {
            let callID = "\(invocationId)-call-\(index)"
            events.append(event(role: "model", part: .init(functionCall: .init(id: callID, name: call.name, args: call.args))))
            events.append(event(role: "user", part: .init(functionResponse: .init(
                id: callID, name: call.name, response: .object(["result": .string(change)])))))
        }
        var final = event(role: "model", part: .init(text: turn.answer))
        final.turnComplete = true
        events.append(final)
        return events
    }

    /// The one event of a turn that failed once the stream had started: it completes the turn,
    /// says what went wrong in words, and carries the error's code and message.
    func failure(_ error: any Error) -> AgentEvent {
        let apiError = error as? APIError ?? .internalError("\(error)")
        var final = event(role: "model", part: .init(text:
            "I could not finish this turn: \(apiError.message). Nothing was changed and no credits were spent."))
        final.turnComplete = true
        final.errorCode = String(apiError.code)
        final.errorMessage = apiError.message
        return final
    }

    func event(role: String, part: AgentEvent.Part) -> AgentEvent {
        AgentEvent(content: .init(role: role, parts: [part]), author: author, invocationId: invocationId,
                   id: UUID().uuidString.lowercased(), timestamp: clock().timeIntervalSince1970, partial: false)
    }

    /// An operation as a function call: its wire name, and its wire fields as the arguments
    /// (the form `schema/operations.schema.json` describes, less `op`).
    /// Media are shown by their stored file name (`<id>.<ext>`, as the state shows them), never
    /// by a server path.
    static func call(_ op: EditOperation) -> (name: String, args: JSONValue) {
        let shown = op.mappingSources { ($0 as NSString).lastPathComponent }
        return (shown.wireName, .object(shown.wireArguments))
    }
}
