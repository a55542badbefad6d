import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import ReelFFmpeg
import ReelTestSupport
import Testing

/// Issue 14 ("Many machines"), as processes on loopback: one PostgreSQL, `reel serve --database`
/// API nodes and `reel worker`s sharing one media root, driven only through the seed API, the
/// workers' logs, `/metrics`, and `psql` on the tables the issue names.
///
/// Needs `REEL_TEST_POSTGRES_URL` (`.ci/run` starts a throwaway cluster and exports it). Without
/// it the tests are skipped, saying why, except in CI (`CI=1` or `REEL_REQUIRE_POSTGRES=1`),
/// where a missing database fails them. Each test makes a database of its own and drops it at
/// the end; every process's log is kept in `.build/many-machines/<test>/` for whoever reads a
/// failure.
@Suite(.serialized) struct ManyMachinesTests {
    /// The seed flow through node A, polled only through node B; the render is split into 3
    /// chunks + audio + join; worker W1 is `kill -9`ed as soon as it has claimed a chunk. The job
    /// completes, each chunk is done once (the killed one redone by W2 after its 3 s lease), the
    /// export's 2 credits are frozen once and settled once, and a lease rescue is counted.
    @Test(.timeLimit(.minutes(20)))
    func seedFlowAcrossTwoNodesAndTwoWorkersSurvivesAKilledWorker() async throws {
        try await MMCluster.with("seed-flow") { c in
            let s = c.scratch
            // Small sources; the work is the 30 s 720p timeline with slow zooms made from them,
            // so a 10 s chunk takes seconds, long enough to be caught mid-way.
            let stills = [
                try await s.still("beach.png", "testsrc2=s=640x360"),
                try await s.still("city.png", "mandelbrot=s=640x360"),
                try await s.still("park.png", "testsrc2=s=640x360,hue=h=120"),
            ]
            let song = try await s.tone("song.m4a", frequency: 330, seconds: 32, amplitude: 0.3)

            let a = try await c.node("a", exportCost: 2)
            let bProcess = try c.startNode("b", exportCost: 2)
            let w1 = try c.startWorker("w1", lease: 3, chunks: 3)
            let w2 = try c.startWorker("w2", lease: 3, chunks: 3)
            let b = MMNode(base: "http://127.0.0.1:\(try await bProcess.waitForPort())")
            let w2Base = "http://127.0.0.1:\(try await w2.waitForPort())"
            _ = try await w1.waitForPort()

            // The seed flow, through node A.
            let token = try await a.token(clientID: "many-machines-seed")
            let sid = try await a.session(token: token)
            let uploaded = try await a.upload(token: token, session: sid, files: stills + [song])
            #expect(uploaded.code == 0, "\(uploaded.text)")
            #expect(uploaded.data["media"].array?.count == 4, "\(uploaded.text)")
            let turn = try await a.turn(token: token, session: sid, "make a 30 second 720p video with these, with transitions")
            #expect(turn.status == 200)
            #expect(turn.answer.split(separator: "\n").last?.hasPrefix("Timeline") == true, "\(turn.answer)")
            let state = try await a.state(token: token, session: sid)
            let draft = state.data["state"]["draft"]
            let timeline = try await a.call("GET", "/api/sessions/\(sid)/timeline", token: token)
            let durationMs = try #require(timeline.data["duration_ms"].int, "\(timeline.text)")
            #expect(durationMs == 30_000, "the turn asked for 30 seconds: \(timeline.text)")
            let fps = draft["m"]["fps"].double ?? 30
            let (width, height) = (try #require(draft["m"]["w"].int), try #require(draft["m"]["h"].int))
            // Node B reads what node A wrote.
            #expect(try await b.state(token: token, session: sid).data["state"]["draft"].canonical == draft.canonical)

            let queued = try await a.queueRender(token: token, id: "render_mm_seed", session: sid, draft: draft.encoded)
            #expect(queued.code == 0, "\(queued.text)")
            let key = try await c.renderKey(id: "render_mm_seed")

            // Poll through B while watching W1; kill it once it holds a chunk.
            var statusesBeforeKill: [String] = []
            var okPolls = 0
            var lastPoll = ""
            let clock = ContinuousClock()
            let deadline = clock.now + .seconds(420)
            var killed: String?
            while killed == nil {
                if clock.now > deadline {
                    throw TestFailure("W1 was never seen holding a chunk of \(key); node B last said \(lastPoll)\n\(c.logs())")
                }
                let poll = try await b.renderStatus(token: token, id: "render_mm_seed")
                lastPoll = poll.text
                if poll.status == 200 { okPolls += 1 }
                let status = poll.data["status"].string ?? "?"
                if statusesBeforeKill.last != status { statusesBeforeKill.append(status) }
                if status == "completed" || status == "failed" {
                    throw TestFailure("the job ended (\(status)) before W1 was seen holding a chunk; statuses \(statusesBeforeKill)\n\(c.logs())")
                }
                // Mid-chunk: W1 holds a chunk it has not finished, and has started work on it (FFmpeg).
                if status == "rendering",
                   let claim = MMWorkerLog.claims(w1.log).last(where: { $0.id.hasPrefix("\(key)/chunk-") }),
                   !MMWorkerLog.finished(w1.log).contains(claim.id), !w1.descendants().isEmpty {
                    w1.kill9()
                    killed = claim.id
                    #expect(!MMWorkerLog.finished(w1.log).contains(claim.id),
                            "the chunk finished as W1 was killed: the media are too light to catch it mid-way")
                } else {
                    try await Task.sleep(for: .milliseconds(50))
                }
            }
            let killedChunk = try #require(killed)
            try await mmEventually("W1 to be gone after kill -9", timeout: .seconds(15)) { w1.isRunning ? nil : true }

            let done = try await mmEventually("render_mm_seed to end (polled through B)", timeout: .seconds(600),
                                              logs: c.logs) { () -> MMReply? in
                let poll = try await b.renderStatus(token: token, id: "render_mm_seed")
                if poll.status == 200 { okPolls += 1 }
                let status = poll.data["status"].string
                return status == "completed" || status == "failed" ? poll : nil
            }
            #expect(done.data["status"].string == "completed", "\(done.text)\n\(c.logs())")
            #expect(done.data["progress"].int == 100, "\(done.text)")

            // The file: H.264 + AAC, the timeline's size and length (±1 frame).
            let url = try #require(done.data["output"]["url"].string, "\(done.text)")
            let file = try await b.download(url)
            #expect(file.status == 200)
            // A link one node gave works on the other (nodes behind a load balancer are interchangeable).
            let viaA = try await a.download(url)
            #expect(viaA.status == 200 && viaA.bytes == file.bytes, "node A answered \(viaA.status) for node B's link")
            let out = s.path("seed.mp4")
            try file.bytes.write(to: URL(fileURLWithPath: out))
            let info = try await s.streams(out)
            let expectedFrames = Int((Double(durationMs) * fps / 1000).rounded())
            #expect(info.video?.codec == "h264")
            #expect(info.video?.width == width && info.video?.height == height)
            #expect(abs((info.video?.frames ?? -100) - expectedFrames) <= 1, "frames \(String(describing: info.video?.frames)), expected \(expectedFrames)")
            #expect(abs(info.duration - Double(durationMs) / 1000) <= 1 / fps + 0.025, "duration \(info.duration)")
            #expect(info.audio?.codec == "aac", "the draft has music; the file has no AAC audio")

            // The tasks: each chunk done once, the killed one retried and finished by W2.
            let tasks = try await c.tasks(key: key)
            let chunks = tasks.filter { $0.kind == "chunk" }
            #expect(chunks.count == 3, "\(tasks)")
            #expect(Set(chunks.map(\.id)).count == chunks.count && Set(chunks.map(\.idx)).count == chunks.count, "\(tasks)")
            #expect(chunks.allSatisfy { $0.id.hasPrefix("\(key)/chunk-") }, "\(tasks)")
            #expect(tasks.filter { $0.kind == "audio" }.count == 1 && tasks.filter { $0.kind == "join" }.count == 1, "\(tasks)")
            #expect(tasks.allSatisfy { $0.status == "done" }, "\(tasks)")
            let redone = try #require(tasks.first { $0.id == killedChunk }, "no row for the killed chunk \(killedChunk): \(tasks)")
            #expect(redone.attempts >= 2, "\(redone)")
            #expect(redone.owner == "" || redone.owner == "w2", "the killed chunk is owned by \(redone.owner): \(redone)")
            let w1Finished = MMWorkerLog.finished(w1.log), w2Finished = MMWorkerLog.finished(w2.log)
            #expect(w2Finished.contains(killedChunk), "W2 did not finish the killed chunk\n\(w2.log.suffix(3000))")
            #expect(!w1Finished.contains(killedChunk))
            for task in tasks where ["chunk", "audio", "join"].contains(task.kind) {
                let accepted = (w1Finished + w2Finished).filter { $0 == task.id }.count
                #expect(accepted == 1, "\(task.id) was accepted \(accepted) times")
            }
            let w1Claims = MMWorkerLog.claims(w1.log).filter { $0.id.hasPrefix(key + "/") }
            let w2Claims = MMWorkerLog.claims(w2.log).filter { $0.id.hasPrefix(key + "/") }
            #expect(!w1Claims.isEmpty && !w2Claims.isEmpty, "W1 claimed \(w1Claims), W2 claimed \(w2Claims)")
            #expect(w2Claims.contains { $0.id == killedChunk && $0.attempt >= 2 }, "\(w2Claims)")
            let known = Set(tasks.map(\.id))
            #expect((w1Claims + w2Claims).allSatisfy { known.contains($0.id) }, "claims of tasks with no row: \(w1Claims + w2Claims)")

            // Credits: the turn (1) and the export (2), each once; nothing released.
            let ledger = try await c.ledger()
            #expect(Set(ledger.map(\.token)).count == 1, "\(ledger)")
            #expect(ledger.filter { $0.kind == "freeze" && abs($0.amount) == 2 }.count == 1, "\(ledger)")
            #expect(ledger.filter { $0.kind == "settle" && abs($0.amount) == 2 }.count == 1, "\(ledger)")
            #expect(ledger.filter { $0.kind.hasPrefix("release") }.isEmpty, "\(ledger)")
            let balance = try await b.balance(token: token)
            #expect(balance.data["available"].int == 97 && balance.data["frozen"].int == 0 && balance.data["total"].int == 97,
                    "\(balance.text)")

            // Metrics: the rescue is counted by whoever rescued (W1 is dead: W2 or a node).
            let w2Metrics = try await MMHTTP.text("\(w2Base)/metrics")
            let aMetrics = try await a.metrics(), bMetrics = try await b.metrics()
            let rescued = [w2Metrics, aMetrics, bMetrics].compactMap { MMMetrics.sum($0, "reel_leases_rescued_total") }
            #expect(!rescued.isEmpty, "no process exports reel_leases_rescued_total")
            #expect(rescued.reduce(0, +) >= 1, "leases rescued: \(rescued)")
            #expect((MMMetrics.sum(w2Metrics, "reel_chunk_render_seconds_count") ?? 0) >= 1, "\(w2Metrics.prefix(2000))")
            let polled = MMMetrics.sum(bMetrics, "reel_http_requests_total") {
                ($0["route"] ?? "").contains("render/proxy/lambda") && $0["status"] == "200"
            }
            #expect((polled ?? 0) >= Double(okPolls), "node B counted \(String(describing: polled)) polls, the test made \(okPolls)")
            #expect(MMMetrics.samples(bMetrics, "reel_jobs").contains { $0.labels["state"] != nil }, "\(bMetrics.prefix(2000))")
            #expect(MMMetrics.sum(bMetrics, "reel_queue_depth") != nil)
            #expect(try await MMHTTP.get("\(w2Base)/healthz").status == 200)
        }
    }

    /// Six turns on one session at once, three through each node: they run one after another,
    /// and the history is one line: undoing through B walks back through every one of them, and
    /// redoing through A comes back to the same draft.
    @Test(.timeLimit(.minutes(10)))
    func twoNodesTakingTurnsOnOneSessionKeepALinearHistory() async throws {
        try await MMCluster.with("linear-history") { c in
            // Both nodes start together against the fresh database.
            let aProcess = try c.startNode("a"), bProcess = try c.startNode("b")
            let a = MMNode(base: "http://127.0.0.1:\(try await aProcess.waitForPort())")
            let b = MMNode(base: "http://127.0.0.1:\(try await bProcess.waitForPort())")
            let token = try await a.token(clientID: "many-machines-turns")
            let sid = try await b.session(token: token)
            let first = try await a.turn(token: token, session: sid, "make a 10 second video titled 'Hello'. script: One. Two.")
            #expect(first.answer.split(separator: "\n").last?.hasPrefix("Timeline") == true, "\(first.answer)")

            let names = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot"]
            let turns = try await withThrowingTaskGroup(of: (String, MMTurn).self) { group in
                for (i, name) in names.enumerated() {
                    let node = i % 2 == 0 ? a : b
                    group.addTask { (name, try await node.turn(token: token, session: sid, "add a title '\(name)'")) }
                }
                var all: [(String, MMTurn)] = []
                for try await t in group { all.append(t) }
                return all
            }
            for (name, turn) in turns {
                #expect(turn.status == 200, "\(name)")
                #expect(turn.errorCode == nil, "\(name): \(turn.events)")
                #expect(turn.answer.contains(name) && turn.answer.split(separator: "\n").last?.hasPrefix("Timeline") == true,
                        "\(name): \(turn.answer)")
            }
            // Seven charged turns, each exactly once.
            let balance = try await a.balance(token: token)
            #expect(balance.data["available"].int == 93 && balance.data["frozen"].int == 0, "\(balance.text)")

            let latest = try await a.state(token: token, session: sid).data["state"]["draft"]
            #expect(try await b.state(token: token, session: sid).data["state"]["draft"].canonical == latest.canonical)

            // Walk back through node B.
            var drafts = [latest]
            var refusal: MMReply?
            for _ in 0..<20 {
                let undo = try await b.call("POST", "/api/sessions/\(sid)/undo", token: token)
                if undo.code != 0 { refusal = undo; break }
                drafts.append(try await b.state(token: token, session: sid).data["state"]["draft"])
            }
            #expect(drafts.count - 1 == 7, "undo went back \(drafts.count - 1) times, expected 7 (1 + 6 turns)")
            #expect(refusal?.status == 400 && refusal?.text.contains("nothing to undo") == true, "\(refusal?.text ?? "no refusal")")
            // Each step back takes away exactly one of the six titles, and together they are all six.
            let present = drafts.map { Set($0.strings(under: "text")).intersection(names) }
            var introduced: [String] = []
            for k in 0..<min(6, present.count - 1) {
                let gone = present[k].subtracting(present[k + 1])
                #expect(gone.count == 1, "undo \(k + 1): titles \(present[k]) → \(present[k + 1])")
                introduced += gone
            }
            #expect(Set(introduced) == Set(names) && introduced.count == 6, "history held \(introduced)")
            if drafts.count == 8 {
                #expect(present[6].isEmpty && drafts[6].strings(under: "text").contains("Hello"), "\(drafts[6].encoded)")
                #expect(drafts[7]["t"].array?.isEmpty ?? true, "\(drafts[7].encoded)")
            }
            let timeline = try await a.call("GET", "/api/sessions/\(sid)/timeline", token: token)
            #expect(timeline.data["can_undo"].bool == false && timeline.data["can_redo"].bool == true, "\(timeline.text)")

            // Forward again through node A, to the same draft.
            for step in stride(from: 1, through: drafts.count - 1, by: 1) {
                let redo = try await a.call("POST", "/api/sessions/\(sid)/redo", token: token)
                #expect(redo.code == 0, "redo \(step): \(redo.text)")
                let now = try await b.state(token: token, session: sid).data["state"]["draft"]
                #expect(now.canonical == drafts[drafts.count - 1 - step].canonical, "redo \(step) through A, read through B")
            }
        }
    }

    /// The database restarts while a chunk is rendering: the job completes, the workers live on
    /// and pick up a job submitted afterwards, the API answers again, and nothing is lost or
    /// counted twice.
    @Test(.timeLimit(.minutes(15)))
    func aDatabaseRestartMidJobLosesNothing() async throws {
        try await MMCluster.with("database-restart") { c in
            let s = c.scratch
            let a = try await c.node("a", exportCost: 2)
            let w1 = try c.startWorker("w1", lease: 5, chunks: 3)
            let w2 = try c.startWorker("w2", lease: 5, chunks: 3)
            let workerBases = ["http://127.0.0.1:\(try await w1.waitForPort())", "http://127.0.0.1:\(try await w2.waitForPort())"]

            let token = try await a.token(clientID: "many-machines-restart")
            let sid = try await a.session(token: token)
            let draft = try await c.stillsJob(on: a, token: token, session: sid)
            let queued = try await a.queueRender(token: token, id: "render_mm_restart", session: sid, draft: draft)
            #expect(queued.code == 0, "\(queued.text)")
            let key = try await c.renderKey(id: "render_mm_restart")

            try await mmEventually("a chunk of \(key) to be claimed", timeout: .seconds(420), logs: c.logs) { () -> Bool? in
                (MMWorkerLog.claims(w1.log) + MMWorkerLog.claims(w2.log)).contains { $0.id.hasPrefix("\(key)/chunk-") } ? true : nil
            }
            let restart = try await ProcessRunner.run("/bin/bash", [packageRoot + "/scripts/postgres.sh", "restart"])
            #expect(restart.exitCode == 0, "scripts/postgres.sh restart: \(restart.stderrTail)")

            // The API answers again (the database is back within the minute).
            try await mmEventually("node A to answer after the restart", timeout: .seconds(120), logs: c.logs) { () -> Bool? in
                try await a.balance(token: token).code == 0 ? true : nil
            }
            let done = try await mmEventually("render_mm_restart to end", timeout: .seconds(600), logs: c.logs) { () -> MMReply? in
                let poll = try await a.renderStatus(token: token, id: "render_mm_restart")
                let status = poll.data["status"].string
                return status == "completed" || status == "failed" ? poll : nil
            }
            #expect(done.data["status"].string == "completed", "\(done.text)\n\(c.logs())")

            // Workers reconnected: they are alive, healthy, and take a job submitted after the restart.
            #expect(w1.isRunning && w2.isRunning)
            for base in workerBases { #expect(try await MMHTTP.get("\(base)/healthz").status == 200, "\(base)") }
            let after = #"{"m":{"w":320,"h":180,"fps":30},"t":[{"tt":0,"sg":[{"d":2000,"m":{"color":"red"}}]}]}"#
            #expect(try await a.queueRender(token: token, id: "render_mm_after", session: sid, draft: after).code == 0)
            let afterDone = try await mmEventually("render_mm_after to end", timeout: .seconds(240), logs: c.logs) { () -> MMReply? in
                let poll = try await a.renderStatus(token: token, id: "render_mm_after")
                let status = poll.data["status"].string
                return status == "completed" || status == "failed" ? poll : nil
            }
            #expect(afterDone.data["status"].string == "completed", "\(afterDone.text)")

            // The output is whole.
            let url = try #require(done.data["output"]["url"].string, "\(done.text)")
            let file = try await a.download(url)
            #expect(file.status == 200)
            let out = s.path("restart.mp4")
            try file.bytes.write(to: URL(fileURLWithPath: out))
            let info = try await s.streams(out)
            #expect(info.video?.codec == "h264" && info.video?.width == 1280 && info.video?.height == 720)
            #expect(abs((info.video?.frames ?? -100) - 660) <= 1, "frames \(String(describing: info.video?.frames))")
            #expect(info.audio?.codec == "aac")

            // Nothing counted twice: each task done once, each result accepted once.
            let tasks = try await c.tasks(key: key)
            #expect(tasks.filter { $0.kind == "chunk" }.count == 3, "\(tasks)")
            #expect(tasks.allSatisfy { $0.status == "done" }, "\(tasks)")
            let finished = MMWorkerLog.finished(w1.log) + MMWorkerLog.finished(w2.log)
            for task in tasks where ["chunk", "audio", "join"].contains(task.kind) {
                #expect(finished.filter { $0 == task.id }.count == 1, "\(task.id): \(finished.filter { $0 == task.id }.count) accepted")
            }
            // Nothing lost: the session, its media and the credits.
            let state = try await a.state(token: token, session: sid)
            #expect(state.data["state"]["video_infos"].array?.count == 4, "\(state.text.prefix(500))")
            let ledger = try await c.ledger()
            #expect(ledger.filter { $0.kind == "freeze" && abs($0.amount) == 2 }.count == 2, "\(ledger)")
            #expect(ledger.filter { $0.kind == "settle" && abs($0.amount) == 2 }.count == 2, "\(ledger)")
            #expect(ledger.filter { $0.kind.hasPrefix("release") }.isEmpty, "\(ledger)")
            let balance = try await a.balance(token: token)
            #expect(balance.data["available"].int == 96 && balance.data["frozen"].int == 0, "\(balance.text)")
            #expect(try await a.call("GET", "/healthz").status == 200)
        }
    }

    /// A job whose source is garbage on disk fails every attempt: it ends `failed` within a
    /// bounded time, is not claimed again afterwards, and its credits come back once.
    @Test(.timeLimit(.minutes(10)))
    func aJobThatAlwaysFailsStopsAfterItsAttempts() async throws {
        try await MMCluster.with("always-fails") { c in
            let s = c.scratch
            let still = try await s.still("photo.png", "testsrc2=s=640x360")
            let a = try await c.node("a", exportCost: 2)
            let token = try await a.token(clientID: "many-machines-fails")
            let sid = try await a.session(token: token)
            let uploaded = try await a.upload(token: token, session: sid, files: [still])
            let id = try #require(uploaded.data["media"][0]["id"].string, "\(uploaded.text)")
            let name = try #require(uploaded.data["media"][0]["path"].string, "\(uploaded.text)")
            let draft = #"{"m":{"w":640,"h":360,"fps":30},"t":[{"tt":0,"sg":[{"d":9000,"m":{"src":"\#(name)"}}]}]}"#
            // No worker yet: the job waits while its source is spoiled on the shared media root.
            let queued = try await a.queueRender(token: token, id: "render_mm_doomed", session: sid, draft: draft)
            #expect(queued.code == 0, "\(queued.text)")
            let key = try await c.renderKey(id: "render_mm_doomed")
            let files = try c.mediaFiles()
            let stored = files.filter { ($0 as NSString).lastPathComponent.hasPrefix(id) }
            try #require(stored.count == 1, "the upload \(id) under the media root: \(stored) of \(files)")
            var garbage = SplitMix64(seed: 14)
            try Data((0..<65_536).map { _ in UInt8(truncatingIfNeeded: garbage.next()) }).write(to: URL(fileURLWithPath: stored[0]))

            let w1 = try c.startWorker("w1", lease: 3, chunks: 3)
            let w1Base = "http://127.0.0.1:\(try await w1.waitForPort())"
            let failed = try await mmEventually("render_mm_doomed to end", timeout: .seconds(300), logs: c.logs) { () -> MMReply? in
                let poll = try await a.renderStatus(token: token, id: "render_mm_doomed")
                let status = poll.data["status"].string
                return status == "completed" || status == "failed" ? poll : nil
            }
            #expect(failed.data["status"].string == "failed", "\(failed.text)")
            #expect(!(failed.data["error"].string ?? "").isEmpty, "\(failed.text)")
            #expect(failed.data["output"]["url"].string == nil)

            // Nothing is left to run, and nothing runs again: no claims after a few leases.
            let tasks = try await c.tasks(key: key)
            #expect(!tasks.isEmpty && tasks.contains { $0.status == "failed" }, "\(tasks)")
            #expect(!tasks.contains { ["waiting", "queued", "running"].contains($0.status) }, "\(tasks)")
            let claims = MMWorkerLog.claims(w1.log).filter { $0.id.hasPrefix(key + "/") }
            #expect(!claims.isEmpty)
            try await Task.sleep(for: .seconds(9))
            #expect(MMWorkerLog.claims(w1.log).filter { $0.id.hasPrefix(key + "/") }.count == claims.count,
                    "claimed again after failing:\n\(w1.log.suffix(2000))")
            #expect(try await c.tasks(key: key) == tasks)
            // Every attempt the table counts is one the worker logged.
            for task in tasks where task.attempts > 0 {
                let attempts = claims.filter { $0.id == task.id }.map(\.attempt)
                #expect(attempts.max() == task.attempts, "\(task): logged attempts \(attempts)")
            }

            // Credits: frozen once, released once, all back.
            let ledger = try await c.ledger()
            #expect(ledger.filter { $0.kind == "freeze" && abs($0.amount) == 2 }.count == 1, "\(ledger)")
            #expect(ledger.filter { $0.kind.hasPrefix("release") }.map { abs($0.amount) } == [2], "\(ledger)")
            #expect(!ledger.contains { $0.kind == "settle" }, "\(ledger)")
            let balance = try await a.balance(token: token)
            #expect(balance.data["available"].int == 100 && balance.data["frozen"].int == 0, "\(balance.text)")
            // A failing job does not take the worker down.
            #expect(w1.isRunning)
            #expect(try await MMHTTP.get("\(w1Base)/healthz").status == 200)
        }
    }

    /// A worker frozen mid-chunk (SIGSTOP on it and its FFmpeg: a paused machine) loses its
    /// lease; W2 redoes the chunk and the job completes. When the frozen worker wakes and finishes
    /// the stale chunk, its result is refused: the chunk stays accepted once, the finished file
    /// and the credits are untouched, and the worker lives on.
    @Test(.timeLimit(.minutes(15)))
    func aWorkerWhoseLeaseExpiredCannotComplete() async throws {
        try await MMCluster.with("expired-lease") { c in
            let a = try await c.node("a", exportCost: 2)
            let w1 = try c.startWorker("w1", lease: 3, chunks: 3)
            let w2 = try c.startWorker("w2", lease: 3, chunks: 3)
            let w1Base = "http://127.0.0.1:\(try await w1.waitForPort())"
            _ = try await w2.waitForPort()
            let token = try await a.token(clientID: "many-machines-lease")
            let sid = try await a.session(token: token)
            let draft = try await c.stillsJob(on: a, token: token, session: sid)
            #expect(try await a.queueRender(token: token, id: "render_mm_lease", session: sid, draft: draft).code == 0)
            let key = try await c.renderKey(id: "render_mm_lease")

            // W1 holds a chunk and its FFmpeg runs: freeze them all.
            let (stale, frozen) = try await mmEventually("W1 rendering a chunk of \(key)", timeout: .seconds(420),
                                                         every: .milliseconds(50), logs: c.logs) { () -> (String, [Int32])? in
                guard let claim = MMWorkerLog.claims(w1.log).last(where: { $0.id.hasPrefix("\(key)/chunk-") }),
                      !MMWorkerLog.finished(w1.log).contains(claim.id) else { return nil }
                let children = w1.descendants()
                guard !children.isEmpty else { return nil }
                let tree = [w1.process.processIdentifier] + children
                for pid in tree { kill(pid, SIGSTOP) }
                return (claim.id, tree)
            }
            let done = try await mmEventually("render_mm_lease to end without W1", timeout: .seconds(600), logs: c.logs) { () -> MMReply? in
                let poll = try await a.renderStatus(token: token, id: "render_mm_lease")
                let status = poll.data["status"].string
                return status == "completed" || status == "failed" ? poll : nil
            }
            #expect(done.data["status"].string == "completed", "\(done.text)\n\(c.logs())")
            let url = try #require(done.data["output"]["url"].string, "\(done.text)")
            let before = try await a.download(url)
            #expect(before.status == 200)
            let tasksBefore = try await c.tasks(key: key)
            #expect(tasksBefore.allSatisfy { $0.status == "done" }, "\(tasksBefore)")

            // Wake W1: its FFmpeg finishes the stale chunk (or W1 stops it), and W1 tries to complete.
            for pid in frozen.reversed() { kill(pid, SIGCONT) }
            try await mmEventually("W1's stale FFmpeg to end", timeout: .seconds(300), logs: c.logs) { () -> Bool? in
                frozen.dropFirst().allSatisfy { kill($0, 0) != 0 } && w1.descendants().isEmpty ? true : nil
            }
            try await Task.sleep(for: .seconds(5))

            #expect(!MMWorkerLog.finished(w1.log).contains(stale), "W1's expired result for \(stale) was accepted:\n\(w1.log.suffix(3000))")
            let accepted = (MMWorkerLog.finished(w1.log) + MMWorkerLog.finished(w2.log)).filter { $0 == stale }.count
            #expect(accepted == 1, "\(stale) accepted \(accepted) times")
            let tasks = try await c.tasks(key: key)
            #expect(tasks == tasksBefore, "the stale completion changed the tasks: \(tasksBefore) → \(tasks)")
            let row = try #require(tasks.first { $0.id == stale }, "\(tasks)")
            #expect(row.attempts >= 2 && (row.owner == "" || row.owner == "w2"), "\(row)")
            let after = try await a.renderStatus(token: token, id: "render_mm_lease")
            #expect(after.data["status"].string == "completed", "\(after.text)")
            let file = try await a.download(url)
            #expect(file.status == 200 && file.bytes == before.bytes, "the finished file changed after the stale completion")
            let ledger = try await c.ledger()
            #expect(ledger.filter { $0.kind == "freeze" && abs($0.amount) == 2 }.count == 1, "\(ledger)")
            #expect(ledger.filter { $0.kind == "settle" && abs($0.amount) == 2 }.count == 1, "\(ledger)")
            #expect(ledger.filter { $0.kind.hasPrefix("release") }.isEmpty, "\(ledger)")
            // The refused worker is still a worker.
            #expect(w1.isRunning)
            #expect(try await MMHTTP.get("\(w1Base)/healthz").status == 200)
        }
    }
}

