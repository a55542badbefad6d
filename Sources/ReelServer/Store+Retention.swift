import Foundation
import GRDB

/// What deleting expired callers took away: the rows went with their token (the tables cascade
/// from `tokens`); the files are for the caller to remove.
struct ExpiredCallers: Sendable, Equatable {
    var tokens = 0
    var sessionIDs: [String] = []
    /// Stored media and finished renders of those callers.
    var files: [String] = []
}

extension Store {
    /// Deletes every token that expired before `cutoff`, with its sessions, media, renders and
    /// ledger, in one transaction. A token with a render still queued or rendering is kept until
    /// that job ends, so the worker never loses the row it is writing to.
    func deleteCallers(expiredBefore cutoff: Date) async throws -> ExpiredCallers {
        try await db.write { db in
            let doomed = """
                SELECT token FROM tokens WHERE expires < ?
                AND token NOT IN (SELECT token FROM renders WHERE status IN ('queued', 'rendering'))
                """
            let arguments: StatementArguments = [cutoff]
            var gone = ExpiredCallers()
            gone.sessionIDs = try String.fetchAll(db, sql: "SELECT id FROM sessions WHERE token IN (\(doomed))", arguments: arguments)
            gone.files = try String.fetchAll(db, sql: """
                SELECT path FROM media WHERE token IN (\(doomed))
                UNION ALL SELECT output_path FROM renders WHERE output_path IS NOT NULL AND token IN (\(doomed))
                """, arguments: arguments + arguments)
            try db.execute(sql: "DELETE FROM tokens WHERE token IN (\(doomed))", arguments: arguments)
            gone.tokens = db.changesCount
            return gone
        }
    }
}
