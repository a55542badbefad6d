import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import ReelServer
import ReelTestSupport
import ReelTimeline
import ReelStore

extension API {
    /// A render POST with the given extra headers (attribution).
    func queueRender(token: String, id: String, headers extra: [String: String]) async throws -> Reply {
        var headers: HTTPFields = [.authorization: "Bearer \(token)", .contentType: "application/json"]
        for (name, value) in extra { headers[HTTPFields.Element.Name(name)!] = value }
        let json = #"{"id":"\#(id)","output":{"format":"mp4"},"draft":\#(tinyDraft)}"#
        let response = try await client.execute(uri: "/api/render/proxy/lambda", method: .post, headers: headers,
                                                body: ByteBuffer(string: json))
        let text = String(buffer: response.body)
        return Reply(status: Int(response.status.code), headers: response.headers,
                     body: (try? JSONValue.parse(Data(text.utf8))) ?? .null, text: text)
    }
}

/// SPEC §3: `X-Skill-*` headers are recorded with the render job; a server option makes them
/// required on export, and then their absence is a 402 with code 402.
@Suite struct AttributionTests {
    static let all = ["X-Skill-Source": "clawhub", "X-Skill-Version": "1.2.3", "X-Skill-Platform": "claude-code"]

    @Test func requiredAttributionBlocksExportWithout() async throws {
        var server = try RenderServer()
        server.configuration.requireAttributionOnExport = true
        let store = server.store
        try await server.test(runWorker: false) { api in
            let token = try await api.token()
            for headers in [[:], ["X-Skill-Source": "clawhub", "X-Skill-Version": "1.2.3"]] {
                let reply = try await api.queueRender(token: token, id: "r\(headers.count)", headers: headers)
                #expect(reply.status == 402)
                #expect(reply.code == 402)
                #expect(reply.body["message"]?.string?.contains("export blocked by plan") == true)
                #expect(reply.body["message"]?.string?.contains("X-Skill-Platform") == true)
                #expect(reply.body["data"] == .null)
            }
            let ok = try await api.queueRender(token: token, id: "r3", headers: Self.all)
            #expect(ok.status == 200)
            #expect(ok.code == 0)
            let job = try #require(try await store.render(id: "r3", token: token))
            #expect(try await store.attribution(renderKey: job.key) == Attribution(source: "clawhub", version: "1.2.3", platform: "claude-code"))
            #expect(try await store.render(id: "r0", token: token) == nil)
        }
    }

    @Test func attributionIsOptionalByDefaultAndRecorded() async throws {
        let server = try RenderServer()
        let store = server.store
        try await server.test(runWorker: false) { api in
            let token = try await api.token()
            let none = try await api.queueRender(token: token, id: "a", headers: [:])
            #expect(none.status == 200)
            let some = try await api.queueRender(token: token, id: "b", headers: ["X-Skill-Platform": "  web  "])
            #expect(some.status == 200)
            let a = try #require(try await store.render(id: "a", token: token))
            let b = try #require(try await store.render(id: "b", token: token))
            #expect(try await store.attribution(renderKey: a.key) == Attribution())
            #expect(try await store.attribution(renderKey: b.key) == Attribution(platform: "web"))
        }
    }
}
