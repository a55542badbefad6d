import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A tiny HTTP server on 127.0.0.1 that answers every request with one canned response (after
/// an optional delay) and records the request bodies: the stand-in for a chat-completions API.
final class StandIn: @unchecked Sendable {
    let port: UInt16
    private let fd: Int32
    private let lock = NSLock()
    private var bodies: [String] = []
    var status = 200
    var reply = ""
    var delay: TimeInterval = 0

    var requests: [String] { lock.withLock { bodies } }
    var baseURL: URL { URL(string: "http://127.0.0.1:\(port)/v1")! }

    init() throws {
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

    /// A chat completion whose message content is `content`.
    func answer(_ content: String) {
        let completion: [String: Any] = ["choices": [["message": ["role": "assistant", "content": content]]]]
        reply = String(decoding: try! JSONSerialization.data(withJSONObject: completion), as: UTF8.self)
    }

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
        while true {
            let n = read(client, &buffer, buffer.count)
            if n <= 0 { return }
            data.append(contentsOf: buffer[0..<n])
            guard let headerEnd = data.range(of: Data("\r\n\r\n".utf8)) else { continue }
            let head = String(decoding: data[..<headerEnd.lowerBound], as: UTF8.self).lowercased()
            let length = head.split(separator: "\r\n").first { $0.hasPrefix("content-length:") }
                .flatMap { Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
            if data.count - headerEnd.upperBound >= length {
                lock.withLock { bodies.append(String(decoding: data[headerEnd.upperBound...], as: UTF8.self)) }
                break
            }
        }
        if delay > 0 { Thread.sleep(forTimeInterval: delay) }
        let body = Data(reply.utf8)
        let head = "HTTP/1.1 \(status) OK\r\nContent-Type: application/json\r\nContent-Length: \(body.count)\r\nConnection: close\r\n\r\n"
        let out = Data(head.utf8) + body
        _ = out.withUnsafeBytes { write(client, $0.baseAddress, out.count) }
    }
}
