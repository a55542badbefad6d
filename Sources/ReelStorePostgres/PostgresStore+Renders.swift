import Foundation
import Logging
import PostgresNIO
import ReelStore

extension PostgresStore {
    func job(_ row: PostgresRow) throws -> RenderJob {
        RenderJob(key: try row.get("key"), id: try row.get("id"), token: try row.get("token"), sessionID: try row.get("session_id"),
                  draft: root.localJSON(try row.get("draft")), format: try row.get("format"), quality: try row.get("quality"),
                  status: RenderJob.Status(rawValue: try row.get("status")) ?? .failed, progress: try row.get("progress"),
                  error: try row.get("error"), outputPath: root.local(try row.get("output_path", as: String?.self)),
                  bytes: try row.get("bytes"), duration: try row.get("duration"), created: try row.get("created"),
                  webhook: try row.get("webhook"), cost: try row.get("cost"), interruptions: try row.get("interruptions"))
    }

    public func queueRender(_ request: RenderRequest) async throws -> RenderJob {
        let now = now()
        let key = "r" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let draft = root.storedJSON(request.draft)
        let cost = max(0, request.cost)
        do {
            return try await pool.transaction("queue render") { c, log in
                if let existing = try await c.rows("SELECT * FROM renders WHERE token = \(request.token) AND id = \(request.id)", log).first {
                    return try job(existing)
                }
                if cost > 0 { try await Self.freeze(c, log, cost, token: request.token, session: request.sessionID, at: now) }
                // A retried POST racing this one waits here on the unique (token, id) until the
                // first commits; then this one gives up its freeze and returns the first's job.
                guard let row = try await c.rows("""
                    INSERT INTO renders (key, id, token, session_id, draft, format, quality, status, progress, created, updated, webhook, cost)
                    VALUES (\(key), \(request.id), \(request.token), \(request.sessionID), \(draft), \(request.format), \(request.quality),
                            'queued', 0, \(now), \(now), \(request.webhook), \(cost))
                    ON CONFLICT (token, id) DO NOTHING RETURNING *
                    """, log).first else { throw LostTheRace() }
                try await c.rows("""
                    INSERT INTO render_tasks (id, render_key, kind, status, run_after, weight, created, updated)
                    VALUES (\(ClaimedTask.id(job: key, kind: .render)), \(key), 'render', 'queued', \(now), 1, \(now), \(now))
                    """, log)
                try await Self.notifyWork(c, log, key)
                return try job(row)
            }
        } catch is LostTheRace {
            guard let first = try await render(id: request.id, token: request.token) else {
                throw StoreError.unavailable("queue render: the job with id \(request.id) vanished while it was being queued")
            }
            return first
        }
    }

    /// Another submission of the same (token, id) committed first.
    private struct LostTheRace: Error {}

    public func render(id: String, token: String) async throws -> RenderJob? {
        try await pool.query("SELECT * FROM renders WHERE token = \(token) AND id = \(id)", "find render").first.map(job)
    }

    public func renders(token: String, session: String?, limit: Int) async throws -> [RenderJob] {
        if let session {
            return try await pool.query("""
                SELECT * FROM renders WHERE token = \(token) AND session_id = \(session) ORDER BY created DESC, seq DESC LIMIT \(limit)
                """, "list renders").map(job)
        }
        return try await pool.query("SELECT * FROM renders WHERE token = \(token) ORDER BY created DESC, seq DESC LIMIT \(limit)",
                                    "list renders").map(job)
    }

    public func render(key: String) async throws -> RenderJob? {
        try await pool.query("SELECT * FROM renders WHERE key = \(key)", "find render").first.map(job)
    }

    public func cancelRender(key: String, reason: String) async throws -> RenderJob.Status? {
        let now = now()
        return try await pool.transaction("cancel render") { c, log in
            try await Self.failJob(c, log, key: key, reason: reason, at: now)
            return try await c.rows("SELECT status FROM renders WHERE key = \(key)", log).first
                .flatMap { RenderJob.Status(rawValue: try $0.get("status")) }
        }
    }

    public func recordAttribution(_ attribution: Attribution, renderKey key: String) async throws {
        try await pool.query("""
            UPDATE renders SET skill_source = \(attribution.source), skill_version = \(attribution.version),
                skill_platform = \(attribution.platform) WHERE key = \(key)
            """, "record attribution")
    }

    public func attribution(renderKey key: String) async throws -> Attribution? {
        try await pool.query("SELECT skill_source, skill_version, skill_platform FROM renders WHERE key = \(key)", "read attribution")
            .first.map { Attribution(source: try $0.get("skill_source"), version: try $0.get("skill_version"), platform: try $0.get("skill_platform")) }
    }

    /// Tells listening workers that `key` has work (delivered when the transaction commits).
    static func notifyWork(_ c: PostgresConnection, _ log: Logger, _ key: String) async throws {
        try await c.rows("SELECT pg_notify(\(jobsChannel), \(key))", log)
    }

    /// Fails a job still queued or rendering: its open tasks cancelled (their claims stop
    /// working at the next heartbeat), its credits released once. True when this call ended it.
    /// Tasks are locked before the job, in the order every other path locks them.
    @discardableResult
    static func failJob(_ c: PostgresConnection, _ log: Logger, key: String, reason: String, at now: Date) async throws -> Bool {
        try await c.rows("SELECT 1 FROM render_tasks WHERE render_key = \(key) ORDER BY id FOR UPDATE", log)
        guard let row = try await c.rows("""
            UPDATE renders SET status = 'failed', error = \(reason), updated = \(now)
            WHERE key = \(key) AND status IN ('queued', 'rendering') RETURNING token, session_id, cost
            """, log).first else { return false }
        let cost: Int = try row.get("cost")
        if cost > 0 { try await release(c, log, cost, token: try row.get("token"), session: try row.get("session_id"), at: now) }
        try await c.rows("""
            UPDATE render_tasks SET status = 'cancelled', lease_expires = NULL, updated = \(now)
            WHERE render_key = \(key) AND status IN ('waiting', 'queued', 'running')
            """, log)
        return true
    }
}
