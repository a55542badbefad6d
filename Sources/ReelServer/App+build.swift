import Foundation
import Hummingbird
import Logging

/// Builds the server: the store, the router with every route group, and the application.
public func buildApplication(_ configuration: ServerConfiguration, logger: Logger = Logger(label: "reel.serve")) throws -> some ApplicationProtocol {
    let store = try configuration.dataDirectory.map { try Store.open(directory: $0, now: configuration.now) }
        ?? Store.inMemory(now: configuration.now)
    return Application(
        router: buildRouter(store: store, configuration: configuration),
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "reel"),
        logger: logger
    )
}

/// The routes over a store; tests build it over an in-memory store.
func buildRouter(store: Store, configuration: ServerConfiguration) -> Router<BasicRequestContext> {
    typealias Context = BasicRequestContext
    let router = Router(context: Context.self)
    router.add(middleware: LogRequestsMiddleware(.info))
    router.add(middleware: EnvelopeErrorMiddleware())
    router.add(middleware: RateLimitMiddleware(limiter: RateLimiter(limit: configuration.rateLimit,
                                                                    window: configuration.rateWindow, now: configuration.now)))
    router.addRoutes(HealthController<Context>(store: store).endpoints, atPath: "/healthz")
    router.addRoutes(AuthController<Context>(store: store, configuration: configuration).endpoints, atPath: "/api/auth")
    router.addRoutes(TasksController<Context>(store: store).endpoints, atPath: "/api/tasks")
    router.addRoutes(CreditsController<Context>(store: store).endpoints, atPath: "/api/credits")
    router.addRoutes(StateController<Context>(store: store).endpoints, atPath: "/api/state")
    router.addRoutes(AgentController<Context>(store: store, configuration: configuration).endpoints)
    return router
}
