import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc
#endif

/// Fetches media by URL for an upload: http(s) only; loopback, private, link-local and cloud
/// metadata addresses are refused (after DNS resolution, and again on every redirect) unless
/// `allowPrivate`; the body streams to disk and stops at the size limit and the time limit.
///
/// The address check resolves the name itself and URLSession resolves it again, so a DNS server
/// that answers differently the second time (rebinding) is not fully ruled out.
struct URLImporter: Sendable {
    var sizeLimit: Int64
    var allowPrivate: Bool
    var timeout: TimeInterval
    static let maxRedirects = 5

    /// The display name of an imported URL: its last path component.
    static func displayName(_ string: String) -> String {
        mediaDisplayName(URL(string: string)?.lastPathComponent, index: 0)
    }

    /// Throws 400 unless `url` is http(s) with a host whose every address may be fetched.
    func check(_ url: URL) throws {
        guard let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https" else {
            throw APIError.badRequest("only http and https URLs can be imported: \(url.absoluteString)")
        }
        guard var host = url.host, !host.isEmpty else { throw APIError.badRequest("URL has no host: \(url.absoluteString)") }
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        let addresses = Self.resolve(host)
        guard !addresses.isEmpty else { throw APIError.badRequest("cannot resolve \(host)") }
        for address in addresses {
            if Self.isMetadata(address) || (!allowPrivate && Self.isPrivate(address)) {
                throw APIError.badRequest("refusing to import from \(host): it resolves to a loopback, private, link-local or metadata address")
            }
        }
    }

    /// Downloads `string` to `file`; 4002 past the size limit, 400 for anything else that goes wrong.
    func download(_ string: String, to file: URL) async throws {
        guard let url = URL(string: string) else { throw APIError.badRequest("not a URL: \(string)") }
        try check(url)
        guard FileManager.default.createFile(atPath: file.path, contents: nil) else {
            throw APIError.internalError("cannot write to the media folder")
        }
        let handle = try FileHandle(forWritingTo: file)
        defer { try? handle.close() }
        let delegate = DownloadDelegate(importer: self, handle: handle, name: Self.displayName(string))
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = min(30, timeout)
        configuration.timeoutIntervalForResource = timeout
        let session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
        defer { session.finishTasksAndInvalidate() }
        var request = URLRequest(url: url)
        request.timeoutInterval = timeout
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, Error>) in
            delegate.continuation = continuation
            session.dataTask(with: request).resume()
        }
    }

    // MARK: Addresses

    enum Address: Equatable {
        case v4([UInt8])
        case v6([UInt8])
    }

    static func resolve(_ host: String) -> [Address] {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var result: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, nil, &hints, &result) == 0, let first = result else { return [] }
        defer { freeaddrinfo(first) }
        var addresses: [Address] = []
        var cursor: UnsafeMutablePointer<addrinfo>? = first
        while let info = cursor {
            if let sa = info.pointee.ai_addr {
                if info.pointee.ai_family == AF_INET {
                    let a = sa.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { $0.pointee.sin_addr }
                    addresses.append(.v4(withUnsafeBytes(of: a) { Array($0) }))
                } else if info.pointee.ai_family == AF_INET6 {
                    let a = sa.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { $0.pointee.sin6_addr }
                    addresses.append(.v6(withUnsafeBytes(of: a) { Array($0) }))
                }
            }
            cursor = info.pointee.ai_next
        }
        return addresses
    }

    /// Cloud metadata endpoints, refused even when private addresses are allowed.
    static func isMetadata(_ address: Address) -> Bool {
        switch embeddedV4(address) {
        case .v4(let b): return b == [169, 254, 169, 254] || b == [100, 100, 100, 200]
        case .v6(let b): return b == [0xfd, 0x00, 0x0e, 0xc2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x02, 0x54]
        }
    }

    /// Loopback, unspecified, private, shared (CGNAT), link-local, multicast and reserved ranges.
    static func isPrivate(_ address: Address) -> Bool {
        switch embeddedV4(address) {
        case .v4(let b):
            return b[0] == 0 || b[0] == 10 || b[0] == 127 || b[0] >= 224
                || (b[0] == 100 && (b[1] & 0xC0) == 64)
                || (b[0] == 169 && b[1] == 254)
                || (b[0] == 172 && (b[1] & 0xF0) == 16)
                || (b[0] == 192 && b[1] == 168)
                || (b[0] == 192 && b[1] == 0 && b[2] == 0)
                || (b[0] == 198 && (b[1] & 0xFE) == 18)
        case .v6(let b):
            let zero = b.prefix(15).allSatisfy { $0 == 0 }
            return (zero && (b[15] == 0 || b[15] == 1))  // :: and ::1
                || (b[0] & 0xFE) == 0xFC                 // fc00::/7 unique local
                || (b[0] == 0xFE && (b[1] & 0xC0) == 0x80) // fe80::/10 link-local
                || (b[0] == 0xFE && (b[1] & 0xC0) == 0xC0) // fec0::/10 site-local
                || b[0] == 0xFF                          // multicast
        }
    }

    /// The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible or NAT64 IPv6 one.
    static func embeddedV4(_ address: Address) -> Address {
        guard case .v6(let b) = address else { return address }
        let tail = Array(b.suffix(4))
        if b.prefix(10).allSatisfy({ $0 == 0 }) && b[10] == 0xFF && b[11] == 0xFF { return .v4(tail) }
        if b.prefix(12).allSatisfy({ $0 == 0 }) && !(tail == [0, 0, 0, 0] || tail == [0, 0, 0, 1]) { return .v4(tail) }
        if b.prefix(12) == [0x00, 0x64, 0xFF, 0x9B, 0, 0, 0, 0, 0, 0, 0, 0] { return .v4(tail) }
        return address
    }
}

