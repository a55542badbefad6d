import GRDB

extension Store {
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1: tokens, sessions, credit ledger") { db in
            try db.create(table: "tokens") { t in
                t.primaryKey("token", .text)
                t.column("client_id", .text).notNull().indexed()
                t.column("created", .datetime).notNull()
                t.column("expires", .datetime).notNull()
                t.column("credits_available", .integer).notNull()
                t.column("credits_frozen", .integer).notNull().defaults(to: 0)
            }
            try db.create(table: "sessions") { t in
                t.primaryKey("id", .text)
                t.column("task_id", .text).notNull()
                t.column("token", .text).notNull().indexed().references("tokens", onDelete: .cascade)
                t.column("language", .text).notNull()
                t.column("created", .datetime).notNull()
                t.column("updated", .datetime).notNull()
                // The ReelPlanner `EditSession` as JSON: the draft and its undo/redo history.
                t.column("state", .jsonText).notNull()
            }
            // Every movement of credits, so a balance can be explained.
            try db.create(table: "credit_ledger") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("token", .text).notNull().indexed().references("tokens", onDelete: .cascade)
                t.column("session_id", .text)
                t.column("kind", .text).notNull() // grant, freeze, settle, release
                t.column("amount", .integer).notNull()
                t.column("created", .datetime).notNull()
            }
        }
        return m
    }
}
