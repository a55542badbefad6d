import Foundation
import Testing
@testable import ReelServer
import ReelStore

/// With `--export-cost`, an export freezes its credits when queued, spends them when the file is
/// made and gives them back when it fails or is cancelled; by default exports are free.
@Suite struct ExportCostTests {
    func balance(_ api: API, _ token: String) async throws -> [Int] {
        let reply = try await api.balance(token: token)
        return ["available", "frozen", "total"].compactMap { reply.data?[$0]?.int }
    }

    @Test func exportsAreFreeByDefault() async throws {
        let server = try RenderServer()
        try await server.test(runWorker: false) { api in
            let token = try await api.token()
            #expect(try await api.queueRender(token: token, id: "render_free").code == 0)
            #expect(try await balance(api, token) == [100, 0, 100])
        }
    }

    @Test func queuedExportsFreezeTheirCostAndACancelGivesItBack() async throws {
        var server = try RenderServer()
        server.configuration.exportCost = 40
        let store = server.store
        try await server.test(runWorker: false) { api in
            let token = try await api.token()
            #expect(try await api.queueRender(token: token, id: "render_a").code == 0)
            #expect(try await balance(api, token) == [60, 40, 100])
            // A retried POST is the same job: it does not pay twice.
            #expect(try await api.queueRender(token: token, id: "render_a").code == 0)
            #expect(try await api.queueRender(token: token, id: "render_b").code == 0)
            #expect(try await balance(api, token) == [20, 80, 100])
            let refused = try await api.queueRender(token: token, id: "render_c")
            #expect(refused.status == 402)
            #expect(refused.code == 2001)
            #expect(try await api.renderStatus(token: token, id: "render_c").code != 0)
            let cancelled = try await api.call(.post, "/api/render/proxy/lambda/render_b/cancel", token: token)
            #expect(cancelled.data?["status"]?.string == "failed")
            #expect(try await balance(api, token) == [60, 40, 100])
            // Cancelling again gives nothing more back.
            _ = try await api.call(.post, "/api/render/proxy/lambda/render_b/cancel", token: token)
            #expect(try await balance(api, token) == [60, 40, 100])
            #expect(try await store.ledger(token: token).map(\.kind) == ["grant", "freeze", "freeze", "release"])
        }
    }

    @Test func aCompletedExportSpendsItsCost() async throws {
        var server = try RenderServer()
        server.configuration.exportCost = 7
        let store = server.store
        try await server.test { api in
            let token = try await api.token()
            #expect(try await api.queueRender(token: token, id: "render_paid").code == 0)
            let done = try await api.waitForRender(token: token, id: "render_paid")
            #expect(done.data?["status"]?.string == "completed", "\(done.text)")
            #expect(try await balance(api, token) == [93, 0, 93])
            #expect(try await store.ledger(token: token).map(\.kind) == ["grant", "freeze", "settle"])
        }
    }

    @Test func expiredTurnHoldsAreReleasedButQueuedExportsKeepTheirs() async throws {
        let clock = TestClock()
        let store = try SQLiteStore.inMemory(now: { clock.now })
        let token = try await store.anonymousToken(clientID: "c", credits: 10, lifetime: 3600).token
        let sid = try await store.createSession(token: token, language: "en").id
        _ = try await store.freeze(1, token: token, session: sid, lifetime: 60)  // a turn the crash interrupted
        _ = try await store.queueRender(RenderRequest(id: "render_1", token: token, sessionID: sid, draft: "{}", format: "mp4",
                                                      quality: "high", cost: 3))
        #expect(try await store.balance(token: token) == CreditBalance(available: 6, frozen: 4))
        clock.advance(by: 61)
        #expect(try await store.releaseExpiredHolds() == 1)
        #expect(try await store.balance(token: token) == CreditBalance(available: 7, frozen: 3))
        // The job runs and fails for good: its credits come back then.
        let task = try #require(try await store.claimTask(worker: "w", lease: 30))
        #expect(try await store.failTask(task, reason: "broken", retryable: false) == .jobFailed)
        #expect(try await store.balance(token: token) == CreditBalance(available: 10, frozen: 0))
        #expect(try await store.ledger(token: token).map(\.kind) == ["grant", "freeze", "freeze", "release_after_restart", "release"])
    }
}
