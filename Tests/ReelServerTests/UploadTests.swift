import Foundation
import Hummingbird
import HummingbirdTesting
import ReelTestSupport
import Testing
@testable import ReelServer
import ReelTimeline
#if canImport(Glibc)
import Glibc
#endif

/// `POST /api/upload-video/nemo_agent/me/{sid}`: uploads are streamed to disk, judged by content,
/// stored under server-chosen names, listed in the session's state and used by editing turns.
@Suite struct UploadTests {
    /// A server whose uploads go to a fresh temporary folder.
    static func server(sizeLimit: Int64 = 500_000_000, allowPrivate: Bool = false) throws -> (TestServer, URL) {
        var server = try TestServer()
        let media = FileManager.default.temporaryDirectory.appendingPathComponent("reel-upload-test-\(UUID().uuidString)")
        server.configuration.mediaDirectory = media
        server.configuration.uploadSizeLimit = sizeLimit
        server.configuration.allowPrivateURLImports = allowPrivate
        server.configuration.urlImportTimeout = 10
        return (server, media)
    }

    /// Every regular file under `directory`, as paths.
    static func files(under directory: URL) -> [String] {
        guard let e = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        return e.compactMap { $0 as? URL }
            .filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
            .map(\.path).sorted()
    }

    @Test func pictureAndClipInOneRequestAreStoredProbedAndListed() async throws {
        let (server, media) = try Self.server()
        let png = try Fixtures.png(), mp4 = try Fixtures.mp4()
        try await server.test(.live) { api in
            let token = try await api.token()
            let sid = try await api.session(token: token)
            let reply = try await api.upload(token: token, session: sid, files: [("red.png", png), ("clip.mp4", mp4)])
            #expect(reply.status == 200, "\(reply.text)")
            #expect(reply.code == 0)
            let items = reply.data?["media"]?.array ?? []
            #expect(items.count == 2)
            #expect(items.first?["kind"]?.string == "image")
            #expect(items.first?["name"]?.string == "red.png")
            #expect(items.first?["width"]?.int == 32)
            #expect(items.last?["kind"]?.string == "video")
            #expect(items.last?["has_audio"] == .bool(true))
            #expect(items.last?["width"]?.int == 64)
            #expect((items.last?["duration_ms"]?.int ?? 0) > 500)

            let stored = Self.files(under: media)
            #expect(stored.count == 2)
            #expect(Set(stored.map { ($0 as NSString).pathExtension }) == ["png", "mp4"])
            #expect(stored.allSatisfy { $0.hasPrefix(media.appendingPathComponent(sid).path + "/") })

            let state = try await api.state(token: token, session: sid)
            let infos = state.data?["state"]?["video_infos"]?.array ?? []
            #expect(infos.map { $0["name"]?.string } == ["red.png", "clip.mp4"])
            #expect(infos.map { $0["id"]?.string } == items.map { $0["id"]?.string })

            // An editing turn composes the session's media.
            let turn = try await api.runSSE(token: token, session: sid, "make a video")
            #expect(turn.reply.status == 200)
            // The draft names them as the API shows them: by their names in the session's folder.
            let draft = try await api.state(token: token, session: sid)
            for path in stored {
                let name = (path as NSString).lastPathComponent
                #expect(draft.text.contains(#""src":"\#(name)""#), "draft lacks \(name): \(draft.text)")
                #expect(!draft.text.contains(path))
            }
        }
    }

