import Foundation
import GRDB

extension TokenRecord {
    init(row: Row) {
        self.init(token: row["token"], clientID: row["client_id"], created: row["created"], expires: row["expires"],
                  available: row["credits_available"], frozen: row["credits_frozen"])
    }
}

extension SQLiteStore {
    public func anonymousToken(clientID: String, credits: Int, lifetime: TimeInterval) async throws -> TokenRecord {
        let now = now()
        return try await write { db in
            if let row = try Row.fetchOne(db, sql: """
                SELECT * FROM tokens WHERE client_id = ? AND expires > ? ORDER BY created DESC LIMIT 1
                """, arguments: [clientID, now]) {
                return TokenRecord(row: row)
            }
            let record = TokenRecord(token: StoredValues.newToken(), clientID: clientID, created: now,
                                     expires: now.addingTimeInterval(lifetime), available: credits, frozen: 0)
            try db.execute(sql: """
                INSERT INTO tokens (token, client_id, created, expires, credits_available, credits_frozen)
                VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [record.token, clientID, now, record.expires, credits, 0])
            try Self.record(db, token: record.token, session: nil, kind: "grant", amount: credits, at: now)
            return record
        }
    }

    public func validToken(_ token: String) async throws -> TokenRecord? {
        let now = now()
        return try await read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM tokens WHERE token = ? AND expires > ?", arguments: [token, now])
                .map(TokenRecord.init(row:))
        }
    }
}
