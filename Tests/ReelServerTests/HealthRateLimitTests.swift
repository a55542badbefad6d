import Foundation
import Testing
@testable import ReelServer

/// Issue 9 item 6: `/healthz` answers whoever asks, however busy the shared buckets are.
@Suite struct HealthRateLimitTests {
    @Test func healthIsNeverRateLimitedByCallersBuckets() async throws {
        let server = try TestServer(rateLimit: 20)
        try await server.test { api in
            // Unauthenticated requests all share the "anonymous" bucket; exhaust it.
            for _ in 0..<25 { _ = try await api.call(.get, "/api/nothing-here") }
            #expect(try await api.call(.get, "/api/nothing-here").status == 429)
            for _ in 0..<30 {
                let health = try await api.call(.get, "/healthz")
                #expect(health.status == 200, "\(health.text)")
                #expect(health.data?["status"]?.string == "ok")
            }
            // Health checks do not spend the bucket either: it is still exhausted, not reset.
            #expect(try await api.call(.get, "/api/nothing-here").status == 429)
        }
    }
}
