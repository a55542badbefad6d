import Foundation

/// What a client asks to render.
public struct RenderRequest: Sendable, Equatable {
    /// The client's id (`render_<ts>`), unique per token: a second POST with it returns the first job.
    public var id: String
    public var token: String
    public var sessionID: String?
    /// The draft as seed JSON.
    public var draft: String
    public var format: String
    public var quality: String
    /// Called with the job's status when it completes or fails.
    public var webhook: String?
    /// Credits frozen for the job (0 when exports are free).
    public var cost: Int

    public init(id: String, token: String, sessionID: String?, draft: String, format: String, quality: String,
                webhook: String? = nil, cost: Int = 0) {
        self.id = id
        self.token = token
        self.sessionID = sessionID
        self.draft = draft
        self.format = format
        self.quality = quality
        self.webhook = webhook
        self.cost = cost
    }
}

/// One render job: whose it is, what it renders, and how far it got.
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
    /// Absolute path of the finished file on this node (stored relative to the media root).
    public var outputPath: String?
    public var bytes: Int64?
    public var duration: Double?
    public var created: Date
    public var webhook: String?
    /// Credits frozen for the job (0 when exports are free).
    public var cost: Int
    /// Claims of its tasks that ended without the task ending (a worker died or failed).
    public var interruptions: Int

    public var preview: Bool { quality == "preview" }

    public init(key: String, id: String, token: String, sessionID: String?, draft: String, format: String, quality: String,
                status: Status, progress: Int, error: String?, outputPath: String?, bytes: Int64?, duration: Double?,
                created: Date, webhook: String?, cost: Int, interruptions: Int) {
        self.key = key
        self.id = id
        self.token = token
        self.sessionID = sessionID
        self.draft = draft
        self.format = format
        self.quality = quality
        self.status = status
        self.progress = progress
        self.error = error
        self.outputPath = outputPath
        self.bytes = bytes
        self.duration = duration
        self.created = created
        self.webhook = webhook
        self.cost = cost
        self.interruptions = interruptions
    }
}

/// A unit of a render job that one worker does.
public enum TaskKind: String, Sendable, Equatable {
    /// The whole job: the worker that claims it renders it, or splits it into chunks.
    case render
    /// A range of the video's frames, without sound.
    case chunk
    /// The whole soundtrack, once.
    case audio
    /// The pieces joined and muxed into the job's output; runnable once every other task is done.
    case join
}

/// A task a worker holds: what to do, and the claim that fences every change it makes.
public struct ClaimedTask: Sendable, Equatable {
    /// `<job key>/<kind>` or `<job key>/chunk-<n>`.
    public var id: String
    public var kind: TaskKind
    /// The chunk's number (0 for other kinds).
    public var index: Int
    /// The chunk's output frames; nil for other kinds.
    public var frames: Range<Int>?
    /// 1 for the first claim.
    public var attempt: Int
    /// A fresh token per claim: only its holder may change the task.
    public var claim: String
    public var worker: String
    /// The job the task belongs to, as it was when claimed.
    public var job: RenderJob
    /// For a `join`: the job's chunks in order.
    public var chunks: [Range<Int>]

    public init(id: String, kind: TaskKind, index: Int, frames: Range<Int>?, attempt: Int, claim: String, worker: String,
                job: RenderJob, chunks: [Range<Int>] = []) {
        self.id = id
        self.kind = kind
        self.index = index
        self.frames = frames
        self.attempt = attempt
        self.claim = claim
        self.worker = worker
        self.job = job
        self.chunks = chunks
    }

    /// The task id for a job's task.
    public static func id(job key: String, kind: TaskKind, index: Int = 0) -> String {
        kind == .chunk ? "\(key)/chunk-\(index)" : "\(key)/\(kind.rawValue)"
    }
}

/// What a heartbeat found.
public enum LeaseState: Sendable, Equatable {
    /// The lease is extended: go on.
    case held
    /// The task is no longer this claim's (rescued, cancelled, or its job failed): stop and throw the work away.
    case lost
}

/// What became of a failed task.
public enum TaskFailure: Sendable, Equatable {
    /// Queued again; claimable after this date.
    case retried(at: Date)
    /// Out of attempts (or not retryable): the job failed and its credits were released.
    case jobFailed
    /// The claim was no longer the task's: nothing was written.
    case lost
}

/// What a rescue pass did.
public struct Rescue: Sendable, Equatable {
    /// Tasks queued again after their worker's lease expired.
    public var requeued: Int
    /// Jobs failed because a rescued task had no attempts left.
    public var failed: Int
    /// The keys of those jobs (their webhooks are owed a call).
    public var failedKeys: [String]

    public init(requeued: Int = 0, failed: Int = 0, failedKeys: [String] = []) {
        self.requeued = requeued
        self.failed = failed
        self.failedKeys = failedKeys
    }
}

/// The queue at a glance, for metrics.
public struct QueueStats: Sendable, Equatable {
    /// Jobs by status (`queued`, `rendering`, `completed`, `failed`).
    public var jobs: [String: Int]
    /// Tasks runnable now or waiting for a backoff (not `join`s still waiting for their pieces).
    public var depth: Int
    /// Seconds since the oldest queued task was queued (0 when none).
    public var oldestAge: Double

    public init(jobs: [String: Int], depth: Int, oldestAge: Double) {
        self.jobs = jobs
        self.depth = depth
        self.oldestAge = oldestAge
    }
}