    @Test func answersNameUploadsByTheirOwnNamesNotTheStoredOnes() async throws {
        let (server, _) = try Self.server()
        let mp4 = try Fixtures.mp4(), png = try Fixtures.png()
        try await server.test(.live) { api in
            let token = try await api.token()
            let sid = try await api.session(token: token)
            let reply = try await api.upload(token: token, session: sid, files: [("beach.mp4", mp4), ("sunset.png", png)])
            #expect(reply.code == 0, "\(reply.text)")
            let (_, events) = try await api.runSSE(token: token, session: sid, "make a video")
            let answer = try #require(events.last?["content"]?["parts"]?[0]?["text"]?.string)
            #expect(answer.contains("Video: beach, sunset"), "\(answer)")
            let uuid = #/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/#
            #expect(answer.firstMatch(of: uuid) == nil, "\(answer)")
            // The names are the draft's, so later turns (and the state) show them too.
            let state = try await api.state(token: token, session: sid)
            let segments = state.data?["state"]?["draft"]?["t"]?[0]?["sg"]?.array ?? []
            #expect(segments.map { $0["m"]?["name"]?.string } == ["beach", "sunset"])
            let (_, again) = try await api.runSSE(token: token, session: sid, "remove the second clip")
            let second = again.last?["content"]?["parts"]?[0]?["text"]?.string ?? ""
            #expect(second.contains("Removed sunset") && second.firstMatch(of: uuid) == nil, "\(second)")
            // Clips are named as they were uploaded: "beach" finds the clip stored under a UUID.
            let (_, named) = try await api.runSSE(token: token, session: sid, "make beach black and white")
            let third = named.last?["content"]?["parts"]?[0]?["text"]?.string ?? ""
            #expect(named.contains { $0["content"]?["parts"]?[0]?["functionCall"]?["name"]?.string == "setClipLook" }, "\(third)")
            #expect(third.contains("beach") && third.firstMatch(of: uuid) == nil, "\(third)")
        }
    }

    @Test func randomBytesNamedMP4Are4001AndNothingIsStored() async throws {
        let (server, media) = try Self.server()
        let junk = (0..<4096).map { _ in UInt8.random(in: 0...255) }
        try await server.test(.live) { api in
            let token = try await api.token()
            let sid = try await api.session(token: token)
            let reply = try await api.upload(token: token, session: sid, files: [("x.mp4", junk)])
            #expect(reply.status == 415)
            #expect(reply.code == 4001)
            #expect(reply.body["message"]?.string?.contains("x.mp4") == true)
            #expect(reply.body["message"]?.string?.contains(".upload") == false, "the stored name leaks: \(reply.text)")
            // A good file beside a bad one is not kept either: a request stores all or nothing.
            let mixed = try await api.upload(token: token, session: sid, files: [("red.png", try Fixtures.png()), ("x.mp4", junk)])
            #expect(mixed.code == 4001)
            #expect(Self.files(under: media).isEmpty)
            // Files are probed side by side; the answer names the first bad one in upload order.
            let several = try await api.upload(token: token, session: sid, files: [
                ("a.png", try Fixtures.png()), ("first.mp4", junk), ("b.png", try Fixtures.png()), ("second.mp4", junk), ("c.png", try Fixtures.png()),
            ])
            #expect(several.code == 4001)
            #expect(several.body["message"]?.string?.contains("first.mp4") == true, "\(several.text)")
            #expect(Self.files(under: media).isEmpty)
            #expect(try await api.state(token: token, session: sid).data?["state"]?["video_infos"]?.array?.isEmpty == true)
        }
    }

    @Test func overTheSizeLimitIs4002AndThePartialFileIsDeleted() async throws {
        let (server, media) = try Self.server(sizeLimit: 2000)
        try await server.test(.live) { api in
            let token = try await api.token()
            let sid = try await api.session(token: token)
            let reply = try await api.upload(token: token, session: sid, files: [("big.mp4", try Fixtures.mp4())])
            #expect(reply.status == 413)
            #expect(reply.code == 4002)
            #expect(Self.files(under: media).isEmpty)
            #expect(try await api.state(token: token, session: sid).data?["state"]?["video_infos"]?.array?.isEmpty == true)
        }
    }

