import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A tiny HTTP/1.1 server on 127.0.0.1 for tests: each request (head and body) is recorded and
/// answered by the handler, on a thread of its own. Stand-ins for a model API or a file host.
public final class LoopbackServer: @unchecked Sendable {
    public struct Request: Sendable {
        public var head: String
        public var body: Data
    }

    public struct Response: Sendable {
        public var status: Int
        public var headers: [(String, String)]
        public var body: Data
        /// Seconds to wait before answering.
        public var delay: TimeInterval
        /// Whether a `Content-Length` is sent; without one the body ends when the connection closes.
        public var announcesLength: Bool

        public init(status: Int = 200, headers: [(String, String)] = [("Content-Type", "application/json")], body: Data = Data(),
                    delay: TimeInterval = 0, announcesLength: Bool = true) {
            self.status = status
            self.headers = headers
            self.body = body
            self.delay = delay
            self.announcesLength = announcesLength
        }
    }

    public let port: UInt16
    private let fd: Int32
    private let handler: @Sendable (Request) -> Response
    private let lock = NSLock()
    private var received: [Request] = []

    public var requests: [Request] { lock.withLock { received } }

    public init(handler: @escaping @Sendable (Request) -> Response) throws {
        self.handler = handler
        let sock = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var yes: Int32 = 1
        setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        addr.sin_port = 0
        let bound = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(sock, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        guard bound == 0, listen(sock, 16) == 0 else { close(sock); throw POSIXError(.EADDRINUSE) }
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(sock, $0, &len) } }
        port = UInt16(bigEndian: addr.sin_port)
        fd = sock
        Thread { [self] in serve() }.start()
    }

    deinit { shutdown(fd, Int32(SHUT_RDWR)); close(fd) }

    private func serve() {
        while true {
            let client = accept(fd, nil, nil)
            if client < 0 { return }
            Thread { [self] in handle(client) }.start()
        }
    }

    private func handle(_ client: Int32) {
        defer { close(client) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        var request: Request?
        while request == nil {
            let n = read(client, &buffer, buffer.count)
            if n <= 0 { return }
            data.append(contentsOf: buffer[0..<n])
            guard let headerEnd = data.range(of: Data("\r\n\r\n".utf8)) else { continue }
            let head = String(decoding: data[..<headerEnd.lowerBound], as: UTF8.self)
            let length = head.lowercased().split(separator: "\r\n").first { $0.hasPrefix("content-length:") }
                .flatMap { Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
            if data.count - headerEnd.upperBound >= length {
                request = Request(head: head, body: Data(data[headerEnd.upperBound...]))
            }
        }
        guard let request else { return }
        lock.withLock { received.append(request) }
        let response = handler(request)
        if response.delay > 0 { Thread.sleep(forTimeInterval: response.delay) }
        var head = "HTTP/1.1 \(response.status) \(response.status < 400 ? "OK" : "Error")\r\n"
        for (name, value) in response.headers { head += "\(name): \(value)\r\n" }
        if response.announcesLength { head += "Content-Length: \(response.body.count)\r\n" }
        head += "Connection: close\r\n\r\n"
        let out = Data(head.utf8) + response.body
        // A client may hang up before reading it all (a size limit): no SIGPIPE for that.
        #if os(Linux)
        _ = out.withUnsafeBytes { send(client, $0.baseAddress, out.count, Int32(MSG_NOSIGNAL)) }
        #else
        _ = out.withUnsafeBytes { write(client, $0.baseAddress, out.count) }
        #endif
    }
}
