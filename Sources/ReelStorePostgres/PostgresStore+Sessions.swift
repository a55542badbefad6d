import Foundation
import PostgresNIO
import ReelPlanner
import ReelStore
import ReelTimeline

extension PostgresStore {
    public func createSession(token: String, language: String) async throws -> SessionRecord {
        let record = SessionRecord(id: Self.newID(), taskID: Self.newID(), language: language, session: EditSession(draft: Draft()))
        let now = now()
        let state = try SessionState.encode(record.session, root: root)
        try await pool.query("""
            INSERT INTO sessions (id, task_id, token, language, created, updated, state)
            VALUES (\(record.id), \(record.taskID), \(token), \(language), \(now), \(now), \(state))
            """, "create session")
        return record
    }

    public func session(_ id: String, token: String) async throws -> SessionRecord {
        guard let row = try await pool.query("SELECT id, task_id, language, state FROM sessions WHERE id = \(id) AND token = \(token)",
                                             "read session").first else {
            throw StoreError.sessionNotFound(id)
        }
        return try sessionRecord(row)
    }

    public func requireSession(_ id: String, token: String) async throws {
        guard try await !pool.query("SELECT 1 FROM sessions WHERE id = \(id) AND token = \(token)", "find session").isEmpty else {
            throw StoreError.sessionNotFound(id)
        }
    }

    public func updateSession<T: Sendable>(_ id: String, token: String, generated: [GeneratedMediaRecord],
                                          _ change: @escaping @Sendable (inout EditSession) throws -> T) async throws -> T {
        let now = now()
        let generatedRows = try generated.map { ($0, try StoredValues.infoJSON($0.info)) }
        let root = root
        return try await pool.transaction("update session") { c, log in
            // The row lock makes a second writer wait for this one and then read what it saved.
            guard let row = try await c.rows("""
                SELECT id, task_id, language, state FROM sessions WHERE id = \(id) AND token = \(token) FOR UPDATE
                """, log).first else { throw StoreError.sessionNotFound(id) }
            var record = try sessionRecord(row)
            let before = record.session
            let result = try change(&record.session)
            let state = try SessionState.encode(record.session, root: root)
            try await c.rows("UPDATE sessions SET state = \(state), updated = \(now) WHERE id = \(id)", log)
            if record.session != before {
                for (media, info) in generatedRows {
                    try await c.rows("""
                        INSERT INTO generated_media (id, session_id, token, kind, path, name, text, info, created)
                        VALUES (\(media.id), \(id), \(token), \(media.kind), \(root.stored(media.path)), \(media.name), \(media.text), \(info), \(now))
                        """, log)
                }
            }
            return result
        }
    }

    public func sessions(token: String, limit: Int) async throws -> [SessionListing] {
        try await pool.query("""
            SELECT id, task_id, language, state, created, updated FROM sessions WHERE token = \(token)
            ORDER BY updated DESC, seq DESC LIMIT \(limit)
            """, "list sessions").compactMap { row in
            guard let record = try? sessionRecord(row) else { return nil }
            return SessionListing(record: record, created: try row.get("created"), updated: try row.get("updated"))
        }
    }

    public func writeRawState(_ id: String, _ state: String) async throws {
        try await pool.query("UPDATE sessions SET state = \(state) WHERE id = \(id)", "write session state")
    }

    /// Serialised on this node by `locks` (in the order turns asked), then across nodes by a
    /// session-level advisory lock on a connection of its own, held while `body` runs: if this
    /// process dies, the server drops the connection and the lock with it. The lock is asked
    /// for with `pg_try_advisory_lock` in a loop, so every wait on the database stays bounded.
    public func withSessionLock<T: Sendable>(_ session: String, _ body: @Sendable () async throws -> T) async throws -> T {
        try await locks.withLock(session) {
            let configuration = try connectionConfiguration()
            let connection = try await pool.bounded("connect for the turn lock of session \(session)") { [logger = pool.logger] in
                let connection = try await PostgresConnection.connect(configuration: configuration, id: 0, logger: logger)
                // Connected only after the deadline passed: nobody will use or close it.
                if Task.isCancelled {
                    try? await connection.close()
                    throw CancellationError()
                }
                return connection
            }
            do {
                // If this node vanishes without closing the socket (a cut cable), the server
                // notices within about half a minute and drops the connection and the lock.
                try await pool.bounded("keepalives for the turn lock of session \(session)") { [logger = pool.logger] in
                    for setting in ["tcp_keepalives_idle = 10", "tcp_keepalives_interval = 5", "tcp_keepalives_count = 3"] {
                        try await connection.rows(PostgresQuery(unsafeSQL: "SET " + setting), logger)
                    }
                }
                try await acquireTurnLock(session, on: connection)
                let result = try await body()
                try? await connection.close()
                return result
            } catch {
                try? await connection.close()
                throw error
            }
        }
    }

    private func acquireTurnLock(_ session: String, on connection: PostgresConnection) async throws {
        let key = Self.lockKey(session)
        let logger = pool.logger
        var pause = Duration.milliseconds(10)
        while true {
            let taken = try await pool.bounded("turn lock of session \(session)") {
                try await connection.rows("SELECT pg_try_advisory_lock(\(Self.turnLockSpace), \(key)) AS taken", logger)
                    .first?.get("taken", as: Bool.self) ?? false
            }
            if taken { return }
            try await Task.sleep(for: pause)
            pause = min(pause * 2, .milliseconds(200))
        }
    }

    func sessionRecord(_ row: PostgresRow) throws -> SessionRecord {
        let id: String = try row.get("id")
        return SessionRecord(id: id, taskID: try row.get("task_id"), language: try row.get("language"),
                             session: try SessionState.decode(try row.get("state"), id: id, root: root))
    }
}