// MARK: - PostgreSQL

enum MMPostgres {
    /// `REEL_TEST_POSTGRES_URL`, or a skip saying why (a failure in CI).
    static func baseURL() throws -> String {
        let env = ProcessInfo.processInfo.environment
        if let url = env["REEL_TEST_POSTGRES_URL"], !url.isEmpty { return url }
        let why = "REEL_TEST_POSTGRES_URL is not set (`.ci/run` starts a throwaway PostgreSQL and sets it)"
        if env["CI"] == "1" || env["REEL_REQUIRE_POSTGRES"] == "1" {
            throw TestFailure("\(why), and CI requires the PostgreSQL tests to run")
        }
        print("skipped: \(why)")
        try Test.cancel("skipped: \(why)")
    }

    static func psql() throws -> String {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        var dirs = path.split(separator: ":").map(String.init)
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []
        dirs += versions.sorted().reversed().map { "/usr/lib/postgresql/\($0)/bin" }
        for dir in dirs where FileManager.default.isExecutableFile(atPath: dir + "/psql") { return dir + "/psql" }
        throw TestFailure("psql is not installed (apt-get install postgresql-client)")
    }

    /// Rows of `sql`, fields split.
    static func query(_ url: String, _ sql: String) async throws -> [[String]] {
        let separator = "\u{1F}"
        let out = try await ProcessRunner.run(try psql(), ["-X", "-q", "-A", "-t", "-F", separator, "-v", "ON_ERROR_STOP=1",
                                                           "-d", url, "-c", sql])
        guard out.exitCode == 0 else { throw TestFailure("psql \(sql): \(out.stderrTail)") }
        return String(decoding: out.stdout, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
            .map { $0.components(separatedBy: separator) }
    }

    static func literal(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "''") + "'" }

