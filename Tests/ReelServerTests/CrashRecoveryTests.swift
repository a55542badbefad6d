import Foundation
import Testing
@testable import ReelServer

/// Credits frozen by a turn that never finished (the process died) are given back on the next start.
@Suite struct CrashRecoveryTests {
    @Test func frozenCreditsAreReleasedWhenTheServerStartsAgain() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("reel-crash-tests-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let token: String
        do {
            let store = try Store.open(directory: directory)
            token = try await store.anonymousToken(clientID: "c", credits: 10, lifetime: 3600).token
            try await store.freeze(3, token: token, session: "s")
            #expect(try await store.balance(token: token) == CreditBalance(available: 7, frozen: 3))
            // The "crash": the store goes away without settling or releasing.
        }
        _ = try buildApplication(ServerConfiguration(host: "127.0.0.1", port: 0, dataDirectory: directory))
        let reopened = try Store.open(directory: directory)
        let balance = try await reopened.balance(token: token)
        #expect(balance == CreditBalance(available: 10, frozen: 0))
        #expect(balance.total == 10)
        #expect(try await reopened.ledger(token: token).map(\.kind) == ["grant", "freeze", "release_after_restart"])
        #expect(try await reopened.ledger(token: token).last?.amount == 3)
        // Nothing frozen: a second start releases nothing.
        #expect(try reopened.releaseAbandonedFreezes() == 0)
    }
}
