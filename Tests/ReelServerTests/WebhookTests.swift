import Foundation
import ReelTestSupport
import Hummingbird
import HummingbirdTesting
import Testing
@testable import ReelServer
import ReelTimeline
import ReelStore

/// A render's optional webhook is POSTed the job's status when it completes or fails.
@Suite struct WebhookTests {
    struct Server {
        var configuration: ServerConfiguration
        var worker: RenderWorker
        var store: SQLiteStore

        init(allowPrivate: Bool) throws {
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("reel-webhook-tests-\(UUID().uuidString)")
            configuration = ServerConfiguration(host: "127.0.0.1", port: 0, dataDirectory: directory, rateLimit: 10_000)
            configuration.allowPrivateURLImports = allowPrivate
            store = try SQLiteStore.open(directory: directory)
            worker = RenderWorker(store: store, configuration: configuration, files: try RenderFiles(configuration: configuration),
                                  pollInterval: .milliseconds(100))
        }

        func test<T>(_ body: @escaping @Sendable (API) async throws -> T) async throws -> T {
            let app = Application(router: buildRouter(store: store, configuration: configuration, renders: worker),
                                  configuration: .init(address: .hostname("127.0.0.1", port: 0)), services: [worker])
            return try await app.test(.live) { client in try await body(API(client: client)) }
        }
    }

    static func queue(_ api: API, token: String, id: String, draft: String, webhook: String) async throws -> API.Reply {
        try await api.call(.post, "/api/render/proxy/lambda", token: token,
                           json: #"{"id":"\#(id)","output":{"format":"mp4"},"draft":\#(draft),"webhook":"\#(webhook)"}"#)
    }

    /// Waits (at most 10 s) until the hook has `count` requests.
    static func waitForCalls(_ hook: LoopbackServer, _ count: Int) async throws -> [LoopbackServer.Request] {
        for _ in 0..<100 {
            if hook.requests.count >= count { return hook.requests }
            try await Task.sleep(for: .milliseconds(100))
        }
        return hook.requests
    }

    @Test func completedAndFailedJobsCallTheirWebhook() async throws {
        let hook = try LoopbackServer { _ in .init(status: 204) }
        let server = try Server(allowPrivate: true)
        try await server.test { api in
            let token = try await api.token()
            let queued = try await Self.queue(api, token: token, id: "render_hook", draft: tinyDraft,
                                              webhook: "http://127.0.0.1:\(hook.port)/done?job=1")
            #expect(queued.status == 200, "\(queued.text)")
            let done = try await api.waitForRender(token: token, id: "render_hook")
            #expect(done.data?["status"]?.string == "completed", "\(done.text)")
            let calls = try await Self.waitForCalls(hook, 1)
            try #require(calls.count == 1)
            #expect(calls[0].head.hasPrefix("POST /done?job=1 "))
            let body = try JSONValue.parse(calls[0].body)
            #expect(body["data"]?["id"]?.string == "render_hook")
            #expect(body["data"]?["status"]?.string == "completed")
            #expect(body["data"]?["output"]?["url"]?.string?.hasPrefix("/api/render/download/") == true)
            // The link in the webhook downloads the file.
            let file = try await api.download(try #require(body["data"]?["output"]?["url"]?.string))
            #expect(file.status == 200)

            // A job that fails calls its webhook too.
            let missing = #"{"m":{"w":320,"h":180},"t":[{"tt":0,"sg":[{"d":1000,"m":{"src":"/nonexistent.mp4"}}]}]}"#
            // Queued behind the API's back, skipping its checks.
            _ = try await server.store.queueRender(RenderRequest(id: "render_fail", token: token, sessionID: nil, draft: missing, format: "mp4",
                                                                 quality: "high", webhook: "http://127.0.0.1:\(hook.port)/failed"))
            await server.worker.wake()
            let failed = try await api.waitForRender(token: token, id: "render_fail")
            #expect(failed.data?["status"]?.string == "failed", "\(failed.text)")
            let both = try await Self.waitForCalls(hook, 2)
            try #require(both.count == 2)
            #expect(both[1].head.hasPrefix("POST /failed "))
            let failBody = try JSONValue.parse(both[1].body)
            #expect(failBody["data"]?["status"]?.string == "failed")
            #expect(failBody["data"]?["error"]?.string?.isEmpty == false)
        }
    }

    /// A job cancelled by its caller ended too: its webhook hears `failed`, once.
    @Test func aCancelledJobCallsItsWebhook() async throws {
        let hook = try LoopbackServer { _ in .init(status: 200) }
        let server = try Server(allowPrivate: true)
        try await server.test { api in
            let token = try await api.token()
            // Long enough to be cancelled while queued or rendering.
            let long = #"{"m":{"w":320,"h":180},"t":[{"tt":0,"sg":[{"d":600000,"m":{"color":"red"}}]}]}"#
            #expect(try await Self.queue(api, token: token, id: "render_cancel", draft: long,
                                         webhook: "http://127.0.0.1:\(hook.port)/cancelled").status == 200)
            let cancelled = try await api.call(.post, "/api/render/proxy/lambda/render_cancel/cancel", token: token)
            #expect(cancelled.data?["status"]?.string == "failed", "\(cancelled.text)")
            let calls = try await Self.waitForCalls(hook, 1)
            #expect(calls.count == 1 && calls[0].head.hasPrefix("POST /cancelled "))
            #expect(try JSONValue.parse(calls[0].body)["data"]?["status"]?.string == "failed")
            // Cancelling again ends nothing: no second call.
            _ = try await api.call(.post, "/api/render/proxy/lambda/render_cancel/cancel", token: token)
            try await Task.sleep(for: .milliseconds(500))
            #expect(hook.requests.count == 1)
        }
    }

    @Test func privateAddressesAreNotCalledByDefault() async throws {
        let hook = try LoopbackServer { _ in .init(status: 200) }
        let server = try Server(allowPrivate: false)
        try await server.test { api in
            let token = try await api.token()
            _ = try await Self.queue(api, token: token, id: "render_private", draft: tinyDraft,
                                     webhook: "http://127.0.0.1:\(hook.port)/done")
            let done = try await api.waitForRender(token: token, id: "render_private")
            #expect(done.data?["status"]?.string == "completed", "\(done.text)")
            try await Task.sleep(for: .milliseconds(500))
            #expect(hook.requests.isEmpty)
        }
    }

    @Test func nonHTTPWebhooksAreRefused() async throws {
        let server = try Server(allowPrivate: true)
        try await server.test { api in
            let token = try await api.token()
            for bad in ["file:///etc/passwd", "ftp://example.com/x", "not a url", "/relative"] {
                let reply = try await Self.queue(api, token: token, id: "render_bad", draft: tinyDraft, webhook: bad)
                #expect(reply.status == 400, "\(bad): \(reply.text)")
            }
        }
    }
}
