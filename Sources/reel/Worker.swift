import ArgumentParser
import Foundation
import ReelServer

struct Worker: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render jobs for `reel serve` API nodes, from their shared PostgreSQL database.",
        discussion: """
            Run any number, on any machines that reach the database and mount the same media root. \
            Each claims render tasks (a whole job, or a chunk, the soundtrack or the join of a job \
            split across workers) under a lease it renews while it works; if it dies, another \
            worker takes its task over once the lease expires. Serves /healthz and /metrics on --port.
            """
    )

    @Option(help: "The PostgreSQL URL the API nodes use (env REEL_DATABASE_URL).")
    var database: String?

    @Option(help: "The folder of uploads and renders the API nodes use, mounted here (env REEL_MEDIA_ROOT).")
    var mediaRoot: String?

    @Option(help: "Address for /healthz and /metrics.")
    var host = "127.0.0.1"

    @Option(help: "Port for /healthz and /metrics (0 picks a free one).")
    var port = 9464

    @Option(help: "Tasks rendered at once (env REEL_RENDER_CONCURRENCY; default 1).")
    var concurrency: Int?

    @Option(help: "Seconds a claim lasts without a heartbeat before another worker may take the task over (default 20).")
    var lease: Double?

    @Option(help: "Chunks each render is split into for the workers (default: one per 8 s of video, at most 16).")
    var chunks: Int?

    @Option(help: "This worker's name in leases and logs (default <host>-<pid>-<random>).")
    var workerId: String?

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0…65535") }
        if let database, !ServerConfiguration.isDatabaseURL(database) { throw ValidationError("--database must be a postgres:// URL") }
        if let concurrency, concurrency < 1 { throw ValidationError("--concurrency must be at least 1") }
        if let lease, !(lease.isFinite && lease >= 1) { throw ValidationError("--lease must be at least 1 second") }
        if let chunks, chunks < 1 { throw ValidationError("--chunks must be at least 1") }
        if let workerId, workerId.isEmpty || workerId.count > 200 { throw ValidationError("--worker-id must be 1…200 characters") }
    }

    func run() async throws {
        var configuration = ServerConfiguration(host: host, port: port, dataDirectory: nil)
        do {
            try configuration.apply(environment: ProcessInfo.processInfo.environment)
        } catch let error as ServerConfiguration.EnvironmentError {
            throw ValidationError(error.description)
        }
        if let database { configuration.databaseURL = database }
        if let mediaRoot { configuration.mediaDirectory = URL(fileURLWithPath: (mediaRoot as NSString).expandingTildeInPath) }
        guard configuration.databaseURL != nil else { throw ValidationError("--database (or REEL_DATABASE_URL) is required") }
        guard configuration.mediaDirectory != nil else { throw ValidationError("--media-root (or REEL_MEDIA_ROOT) is required") }
        if let concurrency { configuration.renderConcurrency = concurrency }
        if let lease { configuration.renderLease = lease }
        if let chunks { configuration.renderChunks = chunks }
        if let workerId { configuration.workerID = workerId }
        configuration.splitRenders = true
        try await work(configuration)
    }
}
