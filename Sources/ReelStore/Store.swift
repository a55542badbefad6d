import Foundation
import ReelPlanner

/// Where Reel keeps what outlives a request: callers' tokens and credits, sessions (a draft and
/// its undo history), media records, render jobs and the tasks workers claim. Two
/// implementations keep this one contract, and one test suite holds both to it: `SQLiteStore`
/// (GRDB, one file beside one `reel serve`, the default) and `PostgresStore` (many API nodes and
/// workers on many machines).
///
/// Rules every implementation keeps:
/// - A caller sees only their own rows: every read or write names the token, and another
///   token's session, media or render is as absent as a missing one.
/// - Errors are `StoreError`s with a stable code; a database that does not answer is
///   `.unavailable` within a bounded time, never a hang. What a closure the caller passed throws
///   (`updateSession`'s change, `withSessionLock`'s body) comes through unchanged.
/// - Times (leases, holds, expiry) are the calling node's clock: nodes keep their clocks in step
///   (NTP), well within a lease. A node running ahead only rescues tasks early, and fencing keeps
///   that to wasted work.
/// - Paths of media and renders are stored relative to the media root every node mounts
///   (`MediaRoot`), and handed back absolute for this node.
/// - Every state change of a claimed task is fenced by its claim: a worker whose lease was
///   rescued can no longer change the task, so no task is completed twice and credits are
///   settled or released exactly once.
public protocol Store: Sendable {
    /// Throws `.unavailable` if the database does not answer.
    func ping() async throws

    // MARK: Tokens

    /// The client's valid token if it has one, else a new one holding `credits` for `lifetime`
    /// (a `grant` ledger entry).
    func anonymousToken(clientID: String, credits: Int, lifetime: TimeInterval) async throws -> TokenRecord
    /// The token's record if it exists and has not expired.
    func validToken(_ token: String) async throws -> TokenRecord?

    // MARK: Sessions

    /// A new session owned by `token`, starting from an empty draft.
    func createSession(token: String, language: String) async throws -> SessionRecord
    /// The session if `token` owns it, else `.sessionNotFound`; `.unreadable` if its state cannot be decoded.
    func session(_ id: String, token: String) async throws -> SessionRecord
    /// Throws `.sessionNotFound` unless `token` owns the session (its state is not read).
    func requireSession(_ id: String, token: String) async throws
    /// Runs `change` on the session and saves the result in one transaction, so two writers
    /// never overwrite each other. Nothing is saved if `change` throws. `generated` is recorded
    /// in the same transaction if, and only if, `change` changed the session.
    func updateSession<T: Sendable>(_ id: String, token: String, generated: [GeneratedMediaRecord],
                                    _ change: @escaping @Sendable (inout EditSession) throws -> T) async throws -> T
    /// The caller's sessions, most recently changed first (at most `limit`). A session whose
    /// state cannot be read is left out.
    func sessions(token: String, limit: Int) async throws -> [SessionListing]
    /// Runs `body` once no other holder of the session's turn lock is running, in this process
    /// or (PostgreSQL) on any node: turns on one session are serialised, so each plans against
    /// the draft the previous one saved. The lock is given back when `body` ends or throws, and
    /// when the process holding it dies.
    func withSessionLock<T: Sendable>(_ session: String, _ body: @Sendable () async throws -> T) async throws -> T
    /// The session's draft as stored JSON text (short keys, never decoded with its history),
    /// its media and generated media, read at once. `.badToken` unless the token is valid,
    /// `.sessionNotFound` unless it owns the session.
    func stateSnapshot(session id: String, token: String) async throws -> StateSnapshot
    /// Replaces a session's stored state as given (tests seed or corrupt a session with it).
    func writeRawState(_ id: String, _ state: String) async throws

    // MARK: Credits