    /// The same server and credentials, another database.
    static func url(_ base: String, database: String) throws -> String {
        guard var parts = URLComponents(string: base) else { throw TestFailure("not a URL: \(base)") }
        parts.path = "/" + database
        guard let url = parts.string else { throw TestFailure("not a URL: \(base)") }
        return url
    }
}

struct MMTask: Equatable, CustomStringConvertible {
    var id: String, kind: String, idx: String, status: String, owner: String, attempts: Int
    var description: String { "\(id) \(kind)#\(idx) \(status) owner=\(owner) attempts=\(attempts)" }
}

struct MMLedgerRow: CustomStringConvertible {
    var token: String, kind: String, amount: Int
    var description: String { "\(kind) \(amount)" }
}

// MARK: - Processes

/// One `reel` process in the background (`serve` or `worker`), its output collected.
final class MMProcess: @unchecked Sendable {
    let name: String
    let process = Process()
    private let lock = NSLock()
    private var text = ""

    init(name: String, _ args: [String], in dir: String, environment: [String: String]) throws {
        self.name = name
        process.executableURL = URL(fileURLWithPath: try reelBinary())
        process.arguments = args
        process.currentDirectoryURL = URL(fileURLWithPath: dir)
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        Thread { [self] in
            while true {
                let data = pipe.fileHandleForReading.availableData
                if data.isEmpty { return }
                lock.withLock { text += String(decoding: data, as: UTF8.self) }
            }
        }.start()
    }

