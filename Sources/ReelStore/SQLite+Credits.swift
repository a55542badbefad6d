import Foundation
import GRDB

/// A turn's or an export's cost moves available → frozen while it runs, then is settled (spent)
/// or released. Turns hold theirs in `credit_holds` (with a lifetime, so a process that died
/// mid-turn gives them back once it has passed); exports hold theirs on the job row.
extension SQLiteStore {
    public func balance(token: String) async throws -> CreditBalance {
        try await read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT credits_available, credits_frozen FROM tokens WHERE token = ?",
                                             arguments: [token]) else { return CreditBalance(available: 0, frozen: 0) }
            return CreditBalance(available: row[0], frozen: row[1])
        }
    }

    public func freeze(_ amount: Int, token: String, session: String?, lifetime: TimeInterval) async throws -> CreditHold {
        let now = now()
        let hold = CreditHold(id: UUID().uuidString.lowercased(), token: token, session: session, amount: max(0, amount))
        try await write { db in
            try Self.freeze(db, hold.amount, token: token, session: session, at: now)
            try db.execute(sql: "INSERT INTO credit_holds (id, token, session_id, amount, created, expires) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [hold.id, token, session, hold.amount, now, now.addingTimeInterval(lifetime)])
        }
        return hold
    }

    public func settle(_ hold: CreditHold) async throws {
        let now = now()
        try await write { db in
            try db.execute(sql: "DELETE FROM credit_holds WHERE id = ?", arguments: [hold.id])
            guard db.changesCount == 1 else { return }
            try Self.settle(db, hold.amount, token: hold.token, session: hold.session, at: now)
        }
    }

    public func release(_ hold: CreditHold) async throws {
        let now = now()
        try await write { db in
            try db.execute(sql: "DELETE FROM credit_holds WHERE id = ?", arguments: [hold.id])
            guard db.changesCount == 1 else { return }
            try Self.release(db, hold.amount, token: hold.token, session: hold.session, at: now)
        }
    }

    @discardableResult
    public func releaseExpiredHolds() async throws -> Int {
        let now = now()
        return try await write { db in
            let rows = try Row.fetchAll(db, sql: "SELECT id, token, session_id, amount FROM credit_holds WHERE expires <= ?", arguments: [now])
            var released = 0
            for row in rows {
                let amount: Int = row["amount"]
                try db.execute(sql: "DELETE FROM credit_holds WHERE id = ?", arguments: [row["id"] as String])
                try Self.release(db, amount, token: row["token"], session: row["session_id"], at: now, kind: "release_after_restart")
                released += amount
            }
            return released
        }
    }

    public func ledger(token: String) async throws -> [LedgerEntry] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT kind, amount FROM credit_ledger WHERE token = ? ORDER BY id", arguments: [token])
                .map { LedgerEntry(kind: $0[0], amount: $0[1]) }
        }
    }

    static func freeze(_ db: Database, _ amount: Int, token: String, session: String?, at now: Date) throws {
        try db.execute(sql: """
            UPDATE tokens SET credits_available = credits_available - ?1, credits_frozen = credits_frozen + ?1
            WHERE token = ?2 AND credits_available >= ?1
            """, arguments: [amount, token])
        guard db.changesCount == 1 else {
            let available = try Int.fetchOne(db, sql: "SELECT credits_available FROM tokens WHERE token = ?", arguments: [token]) ?? 0
            throw StoreError.noCredits(available: available, needed: amount)
        }
        try record(db, token: token, session: session, kind: "freeze", amount: amount, at: now)
    }

    static func settle(_ db: Database, _ amount: Int, token: String, session: String?, at now: Date) throws {
        try db.execute(sql: "UPDATE tokens SET credits_frozen = credits_frozen - ? WHERE token = ?", arguments: [amount, token])
        try record(db, token: token, session: session, kind: "settle", amount: amount, at: now)
    }

    static func release(_ db: Database, _ amount: Int, token: String, session: String?, at now: Date, kind: String = "release") throws {
        try db.execute(sql: """
            UPDATE tokens SET credits_available = credits_available + ?1, credits_frozen = credits_frozen - ?1 WHERE token = ?2
            """, arguments: [amount, token])
        try record(db, token: token, session: session, kind: kind, amount: amount, at: now)
    }

    static func record(_ db: Database, token: String, session: String?, kind: String, amount: Int, at date: Date) throws {
        try db.execute(sql: "INSERT INTO credit_ledger (token, session_id, kind, amount, created) VALUES (?, ?, ?, ?, ?)",
                       arguments: [token, session, kind, amount, date])
    }
}
