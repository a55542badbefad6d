import Foundation
import GRDB

/// One render job's row: whose it is, what it renders, and how far it got.
public struct RenderJob: Sendable, Equatable {
    public enum Status: String, Sendable { case queued, rendering, completed, failed }

    /// The server's id: names the output file and appears in download links.
    public var key: String
    /// The client's id (`render_<ts>`), unique per token.
    public var id: String
    public var token: String
    public var sessionID: String?
    /// The draft as seed JSON.
    public var draft: String
    public var format: String
    public var quality: String
    public var status: Status
    /// 0–100.
    public var progress: Int
    public var error: String?
    public var outputPath: String?
    public var bytes: Int64?
    public var duration: Double?
    public var created: Date
    /// Called with the job's status when it completes or fails.
    public var webhook: String?
    /// Credits frozen for the job (0 when exports are free).
    public var cost: Int
    /// How many times a process died while rendering it.
    public var interruptions: Int

    var preview: Bool { quality == "preview" }

    init(row: Row) {
        key = row["key"]
        id = row["id"]
        token = row["token"]
        sessionID = row["session_id"]
        draft = row["draft"]
        format = row["format"]
        quality = row["quality"]
        status = Status(rawValue: row["status"]) ?? .failed
        progress = row["progress"]
        error = row["error"]
        outputPath = row["output_path"]
        bytes = row["bytes"]
        duration = row["duration"]
        created = row["created"]
        webhook = row["webhook"]
        cost = row["cost"]
        interruptions = row["interruptions"] ?? 0
    }
}

extension Store {
    /// Queues a job, freezing `cost` credits for it (2001 when the token does not have them);
    /// if `token` already has a job with this `id`, that job is returned instead (a client
    /// retrying its POST does not render, nor pay, twice).
    func queueRender(id: String, token: String, sessionID: String?, draft: String, format: String,
                     quality: String, webhook: String? = nil, cost: Int = 0) async throws -> RenderJob {
        let now = now()
        let key = "r" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        return try await db.write { db in
            if let row = try Row.fetchOne(db, sql: "SELECT * FROM renders WHERE token = ? AND id = ?", arguments: [token, id]) {
                return RenderJob(row: row)
            }
            if cost > 0 { try Self.freeze(db, cost, token: token, session: sessionID, at: now) }
            try db.execute(sql: """
                INSERT INTO renders (key, id, token, session_id, draft, format, quality, status, progress, created, updated, webhook, cost)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'queued', 0, ?, ?, ?, ?)
                """, arguments: [key, id, token, sessionID, draft, format, quality, now, now, webhook, cost])
            return RenderJob(row: try Row.fetchOne(db, sql: "SELECT * FROM renders WHERE key = ?", arguments: [key])!)
        }
    }

