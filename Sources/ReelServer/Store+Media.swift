import Foundation
import GRDB
import ReelFFmpeg

/// One uploaded (or imported) file of a session: where it is stored and what probing found.
public struct MediaRecord: Sendable, Equatable {
    public var id: String
    public var sessionID: String
    /// Absolute path of the stored file.
    public var path: String
    /// The client's name for it, for display only.
    public var name: String
    public var info: MediaInfo
}

extension Store {
    /// Records stored media; 1002 unless `token` owns the session.
    public func addMedia(_ records: [MediaRecord], token: String) async throws {
        let now = now()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let rows = try records.map { ($0, String(decoding: try encoder.encode($0.info), as: UTF8.self)) }
        try await db.write { db in
            for (record, info) in rows {
                guard try Bool.fetchOne(db, sql: "SELECT 1 FROM sessions WHERE id = ? AND token = ?",
                                        arguments: [record.sessionID, token]) ?? false else {
                    throw APIError.sessionNotFound(record.sessionID)
                }
                try db.execute(sql: """
                    INSERT INTO media (id, session_id, token, path, name, info, created) VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [record.id, record.sessionID, token, record.path, record.name, info, now])
            }
        }
    }

    /// The session's media in the order they were added (empty for a session `token` does not own).
    public func media(session: String, token: String) async throws -> [MediaRecord] {
        try await db.read { db in try Self.fetchMedia(db, session: session, token: token) }
    }

    static func fetchMedia(_ db: Database, session: String, token: String) throws -> [MediaRecord] {
        let decoder = JSONDecoder()
        return try Row.fetchAll(db, sql: "SELECT * FROM media WHERE session_id = ? AND token = ? ORDER BY created, rowid",
                                arguments: [session, token]).compactMap { row -> MediaRecord? in
            guard let decoded = mediaInfo(row, decoder) else { return nil }
            return MediaRecord(id: row["id"], sessionID: row["session_id"], path: row["path"], name: row["name"], info: decoded)
        }
    }

    /// Every stored file this token uploaded, and every file the server made for it (narrations):
    /// the only files its drafts may name.
    public func mediaPaths(token: String) async throws -> Set<String> {
        try await db.read { db in
            Set(try String.fetchAll(db, sql: "SELECT path FROM media WHERE token = ?1 UNION SELECT path FROM generated_media WHERE token = ?1",
                                    arguments: [token]))
        }
    }

    /// The stored file of the upload or generated media `id`, if `token` owns it.
    func mediaFile(id: String, token: String) async throws -> String? {
        try await db.read { db in
            try String.fetchOne(db, sql: """
                SELECT path FROM media WHERE id = ?1 AND token = ?2 UNION ALL SELECT path FROM generated_media WHERE id = ?1 AND token = ?2
                """, arguments: [id, token])
        }
    }

    /// The upload or generated media `id` (its file, session and probed info), if `token` owns it.
    func mediaItem(id: String, token: String) async throws -> MediaRecord? {
        try await db.read { db in
            let decoder = JSONDecoder()
            return try Row.fetchOne(db, sql: """
                SELECT id, session_id, path, name, info FROM media WHERE id = ?1 AND token = ?2
                UNION ALL SELECT id, session_id, path, name, info FROM generated_media WHERE id = ?1 AND token = ?2
                """, arguments: [id, token]).flatMap { row in
                Self.mediaInfo(row, decoder).map { MediaRecord(id: row["id"], sessionID: row["session_id"], path: row["path"], name: row["name"], info: $0) }
            }
        }
    }

    /// The `info` column's `MediaInfo`; nil for a row it cannot be read from (the row is skipped).
    static func mediaInfo(_ row: Row, _ decoder: JSONDecoder) -> MediaInfo? {
        let info: String = row["info"]
        return try? decoder.decode(MediaInfo.self, from: Data(info.utf8))
    }
}