    var log: String { lock.withLock { text } }
    var isRunning: Bool { process.isRunning }

    /// The port from "listening on 127.0.0.1:<port>".
    func waitForPort(timeout: Duration = .seconds(120)) async throws -> Int {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            let text = log
            if let range = text.range(of: "listening on 127.0.0.1:") {
                let digits = text[range.upperBound...].prefix { $0.isNumber }
                if let port = Int(digits), port > 0 { return port }
            }
            guard process.isRunning else { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw TestFailure("\(name) did not start listening: \(log.suffix(4000))")
    }

    func kill9() { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }

    /// Every live process below this one (its FFmpegs), from /proc.
    func descendants() -> [Int32] {
        var parent: [Int32: Int32] = [:]
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
            guard let pid = Int32(entry), let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { continue }
            // "pid (comm) state ppid …": the name may hold spaces and parentheses.
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            if fields.count > 1, let ppid = Int32(fields[1]), fields[0] != "Z" { parent[pid] = ppid }
        }
        var found: [Int32] = []
        var frontier = [process.processIdentifier]
        while let next = frontier.popLast() {
            let children = parent.filter { $0.value == next }.map(\.key)
            found += children
            frontier += children
        }
        return found
    }

    /// SIGTERM, then SIGKILL after 10 s; its FFmpegs too if they outlive it (a test may have
    /// stopped them with SIGSTOP). Blocks: call it off the cooperative pool.
    func stopBlocking() {
        guard process.isRunning else { return }
        let children = descendants()
        for pid in [process.processIdentifier] + children { kill(pid, SIGCONT) }
        process.terminate()
        for _ in 0..<200 where process.isRunning { usleep(50_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        usleep(200_000)
        for pid in children where kill(pid, 0) == 0 { kill(pid, SIGKILL) }
    }
}

/// A fresh database, a media root every process shares, and the processes of one test.
final class MMCluster: @unchecked Sendable {
    let test: String
    let scratch: Scratch
    let database: String
    let databaseURL: String
    let baseURL: String
    let mediaRoot: String
    let environment: [String: String]
    private let lock = NSLock()
    private var processes: [MMProcess] = []

    private init(test: String, baseURL: String) async throws {
        self.test = test
        self.baseURL = baseURL
        scratch = try Scratch()
        database = "reel_mm_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
        databaseURL = try MMPostgres.url(baseURL, database: database)
        mediaRoot = scratch.path("media-root")
        try FileManager.default.createDirectory(atPath: mediaRoot, withIntermediateDirectories: true)
        var env = ProcessInfo.processInfo.environment
        // The rule planner, always: an LLM configured on this machine must not plan the tests' turns.
        for name in ["REEL_LLM_URL", "REEL_LLM_MODEL", "REEL_LLM_API_KEY"] { env[name] = nil }
        environment = env
        _ = try await MMPostgres.query(baseURL, "CREATE DATABASE \(database)")
    }

    /// Runs `body` in a fresh cluster; stops every process, keeps their logs and drops the database after.
    static func with(_ test: String, _ body: (MMCluster) async throws -> Void) async throws {
        let base = try MMPostgres.baseURL()
        let cluster = try await MMCluster(test: test, baseURL: base)
        do {
            try await body(cluster)
        } catch {
            await cluster.finish()
            throw error
        }
        await cluster.finish()
    }

    private func finish() async {
        let all = lock.withLock { processes }
        await offPool { for p in all { p.stopBlocking() } }
        let dir = packageRoot + "/.build/many-machines/" + test
        try? FileManager.default.removeItem(atPath: dir)
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for p in all { try? Data(p.log.utf8).write(to: URL(fileURLWithPath: "\(dir)/\(p.name).log")) }
        do {
            _ = try await MMPostgres.query(baseURL, "DROP DATABASE IF EXISTS \(database) WITH (FORCE)")
        } catch {
            print("many machines: could not drop \(database): \(error)")
        }
    }

    func start(_ name: String, _ args: [String]) throws -> MMProcess {
        let p = try MMProcess(name: name, args, in: scratch.dir, environment: environment)
        lock.withLock { processes.append(p) }
        return p
    }

    /// `reel serve --database …` (not yet listening: see `waitForPort`).
    func startNode(_ name: String, exportCost: Int = 0) throws -> MMProcess {
        let data = scratch.path("data-\(name)")
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        return try start(name, ["serve", "--database", databaseURL, "--media-root", mediaRoot, "--port", "0", "--data", data,
                                "--export-cost", String(exportCost), "--turn-cost", "1", "--rate-limit", "100000"])
    }

    /// A node, started and listening.
    func node(_ name: String, exportCost: Int = 0) async throws -> MMNode {
        let p = try startNode(name, exportCost: exportCost)
        return MMNode(base: "http://127.0.0.1:\(try await p.waitForPort())")
    }

    /// `reel worker --database …` (not yet listening: see `waitForPort`).
    func startWorker(_ id: String, lease: Int, chunks: Int) throws -> MMProcess {
        try start(id, ["worker", "--database", databaseURL, "--media-root", mediaRoot, "--port", "0",
                       "--lease", String(lease), "--chunks", String(chunks), "--worker-id", id])
    }

    /// Three 640x360 stills and a tone, uploaded to `session`; the draft of 3 × 8 s zooming
    /// stills with 1 s fades and the tone as music: 22 s of 720p30 (660 frames), seconds per chunk.
    func stillsJob(on node: MMNode, token: String, session: String) async throws -> String {
        let stills = [
            try await scratch.still("one.png", "testsrc2=s=640x360"),
            try await scratch.still("two.png", "mandelbrot=s=640x360"),
            try await scratch.still("three.png", "testsrc2=s=640x360,hue=h=240"),
        ]
        let song = try await scratch.tone("song.m4a", frequency: 440, seconds: 24, amplitude: 0.3)
        let uploaded = try await node.upload(token: token, session: session, files: stills + [song])
        let names = uploaded.data["media"].array?.compactMap { $0["path"].string } ?? []
        guard uploaded.code == 0, names.count == 4 else { throw TestFailure("upload: \(uploaded.text)") }
        let segments = names.prefix(3).enumerated().map { i, name in
            #"{"d":8000,"m":{"src":"\#(name)","zoom":"\#(i % 2 == 0 ? "in" : "out")""# + (i < 2 ? #","tr":{"name":"fade","d":1000}}}"# : "}}")
        }
        return #"{"m":{"w":1280,"h":720,"fps":30},"t":[{"tt":0,"sg":[\#(segments.joined(separator: ","))]},{"tt":1,"m":{"role":"music"},"sg":[{"m":{"src":"\#(names[3])","volume":0.35}}]}]}"#
    }

    /// The tail of every process's output, for failure messages.
    @Sendable func logs() -> String {
        lock.withLock { processes }.map { "---- \($0.name) ----\n\($0.log.suffix(2500))" }.joined(separator: "\n")
    }

    func query(_ sql: String) async throws -> [[String]] { try await MMPostgres.query(databaseURL, sql) }

    /// The server's key of the job a client named `id` (the database is this test's own).
    func renderKey(id: String) async throws -> String {
        try await mmEventually("a renders row for \(id)", timeout: .seconds(30), logs: logs) { () -> String? in
            let rows = try await self.query("SELECT key FROM renders WHERE id = \(MMPostgres.literal(id))")
            return rows.count == 1 ? rows[0][0] : nil
        }
    }

    func tasks(key: String) async throws -> [MMTask] {
        try await query("""
            SELECT id, kind, coalesce(idx::text, ''), status, coalesce(owner, ''), attempts
            FROM render_tasks WHERE render_key = \(MMPostgres.literal(key)) ORDER BY id
            """).map { r in
            guard r.count == 6, let attempts = Double(r[5]).map({ Int($0) }) else { throw TestFailure("render_tasks row \(r)") }
            return MMTask(id: r[0], kind: r[1], idx: r[2], status: r[3], owner: r[4], attempts: attempts)
        }
    }

    func ledger() async throws -> [MMLedgerRow] {
        try await query("SELECT token, kind, amount FROM credit_ledger").map { r in
            guard r.count == 3, let amount = Double(r[2]).map({ Int($0) }) else { throw TestFailure("credit_ledger row \(r)") }
            return MMLedgerRow(token: r[0], kind: r[1], amount: amount)
        }
    }

    /// Every file under the media root.
    func mediaFiles() throws -> [String] {
        let root = URL(fileURLWithPath: mediaRoot)
        guard let walk = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        return walk.compactMap { $0 as? URL }
            .filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
            .map(\.path)
    }
}

/// Runs blocking work on a thread of its own, never on Swift's (two-thread) cooperative pool.
func offPool(_ work: @escaping @Sendable () -> Void) async {
    await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
        Thread { work(); done.resume() }.start()
    }
}

/// Polls `check` until it answers (errors count as "not yet": a database may be restarting).
@discardableResult
func mmEventually<T>(_ what: String, timeout: Duration, every: Duration = .milliseconds(250),
                     logs: (@Sendable () -> String)? = nil, _ check: () async throws -> T?) async throws -> T {
    let deadline = ContinuousClock.now + timeout
    var lastError: (any Error)?
    while true {
        do {
            if let value = try await check() { return value }
        } catch {
            lastError = error
        }
        if ContinuousClock.now > deadline { break }
        try await Task.sleep(for: every)
    }
    throw TestFailure("gave up after \(timeout) waiting for \(what)"
        + (lastError.map { "; last error: \($0)" } ?? "") + (logs.map { "\n" + $0() } ?? ""))
}

/// The worker's log lines the contract names: `claimed <task> (attempt <n>)`, `finished <task>`.
enum MMWorkerLog {
    static func claims(_ log: String) -> [(id: String, attempt: Int)] {
        log.split(separator: "\n").compactMap { line in
            guard let m = line.firstMatch(of: /claimed (\S+) \(attempt (\d+)\)/), let n = Int(m.2) else { return nil }
            return (String(m.1), n)
        }
    }

