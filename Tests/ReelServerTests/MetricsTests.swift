import Foundation
import Testing
import Hummingbird
@testable import ReelServer
import ReelMetrics
import ReelStore

/// Issue 14 item 5: `GET /metrics` in Prometheus's text format, each server counting its own.
@Suite struct MetricsTests {
    static func lines(_ api: API) async throws -> (reply: API.Reply, lines: Set<String>) {
        let reply = try await api.call(.get, "/metrics")
        return (reply, Set(reply.text.split(separator: "\n").map(String.init)))
    }

    @Test func requestsAreCountedByRoutePatternAndStatus() async throws {
        let server = try TestServer(rateLimit: 1000)
        try await server.test(.live) { api in
            let token = try await api.token()
            let sid = try await api.session(token: token)
            for _ in 0..<3 { #expect(try await api.call(.get, "/api/sessions/\(sid)/timeline", token: token).status == 200) }
            #expect(try await api.call(.get, "/api/sessions/\(sid)/timeline").status == 401)
            #expect(try await api.call(.get, "/api/sessions/\(UUID().uuidString.lowercased())/timeline", token: token).status == 404)
            #expect(try await api.call(.get, "/api/nothing/here").status == 404)
            let turn = try await api.call(.post, "/api/sessions/\(sid)/operations", token: token,
                                          json: #"{"operations":[{"op":"setCanvas","width":1080,"height":1920}]}"#)
            #expect(turn.status == 200, "\(turn.text)")
            #expect(try await api.call(.post, "/api/sessions/\(sid)/operations", token: token, json: #"{"operations":[{"op":"nope"}]}"#).status == 400)

            let (reply, lines) = try await Self.lines(api)
            #expect(reply.status == 200)
            #expect(reply.headers[.contentType] == "text/plain; version=0.0.4; charset=utf-8")
            let timeline = #"route="/api/sessions/{sid}/timeline""#
            #expect(lines.contains("reel_http_requests_total{\(timeline),status=\"200\"} 3"), "\(reply.text)")
            #expect(lines.contains("reel_http_requests_total{\(timeline),status=\"401\"} 1"))
            #expect(lines.contains("reel_http_requests_total{\(timeline),status=\"404\"} 1"))
            #expect(lines.contains(#"reel_http_requests_total{route="unmatched",status="404"} 1"#))
            #expect(lines.contains(#"reel_http_requests_total{route="/api/sessions/{sid}/operations",status="200"} 1"#))
            #expect(lines.contains("reel_http_request_duration_seconds_count{\(timeline)} 5"))
            #expect(lines.contains("reel_http_request_duration_seconds_bucket{\(timeline),le=\"+Inf\"} 5"))
            #expect(lines.contains("# TYPE reel_http_request_duration_seconds histogram"))
            // Never a raw path: no id appears.
            #expect(!reply.text.contains(sid))
            // The turn that changed the canvas; the refused one never became a turn.
            #expect(lines.contains(#"reel_turns_total{outcome="changed"} 1"#))
            #expect(lines.contains(#"reel_turns_total{outcome="failed"} 0"#))
            // Jobs and queue, read from the store at the scrape.
            #expect(lines.contains(#"reel_jobs{state="queued"} 0.0"#))
            #expect(lines.contains("reel_queue_depth 0.0"))
            #expect(lines.contains("reel_queue_oldest_age_seconds 0.0"))

            // The scrape itself is counted, by the next one.
            #expect(try await Self.lines(api).lines.contains(#"reel_http_requests_total{route="/metrics",status="200"} 1"#))
        }
    }

    @Test func queuedJobsShowAtTheNextScrape() async throws {
        let server = try TestServer()
        try await server.test(.live) { api in
            let token = try await api.token()
            _ = try await server.store.queueRender(RenderRequest(id: "r1", token: token, sessionID: nil, draft: "{}", format: "mp4",
                                                                 quality: "high"))
            let lines = try await Self.lines(api).lines
            #expect(lines.contains(#"reel_jobs{state="queued"} 1.0"#))
            #expect(lines.contains(#"reel_jobs{state="rendering"} 0.0"#))
            #expect(lines.contains("reel_queue_depth 1.0"))
            let age = lines.first { $0.hasPrefix("reel_queue_oldest_age_seconds ") }.flatMap { Double($0.split(separator: " ")[1]) }
            #expect(age.map { $0 > 0 && $0 < 60 } == true, "\(String(describing: age))")
        }
    }

    @Test func aWorkerCountsTheLeasesItRescuesAndServesMetricsOnItsPort() async throws {
        let server = try RenderServer()
        let token = try await server.store.anonymousToken(clientID: "c", credits: 10, lifetime: 3600).token
        _ = try await server.store.queueRender(RenderRequest(id: "r1", token: token, sessionID: nil, draft: tinyDraft,
                                                             format: "mp4", quality: "high"))
        // A worker claims the job and dies: its lease runs out at once.
        _ = try #require(try await server.store.claimTask(worker: "dead", lease: 0.01))
        try await Task.sleep(for: .milliseconds(50))
        try await server.test { api in
            let done = try await api.waitForRender(token: token, id: "r1")
            #expect(done.data?["status"]?.string == "completed", "\(done.text)")
        }
        // `reel worker`'s own port, over the same database; the same process's instruments.
        let app = try buildWorkerApplication(server.configuration)
        try await app.test(.router) { client in
            let reply = try await client.execute(uri: "/metrics", method: .get)
            #expect(reply.status == .ok)
            let lines = Set(String(buffer: reply.body).split(separator: "\n").map(String.init))
            #expect(lines.contains("reel_leases_rescued_total 1"), "\(lines.sorted())")
            #expect(lines.contains(#"reel_jobs{state="completed"} 1.0"#))
            #expect(lines.contains("reel_queue_depth 0.0"))
        }
    }

    @Test func metricsNeedNoTokenAndAreNeverRateLimited() async throws {
        let server = try TestServer(rateLimit: 5)
        try await server.test(.live) { api in
            for _ in 0..<8 { _ = try await api.call(.get, "/api/nothing/here") }
            #expect(try await api.call(.get, "/api/nothing/here").status == 429)
            for _ in 0..<10 { #expect(try await api.call(.get, "/metrics").status == 200) }
            let lines = try await Self.lines(api).lines
            #expect(lines.contains(#"reel_http_requests_total{route="unmatched",status="429"} 4"#), "\(lines.sorted())")
        }
    }

    @Test func eachServerCountsItsOwn() async throws {
        let a = try TestServer(), b = try TestServer()
        try await a.test(.router) { api in _ = try await api.call(.get, "/healthz") }
        try await b.test(.router) { api in
            let lines = try await Self.lines(api).lines
            #expect(!lines.contains { $0.hasPrefix(#"reel_http_requests_total{route="/healthz""#) })
        }
    }

    @Test func metricsCanBeTurnedOff() async throws {
        var server = try TestServer()
        server.configuration.metricsEnabled = false
        try await server.test(.router) { api in
            let reply = try await api.call(.get, "/metrics")
            #expect(reply.status == 404)
        }
    }

    @Test func theLibraryRendersEveryInstrument() async throws {
        let metrics = ReelMetrics()
        metrics.recordChunk(seconds: 12)
        metrics.leasesRescued(2)
        metrics.setJobs(["queued": 3, "rendering": 1], depth: 3, oldestAge: 42.5)
        metrics.setJobs(["rendering": 2], depth: 0, oldestAge: 0)
        let text = await metrics.render()
        let lines = Set(text.split(separator: "\n").map(String.init))
        #expect(lines.contains("reel_chunk_render_seconds_count 1"))
        #expect(lines.contains(#"reel_chunk_render_seconds_bucket{le="20.0"} 1"#), "\(text)")
        #expect(lines.contains("reel_leases_rescued_total 2"))
        // A state that emptied reads 0 rather than its last count.
        #expect(lines.contains(#"reel_jobs{state="queued"} 0.0"#))
        #expect(lines.contains(#"reel_jobs{state="rendering"} 2.0"#))
        #expect(lines.contains("reel_queue_depth 0.0"))
    }
}
