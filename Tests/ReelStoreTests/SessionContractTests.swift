import Foundation
import NIOConcurrencyHelpers
import ReelPlanner
import ReelStore
import Testing

/// Tokens and sessions, held to the `Store` documentation on every implementation.
@Suite struct SessionContractTests {
    @Test(arguments: Backend.all) func tokensAreReusedWhileValidAndGrantOnce(_ backend: Backend) async throws {
        let h = StoreHarness(backend)
        try await h.run { store in
            let first = try await store.anonymousToken(clientID: "laptop", credits: 7, lifetime: 60)
            let again = try await store.anonymousToken(clientID: "laptop", credits: 7, lifetime: 60)
            #expect(again.token == first.token)
            #expect(first.available == 7 && first.frozen == 0)
            #expect(try await store.validToken(first.token)?.clientID == "laptop")
            #expect(try await store.validToken("reel_nope") == nil)
            #expect(try await store.ledger(token: first.token) == [LedgerEntry(kind: "grant", amount: 7)])

            h.clock.advance(61)
            #expect(try await store.validToken(first.token) == nil)
            let next = try await store.anonymousToken(clientID: "laptop", credits: 7, lifetime: 60)
            #expect(next.token != first.token)
        }
    }

    @Test(arguments: Backend.all) func aClientAskingManyTimesAtOnceGetsOneToken(_ backend: Backend) async throws {
        try await StoreHarness(backend).run { store in
            let tokens = try await withThrowingTaskGroup(of: String.self) { group in
                for _ in 0..<10 { group.addTask { try await store.anonymousToken(clientID: "same", credits: 5, lifetime: 60).token } }
                return try await group.reduce(into: Set<String>()) { $0.insert($1) }
            }
            #expect(tokens.count == 1)
        }
    }

    @Test(arguments: Backend.all) func anotherTokenSeesNothingOfASession(_ backend: Backend) async throws {
        try await StoreHarness(backend).run { store in
            let owner = try await store.caller(), other = try await store.caller()
            let created = try await store.createSession(token: owner, language: "en")
            #expect(try await store.session(created.id, token: owner).language == "en")
            try await store.requireSession(created.id, token: owner)

            #expect(await storeErrorCode { _ = try await store.session(created.id, token: other) } == .sessionNotFound)
            #expect(await storeErrorCode { try await store.requireSession(created.id, token: other) } == .sessionNotFound)
            #expect(await storeErrorCode { try await store.updateSession(created.id, token: other) { _ in } } == .sessionNotFound)
            #expect(await storeErrorCode { _ = try await store.stateSnapshot(session: created.id, token: other) } == .sessionNotFound)
            #expect(try await store.sessions(token: other).isEmpty)
            #expect(try await store.sessions(token: owner).map(\.record.id) == [created.id])
            #expect(await storeErrorCode { _ = try await store.session("missing", token: owner) } == .sessionNotFound)
        }
    }

    @Test(arguments: Backend.all) func sessionsAreListedMostRecentlyChangedFirst(_ backend: Backend) async throws {
        let h = StoreHarness(backend)
        try await h.run { store in
            let token = try await store.caller()
            let a = try await store.createSession(token: token, language: "en")
            h.clock.advance(1)
            let b = try await store.createSession(token: token, language: "zh")
            h.clock.advance(1)
            try await store.updateSession(a.id, token: token) { $0.draft.meta.fadeIn = 500 }
            let listed = try await store.sessions(token: token, limit: 100)
            #expect(listed.map(\.record.id) == [a.id, b.id])
            #expect(listed[0].updated > listed[0].created)
            #expect(try await store.sessions(token: token, limit: 1).count == 1)
        }
    }