    static func finished(_ log: String) -> [String] {
        log.split(separator: "\n").compactMap { line in
            guard let m = line.firstMatch(of: /finished (\S+\/\S+)/) else { return nil }
            return String(m.1)
        }
    }
}

/// Prometheus text format, just enough: samples by name with their labels.
enum MMMetrics {
    static func samples(_ text: String, _ name: String) -> [(labels: [String: String], value: Double)] {
        text.split(separator: "\n").compactMap { raw in
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard !line.hasPrefix("#"), line.hasPrefix(name) else { return nil }
            var rest = line.dropFirst(name.count)
            var labels: [String: String] = [:]
            if rest.first == "{" {
                guard let close = rest.lastIndex(of: "}") else { return nil }
                let body = rest[rest.index(after: rest.startIndex)..<close]
                for m in body.matches(of: /([A-Za-z_][A-Za-z0-9_]*)="((?:[^"\\]|\\.)*)"/) { labels[String(m.1)] = String(m.2) }
                rest = rest[rest.index(after: close)...]
            } else if rest.first != " " {
                return nil  // another metric whose name starts with this one
            }
            guard let value = rest.split(separator: " ").first.flatMap({ Double($0) }) else { return nil }
            return (labels, value)
        }
    }

    /// The sum of the samples (nil when there are none).
    static func sum(_ text: String, _ name: String, where keep: ([String: String]) -> Bool = { _ in true }) -> Double? {
        let kept = samples(text, name).filter { keep($0.labels) }
        return kept.isEmpty ? nil : kept.reduce(0) { $0 + $1.value }
    }
}

