import Foundation
import Hummingbird
import Logging
import ServiceLifecycle

/// Entry point for `reel worker`: a render worker on any machine that reaches the shared
/// database and mounts the media root. It claims render tasks (whole jobs, chunks, soundtracks,
/// joins) until SIGINT/SIGTERM, handing back what it holds when stopped, and serves `/healthz`
/// and `/metrics` on its port for the operator's monitoring.
public func work(_ configuration: ServerConfiguration) async throws {
    var logger = Logger(label: "reel.worker")
    logger.logLevel = .info
    let app = try buildWorkerApplication(configuration, logger: logger)
    try await app.runService()
}

public func buildWorkerApplication(_ configuration: ServerConfiguration, logger: Logger = Logger(label: "reel.worker")) throws -> some ApplicationProtocol {
    let opened = try openStore(configuration, logger: logger)
    let worker = try RenderWorker(store: opened.store, configuration: configuration, files: RenderFiles(configuration: configuration), logger: logger)
    let router = Router(context: BasicRequestContext.self)
    router.add(middleware: MetricsMiddleware(metrics: configuration.metrics))
    router.addRoutes(HealthController<BasicRequestContext>(store: opened.store).endpoints, atPath: "/healthz")
    if configuration.metricsEnabled {
        configuration.metrics.readJobs(from: opened.store, logger: logger)
        router.addRoutes(MetricsController<BasicRequestContext>(metrics: configuration.metrics).endpoints, atPath: "/metrics")
    }
    return Application(
        router: router,
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "reel-worker"),
        services: opened.services + [worker],
        logger: logger
    )
}
