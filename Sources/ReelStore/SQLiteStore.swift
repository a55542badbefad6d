import Foundation
import GRDB

/// The embedded store: one SQLite database in WAL mode (a `DatabasePool`, so reads never wait
/// for a turn being saved), or in memory for tests. One `reel serve` owns it; its turn locks
/// are in-process.
public struct SQLiteStore: Store {
    let db: any DatabaseWriter
    let now: @Sendable () -> Date
    let policy: QueuePolicy
    let root: MediaRoot
    let locks = SessionLocks()

    /// Opens (creating if needed) `reel.sqlite` in `directory` and migrates it.
    public static func open(directory: URL, mediaRoot: URL? = nil, policy: QueuePolicy = QueuePolicy(),
                            now: @escaping @Sendable () -> Date = { Date() }) throws -> SQLiteStore {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var config = Configuration()
        config.busyMode = .timeout(5)
        let pool = try DatabasePool(path: directory.appendingPathComponent("reel.sqlite").path, configuration: config)
        return try SQLiteStore(db: pool, mediaRoot: mediaRoot, policy: policy, now: now)
    }

    /// A private in-memory database, for tests.
    public static func inMemory(mediaRoot: URL? = nil, policy: QueuePolicy = QueuePolicy(),
                                now: @escaping @Sendable () -> Date = { Date() }) throws -> SQLiteStore {
        try SQLiteStore(db: DatabaseQueue(), mediaRoot: mediaRoot, policy: policy, now: now)
    }

    init(db: any DatabaseWriter, mediaRoot: URL?, policy: QueuePolicy, now: @escaping @Sendable () -> Date) throws {
        self.db = db
        self.now = now
        self.policy = policy
        self.root = MediaRoot(mediaRoot)
        try Self.migrator.migrate(db)
    }

    public func ping() async throws {
        _ = try await read { db in try Int.fetchOne(db, sql: "SELECT 1") }
    }

    /// A read in GRDB, its database errors told as the store's own (what `body` throws itself passes unchanged).
    func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do { return try await db.read(body) } catch let error as DatabaseError { throw Self.storeError(error) }
    }

    /// A write transaction in GRDB, its database errors told as the store's own.
    func write<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do { return try await db.write(body) } catch let error as DatabaseError { throw Self.storeError(error) }
    }

    /// A busy or locked database is an outage (retry); a refused value is invalid; anything else is the store's fault.
    static func storeError(_ error: DatabaseError) -> StoreError {
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED, .SQLITE_IOERR, .SQLITE_FULL, .SQLITE_CANTOPEN:
            StoreError.unavailable("the database is busy or unreachable: \(error.message ?? "\(error.resultCode)")")
        case .SQLITE_CONSTRAINT:
            StoreError(.invalid, "the database refused the value: \(error.message ?? "constraint")")
        default:
            StoreError(.internal, "the database failed: \(error.message ?? "\(error.resultCode)")")
        }
    }

    public func withSessionLock<T: Sendable>(_ session: String, _ body: @Sendable () async throws -> T) async throws -> T {
        try await locks.withLock(session, body)
    }

    /// One process owns the file: work arrives through this process, which wakes its own worker.
    public func waitForWork(timeout: Duration) async {
        try? await Task.sleep(for: timeout)
    }
}
