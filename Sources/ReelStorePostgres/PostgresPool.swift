import Foundation
import Logging
import NIOConcurrencyHelpers
import PostgresNIO
import ReelStore

/// The connection layer under `PostgresStore`: one `PostgresClient` (a pool), every call to it
/// bounded by a deadline and answered with `StoreError`s, and the schema migrated before the
/// first call goes through.
///
/// `PostgresClient` does nothing until its `run()` is running (a leased connection would wait
/// until the deadline). Either the pool runs it itself (`runsClient`), from when it is made until
/// `shutdown()`, in a detached task: `run()` also ends at a ServiceLifecycle graceful shutdown,
/// which reaches it through task-local values an ordinary task would inherit from a service that
/// opened the store, and a worker giving its task back while the server stops still needs the
/// database. Or the process runs `client` as a service of its `ServiceGroup`.
final class PostgresPool: Sendable {
    let url: PostgresURL
    let client: PostgresClient
    /// The longest any one call may take before it is `.unavailable`.
    let timeout: Duration
    let logger: Logger
    private let runner: Task<Void, Never>?
    /// Whether this pool runs `client` itself (else a `ServiceGroup` does).
    var runsClient: Bool { runner != nil }
    private let migrations: [PostgresMigration]
    /// The migration run every call waits for; forgotten when it failed, so the next call tries again.
    private let migrated = NIOLockedValueBox<Task<Void, any Error>?>(nil)

    init(url: PostgresURL, timeout: Duration, maxConnections: Int, logger: Logger, migrations: [PostgresMigration] = [],
         runsClient: Bool = true) {
        var configuration = url.clientConfiguration
        configuration.options.maximumConnections = max(2, maxConnections)
        // A connect attempt gives up well before the call's own deadline.
        configuration.options.connectTimeout = min(timeout, .seconds(10))
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.url = url
        self.client = client
        self.timeout = timeout
        self.logger = logger
        self.migrations = migrations
        self.runner = runsClient ? Task.detached { await client.run() } : nil
    }

    /// Stops the client this pool runs; calls after this fail with `.unavailable`. (A client run
    /// by a `ServiceGroup` stops with the group.)
    func shutdown() {
        runner?.cancel()
    }

    /// Applies the migrations not yet applied, once per pool: the first call does it, the others
    /// wait for it; after a failure the next call tries again.
    func ready() async throws {
        guard !migrations.isEmpty else { return }
        let run = migrated.withLockedValue { current -> Task<Void, any Error> in
            if let current { return current }
            let started = Task { [self] in _ = try await migrate(migrations) }
            current = started
            return started
        }
        do {
            try await run.value
        } catch {
            migrated.withLockedValue { if $0 == run { $0 = nil } }
            throw error
        }
    }

    /// One statement through the pool, its rows read in full.
    @discardableResult
    func query(_ query: PostgresQuery, _ what: @autoclosure () -> String) async throws -> [PostgresRow] {
        let client = client
        let logger = logger
        return try await bounded(what()) {
            try await client.query(query, logger: logger).collect()
        }
    }

    /// `body` in one transaction on one connection: committed when it returns, rolled back when
    /// it throws (its `StoreError` is what the caller sees). A transaction the server chose as a
    /// deadlock's victim is run again (twice at most), within the same deadline.
    func transaction<T: Sendable>(_ what: @autoclosure () -> String, gated: Bool = true,
                                  _ body: @escaping @Sendable (PostgresConnection, Logger) async throws -> T) async throws -> T {
        let client = client
        let logger = logger
        return try await bounded(what(), gated: gated) {
            var tries = 0
            while true {
                do {
                    return try await client.withTransaction(logger: logger) { connection in try await body(connection, logger) }
                } catch let error as PostgresTransactionError where tries < 2 && Self.isDeadlock(error) {
                    tries += 1
                }
            }
        }
    }

    /// SQLSTATE 40P01 (deadlock detected) or 40001 (serialization failure): safe to run again.
    static func isDeadlock(_ error: PostgresTransactionError) -> Bool {
        guard let inner = (error.closureError ?? error.commitError) as? PSQLError, let state = inner.serverInfo?[.sqlState] else { return false }
        return state == "40P01" || state == "40001"
    }

    /// `body` on one leased connection (not in a transaction), bounded like any call.
    func withConnection<T: Sendable>(_ what: @autoclosure () -> String,
                                     _ body: @escaping @Sendable (PostgresConnection, Logger) async throws -> T) async throws -> T {
        let client = client
        let logger = logger
        return try await bounded(what()) {
            try await client.withConnection { connection in try await body(connection, logger) }
        }
    }

    /// Runs `operation` within the deadline, once the schema is migrated (`gated`), its errors
    /// turned into `StoreError`s.
    func bounded<T: Sendable>(_ what: String, gated: Bool = true, _ operation: @escaping @Sendable () async throws -> T) async throws -> T {
        do {
            return try await withDeadline(timeout, "\(what) on \(url.redacted)") { [self] in
                if gated { try await ready() }
                return try await operation()
            }
        } catch {
            throw Self.storeError(error, what)
        }
    }

    /// What the caller sees of an error: the store's own errors and the caller's (thrown by a
    /// closure it passed, such as `updateSession`'s change) as they are, also from inside a
    /// transaction; the database's as `StoreError`s: constraint violations `.invalid`; no
    /// connection, the server shutting down or short of resources, a deadlock or lock timeout
    /// `.unavailable` (worth a retry); a query the server refused for any other reason `.internal`.
    static func storeError(_ error: any Error, _ what: String) -> any Error {
        switch error {
        case let error as PostgresTransactionError:
            if let inner = error.closureError ?? error.beginError ?? error.commitError { return storeError(inner, what) }
            return StoreError.unavailable("\(what): the transaction failed")
        case let error as PSQLError:
            if let state = error.serverInfo?[.sqlState] {
                let message = error.serverInfo?[.message] ?? "\(error.code)"
                if state.hasPrefix("23") { return StoreError(.invalid, "\(what): \(message) (SQLSTATE \(state))") }
                if ["08", "53", "57", "40"].contains(where: state.hasPrefix) || state == "55P03" {
                    return StoreError.unavailable("\(what): \(message) (SQLSTATE \(state))")
                }
                return StoreError(.internal, "\(what): \(message) (SQLSTATE \(state))")
            }
            return StoreError.unavailable("\(what): \(error.code)\(error.underlying.map { " (\($0))" } ?? "")")
        case is CancellationError:
            return StoreError.unavailable("\(what): cancelled")
        default:
            return error
        }
    }
}

extension PostgresRow {
    /// The column `name` as `T` (NULL as nil when `T` is optional).
    func get<T: PostgresDecodable>(_ name: String, as type: T.Type = T.self) throws -> T {
        do {
            return try makeRandomAccess()[name].decode(T.self)
        } catch {
            throw StoreError.unreadable("column \(name) cannot be read as \(T.self): \(error)")
        }
    }
}
