import Foundation
import ReelTestSupport
import Hummingbird
import HummingbirdTesting
import Testing
@testable import ReelServer
import ReelTimeline
@testable import ReelStore

/// A server over an on-disk store in a temporary folder, with the render worker running as a service.
struct RenderServer {
    var directory: URL
    var configuration: ServerConfiguration
    var store: SQLiteStore
    var files: RenderFiles
    var worker: RenderWorker

    init(directory: URL? = nil, now: @escaping @Sendable () -> Date = { Date() }) throws {
        self.directory = directory ?? FileManager.default.temporaryDirectory.appendingPathComponent("reel-render-tests-\(UUID().uuidString)")
        configuration = ServerConfiguration(host: "127.0.0.1", port: 0, dataDirectory: self.directory, rateLimit: 10_000, now: now)
        store = try SQLiteStore.open(directory: self.directory, now: now)
        files = try RenderFiles(configuration: configuration)
        worker = RenderWorker(store: store, configuration: configuration, files: files, pollInterval: .milliseconds(100))
    }

    /// `runWorker: false` leaves queued jobs queued (to test cancelling them).
    func test<T>(runWorker: Bool = true, _ body: @escaping @Sendable (API) async throws -> T) async throws -> T {
        let app = Application(router: buildRouter(store: store, configuration: configuration, renders: worker),
                              configuration: .init(address: .hostname("127.0.0.1", port: 0)),
                              services: runWorker ? [worker] : [])
        return try await app.test(.live) { client in try await body(API(client: client)) }
    }
}

let tinyDraft = #"{"m":{"w":320,"h":180,"fps":30},"t":[{"tt":0,"sg":[{"d":1000,"m":{"color":"red"}}]}]}"#

