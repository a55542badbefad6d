import Foundation
import Hummingbird
import ReelPlanner
import ReelTimeline
import ReelStore

/// Typed edits for clients that know exactly what they want (the studio's buttons, MCP tools,
/// scripts): `POST /api/sessions/{sid}/operations` with `{"operations": [{"op": …}, …]}` in the
/// form `schema/operations.schema.json` describes, and `POST /api/sessions/{sid}/undo|redo`.
/// Each is one turn of the agent core: applied atomically as one history entry, charged like a
/// turn, and a refused edit changes nothing, costs nothing and answers 400 with the reason.
struct OperationsController<Context: RequestContext> {
    let store: any Store
    let configuration: ServerConfiguration
    let turns: EditingTurns

    /// What an edit answers: what changed in words, the whole answer (ending with the timeline
    /// summary, as a chat turn's), and where the history stands.
    struct Edited: Codable, Sendable {
        var session_id: String
        var changes: [String]
        var answer: String
        var summary: String
        var can_undo: Bool
        var can_redo: Bool
    }

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.post(":sid/operations", use: operations)
        routes.post(":sid/undo") { request, context in try await history(.undo, request, context) }
        routes.post(":sid/redo") { request, context in try await history(.redo, request, context) }
        return routes
    }

    @Sendable func operations(_ request: Request, context: Context) async throws -> Envelope<Edited> {
        let (token, sid) = try await callerAndSession(request, context)
        // Says what went wrong with the body itself (too large, broken chunk, cut short).
        let buffer = try await request.collectBody(limit: 1 << 20)
        let ops: [EditOperation]
        do {
            let json = try JSONValue.parse(Data(buffer.readableBytesView))
            guard case .object(let body) = json, let list = body["operations"] else {
                throw APIError.badRequest("the body is {\"operations\": [{\"op\": \"setCanvas\", \"width\": 1080, \"height\": 1920}, …]}")
            }
            ops = try EditOperation.list(wire: list)
        } catch let error as OperationDecodingError {
            throw APIError.badRequest("\(error)")
        } catch let error as APIError {
            throw error
        } catch {
            throw APIError.badRequest("malformed request body: not valid JSON")
        }
        guard !ops.isEmpty else { throw APIError.badRequest("operations is empty: nothing to do") }
        guard ops.count <= 200 else { throw APIError.badRequest("at most 200 operations in one request") }
        let hold = try await turns.freeze(session: sid, token: token)
        let turn = try await turns.run(operations: ops, session: sid, token: token, hold: hold, logger: context.logger)
        return try await answer(turn, session: sid, token: token)
    }

    @Sendable func history(_ move: Plan.HistoryMove, _ request: Request, _ context: Context) async throws -> Envelope<Edited> {
        let (token, sid) = try await callerAndSession(request, context)
        let hold = try await turns.freeze(session: sid, token: token)
        let turn = try await turns.run(move, session: sid, token: token, hold: hold, logger: context.logger)
        return try await answer(turn, session: sid, token: token)
    }

    /// The caller and a session it owns (anyone else's does not exist for it: 1002).
    func callerAndSession(_ request: Request, _ context: Context) async throws -> (token: String, session: String) {
        let caller = try await request.caller(in: store)
        let sid = try context.parameters.require("sid")
        try await store.requireSession(sid, token: caller.token)
        return (caller.token, sid)
    }

    /// A refused edit (its credits already given back) is a 400 with the reason; an applied one
    /// answers with the words and the history's state.
    func answer(_ turn: Turn, session: String, token: String) async throws -> Envelope<Edited> {
        if !turn.problems.isEmpty { throw APIError.badRequest(turn.problems.joined(separator: "; ")) }
        let record = try await store.session(session, token: token)
        let summary = turn.answer.components(separatedBy: "\n").last ?? ""
        return Envelope(data: Edited(session_id: session, changes: turn.changes, answer: turn.answer, summary: summary,
                                     can_undo: !record.session.undoStack.isEmpty, can_redo: !record.session.redoStack.isEmpty))
    }
}
