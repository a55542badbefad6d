import Foundation
import Testing
@testable import ReelServer
import ReelTimeline

/// Two callers edit side by side and never see each other's sessions or credits.
@Suite struct SessionIsolationTests {
    @Test func twoUsersCannotSeeEachOthersSessions() async throws {
        let server = try TestServer()
        try await server.test(.live) { api in
            let alice = try await api.token(clientID: "alice")
            let bob = try await api.token(clientID: "bob")
            let a = try await api.session(token: alice)
            let b = try await api.session(token: bob)
            _ = try await api.runSSE(token: alice, session: a, "make it vertical")
            _ = try await api.runSSE(token: bob, session: b, "make it square")

            #expect(try await api.state(token: alice, session: a).data?["state"]?["draft"]?["m"]?["h"]?.int == 1920)
            #expect(try await api.state(token: bob, session: b).data?["state"]?["draft"]?["m"]?["h"]?.int == 1080)
            #expect(try await api.state(token: bob, session: b).data?["state"]?["draft"]?["m"]?["w"]?.int == 1080)
            #expect(try await api.state(token: alice, session: b).code == 1002)
            #expect(try await api.state(token: bob, session: a).code == 1002)
            #expect(try await api.balance(token: alice).data?["available"]?.int == 99)
            #expect(try await api.balance(token: bob).data?["available"]?.int == 99)
        }
    }
}
