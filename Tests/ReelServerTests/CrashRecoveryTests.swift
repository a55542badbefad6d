import Foundation
import Testing
@testable import ReelServer
import ReelStore

/// Credits frozen by a turn that never finished (the process died) are given back once the
/// turn's hold expires, by the next housekeeping pass; a hold still live is never taken.
@Suite struct CrashRecoveryTests {
    @Test func frozenCreditsAreReleasedOnceTheirHoldExpires() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("reel-crash-tests-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let clock = TestClock()
        let token: String
        do {
            let store = try SQLiteStore.open(directory: directory, now: { clock.now })
            token = try await store.anonymousToken(clientID: "c", credits: 10, lifetime: 3600).token
            _ = try await store.freeze(3, token: token, session: "s", lifetime: 900)
            #expect(try await store.balance(token: token) == CreditBalance(available: 7, frozen: 3))
            // The "crash": the store goes away without settling or releasing.
        }
        var configuration = ServerConfiguration(host: "127.0.0.1", port: 0, dataDirectory: directory, now: { clock.now })
        configuration.turnHoldLifetime = 900
        let reopened = try SQLiteStore.open(directory: directory, now: { clock.now })
        let housekeeping = Housekeeping(store: reopened, configuration: configuration, rendersDirectory: directory, logger: .init(label: "t"))
        // Another node may still be running that turn: its hold is live, nothing moves.
        #expect(await housekeeping.releaseExpiredHolds() == 0)
        #expect(try await reopened.balance(token: token) == CreditBalance(available: 7, frozen: 3))
        clock.advance(by: 901)
        #expect(await housekeeping.releaseExpiredHolds() == 3)
        let balance = try await reopened.balance(token: token)
        #expect(balance == CreditBalance(available: 10, frozen: 0))
        #expect(balance.total == 10)
        #expect(try await reopened.ledger(token: token).map(\.kind) == ["grant", "freeze", "release_after_restart"])
        #expect(try await reopened.ledger(token: token).last?.amount == 3)
        // Nothing held: a second pass releases nothing.
        #expect(await housekeeping.releaseExpiredHolds() == 0)
    }
}
