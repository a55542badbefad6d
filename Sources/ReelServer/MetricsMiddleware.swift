import Hummingbird
import ReelMetrics

/// Counts and times every request into `ReelMetrics` by its route pattern (the matched
/// endpoint's path, `/api/sessions/{sid}/timeline`, never the raw path with its ids; `unmatched`
/// when no route matched) and its status. It sits outside `EnvelopeErrorMiddleware`, so a thrown
/// error is counted with the status the client is sent.
struct MetricsMiddleware<Context: RequestContext>: RouterMiddleware {
    let metrics: ReelMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        do {
            let response = try await next(request, context)
            record(context, status: response.status.code, since: start)
            return response
        } catch {
            record(context, status: (error as? any HTTPResponseError)?.status.code ?? 500, since: start)
            throw error
        }
    }

    func record(_ context: Context, status: Int, since start: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        // Hummingbird names the not-found responder "NotFound"; a route's pattern starts with "/".
        let route = context.endpointPath.flatMap { $0.hasPrefix("/") ? $0 : nil } ?? "unmatched"
        metrics.recordRequest(route: route, status: status, seconds: seconds)
    }
}
