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
        m.registerMigration("v2: uploaded media") { db in
            try db.create(table: "media") { t in
                t.primaryKey("id", .text)
                t.column("session_id", .text).notNull().indexed().references("sessions", onDelete: .cascade)
                t.column("token", .text).notNull().references("tokens", onDelete: .cascade)
                // Absolute path of the stored file (a server-chosen name, never the client's).
                t.column("path", .text).notNull()
                // The client's file name, for display only.
                t.column("name", .text).notNull()
                // The ReelFFmpeg `MediaInfo` as JSON.
                t.column("info", .jsonText).notNull()
                t.column("created", .datetime).notNull()
            }
        }
        m.registerMigration("v3: render jobs") { db in
            try db.create(table: "renders") { t in
                // The server's id for the job (names its file and its download link).
                t.primaryKey("key", .text)
                // The client's id (`render_<ts>`), unique per token.
                t.column("id", .text).notNull()
                t.column("token", .text).notNull().references("tokens", onDelete: .cascade)
                t.column("session_id", .text)
                t.column("draft", .jsonText).notNull()
                t.column("format", .text).notNull()
                t.column("quality", .text).notNull()
                t.column("status", .text).notNull().indexed() // queued, rendering, completed, failed
                t.column("progress", .integer).notNull().defaults(to: 0)
                t.column("error", .text)
                t.column("output_path", .text)
                t.column("bytes", .integer)
                t.column("duration", .double)
                t.column("created", .datetime).notNull()
                t.column("updated", .datetime).notNull()
                t.uniqueKey(["token", "id"])
            }
        }
        m.registerMigration("v4: render attribution") { db in
            // The `X-Skill-*` headers the export was sent with (SPEC §3); null when absent.
            try db.alter(table: "renders") { t in
                t.add(column: "skill_source", .text)
                t.add(column: "skill_version", .text)
                t.add(column: "skill_platform", .text)
            }
        }
        m.registerMigration("v5: render webhook") { db in
            // An http(s) URL POSTed the job's status when it completes or fails; null for none.
            try db.alter(table: "renders") { t in
                t.add(column: "webhook", .text)
            }
        }
        m.registerMigration("v6: render cost") { db in
            // Credits frozen for the job when it was queued: settled when it completes, released
            // when it fails or is cancelled.
            try db.alter(table: "renders") { t in
                t.add(column: "cost", .integer).notNull().defaults(to: 0)
            }
        }
        m.registerMigration("v7: generated media") { db in
            // Files the server made for a session (a narration), owned like uploads: a draft may
            // name them, and the state lists them as `generated_media`.
            try db.create(table: "generated_media") { t in
                t.primaryKey("id", .text)
                t.column("session_id", .text).notNull().indexed().references("sessions", onDelete: .cascade)
                t.column("token", .text).notNull().indexed().references("tokens", onDelete: .cascade)
                t.column("kind", .text).notNull() // voiceover
                // Absolute path of the file (a server-chosen name in the session's media folder).
                t.column("path", .text).notNull()
                t.column("name", .text).notNull()
                // What it says (a narration's script).
                t.column("text", .text)
                // The ReelFFmpeg `MediaInfo` as JSON.
                t.column("info", .jsonText).notNull()
                t.column("created", .datetime).notNull()
            }
        }
        m.registerMigration("v8: render interruptions") { db in
            // How many times a process died while rendering the job (counted at the next start);
            // past `ServerConfiguration.renderInterruptionLimit` the job is failed, not requeued,
            // so a draft that crashes the renderer cannot crash-loop the server.
            try db.alter(table: "renders") { t in
                t.add(column: "interruptions", .integer).notNull().defaults(to: 0)
            }
        }
        return m
    }
}
