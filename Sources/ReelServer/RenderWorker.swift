import Crypto
import Foundation
import Logging
import ReelMetrics
import ReelFFmpeg
import ReelRender
import ReelTimeline
import ServiceLifecycle
import ReelStore

/// Where finished renders live and how their download links are signed: HMAC-SHA256 over
/// `<key>.<expires>` with a key generated once and kept in the data directory.
public struct RenderFiles: Sendable {
    public let directory: URL
    /// Where renders keep their work folders (`<data>/work/reel-<uuid>`): inside the data
    /// directory, so one a killed process left is swept at the next start.
    public let workDirectory: URL
    let signingKey: SymmetricKey

    /// `<data>/renders` and `<data>/render-signing.key`; in memory mode a temporary folder and
    /// a key that lives as long as the process. With a shared database (many machines), renders,
    /// work folders and the key live in the media root every node mounts (`renders/`, `work/`,
    /// `.reel/render-signing.key`), so any node serves any render and checks any link.
    public init(configuration: ServerConfiguration) throws {
        let fm = FileManager.default
        if configuration.databaseURL != nil, let root = configuration.resolvedMediaDirectory {
            directory = root.appendingPathComponent("renders")
            workDirectory = root.appendingPathComponent("work")
            try fm.createDirectory(at: directory, withIntermediateDirectories: true)
            let keys = root.appendingPathComponent(".reel")
            try fm.createDirectory(at: keys, withIntermediateDirectories: true)
            signingKey = try Self.sharedKey(at: keys.appendingPathComponent("render-signing.key"))
        } else if let data = configuration.dataDirectory {
            directory = data.appendingPathComponent("renders")
            try fm.createDirectory(at: directory, withIntermediateDirectories: true)
            workDirectory = data.appendingPathComponent("work")
            let keyFile = data.appendingPathComponent("render-signing.key")
            if let bytes = try? Data(contentsOf: keyFile), bytes.count >= 32 {
                signingKey = SymmetricKey(data: bytes)
            } else {
                let key = SymmetricKey(size: .bits256)
                let bytes = key.withUnsafeBytes { Data($0) }
                try bytes.write(to: keyFile, options: .atomic)
                try? fm.setAttributes([.posixPermissions: 0o600], ofItemAtPath: keyFile.path)
                signingKey = key
            }
        } else {
            directory = fm.temporaryDirectory.appendingPathComponent("reel-renders-\(UUID().uuidString)")
            try fm.createDirectory(at: directory, withIntermediateDirectories: true)
            workDirectory = directory.appendingPathComponent(".work")
            signingKey = SymmetricKey(size: .bits256)
        }
    }

    /// The key every node shares: the first node to start writes it (created exclusively, so two
    /// nodes starting together cannot each write their own); the others read it.
    static func sharedKey(at file: URL) throws -> SymmetricKey {
        for _ in 0..<50 {
            let fd = open(file.path, O_CREAT | O_EXCL | O_WRONLY, 0o600)
            if fd >= 0 {
                let key = SymmetricKey(size: .bits256)
                let bytes = key.withUnsafeBytes { Data($0) }
                let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
                close(fd)
                guard written == bytes.count else { throw RenderJobError("could not write the signing key \(file.path)") }
                return key
            }
            if let bytes = try? Data(contentsOf: file), bytes.count >= 32 { return SymmetricKey(data: bytes) }
            usleep(20_000)  // another node is writing it
        }
        throw RenderJobError("the signing key \(file.path) is unreadable")
    }

    func outputPath(key: String, format: String) -> String {
        directory.appendingPathComponent("\(key).\(format)").path
    }

    /// Hex HMAC-SHA256 of `<key>.<expires>`.
    func signature(key: String, expires: Int) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data("\(key).\(expires)".utf8), using: signingKey)
        return mac.map { String(format: "%02x", $0) }.joined()
    }

    /// True if `sig` is the signature of `key` until `expires` (compared in constant time).
    func verify(key: String, expires: Int, sig: String) -> Bool {
        let expected = Array(signature(key: key, expires: expires).utf8)
        let given = Array(sig.lowercased().utf8)
        guard expected.count == given.count else { return false }
        return zip(expected, given).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    /// The query of a download link valid until `expires` (unix seconds).
    func signedQuery(key: String, expires: Int) -> String {
        "expires=\(expires)&sig=\(signature(key: key, expires: expires))"
    }
}

