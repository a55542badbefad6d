import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One HTTP/1.1 request over a plain socket whose response is read line by line as it arrives:
/// for streams (server-sent events) a test reads part of, or hangs up on halfway. A thread of its
/// own does the blocking reads, so the test's tasks never block.
public final class HTTPStream: @unchecked Sendable {
    /// The response's lines as they arrive, without line ends: the status line, the header lines,
    /// an empty line, then the body's lines (a chunked body is un-chunked first). Ends when the
    /// server closes the connection or `close()` is called.
    public let lines: AsyncStream<String>
    private let fd: Int32
    private let output: AsyncStream<String>.Continuation
    /// Guards `open`: once the reading thread closed the descriptor, its number may be reused.
    private let lock = NSLock()
    private var open = true

    public init(port: Int, method: String = "POST", path: String, headers: [(String, String)] = [], body: Data = Data()) throws {
        let sock = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard sock >= 0 else { throw POSIXError(.EMFILE) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        addr.sin_port = in_port_t(UInt16(port).bigEndian)
        let connected = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(sock, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { Glibc.close(sock); throw POSIXError(.ECONNREFUSED) }
        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nContent-Length: \(body.count)\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        let request = Data((head + "\r\n").utf8) + body
        let sent = request.withUnsafeBytes { send(sock, $0.baseAddress, request.count, Int32(MSG_NOSIGNAL)) }
        guard sent == request.count else { Glibc.close(sock); throw POSIXError(.EPIPE) }
        fd = sock
        (lines, output) = AsyncStream.makeStream(of: String.self)
        Thread { [self] in read() }.start()
    }

    /// Hangs up (the reading thread then ends `lines`).
    public func close() {
        lock.withLock { if open { _ = shutdown(fd, Int32(SHUT_RDWR)) } }
    }

    private func read() {
        defer {
            output.finish()
            lock.withLock {
                open = false
                _ = Glibc.close(fd)
            }
        }
        var decoder = Decoder()
        var buffer = [UInt8](repeating: 0, count: 16384)
        while true {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n <= 0 { return }
            for line in decoder.feed(buffer[0..<n]) { output.yield(line) }
            if decoder.isDone { return }
        }
    }

    /// Bytes in, complete lines out: the head as it is, then the body, un-chunked if need be.
    struct Decoder {
        private var raw = Data()
        private var body = Data()
        private var inHead = true
        private var chunked = false
        private(set) var isDone = false

        mutating func feed(_ bytes: ArraySlice<UInt8>) -> [String] {
            raw.append(contentsOf: bytes)
            var lines: [String] = []
            if inHead {
                guard let end = raw.range(of: Data("\r\n\r\n".utf8)) else { return [] }
                let head = String(decoding: raw[..<end.lowerBound], as: UTF8.self)
                lines += head.components(separatedBy: "\r\n") + [""]
                chunked = head.lowercased().contains("transfer-encoding: chunked")
                raw = Data(raw[end.upperBound...])
                inHead = false
            }
            if chunked {
                while let lineEnd = raw.range(of: Data("\r\n".utf8)) {
                    let sizeText = String(decoding: raw[..<lineEnd.lowerBound], as: UTF8.self).split(separator: ";").first ?? ""
                    guard let size = Int(sizeText.trimmingCharacters(in: .whitespaces), radix: 16) else { isDone = true; break }
                    if size == 0 { isDone = true; break }
                    let start = lineEnd.upperBound
                    guard raw.count - (start - raw.startIndex) >= size + 2 else { break }
                    body.append(raw[start..<(start + size)])
                    raw = Data(raw[(start + size + 2)...])
                }
            } else {
                body.append(raw)
                raw.removeAll()
            }
            while let newline = body.firstIndex(of: UInt8(ascii: "\n")) {
                lines.append(String(decoding: body[..<newline], as: UTF8.self))
                body = Data(body[(newline + 1)...])
            }
            return lines
        }
    }
}
