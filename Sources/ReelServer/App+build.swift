import Foundation
import Hummingbird
import Logging
import ServiceLifecycle
import ReelStore
import ReelPlanner

/// Builds the server: the store, the router with every route group, and the application.
public func buildApplication(_ configuration: ServerConfiguration, logger: Logger = Logger(label: "reel.serve")) throws -> some ApplicationProtocol {
    let opened = try openStore(configuration, logger: logger)
    let store = opened.store
    let renders = try RenderWorker(store: store, configuration: configuration, files: RenderFiles(configuration: configuration), logger: logger)
    let housekeeping = Housekeeping(store: store, configuration: configuration, rendersDirectory: renders.files.directory,
                                    workDirectory: renders.files.workDirectory, logger: logger)
    // Alone on its data, a starting server sweeps what an earlier one half wrote; beside other
    // nodes on a shared media root, those files may be theirs, still being written.
    if configuration.databaseURL == nil { housekeeping.sweepPartialFiles() }
    // API nodes over a shared database leave rendering to `reel worker`s unless told otherwise.
    let services: [any Service] = opened.services + (configuration.rendersInProcess ? [renders] : []) + [housekeeping]
    return Application(
        router: buildRouter(store: store, configuration: configuration, renders: renders),
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "reel"),
        services: services,
        onServerRunning: { channel in
            // The planner's patterns compiled before the first request (it waited 0.1–0.5 s for them).
            Task.detached(priority: .utility) { EditSession.warmUp() }
            // Where a person points a browser to use the studio.
            let host = ["0.0.0.0", "::", ""].contains(configuration.host) ? "127.0.0.1" : configuration.host
            let port = channel.localAddress?.port ?? configuration.port
            logger.info("studio: open http://\(host.contains(":") ? "[\(host)]" : host):\(port)/ in a browser")
        },
        logger: logger
    )
}

/// The routes over a store; tests build it over an in-memory store.
func buildRouter(store: any Store, configuration: ServerConfiguration, renders: RenderWorker? = nil) -> Router<ReelRequestContext> {
    typealias Context = ReelRequestContext
    let router = Router(context: Context.self)
    router.add(middleware: RequestLogMiddleware())
    // Outside the envelope middleware: errors are counted with the status they are mapped to.
    router.add(middleware: MetricsMiddleware(metrics: configuration.metrics))
    router.add(middleware: EnvelopeErrorMiddleware())
    router.add(middleware: RateLimitMiddleware(limiter: RateLimiter(limit: configuration.rateLimit,
                                                                    window: configuration.rateWindow, now: configuration.now)))
    StudioController<Context>().addRoutes(to: router)
    router.addRoutes(HealthController<Context>(store: store).endpoints, atPath: "/healthz")
    router.addRoutes(OpenAPIController<Context>().endpoints, atPath: "/openapi.json")
    if configuration.metricsEnabled {
        configuration.metrics.readJobs(from: store, logger: Logger(label: "reel.metrics"))
        router.addRoutes(MetricsController<Context>(metrics: configuration.metrics).endpoints, atPath: "/metrics")
    }
    router.addRoutes(AuthController<Context>(store: store, configuration: configuration,
                                             issuance: RateLimiter(limit: configuration.tokenIssuanceLimit,
                                                                   window: configuration.tokenIssuanceWindow, now: configuration.now)).endpoints,
                     atPath: "/api/auth")
    router.addRoutes(TasksController<Context>(store: store).endpoints, atPath: "/api/tasks")
    router.addRoutes(CreditsController<Context>(store: store).endpoints, atPath: "/api/credits")
    // Uploads and the voices turns make share one folder (in memory mode, a temporary one).
    let mediaRoot = configuration.mediaRootOrTemporary()
    let paths = MediaPaths(root: mediaRoot)
    router.addRoutes(StateController<Context>(store: store, paths: paths).endpoints, atPath: "/api/state")
    router.addRoutes(MediaController<Context>(store: store).endpoints, atPath: "/api/media")
    router.addRoutes(UploadController<Context>(store: store, configuration: configuration, mediaRoot: mediaRoot).endpoints,
                     atPath: "/api/upload-video")
    // Chat turns and typed edits share the per-session turn lock: one turn at a time per session.
    router.addRoutes(AgentController<Context>(store: store, configuration: configuration, mediaRoot: mediaRoot).endpoints)
    let turns = EditingTurns(store: store, configuration: configuration, mediaRoot: mediaRoot)
    router.addRoutes(OperationsController<Context>(store: store, configuration: configuration, turns: turns).endpoints,
                     atPath: "/api/sessions")
    router.addRoutes(SessionsController<Context>(store: store, mediaRoot: mediaRoot).endpoints, atPath: "/api/sessions")
    router.addRoutes(MCPController<Context>.mounted(store: store, configuration: configuration, turns: turns, renders: renders,
                                                    mediaRoot: mediaRoot).endpoints, atPath: "/mcp")
    if let renders {
        router.addRoutes(RenderController<Context>(store: store, worker: renders, files: renders.files, configuration: configuration,
                                                   paths: paths).endpoints, atPath: "/api/render")
        router.addRoutes(DownloadController<Context>(store: store, files: renders.files, configuration: configuration).endpoints, atPath: "/api/render")
    }
    return router
}
