/// The PostgreSQL schema, step by step (append new steps; never edit one that shipped). It holds
/// what SQLite's migrations hold, in PostgreSQL's types: times are `timestamptz`; JSON is `text`
/// as in SQLite (kept exactly as written, and a corrupt state can still be stored and reported
/// as unreadable rather than refused); an identity column `seq` stands in for SQLite's `rowid`
/// where rows are listed in the order they were added.
enum PostgresSchema {
    static let migrations: [PostgresMigration] = [
        PostgresMigration(name: "v1: tokens, sessions, credit ledger, media, renders", statements: [
            """
            CREATE TABLE tokens (
                token text PRIMARY KEY,
                client_id text NOT NULL,
                created timestamptz NOT NULL,
                expires timestamptz NOT NULL,
                credits_available bigint NOT NULL CHECK (credits_available >= 0),
                credits_frozen bigint NOT NULL DEFAULT 0
            )
            """,
            "CREATE INDEX tokens_client_id ON tokens (client_id)",
            """
            CREATE TABLE sessions (
                id text PRIMARY KEY,
                seq bigint GENERATED ALWAYS AS IDENTITY,
                task_id text NOT NULL,
                token text NOT NULL REFERENCES tokens ON DELETE CASCADE,
                language text NOT NULL,
                created timestamptz NOT NULL,
                updated timestamptz NOT NULL,
                -- The ReelPlanner EditSession as JSON: the draft and its undo/redo history.
                state text NOT NULL
            )
            """,
            "CREATE INDEX sessions_token ON sessions (token, updated DESC)",
            """
            CREATE TABLE credit_ledger (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                token text NOT NULL REFERENCES tokens ON DELETE CASCADE,
                session_id text,
                -- grant, freeze, settle, release, release_after_restart
                kind text NOT NULL,
                amount bigint NOT NULL,
                created timestamptz NOT NULL
            )
            """,
            "CREATE INDEX credit_ledger_token ON credit_ledger (token, id)",
            """
            CREATE TABLE media (
                id text PRIMARY KEY,
                seq bigint GENERATED ALWAYS AS IDENTITY,
                session_id text NOT NULL REFERENCES sessions ON DELETE CASCADE,
                token text NOT NULL REFERENCES tokens ON DELETE CASCADE,
                -- The stored file, relative to the media root every node mounts.
                path text NOT NULL,
                -- The client's file name, for display only.
                name text NOT NULL,
                -- The ReelFFmpeg MediaInfo as JSON.
                info text NOT NULL,
                created timestamptz NOT NULL
            )
            """,
            "CREATE INDEX media_session ON media (session_id, created, seq)",
            "CREATE INDEX media_token ON media (token)",
            """
            CREATE TABLE generated_media (
                id text PRIMARY KEY,
                seq bigint GENERATED ALWAYS AS IDENTITY,
                session_id text NOT NULL REFERENCES sessions ON DELETE CASCADE,
                token text NOT NULL REFERENCES tokens ON DELETE CASCADE,
                -- voiceover
                kind text NOT NULL,
                -- The file, relative to the media root.
                path text NOT NULL,
                name text NOT NULL,
                -- What it says (a narration's script).
                text text,
                info text NOT NULL,
                created timestamptz NOT NULL
            )
            """,
            "CREATE INDEX generated_media_session ON generated_media (session_id)",
            "CREATE INDEX generated_media_token ON generated_media (token)",
            """
            CREATE TABLE renders (
                -- The server's id for the job (names its file and its download link).
                key text PRIMARY KEY,
                seq bigint GENERATED ALWAYS AS IDENTITY,
                -- The client's id (render_<ts>), unique per token.
                id text NOT NULL,
                token text NOT NULL REFERENCES tokens ON DELETE CASCADE,
                session_id text,
                draft text NOT NULL,
                format text NOT NULL,
                quality text NOT NULL,
                -- queued, rendering, completed, failed
                status text NOT NULL,
                progress integer NOT NULL DEFAULT 0,
                error text,
                -- The finished file, relative to the media root.
                output_path text,
                bytes bigint,
                duration double precision,
                created timestamptz NOT NULL,
                updated timestamptz NOT NULL,
                -- The X-Skill-* headers the export was sent with; null when absent.
                skill_source text,
                skill_version text,
                skill_platform text,
                -- An http(s) URL POSTed the job's status when it ends; null for none.
                webhook text,
                -- Credits frozen for the job: settled when it completes, released when it fails or is cancelled.
                cost bigint NOT NULL DEFAULT 0,
                -- Claims of its tasks that ended without the task ending (a worker died or failed).
                interruptions integer NOT NULL DEFAULT 0,
                UNIQUE (token, id)
            )
            """,
            "CREATE INDEX renders_status ON renders (status)",
            "CREATE INDEX renders_token ON renders (token, created DESC, seq DESC)",
        ]),
        PostgresMigration(name: "v2: credit holds, render tasks", statements: [
            // Credits frozen by a turn until it settles or releases them; a hold whose `expires`
            // has passed belongs to a process that died mid-turn and is given back.
            """
            CREATE TABLE credit_holds (
                id text PRIMARY KEY,
                token text NOT NULL REFERENCES tokens ON DELETE CASCADE,
                session_id text,
                amount bigint NOT NULL,
                created timestamptz NOT NULL,
                expires timestamptz NOT NULL
            )
            """,
            "CREATE INDEX credit_holds_token ON credit_holds (token)",
            "CREATE INDEX credit_holds_expires ON credit_holds (expires)",
            // What workers claim: a job's `render` task, or, once a worker split it, its chunk,
            // audio and join tasks. `claim` fences every change a worker makes; `lease_expires`
            // says when a silent worker is taken to be dead.
            """
            CREATE TABLE render_tasks (
                -- <job key>/render, /chunk-<n>, /audio, /join
                id text PRIMARY KEY,
                seq bigint GENERATED ALWAYS AS IDENTITY,
                render_key text NOT NULL REFERENCES renders (key) ON DELETE CASCADE,
                -- render, chunk, audio, join
                kind text NOT NULL,
                idx integer NOT NULL DEFAULT 0,
                frame_start integer,
                frame_end integer,
                -- waiting, queued, running, done, failed, cancelled
                status text NOT NULL,
                claim text,
                owner text,
                lease_expires timestamptz,
                attempts integer NOT NULL DEFAULT 0,
                run_after timestamptz NOT NULL,
                -- Share of the job's progress this task carries (a chunk: its frames).
                weight bigint NOT NULL DEFAULT 1,
                progress double precision NOT NULL DEFAULT 0,
                error text,
                created timestamptz NOT NULL,
                updated timestamptz NOT NULL
            )
            """,
            "CREATE INDEX render_tasks_render_key ON render_tasks (render_key)",
            "CREATE INDEX render_tasks_runnable ON render_tasks (created, idx, seq) WHERE status = 'queued'",
            "CREATE INDEX render_tasks_leases ON render_tasks (lease_expires) WHERE status = 'running'",
        ]),
    ]
}
