import Foundation
import Logging
import PostgresNIO
import ReelStore

extension PostgresStore {
    public func claimTask(worker: String, lease: TimeInterval) async throws -> ClaimedTask? {
        let now = now()
        let claim = Self.newID()
        return try await pool.transaction("claim task") { c, log in
            // SKIP LOCKED: a task another worker is claiming right now is passed over, not waited for.
            guard let row = try await c.rows("""
                UPDATE render_tasks SET status = 'running', claim = \(claim), owner = \(worker),
                    lease_expires = \(now.addingTimeInterval(lease)), attempts = attempts + 1, progress = 0, updated = \(now)
                WHERE id = (SELECT id FROM render_tasks WHERE status = 'queued' AND run_after <= \(now)
                            ORDER BY created, idx, seq LIMIT 1 FOR UPDATE SKIP LOCKED)
                  AND status = 'queued'
                RETURNING id, render_key, kind, idx, frame_start, frame_end, attempts
                """, log).first else { return nil }
            let key: String = try row.get("render_key")
            let kind = TaskKind(rawValue: try row.get("kind")) ?? .render
            try await c.rows("UPDATE renders SET status = 'rendering', updated = \(now) WHERE key = \(key) AND status = 'queued'", log)
            guard let jobRow = try await c.rows("SELECT * FROM renders WHERE key = \(key)", log).first else {
                throw StoreError.unavailable("claim task: the job \(key) of a queued task is gone")
            }
            let chunks: [Range<Int>] = kind == .join ? try await c.rows("""
                SELECT frame_start, frame_end FROM render_tasks WHERE render_key = \(key) AND kind = 'chunk' ORDER BY idx
                """, log).map { (try $0.get("frame_start", as: Int.self))..<(try $0.get("frame_end", as: Int.self)) } : []
            let start: Int? = try row.get("frame_start"), end: Int? = try row.get("frame_end")
            return ClaimedTask(id: try row.get("id"), kind: kind, index: try row.get("idx"),
                               frames: start.flatMap { s in end.map { s..<max(s, $0) } }, attempt: try row.get("attempts"),
                               claim: claim, worker: worker, job: try job(jobRow), chunks: chunks)
        }
    }

    public func heartbeat(_ task: ClaimedTask, progress: Double, lease: TimeInterval) async throws -> LeaseState {
        let now = now()
        let progress = min(1, max(0, progress.isFinite ? progress : 0))
        return try await pool.transaction("heartbeat") { c, log in
            guard try await !c.rows("""
                UPDATE render_tasks SET lease_expires = \(now.addingTimeInterval(lease)), progress = \(progress), updated = \(now)
                WHERE id = \(task.id) AND claim = \(task.claim) AND status = 'running' RETURNING 1
                """, log).isEmpty else { return .lost }
            try await Self.updateProgress(c, log, key: task.job.key)
            return .held
        }
    }

    public func splitRender(_ task: ClaimedTask, chunks: [Range<Int>], audio: Bool) async throws -> Bool {
        let now = now()
        let key = task.job.key
        return try await pool.transaction("split render") { c, log in
            guard try await Self.finish(c, log, task, at: now) else { return false }
            try await c.rows("UPDATE render_tasks SET weight = 0 WHERE id = \(task.id)", log)
            for (n, frames) in chunks.enumerated() {
                try await c.rows("""
                    INSERT INTO render_tasks (id, render_key, kind, idx, frame_start, frame_end, status, run_after, weight, created, updated)
                    VALUES (\(ClaimedTask.id(job: key, kind: .chunk, index: n)), \(key), 'chunk', \(n), \(frames.lowerBound),
                            \(frames.upperBound), 'queued', \(now), \(max(1, frames.count)), \(now), \(now))
                    """, log)
            }
            let parts: [(TaskKind, String)] = (audio ? [(.audio, "queued")] : []) + [(.join, chunks.isEmpty && !audio ? "queued" : "waiting")]
            for (kind, status) in parts {
                try await c.rows("""
                    INSERT INTO render_tasks (id, render_key, kind, status, run_after, weight, created, updated)
                    VALUES (\(ClaimedTask.id(job: key, kind: kind)), \(key), \(kind.rawValue), \(status), \(now), 0, \(now), \(now))
                    """, log)
            }
            try await Self.notifyWork(c, log, key)
            return true
        }
    }