// MARK: - HTTP

/// Parsed JSON, read leniently: a missing key or index is `nil` all the way down.
struct MMJSON: @unchecked Sendable {
    let value: Any?
    init(_ value: Any?) { self.value = value }
    init(data: Data) { value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) }

    subscript(key: String) -> MMJSON { MMJSON((value as? [String: Any])?[key]) }
    subscript(index: Int) -> MMJSON {
        guard let a = value as? [Any], a.indices.contains(index) else { return MMJSON(nil) }
        return MMJSON(a[index])
    }
    var string: String? { value as? String }
    var double: Double? { (value as? NSNumber)?.doubleValue }
    var int: Int? { double.flatMap { $0 == $0.rounded() ? Int($0) : nil } }
    var bool: Bool? { value as? Bool }
    var array: [MMJSON]? { (value as? [Any])?.map(MMJSON.init) }

    var encoded: String {
        guard let value, let data = try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed]) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }
    /// Sorted keys: equal documents, equal strings.
    var canonical: String {
        guard let value, let data = try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed, .sortedKeys])
        else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }

    /// Every string value under a key named `key`, anywhere in the document.
    func strings(under key: String) -> [String] {
        switch value {
        case let o as [String: Any]:
            return o.flatMap { k, v in (k == key ? (v as? String).map { [$0] } ?? [] : []) + MMJSON(v).strings(under: key) }
        case let a as [Any]:
            return a.flatMap { MMJSON($0).strings(under: key) }
        default:
            return []
        }
    }
}

