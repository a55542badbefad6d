import Foundation
import ReelLLM
import ReelTimeline

/// What `reel serve` is configured with: where it listens, where it keeps its data, and the
/// product's numbers (credits, token lifetime, rate limit), which SPEC §3 makes configuration.
public struct ServerConfiguration: Sendable {
    public var host: String
    public var port: Int
    /// Holds `reel.sqlite`; nil keeps everything in memory (tests).
    public var dataDirectory: URL?
    public var startingCredits: Int
    public var turnCost: Int
    public var tokenLifetime: TimeInterval
    /// Requests one caller (bearer token, else client id, else "anonymous") may make per window.
    public var rateLimit: Int
    public var rateWindow: TimeInterval
    /// The clock, injectable so expiry can be tested.
    public var now: @Sendable () -> Date
    /// Credits one export (render job) costs: frozen when it is queued, spent when it completes,
    /// given back when it fails or is cancelled. Exports are free by default (SPEC §3).
    public var exportCost = 0
    /// A PostgreSQL URL (`postgres://user:pass@host:port/db`): the store many API nodes and
    /// workers share. nil keeps the embedded SQLite store in `dataDirectory`.
    public var databaseURL: String?
    /// Whether `reel serve` renders jobs itself: always with the embedded store; with a shared
    /// database only when asked (`--render`), since `reel worker`s do it.
    public var renderWithDatabase = false
    public var rendersInProcess: Bool { databaseURL == nil || renderWithDatabase }
    /// Seconds a turn's frozen credits are held before a node may take them for abandoned (its
    /// process died mid-turn) and give them back; longer than any turn runs.
    public var turnHoldLifetime: TimeInterval = 900
    /// Seconds a worker's claim on a render task lasts without a heartbeat; past it the task is
    /// taken for abandoned (its worker died) and queued again. Heartbeats come every second.
    public var renderLease: TimeInterval = 20
    /// Splits each render into chunk, audio and join tasks any worker may claim (many machines);
    /// false renders each job in one worker, in chunks on its own cores.
    public var splitRenders = false
    /// Chunks per split render; nil chooses from the job's length.
    public var renderChunks: Int?
    /// This process's name in task leases (`<host>-<pid>-<random>` by default).
    public var workerID = ServerConfiguration.defaultWorkerID
    /// How many render jobs run at once.
    public var renderConcurrency: Int = 1
    /// A render job the server died while rendering this many times is failed with its credits
    /// given back instead of being queued again (no draft can crash-loop the server).
    public var renderInterruptionLimit = 3
    /// How long a signed download link (`output.url` of a finished render) stays valid.
    public var downloadLinkLifetime: TimeInterval = 24 * 3600
    /// Bytes one uploaded or imported file may have (SPEC §1: 500 MB by default; over it → 4002).
    public var uploadSizeLimit: Int64 = 500_000_000
    /// The largest draft an export may render (segments, timeline length): refused with 400
    /// before FFmpeg starts. Defaults: 1,000 segments, 3 hours.
    public var draftLimits = DraftLimits()
    /// Pixels (width × height) an uploaded picture may have; bigger ones are refused with 4001
    /// before anything decodes them (a 16000×16000 PNG of 750 KB needs ~1 GB to decode).
    public var maxImagePixels = 50_000_000
    /// Where uploads are kept; nil means `<dataDirectory>/media` (or a temporary folder in memory mode).
    public var mediaDirectory: URL?
    /// Lets URL import fetch loopback, private and link-local addresses (tests only).
    public var allowPrivateURLImports = false
    /// Seconds a whole URL import may take.
    public var urlImportTimeout: TimeInterval = 120
    /// Tokens one client address may be issued per `tokenIssuanceWindow` seconds (429 past it).
    public var tokenIssuanceLimit = 30
    public var tokenIssuanceWindow: TimeInterval = 3600
    /// Refuses `POST /api/render/proxy/lambda` (402, code 402) unless all three `X-Skill-*` attribution headers are sent.
    public var requireAttributionOnExport = false
    /// How long the data of a caller whose token expired is kept (sessions, media, renders and
    /// their files) before housekeeping deletes it; nil (the default) keeps everything.
    public var expiredDataRetention: TimeInterval?
    /// How often housekeeping looks for expired callers.
    public var housekeepingInterval: Duration = .seconds(3600)
    /// Seconds between SSE heartbeats (`: heartbeat` comment lines) while an editing turn is busy.
    public var heartbeatInterval: TimeInterval = 5
    /// Browser origins (`https://studio.example`) besides the server's own that may call `/mcp`;
    /// a request with any other `Origin` is refused (403). Clients that send no `Origin` (agents,
    /// scripts) are not affected; every request needs a bearer token either way.
    public var mcpAllowedOrigins: [String] = []
    /// The LLM that plans editing turns (the rule planner answers when it cannot); nil plans by rules only.
    public var llm: LLMConfig?

    public init(host: String = "127.0.0.1", port: Int = 8080, dataDirectory: URL? = ServerConfiguration.defaultDataDirectory,
                startingCredits: Int = 100, turnCost: Int = 1, tokenLifetime: TimeInterval = 7 * 24 * 3600,
                rateLimit: Int = 600, rateWindow: TimeInterval = 60, now: @escaping @Sendable () -> Date = { Date() }) {
        self.host = host
        self.port = port
        self.dataDirectory = dataDirectory
        self.startingCredits = startingCredits
        self.turnCost = turnCost
        self.tokenLifetime = tokenLifetime
        self.rateLimit = rateLimit
        self.rateWindow = rateWindow
        self.now = now
    }

    public static var defaultWorkerID: String {
        "\(ProcessInfo.processInfo.hostName)-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8).lowercased())"
    }

    /// Where uploads go: `mediaDirectory`, else `<dataDirectory>/media`; nil in memory mode.
    public var resolvedMediaDirectory: URL? {
        mediaDirectory ?? dataDirectory?.appendingPathComponent("media")
    }

    /// `resolvedMediaDirectory`, or in memory mode a new temporary folder: call it once per server.
    func mediaRootOrTemporary() -> URL {
        resolvedMediaDirectory
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("reel-media-\(UUID().uuidString.lowercased())")
    }

    /// `~/.local/share/reel`, the XDG data home.
    public static var defaultDataDirectory: URL {
        if let xdg = ProcessInfo.processInfo.environment["XDG_DATA_HOME"], !xdg.isEmpty {
            return URL(fileURLWithPath: xdg).appendingPathComponent("reel")
        }
        return FileManager.default.homeDirectoryForCurrentUser
            .appendingPathComponent(".local/share/reel")
    }
}