    public func completeTask(_ task: ClaimedTask) async throws -> Bool {
        let now = now()
        let key = task.job.key
        return try await pool.transaction("complete task") { c, log in
            guard try await Self.finish(c, log, task, at: now) else { return false }
            // The job row is locked so that of two last pieces finishing at once, the second
            // to commit sees the first done and wakes the join.
            try await c.rows("SELECT 1 FROM renders WHERE key = \(key) FOR UPDATE", log)
            let left: Int = try await c.rows("""
                SELECT COUNT(*) AS left FROM render_tasks WHERE render_key = \(key) AND kind IN ('chunk', 'audio') AND status <> 'done'
                """, log).first?.get("left") ?? 0
            if left == 0 {
                let woken = try await c.rows("""
                    UPDATE render_tasks SET status = 'queued', run_after = \(now), updated = \(now)
                    WHERE render_key = \(key) AND kind = 'join' AND status = 'waiting' RETURNING 1
                    """, log)
                if !woken.isEmpty { try await Self.notifyWork(c, log, key) }
            }
            try await Self.updateProgress(c, log, key: key)
            return true
        }
    }

    public func completeRender(_ task: ClaimedTask, output: String, bytes: Int64, duration: Double) async throws -> Bool {
        let now = now()
        let output = root.stored(output)
        let key = task.job.key
        return try await pool.transaction("complete render") { c, log in
            guard try await Self.finish(c, log, task, at: now) else { return false }
            if let row = try await c.rows("""
                UPDATE renders SET status = 'completed', progress = 100, error = NULL, output_path = \(output), bytes = \(bytes),
                    duration = \(duration), updated = \(now)
                WHERE key = \(key) AND status IN ('queued', 'rendering') RETURNING token, session_id, cost
                """, log).first {
                let cost: Int = try row.get("cost")
                if cost > 0 { try await Self.settle(c, log, cost, token: try row.get("token"), session: try row.get("session_id"), at: now) }
            }
            return true
        }
    }

    public func failTask(_ task: ClaimedTask, reason: String, retryable: Bool) async throws -> TaskFailure {
        let now = now()
        let policy = policy
        return try await pool.transaction("fail task") { c, log in
            guard let row = try await c.rows("""
                SELECT attempts FROM render_tasks WHERE id = \(task.id) AND claim = \(task.claim) AND status = 'running' FOR UPDATE
                """, log).first else { return .lost }
            let attempts: Int = try row.get("attempts")
            if retryable && attempts < policy.maxAttempts {
                let at = now.addingTimeInterval(policy.delay(after: attempts))
                try await Self.requeue(c, log, id: task.id, key: task.job.key, at: at, error: reason, now: now, interrupted: true)
                return .retried(at: at)
            }
            try await c.rows("UPDATE render_tasks SET status = 'failed', error = \(reason), updated = \(now) WHERE id = \(task.id)", log)
            try await Self.failJob(c, log, key: task.job.key, reason: reason, at: now)
            return .jobFailed
        }
    }

    public func releaseTask(_ task: ClaimedTask) async throws {
        let now = now()
        try await pool.transaction("release task") { c, log in
            let released = try await c.rows("""
                UPDATE render_tasks SET status = 'queued', claim = NULL, owner = NULL, lease_expires = NULL, progress = 0,
                    attempts = GREATEST(0, attempts - 1), run_after = \(now), updated = \(now)
                WHERE id = \(task.id) AND claim = \(task.claim) AND status = 'running' RETURNING 1
                """, log)
            if !released.isEmpty {
                try await Self.backToQueued(c, log, key: task.job.key, at: now)
                try await Self.notifyWork(c, log, task.job.key)
            }
        }
    }

    public func rescueExpiredTasks() async throws -> Rescue {
        let now = now()
        let policy = policy
        return try await pool.transaction("rescue expired tasks") { c, log in
            var rescue = Rescue()
            // SKIP LOCKED: two nodes rescuing at once share the work instead of doing it twice,
            // and a task whose worker is writing to it right now is left to the next pass.
            for row in try await c.rows("""
                SELECT id, render_key, attempts FROM render_tasks WHERE status = 'running' AND lease_expires < \(now)
                ORDER BY id FOR UPDATE SKIP LOCKED
                """, log) {
                let id: String = try row.get("id"), key: String = try row.get("render_key"), attempts: Int = try row.get("attempts")
                try await c.rows("UPDATE renders SET interruptions = interruptions + 1, updated = \(now) WHERE key = \(key)", log)
                if attempts < policy.maxAttempts {
                    try await Self.requeue(c, log, id: id, key: key, at: now.addingTimeInterval(policy.delay(after: attempts)),
                                           error: "its worker stopped answering", now: now, interrupted: false)
                    rescue.requeued += 1
                } else {
                    let reason = "the render was interrupted \(attempts) times (a worker stopped while rendering it); it is not retried again"
                    try await c.rows("UPDATE render_tasks SET status = 'failed', error = \(reason), updated = \(now) WHERE id = \(id)", log)
                    if try await Self.failJob(c, log, key: key, reason: reason, at: now) {
                        rescue.failed += 1
                        rescue.failedKeys.append(key)
                    }
                }
            }
            return rescue
        }
    }

