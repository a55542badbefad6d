import Foundation
import ReelStore
import Testing

/// Media records: ownership, order, paths under the media root.
@Suite struct MediaContractTests {
    @Test(arguments: Backend.all) func mediaBelongToTheirCallerInTheOrderAdded(_ backend: Backend) async throws {
        let h = StoreHarness(backend)
        try await h.run { store in
            let token = try await store.caller(), other = try await store.caller()
            let id = try await store.createSession(token: token, language: "en").id
            try await store.addMedia([Sample.media("b", session: id, root: h.mediaRoot), Sample.media("a", session: id, root: h.mediaRoot)],
                                     token: token)
            try await store.addMedia([Sample.media("c", session: id, root: h.mediaRoot)], token: token)
            let listed = try await store.media(session: id, token: token)
            #expect(listed.map(\.id) == ["b", "a", "c"])
            #expect(listed[0] == Sample.media("b", session: id, root: h.mediaRoot))
            #expect(try await store.mediaPaths(token: token).count == 3)
            #expect(try await store.mediaItem(id: "a", token: token)?.path == h.mediaRoot.appendingPathComponent("\(id)/a.jpg").path)
            #expect(try await store.mediaFile(id: "a", token: token) == h.mediaRoot.appendingPathComponent("\(id)/a.jpg").path)

            #expect(try await store.media(session: id, token: other).isEmpty)
            #expect(try await store.mediaItem(id: "a", token: other) == nil)
            #expect(try await store.mediaPaths(token: other).isEmpty)
            #expect(await storeErrorCode { try await store.addMedia([Sample.media("x", session: id, root: h.mediaRoot)], token: other) }
                == .sessionNotFound)
            // All or nothing: the record for a session the caller owns was not kept either.
            let mine = try await store.createSession(token: other, language: "en").id
            #expect(await storeErrorCode {
                try await store.addMedia([Sample.media("y", session: mine, root: h.mediaRoot), Sample.media("z", session: id, root: h.mediaRoot)],
                                         token: other)
            } == .sessionNotFound)
            #expect(try await store.media(session: mine, token: other).isEmpty)
        }
    }

    @Test(arguments: Backend.all) func expiredCallersGoWithEverythingTheyHadUnlessAJobIsOpen(_ backend: Backend) async throws {
        let h = StoreHarness(backend)
        try await h.run { store in
            let gone = try await store.anonymousToken(clientID: "a", credits: 5, lifetime: 60).token
            let busy = try await store.anonymousToken(clientID: "b", credits: 5, lifetime: 60).token
            let kept = try await store.anonymousToken(clientID: "c", credits: 5, lifetime: 3600).token
            let session = try await store.createSession(token: gone, language: "en").id
            try await store.addMedia([Sample.media("m", session: session, root: h.mediaRoot)], token: gone)
            _ = try await store.queue("render_1", token: busy)
            h.clock.advance(120)
            let result = try await store.deleteCallers(expiredBefore: h.clock.now)
            #expect(result.tokens == 1)
            #expect(result.sessionIDs == [session])
            #expect(result.files == [h.mediaRoot.appendingPathComponent("\(session)/m.jpg").path])
            #expect(try await store.ledger(token: gone).isEmpty)
            #expect(try await store.balance(token: busy).available == 5)
            #expect(try await store.balance(token: kept).available == 5)
        }
    }
}
