import Foundation
import GRDB
import ReelPlanner
import ReelTimeline

/// A conversation's row: who owns it and the `EditSession` (draft + undo history) it edits.
public struct SessionRecord: Sendable {
    public var id: String
    public var taskID: String
    public var language: String
    public var session: EditSession
}

extension Store {
    /// A new session, owned by `token`, starting from an empty draft.
    public func createSession(token: String, language: String) async throws -> SessionRecord {
        let record = SessionRecord(id: UUID().uuidString.lowercased(), taskID: UUID().uuidString.lowercased(),
                                   language: language, session: EditSession(draft: Draft()))
        let now = now()
        let state = try Self.encode(record.session)
        try await db.write { db in
            try db.execute(sql: """
                INSERT INTO sessions (id, task_id, token, language, created, updated, state) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [record.id, record.taskID, token, language, now, now, state])
        }
        return record
    }

    /// The session if `token` owns it: another caller's session is as absent as a missing one.
    public func session(_ id: String, token: String) async throws -> SessionRecord {
        try await db.read { db in try Self.fetch(db, id: id, token: token) }
    }

    /// Throws 1002 unless `token` owns the session (its state is not read).
    public func requireSession(_ id: String, token: String) async throws {
        let found = try await db.read { db in
            try Bool.fetchOne(db, sql: "SELECT 1 FROM sessions WHERE id = ? AND token = ?", arguments: [id, token]) ?? false
        }
        guard found else { throw APIError.sessionNotFound(id) }
    }

    /// Runs `change` on the session and saves the result in one transaction, so two turns on
    /// the same session never overwrite each other. Nothing is saved if `change` throws.
    ///
    /// `generated` (media the server made for this change, such as a narration) is recorded in
    /// the same transaction if, and only if, `change` changed the session.
    public func updateSession<T: Sendable>(_ id: String, token: String, generated: [GeneratedMediaRecord] = [],
                                          _ change: @escaping @Sendable (inout EditSession) throws -> T) async throws -> T {
        let now = now()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let generatedRows = try generated.map { ($0, String(decoding: try encoder.encode($0.info), as: UTF8.self)) }
        return try await db.write { db in
            var record = try Self.fetch(db, id: id, token: token)
            let before = record.session
            let result = try change(&record.session)
            try db.execute(sql: "UPDATE sessions SET state = ?, updated = ? WHERE id = ?",
                           arguments: [try Self.encode(record.session), now, id])
            if record.session != before {
                for (media, info) in generatedRows {
                    try db.execute(sql: """
                        INSERT INTO generated_media (id, session_id, token, kind, path, name, text, info, created)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """, arguments: [media.id, id, token, media.kind, media.path, media.name, media.text, info, now])
                }
            }
            return result
        }
    }

    /// The caller's sessions, most recently changed first (at most `limit`), with when each was
    /// made and last changed. A session whose state cannot be read is left out.
    public func sessions(token: String, limit: Int = 100) async throws -> [(record: SessionRecord, created: Date, updated: Date)] {
        try await db.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM sessions WHERE token = ? ORDER BY updated DESC, rowid DESC LIMIT ?",
                             arguments: [token, limit]).compactMap { row in
                guard let record = try? Self.record(row) else { return nil }
                return (record, row["created"], row["updated"])
            }
        }
    }

    /// Replaces a session's stored state as it is (tests use it to seed or corrupt a session).
    func writeRawState(_ id: String, _ state: String) async throws {
        try await db.write { db in try db.execute(sql: "UPDATE sessions SET state = ? WHERE id = ?", arguments: [state, id]) }
    }

    static func fetch(_ db: Database, id: String, token: String) throws -> SessionRecord {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM sessions WHERE id = ? AND token = ?", arguments: [id, token]) else {
            throw APIError.sessionNotFound(id)
        }
        return try record(row)
    }

    static func record(_ row: Row) throws -> SessionRecord {
        let id: String = row["id"]
        let state: String = row["state"]
        let session: EditSession
        do {
            session = try JSONDecoder().decode(EditSession.self, from: Data(state.utf8))
        } catch {
            throw APIError.internalError("session \(id) has an unreadable state: \(error)")
        }
        return SessionRecord(id: row["id"], taskID: row["task_id"], language: row["language"], session: session)
    }

    static func encode(_ session: EditSession) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(session), as: UTF8.self)
    }
}