struct MMReply: Sendable {
    var status: Int
    var body: MMJSON
    var text: String
    var code: Int? { body["code"].int }
    var data: MMJSON { body["data"] }
}

struct MMTurn: Sendable {
    var status: Int
    var events: [MMJSON]
    var answer: String { events.last?["content"]["parts"][0]["text"].string ?? "" }
    var errorCode: Int? { events.compactMap { $0["errorCode"].int }.first }
}

enum MMHTTP {
    static let session: URLSession = {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = 180
        configuration.timeoutIntervalForResource = 600
        return URLSession(configuration: configuration)
    }()

    static func request(_ url: String, method: String = "GET", headers: [String: String] = [:],
                        body: Data? = nil) async throws -> (status: Int, bytes: Data) {
        guard let u = URL(string: url) else { throw TestFailure("bad URL \(url)") }
        var request = URLRequest(url: u)
        request.httpMethod = method
        request.timeoutInterval = 180
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        request.httpBody = body
        let (data, response) = try await session.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, data)
    }

    static func get(_ url: String) async throws -> (status: Int, bytes: Data) { try await request(url) }

    static func text(_ url: String) async throws -> String {
        let reply = try await request(url)
        guard reply.status == 200 else { throw TestFailure("GET \(url): \(reply.status)") }
        return String(decoding: reply.bytes, as: UTF8.self)
    }
}

