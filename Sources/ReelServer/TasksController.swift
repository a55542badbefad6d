import Hummingbird
import ReelStore

/// `POST /api/tasks/me/with-session/nemo_agent`: a new editing session for the caller.
struct TasksController<Context: RequestContext> {
    let store: any Store

    struct CreateBody: Decodable {
        var task_name: String?
        var language: String?
    }

    struct Created: Codable, Sendable {
        var task_id: String
        var session_id: String
        var task_name: String
        var language: String
    }

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.post("me/with-session/:app", use: create)
        return routes
    }

    @Sendable func create(_ request: Request, context: Context) async throws -> Envelope<Created> {
        let caller = try await request.caller(in: store)
        let body = try await request.decodeJSON(CreateBody.self, context: context)
        let language = body.language ?? "en"
        let record = try await store.createSession(token: caller.token, language: language)
        return Envelope(data: Created(task_id: record.taskID, session_id: record.id,
                                      task_name: body.task_name ?? "project", language: language))
    }
}
