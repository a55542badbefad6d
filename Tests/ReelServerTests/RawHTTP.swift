import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Bytes a well-behaved client would never send, over a plain socket: the response as text
/// (head and body), read until the server closes or `timeout` passes. The blocking socket calls
/// run on a thread of their own: on Swift's cooperative pool (one thread per core) they would
/// starve the in-process server they are talking to.
enum RawHTTP {
    static func exchange(port: Int, _ request: [UInt8], halfClose: Bool = false, timeout: TimeInterval = 10) async throws -> String {
        try await withCheckedThrowingContinuation { continuation in
            Thread {
                continuation.resume(with: Result { try blockingExchange(port: port, request, halfClose: halfClose, timeout: timeout) })
            }.start()
        }
    }

    private static func blockingExchange(port: Int, _ request: [UInt8], halfClose: Bool, timeout: TimeInterval) throws -> String {
        let sock = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard sock >= 0 else { throw POSIXError(.EMFILE) }
        defer { close(sock) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        addr.sin_port = in_port_t(UInt16(port).bigEndian)
        let connected = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(sock, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }
        var tv = timeval(tv_sec: Int(timeout), tv_usec: 0)
        setsockopt(sock, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        let sent = request.withUnsafeBytes { send(sock, $0.baseAddress, request.count, Int32(MSG_NOSIGNAL)) }
        guard sent == request.count else { throw POSIXError(.EPIPE) }
        if halfClose { shutdown(sock, Int32(SHUT_WR)) }
        var response: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 16384)
        while true {
            let n = recv(sock, &buffer, buffer.count, 0)
            if n <= 0 { break }
            response += buffer[0..<n]
            // A complete answer with a length: stop reading (the server may keep the connection).
            if let text = String(bytes: response, encoding: .utf8), let end = text.range(of: "\r\n\r\n"),
               let lengthLine = text[..<end.lowerBound].split(separator: "\r\n").first(where: { $0.lowercased().hasPrefix("content-length:") }),
               let length = Int(lengthLine.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)),
               text.utf8.count - text[..<end.upperBound].utf8.count >= length {
                break
            }
        }
        return String(decoding: response, as: UTF8.self)
    }

    /// The status code of a response's first line (0 when there was none).
    static func status(_ response: String) -> Int {
        response.split(separator: " ", maxSplits: 2).dropFirst().first.flatMap { Int($0) } ?? 0
    }

    /// The JSON body of a response.
    static func body(_ response: String) -> String {
        response.range(of: "\r\n\r\n").map { String(response[$0.upperBound...]) } ?? ""
    }
}
