import Foundation
import GRDB
import ReelFFmpeg

extension SQLiteStore {
    public func addMedia(_ records: [MediaRecord], token: String) async throws {
        let now = now()
        let rows = try records.map { ($0, try StoredValues.infoJSON($0.info)) }
        let root = root
        try await write { db in
            for (record, info) in rows {
                guard try Bool.fetchOne(db, sql: "SELECT 1 FROM sessions WHERE id = ? AND token = ?",
                                        arguments: [record.sessionID, token]) ?? false else {
                    throw StoreError.sessionNotFound(record.sessionID)
                }
                try db.execute(sql: """
                    INSERT INTO media (id, session_id, token, path, name, info, created) VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [record.id, record.sessionID, token, root.stored(record.path), record.name, info, now])
            }
        }
    }

    public func media(session: String, token: String) async throws -> [MediaRecord] {
        try await read { db in try fetchMedia(db, session: session, token: token) }
    }

    func fetchMedia(_ db: Database, session: String, token: String) throws -> [MediaRecord] {
        return try Row.fetchAll(db, sql: "SELECT * FROM media WHERE session_id = ? AND token = ? ORDER BY created, rowid",
                                arguments: [session, token]).compactMap { row -> MediaRecord? in
            guard let decoded = Self.mediaInfo(row) else { return nil }
            return MediaRecord(id: row["id"], sessionID: row["session_id"], path: root.local(row["path"] as String), name: row["name"], info: decoded)
        }
    }

    public func generatedMedia(session: String, token: String) async throws -> [GeneratedMediaRecord] {
        try await read { db in try fetchGeneratedMedia(db, session: session, token: token) }
    }

    func fetchGeneratedMedia(_ db: Database, session: String, token: String) throws -> [GeneratedMediaRecord] {
        return try Row.fetchAll(db, sql: "SELECT * FROM generated_media WHERE session_id = ? AND token = ? ORDER BY created, rowid",
                                arguments: [session, token]).compactMap { row -> GeneratedMediaRecord? in
            guard let decoded = Self.mediaInfo(row) else { return nil }
            return GeneratedMediaRecord(id: row["id"], sessionID: row["session_id"], kind: row["kind"], path: root.local(row["path"] as String),
                                        name: row["name"], text: row["text"], info: decoded)
        }
    }

    public func mediaPaths(token: String) async throws -> Set<String> {
        try await read { db in
            Set(try String.fetchAll(db, sql: "SELECT path FROM media WHERE token = ?1 UNION SELECT path FROM generated_media WHERE token = ?1",
                                    arguments: [token]).map { root.local($0) })
        }
    }

    public func mediaItem(id: String, token: String) async throws -> MediaRecord? {
        try await read { db in
                return try Row.fetchOne(db, sql: """
                SELECT id, session_id, path, name, info FROM media WHERE id = ?1 AND token = ?2
                UNION ALL SELECT id, session_id, path, name, info FROM generated_media WHERE id = ?1 AND token = ?2
                """, arguments: [id, token]).flatMap { row in
                Self.mediaInfo(row).map {
                    MediaRecord(id: row["id"], sessionID: row["session_id"], path: root.local(row["path"] as String), name: row["name"], info: $0)
                }
            }
        }
    }

    /// The `info` column's `MediaInfo`; nil for a row it cannot be read from (the row is skipped).
    static func mediaInfo(_ row: Row) -> MediaInfo? {
        StoredValues.mediaInfo(row["info"])
    }
}
