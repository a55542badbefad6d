import Foundation
import ReelStore
import Testing

/// Render jobs: idempotent submission, ownership, cancellation.
@Suite struct RenderContractTests {
    @Test(arguments: Backend.all) func aRetriedSubmissionReturnsTheFirstJobAndPaysOnce(_ backend: Backend) async throws {
        try await StoreHarness(backend).run { store in
            let token = try await store.caller(credits: 10), other = try await store.caller(credits: 10)
            let first = try await store.queue("render_1", token: token, cost: 3)
            #expect(first.status == .queued && first.progress == 0 && first.cost == 3)
            let again = try await store.queue("render_1", token: token, cost: 3)
            #expect(again.key == first.key)
            let theirs = try await store.queue("render_1", token: other, cost: 3)
            #expect(theirs.key != first.key)
            #expect(try await store.balance(token: token) == CreditBalance(available: 7, frozen: 3))
            #expect(try await store.render(id: "render_1", token: token)?.key == first.key)
            #expect(try await store.render(key: first.key)?.id == "render_1")
            #expect(try await store.renders(token: token).map(\.key) == [first.key])

            // Ten POSTs at once: still one job, one freeze.
            let keys = try await withThrowingTaskGroup(of: String.self) { group in
                for _ in 0..<10 { group.addTask { try await store.queue("render_2", token: token, cost: 1).key } }
                return try await group.reduce(into: Set<String>()) { $0.insert($1) }
            }
            #expect(keys.count == 1)
            #expect(try await store.balance(token: token) == CreditBalance(available: 6, frozen: 4))
            #expect(try await store.queueStats().depth == 3)
        }
    }

    @Test(arguments: Backend.all) func aJobTheCallerCannotPayForIsNotQueued(_ backend: Backend) async throws {
        try await StoreHarness(backend).run { store in
            let token = try await store.caller(credits: 1)
            #expect(await storeErrorCode { _ = try await store.queue("render_1", token: token, cost: 2) } == .noCredits)
            #expect(try await store.render(id: "render_1", token: token) == nil)
            #expect(try await store.claimTask(worker: "w", lease: 30) == nil)
            #expect(try await store.balance(token: token) == CreditBalance(available: 1, frozen: 0))
            #expect(await storeErrorCode { _ = try await store.queue("render_1", token: "reel_unknown", cost: 1) } == .noCredits)
        }
    }

    @Test(arguments: Backend.all) func anotherCallersJobsAreAbsent(_ backend: Backend) async throws {
        let h = StoreHarness(backend)
        try await h.run { store in
            let token = try await store.caller(), other = try await store.caller()
            let session = try await store.createSession(token: token, language: "en").id
            _ = try await store.queue("render_1", token: token)
            h.clock.advance(1)
            _ = try await store.queue("render_2", token: token, session: session)
            #expect(try await store.renders(token: token).map(\.id) == ["render_2", "render_1"])
            #expect(try await store.renders(token: token, session: session).map(\.id) == ["render_2"])
            #expect(try await store.renders(token: token, session: nil, limit: 1).map(\.id) == ["render_2"])
            #expect(try await store.render(id: "render_1", token: other) == nil)
            #expect(try await store.renders(token: other).isEmpty)
        }
    }

    @Test(arguments: Backend.all) func attributionIsRecordedWithTheJob(_ backend: Backend) async throws {
        try await StoreHarness(backend).run { store in
            let token = try await store.caller()
            let job = try await store.queue("render_1", token: token)
            #expect(try await store.attribution(renderKey: job.key) == Attribution())
            try await store.recordAttribution(Attribution(source: "skill", version: "1.0", platform: nil), renderKey: job.key)
            #expect(try await store.attribution(renderKey: job.key) == Attribution(source: "skill", version: "1.0", platform: nil))
            #expect(try await store.attribution(renderKey: "unknown") == nil)
        }
    }

    @Test(arguments: Backend.all) func cancellingReachesTheWorkerAndReleasesOnce(_ backend: Backend) async throws {
        try await StoreHarness(backend).run { store in
            let token = try await store.caller(credits: 10)
            let job = try await store.queue("render_1", token: token, cost: 4)
            let task = try #require(try await store.claimTask(worker: "w1", lease: 30))
            #expect(try await store.heartbeat(task, progress: 0.5, lease: 30) == .held)
            #expect(try await store.cancelRender(key: job.key, reason: "cancelled by the caller") == .failed)
            #expect(try await store.cancelRender(key: job.key, reason: "again") == .failed)
            #expect(try await store.heartbeat(task, progress: 0.6, lease: 30) == .lost)
            #expect(try await store.completeRender(task, output: "/srv/reel-media/renders/x.mp4", bytes: 1, duration: 1) == false)
            #expect(try await store.failTask(task, reason: "boom", retryable: true) == .lost)
            let ended = try #require(try await store.render(key: job.key))
            #expect(ended.status == .failed && ended.error == "cancelled by the caller")
            #expect(try await store.balance(token: token) == CreditBalance(available: 10, frozen: 0))
            #expect(try await store.ledger(token: token).filter { $0.kind == "release" }.count == 1)
            #expect(try await store.cancelRender(key: "unknown", reason: "x") == nil)
            #expect(try await store.claimTask(worker: "w2", lease: 30) == nil)
        }
    }

    @Test(arguments: Backend.all) func aQueuedJobCancelledIsNeverClaimed(_ backend: Backend) async throws {
        try await StoreHarness(backend).run { store in
            let token = try await store.caller(credits: 10)
            let job = try await store.queue("render_1", token: token, cost: 1)
            #expect(try await store.cancelRender(key: job.key, reason: "no") == .failed)
            #expect(try await store.claimTask(worker: "w", lease: 30) == nil)
            #expect(try await store.balance(token: token) == CreditBalance(available: 10, frozen: 0))
            #expect(try await store.queueStats().jobs["failed"] == 1)
        }
    }
}
