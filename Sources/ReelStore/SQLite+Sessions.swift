import Foundation
import GRDB
import ReelPlanner
import ReelTimeline

extension SQLiteStore {
    public func createSession(token: String, language: String) async throws -> SessionRecord {
        let record = SessionRecord(id: UUID().uuidString.lowercased(), taskID: UUID().uuidString.lowercased(),
                                   language: language, session: EditSession(draft: Draft()))
        let now = now()
        let state = try encode(record.session)
        try await write { db in
            try db.execute(sql: """
                INSERT INTO sessions (id, task_id, token, language, created, updated, state) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [record.id, record.taskID, token, language, now, now, state])
        }
        return record
    }

    public func session(_ id: String, token: String) async throws -> SessionRecord {
        try await read { db in try fetch(db, id: id, token: token) }
    }

    public func requireSession(_ id: String, token: String) async throws {
        let found = try await read { db in
            try Bool.fetchOne(db, sql: "SELECT 1 FROM sessions WHERE id = ? AND token = ?", arguments: [id, token]) ?? false
        }
        guard found else { throw StoreError.sessionNotFound(id) }
    }

    public func updateSession<T: Sendable>(_ id: String, token: String, generated: [GeneratedMediaRecord],
                                          _ change: @escaping @Sendable (inout EditSession) throws -> T) async throws -> T {
        let now = now()
        let generatedRows = try generated.map { ($0, try StoredValues.infoJSON($0.info)) }
        return try await write { db in
            var record = try fetch(db, id: id, token: token)
            let before = record.session
            let result = try change(&record.session)
            try db.execute(sql: "UPDATE sessions SET state = ?, updated = ? WHERE id = ?",
                           arguments: [try encode(record.session), now, id])
            if record.session != before {
                for (media, info) in generatedRows {
                    try db.execute(sql: """
                        INSERT INTO generated_media (id, session_id, token, kind, path, name, text, info, created)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """, arguments: [media.id, id, token, media.kind, root.stored(media.path), media.name, media.text, info, now])
                }
            }
            return result
        }
    }

    public func sessions(token: String, limit: Int) async throws -> [SessionListing] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM sessions WHERE token = ? ORDER BY updated DESC, rowid DESC LIMIT ?",
                             arguments: [token, limit]).compactMap { row in
                guard let record = try? record(row) else { return nil }
                return SessionListing(record: record, created: row["created"], updated: row["updated"])
            }
        }
    }

    public func writeRawState(_ id: String, _ state: String) async throws {
        try await write { db in try db.execute(sql: "UPDATE sessions SET state = ? WHERE id = ?", arguments: [state, id]) }
    }

    func fetch(_ db: Database, id: String, token: String) throws -> SessionRecord {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM sessions WHERE id = ? AND token = ?", arguments: [id, token]) else {
            throw StoreError.sessionNotFound(id)
        }
        return try record(row)
    }

    func record(_ row: Row) throws -> SessionRecord {
        let id: String = row["id"]
        let state: String = row["state"]
        return SessionRecord(id: id, taskID: row["task_id"], language: row["language"],
                             session: try SessionState.decode(state, id: id, root: root))
    }

    func encode(_ session: EditSession) throws -> String {
        try SessionState.encode(session, root: root)
    }
}

/// A session's `EditSession` as the JSON text both stores keep: sorted keys, slashes plain,
/// media paths relative to the media root.
public enum SessionState {
    public static func encode(_ session: EditSession, root: MediaRoot) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return root.storedJSON(String(decoding: try encoder.encode(session), as: UTF8.self))
    }

    /// `.unreadable` for a state that does not decode.
    public static func decode(_ state: String, id: String, root: MediaRoot) throws -> EditSession {
        do {
            return try JSONDecoder().decode(EditSession.self, from: Data(root.localJSON(state).utf8))
        } catch {
            throw StoreError.unreadable("session \(id) has an unreadable state: \(error)")
        }
    }
}