extension API {
    func queueRender(token: String, id: String, session: String? = nil, draft: String? = tinyDraft,
                     quality: String = "high") async throws -> Reply {
        var fields = [#""id":"\#(id)""#, #""output":{"format":"mp4","quality":"\#(quality)"}"#]
        if let session { fields.append(#""sessionId":"\#(session)""#) }
        if let draft { fields.append(#""draft":\#(draft)"#) }
        return try await call(.post, "/api/render/proxy/lambda", token: token, json: "{\(fields.joined(separator: ","))}")
    }

    func renderStatus(token: String, id: String) async throws -> Reply {
        try await call(.get, "/api/render/proxy/lambda/\(id)", token: token)
    }

    /// Polls until the job is completed or failed (at most 60 s).
    func waitForRender(token: String, id: String) async throws -> Reply {
        for _ in 0..<600 {
            let reply = try await renderStatus(token: token, id: id)
            if let status = reply.data?["status"]?.string, status == "completed" || status == "failed" { return reply }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw TestFailure("render \(id) did not finish")
    }

    /// GET of a URL's path and query on the test server, as raw bytes.
    func download(_ url: String, token: String? = nil) async throws -> (status: Int, headers: HTTPFields, bytes: [UInt8]) {
        let path: String
        if let range = url.range(of: "/api/") { path = String(url[range.lowerBound...]) } else { path = url }
        var headers: HTTPFields = [:]
        if let token { headers[.authorization] = "Bearer \(token)" }
        let response = try await client.execute(uri: path, method: .get, headers: headers, body: nil)
        return (Int(response.status.code), response.headers, Array(response.body.readableBytesView))
    }
}

/// The key in a download URL (`/api/render/download/<key>?…`).
func downloadKey(_ url: String) -> String {
    let afterPrefix = url.components(separatedBy: "/api/render/download/").last ?? ""
    return String(afterPrefix.prefix { $0 != "?" })
}

@Suite struct RenderTests {
    @Test func queuedRenderCompletesAndDownloadsAsMP4() async throws {
        let server = try RenderServer()
        try await server.test { api in
            let token = try await api.token()
            let sid = try await api.session(token: token)
            let queued = try await api.queueRender(token: token, id: "render_1", session: sid)
            #expect(queued.status == 200, "\(queued.text)")
            #expect(queued.data?["status"]?.string == "queued" || queued.data?["status"]?.string == "rendering")

            let done = try await api.waitForRender(token: token, id: "render_1")
            #expect(done.data?["status"]?.string == "completed", "\(done.text)")
            #expect(done.data?["progress"]?.int == 100)
            let url = try #require(done.data?["output"]?["url"]?.string)
            #expect(url.hasPrefix("http://"))
            let size = try #require(done.data?["output"]?["size"]?.int)
            #expect(size > 0)
            #expect(abs((done.data?["output"]?["duration"].flatMap { if case .number(let n) = $0 { n } else { nil } } ?? 0) - 1) < 0.1)

            // A plain browser link: no token, just the signature.
            let file = try await api.download(url)
            #expect(file.status == 200)
            #expect(file.bytes.count == size)
            #expect(file.bytes.count > 12 && String(decoding: file.bytes[4..<8], as: UTF8.self) == "ftyp")
            #expect(file.headers[.contentType] == "video/mp4")
            // Or the owner's bearer token, without a signature.
            let byToken = try await api.download("/api/render/download/\(downloadKey(url))", token: token)
            #expect(byToken.status == 200 && byToken.bytes == file.bytes)
            // The file sits in the data directory under the job's key.
            #expect(FileManager.default.fileExists(atPath: server.directory.appendingPathComponent("renders/\(downloadKey(url)).mp4").path))
        }
    }

    @Test func previewQualityRendersToo() async throws {
        let server = try RenderServer()
        try await server.test { api in
            let token = try await api.token()
            _ = try await api.queueRender(token: token, id: "render_preview", quality: "preview")
            let done = try await api.waitForRender(token: token, id: "render_preview")
            #expect(done.data?["status"]?.string == "completed", "\(done.text)")
            #expect(done.data?["quality"]?.string == "preview")
        }
    }

    @Test func invalidDraftIsRefusedWithItsPath() async throws {
        let server = try RenderServer()
        try await server.test(runWorker: false) { api in
            let token = try await api.token()
            let bad = #"{"m":{"w":320,"h":180},"t":[{"tt":0,"sg":[{"d":"long","m":{"color":"red"}}]}]}"#
            let reply = try await api.queueRender(token: token, id: "render_bad", draft: bad)
            #expect(reply.status == 400)
            #expect(reply.code == 400)
            #expect(reply.body["message"]?.string?.contains("t[0].sg[0].d") == true, "\(reply.text)")
            // Nothing was queued.
            #expect(try await api.renderStatus(token: token, id: "render_bad").code == 1003)
            // An empty session draft is refused the same way.
            let sid = try await api.session(token: token)
            let empty = try await api.queueRender(token: token, id: "render_empty", session: sid, draft: nil)
            #expect(empty.status == 400, "\(empty.text)")
        }
    }

    @Test func draftsMayNameOnlyTheCallersOwnUploads() async throws {
        let server = try RenderServer()
        try await server.test(runWorker: false) { api in
            let token = try await api.token()
            for src in ["/etc/hostname", "/etc/passwd", "../../etc/passwd", "media/x.png"] {
                let draft = #"{"m":{"w":320,"h":180},"t":[{"tt":0,"sg":[{"d":1000,"m":{"src":"\#(src)"}}]}]}"#
                let reply = try await api.queueRender(token: token, id: "render_x", draft: draft)
                #expect(reply.status == 400, "\(src): \(reply.text)")
                #expect(reply.body["message"]?.string?.contains("is not one of your uploaded media") == true, "\(reply.text)")
            }
            #expect(try await api.renderStatus(token: token, id: "render_x").code == 1003)
        }
    }

    @Test func anotherUsersJobIsNotVisible() async throws {
        let server = try RenderServer()
        try await server.test { api in
            let alice = try await api.token(clientID: "alice")
            let bob = try await api.token(clientID: "bob")
            _ = try await api.queueRender(token: alice, id: "render_7")
            let done = try await api.waitForRender(token: alice, id: "render_7")
            let url = try #require(done.data?["output"]?["url"]?.string)

            let peek = try await api.renderStatus(token: bob, id: "render_7")
            #expect(peek.status == 404 && peek.code == 1003)
            let cancel = try await api.call(.post, "/api/render/proxy/lambda/render_7/cancel", token: bob)
            #expect(cancel.status == 404 && cancel.code == 1003)
            let grab = try await api.download("/api/render/download/\(downloadKey(url))", token: bob)
            #expect(grab.status == 404)
            // The same client id is Bob's own job, separate from Alice's.
            let mine = try await api.queueRender(token: bob, id: "render_7")
            #expect(mine.status == 200 && mine.data?["status"]?.string != "completed")
            // Bob cannot attach a job to Alice's session.
            let aliceSession = try await api.session(token: alice)
            #expect(try await api.queueRender(token: bob, id: "render_8", session: aliceSession).code == 1002)
        }
    }

    @Test func jobInterruptedByACrashCompletesAfterRestart() async throws {
        let first = try RenderServer()
        let token = try await first.test(runWorker: false) { api in try await api.token() }
        // What a crash mid-render leaves behind: a task claimed by a worker that never answers again.
        _ = try await first.store.queueRender(RenderRequest(id: "render_crash", token: token, sessionID: nil, draft: tinyDraft,
                                                            format: "mp4", quality: "high"))
        #expect(try await first.store.claimTask(worker: "dead", lease: 0.5) != nil)

        let restarted = try RenderServer(directory: first.directory)
        try await restarted.test { api in
            let done = try await api.waitForRender(token: token, id: "render_crash")
            #expect(done.data?["status"]?.string == "completed", "\(done.text)")
            let url = try #require(done.data?["output"]?["url"]?.string)
            let file = try await api.download(url)
            #expect(file.status == 200 && String(decoding: file.bytes[4..<8], as: UTF8.self) == "ftyp")
        }
    }

    @Test func queuedJobCanBeCancelled() async throws {
        let server = try RenderServer()
        try await server.test(runWorker: false) { api in
            let token = try await api.token()
            let queued = try await api.queueRender(token: token, id: "render_c")
            #expect(queued.data?["status"]?.string == "queued")
            let cancelled = try await api.call(.post, "/api/render/proxy/lambda/render_c/cancel", token: token)
            #expect(cancelled.status == 200)
            #expect(cancelled.data?["status"]?.string == "failed")
            #expect(cancelled.data?["error"]?.string == "cancelled")
        }
        // A cancelled job stays cancelled when a worker starts.
        try await server.test { api in
            try await Task.sleep(for: .milliseconds(300))
            let token = try #require(try await server.store.render(key: server.store.anyRenderKey(id: "render_c"))?.token)
            #expect(try await api.renderStatus(token: token, id: "render_c").data?["status"]?.string == "failed")
        }
    }

    @Test func renderingJobCanBeCancelled() async throws {
        let server = try RenderServer()
        try await server.test { api in
            let token = try await api.token()
            let long = #"{"m":{"w":320,"h":180,"fps":30},"t":[{"tt":0,"sg":[{"d":600000,"m":{"color":"red"}}]}]}"#
            _ = try await api.queueRender(token: token, id: "render_long", draft: long)
            var status = ""
            for _ in 0..<100 where status != "rendering" {
                status = try await api.renderStatus(token: token, id: "render_long").data?["status"]?.string ?? ""
                try await Task.sleep(for: .milliseconds(50))
            }
            #expect(status == "rendering")
            _ = try await api.call(.post, "/api/render/proxy/lambda/render_long/cancel", token: token)
            let done = try await api.waitForRender(token: token, id: "render_long")
            #expect(done.data?["status"]?.string == "failed")
            #expect(done.data?["error"]?.string == "cancelled")
            #expect(done.data?["output"] == .null)
            // The job is marked cancelled at once; the worker then stops FFmpeg and removes its partial
            // file. Under load that takes a moment: the contract is that nothing is left, soon.
            let renders = server.directory.appendingPathComponent("renders").path
            var left = try FileManager.default.contentsOfDirectory(atPath: renders)
            for _ in 0..<100 where !left.isEmpty {
                try await Task.sleep(for: .milliseconds(100))
                left = try FileManager.default.contentsOfDirectory(atPath: renders)
            }
            #expect(left.isEmpty, "\(left)")
        }
    }

    @Test func shutdownMidRenderQueuesTheJobAgain() async throws {
        let server = try RenderServer()
        let token = try await server.test { api in
            let token = try await api.token()
            let long = #"{"m":{"w":320,"h":180,"fps":30},"t":[{"tt":0,"sg":[{"d":600000,"m":{"color":"red"}}]}]}"#
            _ = try await api.queueRender(token: token, id: "render_shut", draft: long)
            var status = ""
            for _ in 0..<100 where status != "rendering" {
                status = try await api.renderStatus(token: token, id: "render_shut").data?["status"]?.string ?? ""
                try await Task.sleep(for: .milliseconds(50))
            }
            #expect(status == "rendering")
            return token
        }
        // The server stopped: the job waits in the queue for the next start, with no partial file.
        let job = try await server.store.render(id: "render_shut", token: token)
        #expect(job?.status == .queued)
        let left = try FileManager.default.contentsOfDirectory(atPath: server.directory.appendingPathComponent("renders").path)
        #expect(left.isEmpty, "\(left)")
    }

    @Test func theServedApplicationBuildsWithItsWorker() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("reel-render-tests-\(UUID().uuidString)")
        _ = try buildApplication(ServerConfiguration(host: "127.0.0.1", port: 0, dataDirectory: directory))
        let key = try Data(contentsOf: directory.appendingPathComponent("render-signing.key"))
        #expect(key.count == 32)
        // The key is generated once: a second start signs with the same key.
        let files = try RenderFiles(configuration: ServerConfiguration(dataDirectory: directory))
        let again = try RenderFiles(configuration: ServerConfiguration(dataDirectory: directory))
        #expect(files.signature(key: "k", expires: 1) == again.signature(key: "k", expires: 1))
    }

    @Test func expiredOrTamperedLinksAreRefused() async throws {
        let server = try RenderServer()
        try await server.test { api in
            let token = try await api.token()
            _ = try await api.queueRender(token: token, id: "render_l")
            let done = try await api.waitForRender(token: token, id: "render_l")
            let url = try #require(done.data?["output"]?["url"]?.string)
            let key = downloadKey(url)

            #expect(try await api.download(url).status == 200)
            // Tampered signature.
            let sig = try #require(url.components(separatedBy: "sig=").last)
            let flipped = String(sig.prefix(sig.count - 1)) + (sig.hasSuffix("0") ? "1" : "0")
            let tampered = try await api.download(url.replacingOccurrences(of: sig, with: flipped))
            #expect(tampered.status == 403)
            #expect(String(decoding: tampered.bytes, as: UTF8.self).contains("\"code\":1004"))
            // Expiry moved later without re-signing.
            let expires = try #require(url.components(separatedBy: "expires=").last?.prefix { $0 != "&" })
            let stretched = try await api.download(url.replacingOccurrences(of: "expires=\(expires)", with: "expires=\(Int(expires)! + 3600)"))
            #expect(stretched.status == 403)
            // Correctly signed but expired.
            let past = Int(Date().timeIntervalSince1970) - 10
            let expired = try await api.download("/api/render/download/\(key)?\(server.files.signedQuery(key: key, expires: past))")
            #expect(expired.status == 403)
            #expect(String(decoding: expired.bytes, as: UTF8.self).contains("expired"))
            // Neither signature nor token.
            let bare = try await api.download("/api/render/download/\(key)")
            #expect(bare.status == 401)
        }
    }
}

extension SQLiteStore {
    /// The server key of the first job with this client id (tests only).
    func anyRenderKey(id: String) async throws -> String {
        try await db.read { db in try String.fetchOne(db, sql: "SELECT key FROM renders WHERE id = ?", arguments: [id]) ?? "" }
    }
}
