import Hummingbird
import ReelStore

/// `GET /healthz`: the server is up and its database answers.
struct HealthController<Context: RequestContext> {
    let store: any Store

    struct Health: Codable, Sendable { var status: String }

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get(use: health)
        return routes
    }

    @Sendable func health(_ request: Request, context: Context) async throws -> Envelope<Health> {
        try await store.ping()
        return Envelope(data: Health(status: "ok"))
    }
}
