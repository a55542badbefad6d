import Logging
import PostgresNIO
import ReelStore

/// One step of the schema: statements run in order in one transaction, recorded by `name` in
/// `reel_migrations` so it runs once per database. Steps are appended, never edited: a database
/// migrated by an older Reel gets only the steps it has not seen.
struct PostgresMigration: Sendable {
    var name: String
    var statements: [String]
}

extension PostgresPool {
    /// The advisory lock key migrations run under ('reel' 'migr' as two int4s), so nodes starting
    /// together apply each step once: the second waits, then finds it recorded.
    static let migrationLock: (Int32, Int32) = (0x7265_656C, 0x6D69_6772)

    /// Applies the steps of `migrations` not yet recorded, in order, in one transaction under
    /// `pg_advisory_xact_lock`. Returns the names applied now.
    @discardableResult
    func migrate(_ migrations: [PostgresMigration]) async throws -> [String] {
        try await transaction("migrations", gated: false) { connection, logger in
            let (a, b) = Self.migrationLock
            try await connection.query("SELECT pg_advisory_xact_lock(\(a), \(b))", logger: logger)
            try await connection.query("""
                CREATE TABLE IF NOT EXISTS reel_migrations (
                    name text PRIMARY KEY,
                    applied timestamptz NOT NULL DEFAULT now()
                )
                """, logger: logger)
            var done = Set<String>()
            for try await name in try await connection.query("SELECT name FROM reel_migrations", logger: logger).decode(String.self) {
                done.insert(name)
            }
            var applied: [String] = []
            for migration in migrations where !done.contains(migration.name) {
                for statement in migration.statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query("INSERT INTO reel_migrations (name) VALUES (\(migration.name))", logger: logger)
                applied.append(migration.name)
            }
            if !applied.isEmpty { logger.info("database migrated", metadata: ["steps": "\(applied.joined(separator: ", "))"]) }
            return applied
        }
    }
}
