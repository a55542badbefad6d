import Foundation
import PostgresNIO
import ReelStore

extension PostgresStore {
    public func deleteCallers(expiredBefore cutoff: Date) async throws -> ExpiredCallers {
        try await pool.transaction("delete expired callers") { c, log in
            // The doomed tokens are locked first, so a job queued meanwhile keeps its caller.
            let doomed: [String] = try await c.rows("""
                SELECT token FROM tokens WHERE expires < \(cutoff)
                AND token NOT IN (SELECT token FROM renders WHERE status IN ('queued', 'rendering')) FOR UPDATE
                """, log).map { try $0.get("token") }
            guard !doomed.isEmpty else { return ExpiredCallers() }
            var gone = ExpiredCallers()
            gone.sessionIDs = try await c.rows("SELECT id FROM sessions WHERE token = ANY(\(doomed)) ORDER BY seq", log).map { try $0.get("id") }
            gone.files = try await c.rows("""
                SELECT path FROM media WHERE token = ANY(\(doomed))
                UNION ALL SELECT output_path AS path FROM renders WHERE output_path IS NOT NULL AND token = ANY(\(doomed))
                """, log).map { root.local(try $0.get("path", as: String.self)) }
            gone.tokens = try await c.rows("DELETE FROM tokens WHERE token = ANY(\(doomed)) RETURNING 1", log).count
            return gone
        }
    }
}
