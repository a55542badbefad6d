import Foundation
import GRDB

extension SQLiteStore {
    public func stateSnapshot(session id: String, token: String) async throws -> StateSnapshot {
        let now = now()
        return try await read { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM tokens WHERE token = ? AND expires > ?", arguments: [token, now]) ?? false else {
                throw StoreError.badToken()
            }
            // The stored state is parsed once, by json_extract (which fails on malformed JSON).
            let found: Row?
            do {
                found = try Row.fetchOne(db, sql: "SELECT id, json_extract(state, '$.draft') AS draft FROM sessions WHERE id = ? AND token = ?",
                                         arguments: [id, token])
            } catch let error as DatabaseError {
                throw StoreError.unreadable("session \(id) has an unreadable state: \(error.message ?? "\(error)")")
            }
            guard let row = found else { throw StoreError.sessionNotFound(id) }
            guard let draft: String = row["draft"], draft.first == "{" else {
                throw StoreError.unreadable("session \(id) has an unreadable state")
            }
            return StateSnapshot(sessionID: row["id"], draftJSON: root.localJSON(draft), media: try fetchMedia(db, session: id, token: token),
                                 generated: try fetchGeneratedMedia(db, session: id, token: token))
        }
    }
}
