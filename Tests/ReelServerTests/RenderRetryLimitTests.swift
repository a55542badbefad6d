import Foundation
import GRDB
import Testing
@testable import ReelServer

/// Issue 8 item 5: a job that keeps killing the server is failed after its retries, with its
/// credits given back, instead of being requeued forever; start survives whatever the queue holds.
@Suite struct RenderRetryLimitTests {
    /// A job the store says is being rendered by a process that then died, `interruptions` times before.
    static func crashedJob(_ store: Store, token: String, id: String, cost: Int, interruptions: Int,
                           draft: String = tinyDraft) async throws -> String {
        let job = try await store.queueRender(id: id, token: token, sessionID: nil, draft: draft, format: "mp4",
                                              quality: "high", cost: cost)
        try await store.db.write { db in
            try db.execute(sql: "UPDATE renders SET status = 'rendering', interruptions = ? WHERE key = ?",
                           arguments: [interruptions, job.key])
        }
        return job.key
    }

    @Test func aJobInterruptedTheLimitTimesIsFailedAndItsCreditsReleasedNotRequeued() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("reel-retry-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let token: String
        do {
            let store = try Store.open(directory: directory)
            token = try await store.anonymousToken(clientID: "c", credits: 10, lifetime: 3600).token
            // Two earlier starts already found it interrupted; this start is the third.
            _ = try await Self.crashedJob(store, token: token, id: "render_doomed", cost: 4, interruptions: 2)
            // A job interrupted once before is still retried, and completes.
            _ = try await Self.crashedJob(store, token: token, id: "render_retried", cost: 3, interruptions: 1)
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

    @Test func eachStartThatFindsTheJobRenderingCountsOneInterruption() async throws {
        let store = try Store.inMemory()
        let token = try await store.anonymousToken(clientID: "c", credits: 10, lifetime: 3600).token
        let key = try await Self.crashedJob(store, token: token, id: "render_x", cost: 2, interruptions: 0)
        for start in 1...3 {
            let (requeued, failed) = try await store.recoverInterruptedRenders(limit: 3)
            let job = try #require(try await store.render(key: key))
            #expect(job.interruptions == start)
            if start < 3 {
                #expect(requeued == 1 && failed == 0 && job.status == .queued)
                // The next process claims it and dies too.
                #expect(try await store.claimQueuedRender()?.key == key)
            } else {
                #expect(requeued == 0 && failed == 1 && job.status == .failed)
            }
        }
        #expect(try await store.balance(token: token) == CreditBalance(available: 10, frozen: 0))
        // A graceful stop (requeueRender) is not an interruption.
        let calm = try await Self.crashedJob(store, token: token, id: "render_calm", cost: 0, interruptions: 0)
        try await store.requeueRender(key: calm)
        let after = try await store.recoverInterruptedRenders(limit: 3)
        #expect(after.requeued == 0 && after.failed == 0)
        #expect(try await store.render(key: calm)?.interruptions == 0)
    }

    @Test func startStaysUpWhateverTheQueueHolds() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("reel-retry-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let token: String
        do {
            let store = try Store.open(directory: directory)
            token = try await store.anonymousToken(clientID: "c", credits: 10, lifetime: 3600).token
            _ = try await Self.crashedJob(store, token: token, id: "render_junk", cost: 0, interruptions: 0, draft: "not json {")
            _ = try await Self.crashedJob(store, token: token, id: "render_empty", cost: 0, interruptions: 0, draft: "{}")
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