    @Test func largeUploadsStreamAndStopAtTheLimit() async throws {
        let (server, media) = try Self.server(sizeLimit: 8_000_000)
        let big = [UInt8](repeating: 7, count: 6_000_000)
        try await server.test(.live) { api in
            let token = try await api.token()
            let sid = try await api.session(token: token)
            // Under the limit: streamed through to the probe, which refuses it by content.
            let started = Date()
            let junk = try await api.upload(token: token, session: sid, files: [("big.mp4", big)])
            #expect(junk.code == 4001, "\(junk.text)")
            #expect(Date().timeIntervalSince(started) < 20)
            // Over it: 4002, and the partial file is gone.
            let over = try await api.upload(token: token, session: sid, files: [("bigger.mp4", big + big)])
            #expect(over.code == 4002, "\(over.text)")
            #expect(Self.files(under: media).isEmpty)
        }
    }

    @Test func hostileFileNamesNeverBecomePaths() async throws {
        let (server, media) = try Self.server()
        let png = try Fixtures.png()
        try await server.test(.live) { api in
            let token = try await api.token()
            let sid = try await api.session(token: token)
            let names = ["../../etc/passwd", "a/b.mp4", #"we"ird\".png"#, "..", "..\\..\\win.ini"]
            let reply = try await api.upload(token: token, session: sid, files: names.map { ($0, png) })
            #expect(reply.status == 200, "\(reply.text)")
            let shown = reply.data?["media"]?.array?.compactMap { $0["name"]?.string } ?? []
            #expect(shown.count == names.count)
            #expect(shown.allSatisfy { !$0.contains("/") && !$0.contains("\\") && $0 != ".." })
            #expect(shown.contains("passwd"))
            let stored = Self.files(under: media)
            #expect(stored.count == names.count)
            let folder = media.appendingPathComponent(sid).path
            for path in stored {
                #expect((path as NSString).deletingLastPathComponent == folder)
                let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
                #expect(UUID(uuidString: stem) != nil, "\(path) is not a server-chosen name")
                #expect((path as NSString).pathExtension == "png")
            }
        }
    }

    @Test func anotherUsersSessionIs1002() async throws {
        let (server, media) = try Self.server()
        let png = try Fixtures.png()
        try await server.test(.live) { api in
            let alice = try await api.token(clientID: "alice")
            let bob = try await api.token(clientID: "bob")
            let sid = try await api.session(token: alice)
            for reply in [
                try await api.upload(token: bob, session: sid, files: [("a.png", png)]),
                try await api.upload(token: alice, session: sid, user: "bob", files: [("a.png", png)]),
                try await api.upload(token: alice, session: "no-such-session", files: [("a.png", png)]),
            ] {
                #expect(reply.status == 404)
                #expect(reply.code == 1002)
            }
            #expect(Self.files(under: media).isEmpty)
        }
    }

    @Test func urlImportRefusesLoopbackByDefaultAndAllowsItWithTheFlag() async throws {
        let files = try FileServer(body: try Fixtures.png())
        let url = "http://127.0.0.1:\(files.port)/pics/red.png"
        let json = #"{"urls":["\#(url)"],"source_type":"url"}"#

        let (strict, strictMedia) = try Self.server()
        try await strict.test(.live) { api in
            let token = try await api.token()
            let sid = try await api.session(token: token)
            for body in [json, #"{"urls":["file:///etc/passwd"],"source_type":"url"}"#,
                         #"{"urls":["http://169.254.169.254/latest/meta-data/"],"source_type":"url"}"#,
                         #"{"urls":["http://[::1]:\#(files.port)/x.png"],"source_type":"url"}"#] {
                let reply = try await api.call(.post, "/api/upload-video/nemo_agent/me/\(sid)", token: token, json: body)
                #expect(reply.status == 400, "\(reply.text)")
                #expect(reply.code == 400)
            }
            #expect(Self.files(under: strictMedia).isEmpty)
            #expect(files.hits == 0)
        }

        let (open, openMedia) = try Self.server(allowPrivate: true)
        try await open.test(.live) { api in
            let token = try await api.token()
            let sid = try await api.session(token: token)
            let reply = try await api.call(.post, "/api/upload-video/nemo_agent/me/\(sid)", token: token, json: json)
            #expect(reply.status == 200, "\(reply.text)")
            #expect(reply.data?["media"]?[0]?["kind"]?.string == "image")
            #expect(reply.data?["media"]?[0]?["name"]?.string == "red.png")
            #expect(Self.files(under: openMedia).count == 1)
            // Metadata addresses stay refused even with the flag.
            let meta = try await api.call(.post, "/api/upload-video/nemo_agent/me/\(sid)", token: token,
                                          json: #"{"urls":["http://169.254.169.254/x.png"],"source_type":"url"}"#)
            #expect(meta.code == 400)
        }
    }

    @Test func urlImportRefusesARedirectToARefusedAddress() async throws {
        let files = try FileServer(body: [], redirectTo: "http://169.254.169.254/latest/meta-data/")
        let (server, media) = try Self.server(allowPrivate: true)
        try await server.test(.live) { api in
            let token = try await api.token()
            let sid = try await api.session(token: token)
            let reply = try await api.call(.post, "/api/upload-video/nemo_agent/me/\(sid)", token: token,
                                           json: #"{"urls":["http://127.0.0.1:\#(files.port)/a.png"],"source_type":"url"}"#)
            #expect(reply.code == 400, "\(reply.text)")
            #expect(reply.body["message"]?.string?.contains("redirect") == true, "\(reply.text)")
            #expect(files.hits == 1)
            #expect(Self.files(under: media).isEmpty)
        }
    }

    @Test func urlImportOverTheLimitIs4002() async throws {
        let files = try FileServer(body: try Fixtures.mp4())
        let (server, media) = try Self.server(sizeLimit: 1000, allowPrivate: true)
        try await server.test(.live) { api in
            let token = try await api.token()
            let sid = try await api.session(token: token)
            let reply = try await api.call(.post, "/api/upload-video/nemo_agent/me/\(sid)", token: token,
                                           json: #"{"urls":["http://127.0.0.1:\#(files.port)/clip.mp4"],"source_type":"url"}"#)
            #expect(reply.code == 4002, "\(reply.text)")
            #expect(Self.files(under: media).isEmpty)
        }
    }

    @Test func privateAddressRanges() {
        let v4: [([UInt8], Bool)] = [([127, 0, 0, 1], true), ([10, 1, 2, 3], true), ([172, 16, 0, 1], true), ([172, 32, 0, 1], false),
                                     ([192, 168, 1, 1], true), ([169, 254, 169, 254], true), ([100, 64, 0, 1], true),
                                     ([0, 0, 0, 0], true), ([8, 8, 8, 8], false), ([93, 184, 216, 34], false)]
        for (bytes, isPrivate) in v4 { #expect(URLImporter.isPrivate(.v4(bytes)) == isPrivate, "\(bytes)") }
        let loopback6: [UInt8] = Array(repeating: 0, count: 15) + [1]
        let mapped: [UInt8] = Array(repeating: 0, count: 10) + [0xFF, 0xFF, 127, 0, 0, 1]
        let linkLocal: [UInt8] = [0xFE, 0x80] + Array(repeating: 0, count: 14)
        let ula: [UInt8] = [0xFD, 0x12] + Array(repeating: 0, count: 14)
        let global: [UInt8] = [0x26, 0x06, 0x28, 0x00] + Array(repeating: 0, count: 11) + [1]
        #expect(URLImporter.isPrivate(.v6(loopback6)))
        #expect(URLImporter.isPrivate(.v6(mapped)))
        #expect(URLImporter.isPrivate(.v6(linkLocal)))
        #expect(URLImporter.isPrivate(.v6(ula)))
        #expect(!URLImporter.isPrivate(.v6(global)))
        #expect(URLImporter.isMetadata(.v4([169, 254, 169, 254])))
    }

    @Test func multipartParserGivesTheSameResultWhateverTheChunking() throws {
        let body = Fixtures.multipart(boundary: "XyZ", files: [("a.bin", Array("hello\r\n--XyY almost".utf8)), ("b.bin", [0, 13, 10, 45, 45])])
        func parse(chunk: Int) throws -> [MultipartParser.Event] {
            var parser = MultipartParser(boundary: "XyZ")
            var events: [MultipartParser.Event] = []
            var i = 0
            while i < body.count {
                events += try parser.feed(body[i..<min(body.count, i + chunk)])
                i += chunk
            }
            // Merge consecutive body events so chunkings compare.
            var merged: [MultipartParser.Event] = []
            for e in events {
                if case .body(let b) = e, case .body(let a)? = merged.last { merged[merged.count - 1] = .body(a + b) } else { merged.append(e) }
            }
            #expect(parser.isFinished)
            return merged
        }
        let whole = try parse(chunk: body.count)
        // The "note" field, then the two files, then the end.
        #expect(whole.count == 7)
        #expect(whole[1] == .body(Array("hello".utf8)))
        #expect(whole[3] == .body(Array("hello\r\n--XyY almost".utf8)))
        #expect(whole[5] == .body([0, 13, 10, 45, 45]))
        #expect(whole[6] == .end)
        for chunk in [1, 2, 3, 7, 64] { #expect(try parse(chunk: chunk) == whole) }
        #expect(MultipartParser.disposition(#"form-data; name="files"; filename="a\"b;c.png""#) == ("files", #"a"b;c.png"#))
    }
}

extension API {
    func upload(token: String, session: String, user: String = "me", files: [(String, [UInt8])]) async throws -> Reply {
        let boundary = "reel-test-\(UUID().uuidString)"
        var headers: HTTPFields = [:]
        headers[.authorization] = "Bearer \(token)"
        headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
        let body = Fixtures.multipart(boundary: boundary, files: files)
        let response = try await client.execute(uri: "/api/upload-video/nemo_agent/\(user)/\(session)", method: .post,
                                                headers: headers, body: ByteBuffer(bytes: body))
        let text = String(buffer: response.body)
        return Reply(status: Int(response.status.code), headers: response.headers,
                     body: (try? JSONValue.parse(Data(text.utf8))) ?? .null, text: text)
    }
}

enum Fixtures {
    static func multipart(boundary: String, files: [(String, [UInt8])]) -> [UInt8] {
        var body: [UInt8] = []
        // A field that is not `files` is skipped.
        body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n".utf8)
        for (name, bytes) in files {
            let quoted = name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"files\"; filename=\"\(quoted)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8)
            body += bytes
            body += Array("\r\n".utf8)
        }
        body += Array("--\(boundary)--\r\n".utf8)
        return body
    }

    static func png() throws -> [UInt8] {
        try make("png", ["-f", "lavfi", "-i", "color=c=red:s=32x32", "-frames:v", "1"])
    }

    static func mp4() throws -> [UInt8] {
        try make("mp4", ["-f", "lavfi", "-i", "testsrc=s=64x64:d=1:r=10", "-f", "lavfi", "-i", "sine=d=1",
                         "-c:v", "mpeg4", "-c:a", "aac", "-shortest"])
    }

    static func make(_ ext: String, _ args: [String]) throws -> [UInt8] {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("reel-fixture-\(UUID().uuidString).\(ext)")
        defer { try? FileManager.default.removeItem(at: out) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/ffmpeg")
        p.arguments = ["-hide_banner", "-loglevel", "error", "-y"] + args + [out.path]
        try p.run()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw TestFailure("ffmpeg failed making a .\(ext)") }
        return Array(try Data(contentsOf: out))
    }
}

/// A file host on loopback: every request gets the same file, or a redirect.
final class FileServer: @unchecked Sendable {
    private let server: LoopbackServer
    var port: UInt16 { server.port }
    var hits: Int { server.requests.count }

    init(body: [UInt8], redirectTo: String? = nil) throws {
        let file = Data(body)
        server = try LoopbackServer { _ in
            if let redirectTo { return LoopbackServer.Response(status: 302, headers: [("Location", redirectTo)]) }
            return LoopbackServer.Response(headers: [("Content-Type", "application/octet-stream")], body: file)
        }
    }
}
