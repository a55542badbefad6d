import Foundation
import GRDB

/// A token's credits: spendable, reserved by turns still running, and their sum.
public struct CreditBalance: Codable, Sendable, Equatable {
    public var available: Int
    public var frozen: Int
    public var total: Int { available + frozen }

    enum CodingKeys: String, CodingKey { case available, frozen, total }

    public init(available: Int, frozen: Int) {
        self.available = available
        self.frozen = frozen
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        available = try c.decode(Int.self, forKey: .available)
        frozen = try c.decode(Int.self, forKey: .frozen)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(available, forKey: .available)
        try c.encode(frozen, forKey: .frozen)
        try c.encode(total, forKey: .total)
    }
}

/// A turn's or an export's cost moves available → frozen while it runs, then is settled (spent) or released.
extension Store {
    public func balance(token: String) async throws -> CreditBalance {
        try await db.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT credits_available, credits_frozen FROM tokens WHERE token = ?",
                                             arguments: [token]) else { return CreditBalance(available: 0, frozen: 0) }
            return CreditBalance(available: row[0], frozen: row[1])
        }
    }

    /// Reserves `amount`; throws 2001 if the token does not have it.
    public func freeze(_ amount: Int, token: String, session: String?) async throws {
        let now = now()
        try await db.write { db in try Self.freeze(db, amount, token: token, session: session, at: now) }
    }

    /// Spends a reservation.
    public func settle(_ amount: Int, token: String, session: String?) async throws {
        let now = now()
        try await db.write { db in try Self.settle(db, amount, token: token, session: session, at: now) }
    }

    /// Gives a reservation back.
    public func release(_ amount: Int, token: String, session: String?) async throws {
        let now = now()
        try await db.write { db in try Self.release(db, amount, token: token, session: session, at: now) }
    }

    static func freeze(_ db: Database, _ amount: Int, token: String, session: String?, at now: Date) throws {
        try db.execute(sql: """
            UPDATE tokens SET credits_available = credits_available - ?1, credits_frozen = credits_frozen + ?1
            WHERE token = ?2 AND credits_available >= ?1
            """, arguments: [amount, token])
        guard db.changesCount == 1 else {
            let available = try Int.fetchOne(db, sql: "SELECT credits_available FROM tokens WHERE token = ?", arguments: [token]) ?? 0
            throw APIError.noCredits(available: available, needed: amount)
        }
        try record(db, token: token, session: session, kind: "freeze", amount: amount, at: now)
    }

    static func settle(_ db: Database, _ amount: Int, token: String, session: String?, at now: Date) throws {
        try db.execute(sql: "UPDATE tokens SET credits_frozen = credits_frozen - ? WHERE token = ?", arguments: [amount, token])
        try record(db, token: token, session: session, kind: "settle", amount: amount, at: now)
    }

    static func release(_ db: Database, _ amount: Int, token: String, session: String?, at now: Date) throws {
        try db.execute(sql: """
            UPDATE tokens SET credits_available = credits_available + ?1, credits_frozen = credits_frozen - ?1 WHERE token = ?2
            """, arguments: [amount, token])
        try record(db, token: token, session: session, kind: "release", amount: amount, at: now)
    }

    /// On server start: credits still frozen belong to turns a previous process never finished
    /// (it crashed or was killed mid-turn), so they go back to available. Each token's ledger
    /// gets a `release_after_restart` entry for the amount. What render jobs still queued or
    /// rendering hold stays frozen: those jobs run again and settle or release it themselves.
    /// Returns how many credits were released.
    @discardableResult
    public func releaseAbandonedFreezes() throws -> Int {
        let now = now()
        return try db.write { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT token, credits_frozen - COALESCE((SELECT SUM(cost) FROM renders
                    WHERE renders.token = tokens.token AND status IN ('queued', 'rendering')), 0) AS abandoned
                FROM tokens WHERE credits_frozen <> 0
                """)
            var released = 0
            for row in rows {
                let token: String = row[0]
                let amount: Int = row[1]
                guard amount > 0 else { continue }
                try db.execute(sql: """
                    UPDATE tokens SET credits_available = credits_available + ?1, credits_frozen = credits_frozen - ?1 WHERE token = ?2
                    """, arguments: [amount, token])
                try Self.record(db, token: token, session: nil, kind: "release_after_restart", amount: amount, at: now)
                released += amount
            }
            return released
        }
    }

    /// The ledger's kinds and amounts for a token, oldest first.
    public func ledger(token: String) async throws -> [(kind: String, amount: Int)] {
        try await db.read { db in
            try Row.fetchAll(db, sql: "SELECT kind, amount FROM credit_ledger WHERE token = ? ORDER BY id", arguments: [token])
                .map { (kind: $0[0], amount: $0[1]) }
        }
    }

    static func record(_ db: Database, token: String, session: String?, kind: String, amount: Int, at date: Date) throws {
        try db.execute(sql: "INSERT INTO credit_ledger (token, session_id, kind, amount, created) VALUES (?, ?, ?, ?, ?)",
                       arguments: [token, session, kind, amount, date])
    }
}