    func balance(token: String) async throws -> CreditBalance
    /// Moves `amount` from available to frozen for a turn and returns the hold; `.noCredits`
    /// if the token does not have it (then nothing moves). Exact under any concurrency: two
    /// freezes can never both take the last credits. The hold expires `lifetime` seconds on
    /// (longer than any turn runs), after which `releaseExpiredHolds` may give it back.
    func freeze(_ amount: Int, token: String, session: String?, lifetime: TimeInterval) async throws -> CreditHold
    /// Spends a hold (frozen → gone). A hold already settled or released is left alone.
    func settle(_ hold: CreditHold) async throws
    /// Gives a hold back (frozen → available). A hold already settled or released is left alone.
    func release(_ hold: CreditHold) async throws
    /// Gives back every hold whose lifetime has passed (a process died mid-turn), each with a
    /// `release_after_restart` ledger entry. Holds still live, and what render jobs hold, stay.
    /// Returns the credits released.
    func releaseExpiredHolds() async throws -> Int
    /// The ledger's kinds and amounts for a token, oldest first.
    func ledger(token: String) async throws -> [LedgerEntry]

    // MARK: Media

    /// Records stored media; `.sessionNotFound` unless `token` owns each record's session.
    func addMedia(_ records: [MediaRecord], token: String) async throws
    /// The session's media in the order they were added (empty for a session `token` does not own).
    func media(session: String, token: String) async throws -> [MediaRecord]
    /// The session's generated media, oldest first (empty for a session `token` does not own).
    func generatedMedia(session: String, token: String) async throws -> [GeneratedMediaRecord]
    /// Every stored file this token uploaded or the server made for it: the only files its drafts may name.
    func mediaPaths(token: String) async throws -> Set<String>
    /// The upload or generated media `id` (its file, session and probed info), if `token` owns it.
    func mediaItem(id: String, token: String) async throws -> MediaRecord?

    // MARK: Render jobs

    /// Queues a render (status `queued`, one runnable `render` task), freezing `request.cost`
    /// credits on the job (`.noCredits` when the token does not have them). If the token
    /// already has a job with this client id, that job is returned instead and nothing else
    /// happens: a client retrying its POST neither renders nor pays twice. Wakes waiting workers.
    func queueRender(_ request: RenderRequest) async throws -> RenderJob
    /// The caller's job by the client's id; nil for a missing job or another token's.
    func render(id: String, token: String) async throws -> RenderJob?
    /// The caller's jobs, newest first (at most `limit`); one session's when `session` is given.
    func renders(token: String, session: String?, limit: Int) async throws -> [RenderJob]
    /// A job by the server's key (downloads, workers).
    func render(key: String) async throws -> RenderJob?
    /// Stops a job: a job still queued or rendering is failed with `reason` at once, its
    /// credits released (once), its tasks cancelled, so a worker holding one loses its lease at
    /// the next heartbeat. Returns the job's status afterwards (nil for an unknown key).
    func cancelRender(key: String, reason: String) async throws -> RenderJob.Status?
    /// The `X-Skill-*` attribution sent with a job (overwriting what a retried POST sent).
    func recordAttribution(_ attribution: Attribution, renderKey key: String) async throws
    func attribution(renderKey key: String) async throws -> Attribution?

    // MARK: Tasks (what workers claim)

