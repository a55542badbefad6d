import Foundation
import Hummingbird
import Logging
import ReelPlanner
import ReelTimeline
import ReelStore

/// `POST /run_sse`: one editing turn on a session, streamed as ADK-style events.
struct AgentController<Context: RequestContext> {
    let store: any Store
    let configuration: ServerConfiguration
    let turns: EditingTurns

    /// `mediaRoot` is where uploads are kept (`UploadController`'s), for the voices turns make.
    init(store: any Store, configuration: ServerConfiguration, mediaRoot: URL? = nil) {
        self.store = store
        self.configuration = configuration
        turns = EditingTurns(store: store, configuration: configuration,
                             mediaRoot: mediaRoot ?? configuration.mediaRootOrTemporary())
    }

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

    /// An SSE comment: seed clients that read only `data:` lines skip it.
    static var heartbeat: ByteBuffer { ByteBuffer(string: ": heartbeat\n\n") }

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.post("run_sse", use: run)
        return routes
    }

    /// Everything a request can get wrong (token, body, session, credits) is refused with an
    /// envelope before the stream starts. The turn then runs in a task of its own, which a client
    /// hanging up does not cancel: it is saved and its credits settled either way. Meanwhile the
    /// stream sends a heartbeat every `heartbeatInterval`; it ends with the turn's events, or
    /// with one event carrying `errorCode`/`errorMessage` if the turn failed.
    @Sendable func run(_ request: Request, context: Context) async throws -> Response {
        let caller = try await request.caller(in: store)
        let body = try await request.decodeJSON(RunBody.self, context: context)
        // `me` is the only user a caller can name: anyone else's sessions do not exist for them.
        if let user = body.user_id, user != "me" { throw APIError.sessionNotFound(body.session_id) }
        let text = body.text
        guard !text.isEmpty else { throw APIError.badRequest("new_message.parts has no text") }
        let session = body.session_id, token = caller.token
        try await store.requireSession(session, token: token)
        let hold = try await turns.freeze(session: session, token: token)

        let (stream, output) = AsyncStream.makeStream(of: ByteBuffer.self)
        let words = AgentEvents(invocationId: "e-" + UUID().uuidString.lowercased(), clock: configuration.now)
        let logger = context.logger
        Task { [turns] in
            var events: [AgentEvent]
            do {
                events = words.events(for: try await turns.run(text, session: session, token: token, hold: hold, logger: logger))
            } catch {
                logger.error("turn failed: \(error)")
                events = [words.failure(error)]
            }
            output.yield(Self.frames(events, logger: logger))
            output.finish()
        }
        let interval = configuration.heartbeatInterval
        return Response(
            status: .ok,
            headers: [.contentType: "text/event-stream", .cacheControl: "no-cache"],
            body: ResponseBody { writer in
                let beats = Task {
                    while true {
                        do { try await Task.sleep(for: .seconds(interval)) } catch { return }
                        output.yield(Self.heartbeat)
                    }
                }
                defer { beats.cancel() }
                // Heartbeats until the turn's events, which finish the stream.
                for await chunk in stream { try await writer.write(chunk) }
                try await writer.finish(nil)
            }
        )
    }

    /// Freezes the turn's cost and runs it (the stream-less path, for callers in this module).
    func runTurn(_ text: String, session: String, token: String, logger: Logger = Logger(label: "reel.turn")) async throws -> Turn {
        let hold = try await turns.freeze(session: session, token: token)
        return try await turns.run(text, session: session, token: token, hold: hold, logger: logger)
    }

    static func frames(_ events: [AgentEvent], logger: Logger) -> ByteBuffer {
        var frames = ByteBuffer()
        for event in events {
            do { frames.writeBytes(try event.sseFrame()) } catch { logger.error("an event could not be encoded: \(error)") }
        }
        return frames
    }
}
