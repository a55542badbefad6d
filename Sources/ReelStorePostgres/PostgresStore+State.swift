import Foundation
import PostgresNIO
import ReelStore

extension PostgresStore {
    public func stateSnapshot(session id: String, token: String) async throws -> StateSnapshot {
        let now = now()
        return try await pool.transaction("read session state") { c, log in
            // One snapshot for the draft and both media lists.
            try await c.rows("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY", log)
            guard try await !c.rows("SELECT 1 FROM tokens WHERE token = \(token) AND expires > \(now)", log).isEmpty else {
                throw StoreError.badToken()
            }
            guard try await !c.rows("SELECT 1 FROM sessions WHERE id = \(id) AND token = \(token)", log).isEmpty else {
                throw StoreError.sessionNotFound(id)
            }
            // The state is parsed by the server, once, and only the draft comes back.
            let draft: String?
            do {
                draft = try await c.rows("""
                    SELECT (state::json -> 'draft')::text AS draft FROM sessions WHERE id = \(id) AND token = \(token)
                    """, log).first?.get("draft", as: String?.self)
            } catch {
                throw StoreError.unreadable("session \(id) has an unreadable state: \(PostgresPool.storeError(error, "read"))")
            }
            guard let draft, draft.first == "{" else { throw StoreError.unreadable("session \(id) has an unreadable state") }
            return StateSnapshot(sessionID: id, draftJSON: root.localJSON(draft),
                                 media: try await fetchMedia(c, log, session: id, token: token),
                                 generated: try await fetchGeneratedMedia(c, log, session: id, token: token))
        }
    }
}
