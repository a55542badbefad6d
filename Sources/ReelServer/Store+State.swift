import Foundation
import GRDB

/// What `GET …/{sid}/latest` shows, read in one transaction: the draft as the JSON text it is
/// stored as (SQLite extracts it, so the undo history is never decoded), the session's media and
/// the media the server generated for it.
struct StateSnapshot: Sendable {
    var sessionID: String
    /// The draft with the seed's short keys, as JSON text.
    var draftJSON: String
    var media: [MediaRecord]
    var generated: [GeneratedMediaRecord] = []
}

extension Store {
    /// The session's state for a caller holding `token`: 1001 unless the token is valid, 1002
    /// unless it owns the session. One read, so a busy state endpoint costs one database hop.
    func stateSnapshot(session id: String, token: String) async throws -> StateSnapshot {
        let now = now()
        return try await db.read { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM tokens WHERE token = ? AND expires > ?", arguments: [token, now]) ?? false else {
                throw APIError.badToken()
            }
            // The stored state is parsed once, by json_extract (which fails on malformed JSON).
            let found: Row?
            do {
                found = try Row.fetchOne(db, sql: "SELECT id, json_extract(state, '$.draft') AS draft FROM sessions WHERE id = ? AND token = ?",
                                         arguments: [id, token])
            } catch let error as DatabaseError {
                throw APIError.internalError("session \(id) has an unreadable state: \(error.message ?? "\(error)")")
            }
            guard let row = found else { throw APIError.sessionNotFound(id) }
            guard let draft: String = row["draft"], draft.first == "{" else {
                throw APIError.internalError("session \(id) has an unreadable state")
            }
            return StateSnapshot(sessionID: row["id"], draftJSON: draft, media: try Self.fetchMedia(db, session: id, token: token),
                                 generated: try Self.fetchGeneratedMedia(db, session: id, token: token))
        }
    }
}
