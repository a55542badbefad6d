import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import ReelServer

/// Every response carries an `X-Request-Id`: unique per request, or the caller's own if sane.
@Suite struct RequestLogTests {
    static let header = HTTPFields.Element.Name("X-Request-Id")!

    @Test func everyResponseHasAUniqueRequestID() async throws {
        let server = try TestServer()
        try await server.test { api in
            var ids: Set<String> = []
            for uri in ["/healthz", "/healthz", "/api/credits/balance/simple", "/no/such/route"] {
                let reply = try await api.call(.get, uri)
                let id = try #require(reply.headers[Self.header], "\(uri) → \(reply.status) without X-Request-Id")
                #expect(!id.isEmpty)
                ids.insert(id)
            }
            #expect(ids.count == 4)
        }
    }

    @Test func saneIncomingIDIsKeptOthersReplaced() async throws {
        let server = try TestServer()
        try await server.test { api in
            let kept = try await api.client.execute(uri: "/healthz", method: .get, headers: [Self.header: "proxy-1234.abc"])
            #expect(kept.headers[Self.header] == "proxy-1234.abc")
            for bad in ["has spaces", String(repeating: "a", count: 200), "semi;colon"] {
                let replaced = try await api.client.execute(uri: "/healthz", method: .get, headers: [Self.header: bad])
                let id = try #require(replaced.headers[Self.header])
                #expect(id != bad)
                #expect(RequestLogMiddleware<ReelRequestContext>.isSane(id))
            }
        }
    }

    @Test func durationsAreLoggedInMillisecondsWithOneDecimal() {
        typealias Log = RequestLogMiddleware<ReelRequestContext>
        #expect(Log.milliseconds(.zero) == "0.0")
        #expect(Log.milliseconds(.microseconds(49)) == "0.0")
        #expect(Log.milliseconds(.microseconds(50)) == "0.1")
        #expect(Log.milliseconds(.microseconds(12_345)) == "12.3")
        #expect(Log.milliseconds(.milliseconds(999) + .microseconds(960)) == "1000.0")
        #expect(Log.milliseconds(.seconds(3) + .milliseconds(7)) == "3007.0")
    }
}
