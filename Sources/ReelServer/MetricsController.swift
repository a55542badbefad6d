import Foundation
import Hummingbird
import Logging
import ReelMetrics
import ReelStore

/// `GET /metrics`: Prometheus's text format, for a scraper on the operators' private network
/// (no token, never rate-limited). Render jobs by state and the queue are read from the store
/// just before each scrape.
struct MetricsController<Context: RequestContext> {
    let metrics: ReelMetrics

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get(use: scrape)
        return routes
    }

    @Sendable func scrape(_ request: Request, context: Context) async throws -> Response {
        let text = await metrics.render()
        return Response(status: .ok, headers: [.contentType: ReelMetrics.contentType], body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}

extension ReelMetrics {
    /// Refreshes the job and queue gauges from `store` at each scrape; a store that does not
    /// answer leaves them as they were (and is logged).
    func readJobs(from store: any Store, logger: Logger) {
        onScrape = { [weak self] in
            do {
                let stats = try await store.queueStats()
                let states: [RenderJob.Status] = [.queued, .rendering, .completed, .failed]
                var jobs = Dictionary(uniqueKeysWithValues: states.map { ($0.rawValue, 0) })
                jobs.merge(stats.jobs) { $1 }
                self?.setJobs(jobs, depth: stats.depth, oldestAge: stats.oldestAge)
            } catch {
                logger.error("metrics: the render queue could not be read: \(error)")
            }
        }
    }
}
