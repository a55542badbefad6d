import Foundation
import ReelTestSupport
import Testing
@testable import ReelServer
import ReelStore

/// URL import and render webhooks look a host up once per hop and connect to exactly the address
/// that was checked: a DNS server that answers differently the second time (rebinding) has no say
/// in where the connection goes. Names are answered by a scripted stand-in for DNS; the servers
/// are real, on loopback.
@Suite struct DNSPinningTests {
    static let loopback = URLImporter.Address.v4([127, 0, 0, 1])
    /// Loopback as well, but nothing listens there: a connection that looked the name up again
    /// would be refused.
    static let elsewhere = URLImporter.Address.v4([127, 0, 0, 2])
    static let metadata = URLImporter.Address.v4([169, 254, 169, 254])
    /// In the IPv6 discard-only prefix (RFC 6666): public by the address rules, and never answers.
    static let discard = URLImporter.Address.v6([0x01, 0x00] + Array(repeating: 0, count: 13) + [1])

    static func importer(_ dns: ScriptedDNS, allowPrivate: Bool = true, sizeLimit: Int64 = 10_000_000,
                         timeout: TimeInterval = 10) -> URLImporter {
        URLImporter(sizeLimit: sizeLimit, allowPrivate: allowPrivate, timeout: timeout, resolve: { dns.lookUp($0) })
    }

    /// The webhook of a render worker, its lookups answered by `dns`.
    static func webhook(_ dns: ScriptedDNS, allowPrivate: Bool = true) async throws -> RenderWebhook {
        let configuration = ServerConfiguration(host: "127.0.0.1", port: 0, dataDirectory: nil)
        var webhook = await RenderWorker(store: try SQLiteStore.inMemory(), configuration: configuration,
                                   files: try RenderFiles(configuration: configuration)).webhook
        webhook.allowPrivate = allowPrivate
        webhook.resolve = { dns.lookUp($0) }
        return webhook
    }

    /// A file path in a fresh temporary folder, not created.
    static func target() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("reel-dns-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory.appendingPathComponent("import.upload")
    }

