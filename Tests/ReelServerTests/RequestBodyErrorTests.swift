import Foundation
import Hummingbird
import NIOCore
import NIOHTTP1
import Testing
@testable import ReelServer

/// Issue 9 item 1: bodies that cannot be read are the client's fault (400, saying what happened),
/// never a 500, and an upload cut short leaves no file behind.
@Suite struct RequestBodyErrorTests {
    static func head(_ path: String, token: String, _ headers: [String]) -> [UInt8] {
        Array((["POST \(path) HTTP/1.1", "Host: 127.0.0.1", "Authorization: Bearer \(token)"] + headers + ["", ""])
            .joined(separator: "\r\n").utf8)
    }

    @Test func uploadWithABrokenChunkSizeIs400() async throws {
        let (server, media) = try UploadTests.server()
        try await server.test(.live) { api in
            let token = try await api.token()
            let sid = try await api.session(token: token)
            let port = try #require(api.client.port)
            let request = Self.head("/api/upload-video/nemo_agent/me/\(sid)", token: token, [
                "Content-Type: multipart/form-data; boundary=XYZ", "Transfer-Encoding: chunked",
            ]) + Array("zzzz\r\nhello\r\n0\r\n\r\n".utf8)
            let response = try await RawHTTP.exchange(port: port, request)
            #expect(RawHTTP.status(response) == 400, "\(response)")
            #expect(RawHTTP.body(response).contains("\"code\":400"), "\(response)")
            #expect(RawHTTP.body(response).contains("chunked"), "\(response)")
            #expect(UploadTests.files(under: media).isEmpty)
        }
    }

    @Test func jsonBodyWithABrokenChunkSizeSaysSoNotTooLarge() async throws {
        let server = try TestServer()
        try await server.test(.live) { api in
            let token = try await api.token()
            let port = try #require(api.client.port)
            let request = Self.head("/api/tasks/me/with-session/nemo_agent", token: token, [
                "Content-Type: application/json", "Transfer-Encoding: chunked",
            ]) + Array("zzzz\r\n{}\r\n0\r\n\r\n".utf8)
            let response = try await RawHTTP.exchange(port: port, request)
            #expect(RawHTTP.status(response) == 400, "\(response)")
            #expect(RawHTTP.body(response).contains("chunked"), "\(response)")
            #expect(!RawHTTP.body(response).contains("larger than"), "\(response)")
        }
    }

    @Test func uploadCutShortLeavesNoFileAndNo500() async throws {
        let (server, media) = try UploadTests.server()
        let png = try Fixtures.png()
        try await server.test(.live) { api in
            let token = try await api.token()
            let sid = try await api.session(token: token)
            let port = try #require(api.client.port)
            let body = Fixtures.multipart(boundary: "XYZ", files: [("red.png", png)])
            // Announces far more than it sends, then stops sending (half-closes) and waits for the answer.
            let request = Self.head("/api/upload-video/nemo_agent/me/\(sid)", token: token, [
                "Content-Type: multipart/form-data; boundary=XYZ", "Content-Length: \(body.count + 100_000)",
            ]) + body.dropLast(20)
            // The server sees the connection end mid-body; whatever it could still send is not a 500.
            let response = try await RawHTTP.exchange(port: port, request, halfClose: true)
            #expect(RawHTTP.status(response) != 500, "\(response)")
            try await api.eventually("the half file is removed") { UploadTests.files(under: media).isEmpty }
        }
    }

    /// A body that delivers some bytes, then fails as NIO fails a connection closed before
    /// its `Content-Length` arrived.
    struct CutShortBody: AsyncSequence, Sendable {
        let first: ByteBuffer
        struct AsyncIterator: AsyncIteratorProtocol {
            var first: ByteBuffer?
            mutating func next() async throws -> ByteBuffer? {
                if let chunk = first { first = nil; return chunk }
                throw HTTPParserError.invalidEOFState
            }
        }
        func makeAsyncIterator() -> AsyncIterator { AsyncIterator(first: first) }
    }

    @Test func aBodyCutShortIsTheClientsFault400() async throws {
        let (server, media) = try UploadTests.server()
        let controller = UploadController<ReelRequestContext>(store: server.store, configuration: server.configuration, mediaRoot: media)
        let folder = media.appendingPathComponent("s1")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let bytes = Fixtures.multipart(boundary: "XYZ", files: [("red.png", try Fixtures.png())])
        let body = RequestBody(asyncSequence: CutShortBody(first: ByteBuffer(bytes: bytes.dropLast(30))))
        var pending: [UploadController<ReelRequestContext>.Pending] = []
        do {
            try await controller.receiveMultipart(body, boundary: "XYZ", into: folder, pending: &pending)
            Issue.record("a body cut short was accepted")
        } catch let error as APIError {
            #expect(error.status == .badRequest && error.code == 400)
            #expect(error.message.contains("ended before its announced length"), "\(error.message)")
        }
        // The caller (the upload handler) removes what was received; here it was one file.
        #expect(pending.count == 1)

        // A JSON body cut short says so too, instead of "larger than".
        let json = RequestBody(asyncSequence: CutShortBody(first: ByteBuffer(string: #"{"task_na"#)))
        do {
            _ = try await Request(head: .init(method: .post, scheme: nil, authority: nil, path: "/"), body: json).collectBody(limit: 1 << 20)
            Issue.record("a JSON body cut short was read")
        } catch let error as APIError {
            #expect(error.code == 400 && error.message.contains("ended before"), "\(error.message)")
        }
    }
}
