import ArgumentParser
import Foundation
import ReelServer

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the HTTP API (seed-compatible): tokens, sessions, credits, editing turns over SSE.",
        discussion: """
            Each setting can also come from the environment (a flag overrides it): \
            \(ServerConfiguration.EnvironmentKey.allCases.map(\.rawValue).joined(separator: ", ")). \
            With REEL_LLM_URL set (an OpenAI-compatible base URL), editing turns are planned by that \
            model; the rule planner answers when it is unreachable, slow or wrong.
            """
    )

    @Option(help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on.")
    var port = 8080

    @Option(help: "Directory for the database (default: ~/.local/share/reel).")
    var data: String?

    @Option(help: "A PostgreSQL URL shared by many API nodes and `reel worker`s (env REEL_DATABASE_URL; default: the embedded SQLite file in --data).")
    var database: String?

    @Option(help: "The folder of uploads and renders, which every node mounts (env REEL_MEDIA_ROOT; default <data>/media).")
    var mediaRoot: String?

    @Flag(help: "With --database, also render jobs in this process (default: leave them to `reel worker`s).")
    var render = false

    @Option(help: "Bytes one uploaded or imported file may have (env REEL_UPLOAD_SIZE_LIMIT; default 500000000).")
    var uploadLimit: Int64?

    @Option(help: "Credits a new token starts with (env REEL_STARTING_CREDITS; default 100).")
    var startingCredits: Int?

    @Option(help: "Credits one editing turn costs (env REEL_TURN_COST; default 1).")
    var turnCost: Int?

    @Option(help: "Credits one export costs (env REEL_EXPORT_COST; default 0).")
    var exportCost: Int?

    @Option(help: "Seconds a token stays valid (env REEL_TOKEN_LIFETIME; default 604800).")
    var tokenLifetime: Int?

    @Option(help: "Render jobs run at once (env REEL_RENDER_CONCURRENCY; default 1).")
    var renderConcurrency: Int?

    @Option(help: "Requests one caller (token, else client id) may make per minute (env REEL_RATE_LIMIT; default 600).")
    var rateLimit: Int?

    @Option(help: "Tokens one client address may be issued per hour (env REEL_TOKEN_ISSUANCE_LIMIT; default 30).")
    var tokenIssuanceLimit: Int?

    @Option(help: "Seconds between SSE heartbeats while an editing turn is busy (env REEL_HEARTBEAT_INTERVAL; default 5).")
    var heartbeatInterval: Double?

    @Flag(inversion: .prefixedNo,
          help: "Let URL import fetch loopback, private and link-local addresses (env REEL_ALLOW_PRIVATE_URL_IMPORTS; default off).")
    var allowPrivateUrlImports: Bool?

    @Flag(inversion: .prefixedNo,
          help: "Refuse exports (402) without X-Skill-Source, X-Skill-Version and X-Skill-Platform (env REEL_REQUIRE_ATTRIBUTION; default off).")
    var requireAttribution: Bool?

    @Flag(inversion: .prefixedNo,
          help: "Serve GET /metrics for Prometheus, without a token: scrape it on a private network (env REEL_METRICS; default on).")
    var metrics: Bool?

    @Option(help: ArgumentHelp("Delete the sessions, media and renders of callers whose token expired more than this many days ago (env REEL_DELETE_EXPIRED_AFTER_DAYS; default: keep everything).", valueName: "days"))
    var deleteExpiredAfter: Int?

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0…65535") }
        if let database, !ServerConfiguration.isDatabaseURL(database) { throw ValidationError("--database must be a postgres:// URL") }
        if let uploadLimit, uploadLimit < 1 { throw ValidationError("--upload-limit must be at least 1") }
        if let startingCredits, startingCredits < 0 { throw ValidationError("--starting-credits must not be negative") }
        if let turnCost, turnCost < 0 { throw ValidationError("--turn-cost must not be negative") }
        if let exportCost, exportCost < 0 { throw ValidationError("--export-cost must not be negative") }
        if let tokenLifetime, tokenLifetime < 1 { throw ValidationError("--token-lifetime must be at least 1") }
        if let renderConcurrency, renderConcurrency < 1 { throw ValidationError("--render-concurrency must be at least 1") }
        if let rateLimit, rateLimit < 1 { throw ValidationError("--rate-limit must be at least 1") }
        if let deleteExpiredAfter, deleteExpiredAfter < 0 { throw ValidationError("--delete-expired-after must not be negative") }
        if let heartbeatInterval, !(heartbeatInterval.isFinite && heartbeatInterval > 0) {
            throw ValidationError("--heartbeat-interval must be a number of seconds above 0")
        }
    }

    func run() async throws {
        let directory = data.map { URL(fileURLWithPath: ($0 as NSString).expandingTildeInPath) } ?? ServerConfiguration.defaultDataDirectory
        var configuration = ServerConfiguration(host: host, port: port, dataDirectory: directory)
        do {
            try configuration.apply(environment: ProcessInfo.processInfo.environment)
        } catch let error as ServerConfiguration.EnvironmentError {
            throw ValidationError(error.description)
        }
        if let database { configuration.databaseURL = database }
        if let mediaRoot { configuration.mediaDirectory = URL(fileURLWithPath: (mediaRoot as NSString).expandingTildeInPath) }
        configuration.renderWithDatabase = render
        if let uploadLimit { configuration.uploadSizeLimit = uploadLimit }
        if let startingCredits { configuration.startingCredits = startingCredits }
        if let turnCost { configuration.turnCost = turnCost }
        if let exportCost { configuration.exportCost = exportCost }
        if let tokenLifetime { configuration.tokenLifetime = TimeInterval(tokenLifetime) }
        if let renderConcurrency { configuration.renderConcurrency = renderConcurrency }
        if let tokenIssuanceLimit { configuration.tokenIssuanceLimit = tokenIssuanceLimit }
        if let rateLimit { configuration.rateLimit = rateLimit }
        if let heartbeatInterval { configuration.heartbeatInterval = heartbeatInterval }
        if let allowPrivateUrlImports { configuration.allowPrivateURLImports = allowPrivateUrlImports }
        if let requireAttribution { configuration.requireAttributionOnExport = requireAttribution }
        if let metrics { configuration.metricsEnabled = metrics }
        if let deleteExpiredAfter { configuration.expiredDataRetention = TimeInterval(deleteExpiredAfter) * 86400 }
        try await serve(configuration)
    }
}
