import Foundation
import GRDB

/// An anonymous caller: a bearer token with its credits.
public struct TokenRecord: Sendable, Equatable {
    public var token: String
    public var clientID: String
    public var created: Date
    public var expires: Date
    public var available: Int
    public var frozen: Int

    init(token: String, clientID: String, created: Date, expires: Date, available: Int, frozen: Int) {
        self.token = token
        self.clientID = clientID
        self.created = created
        self.expires = expires
        self.available = available
        self.frozen = frozen
    }

    init(row: Row) {
        token = row["token"]
        clientID = row["client_id"]
        created = row["created"]
        expires = row["expires"]
        available = row["credits_available"]
        frozen = row["credits_frozen"]
    }
}

extension Store {
    /// The client's valid token if it has one, else a new one holding `credits` for `lifetime`.
    public func anonymousToken(clientID: String, credits: Int, lifetime: TimeInterval) async throws -> TokenRecord {
        let now = now()
        return try await db.write { db in
            if let row = try Row.fetchOne(db, sql: """
                SELECT * FROM tokens WHERE client_id = ? AND expires > ? ORDER BY created DESC LIMIT 1
                """, arguments: [clientID, now]) {
                return TokenRecord(row: row)
            }
            let record = TokenRecord(token: "reel_" + Self.randomHex(bytes: 24), clientID: clientID, created: now,
                                     expires: now.addingTimeInterval(lifetime), available: credits, frozen: 0)
            try db.execute(sql: """
                INSERT INTO tokens (token, client_id, created, expires, credits_available, credits_frozen)
                VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [record.token, clientID, now, record.expires, credits, 0])
            try Self.record(db, token: record.token, session: nil, kind: "grant", amount: credits, at: now)
            return record
        }
    }

    /// The token's record if it exists and has not expired.
    public func validToken(_ token: String) async throws -> TokenRecord? {
        let now = now()
        return try await db.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM tokens WHERE token = ? AND expires > ?", arguments: [token, now])
                .map(TokenRecord.init(row:))
        }
    }

    static func randomHex(bytes: Int) -> String {
        var rng = SystemRandomNumberGenerator()
        return (0..<bytes).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &rng)) }.joined()
    }
}
