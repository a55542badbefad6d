import Foundation
import ReelStore
import Testing

/// The task queue: claims, leases, fenced changes, rescue, retries, chunks.
@Suite struct TaskContractTests {
    @Test(arguments: Backend.all) func aClaimLeasesTheOldestTaskAndStartsItsJob(_ backend: Backend) async throws {
        let h = StoreHarness(backend)
        try await h.run { store in
            let token = try await store.caller()
            let first = try await store.queue("render_1", token: token)
            h.clock.advance(1)
            _ = try await store.queue("render_2", token: token)
            let task = try #require(try await store.claimTask(worker: "w1", lease: 30))
            #expect(task.id == ClaimedTask.id(job: first.key, kind: .render))
            #expect(task.kind == .render && task.attempt == 1 && task.worker == "w1" && task.frames == nil)
            #expect(task.job.key == first.key && task.job.status == .rendering)
            #expect(try await store.render(key: first.key)?.status == .rendering)
            let second = try #require(try await store.claimTask(worker: "w2", lease: 30))
            #expect(second.job.id == "render_2" && second.claim != task.claim)
            #expect(try await store.claimTask(worker: "w3", lease: 30) == nil)

            #expect(try await store.completeRender(task, output: h.mediaRoot.appendingPathComponent("renders/a.mp4").path,
                                                   bytes: 2048, duration: 1.5))
            let done = try #require(try await store.render(key: first.key))
            #expect(done.status == .completed && done.progress == 100 && done.bytes == 2048 && done.duration == 1.5)
            #expect(done.outputPath == h.mediaRoot.appendingPathComponent("renders/a.mp4").path)
            #expect(try await store.completeRender(task, output: "/elsewhere.mp4", bytes: 1, duration: 1) == false)
        }
    }

    @Test(arguments: Backend.all) func concurrentWorkersNeverClaimTheSameTask(_ backend: Backend) async throws {
        try await StoreHarness(backend).run { store in
            let token = try await store.caller()
            for n in 0..<12 { _ = try await store.queue("render_\(n)", token: token) }
            let claimed = try await withThrowingTaskGroup(of: [String].self) { group in
                for w in 0..<6 {
                    group.addTask {
                        var mine: [String] = []
                        while let task = try await store.claimTask(worker: "w\(w)", lease: 30) { mine.append(task.id) }
                        return mine
                    }
                }
                return try await group.reduce(into: [String]()) { $0 += $1 }
            }
            #expect(claimed.count == 12)
            #expect(Set(claimed).count == 12)
        }
    }

    @Test(arguments: Backend.all) func aRescuedTasksOldClaimCanChangeNothing(_ backend: Backend) async throws {
        let h = StoreHarness(backend)
        try await h.run { store in
            let token = try await store.caller(credits: 10)
            let job = try await store.queue("render_1", token: token, cost: 5)
            let stale = try #require(try await store.claimTask(worker: "w1", lease: 30))
            h.clock.advance(31)
            #expect(try await store.rescueExpiredTasks() == Rescue(requeued: 1, failed: 0))
            #expect(try await store.render(key: job.key)?.status == .queued)
            // Queued again after the backoff (2 s after the first attempt), not before.
            #expect(try await store.claimTask(worker: "w2", lease: 30) == nil)
            h.clock.advance(2)
            let fresh = try #require(try await store.claimTask(worker: "w2", lease: 30))
            #expect(fresh.attempt == 2 && fresh.id == stale.id)

            #expect(try await store.heartbeat(stale, progress: 0.9, lease: 30) == .lost)
            #expect(try await store.completeRender(stale, output: "/srv/reel-media/renders/old.mp4", bytes: 1, duration: 1) == false)
            #expect(try await store.failTask(stale, reason: "late", retryable: true) == .lost)
            try await store.releaseTask(stale)
            #expect(try await store.completeRender(fresh, output: "/srv/reel-media/renders/new.mp4", bytes: 9, duration: 2))
            let done = try #require(try await store.render(key: job.key))
            #expect(done.status == .completed && done.outputPath == "/srv/reel-media/renders/new.mp4" && done.interruptions == 1)
            #expect(try await store.balance(token: token) == CreditBalance(available: 5, frozen: 0))
            #expect(try await store.ledger(token: token).filter { $0.kind == "settle" }.count == 1)
        }
    }

    @Test(arguments: Backend.all) func aHeartbeatKeepsTheLeaseAndRescueTouchesOnlyExpiredOnes(_ backend: Backend) async throws {
        let h = StoreHarness(backend)
        try await h.run { store in
            let token = try await store.caller()
            _ = try await store.queue("render_1", token: token)
            _ = try await store.queue("render_2", token: token)
            let alive = try #require(try await store.claimTask(worker: "w1", lease: 30))
            let dead = try #require(try await store.claimTask(worker: "w2", lease: 30))
            h.clock.advance(20)
            #expect(try await store.heartbeat(alive, progress: 0.4, lease: 30) == .held)
            #expect(try await store.render(key: alive.job.key)?.progress == 40)
            h.clock.advance(20)
            #expect(try await store.rescueExpiredTasks() == Rescue(requeued: 1, failed: 0))
            #expect(try await store.heartbeat(alive, progress: 0.5, lease: 30) == .held)
            #expect(try await store.heartbeat(dead, progress: 0.5, lease: 30) == .lost)
            #expect(try await store.rescueExpiredTasks() == Rescue())
        }
    }

    @Test(arguments: Backend.all) func aTaskOutOfAttemptsFailsItsJobAndReleasesCreditsOnce(_ backend: Backend) async throws {
        let h = StoreHarness(backend)
        try await h.run { store in
            let token = try await store.caller(credits: 10)
            let job = try await store.queue("render_1", token: token, cost: 3)
            for attempt in 1...3 {
                let task = try #require(try await store.claimTask(worker: "w", lease: 10))
                #expect(task.attempt == attempt)
                h.clock.advance(11)
                let rescue = try await store.rescueExpiredTasks()
                if attempt < 3 {
                    #expect(rescue == Rescue(requeued: 1, failed: 0))
                    h.clock.advance(60)
                } else {
                    #expect(rescue == Rescue(requeued: 0, failed: 1, failedKeys: [job.key]))
                }
            }
            let failed = try #require(try await store.render(key: job.key))
            #expect(failed.status == .failed && failed.interruptions == 3)
            #expect(try await store.balance(token: token) == CreditBalance(available: 10, frozen: 0))
            #expect(try await store.ledger(token: token).filter { $0.kind == "release" }.count == 1)
            #expect(try await store.claimTask(worker: "w", lease: 10) == nil)
        }
    }

    @Test(arguments: Backend.all) func aFailedTaskIsRetriedWithBackoffThenFailsItsJob(_ backend: Backend) async throws {
        let h = StoreHarness(backend)
        try await h.run { store in
            let token = try await store.caller(credits: 10)
            let job = try await store.queue("render_1", token: token, cost: 2)
            let one = try #require(try await store.claimTask(worker: "w", lease: 30))
            #expect(try await store.failTask(one, reason: "ffmpeg crashed", retryable: true) == .retried(at: h.clock.now.addingTimeInterval(2)))
            #expect(try await store.claimTask(worker: "w", lease: 30) == nil)
            h.clock.advance(2)
            let two = try #require(try await store.claimTask(worker: "w", lease: 30))
            #expect(try await store.failTask(two, reason: "ffmpeg crashed", retryable: true) == .retried(at: h.clock.now.addingTimeInterval(4)))
            h.clock.advance(4)
            let three = try #require(try await store.claimTask(worker: "w", lease: 30))
            #expect(three.attempt == 3)
            #expect(try await store.failTask(three, reason: "ffmpeg crashed", retryable: true) == .jobFailed)
            let failed = try #require(try await store.render(key: job.key))
            #expect(failed.status == .failed && failed.error == "ffmpeg crashed")
            #expect(try await store.balance(token: token) == CreditBalance(available: 10, frozen: 0))

            let other = try await store.queue("render_2", token: token)
            let once = try #require(try await store.claimTask(worker: "w", lease: 30))
            #expect(once.job.key == other.key)
            #expect(try await store.failTask(once, reason: "bad draft", retryable: false) == .jobFailed)
        }
    }

    @Test(arguments: Backend.all) func releasingATaskDoesNotCountTheAttempt(_ backend: Backend) async throws {
        try await StoreHarness(backend).run { store in
            let token = try await store.caller()
            _ = try await store.queue("render_1", token: token)
            let task = try #require(try await store.claimTask(worker: "w1", lease: 30))
            try await store.releaseTask(task)
            #expect(try await store.render(key: task.job.key)?.status == .queued)
            #expect(try await store.heartbeat(task, progress: 0.1, lease: 30) == .lost)
            let again = try #require(try await store.claimTask(worker: "w2", lease: 30))
            #expect(again.attempt == 1 && again.id == task.id)
        }
    }

    @Test(arguments: Backend.all) func aSplitRenderJoinsOnlyWhenEveryPieceIsDone(_ backend: Backend) async throws {
        let h = StoreHarness(backend)
        try await h.run { store in
            let token = try await store.caller(credits: 10)
            let job = try await store.queue("render_1", token: token, cost: 2)
            let render = try #require(try await store.claimTask(worker: "w1", lease: 30))
            let chunks = [0..<100, 100..<250, 250..<300]
            #expect(try await store.splitRender(render, chunks: chunks, audio: true))
            #expect(try await store.splitRender(render, chunks: chunks, audio: true) == false)

            var pieces: [ClaimedTask] = []
            while let task = try await store.claimTask(worker: "w\(pieces.count)", lease: 30) { pieces.append(task) }
            // Chunks in order, then the soundtrack (the claim order among them is not promised).
            pieces.sort { ($0.kind == .audio ? 1 : 0, $0.index) < ($1.kind == .audio ? 1 : 0, $1.index) }
            #expect(pieces.map(\.kind) == [.chunk, .chunk, .chunk, .audio])
            #expect(pieces.prefix(3).map(\.frames) == chunks.map { Optional($0) })
            #expect(pieces.prefix(3).map(\.index) == [0, 1, 2])
            #expect(pieces[1].id == ClaimedTask.id(job: job.key, kind: .chunk, index: 1))

            #expect(try await store.heartbeat(pieces[1], progress: 1, lease: 30) == .held)
            let halfway = try #require(try await store.render(key: job.key)).progress
            #expect(halfway == 50)
            for piece in pieces.prefix(3) { #expect(try await store.completeTask(piece)) }
            #expect(try await store.claimTask(worker: "j", lease: 30) == nil)
            #expect(try await store.completeTask(pieces[3]))
            #expect(try await store.completeTask(pieces[3]) == false)

            let join = try #require(try await store.claimTask(worker: "j", lease: 30))
            #expect(join.kind == .join && join.chunks == chunks)
            #expect(try await store.completeRender(join, output: h.mediaRoot.appendingPathComponent("renders/j.mp4").path, bytes: 5, duration: 10))
            #expect(try await store.render(key: job.key)?.status == .completed)
            #expect(try await store.balance(token: token) == CreditBalance(available: 8, frozen: 0))
        }
    }

    @Test(arguments: Backend.all) func aChunkLostWithItsWorkerIsRedoneAlone(_ backend: Backend) async throws {
        let h = StoreHarness(backend)
        try await h.run { store in
            let token = try await store.caller()
            _ = try await store.queue("render_1", token: token)
            let render = try #require(try await store.claimTask(worker: "w1", lease: 30))
            #expect(try await store.splitRender(render, chunks: [0..<10, 10..<20], audio: false))
            let a = try #require(try await store.claimTask(worker: "w1", lease: 30))
            let b = try #require(try await store.claimTask(worker: "w2", lease: 30))
            #expect(try await store.completeTask(a))
            h.clock.advance(31)
            #expect(try await store.rescueExpiredTasks() == Rescue(requeued: 1, failed: 0))
            #expect(try await store.completeTask(b) == false)
            h.clock.advance(2)
            let redo = try #require(try await store.claimTask(worker: "w3", lease: 30))
            #expect(redo.id == b.id && redo.attempt == 2)
            #expect(try await store.completeTask(redo))
            let join = try #require(try await store.claimTask(worker: "w3", lease: 30))
            #expect(join.kind == .join)
        }
    }

    @Test(arguments: Backend.all) func queueStatsCountJobsAndWaitingTasks(_ backend: Backend) async throws {
        let h = StoreHarness(backend)
        try await h.run { store in
            let token = try await store.caller()
            _ = try await store.queue("render_1", token: token)
            h.clock.advance(5)
            _ = try await store.queue("render_2", token: token)
            _ = try #require(try await store.claimTask(worker: "w", lease: 30))
            h.clock.advance(5)
            let stats = try await store.queueStats()
            #expect(stats.jobs == ["queued": 1, "rendering": 1])
            #expect(stats.depth == 1)
            #expect(stats.oldestAge == 5)
        }
    }

    @Test(arguments: Backend.all) func waitingForWorkReturnsByItsTimeout(_ backend: Backend) async throws {
        try await StoreHarness(backend).run { store in
            let start = ContinuousClock.now
            await store.waitForWork(timeout: .milliseconds(300))
            #expect(ContinuousClock.now - start < .seconds(5))
        }
    }
}
