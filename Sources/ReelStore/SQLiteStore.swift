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
        _ = try await db.read { db in try Int.fetchOne(db, sql: "SELECT 1") }
    }

    public func withSessionLock<T: Sendable>(_ session: String, _ body: @Sendable () async throws -> T) async throws -> T {
        try await locks.withLock(session, body)
    }

    /// One process owns the file: work arrives through this process, which wakes its own worker.
    public func waitForWork(timeout: Duration) async {
        try? await Task.sleep(for: timeout)
    }

    static func randomHex(bytes: Int) -> String {
        var rng = SystemRandomNumberGenerator()
        return (0..<bytes).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &rng)) }.joined()
    }
}
