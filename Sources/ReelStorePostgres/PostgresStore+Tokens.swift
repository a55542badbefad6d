import Foundation
import PostgresNIO
import ReelStore

extension PostgresStore {
    func tokenRecord(_ row: PostgresRow) throws -> TokenRecord {
        TokenRecord(token: try row.get("token"), clientID: try row.get("client_id"), created: try row.get("created"),
                    expires: try row.get("expires"), available: try row.get("credits_available"), frozen: try row.get("credits_frozen"))
    }

    public func anonymousToken(clientID: String, credits: Int, lifetime: TimeInterval) async throws -> TokenRecord {
        let now = now()
        let fresh = TokenRecord(token: StoredValues.newToken(), clientID: clientID, created: now,
                                expires: now.addingTimeInterval(lifetime), available: credits, frozen: 0)
        let key = Self.lockKey(clientID)
        return try await pool.transaction("anonymous token") { c, log in
            // One client asking twice at once gets one token, as it would from SQLite's single writer.
            try await c.rows("SELECT pg_advisory_xact_lock(\(Self.clientLockSpace), \(key))", log)
            if let row = try await c.rows("""
                SELECT * FROM tokens WHERE client_id = \(clientID) AND expires > \(now) ORDER BY created DESC LIMIT 1
                """, log).first {
                return try tokenRecord(row)
            }
            try await c.rows("""
                INSERT INTO tokens (token, client_id, created, expires, credits_available, credits_frozen)
                VALUES (\(fresh.token), \(clientID), \(now), \(fresh.expires), \(credits), 0)
                """, log)
            try await Self.record(c, log, token: fresh.token, session: nil, kind: "grant", amount: credits, at: now)
            return fresh
        }
    }

    public func validToken(_ token: String) async throws -> TokenRecord? {
        let now = now()
        return try await pool.query("SELECT * FROM tokens WHERE token = \(token) AND expires > \(now)", "valid token")
            .first.map(tokenRecord)
    }

    /// Advisory lock spaces (the first of the two int4 keys): 'reel' 'clnt' and 'reel' 'turn'.
    static let clientLockSpace: Int32 = 0x636C_6E74
    static let turnLockSpace: Int32 = 0x7475_726E
}
