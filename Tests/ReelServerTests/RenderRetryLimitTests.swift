import Foundation
import Testing
@testable import ReelServer
import ReelStore

/// Issue 8 item 5, with leases (issue 14): a job whose worker keeps dying is failed after its
/// attempts, with its credits given back, instead of being requeued forever; a worker that stops
/// gracefully hands its task back uncounted; start survives whatever the queue holds.
@Suite struct RenderRetryLimitTests {
    /// Claims the oldest task for a worker that then dies (its lease runs out at once), `times`
    /// times over, rescuing it in between; returns the job's key.
    static func crashedJob(_ store: SQLiteStore, token: String, id: String, cost: Int, times: Int,
                           draft: String = tinyDraft) async throws -> String {
        let job = try await store.queueRender(RenderRequest(id: id, token: token, sessionID: nil, draft: draft, format: "mp4",
                                                            quality: "high", cost: cost))
        for n in 1...times {
            let task = try #require(try await store.claimTask(worker: "dead-\(n)", lease: 0.01))
            #expect(task.job.key == job.key)
            try await Task.sleep(for: .milliseconds(30))
            if n < times { #expect(try await store.rescueExpiredTasks().requeued == 1) }
        }
        return job.key
    }

    @Test func aJobOutOfAttemptsIsFailedAndItsCreditsReleasedNotRequeued() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("reel-retry-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let token: String
        do {
            let store = try SQLiteStore.open(directory: directory, policy: QueuePolicy(maxAttempts: 3, backoff: 0))
            token = try await store.anonymousToken(clientID: "c", credits: 10, lifetime: 3600).token
            // Three workers died rendering it; the next rescue finds it out of attempts.
            _ = try await Self.crashedJob(store, token: token, id: "render_doomed", cost: 4, times: 3)
            // A job whose worker died once is still retried, and completes.
            _ = try await Self.crashedJob(store, token: token, id: "render_retried", cost: 3, times: 1)
            #expect(try await store.balance(token: token) == CreditBalance(available: 3, frozen: 7))
        }
        var restarted = try RenderServer(directory: directory)
        restarted.configuration.exportCost = 3
        try await restarted.test { api in
            let doomed = try await api.waitForRender(token: token, id: "render_doomed")
            #expect(doomed.data?["status"]?.string == "failed", "\(doomed.text)")
            #expect(doomed.data?["error"]?.string?.contains("interrupted 3 times") == true, "\(doomed.text)")
            let retried = try await api.waitForRender(token: token, id: "render_retried")
            #expect(retried.data?["status"]?.string == "completed", "\(retried.text)")
            let balance = try await api.balance(token: token)
            // 4 given back, 3 spent on the completed job.
            #expect(balance.data?["available"]?.int == 7, "\(balance.text)")
            #expect(balance.data?["frozen"]?.int == 0, "\(balance.text)")
        }
    }

    @Test func eachExpiredLeaseCountsOneAttemptAndAGracefulStopNone() async throws {
        let clock = TestClock()
        let store = try SQLiteStore.inMemory(policy: QueuePolicy(maxAttempts: 3, backoff: 2), now: { clock.now })
        let token = try await store.anonymousToken(clientID: "c", credits: 10, lifetime: 3600).token
        let job = try await store.queueRender(RenderRequest(id: "render_x", token: token, sessionID: nil, draft: tinyDraft,
                                                            format: "mp4", quality: "high", cost: 2))
        for attempt in 1...3 {
            let task = try #require(try await store.claimTask(worker: "w\(attempt)", lease: 10))
            #expect(task.attempt == attempt)
            // The lease is live: a rescue takes nothing from a worker still running.
            #expect(try await store.rescueExpiredTasks() == Rescue())
            clock.advance(by: 11)
            let rescue = try await store.rescueExpiredTasks()
            let now = try #require(try await store.render(key: job.key))
            #expect(now.interruptions == attempt)
            if attempt < 3 {
                #expect(rescue.requeued == 1 && rescue.failed == 0 && now.status == .queued)
                // Backoff: not claimable until it has passed (2 s, then 4 s).
                #expect(try await store.claimTask(worker: "early", lease: 10) == nil)
                clock.advance(by: 2 * Double(attempt))
            } else {
                #expect(rescue.requeued == 0 && rescue.failed == 1 && rescue.failedKeys == [job.key] && now.status == .failed)
            }
        }
        #expect(try await store.balance(token: token) == CreditBalance(available: 10, frozen: 0))
        // A graceful stop (releaseTask) is not an attempt.
        let calm = try await store.queueRender(RenderRequest(id: "render_calm", token: token, sessionID: nil, draft: tinyDraft,
                                                             format: "mp4", quality: "high"))
        let task = try #require(try await store.claimTask(worker: "w", lease: 10))
        try await store.releaseTask(task)
        #expect(try await store.rescueExpiredTasks() == Rescue())
        #expect(try await store.render(key: calm.key)?.interruptions == 0)
        #expect(try await store.claimTask(worker: "w2", lease: 10)?.attempt == 1)
    }

    @Test func startStaysUpWhateverTheQueueHolds() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("reel-retry-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let token: String
        do {
            let store = try SQLiteStore.open(directory: directory)
            token = try await store.anonymousToken(clientID: "c", credits: 10, lifetime: 3600).token
            _ = try await Self.crashedJob(store, token: token, id: "render_junk", cost: 0, times: 1, draft: "not json {")
            _ = try await Self.crashedJob(store, token: token, id: "render_empty", cost: 0, times: 1, draft: "{}")
        }
        let restarted = try RenderServer(directory: directory)
        try await restarted.test { api in
            for id in ["render_junk", "render_empty"] {
                let job = try await api.waitForRender(token: token, id: id)
                #expect(job.data?["status"]?.string == "failed", "\(job.text)")
            }
            #expect(try await api.call(.get, "/healthz").status == 200)
        }
    }
}
