import Foundation
import Logging
import PostgresNIO
import ReelStore
import ServiceLifecycle

/// The store on PostgreSQL: what many API nodes and workers on many machines share. It keeps
/// the `Store` contract as `SQLiteStore` does; where several processes meet it relies on the
/// database: row locks and guarded updates for credits and sessions, `FOR UPDATE SKIP LOCKED`
/// for claiming tasks, advisory locks for turns, `NOTIFY reel_jobs` to wake workers.
///
/// Every call is bounded by `timeout`: a database that does not answer is `.unavailable`, never
/// a hang. Times come from `now` (the process's clock, as in SQLite, so tests can move it):
/// nodes are expected to keep their clocks in step (NTP), well within the lease lengths.
public struct PostgresStore: Store {
    let pool: PostgresPool
    let now: @Sendable () -> Date
    let policy: QueuePolicy
    let root: MediaRoot
    /// Turns waiting on this node queue here first, in order, without holding a connection.
    let locks = SessionLocks()

    /// The channel `queueRender` and newly runnable tasks notify, and `waitForWork` listens on.
    static let jobsChannel = "reel_jobs"

    /// Connects to `url`, applies the migrations this database has not seen, and returns the
    /// store; `.unavailable` within `timeout` when the server does not answer. The store runs
    /// its connection pool itself until `shutdown()`.
    public static func open(url: PostgresURL, mediaRoot: URL? = nil, policy: QueuePolicy = QueuePolicy(),
                            timeout: Duration = .seconds(10), maxConnections: Int = 20,
                            logger: Logger = Logger(label: "reel.store.postgres"),
                            now: @escaping @Sendable () -> Date = { Date() }) async throws -> PostgresStore {
        let pool = PostgresPool(url: url, timeout: timeout, maxConnections: maxConnections, logger: logger,
                                migrations: PostgresSchema.migrations, runsClient: true)
        do {
            try await pool.bounded("migrations", gated: false) { try await pool.ready() }
        } catch {
            pool.shutdown()
            throw error
        }
        return PostgresStore(pool: pool, now: now, policy: policy, root: MediaRoot(mediaRoot))
    }

    /// For a process whose services run in a `ServiceGroup`: the store, not yet connected, whose
    /// connection pool is `service`, to run in the group (first in its list, so that it stops
    /// last). The first call applies the migrations this database has not seen; until `service`
    /// runs, calls end `.unavailable` at their deadline.
    public init(url: PostgresURL, mediaRoot: URL? = nil, policy: QueuePolicy = QueuePolicy(),
                timeout: Duration = .seconds(10), maxConnections: Int = 20,
                logger: Logger = Logger(label: "reel.store.postgres"),
                now: @escaping @Sendable () -> Date = { Date() }) {
        self.init(pool: PostgresPool(url: url, timeout: timeout, maxConnections: maxConnections, logger: logger,
                                     migrations: PostgresSchema.migrations, runsClient: false),
                  now: now, policy: policy, root: MediaRoot(mediaRoot))
    }

    init(pool: PostgresPool, now: @escaping @Sendable () -> Date, policy: QueuePolicy, root: MediaRoot) {
        self.pool = pool
        self.now = now
        self.policy = policy
        self.root = root
    }

    /// The connection pool, to run in a `ServiceGroup` when the store was made with `init`. A
    /// store from `open` runs its pool itself (a client may run only once): its `service` only
    /// waits for the group to stop.
    public var service: any Service { pool.runsClient ? WaitForShutdown() : pool.client }

    /// Stops the connection pool `open` started; calls after this fail with `.unavailable`.
    public func shutdown() {
        pool.shutdown()
    }

    public func ping() async throws {
        try await pool.query("SELECT 1", "ping")
    }

    /// How to open a connection outside the pool (a turn lock holds one for the turn).
    func connectionConfiguration() throws -> PostgresConnection.Configuration {
        let url = pool.url
        let tls: PostgresConnection.Configuration.TLS
        switch url.tls {
        case .disable: tls = .disable
        case .prefer: tls = .prefer(try NIOSSLContext(configuration: .makeClientConfiguration()))
        case .require: tls = .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
        }
        return PostgresConnection.Configuration(host: url.host, port: url.port, username: url.user, password: url.password,
                                                database: url.database, tls: tls)
    }

    static func newID() -> String { UUID().uuidString.lowercased() }

    /// A stable 32-bit hash (FNV-1a) for advisory lock keys: the same on every node and every run.
    static func lockKey(_ text: String) -> Int32 {
        var hash: UInt32 = 2_166_136_261
        for byte in text.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 16_777_619
        }
        return Int32(bitPattern: hash)
    }
}

extension PostgresConnection {
    /// A statement's rows, read in full.
    @discardableResult
    func rows(_ query: PostgresQuery, _ logger: Logger) async throws -> [PostgresRow] {
        try await self.query(query, logger: logger).collect()
    }
}

/// A service with nothing to run: it returns when its group stops.
private struct WaitForShutdown: Service {
    func run() async throws {
        try? await gracefulShutdown()
    }
}
