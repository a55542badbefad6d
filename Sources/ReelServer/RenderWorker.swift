import Crypto
import Foundation
import Logging
import ReelFFmpeg
import ReelRender
import ReelTimeline
import ServiceLifecycle

/// Where finished renders live and how their download links are signed: HMAC-SHA256 over
/// `<key>.<expires>` with a key generated once and kept in the data directory.
public struct RenderFiles: Sendable {
    public let directory: URL
    /// Where renders keep their work folders (`<data>/work/reel-<uuid>`): inside the data
    /// directory, so one a killed process left is swept at the next start.
    public let workDirectory: URL
    let signingKey: SymmetricKey

    /// `<data>/renders` and `<data>/render-signing.key`; in memory mode a temporary folder and
    /// a key that lives as long as the process.
    public init(configuration: ServerConfiguration) throws {
        let fm = FileManager.default
        if let data = configuration.dataDirectory {
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

/// Runs queued render jobs, `configuration.renderConcurrency` at a time, for as long as the
/// server runs. Jobs belong to the store, not to a request: a client may leave and poll later.
/// On start, jobs an earlier process left `rendering` are queued again, unless a process already
/// died rendering them `renderInterruptionLimit` times (then they fail, credits given back); on
/// shutdown, jobs being rendered are stopped and queued again (not counted), so nothing is lost
/// to a restart.
public actor RenderWorker: Service {
    let store: Store
    let files: RenderFiles
    let concurrency: Int
    /// Interruptions (process deaths mid-render) after which a job is failed rather than requeued.
    let interruptionLimit: Int
    let mediaDirectory: URL?
    let logger: Logger
    /// How often the queue is looked at when idle (new jobs also wake the worker).
    let pollInterval: Duration
    let webhook: RenderWebhook

    private var running: [String: Task<Void, Never>] = [:]
    private var cancelRequested: Set<String> = []
    private var stopping = false
    private var wakeup: CheckedContinuation<Void, Never>?
    private var woken = false
    private var engine: RenderEngine?

    public init(store: Store, configuration: ServerConfiguration, files: RenderFiles, logger: Logger = Logger(label: "reel.render"),
                pollInterval: Duration = .seconds(1)) {
        self.store = store
        self.files = files
        self.concurrency = max(1, configuration.renderConcurrency)
        self.interruptionLimit = max(1, configuration.renderInterruptionLimit)
        self.mediaDirectory = configuration.resolvedMediaDirectory
        self.logger = logger
        self.pollInterval = pollInterval
        self.webhook = RenderWebhook(allowPrivate: configuration.allowPrivateURLImports, files: files,
                                     linkLifetime: configuration.downloadLinkLifetime, now: configuration.now, logger: logger)
    }

    public func run() async throws {
        // Whatever the queue holds, the server stays up: a failure here is logged, not thrown.
        do {
            let (requeued, failed) = try await store.recoverInterruptedRenders(limit: interruptionLimit)
            if requeued > 0 { logger.info("requeued \(requeued) interrupted render job(s)") }
            if failed > 0 { logger.warning("failed \(failed) render job(s) interrupted \(interruptionLimit) times; not retried") }
        } catch {
            logger.error("could not recover interrupted render jobs: \(error)")
        }
        await cancelWhenGracefulShutdown { await self.loop() }
        // Stopping: jobs in flight go back to the queue for the next start.
        stopping = true
        let tasks = Array(running.values)
        for task in tasks { task.cancel() }
        for task in tasks { await task.value }
    }

    private func loop() async {
        while !Task.isCancelled {
            while running.count < concurrency, !Task.isCancelled {
                let job: RenderJob?
                do { job = try await store.claimQueuedRender() } catch {
                    if !Task.isCancelled { logger.error("could not read the render queue: \(error)") }
                    break
                }
                guard let job else { break }
                start(job)
            }
            await sleepUntilWoken()
        }
    }

    /// Waits for `wake()`, a job finishing, or the poll interval, whichever is first.
    private func sleepUntilWoken() async {
        let interval = pollInterval
        let timer = Task { [weak self] in
            try? await Task.sleep(for: interval)
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

    /// Stops a job being rendered; it is failed as cancelled. Queued jobs are cancelled in the store.
    func cancel(key: String) {
        cancelRequested.insert(key)
        running[key]?.cancel()
    }

    private func start(_ job: RenderJob) {
        let task = Task { await self.execute(job) }
        running[job.key] = task
        if cancelRequested.contains(job.key) { task.cancel() }
    }

    private func finished(_ key: String) {
        running[key] = nil
        cancelRequested.remove(key)
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

    private func execute(_ job: RenderJob) async {
        defer { finished(job.key) }
        let output = files.outputPath(key: job.key, format: job.format)
        let store = self.store
        let (updates, sink) = AsyncStream.makeStream(of: Double.self, bufferingPolicy: .bufferingNewest(1))
        // Progress reaches the store at most four times a second.
        let writer = Task {
            var last = -1
            for await fraction in updates {
                let percent = Int(fraction * 100)
                guard percent != last else { continue }
                last = percent
                try? await store.setRenderProgress(key: job.key, percent)
                try? await Task.sleep(for: .milliseconds(250))
            }
        }
        do {
            let engine = try renderEngine()
            guard let format = OutputFormat(rawValue: job.format) else { throw RenderJobError("unsupported format \(job.format)") }
            let draft = try Draft.decode(Data(job.draft.utf8)).draft
            let base = mediaDirectory?.path ?? files.directory.path
            let prepared = try await engine.prepare(draft, baseDirectory: base)
            try Task.checkCancellation()
            let result = try await engine.render(prepared, to: output, settings: RenderSettings(format: format, preview: job.preview, quality: Quality.named(job.quality))) {
                sink.yield($0)
            }
            sink.finish()
            await writer.value
            try await store.completeRender(key: job.key, outputPath: result.output, bytes: result.bytes, duration: result.duration)
            logger.info("render \(job.key) (\(job.id)) completed: \(result.bytes) bytes")
            webhook.notify(key: job.key, store: store)
        } catch {
            sink.finish()
            await writer.value
            let cancelled = error is CancellationError || Task.isCancelled
            // GRDB refuses work from a cancelled task, so the outcome is written from a fresh one.
            if cancelled && stopping && !cancelRequested.contains(job.key) {
                await Task { try? await store.requeueRender(key: job.key) }.value
                logger.info("render \(job.key) stopped by shutdown; queued again")
            } else {
                let reason = cancelled ? "cancelled" : Self.reason(error)
                await Task { try? await store.failRender(key: job.key, reason: reason) }.value
                logger.warning("render \(job.key) failed: \(reason)")
                webhook.notify(key: job.key, store: store)
            }
        }
    }

    static func reason(_ error: any Error) -> String {
        switch error {
        case let error as DraftValidationError: error.description
        case let error as CustomStringConvertible: String(error.description.prefix(2000))
        default: "\(error)"
        }
    }
}

struct RenderJobError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
