import Foundation
import Logging
import PostgresNIO
import ReelStore

extension PostgresStore {
    public func balance(token: String) async throws -> CreditBalance {
        guard let row = try await pool.query("SELECT credits_available, credits_frozen FROM tokens WHERE token = \(token)", "balance").first else {
            return CreditBalance(available: 0, frozen: 0)
        }
        return CreditBalance(available: try row.get("credits_available"), frozen: try row.get("credits_frozen"))
    }

    public func freeze(_ amount: Int, token: String, session: String?, lifetime: TimeInterval) async throws -> CreditHold {
        let now = now()
        let hold = CreditHold(id: Self.newID(), token: token, session: session, amount: max(0, amount))
        try await pool.transaction("freeze credits") { c, log in
            try await Self.freeze(c, log, hold.amount, token: token, session: session, at: now)
            try await c.rows("""
                INSERT INTO credit_holds (id, token, session_id, amount, created, expires)
                VALUES (\(hold.id), \(token), \(session), \(hold.amount), \(now), \(now.addingTimeInterval(lifetime)))
                """, log)
        }
        return hold
    }

    public func settle(_ hold: CreditHold) async throws {
        try await endHold(hold, kind: "settle")
    }

    public func release(_ hold: CreditHold) async throws {
        try await endHold(hold, kind: "release")
    }

    /// Deleting the hold is what makes settling or releasing it happen once: a second call (or
    /// another node's) finds no row and leaves the credits alone.
    private func endHold(_ hold: CreditHold, kind: String) async throws {
        let now = now()
        try await pool.transaction("\(kind) credits") { c, log in
            guard let row = try await c.rows("DELETE FROM credit_holds WHERE id = \(hold.id) RETURNING token, session_id, amount", log).first else {
                return
            }
            let token: String = try row.get("token"), session: String? = try row.get("session_id"), amount: Int = try row.get("amount")
            if kind == "settle" {
                try await Self.settle(c, log, amount, token: token, session: session, at: now)
            } else {
                try await Self.release(c, log, amount, token: token, session: session, at: now)
            }
        }
    }

    public func releaseExpiredHolds() async throws -> Int {
        let now = now()
        return try await pool.transaction("release expired holds") { c, log in
            var released = 0
            for row in try await c.rows("DELETE FROM credit_holds WHERE expires <= \(now) RETURNING token, session_id, amount", log) {
                let amount: Int = try row.get("amount")
                try await Self.release(c, log, amount, token: try row.get("token"), session: try row.get("session_id"), at: now,
                                       kind: "release_after_restart")
                released += amount
            }
            return released
        }
    }

    public func ledger(token: String) async throws -> [LedgerEntry] {
        try await pool.query("SELECT kind, amount FROM credit_ledger WHERE token = \(token) ORDER BY id", "ledger").map {
            LedgerEntry(kind: try $0.get("kind"), amount: try $0.get("amount"))
        }
    }

    /// One guarded update: under any concurrency, two freezes never both take the last credits
    /// (the second waits for the first's row lock, then re-checks the guard on what it left).
    static func freeze(_ c: PostgresConnection, _ log: Logger, _ amount: Int, token: String, session: String?, at now: Date) async throws {
        let moved = try await c.rows("""
            UPDATE tokens SET credits_available = credits_available - \(amount), credits_frozen = credits_frozen + \(amount)
            WHERE token = \(token) AND credits_available >= \(amount) RETURNING 1
            """, log)
        guard !moved.isEmpty else {
            let available = try await c.rows("SELECT credits_available FROM tokens WHERE token = \(token)", log).first?
                .get("credits_available", as: Int.self) ?? 0
            throw StoreError.noCredits(available: available, needed: amount)
        }
        try await record(c, log, token: token, session: session, kind: "freeze", amount: amount, at: now)
    }

    static func settle(_ c: PostgresConnection, _ log: Logger, _ amount: Int, token: String, session: String?, at now: Date) async throws {
        try await c.rows("UPDATE tokens SET credits_frozen = credits_frozen - \(amount) WHERE token = \(token)", log)
        try await record(c, log, token: token, session: session, kind: "settle", amount: amount, at: now)
    }

    static func release(_ c: PostgresConnection, _ log: Logger, _ amount: Int, token: String, session: String?, at now: Date,
                        kind: String = "release") async throws {
        try await c.rows("""
            UPDATE tokens SET credits_available = credits_available + \(amount), credits_frozen = credits_frozen - \(amount)
            WHERE token = \(token)
            """, log)
        try await record(c, log, token: token, session: session, kind: kind, amount: amount, at: now)
    }

    static func record(_ c: PostgresConnection, _ log: Logger, token: String, session: String?, kind: String, amount: Int, at now: Date) async throws {
        try await c.rows("""
            INSERT INTO credit_ledger (token, session_id, kind, amount, created) VALUES (\(token), \(session), \(kind), \(amount), \(now))
            """, log)
    }
}
