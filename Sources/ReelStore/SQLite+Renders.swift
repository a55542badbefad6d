import Foundation
import GRDB

extension SQLiteStore {
    func job(_ row: Row) -> RenderJob {
        RenderJob(key: row["key"], id: row["id"], token: row["token"], sessionID: row["session_id"],
                  draft: root.localJSON(row["draft"]), format: row["format"], quality: row["quality"],
                  status: RenderJob.Status(rawValue: row["status"]) ?? .failed, progress: row["progress"], error: row["error"],
                  outputPath: root.local(row["output_path"] as String?), bytes: row["bytes"], duration: row["duration"],
                  created: row["created"], webhook: row["webhook"], cost: row["cost"], interruptions: row["interruptions"] ?? 0)
    }

    public func queueRender(_ request: RenderRequest) async throws -> RenderJob {
        let now = now()
        let key = "r" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let draft = root.storedJSON(request.draft)
        return try await write { db in
            if let row = try Row.fetchOne(db, sql: "SELECT * FROM renders WHERE token = ? AND id = ?", arguments: [request.token, request.id]) {
                return job(row)
            }
            if request.cost > 0 { try Self.freeze(db, request.cost, token: request.token, session: request.sessionID, at: now) }
            try db.execute(sql: """
                INSERT INTO renders (key, id, token, session_id, draft, format, quality, status, progress, created, updated, webhook, cost)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'queued', 0, ?, ?, ?, ?)
                """, arguments: [key, request.id, request.token, request.sessionID, draft, request.format, request.quality,
                                 now, now, request.webhook, max(0, request.cost)])
            try db.execute(sql: """
                INSERT INTO render_tasks (id, render_key, kind, status, run_after, weight, created, updated)
                VALUES (?, ?, 'render', 'queued', ?, 1, ?, ?)
                """, arguments: [ClaimedTask.id(job: key, kind: .render), key, now, now, now])
            return job(try Row.fetchOne(db, sql: "SELECT * FROM renders WHERE key = ?", arguments: [key])!)
        }
    }

