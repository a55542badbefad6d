import Foundation
import Logging
import PostgresNIO
import ReelFFmpeg
import ReelStore

extension PostgresStore {
    public func addMedia(_ records: [MediaRecord], token: String) async throws {
        let now = now()
        let rows = try records.map { ($0, try StoredValues.infoJSON($0.info)) }
        let root = root
        try await pool.transaction("add media") { c, log in
            for (record, info) in rows {
                guard try await !c.rows("SELECT 1 FROM sessions WHERE id = \(record.sessionID) AND token = \(token)", log).isEmpty else {
                    throw StoreError.sessionNotFound(record.sessionID)
                }
                try await c.rows("""
                    INSERT INTO media (id, session_id, token, path, name, info, created)
                    VALUES (\(record.id), \(record.sessionID), \(token), \(root.stored(record.path)), \(record.name), \(info), \(now))
                    """, log)
            }
        }
    }

    public func media(session: String, token: String) async throws -> [MediaRecord] {
        try await pool.withConnection("list media") { c, log in try await fetchMedia(c, log, session: session, token: token) }
    }

    public func generatedMedia(session: String, token: String) async throws -> [GeneratedMediaRecord] {
        try await pool.withConnection("list generated media") { c, log in try await fetchGeneratedMedia(c, log, session: session, token: token) }
    }

    public func mediaPaths(token: String) async throws -> Set<String> {
        Set(try await pool.query("""
            SELECT path FROM media WHERE token = \(token) UNION SELECT path FROM generated_media WHERE token = \(token)
            """, "media paths").map { root.local(try $0.get("path", as: String.self)) })
    }

    public func mediaItem(id: String, token: String) async throws -> MediaRecord? {
        guard let row = try await pool.query("""
            SELECT id, session_id, path, name, info FROM media WHERE id = \(id) AND token = \(token)
            UNION ALL SELECT id, session_id, path, name, info FROM generated_media WHERE id = \(id) AND token = \(token)
            """, "find media").first, let info = Self.mediaInfo(row) else { return nil }
        return MediaRecord(id: try row.get("id"), sessionID: try row.get("session_id"), path: root.local(try row.get("path", as: String.self)),
                           name: try row.get("name"), info: info)
    }

    func fetchMedia(_ c: PostgresConnection, _ log: Logger, session: String, token: String) async throws -> [MediaRecord] {
        try await c.rows("""
            SELECT id, session_id, path, name, info FROM media WHERE session_id = \(session) AND token = \(token) ORDER BY created, seq
            """, log).compactMap { row in
            guard let info = Self.mediaInfo(row) else { return nil }
            return MediaRecord(id: try row.get("id"), sessionID: try row.get("session_id"), path: root.local(try row.get("path", as: String.self)),
                               name: try row.get("name"), info: info)
        }
    }

    func fetchGeneratedMedia(_ c: PostgresConnection, _ log: Logger, session: String, token: String) async throws -> [GeneratedMediaRecord] {
        try await c.rows("""
            SELECT id, session_id, kind, path, name, text, info FROM generated_media WHERE session_id = \(session) AND token = \(token)
            ORDER BY created, seq
            """, log).compactMap { row in
            guard let info = Self.mediaInfo(row) else { return nil }
            return GeneratedMediaRecord(id: try row.get("id"), sessionID: try row.get("session_id"), kind: try row.get("kind"),
                                        path: root.local(try row.get("path", as: String.self)), name: try row.get("name"),
                                        text: try row.get("text"), info: info)
        }
    }

    /// The `info` column's `MediaInfo`; nil for a row it cannot be read from (the row is skipped).
    static func mediaInfo(_ row: PostgresRow) -> MediaInfo? {
        guard let info = try? row.get("info", as: String.self) else { return nil }
        return StoredValues.mediaInfo(info)
    }
}