    @Test(arguments: Backend.all) func concurrentUpdatesKeepEveryChange(_ backend: Backend) async throws {
        try await StoreHarness(backend).run { store in
            let token = try await store.caller()
            let id = try await store.createSession(token: token, language: "en").id
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<20 {
                    group.addTask { try await store.updateSession(id, token: token) { $0.draft.meta.fadeIn += 1 } }
                }
                try await group.waitForAll()
            }
            #expect(try await store.session(id, token: token).session.draft.meta.fadeIn == 20)
        }
    }

    @Test(arguments: Backend.all) func aThrowingChangeSavesNothingAndGeneratedMediaNeedAChange(_ backend: Backend) async throws {
        let h = StoreHarness(backend)
        try await h.run { store in
            let token = try await store.caller()
            let id = try await store.createSession(token: token, language: "en").id
            struct Refused: Error {}
            await #expect(throws: Refused.self) {
                try await store.updateSession(id, token: token) { session -> Void in
                    session.draft.meta.fadeIn = 999
                    throw Refused()
                }
            }
            #expect(try await store.session(id, token: token).session.draft.meta.fadeIn == 0)

            let voice = { (n: String) in
                GeneratedMediaRecord(id: n, sessionID: id, kind: "voiceover", path: h.mediaRoot.appendingPathComponent("\(id)/\(n).wav").path,
                                     name: "\(n).wav", text: "hello", info: Sample.info)
            }
            // No change to the session: the narration is not recorded.
            let value = try await store.updateSession(id, token: token, generated: [voice("g1")]) { _ in 41 }
            #expect(value == 41)
            #expect(try await store.generatedMedia(session: id, token: token).isEmpty)
            try await store.updateSession(id, token: token, generated: [voice("g2")]) { $0.draft.meta.fadeOut = 300 }
            let generated = try await store.generatedMedia(session: id, token: token)
            #expect(generated.map(\.id) == ["g2"])
            #expect(generated.first?.path == h.mediaRoot.appendingPathComponent("\(id)/g2.wav").path)
            #expect(try await store.mediaPaths(token: token) == [h.mediaRoot.appendingPathComponent("\(id)/g2.wav").path])
            #expect(try await store.generatedMedia(session: id, token: try await store.caller()).isEmpty)
        }
    }

    @Test(arguments: Backend.all) func anUnreadableStateIsReportedAndLeftOutOfLists(_ backend: Backend) async throws {
        try await StoreHarness(backend).run { store in
            let token = try await store.caller()
            let good = try await store.createSession(token: token, language: "en").id
            let bad = try await store.createSession(token: token, language: "en").id
            try await store.writeRawState(bad, "{not json")
            #expect(await storeErrorCode { _ = try await store.session(bad, token: token) } == .unreadable)
            #expect(await storeErrorCode { _ = try await store.stateSnapshot(session: bad, token: token) } == .unreadable)
            #expect(try await store.sessions(token: token).map(\.record.id) == [good])
        }
    }

    @Test(arguments: Backend.all) func theStateSnapshotIsTheStoredDraftWithItsMedia(_ backend: Backend) async throws {
        let h = StoreHarness(backend)
        try await h.run { store in
            let token = try await store.caller()
            let id = try await store.createSession(token: token, language: "en").id
            try await store.updateSession(id, token: token) { $0.draft.meta.name = "Urban Dreams" }
            try await store.addMedia([Sample.media("m1", session: id, root: h.mediaRoot)], token: token)
            let snapshot = try await store.stateSnapshot(session: id, token: token)
            #expect(snapshot.sessionID == id)
            #expect(snapshot.draftJSON.hasPrefix("{"))
            #expect(snapshot.draftJSON.contains("Urban Dreams"))
            #expect(!snapshot.draftJSON.contains("undoStack"))
            #expect(snapshot.media.map(\.id) == ["m1"])
            #expect(await storeErrorCode { _ = try await store.stateSnapshot(session: id, token: "reel_unknown") } == .badToken)
            h.clock.advance(86_401)
            #expect(await storeErrorCode { _ = try await store.stateSnapshot(session: id, token: token) } == .badToken)
        }
    }

    @Test(arguments: Backend.all) func turnsOnOneSessionNeverOverlap(_ backend: Backend) async throws {
        try await StoreHarness(backend).run { store in
            let inside = Counter()
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<6 {
                    group.addTask {
                        try await store.withSessionLock("s1") {
                            let now = inside.enter()
                            #expect(now == 1)
                            try await Task.sleep(for: .milliseconds(20))
                            inside.leave()
                        }
                    }
                }
                // Another session's turn does not wait for these.
                group.addTask { try await store.withSessionLock("s2") {} }
                try await group.waitForAll()
            }
            #expect(inside.most == 1)
        }
    }
}

/// How many are inside at once, and the most ever.
final class Counter: Sendable {
    private let state = NIOLockedValueBox((now: 0, most: 0))
    func enter() -> Int { state.withLockedValue { $0.now += 1; $0.most = max($0.most, $0.now); return $0.now } }
    func leave() { state.withLockedValue { $0.now -= 1 } }
    var most: Int { state.withLockedValue { $0.most } }
}