    public func render(id: String, token: String) async throws -> RenderJob? {
        try await read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM renders WHERE token = ? AND id = ?", arguments: [token, id]).map(job)
        }
    }

    public func renders(token: String, session: String?, limit: Int) async throws -> [RenderJob] {
        try await read { db in
            if let session {
                return try Row.fetchAll(db, sql: "SELECT * FROM renders WHERE token = ? AND session_id = ? ORDER BY created DESC, rowid DESC LIMIT ?",
                                        arguments: [token, session, limit]).map(job)
            }
            return try Row.fetchAll(db, sql: "SELECT * FROM renders WHERE token = ? ORDER BY created DESC, rowid DESC LIMIT ?",
                                    arguments: [token, limit]).map(job)
        }
    }

    public func render(key: String) async throws -> RenderJob? {
        try await read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM renders WHERE key = ?", arguments: [key]).map(job)
        }
    }

    public func cancelRender(key: String, reason: String) async throws -> RenderJob.Status? {
        let now = now()
        return try await write { db in
            try Self.failJob(db, key: key, reason: reason, at: now)
            return try String.fetchOne(db, sql: "SELECT status FROM renders WHERE key = ?", arguments: [key]).flatMap(RenderJob.Status.init)
        }
    }

    public func recordAttribution(_ attribution: Attribution, renderKey key: String) async throws {
        try await write { db in
            try db.execute(sql: "UPDATE renders SET skill_source = ?, skill_version = ?, skill_platform = ? WHERE key = ?",
                           arguments: [attribution.source, attribution.version, attribution.platform, key])
        }
    }

    public func attribution(renderKey key: String) async throws -> Attribution? {
        try await read { db in
            try Row.fetchOne(db, sql: "SELECT skill_source, skill_version, skill_platform FROM renders WHERE key = ?", arguments: [key])
                .map { Attribution(source: $0["skill_source"], version: $0["skill_version"], platform: $0["skill_platform"]) }
        }
    }

    // MARK: Tasks

    public func claimTask(worker: String, lease: TimeInterval) async throws -> ClaimedTask? {
        let now = now()
        let claim = UUID().uuidString.lowercased()
        return try await write { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT * FROM render_tasks WHERE status = 'queued' AND run_after <= ? ORDER BY created, idx, rowid LIMIT 1
                """, arguments: [now]) else { return nil }
            let id: String = row["id"]
            let key: String = row["render_key"]
            try db.execute(sql: """
                UPDATE render_tasks SET status = 'running', claim = ?, owner = ?, lease_expires = ?, attempts = attempts + 1,
                    progress = 0, updated = ? WHERE id = ?
                """, arguments: [claim, worker, now.addingTimeInterval(lease), now, id])
            try db.execute(sql: "UPDATE renders SET status = 'rendering', updated = ? WHERE key = ? AND status = 'queued'", arguments: [now, key])
            let job = job(try Row.fetchOne(db, sql: "SELECT * FROM renders WHERE key = ?", arguments: [key])!)
            let kind = TaskKind(rawValue: row["kind"]) ?? .render
            let chunks = kind == .join ? try Row.fetchAll(db, sql: """
                SELECT frame_start, frame_end FROM render_tasks WHERE render_key = ? AND kind = 'chunk' ORDER BY idx
                """, arguments: [key]).map { ($0[0] as Int)..<($0[1] as Int) } : []
            let start: Int? = row["frame_start"], end: Int? = row["frame_end"]
            return ClaimedTask(id: id, kind: kind, index: row["idx"], frames: start.flatMap { s in end.map { s..<$0 } },
                               attempt: (row["attempts"] as Int) + 1, claim: claim, worker: worker, job: job, chunks: chunks)
        }
    }

    public func heartbeat(_ task: ClaimedTask, progress: Double, lease: TimeInterval) async throws -> LeaseState {
        let now = now()
        return try await write { db in
            try db.execute(sql: """
                UPDATE render_tasks SET lease_expires = ?, progress = ?, updated = ? WHERE id = ? AND claim = ? AND status = 'running'
                """, arguments: [now.addingTimeInterval(lease), min(1, max(0, progress)), now, task.id, task.claim])
            guard db.changesCount == 1 else { return .lost }
            try Self.updateProgress(db, key: task.job.key, at: now)
            return .held
        }
    }

    public func splitRender(_ task: ClaimedTask, chunks: [Range<Int>], audio: Bool) async throws -> Bool {
        let now = now()
        let key = task.job.key
        return try await write { db in
            guard try Self.finish(db, task, status: "done", at: now) else { return false }
            try db.execute(sql: "UPDATE render_tasks SET weight = 0 WHERE id = ?", arguments: [task.id])
            for (n, frames) in chunks.enumerated() {
                try db.execute(sql: """
                    INSERT INTO render_tasks (id, render_key, kind, idx, frame_start, frame_end, status, run_after, weight, created, updated)
                    VALUES (?, ?, 'chunk', ?, ?, ?, 'queued', ?, ?, ?, ?)
                    """, arguments: [ClaimedTask.id(job: key, kind: .chunk, index: n), key, n, frames.lowerBound, frames.upperBound,
                                     now, max(1, frames.count), now, now])
            }
            let parts: [(TaskKind, String)] = (audio ? [(.audio, "queued")] : []) + [(.join, chunks.isEmpty && !audio ? "queued" : "waiting")]
            for (kind, status) in parts {
                try db.execute(sql: """
                    INSERT INTO render_tasks (id, render_key, kind, status, run_after, weight, created, updated) VALUES (?, ?, ?, ?, ?, 0, ?, ?)
                    """, arguments: [ClaimedTask.id(job: key, kind: kind), key, kind.rawValue, status, now, now, now])
            }
            return true
        }
    }

    public func completeTask(_ task: ClaimedTask) async throws -> Bool {
        let now = now()
        return try await write { db in
            guard try Self.finish(db, task, status: "done", at: now) else { return false }
            let left = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM render_tasks WHERE render_key = ? AND kind IN ('chunk', 'audio') AND status <> 'done'
                """, arguments: [task.job.key]) ?? 0
            if left == 0 {
                try db.execute(sql: "UPDATE render_tasks SET status = 'queued', run_after = ?, updated = ? WHERE render_key = ? AND kind = 'join' AND status = 'waiting'",
                               arguments: [now, now, task.job.key])
            }
            try Self.updateProgress(db, key: task.job.key, at: now)
            return true
        }
    }

    public func completeRender(_ task: ClaimedTask, output: String, bytes: Int64, duration: Double) async throws -> Bool {
        let now = now()
        let output = root.stored(output)
        return try await write { db in
            guard try Self.finish(db, task, status: "done", at: now) else { return false }
            try db.execute(sql: """
                UPDATE renders SET status = 'completed', progress = 100, error = NULL, output_path = ?, bytes = ?, duration = ?, updated = ?
                WHERE key = ? AND status IN ('queued', 'rendering')
                """, arguments: [output, bytes, duration, now, task.job.key])
            try Self.settleCost(db, key: task.job.key, changed: db.changesCount == 1, settle: true, at: now)
            return true
        }
    }

    public func failTask(_ task: ClaimedTask, reason: String, retryable: Bool) async throws -> TaskFailure {
        let now = now()
        let policy = policy
        return try await write { db in
            guard let attempts = try Int.fetchOne(db, sql: "SELECT attempts FROM render_tasks WHERE id = ? AND claim = ? AND status = 'running'",
                                                  arguments: [task.id, task.claim]) else { return .lost }
            if retryable && attempts < policy.maxAttempts {
                let at = now.addingTimeInterval(policy.delay(after: attempts))
                try Self.requeue(db, id: task.id, key: task.job.key, at: at, error: reason, now: now, interrupted: true)
                return .retried(at: at)
            }
            try db.execute(sql: "UPDATE render_tasks SET status = 'failed', error = ?, updated = ? WHERE id = ?", arguments: [reason, now, task.id])
            try Self.failJob(db, key: task.job.key, reason: reason, at: now)
            return .jobFailed
        }
    }

    public func releaseTask(_ task: ClaimedTask) async throws {
        let now = now()
        try await write { db in
            try db.execute(sql: """
                UPDATE render_tasks SET status = 'queued', claim = NULL, owner = NULL, lease_expires = NULL, progress = 0,
                    attempts = MAX(0, attempts - 1), run_after = ?, updated = ? WHERE id = ? AND claim = ? AND status = 'running'
                """, arguments: [now, now, task.id, task.claim])
            if db.changesCount == 1 { try Self.backToQueued(db, key: task.job.key, at: now) }
        }
    }

    public func rescueExpiredTasks() async throws -> Rescue {
        let now = now()
        let policy = policy
        return try await write { db in
            var rescue = Rescue()
            for row in try Row.fetchAll(db, sql: """
                SELECT id, render_key, attempts FROM render_tasks WHERE status = 'running' AND lease_expires < ?
                """, arguments: [now]) {
                let id: String = row[0], key: String = row[1], attempts: Int = row[2]
                try db.execute(sql: "UPDATE renders SET interruptions = interruptions + 1, updated = ? WHERE key = ?", arguments: [now, key])
                if attempts < policy.maxAttempts {
                    try Self.requeue(db, id: id, key: key, at: now.addingTimeInterval(policy.delay(after: attempts)),
                                     error: "its worker stopped answering", now: now, interrupted: false)
                    rescue.requeued += 1
                } else {
                    let reason = "the render was interrupted \(attempts) times (a worker stopped while rendering it); it is not retried again"
                    try db.execute(sql: "UPDATE render_tasks SET status = 'failed', error = ?, updated = ? WHERE id = ?", arguments: [reason, now, id])
                    if try Self.failJob(db, key: key, reason: reason, at: now) {
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
        return try await read { db in
            var jobs: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT status, COUNT(*) FROM renders GROUP BY status") { jobs[row[0]] = row[1] }
            let depth = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM render_tasks WHERE status = 'queued'") ?? 0
            let oldest = try Date.fetchOne(db, sql: "SELECT MIN(created) FROM render_tasks WHERE status = 'queued'")
            return QueueStats(jobs: jobs, depth: depth, oldestAge: oldest.map { max(0, now.timeIntervalSince($0)) } ?? 0)
        }
    }

    // MARK: Shared steps (inside a write)

    /// Ends a task the claim still holds; false when it does not.
    static func finish(_ db: Database, _ task: ClaimedTask, status: String, at now: Date) throws -> Bool {
        try db.execute(sql: """
            UPDATE render_tasks SET status = ?, progress = 1, lease_expires = NULL, updated = ? WHERE id = ? AND claim = ? AND status = 'running'
            """, arguments: [status, now, task.id, task.claim])
        return db.changesCount == 1
    }

    /// Puts a task back in the queue after a failed or abandoned attempt (`interrupted`: counted
    /// on the job here).
    static func requeue(_ db: Database, id: String, key: String, at: Date, error: String, now: Date, interrupted: Bool) throws {
        try db.execute(sql: """
            UPDATE render_tasks SET status = 'queued', claim = NULL, owner = NULL, lease_expires = NULL, progress = 0, run_after = ?,
                error = ?, updated = ? WHERE id = ?
            """, arguments: [at, error, now, id])
        if interrupted {
            try db.execute(sql: "UPDATE renders SET interruptions = interruptions + 1, updated = ? WHERE key = ?", arguments: [now, key])
        }
        try backToQueued(db, key: key, at: now)
        try updateProgress(db, key: key, at: now)
    }

    /// A job none of whose tasks is running or done is `queued` again.
    static func backToQueued(_ db: Database, key: String, at now: Date) throws {
        try db.execute(sql: """
            UPDATE renders SET status = 'queued', progress = 0, updated = ?1 WHERE key = ?2 AND status = 'rendering'
            AND NOT EXISTS (SELECT 1 FROM render_tasks WHERE render_key = ?2 AND status IN ('running', 'done'))
            """, arguments: [now, key])
    }

    /// Fails a job still queued or rendering: its open tasks cancelled, its credits released
    /// once. True when this call ended it.
    @discardableResult
    static func failJob(_ db: Database, key: String, reason: String, at now: Date) throws -> Bool {
        try db.execute(sql: "UPDATE renders SET status = 'failed', error = ?, updated = ? WHERE key = ? AND status IN ('queued', 'rendering')",
                       arguments: [reason, now, key])
        let changed = db.changesCount == 1
        try settleCost(db, key: key, changed: changed, settle: false, at: now)
        if changed {
            try db.execute(sql: """
                UPDATE render_tasks SET status = 'cancelled', lease_expires = NULL, updated = ? WHERE render_key = ? AND status IN ('waiting', 'queued', 'running')
                """, arguments: [now, key])
        }
        return changed
    }

    /// The job's progress: its tasks' progress weighted by their share, as a percent below 100.
    static func updateProgress(_ db: Database, key: String, at now: Date) throws {
        try db.execute(sql: """
            UPDATE renders SET progress = MIN(99, CAST(100 * COALESCE((SELECT SUM(weight * progress) * 1.0 / NULLIF(SUM(weight), 0)
                FROM render_tasks WHERE render_key = ?1), 0) AS INTEGER)) WHERE key = ?1 AND status = 'rendering'
            """, arguments: [key])
    }

    /// Spends (`settle`) or gives back the job's frozen credits, once: only when this write is
    /// the one that ended the job (`changed`).
    static func settleCost(_ db: Database, key: String, changed: Bool, settle: Bool, at now: Date) throws {
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
}

extension SQLiteStore {
    /// A job's tasks as `<kind><index>:<status>:<first frame>-<end frame>` (-1 for none), by kind
    /// and index: what tests check of a split job.
    func taskSummaries(key: String) async throws -> [String] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT kind, idx, status, frame_start, frame_end FROM render_tasks WHERE render_key = ? ORDER BY kind, idx",
                             arguments: [key]).map { row in
                let start: Int? = row["frame_start"], end: Int? = row["frame_end"]
                return "\(row["kind"] as String)\(row["idx"] as Int):\(row["status"] as String):\(start ?? -1)-\(end ?? -1)"
            }
        }
    }
}