/// Runs render tasks from the store's queue, `configuration.renderConcurrency` at a time, for as
/// long as the process runs: inside `reel serve` (the embedded default), or as `reel worker` on
/// other machines over PostgreSQL. Jobs belong to the store, not to a request: a client may
/// leave and poll later.
///
/// Every claimed task carries a lease this worker renews every second (more often for a lease under 4 s) with its
/// progress; a heartbeat that finds the claim lost (the job was cancelled, or the lease expired
/// and another worker took the task) stops the work and throws it away. Tasks whose worker died
/// are queued again once their lease expires, by whichever worker looks first, a limited number
/// of times (then the job fails, credits given back). On shutdown, tasks in flight are handed
/// back uncounted, so nothing is lost to a restart.
public actor RenderWorker: Service {
    let store: any Store
    let files: RenderFiles
    let concurrency: Int
    let mediaDirectory: URL?
    let logger: Logger
    /// How often the queue is looked at when idle (new jobs also wake the worker).
    let pollInterval: Duration
    let webhook: RenderWebhook
    let workerID: String
    let lease: TimeInterval
    let split: Bool
    let chunkCount: Int?
    /// Where chunk render times and rescued leases are counted (`/metrics`).
    let metrics: ReelMetrics

    /// Tasks running, by task id, with their job's key.
    private var running: [String: (key: String, task: Task<Void, Never>)] = [:]
    private var cancelRequested: Set<String> = []
    private var stopping = false
    private var wakeup: CheckedContinuation<Void, Never>?
    private var woken = false
    private var engine: RenderEngine?
    /// Drafts prepared (media probed) for the jobs whose tasks this worker did last, so the
    /// chunks of one job that come its way are not probed again: at most `preparedLimit`.
    private var preparedDrafts: [(key: String, prepared: PreparedDraft)] = []
    private let preparedLimit = 4

    public init(store: any Store, configuration: ServerConfiguration, files: RenderFiles, logger: Logger = Logger(label: "reel.render"),
                pollInterval: Duration = .seconds(1)) {
        self.store = store
        self.files = files
        self.concurrency = max(1, configuration.renderConcurrency)
        self.mediaDirectory = configuration.resolvedMediaDirectory
        self.logger = logger
        self.pollInterval = pollInterval
        self.webhook = RenderWebhook(allowPrivate: configuration.allowPrivateURLImports, files: files,
                                     linkLifetime: configuration.downloadLinkLifetime, now: configuration.now, logger: logger)
        self.workerID = configuration.workerID
        self.lease = max(1, configuration.renderLease)
        self.split = configuration.splitRenders
        self.chunkCount = configuration.renderChunks
        self.metrics = configuration.metrics
    }

    public func run() async throws {
        await cancelWhenGracefulShutdown { await self.loop() }
        // Stopping: tasks in flight go back to the queue for the next worker.
        stopping = true
        let tasks = running.values.map(\.task)
        for task in tasks { task.cancel() }
        for task in tasks { await task.value }
    }

    private func loop() async {
        while !Task.isCancelled {
            // Whatever the queue holds, the worker stays up: a failure here is logged, not thrown.
            await rescue()
            while running.count < concurrency, !Task.isCancelled {
                let task: ClaimedTask?
                do { task = try await store.claimTask(worker: workerID, lease: lease) } catch {
                    if !Task.isCancelled { logger.error("could not read the render queue: \(error)") }
                    break
                }
                guard let task else { break }
                start(task)
            }
            await sleepUntilWoken()
        }
    }

    /// Queues again the tasks of workers that stopped answering.
    private func rescue() async {
        do {
            let rescued = try await store.rescueExpiredTasks()
            metrics.leasesRescued(rescued.requeued)
            if rescued.requeued > 0 { logger.info("requeued \(rescued.requeued) render task(s) whose worker stopped answering") }
            if rescued.failed > 0 { logger.warning("failed \(rescued.failed) render job(s) out of attempts; not retried") }
            for key in rescued.failedKeys { webhook.notify(key: key, store: store) }
        } catch {
            if !Task.isCancelled { logger.error("could not rescue abandoned render tasks: \(error)") }
        }
    }

    /// Waits for `wake()`, a hint from the store that work arrived, a task finishing, or the
    /// poll interval, whichever is first.
    private func sleepUntilWoken() async {
        let interval = pollInterval
        let store = store
        let timer = Task { [weak self] in
            await store.waitForWork(timeout: interval)
            await self?.wake()
        }
        await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                if Task.isCancelled || woken { continuation.resume() } else { wakeup = continuation }
                woken = false
            }
        } onCancel: {
            Task { await self.wake() }
        }
        timer.cancel()
    }

    /// Asks the worker to look at the queue now (a job was queued).
    public func wake() {
        if let wakeup {
            wakeup.resume()
            self.wakeup = nil
        } else {
            woken = true
        }
    }

    /// Cancels a job: the store fails it (its credits given back once and its tasks cancelled,
    /// so a worker elsewhere stops at its next heartbeat), a task of it running here stops at
    /// once, and its webhook is called when this call is what ended it. Returns the job now.
    func cancel(_ job: RenderJob, reason: String = "cancelled") async throws -> RenderJob {
        let status = try await store.cancelRender(key: job.key, reason: reason)
        cancel(key: job.key)
        if job.status == .queued || job.status == .rendering, status == .failed { webhook.notify(key: job.key, store: store) }
        return try await store.render(key: job.key) ?? job
    }

    /// Stops this worker's tasks of a job at once (the store has already failed it as cancelled).
    func cancel(key: String) {
        cancelRequested.insert(key)
        for (_, entry) in running where entry.key == key { entry.task.cancel() }
    }

    private func start(_ task: ClaimedTask) {
        logger.info("claimed \(task.id) (attempt \(task.attempt))")
        let work = Task { await self.execute(task) }
        running[task.id] = (task.job.key, work)
        if cancelRequested.contains(task.job.key) { work.cancel() }
    }

    private func finished(_ task: ClaimedTask) {
        running[task.id] = nil
        if !running.values.contains(where: { $0.key == task.job.key }) { cancelRequested.remove(task.job.key) }
        wake()
    }

    private func renderEngine() throws -> RenderEngine {
        if let engine { return engine }
        var made = RenderEngine(tools: try FFmpegTools.locate(), logger: logger)
        try? FileManager.default.createDirectory(at: files.workDirectory, withIntermediateDirectories: true)
        made.workRoot = files.workDirectory
        engine = made
        return made
    }

    private func execute(_ task: ClaimedTask) async {
        defer { finished(task) }
        let store = self.store
        let progress = ProgressBox()
        let lost = ProgressBox()
        let lease = lease
        // The lease is renewed, with the progress, every second (four times per lease when shorter); a lost claim stops the work.
        let work = Task { try await self.perform(task, progress: progress) }
        let heartbeat = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(min(1, lease / 4)))
                if Task.isCancelled { return }
                do {
                    if try await store.heartbeat(task, progress: progress.value, lease: lease) == .lost {
                        lost.value = 1
                        work.cancel()
                        return
                    }
                } catch {
                    // The database is away: the work goes on, and the lease may expire meanwhile.
                    logger.warning("render \(task.id): heartbeat failed: \(error)")
                }
            }
        }
        let outcome = await withTaskCancellationHandler {
            await work.result
        } onCancel: {
            work.cancel()
        }
        heartbeat.cancel()
        await heartbeat.value
        switch outcome {
        case .success(let completed):
            if !completed { logger.warning("render \(task.id): finished, but its lease was lost; the work is thrown away") }
        case .failure(let error):
            let cancelled = error is CancellationError || work.isCancelled
            // GRDB refuses work from a cancelled task, so outcomes are written from fresh ones.
            if lost.value == 1 {
                logger.info("render \(task.id) stopped: its claim was lost (cancelled, or taken over after its lease expired)")
            } else if cancelled && cancelRequested.contains(task.job.key) {
                logger.info("render \(task.id) cancelled")
            } else if cancelled && stopping {
                await Task { try? await store.releaseTask(task) }.value
                logger.info("render \(task.id) stopped by shutdown; queued again")
            } else {
                let reason = cancelled ? "cancelled" : Self.reason(error)
                let failure = await Task { try? await store.failTask(task, reason: reason, retryable: Self.retryable(error)) }.value
                switch failure {
                case .retried(let at)?: logger.warning("render \(task.id) failed (attempt \(task.attempt)), retried after \(at): \(reason)")
                case .jobFailed?:
                    logger.warning("render \(task.job.key) failed: \(reason)")
                    webhook.notify(key: task.job.key, store: store)
                case .lost?, nil: logger.warning("render \(task.id) failed after its claim was lost: \(reason)")
                }
            }
        }
    }

    /// Does the task; true when the store took its result (false: the claim was lost meanwhile).
    private func perform(_ task: ClaimedTask, progress: ProgressBox) async throws -> Bool {
        let engine = try renderEngine()
        let job = task.job
        guard let format = OutputFormat(rawValue: job.format) else { throw RenderJobError("unsupported format \(job.format)") }
        let draft = try Draft.decode(Data(job.draft.utf8)).draft
        let base = mediaDirectory?.path ?? files.directory.path
        let settings = RenderSettings(format: format, preview: job.preview, quality: Quality.named(job.quality))
        let prepared = try await prepare(job, draft, engine: engine, base: base)
        try Task.checkCancellation()
        switch task.kind {
        case .render:
            if split {
                let outline = try engine.outline(for: prepared, settings: settings, chunks: chunkCount ?? Self.chunks(for: prepared))
                if outline.inParts, outline.chunks.count > 1 {
                    guard try await store.splitRender(task, chunks: outline.chunks, audio: outline.hasAudio) else { return false }
                    logger.info("finished \(task.id) (split into \(outline.chunks.count) chunks\(outline.hasAudio ? " and a soundtrack" : ""))")
                    return true
                }
            }
            let output = files.outputPath(key: job.key, format: job.format)
            let result = try await engine.render(prepared, to: output, settings: settings) { progress.value = $0 }
            return try await completed(task, result)
        case .chunk:
            guard let frames = task.frames else { throw RenderJobError("chunk \(task.id) has no frames") }
            let seconds = Double(frames.count) / Double(max(1, try prepared.timeline(for: settings).fps))
            let started = ContinuousClock.now
            try await engine.renderVideoChunk(prepared, settings: settings, frames: frames, to: piece(job, task.index)) {
                progress.value = seconds > 0 ? $0 / seconds : 0
            }
            let elapsed = ContinuousClock.now - started
            metrics.recordChunk(seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
            return try await accepted(task)
        case .audio:
            try await engine.renderSoundtrack(prepared, settings: settings, to: soundtrack(job))
            return try await accepted(task)
        case .join:
            let pieces = try task.chunks.enumerated().map { (path: try piece(job, $0.offset), frames: $0.element) }
            let output = files.outputPath(key: job.key, format: job.format)
            let result = try await engine.joinChunks(prepared, settings: settings, pieces: pieces,
                                                     soundtrack: settings.format.hasAudio ? soundtrack(job) : nil, to: output)
            let done = try await completed(task, result)
            if done { try? FileManager.default.removeItem(at: files.workDirectory.appendingPathComponent(job.key)) }
            return done
        }
    }

    /// The job's draft with its media probed: kept from an earlier task of the same job (the
    /// draft of a job never changes), else probed now.
    private func prepare(_ job: RenderJob, _ draft: Draft, engine: RenderEngine, base: String) async throws -> PreparedDraft {
        if let kept = preparedDrafts.first(where: { $0.key == job.key }) { return kept.prepared }
        let prepared = try await engine.prepare(draft, baseDirectory: base)
        preparedDrafts.removeAll { $0.key == job.key }
        preparedDrafts.append((job.key, prepared))
        if preparedDrafts.count > preparedLimit { preparedDrafts.removeFirst() }
        return prepared
    }

    /// Records a finished job's output; false when the claim was lost meanwhile.
    private func completed(_ task: ClaimedTask, _ result: RenderResult) async throws -> Bool {
        guard try await store.completeRender(task, output: result.output, bytes: result.bytes, duration: result.duration) else { return false }
        logger.info("finished \(task.id) (render \(task.job.id) completed, \(result.bytes) bytes)")
        webhook.notify(key: task.job.key, store: store)
        return true
    }

    /// Records a finished chunk or soundtrack; false when the claim was lost meanwhile.
    private func accepted(_ task: ClaimedTask) async throws -> Bool {
        guard try await store.completeTask(task) else { return false }
        logger.info("finished \(task.id)")
        return true
    }

    /// Where a split job's pieces go: its folder under the shared work directory.
    private func piece(_ job: RenderJob, _ index: Int) throws -> String {
        try jobFolder(job).appendingPathComponent("chunk-\(index).\(job.format)").path
    }

    private func soundtrack(_ job: RenderJob) throws -> String {
        try jobFolder(job).appendingPathComponent("audio.\(job.format)").path
    }

    private func jobFolder(_ job: RenderJob) throws -> URL {
        let folder = files.workDirectory.appendingPathComponent(job.key, isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Chunks for a job split across workers: one per 8 s of video, at most 16.
    static func chunks(for prepared: PreparedDraft) -> Int {
        max(1, min(16, Int(prepared.timeline.duration / ChunkLayout.minimumChunkSeconds)))
    }

    /// Whether another attempt may succeed: not for a draft or format that is wrong in itself.
    static func retryable(_ error: any Error) -> Bool {
        !(error is DraftValidationError || error is RenderJobError)
    }

    static func reason(_ error: any Error) -> String {
        switch error {
        case let error as DraftValidationError: error.description
        case let error as CustomStringConvertible: String(error.description.prefix(2000))
        default: "\(error)"
        }
    }
}

/// A number one task writes and another reads (a render's progress, a lost-claim flag).
final class ProgressBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Double = 0
    var value: Double {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}

struct RenderJobError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
