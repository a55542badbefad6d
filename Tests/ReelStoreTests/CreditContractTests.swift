import Foundation
import ReelStore
import Testing

/// Credits: holds, the ledger, exactness under concurrency.
@Suite struct CreditContractTests {
    @Test(arguments: Backend.all) func aHoldIsSettledOrReleasedOnce(_ backend: Backend) async throws {
        try await StoreHarness(backend).run { store in
            let token = try await store.caller(credits: 10)
            let a = try await store.freeze(3, token: token, session: "s", lifetime: 600)
            let b = try await store.freeze(2, token: token, session: nil, lifetime: 600)
            #expect(try await store.balance(token: token) == CreditBalance(available: 5, frozen: 5))
            try await store.settle(a)
            try await store.settle(a)
            try await store.release(a)
            try await store.release(b)
            try await store.settle(b)
            #expect(try await store.balance(token: token) == CreditBalance(available: 7, frozen: 0))
            #expect(try await store.ledger(token: token).map(\.kind) == ["grant", "freeze", "freeze", "settle", "release"])
            #expect(try await store.ledger(token: token).map(\.amount) == [10, 3, 2, 3, 2])
        }
    }

    @Test(arguments: Backend.all) func aFreezeBeyondTheBalanceMovesNothing(_ backend: Backend) async throws {
        try await StoreHarness(backend).run { store in
            let token = try await store.caller(credits: 2)
            do {
                _ = try await store.freeze(3, token: token, session: nil, lifetime: 600)
                Issue.record("froze credits the token does not have")
            } catch let error as StoreError {
                #expect(error.code == .noCredits)
                #expect(error.available == 2 && error.needed == 3)
            }
            #expect(try await store.balance(token: token) == CreditBalance(available: 2, frozen: 0))
            #expect(try await store.ledger(token: token).count == 1)
        }
    }

    @Test(arguments: Backend.all) func fiftyConcurrentFreezesTakeExactlyWhatThereIs(_ backend: Backend) async throws {
        try await StoreHarness(backend).run { store in
            let token = try await store.caller(credits: 30)
            let results = try await withThrowingTaskGroup(of: Bool.self) { group in
                for _ in 0..<50 {
                    group.addTask {
                        do {
                            _ = try await store.freeze(2, token: token, session: nil, lifetime: 600)
                            return true
                        } catch let error as StoreError where error.code == .noCredits {
                            return false
                        }
                    }
                }
                return try await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            #expect(results.filter { $0 }.count == 15)
            #expect(try await store.balance(token: token) == CreditBalance(available: 0, frozen: 30))
            #expect(try await store.ledger(token: token).filter { $0.kind == "freeze" }.count == 15)
        }
    }

    @Test(arguments: Backend.all) func onlyExpiredHoldsAreGivenBack(_ backend: Backend) async throws {
        let h = StoreHarness(backend)
        try await h.run { store in
            let token = try await store.caller(credits: 10)
            let dead = try await store.freeze(4, token: token, session: "s", lifetime: 60)
            _ = try await store.freeze(1, token: token, session: "s", lifetime: 3600)
            _ = try await store.queue("render_1", token: token, cost: 2)
            #expect(try await store.releaseExpiredHolds() == 0)
            h.clock.advance(61)
            #expect(try await store.releaseExpiredHolds() == 4)
            #expect(try await store.releaseExpiredHolds() == 0)
            // The live hold and the job's cost stay frozen; the dead hold is gone for good.
            #expect(try await store.balance(token: token) == CreditBalance(available: 7, frozen: 3))
            try await store.settle(dead)
            #expect(try await store.balance(token: token) == CreditBalance(available: 7, frozen: 3))
            #expect(try await store.ledger(token: token).last == LedgerEntry(kind: "release_after_restart", amount: 4))
        }
    }
}
