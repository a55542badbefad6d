import Foundation
import GRDB

extension SQLiteStore {
    public func deleteCallers(expiredBefore cutoff: Date) async throws -> ExpiredCallers {
        try await write { db in
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
                """, arguments: arguments + arguments).map { root.local($0) }
            try db.execute(sql: "DELETE FROM tokens WHERE token IN (\(doomed))", arguments: arguments)
            gone.tokens = db.changesCount
            return gone
        }
    }
}
