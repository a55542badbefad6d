import Foundation
import HummingbirdTesting
import Testing
@testable import ReelServer
import ReelTimeline

/// Every error the API promises (SPEC §3): its body code, HTTP status, and envelope.
@Suite struct ErrorCodeTests {
    @Test func missingClientIDIs400() async throws {
        let server = try TestServer()
        try await server.test(.live) { api in
            let reply = try await api.call(.post, "/api/auth/anonymous-token")
            #expect(reply.status == 400)
            #expect(reply.code == 400)
            #expect(reply.body["message"]?.string?.contains("X-Client-Id") == true)
            #expect(reply.body["data"] == .null)
        }
    }

    @Test func badMissingOrExpiredTokenIs1001() async throws {
        let clock = TestClock()
        let server = try TestServer(now: { clock.now })
        try await server.test { api in
            for token in [nil, "reel_not_a_token"] {
                let reply = try await api.call(.get, "/api/credits/balance/simple", token: token)
                #expect(reply.status == 401)
                #expect(reply.code == 1001)
            }
            let token = try await api.token()
            #expect(try await api.balance(token: token).code == 0)
            clock.advance(by: 7 * 24 * 3600 + 1)
            let expired = try await api.balance(token: token)
            #expect(expired.status == 401)
            #expect(expired.code == 1001)
            // An expired token is replaced, not revived.
            let renewed = try await api.token()
            #expect(renewed != token)
        }
    }

    @Test func unknownOrOtherUsersSessionIs1002() async throws {
        let server = try TestServer()
        try await server.test(.live) { api in
            let alice = try await api.token(clientID: "alice")
            let bob = try await api.token(clientID: "bob")
            let alicesSession = try await api.session(token: alice)
            _ = try await api.runSSE(token: alice, session: alicesSession, "make it vertical")

            for reply in [
                try await api.state(token: bob, session: alicesSession),
                try await api.runSSE(token: bob, session: alicesSession, "make it square").reply,
                try await api.state(token: alice, session: "no-such-session"),
                try await api.call(.get, "/api/state/nemo_agent/\(bob)/\(alicesSession)/latest", token: alice),
            ] {
                #expect(reply.status == 404)
                #expect(reply.code == 1002)
            }
            // Bob's attempts changed nothing and cost him nothing; Alice's session is as she left it.
            #expect(try await api.balance(token: bob).data?["available"]?.int == 100)
            let state = try await api.state(token: alice, session: alicesSession)
            #expect(state.data?["state"]?["draft"]?["m"]?["h"]?.int == 1920)
        }
    }

    @Test func noCreditsIs2001AndNothingChanges() async throws {
        let server = try TestServer(startingCredits: 1)
        try await server.test { api in
            let token = try await api.token()
            let sid = try await api.session(token: token)
            let first = try await api.runSSE(token: token, session: sid, "make it vertical")
            #expect(first.reply.status == 200)
            let second = try await api.runSSE(token: token, session: sid, "make it square")
            #expect(second.reply.status == 402)
            #expect(second.reply.code == 2001)
            #expect(second.events.isEmpty)
            let state = try await api.state(token: token, session: sid)
            #expect(state.data?["state"]?["draft"]?["m"]?["h"]?.int == 1920)
            let balance = try await api.balance(token: token)
            #expect(balance.data?["available"]?.int == 0)
            #expect(balance.data?["frozen"]?.int == 0)
        }
    }

    @Test func malformedBodiesAre400() async throws {
        let server = try TestServer()
        try await server.test { api in
            let token = try await api.token()
            let sid = try await api.session(token: token)
            for json in ["not json", #"{"session_id":"\#(sid)"}"#, #"{"session_id":"\#(sid)","new_message":{"parts":[]}}"#] {
                let reply = try await api.call(.post, "/run_sse", token: token, json: json)
                #expect(reply.status == 400, "\(json)")
                #expect(reply.code == 400, "\(json)")
            }
            let badSession = try await api.call(.post, "/api/tasks/me/with-session/nemo_agent", token: token, json: "[1]")
            #expect(badSession.code == 400)
        }
    }

    @Test func rateLimitedIs429WithRetryAfter() async throws {
        let server = try TestServer(rateLimit: 2)
        try await server.test { api in
            let token = try await api.token(clientID: "busy")
            _ = try await api.balance(token: token)
            _ = try await api.balance(token: token)
            let limited = try await api.balance(token: token)
            #expect(limited.status == 429)
            #expect(limited.code == 429)
            let retryAfter = try #require(limited.headers[.retryAfter].flatMap { Int($0) })
            #expect((1...60).contains(retryAfter))
            // Another caller has its own allowance.
            #expect(try await api.call(.post, "/api/auth/anonymous-token", clientID: "calm").status == 200)
        }
    }

    @Test func tokenIssuanceIsLimitedPerAddressWhateverTheClientID() async throws {
        var server = try TestServer()
        server.configuration.tokenIssuanceLimit = 2
        try await server.test(.live) { api in
            #expect(try await api.call(.post, "/api/auth/anonymous-token", clientID: "one").status == 200)
            #expect(try await api.call(.post, "/api/auth/anonymous-token", clientID: "two").status == 200)
            // A fresh client id from the same address does not buy more tokens (or credits).
            let limited = try await api.call(.post, "/api/auth/anonymous-token", clientID: "three")
            #expect(limited.status == 429 && limited.code == 429, "\(limited.text)")
            #expect(limited.headers[.retryAfter].flatMap { Int($0) }.map { $0 > 0 } == true)
        }
    }

    @Test func unknownRoutesStillAnswerWithAnEnvelope() async throws {
        let server = try TestServer()
        try await server.test { api in
            let reply = try await api.call(.get, "/api/nothing-here")
            #expect(reply.status == 404)
            #expect(reply.code == 404)
        }
    }
}

/// A clock tests move by hand.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current = Date(timeIntervalSince1970: 1_800_000_000)
    var now: Date { lock.withLock { current } }
    func advance(by seconds: TimeInterval) { lock.withLock { current += seconds } }
}