    /// The caller's job by the client's id; nil for a missing job or another token's.
    func render(id: String, token: String) async throws -> RenderJob? {
        try await db.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM renders WHERE token = ? AND id = ?", arguments: [token, id]).map(RenderJob.init)
        }
    }

    /// The caller's jobs, newest first (at most `limit`); only one session's when `session` is given.
    func renders(token: String, session: String? = nil, limit: Int = 100) async throws -> [RenderJob] {
        try await db.read { db in
            if let session {
                return try Row.fetchAll(db, sql: "SELECT * FROM renders WHERE token = ? AND session_id = ? ORDER BY created DESC, rowid DESC LIMIT ?",
                                        arguments: [token, session, limit]).map(RenderJob.init)
            }
            return try Row.fetchAll(db, sql: "SELECT * FROM renders WHERE token = ? ORDER BY created DESC, rowid DESC LIMIT ?",
                                    arguments: [token, limit]).map(RenderJob.init)
        }
    }

    /// A job by the server's key (downloads, the worker).
    func render(key: String) async throws -> RenderJob? {
        try await db.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM renders WHERE key = ?", arguments: [key]).map(RenderJob.init)
        }
    }

    /// Marks the oldest queued job `rendering` and returns it, atomically.
    func claimQueuedRender() async throws -> RenderJob? {
        let now = now()
        return try await db.write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM renders WHERE status = 'queued' ORDER BY created, rowid LIMIT 1") else {
                return nil
            }
            var job = RenderJob(row: row)
            try db.execute(sql: "UPDATE renders SET status = 'rendering', progress = 0, updated = ? WHERE key = ?",
                           arguments: [now, job.key])
            job.status = .rendering
            job.progress = 0
            return job
        }
    }

    /// On start: jobs a previous process left `rendering` were interrupted by its death. Each
    /// such interruption is counted; a job interrupted `limit` times is failed (its credits given
    /// back) instead of queued again, so no input can crash-loop the server. Queued jobs whose
    /// count already reached the limit (it was lowered) are failed too.
    @discardableResult
    func recoverInterruptedRenders(limit: Int) async throws -> (requeued: Int, failed: Int) {
        let now = now()
        let limit = max(1, limit)
        return try await db.write { db in
            try db.execute(sql: "UPDATE renders SET interruptions = interruptions + 1 WHERE status = 'rendering'")
            let doomed = try String.fetchAll(db, sql: """
                SELECT key FROM renders WHERE status IN ('queued', 'rendering') AND interruptions >= ?
                """, arguments: [limit])
            for key in doomed {
                let count = try Int.fetchOne(db, sql: "SELECT interruptions FROM renders WHERE key = ?", arguments: [key]) ?? limit
                try db.execute(sql: "UPDATE renders SET status = 'failed', error = ?, updated = ? WHERE key = ?", arguments: [
                    "the render was interrupted \(count) times (the server stopped while rendering it); it is not retried again",
                    now, key,
                ])
                try Self.settleCost(db, key: key, changed: db.changesCount == 1, settle: false, at: now)
            }
            try db.execute(sql: "UPDATE renders SET status = 'queued', progress = 0, updated = ? WHERE status = 'rendering'",
                           arguments: [now])
            return (db.changesCount, doomed.count)
        }
    }

    /// Puts one job back in the queue (the server is stopping mid-render).
    func requeueRender(key: String) async throws {
        let now = now()
        try await db.write { db in
            try db.execute(sql: "UPDATE renders SET status = 'queued', progress = 0, updated = ? WHERE key = ? AND status = 'rendering'",
                           arguments: [now, key])
        }
    }

    func setRenderProgress(key: String, _ progress: Int) async throws {
        let now = now()
        try await db.write { db in
            try db.execute(sql: "UPDATE renders SET progress = ?, updated = ? WHERE key = ? AND status = 'rendering'",
                           arguments: [min(99, max(0, progress)), now, key])
        }
    }

    /// Marks a job completed and spends its credits.
    func completeRender(key: String, outputPath: String, bytes: Int64, duration: Double) async throws {
        let now = now()
        try await db.write { db in
            try db.execute(sql: """
                UPDATE renders SET status = 'completed', progress = 100, error = NULL, output_path = ?, bytes = ?, duration = ?, updated = ?
                WHERE key = ? AND status IN ('queued', 'rendering')
                """, arguments: [outputPath, bytes, duration, now, key])
            try Self.settleCost(db, key: key, changed: db.changesCount == 1, settle: true, at: now)
        }
    }

    /// Marks a job failed and gives its credits back.
    func failRender(key: String, reason: String) async throws {
        let now = now()
        try await db.write { db in
            try db.execute(sql: "UPDATE renders SET status = 'failed', error = ?, updated = ? WHERE key = ? AND status IN ('queued', 'rendering')",
                           arguments: [reason, now, key])
            try Self.settleCost(db, key: key, changed: db.changesCount == 1, settle: false, at: now)
        }
    }

    /// Fails a job that is still queued, giving its credits back; returns its status afterwards
    /// (a rendering job is left for the worker to stop).
    func cancelQueuedRender(key: String, reason: String) async throws -> RenderJob.Status? {
        let now = now()
        return try await db.write { db in
            try db.execute(sql: "UPDATE renders SET status = 'failed', error = ?, updated = ? WHERE key = ? AND status = 'queued'",
                           arguments: [reason, now, key])
            try Self.settleCost(db, key: key, changed: db.changesCount == 1, settle: false, at: now)
            return try String.fetchOne(db, sql: "SELECT status FROM renders WHERE key = ?", arguments: [key]).flatMap(RenderJob.Status.init)
        }
    }

    /// Spends (`settle`) or gives back the job's frozen credits, once: only when this write is
    /// the one that ended the job (`changed`).
    private static func settleCost(_ db: Database, key: String, changed: Bool, settle: Bool, at now: Date) throws {
        guard changed, let row = try Row.fetchOne(db, sql: "SELECT token, session_id, cost FROM renders WHERE key = ?", arguments: [key]) else {
            return
        }
        let cost: Int = row["cost"]
        guard cost > 0 else { return }
        if settle {
            try Self.settle(db, cost, token: row["token"], session: row["session_id"], at: now)
        } else {
            try Self.release(db, cost, token: row["token"], session: row["session_id"], at: now)
        }
    }

    /// Writes a job row as given (tests use it to leave a job as a crashed server would).
    func writeRawRender(key: String, id: String, token: String, draft: String, status: RenderJob.Status,
                        format: String = "mp4", quality: String = "high", interruptions: Int = 0) async throws {
        let now = now()
        try await db.write { db in
            try db.execute(sql: """
                INSERT INTO renders (key, id, token, session_id, draft, format, quality, status, progress, created, updated, interruptions)
                VALUES (?, ?, ?, NULL, ?, ?, ?, ?, 42, ?, ?, ?)
                """, arguments: [key, id, token, draft, format, quality, status.rawValue, now, now, interruptions])
        }
    }
}
