import GRDB

extension SQLiteStore {
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
        m.registerMigration("v9: credit holds and render tasks") { db in
            // Credits frozen by a turn, until it settles or releases them; a hold whose
            // `expires` has passed belongs to a process that died mid-turn and is given back.
            try db.create(table: "credit_holds") { t in
                t.primaryKey("id", .text)
                t.column("token", .text).notNull().indexed().references("tokens", onDelete: .cascade)
                t.column("session_id", .text)
                t.column("amount", .integer).notNull()
                t.column("created", .datetime).notNull()
                t.column("expires", .datetime).notNull().indexed()
            }
            // What workers claim: a job's `render` task, or, once a worker split it, its chunk,
            // audio and join tasks. `claim` fences every change a worker makes; `lease_expires`
            // says when a silent worker is taken to be dead.
            try db.create(table: "render_tasks") { t in
                t.primaryKey("id", .text) // <job key>/render, /chunk-<n>, /audio, /join
                t.column("render_key", .text).notNull().indexed().references("renders", column: "key", onDelete: .cascade)
                t.column("kind", .text).notNull() // render, chunk, audio, join
                t.column("idx", .integer).notNull().defaults(to: 0)
                t.column("frame_start", .integer)
                t.column("frame_end", .integer)
                t.column("status", .text).notNull() // waiting, queued, running, done, failed, cancelled
                t.column("claim", .text)
                t.column("owner", .text)
                t.column("lease_expires", .datetime)
                t.column("attempts", .integer).notNull().defaults(to: 0)
                t.column("run_after", .datetime).notNull()
                // Share of the job's progress this task carries (a chunk: its frames).
                t.column("weight", .integer).notNull().defaults(to: 1)
                t.column("progress", .double).notNull().defaults(to: 0)
                t.column("error", .text)
                t.column("created", .datetime).notNull()
                t.column("updated", .datetime).notNull()
            }
            try db.create(index: "render_tasks_runnable", on: "render_tasks", columns: ["status", "run_after"])
            // Jobs an older version left queued or rendering get their one task; a process death
            // it counted becomes an attempt.
            try db.execute(sql: """
                INSERT INTO render_tasks (id, render_key, kind, status, attempts, run_after, created, updated)
                SELECT key || '/render', key, 'render', 'queued', interruptions, updated, created, updated
                FROM renders WHERE status IN ('queued', 'rendering')
                """)
            try db.execute(sql: "UPDATE renders SET status = 'queued', progress = 0 WHERE status = 'rendering'")
            // Turn freezes an older version left (it died mid-turn) become holds already expired.
            try db.execute(sql: """
                INSERT INTO credit_holds (id, token, session_id, amount, created, expires)
                SELECT 'legacy-' || token, token, NULL, abandoned, '1970-01-01 00:00:00.000', '1970-01-01 00:00:00.000' FROM (
                    SELECT token, credits_frozen - COALESCE((SELECT SUM(cost) FROM renders
                        WHERE renders.token = tokens.token AND status IN ('queued', 'rendering')), 0) AS abandoned
                    FROM tokens) WHERE abandoned > 0
                """)
        }
        return m
    }
}
