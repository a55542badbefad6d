import Foundation
import Prometheus

/// Reel's Prometheus instruments over one registry, rendered at `/metrics`.
///
/// One per process (`ReelMetrics.process`) in `reel serve` and `reel worker`; tests make their
/// own so parallel servers don't count each other's requests. Nothing here knows HTTP: the server
/// records a request by its route pattern and status, the worker a chunk by its seconds.
///
/// - `reel_http_requests_total{route,status}`: requests answered, by route pattern
///   (`/api/sessions/{sid}/timeline`, `unmatched` when no route matched) and HTTP status.
/// - `reel_http_request_duration_seconds{route}`: time to the response head, by route pattern.
/// - `reel_turns_total{outcome}`: editing turns ended, `changed` (credits spent), `unchanged`
///   (nothing to do, credits given back) or `failed`.
/// - `reel_jobs{state}`: render jobs by state, read from the store when scraped.
/// - `reel_queue_depth`, `reel_queue_oldest_age_seconds`: render tasks waiting for a worker, and
///   how long the oldest has waited (0 when none does).
/// - `reel_chunk_render_seconds`: wall time of each rendered video chunk.
/// - `reel_leases_rescued_total`: render tasks queued again because their worker's lease expired.
public final class ReelMetrics: Sendable {
    /// The process's instruments.
    public static let process = ReelMetrics()

    public let registry: PrometheusCollectorRegistry
    private let turns: [String: Counter]
    private let queueDepth: Gauge
    private let queueOldestAge: Gauge
    private let chunkSeconds: ValueHistogram
    private let rescued: Counter
    private let state = State()

    /// Request latencies: 5 ms (a cached state read) to 60 s (a turn planned by a slow model).
    public static let requestBuckets: [Double] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60]
    /// Chunk render times: a preview's short chunk to a long 4K one.
    public static let chunkBuckets: [Double] = [1, 2, 5, 10, 20, 30, 60, 120, 300, 600, 1200]
    /// The outcomes `recordTurn` counts; anything else is counted as `failed`.
    public static let turnOutcomes = ["changed", "unchanged", "failed"]

    public init(registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry()) {
        self.registry = registry
        turns = Dictionary(uniqueKeysWithValues: Self.turnOutcomes.map { outcome in
            (outcome, registry.makeCounter(descriptor: Self.turnsName, labels: [("outcome", outcome)]))
        })
        queueDepth = registry.makeGauge(descriptor: .init(
            namespace: "reel", metricName: "queue_depth", unitName: "", helpText: "Render tasks waiting for a worker."))
        queueOldestAge = registry.makeGauge(descriptor: .init(
            namespace: "reel", metricName: "queue_oldest_age", unitName: "seconds",
            helpText: "How long the oldest waiting render task has waited (0 when none waits)."))
        chunkSeconds = registry.makeValueHistogram(descriptor: .init(
            namespace: "reel", metricName: "chunk_render", unitName: "seconds", helpText: "Wall time of each rendered video chunk."),
            buckets: Self.chunkBuckets)
        rescued = registry.makeCounter(descriptor: .init(
            namespace: "reel", metricName: "leases_rescued", unitName: "total",
            helpText: "Render tasks queued again because the lease of the worker holding them expired."))
    }

    // Computed: the library's descriptor is not Sendable, so it cannot be a stored static.
    static var requestsName: MetricNameDescriptor {
        MetricNameDescriptor(
            namespace: "reel", subsystem: "http", metricName: "requests", unitName: "total",
            helpText: "HTTP requests answered, by route pattern and status.")
    }
    static var durationName: MetricNameDescriptor {
        MetricNameDescriptor(
            namespace: "reel", subsystem: "http", metricName: "request_duration", unitName: "seconds",
            helpText: "Seconds from a request's arrival to its response head, by route pattern.")
    }
    static var turnsName: MetricNameDescriptor {
        MetricNameDescriptor(
            namespace: "reel", metricName: "turns", unitName: "total", helpText: "Editing turns ended, by outcome.")
    }
    static var jobsName: MetricNameDescriptor {
        MetricNameDescriptor(
            namespace: "reel", metricName: "jobs", unitName: "", helpText: "Render jobs by state.")
    }

    /// One answered request: `route` is the matched route's pattern (never a raw path with ids).
    public func recordRequest(route: String, status: Int, seconds: Double) {
        registry.makeCounter(descriptor: Self.requestsName, labels: [("route", route), ("status", String(status))]).increment()
        registry.makeValueHistogram(descriptor: Self.durationName, labels: [("route", route)], buckets: Self.requestBuckets)
            .record(seconds)
    }

    /// One editing turn ended: `changed`, `unchanged` or `failed`.
    public func recordTurn(outcome: String) {
        (turns[outcome] ?? turns["failed"])?.increment()
    }

    /// One video chunk rendered in `seconds`.
    public func recordChunk(seconds: Double) {
        chunkSeconds.record(seconds)
    }

    /// `n` expired leases rescued (their jobs requeued).
    public func leasesRescued(_ n: Int) {
        if n > 0 { rescued.increment(by: Int64(n)) }
    }

    /// The store's render jobs by state, the queue's depth and its oldest job's age in seconds.
    /// A state counted before and missing now reads 0.
    public func setJobs(_ counts: [String: Int], depth: Int, oldestAge: Double) {
        for name in state.noteStates(Set(counts.keys)) {
            registry.makeGauge(descriptor: Self.jobsName, labels: [("state", name)]).set(Double(counts[name] ?? 0))
        }
        queueDepth.set(Double(depth))
        queueOldestAge.set(max(0, oldestAge))
    }

    /// Called just before each `render()`: the server sets it to read the store's jobs into `setJobs`.
    public var onScrape: (@Sendable () async -> Void)? {
        get { state.onScrape }
        set { state.onScrape = newValue }
    }

    /// Every instrument in Prometheus's text exposition format (version 0.0.4), refreshed by
    /// `onScrape` first.
    public func render() async -> String {
        if let refresh = onScrape { await refresh() }
        return registry.emitToString()
    }

    /// The exposition format's content type.
    public static let contentType = "text/plain; version=0.0.4; charset=utf-8"
}

/// The mutable part: the scrape hook and the job states seen so far.
private final class State: @unchecked Sendable {
    private let lock = NSLock()
    private var hook: (@Sendable () async -> Void)?
    private var states: Set<String> = []

    var onScrape: (@Sendable () async -> Void)? {
        get { lock.withLock { hook } }
        set { lock.withLock { hook = newValue } }
    }

    /// Remembers `current` and returns every state ever seen.
    func noteStates(_ current: Set<String>) -> Set<String> {
        lock.withLock {
            states.formUnion(current)
            return states
        }
    }
}
