import Foundation
import Hummingbird
import Synchronization

/// A fixed-window request count per caller; over the limit answers 429 with `Retry-After`.
/// A lock, not an actor: every request passes through it, and a lock costs no task switch.
final class RateLimiter: Sendable {
    let limit: Int
    let window: TimeInterval
    let now: @Sendable () -> Date
    private let windows = Mutex<[String: (start: Date, count: Int)]>([:])

    init(limit: Int, window: TimeInterval, now: @escaping @Sendable () -> Date) {
        self.limit = limit
        self.window = window
        self.now = now
    }

    /// Counts a request; the seconds to wait when it is over the limit, else nil.
    func admit(_ key: String) -> Int? {
        let now = now()
        let entry = windows.withLock { windows in
            var entry = windows[key] ?? (now, 0)
            if now.timeIntervalSince(entry.start) >= window { entry = (now, 0) }
            entry.count += 1
            windows[key] = entry
            if windows.count > 10_000 { windows = windows.filter { now.timeIntervalSince($0.value.start) < window } }
            return entry
        }
        guard entry.count > limit else { return nil }
        return max(1, Int((window - now.timeIntervalSince(entry.start)).rounded(.up)))
    }
}

struct RateLimitMiddleware<Context: RequestContext>: RouterMiddleware {
    let limiter: RateLimiter
    /// Paths no caller's bucket counts or blocks: health and metrics answer whoever asks, so a
    /// flood of other requests can never make a load balancer think the server is down.
    static var exemptPaths: Set<String> { ["/healthz", "/metrics"] }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if Self.exemptPaths.contains(request.uri.path) { return try await next(request, context) }
        let key: String
        if let token = request.bearerToken {
            key = "token:" + token
        } else if let client = request.headers[.clientID] {
            key = "client:" + client
        } else {
            key = "anonymous"
        }
        if let wait = limiter.admit(key) { throw APIError.rateLimited(retryAfter: wait) }
        return try await next(request, context)
    }
}