/// Streams a download to a file, refusing redirects to addresses the importer refuses, and
/// stopping at the size limit.
private final class DownloadDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    let importer: URLImporter
    let handle: FileHandle
    let name: String
    private let lock = NSLock()
    private var written: Int64 = 0
    private var redirects = 0
    private var failure: APIError?
    var continuation: CheckedContinuation<Void, Error>?

    init(importer: URLImporter, handle: FileHandle, name: String) {
        self.importer = importer
        self.handle = handle
        self.name = name
    }

    private func fail(_ error: APIError) {
        lock.withLock { if failure == nil { failure = error } }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        let count = lock.withLock { redirects += 1; return redirects }
        guard count <= URLImporter.maxRedirects else {
            fail(.badRequest("too many redirects importing \(name)"))
            completionHandler(nil)
            return
        }
        guard let url = request.url else { fail(.badRequest("bad redirect importing \(name)")); completionHandler(nil); return }
        do {
            try importer.check(url)
            completionHandler(request)
        } catch let error as APIError {
            fail(APIError.badRequest("refused a redirect importing \(name): \(error.message)"))
            completionHandler(nil)
        } catch {
            fail(.badRequest("bad redirect importing \(name)"))
            completionHandler(nil)
        }
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
        if let http = response as? HTTPURLResponse, !(200..<300).contains(http.statusCode) {
            fail(.badRequest("could not import \(name): the server answered HTTP \(http.statusCode)"))
            completionHandler(.cancel)
            return
        }
        if response.expectedContentLength > importer.sizeLimit {
            fail(tooLarge())
            completionHandler(.cancel)
            return
        }
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let over = lock.withLock { () -> Bool in
            written += Int64(data.count)
            return written > importer.sizeLimit
        }
        if over {
            fail(tooLarge())
            dataTask.cancel()
            return
        }
        do { try handle.write(contentsOf: data) } catch {
            fail(.internalError("cannot write \(name): \(error.localizedDescription)"))
            dataTask.cancel()
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        let (failure, continuation) = lock.withLock { () -> (APIError?, CheckedContinuation<Void, Error>?) in
            defer { self.continuation = nil }
            return (self.failure, self.continuation)
        }
        if let failure {
            continuation?.resume(throwing: failure)
        } else if let error {
            continuation?.resume(throwing: APIError.badRequest("could not import \(name): \(error.localizedDescription)"))
        } else if let http = task.response as? HTTPURLResponse, !(200..<300).contains(http.statusCode) {
            continuation?.resume(throwing: APIError.badRequest("could not import \(name): the server answered HTTP \(http.statusCode)"))
        } else {
            continuation?.resume()
        }
    }

    private func tooLarge() -> APIError {
        .mediaTooLarge("\(name) is over the upload limit of \(importer.sizeLimit / 1_000_000) MB. Trim or compress it first.")
    }
}