    /// Claims the oldest runnable task (queued, its `runAfter` passed; `join` tasks become
    /// runnable only when every other task of their job is done) for `worker`, with a lease of
    /// `lease` seconds and a fresh claim token; counts an attempt. Its job becomes `rendering`.
    /// Two workers never claim the same task (PostgreSQL: `FOR UPDATE SKIP LOCKED`).
    func claimTask(worker: String, lease: TimeInterval) async throws -> ClaimedTask?
    /// Extends the task's lease by `lease` seconds and records its progress (0…1); the job's
    /// progress becomes the weighted sum of its tasks'. `.lost` when the claim is no longer
    /// the task's (its lease was rescued, or the job was cancelled or failed): stop working on it.
    func heartbeat(_ task: ClaimedTask, progress: Double, lease: TimeInterval) async throws -> LeaseState
    /// Replaces a claimed `render` task by `chunks` chunk tasks (frame ranges, in order),
    /// one `audio` task when `audio`, and one `join` task that waits for them all. False (and
    /// nothing written) when the claim is no longer the task's.
    func splitRender(_ task: ClaimedTask, chunks: [Range<Int>], audio: Bool) async throws -> Bool
    /// Marks a claimed `chunk` or `audio` task done. False (nothing written) when the claim is
    /// no longer the task's: the work is thrown away.
    func completeTask(_ task: ClaimedTask) async throws -> Bool
    /// Marks a claimed `render` or `join` task done and its job `completed` with its output,
    /// settling the job's credits, once. False (nothing written) when the claim is no longer the task's.
    func completeRender(_ task: ClaimedTask, output: String, bytes: Int64, duration: Double) async throws -> Bool
    /// A claimed task failed. If `retryable` and attempts remain (`QueuePolicy.maxAttempts`),
    /// it is queued again after a backoff; otherwise its job fails with `reason`, credits
    /// released once, its other tasks cancelled. `.lost` when the claim is no longer the task's.
    func failTask(_ task: ClaimedTask, reason: String, retryable: Bool) async throws -> TaskFailure
    /// Gives a claimed task back without counting the attempt (the worker is shutting down).
    func releaseTask(_ task: ClaimedTask) async throws
    /// Queues again every running task whose lease has expired (its worker died), after a
    /// backoff, counting the attempt; a task out of attempts fails its job (credits released
    /// once). Only expired leases are touched: a live worker's tasks are never taken.
    func rescueExpiredTasks() async throws -> Rescue
    /// Jobs by status, and the queue's depth and oldest runnable task's age, for metrics.
    func queueStats() async throws -> QueueStats
    /// Returns when work may have arrived (PostgreSQL: a `NOTIFY` from another node), or after
    /// `timeout` at the latest. A hint only: callers poll `claimTask` either way.
    func waitForWork(timeout: Duration) async

    // MARK: Retention

    /// Deletes every token that expired before `cutoff`, with its sessions, media, renders and
    /// ledger, in one transaction. A token with a job still queued or rendering is kept until
    /// the job ends.
    func deleteCallers(expiredBefore cutoff: Date) async throws -> ExpiredCallers
}

extension Store {
    public func updateSession<T: Sendable>(_ id: String, token: String,
                                          _ change: @escaping @Sendable (inout EditSession) throws -> T) async throws -> T {
        try await updateSession(id, token: token, generated: [], change)
    }

    public func sessions(token: String) async throws -> [SessionListing] { try await sessions(token: token, limit: 100) }

    public func renders(token: String, session: String? = nil) async throws -> [RenderJob] {
        try await renders(token: token, session: session, limit: 100)
    }

    /// The stored file of the upload or generated media `id`, if `token` owns it.
    public func mediaFile(id: String, token: String) async throws -> String? {
        try await mediaItem(id: id, token: token)?.path
    }
}

/// How the task queue retries: attempts per task and the backoff between them.
public struct QueuePolicy: Sendable, Equatable {
    /// Claims a task may have (a rescue after a worker died counts as one).
    public var maxAttempts: Int
    /// Seconds before the first retry; each further retry waits twice as long, capped at `maxBackoff`.
    public var backoff: TimeInterval
    public var maxBackoff: TimeInterval

    public init(maxAttempts: Int = 3, backoff: TimeInterval = 2, maxBackoff: TimeInterval = 60) {
        self.maxAttempts = max(1, maxAttempts)
        self.backoff = max(0, backoff)
        self.maxBackoff = max(self.backoff, maxBackoff)
    }

    /// The wait before attempt `attempts + 1`, after `attempts` attempts.
    public func delay(after attempts: Int) -> TimeInterval {
        min(maxBackoff, backoff * pow(2, Double(max(0, attempts - 1))))
    }
}