/// One API node, spoken to as the seed clients do.
struct MMNode: Sendable {
    let base: String

    func call(_ method: String, _ path: String, token: String? = nil, clientID: String? = nil, json: String? = nil) async throws -> MMReply {
        var headers: [String: String] = [:]
        if let token { headers["Authorization"] = "Bearer \(token)" }
        if let clientID { headers["X-Client-Id"] = clientID }
        if json != nil { headers["Content-Type"] = "application/json" }
        let reply = try await MMHTTP.request(base + path, method: method, headers: headers, body: json.map { Data($0.utf8) })
        return MMReply(status: reply.status, body: MMJSON(data: reply.bytes), text: String(decoding: reply.bytes, as: UTF8.self))
    }

    func token(clientID: String) async throws -> String {
        let reply = try await call("POST", "/api/auth/anonymous-token", clientID: clientID)
        guard let token = reply.data["token"].string else { throw TestFailure("no token from \(base): \(reply.text)") }
        return token
    }

    func session(token: String) async throws -> String {
        let reply = try await call("POST", "/api/tasks/me/with-session/nemo_agent", token: token,
                                   json: #"{"task_name":"project","language":"en"}"#)
        guard let sid = reply.data["session_id"].string else { throw TestFailure("no session from \(base): \(reply.text)") }
        return sid
    }

    func upload(token: String, session: String, files: [String]) async throws -> MMReply {
        let boundary = "reel-mm-\(UUID().uuidString)"
        var body = Data()
        for file in files {
            let name = (file as NSString).lastPathComponent
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"files\"; filename=\"\(name)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8)
            body += try Data(contentsOf: URL(fileURLWithPath: file))
            body += Data("\r\n".utf8)
        }
        body += Data("--\(boundary)--\r\n".utf8)
        let reply = try await MMHTTP.request(base + "/api/upload-video/nemo_agent/me/\(session)", method: "POST",
                                             headers: ["Authorization": "Bearer \(token)",
                                                       "Content-Type": "multipart/form-data; boundary=\(boundary)"],
                                             body: body)
        return MMReply(status: reply.status, body: MMJSON(data: reply.bytes), text: String(decoding: reply.bytes, as: UTF8.self))
    }

    /// One editing turn over `/run_sse`, read to its end.
    func turn(token: String, session: String, _ text: String) async throws -> MMTurn {
        let body: [String: Any] = ["app_name": "nemo_agent", "user_id": "me", "session_id": session,
                                   "new_message": ["parts": [["text": text]]]]
        let reply = try await MMHTTP.request(base + "/run_sse", method: "POST",
                                             headers: ["Authorization": "Bearer \(token)", "Content-Type": "application/json",
                                                       "Accept": "text/event-stream"],
                                             body: try JSONSerialization.data(withJSONObject: body))
        let events = String(decoding: reply.bytes, as: UTF8.self).components(separatedBy: "\n")
            .filter { $0.hasPrefix("data: ") }
            .map { MMJSON(data: Data($0.dropFirst(6).utf8)) }
        return MMTurn(status: reply.status, events: events)
    }

    func state(token: String, session: String) async throws -> MMReply {
        try await call("GET", "/api/state/nemo_agent/me/\(session)/latest", token: token)
    }

    func balance(token: String) async throws -> MMReply {
        try await call("GET", "/api/credits/balance/simple", token: token)
    }

    func queueRender(token: String, id: String, session: String, draft: String) async throws -> MMReply {
        try await call("POST", "/api/render/proxy/lambda", token: token, json: """
            {"id":"\(id)","sessionId":"\(session)","draft":\(draft),"output":{"format":"mp4","quality":"high"}}
            """)
    }

    func renderStatus(token: String, id: String) async throws -> MMReply {
        try await call("GET", "/api/render/proxy/lambda/\(id)", token: token)
    }

    /// GET of a download link's path and query on this node (the link may name another).
    func download(_ url: String) async throws -> (status: Int, bytes: Data) {
        let path = url.range(of: "/api/").map { String(url[$0.lowerBound...]) } ?? url
        return try await MMHTTP.request(base + path)
    }

    func metrics() async throws -> String { try await MMHTTP.text(base + "/metrics") }
}

extension Scratch {
    /// One frame of a lavfi source as a picture.
    func still(_ name: String, _ source: String) async throws -> String {
        try await ffmpeg(["-f", "lavfi", "-i", source, "-frames:v", "1", path(name)])
        return path(name)
    }
}