    static func header(_ name: String, of request: LoopbackServer.Request) -> String? {
        request.head.split(separator: "\r\n").dropFirst()
            .first { $0.lowercased().hasPrefix(name.lowercased() + ":") }
            .map { $0.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces) }
    }

    static func requestLine(_ request: LoopbackServer.Request) -> String {
        String(request.head.split(separator: "\r\n").first ?? "")
    }

    // MARK: URL import

    @Test func importConnectsToTheCheckedAddressAndNeverLooksTheNameUpAgain() async throws {
        let body = Data((0..<50_000).map { UInt8(truncatingIfNeeded: $0 &* 7) })
        let host = try LoopbackServer { _ in .init(headers: [("Content-Type", "video/mp4")], body: body) }
        // The first answer passes the check; any later one points where nothing listens.
        let dns = ScriptedDNS(["rebind.example": [[Self.loopback], [Self.elsewhere]]])
        let file = try Self.target()

        try await Self.importer(dns).download("http://rebind.example:\(host.port)/clip.mp4", to: file)

        #expect(try Data(contentsOf: file) == body)
        #expect(dns.lookups == ["rebind.example"])
        try #require(host.requests.count == 1)
        #expect(Self.requestLine(host.requests[0]) == "GET /clip.mp4 HTTP/1.1")
        // The request still names the host it is for.
        #expect(Self.header("Host", of: host.requests[0]) == "rebind.example:\(host.port)")
    }

    @Test func anAddressThatDoesNotAnswerGivesWayToTheNextCheckedOne() async throws {
        let body = Data("second address".utf8)
        let host = try LoopbackServer { _ in .init(headers: [("Content-Type", "video/mp4")], body: body) }
        // Two addresses in one answer: nothing listens at the first, the server at the second.
        let dns = ScriptedDNS(["two.example": [[Self.elsewhere, Self.loopback]]])
        let file = try Self.target()

        try await Self.importer(dns).download("http://two.example:\(host.port)/clip.mp4", to: file)

        #expect(try Data(contentsOf: file) == body)
        #expect(dns.lookups == ["two.example"])
        #expect(host.requests.count == 1)

        // When no checked address answers, the import fails with a 400 that says so.
        let none = ScriptedDNS(["none.example": [[Self.elsewhere]]])
        let error = await #expect(throws: APIError.self) {
            try await Self.importer(none).download("http://none.example:\(host.port)/clip.mp4", to: try Self.target())
        }
        #expect(error?.code == 400)
        #expect(error?.message.contains("could not import clip.mp4") == true, "\(String(describing: error?.message))")
        #expect(host.requests.count == 1)
    }

    @Test func aNameThatRebindsToLoopbackAfterItsCheckNeverReachesLoopback() async throws {
        let host = try LoopbackServer { _ in .init(body: Data("internal".utf8)) }
        // Public when checked, loopback on every later lookup: the attack.
        let dns = ScriptedDNS(["rebind.example": [[Self.discard], [Self.loopback]]])
        let file = try Self.target()

        // Whatever the public address does (here: nothing), the import cannot end up on loopback.
        _ = try? await Self.importer(dns, allowPrivate: false, timeout: 5)
            .download("http://rebind.example:\(host.port)/clip.mp4", to: file)

        #expect(host.requests.isEmpty)
        #expect(dns.lookups == ["rebind.example"])
        #expect(!FileManager.default.fileExists(atPath: file.path))
    }

    @Test func everyRedirectHopIsLookedUpCheckedAndPinnedAfresh() async throws {
        let body = Data(repeating: 0x5A, count: 4096)
        let files = try LoopbackServer { _ in .init(headers: [("Content-Type", "video/mp4")], body: body) }
        let start = try LoopbackServer { request in
            if request.head.hasPrefix("GET /start ") {
                // Relative: the same host, looked up again for this hop.
                return .init(status: 302, headers: [("Location", "/next?step=2")])
            }
            return .init(status: 307, headers: [("Location", "http://files.example:\(files.port)/clip.mp4")])
        }
        let dns = ScriptedDNS(["start.example": [[Self.loopback]], "files.example": [[Self.loopback], [Self.elsewhere]]])
        let file = try Self.target()

        try await Self.importer(dns).download("http://start.example:\(start.port)/start", to: file)

        #expect(try Data(contentsOf: file) == body)
        #expect(dns.lookups == ["start.example", "start.example", "files.example"])
        #expect(start.requests.map(Self.requestLine) == ["GET /start HTTP/1.1", "GET /next?step=2 HTTP/1.1"])
        try #require(files.requests.count == 1)
        #expect(Self.header("Host", of: files.requests[0]) == "files.example:\(files.port)")
    }

    @Test(arguments: [
        ("meta.example", [URLImporter.Address.v4([169, 254, 169, 254])]),
        // One refused address among the answers is enough.
        ("mixed.example", [URLImporter.Address.v4([93, 184, 216, 34]), URLImporter.Address.v4([169, 254, 169, 254])]),
    ])
    func aRedirectToANameWithAMetadataAddressIsRefused(name: String, answer: [URLImporter.Address]) async throws {
        let start = try LoopbackServer { _ in .init(status: 302, headers: [("Location", "http://\(name)/latest/meta-data/")]) }
        let dns = ScriptedDNS(["start.example": [[Self.loopback]], name: [answer]])
        let file = try Self.target()

        let error = await #expect(throws: APIError.self) {
            try await Self.importer(dns).download("http://start.example:\(start.port)/a.mp4", to: file)
        }

        #expect(error?.code == 400)
        #expect(error?.message.contains("refused a redirect") == true, "\(String(describing: error))")
        #expect(start.requests.count == 1)
        #expect(dns.lookups == ["start.example", name])
        #expect(!FileManager.default.fileExists(atPath: file.path))
    }

    @Test func theRedirectPastTheLimitIsRefused() async throws {
        let loop = try LoopbackServer { _ in .init(status: 302, headers: [("Location", "/again")]) }
        let dns = ScriptedDNS(["loop.example": [[Self.loopback]]])
        let file = try Self.target()

        let error = await #expect(throws: APIError.self) {
            try await Self.importer(dns).download("http://loop.example:\(loop.port)/start", to: file)
        }

        #expect(error?.code == 400)
        #expect(error?.message.contains("too many redirects") == true, "\(String(describing: error))")
        #expect(loop.requests.count == 1 + URLImporter.maxRedirects)
        #expect(dns.lookups.count == 1 + URLImporter.maxRedirects)
    }

    @Test(arguments: [true, false])
    func theSizeLimitHoldsWithAndWithoutAContentLength(announcesLength: Bool) async throws {
        let body = Data((0..<64_000).map { UInt8(truncatingIfNeeded: $0) })
        let host = try LoopbackServer { _ in
            .init(headers: [("Content-Type", "video/mp4")], body: body, announcesLength: announcesLength)
        }
        let dns = ScriptedDNS(["files.example": [[Self.loopback]]])
        let url = "http://files.example:\(host.port)/clip.mp4"

        let over = try Self.target()
        let error = await #expect(throws: APIError.self) {
            try await Self.importer(dns, sizeLimit: 1000).download(url, to: over)
        }
        #expect(error?.code == 4002)

        let exact = try Self.target()
        try await Self.importer(dns, sizeLimit: Int64(body.count)).download(url, to: exact)
        #expect(try Data(contentsOf: exact) == body)
    }

    @Test func aStatusOutside2xxIs400WithTheStatus() async throws {
        let host = try LoopbackServer { _ in .init(status: 404, body: Data("no such clip".utf8)) }
        let dns = ScriptedDNS(["files.example": [[Self.loopback]]])
        let file = try Self.target()

        let error = await #expect(throws: APIError.self) {
            try await Self.importer(dns).download("http://files.example:\(host.port)/gone.mp4", to: file)
        }

        #expect(error?.code == 400)
        #expect(error?.message.contains("HTTP 404") == true, "\(String(describing: error))")
        #expect(!FileManager.default.fileExists(atPath: file.path))
    }

    // MARK: Render webhooks

    @Test func aWebhookIsPostedToTheCheckedAddressAndNeverLooksTheNameUpAgain() async throws {
        let hook = try LoopbackServer { _ in .init(status: 204) }
        let dns = ScriptedDNS(["hooks.example": [[Self.loopback], [Self.elsewhere]]])

        try await Self.webhook(dns).post(["status": "completed"], to: "http://hooks.example:\(hook.port)/done?job=1")

        #expect(dns.lookups == ["hooks.example"])
        try #require(hook.requests.count == 1)
        #expect(Self.requestLine(hook.requests[0]) == "POST /done?job=1 HTTP/1.1")
        #expect(Self.header("Host", of: hook.requests[0]) == "hooks.example:\(hook.port)")
        #expect(Self.header("Content-Type", of: hook.requests[0]) == "application/json; charset=utf-8")
        #expect(String(decoding: hook.requests[0].body, as: UTF8.self) == #"{"status":"completed"}"#)
    }

    @Test func aWebhookToANameThatResolvesToLoopbackIsNotCalledByDefault() async throws {
        let hook = try LoopbackServer { _ in .init(status: 204) }
        let dns = ScriptedDNS(["hooks.example": [[Self.loopback]]])

        let error = await #expect(throws: APIError.self) {
            try await Self.webhook(dns, allowPrivate: false).post(["status": "completed"], to: "http://hooks.example:\(hook.port)/done")
        }

        #expect(error?.code == 400)
        #expect(hook.requests.isEmpty)
    }

    @Test func aWebhookRedirectIsNotFollowed() async throws {
        let elsewhere = try LoopbackServer { _ in .init(status: 204) }
        let hook = try LoopbackServer { _ in .init(status: 307, headers: [("Location", "http://127.0.0.1:\(elsewhere.port)/done")]) }
        let dns = ScriptedDNS(["hooks.example": [[Self.loopback]]])

        let error = await #expect(throws: RenderJobError.self) {
            try await Self.webhook(dns).post(["status": "completed"], to: "http://hooks.example:\(hook.port)/done")
        }

        #expect(error?.description == "HTTP 307")
        #expect(hook.requests.count == 1)
        #expect(elsewhere.requests.isEmpty)
    }

    // MARK: Addresses

    @Test func addressesAreWrittenTheWayTheHTTPClientTakesThem() throws {
        #expect(Self.loopback.literal == "127.0.0.1")
        #expect(URLImporter.Address.v6(Array(repeating: 0, count: 15) + [1]).literal == "::1")
        #expect(Self.discard.literal == "100::1")
        for text in ["127.0.0.1", "::1", "100::1", "2606:2800:220:1:248:1893:25c8:1946", "::ffff:127.0.0.1"] {
            let address = try #require(URLImporter.Address(literal: text))
            #expect(URLImporter.Address(literal: address.literal) == address, "\(text)")
        }
        #expect(URLImporter.Address(literal: "[::1]") == nil)
        #expect(URLImporter.Address(literal: "rebind.example") == nil)
    }
}

/// A stand-in for DNS: answers each name from its script, one answer per lookup (the last one
/// repeating; unknown names get none), and records every lookup.
final class ScriptedDNS: @unchecked Sendable {
    private let script: [String: [[URLImporter.Address]]]
    private let lock = NSLock()
    private var asked: [String] = []

    init(_ script: [String: [[URLImporter.Address]]]) {
        self.script = script
    }

    var lookups: [String] { lock.withLock { asked } }

    func lookUp(_ name: String) -> [URLImporter.Address] {
        lock.withLock {
            let earlier = asked.filter { $0 == name }.count
            asked.append(name)
            guard let answers = script[name], !answers.isEmpty else { return [] }
            return answers[min(earlier, answers.count - 1)]
        }
    }
}
