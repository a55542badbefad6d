import Foundation
import Logging
import NIOConcurrencyHelpers
import PostgresNIO
import ReelStore
import ReelStorePostgres
import Testing

/// The implementations the contract suite holds to the same tests. PostgreSQL is there when
/// `REEL_TEST_POSTGRES_URL` names a server (`eval "$(bash scripts/postgres.sh start)"`); without
/// it its cases are left out, saying so once, unless `REEL_REQUIRE_POSTGRES` is set (CI), when
/// they run and fail for want of the server.
enum Backend: String, CustomTestStringConvertible, Sendable {
    case sqlite, postgres

    var testDescription: String { rawValue }

    static let all: [Backend] = {
        if postgresURL != nil || ProcessInfo.processInfo.environment["REEL_REQUIRE_POSTGRES"] != nil { return [.sqlite, .postgres] }
        print("ReelStoreTests: PostgreSQL cases skipped: REEL_TEST_POSTGRES_URL is not set (start a throwaway server with: eval \"$(bash scripts/postgres.sh start)\")")
        return [.sqlite]
    }()

    static let postgresURL: String? = {
        guard let url = ProcessInfo.processInfo.environment["REEL_TEST_POSTGRES_URL"], !url.isEmpty else { return nil }
        return url
    }()
}

/// A clock the tests move by hand, so leases and holds expire without waiting.
final class TestClock: Sendable {
    private let date = NIOLockedValueBox(Date(timeIntervalSince1970: 1_800_000_000))

    var now: Date { date.withLockedValue { $0 } }

    func advance(_ seconds: TimeInterval) {
        date.withLockedValue { $0 = $0.addingTimeInterval(seconds) }
    }

    var function: @Sendable () -> Date { { [self] in now } }
}

/// A fresh store of `backend` for one test: SQLite in memory, or PostgreSQL in a database of
/// its own (`reel_t_<uuid>`, dropped afterwards), so tests run side by side.
struct StoreHarness: Sendable {
    let backend: Backend
    let clock = TestClock()
    let policy: QueuePolicy
    let mediaRoot = URL(fileURLWithPath: "/srv/reel-media")

    init(_ backend: Backend, policy: QueuePolicy = QueuePolicy(maxAttempts: 3, backoff: 2, maxBackoff: 60)) {
        self.backend = backend
        self.policy = policy
    }

    /// Runs `body` with a new store, then closes it and drops what it made.
    func run(_ body: (any Store) async throws -> Void) async throws {
        switch backend {
        case .sqlite:
            try await body(try SQLiteStore.inMemory(mediaRoot: mediaRoot, policy: policy, now: clock.function))
        case .postgres:
            try await withDatabase { url in
                let store = try await PostgresStore.open(url: url, mediaRoot: mediaRoot, policy: policy, timeout: .seconds(20),
                                                         maxConnections: 8, logger: quietLogger, now: clock.function)
                defer { store.shutdown() }
                try await body(store)
            }
        }
    }

    /// For PostgreSQL-only tests: a fresh database's URL.
    func withDatabase(_ body: (PostgresURL) async throws -> Void) async throws {
        guard let base = Backend.postgresURL else {
            Issue.record("REEL_REQUIRE_POSTGRES is set but REEL_TEST_POSTGRES_URL is not: start PostgreSQL with scripts/postgres.sh")
            return
        }
        let admin = try PostgresURL(base)
        let name = "reel_t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try await Self.admin(admin, "CREATE DATABASE \(name)")
        do {
            try await body(admin.database(name))
        } catch {
            try? await Self.admin(admin, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
            throw error
        }
        try await Self.admin(admin, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
    }

    /// One statement on the server's own database (creating and dropping test databases).
    static func admin(_ url: PostgresURL, _ sql: String) async throws {
        let logger = Logger(label: "reel.test.postgres")
        let configuration = PostgresConnection.Configuration(host: url.host, port: url.port, username: url.user,
                                                             password: url.password, database: url.database, tls: .disable)
        let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
        do {
            try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger)
        } catch {
            try? await connection.close()
            throw error
        }
        try await connection.close()
    }
}

/// PostgresNIO logs each failed connection attempt at `info`; the tests that make them on purpose
/// need not show them.
let quietLogger: Logger = {
    var logger = Logger(label: "reel.test.store")
    logger.logLevel = .error
    return logger
}()

/// The `StoreError` code `body` threw, or nil when it returned.
func storeErrorCode(_ body: () async throws -> Void) async -> StoreError.Code? {
    do {
        try await body()
        return nil
    } catch let error as StoreError {
        return error.code
    } catch {
        Issue.record("expected a StoreError, got \(error)")
        return nil
    }
}
