import Foundation
import Hummingbird
import Testing
@testable import ReelServer
import ReelTimeline
import ReelStore

/// A turn's credit: frozen while it runs, spent when it changed something, given back otherwise.
@Suite struct CreditTests {
    @Test func aFailedTurnReleasesItsCredit() async throws {
        let server = try TestServer()
        try await server.test(.live) { api in
            let token = try await api.token()
            let sid = try await api.session(token: token)
            // The stored state is unreadable: the turn fails after its credit was frozen and the
            // stream started, so the stream ends with an event that says so.
            try await server.store.writeRawState(sid, "{\"broken\": true")
            let failed = try await api.runSSE(token: token, session: sid, "make it vertical")
            #expect(failed.reply.status == 200)
            #expect(failed.events.count == 1)
            let last = try #require(failed.events.last)
            #expect(last["errorCode"]?.string == "500")
            #expect(last["errorMessage"]?.string?.contains("unreadable state") == true)
            #expect(last["turnComplete"] == .bool(true))
            #expect(last["content"]?["parts"]?[0]?["text"]?.string?.hasPrefix("I could not finish this turn") == true)
            let balance = try await api.balance(token: token)
            let available = try #require(balance.data?["available"]?.int)
            let frozen = try #require(balance.data?["frozen"]?.int)
            #expect(available == 100)
            #expect(frozen == 0)
            #expect(available + frozen == balance.data?["total"]?.int)
            #expect(try await server.store.ledger(token: token).map(\.kind) == ["grant", "freeze", "release"])
        }
    }

    @Test func aTurnThatChangesSomethingIsSettled() async throws {
        let store = try SQLiteStore.inMemory()
        let token = try await store.anonymousToken(clientID: "c", credits: 5, lifetime: 60).token
        let sid = try await store.createSession(token: token, language: "en").id
        let agent = AgentController<ReelRequestContext>(store: store, configuration: ServerConfiguration(dataDirectory: nil))
        let turn = try await agent.runTurn("make it vertical", session: sid, token: token)
        #expect(!turn.changes.isEmpty)
        #expect(try await store.balance(token: token) == CreditBalance(available: 4, frozen: 0))
        #expect(try await store.ledger(token: token).map(\.kind) == ["grant", "freeze", "settle"])
    }

    @Test func freezeRefusesMoreThanIsAvailable() async throws {
        let store = try SQLiteStore.inMemory()
        let token = try await store.anonymousToken(clientID: "c", credits: 1, lifetime: 60).token
        let hold = try await store.freeze(1, token: token, session: "s", lifetime: 60)
        #expect(try await store.balance(token: token) == CreditBalance(available: 0, frozen: 1))
        await #expect(throws: StoreError.noCredits(available: 0, needed: 1)) { try await store.freeze(1, token: token, session: "s", lifetime: 60) }
        try await store.release(hold)
        // A hold is released once, however often it is asked.
        try await store.release(hold)
        #expect(try await store.balance(token: token) == CreditBalance(available: 1, frozen: 0))
    }
}
