import Foundation
import Hummingbird
import ReelPlanner
import ReelTimeline

/// `POST /run_sse`: one editing turn on a session, streamed as ADK-style events.
struct AgentController<Context: RequestContext> {
    let store: Store
    let configuration: ServerConfiguration

    struct RunBody: Decodable {
        var app_name: String?
        var user_id: String?
        var session_id: String
        var new_message: Message

        struct Message: Decodable {
            var role: String?
            var parts: [Part]
        }

        struct Part: Decodable { var text: String? }

        var text: String {
            new_message.parts.compactMap(\.text).joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.post("run_sse", use: run)
        return routes
    }

    /// The turn runs, and is saved, before the stream starts: its errors get proper envelopes,
    /// and a client that hangs up mid-stream still finds the edit in the session's state.
    @Sendable func run(_ request: Request, context: Context) async throws -> Response {
        let caller = try await request.caller(in: store)
        let body = try await request.decodeJSON(RunBody.self, context: context)
        // `me` is the only user a caller can name: anyone else's sessions do not exist for them.
        if let user = body.user_id, user != "me" { throw APIError.sessionNotFound(body.session_id) }
        let text = body.text
        guard !text.isEmpty else { throw APIError.badRequest("new_message.parts has no text") }
        try await store.requireSession(body.session_id, token: caller.token)
        let turn = try await runTurn(text, session: body.session_id, token: caller.token)
        let events = AgentEvents(invocationId: "e-" + UUID().uuidString.lowercased(), clock: configuration.now).events(for: turn)
        var frames = ByteBuffer()
        for event in events { frames.writeBytes(try event.sseFrame()) }
        let stream = frames
        return Response(
            status: .ok,
            headers: [.contentType: "text/event-stream", .cacheControl: "no-cache"],
            body: ResponseBody { writer in
                try await writer.write(stream)
                try await writer.finish(nil)
            }
        )
    }

    /// Reserves the turn's cost, runs and saves the turn, then spends the cost if the turn
    /// changed something and gives it back otherwise (not understood, not applicable, or an error).
    func runTurn(_ text: String, session: String, token: String) async throws -> Turn {
        let cost = configuration.turnCost
        try await store.freeze(cost, token: token, session: session)
        let turn: Turn
        do {
            // The session's uploads, so "make a video" composes them.
            let media = try await store.media(session: session, token: token)
            let paths = media.map(\.path)
            let durations = Dictionary(media.compactMap { m in m.info.durationMs.map { (m.path, $0) } }, uniquingKeysWith: { a, _ in a })
            turn = try await store.updateSession(session, token: token) { session in
                var turn = session.turn(text, media: paths, knownDurations: durations)
                if session.draft.visualTrack?.segments.isEmpty ?? true { turn.answer = Self.withEmptyTimelineHint(turn.answer) }
                return turn
            }
        } catch {
            try await store.release(cost, token: token, session: session)
            throw error
        }
        if turn.changes.isEmpty {
            try await store.release(cost, token: token, session: session)
        } else {
            try await store.settle(cost, token: token, session: session)
        }
        return turn
    }

    /// An empty timeline gets a next step in terms of the API, before the summary line that
    /// ends every answer.
    static func withEmptyTimelineHint(_ answer: String) -> String {
        var lines = answer.components(separatedBy: "\n")
        let hint = "The timeline has no pictures or clips yet: upload some to this session " +
            "(POST /api/upload-video/nemo_agent/me/{session_id}), or make a video from words alone, " +
            "e.g. \"make a 15 second video titled 'Hello', script: Fresh beans daily. Cozy seats.\""
        lines.insert(hint, at: max(0, lines.count - 1))
        return lines.joined(separator: "\n")
    }
}