    public func queueStats() async throws -> QueueStats {
        let now = now()
        return try await pool.transaction("queue stats") { c, log in
            try await c.rows("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY", log)
            var jobs: [String: Int] = [:]
            for row in try await c.rows("SELECT status, COUNT(*) AS n FROM renders GROUP BY status", log) {
                jobs[try row.get("status")] = try row.get("n")
            }
            let queued = try await c.rows("SELECT COUNT(*) AS n, MIN(created) AS oldest FROM render_tasks WHERE status = 'queued'", log).first
            let depth: Int = try queued?.get("n") ?? 0
            let oldest: Date? = try queued?.get("oldest")
            return QueueStats(jobs: jobs, depth: depth, oldestAge: oldest.map { max(0, now.timeIntervalSince($0)) } ?? 0)
        }
    }

    /// Waits on `LISTEN reel_jobs` for up to `timeout`: any node's `queueRender`, split or last
    /// finished piece wakes it. Without a connection it just sleeps: callers poll either way.
    public func waitForWork(timeout: Duration) async {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        let client = pool.client
        do {
            _ = try await withDeadline(timeout, "wait for work") {
                try await client.withConnection { connection in
                    try await connection.listen(on: Self.jobsChannel) { notifications in
                        for try await _ in notifications { return }
                    }
                }
            }
        } catch {
            if clock.now < deadline { try? await Task.sleep(until: deadline, clock: clock) }
        }
    }

    // MARK: Shared steps (inside a transaction)

    /// Ends a task the claim still holds; false when it does not.
    static func finish(_ c: PostgresConnection, _ log: Logger, _ task: ClaimedTask, at now: Date) async throws -> Bool {
        try await !c.rows("""
            UPDATE render_tasks SET status = 'done', progress = 1, lease_expires = NULL, updated = \(now)
            WHERE id = \(task.id) AND claim = \(task.claim) AND status = 'running' RETURNING 1
            """, log).isEmpty
    }

    /// Puts a task back in the queue after a failed or abandoned attempt (`interrupted`: counted
    /// on the job here).
    static func requeue(_ c: PostgresConnection, _ log: Logger, id: String, key: String, at: Date, error: String, now: Date,
                        interrupted: Bool) async throws {
        try await c.rows("""
            UPDATE render_tasks SET status = 'queued', claim = NULL, owner = NULL, lease_expires = NULL, progress = 0,
                run_after = \(at), error = \(error), updated = \(now) WHERE id = \(id)
            """, log)
        if interrupted {
            try await c.rows("UPDATE renders SET interruptions = interruptions + 1, updated = \(now) WHERE key = \(key)", log)
        }
        try await backToQueued(c, log, key: key, at: now)
        try await updateProgress(c, log, key: key)
    }

    /// A job none of whose tasks is running or done is `queued` again.
    static func backToQueued(_ c: PostgresConnection, _ log: Logger, key: String, at now: Date) async throws {
        try await c.rows("""
            UPDATE renders SET status = 'queued', progress = 0, updated = \(now) WHERE key = \(key) AND status = 'rendering'
            AND NOT EXISTS (SELECT 1 FROM render_tasks WHERE render_key = \(key) AND status IN ('running', 'done'))
            """, log)
    }

    /// The job's progress: its tasks' progress weighted by their share, as a percent below 100.
    static func updateProgress(_ c: PostgresConnection, _ log: Logger, key: String) async throws {
        try await c.rows("""
            UPDATE renders SET progress = LEAST(99, floor(100 * COALESCE((
                SELECT SUM(weight * progress) / NULLIF(SUM(weight), 0) FROM render_tasks WHERE render_key = \(key)), 0))::integer)
            WHERE key = \(key) AND status = 'rendering'
            """, log)
    }
}
