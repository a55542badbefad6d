import Foundation
import ReelLLM
import ReelTestSupport
import Testing
@testable import ReelServer
import ReelTimeline
import ReelStore

/// `POST /run_sse` while a turn is busy: heartbeats, turns that outlive their client, one turn
/// at a time per session, and the LLM planner (a stand-in on loopback) with the rules behind it.
@Suite struct AgentTurnTests {
    static func server(model: LLMConfig?, heartbeat: TimeInterval = 0.05) throws -> TestServer {
        var server = try TestServer()
        server.configuration.llm = model
        server.configuration.heartbeatInterval = heartbeat
        return server
    }

    static let vertical = #"[{"op":"setCanvas","width":1080,"height":1920}]"#
    static let square = #"[{"op":"setCanvas","width":1080,"height":1080}]"#

    @Test func heartbeatsFlowWhileTheModelThinksThenItsOperationsAreApplied() async throws {
        let model = try ModelStandIn(answers: [("film", #"[{"op":"setCanvas","width":1080,"height":1920},{"op":"setFPS","fps":24}]"#)],
                                     held: ["film"])
        defer { model.release() }
        let server = try Self.server(model: model.config)
        try await server.test(.live) { api in
            let token = try await api.token()
            let sid = try await api.session(token: token)
            let stream = try api.openRunSSE(token: token, session: sid, "give it a film feel")
            var reader = SSEReader(stream)
            // The model has not answered: the stream has started and only heartbeats come.
            await reader.read { $0.heartbeats >= 2 }
            #expect(reader.status == 200)
            #expect(reader.heartbeats >= 2 && reader.events.isEmpty)
            #expect(try await api.balance(token: token).data?["frozen"]?.int == 1)

            model.release()
            await reader.readToEnd()
            #expect(reader.calls == ["setCanvas", "setFPS"])
            #expect(reader.events.last?["turnComplete"] == .bool(true))
            #expect(reader.events.last?["errorCode"] == nil)
            #expect(reader.answer.contains("1080x1920") && reader.answer.contains("24 fps"), "\(reader.answer)")
            let draft = try await api.state(token: token, session: sid).data?["state"]?["draft"]
            #expect(draft?["m"]?["h"]?.int == 1920)
            #expect(draft?["m"]?["fps"]?.int == 24)
            #expect(model.prompts.first?.contains("Instruction: give it a film feel") == true)
            let balance = try await api.balance(token: token)
            #expect(balance.data?["available"]?.int == 99 && balance.data?["frozen"]?.int == 0)
        }
    }

    @Test func aSlowOrUnreachableModelLeavesTheTurnToTheRules() async throws {
        let model = try ModelStandIn(answers: [("vertical", #"[{"op":"setCanvas","width":720,"height":1280}]"#)], held: ["vertical"])
        defer { model.release() }
        var slow = model.config
        slow.timeout = 1
        let server = try Self.server(model: slow)
        try await server.test(.live) { api in
            let token = try await api.token()
            let sid = try await api.session(token: token)
            let (reply, events) = try await api.runSSE(token: token, session: sid, "make it vertical")
            #expect(reply.status == 200)
            #expect(model.prompts.count == 1)
            let answer = events.last?["content"]?["parts"]?[0]?["text"]?.string ?? ""
            #expect(answer.contains("1080x1920") && !answer.contains("720x1280"), "\(answer)")
        }

        let unreachable = try Self.server(model: LLMConfig(url: URL(string: "http://127.0.0.1:9/v1")!, model: "m", timeout: 5))
        try await unreachable.test(.live) { api in
            let token = try await api.token()
            let sid = try await api.session(token: token)
            let (_, events) = try await api.runSSE(token: token, session: sid, "make it square")
            #expect(events.first?["content"]?["parts"]?[0]?["functionCall"]?["name"]?.string == "setCanvas")
            let draft = try await api.state(token: token, session: sid).data?["state"]?["draft"]
            #expect(draft?["m"]?["w"]?.int == 1080 && draft?["m"]?["h"]?.int == 1080)
        }
    }

    @Test func aTurnOutlivesTheClientThatHungUp() async throws {
        let model = try ModelStandIn(answers: [("vertical", Self.vertical)], held: ["vertical"])
        defer { model.release() }
        let server = try Self.server(model: model.config)
        try await server.test(.live) { api in
            let token = try await api.token()
            let sid = try await api.session(token: token)
            let stream = try api.openRunSSE(token: token, session: sid, "make it vertical")
            var reader = SSEReader(stream)
            await reader.read { $0.heartbeats >= 1 }
            stream.close()
            await reader.readToEnd()
            #expect(reader.events.isEmpty)

            model.release()
            try await api.eventually("the turn is saved and its credit settled") {
                let balance = try await api.balance(token: token)
                return balance.data?["frozen"]?.int == 0
            }
            let draft = try await api.state(token: token, session: sid).data?["state"]?["draft"]
            #expect(draft?["m"]?["h"]?.int == 1920)
            let balance = try await api.balance(token: token)
            #expect(balance.data?["available"]?.int == 99 && balance.data?["total"]?.int == 99)
            #expect(try await server.store.ledger(token: token).map(\.kind) == ["grant", "freeze", "settle"])
        }
    }

    @Test func turnsOnOneSessionRunOneAfterTheOtherInOrder() async throws {
        let model = try ModelStandIn(answers: [
            ("start", ##"[{"op":"composeText","title":"Hello","durationMs":10000,"colors":["#112233"]}]"##),
            ("12 seconds", #"[{"op":"setDuration","durationMs":12000}]"#),
            ("6 seconds", #"[{"op":"setDuration","durationMs":6000}]"#),
        ], held: ["12 seconds"])
        defer { model.release() }
        let server = try Self.server(model: model.config)
        try await server.test(.live) { api in
            let token = try await api.token()
            let sid = try await api.session(token: token)
            _ = try await api.runSSE(token: token, session: sid, "start with a title")

            let first = try api.openRunSSE(token: token, session: sid, "make it 12 seconds")
            try await model.waitForRequests(2)
            let second = try api.openRunSSE(token: token, session: sid, "make it 6 seconds")
            var secondReader = SSEReader(second)
            await secondReader.read { $0.heartbeats >= 1 }
            // Both turns are under way; the second waits for the first without asking the model.
            #expect(try await api.balance(token: token).data?["frozen"]?.int == 2)
            #expect(model.prompts.count == 2)

            model.release()
            var firstReader = SSEReader(first)
            await firstReader.readToEnd()
            await secondReader.readToEnd()
            #expect(firstReader.answer.contains("Set the length to 12 seconds"), "\(firstReader.answer)")
            #expect(secondReader.answer.contains("Set the length to 6 seconds"), "\(secondReader.answer)")
            // The second turn was planned against the draft the first one saved.
            #expect(model.prompts.count == 3)
            #expect(model.prompts.last?.contains("(0-12s)") == true, "\(model.prompts.last ?? "")")

            let undone = try await api.runSSE(token: token, session: sid, "undo")
            #expect(undone.events.last?["content"]?["parts"]?[0]?["text"]?.string?.contains("(0-12s)") == true)
            let balance = try await api.balance(token: token)
            #expect(balance.data?["available"]?.int == 96 && balance.data?["frozen"]?.int == 0)
        }
    }

    @Test func turnsOnDifferentSessionsRunSideBySide() async throws {
        let model = try ModelStandIn(answers: [("vertical", Self.vertical), ("square", Self.square)], held: ["vertical"])
        defer { model.release() }
        let server = try Self.server(model: model.config)
        try await server.test(.live) { api in
            let token = try await api.token()
            let one = try await api.session(token: token)
            let two = try await api.session(token: token)
            let slow = try api.openRunSSE(token: token, session: one, "make it vertical")
            try await model.waitForRequests(1)
            // The first session's turn is held by the model; the second session's turn goes ahead.
            let (_, events) = try await api.runSSE(token: token, session: two, "make it square")
            #expect(events.last?["content"]?["parts"]?[0]?["text"]?.string?.contains("1080x1080") == true)
            #expect(!model.timedOut)
            #expect(try await api.balance(token: token).data?["frozen"]?.int == 1)

            model.release()
            var reader = SSEReader(slow)
            await reader.readToEnd()
            #expect(reader.answer.contains("1080x1920"))
        }
    }
}

/// The per-session lock on its own: one holder at a time in the order asked, nothing left when idle.
@Suite struct SessionLocksTests {
    actor Log {
        var entries: [String] = []
        func add(_ s: String) { entries.append(s) }
    }

    @Test func holdersOfOneKeyGoInOrderAndIdleKeysAreForgotten() async throws {
        let locks = SessionLocks()
        let log = Log()
        let (gate, open) = AsyncStream.makeStream(of: Void.self)
        let first = Task {
            try await locks.withLock("s") {
                await log.add("first in")
                for await _ in gate { break }
                await log.add("first out")
            }
        }
        while await log.entries.isEmpty { await Task.yield() }
        let second = Task { try await locks.withLock("s") { await log.add("second") } }
        while await locks.waiters("s") < 1 { await Task.yield() }
        let third = Task { try await locks.withLock("s") { await log.add("third") } }
        while await locks.waiters("s") < 2 { await Task.yield() }
        // Another key does not wait for "s".
        try await locks.withLock("other") { await log.add("other") }
        #expect(await log.entries == ["first in", "other"])

        open.yield()
        try await first.value
        try await second.value
        try await third.value
        #expect(await log.entries == ["first in", "other", "first out", "second", "third"])
        #expect(await locks.activeKeys == 0)
    }

    @Test func aFailingHolderLetsTheNextOneIn() async throws {
        let locks = SessionLocks()
        await #expect(throws: TestFailure.self) { try await locks.withLock("s") { throw TestFailure("no") } }
        #expect(try await locks.withLock("s") { 7 } == 7)
        #expect(await locks.activeKeys == 0)
    }
}
