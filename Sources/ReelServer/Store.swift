import Foundation
import GRDB

/// Where the server keeps tokens, sessions and the credit ledger: one SQLite database in WAL
/// mode (a `DatabasePool`, so reads never wait for a turn being saved), or in memory for tests.
public struct Store: Sendable {
    let db: any DatabaseWriter
    let now: @Sendable () -> Date

    /// Opens (creating if needed) `reel.sqlite` in `directory` and migrates it.
    public static func open(directory: URL, now: @escaping @Sendable () -> Date = { Date() }) throws -> Store {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var config = Configuration()
        config.busyMode = .timeout(5)
        let pool = try DatabasePool(path: directory.appendingPathComponent("reel.sqlite").path, configuration: config)
        return try Store(db: pool, now: now)
    }

    /// A private in-memory database, for tests.
    public static func inMemory(now: @escaping @Sendable () -> Date = { Date() }) throws -> Store {
        try Store(db: DatabaseQueue(), now: now)
    }

    init(db: any DatabaseWriter, now: @escaping @Sendable () -> Date) throws {
        self.db = db
        self.now = now
        try Self.migrator.migrate(db)
    }

    /// Throws if the database does not answer.
    public func ping() async throws {
        _ = try await db.read { db in try Int.fetchOne(db, sql: "SELECT 1") }
    }
}
