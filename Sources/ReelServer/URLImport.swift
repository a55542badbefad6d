import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
#if canImport(Glibc)
import Glibc
#endif

/// Fetches media by URL for an upload: http(s) only; loopback, private, link-local and cloud
/// metadata addresses are refused unless `allowPrivate` (metadata ones always); the body streams
/// to disk and stops at the size limit and the time limit.
///
/// Every hop (the URL, then each redirect, which the importer follows itself) resolves its host
/// once, checks every address, and connects to exactly the first one: the HTTP client is pinned
/// to it and never looks the name up again, so a DNS server that answers differently the second
/// time (rebinding) cannot steer a connection to an address that was not checked.
struct URLImporter: Sendable {
    var sizeLimit: Int64
    var allowPrivate: Bool
    var timeout: TimeInterval
    /// Looks a host name up: `getaddrinfo`, unless a test stands in for DNS.
    var resolve: @Sendable (String) -> [Address] = { URLImporter.systemResolve($0) }
    static let maxRedirects = 5

    /// The display name of an imported URL: its last path component.
    static func displayName(_ string: String) -> String {
        mediaDisplayName(URL(string: string)?.lastPathComponent, index: 0)
    }

    /// A checked host and the address a connection to it uses.
    struct Pin: Sendable, Equatable {
        /// The URL's host as the HTTP client reads it (an IPv6 literal without its brackets).
        var host: String
        var address: Address
        /// The host's other addresses, checked as well: an import that cannot connect to
        /// `address` tries these in turn (an IPv6 address first on a machine without IPv6, say).
        var others: [Address] = []

        /// The pins to try, in the order the lookup gave the addresses (at most four).
        var candidates: [Pin] {
            ([address] + others).prefix(4).map { Pin(host: host, address: $0) }
        }
    }

    /// Where a fetch of `url` connects: 400 unless `url` is http(s) with a host whose every
    /// address may be fetched. The host is looked up here, once (an IP literal is not looked up).
    @discardableResult
    func check(_ url: URL) throws -> Pin {
        guard let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https" else {
            throw APIError.badRequest("only http and https URLs can be imported: \(url.absoluteString)")
        }
        guard var host = url.host, !host.isEmpty else { throw APIError.badRequest("URL has no host: \(url.absoluteString)") }
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        let addresses = Address(literal: host).map { [$0] } ?? resolve(host)
        guard let first = addresses.first else { throw APIError.badRequest("cannot resolve \(host)") }
        for address in addresses {
            if Self.isMetadata(address) || (!allowPrivate && Self.isPrivate(address)) {
                throw APIError.badRequest("refusing to import from \(host): it resolves to a loopback, private, link-local or metadata address")
            }
        }
        return Pin(host: host, address: first, others: Array(addresses.dropFirst()))
    }

    /// Downloads `string` to `file`; 4002 past the size limit, 400 for anything else that goes wrong.
    /// `file` is created once a hop answers 2xx.
    func download(_ string: String, to file: URL) async throws {
        let name = Self.displayName(string)
        let importer = self
        try await Self.withTimeLimit(timeout, else: tooSlow(name)) {
            try await importer.follow(string, to: file, name: name)
        }
    }

    private func tooSlow(_ name: String) -> APIError {
        .badRequest("could not import \(name): it took longer than \(String(format: "%g", timeout)) s")
    }

    /// Fetches `string`, and the redirects it leads to, each checked and pinned on its own.
    private func follow(_ string: String, to file: URL, name: String) async throws {
        var current = string
        var redirects = 0
        while true {
            let pin: Pin
            if redirects == 0 {
                guard let url = URL(string: current) else { throw APIError.badRequest("not a URL: \(string)") }
                pin = try check(url)
            } else {
                guard let url = URL(string: current) else { throw APIError.badRequest("bad redirect importing \(name)") }
                do { pin = try check(url) } catch let error as APIError {
                    throw APIError.badRequest("refused a redirect importing \(name): \(error.message)")
                }
            }
            guard let next = try await fetchTryingEachAddress(current, pin: pin, to: file, name: name) else { return }
            redirects += 1
            guard redirects <= Self.maxRedirects else { throw APIError.badRequest("too many redirects importing \(name)") }
            current = next
        }
    }

    /// A hop that could not reach its server at one address (nothing was received from it).
    private struct Unreachable: Error {
        var underlying: any Error
    }

    /// One hop, at the first of the host's checked addresses that answers.
    private func fetchTryingEachAddress(_ string: String, pin: Pin, to file: URL, name: String) async throws -> String? {
        var failure: (any Error)?
        for candidate in pin.candidates {
            do { return try await fetch(string, pin: candidate, to: file, name: name) } catch let error as Unreachable {
                failure = error.underlying
            }
        }
        throw APIError.badRequest("could not import \(name): \(failure.map { "\($0)" } ?? "no address answered")")
    }

    /// One hop: the absolute URL it redirects to, or nil once its body is in `file`.
    private func fetch(_ string: String, pin: Pin, to file: URL, name: String) async throws -> String? {
        var request = HTTPClientRequest(url: string)
        request.headers.add(name: "User-Agent", value: "reel")
        let limit = sizeLimit
        let tooLarge = APIError.mediaTooLarge("\(name) is over the upload limit of \(limit / 1_000_000) MB. Trim or compress it first.")
        return try await Self.withPinnedClient(pin, timeout: timeout) { client in
            do {
                let response: HTTPClientResponse
                do { response = try await client.execute(request, timeout: Self.timeAmount(timeout)) } catch let error as HTTPClientError where error == .deadlineExceeded {
                    throw error
                } catch {
                    throw Unreachable(underlying: error)
                }
                let status = Int(response.status.code)
                if [301, 302, 303, 307, 308].contains(status), let location = response.headers.first(name: "Location") {
                    guard let next = URL(string: location, relativeTo: URL(string: string))?.absoluteURL else {
                        throw APIError.badRequest("bad redirect importing \(name)")
                    }
                    return next.absoluteString
                }
                guard (200..<300).contains(status) else {
                    throw APIError.badRequest("could not import \(name): the server answered HTTP \(status)")
                }
                if let length = response.headers.first(name: "Content-Length").flatMap({ Int64($0) }), length > limit {
                    throw tooLarge
                }
                guard FileManager.default.createFile(atPath: file.path, contents: nil),
                      let handle = try? FileHandle(forWritingTo: file) else {
                    throw APIError.internalError("cannot write to the media folder")
                }
                defer { try? handle.close() }
                var written: Int64 = 0
                for try await chunk in response.body {
                    written += Int64(chunk.readableBytes)
                    if written > limit { throw tooLarge }
                    do {
                        try chunk.withUnsafeReadableBytes { try handle.write(contentsOf: $0) }
                    } catch {
                        throw APIError.internalError("cannot write \(name): \(error.localizedDescription)")
                    }
                }
                try Task.checkCancellation()
                return nil
            } catch let error as APIError {
                throw error
            } catch let error as Unreachable {
                throw error
            } catch let error as HTTPClientError where error == .deadlineExceeded {
                throw tooSlow(name)
            } catch {
                throw APIError.badRequest("could not import \(name): \(error)")
            }
        }
    }

    // MARK: Pinned connections

    /// Runs `body` with an HTTP client that connects `pin.host` to `pin.address` and nowhere else
    /// (it never looks the name up: TLS still names and verifies `pin.host`), makes one connection
    /// attempt, follows no redirect, and is shut down afterwards whatever happens.
    static func withPinnedClient<T>(_ pin: Pin, timeout: TimeInterval,
                                    _ body: (HTTPClient) async throws -> T) async throws -> T {
        let idle = timeAmount(min(30, timeout))
        var configuration = HTTPClient.Configuration(redirectConfiguration: .disallow,
                                                     timeout: .init(connect: idle, read: idle))
        configuration.dnsOverride = [pin.host: pin.address.literal]
        configuration.connectionPool.retryConnectionEstablishment = false
        let client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
        let result: T
        do {
            result = try await body(client)
        } catch {
            try? await client.shutdown()
            throw error
        }
        try await client.shutdown()
        return result
    }

    static func timeAmount(_ seconds: TimeInterval) -> TimeAmount {
        .milliseconds(Int64(max(0, seconds) * 1000))
    }

    /// `body`'s result, or `failure` once `seconds` have passed (`body` is then cancelled).
    static func withTimeLimit<T: Sendable>(_ seconds: TimeInterval, else failure: APIError,
                                           _ body: @escaping @Sendable () async throws -> T) async throws -> T {
        try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { try await body() }
            group.addTask {
                try await Task.sleep(for: .milliseconds(Int64(max(0, seconds) * 1000)))
                return nil
            }
            defer { group.cancelAll() }
            guard case let value?? = try await group.next() else { throw failure }
            return value
        }
    }

    // MARK: Addresses

    enum Address: Sendable, Equatable {
        case v4([UInt8])
        case v6([UInt8])

        /// An IPv4 or IPv6 address written out (IPv6 without brackets); nil for anything else.
        init?(literal: String) {
            var v4 = in_addr()
            var v6 = in6_addr()
            if inet_pton(AF_INET, literal, &v4) == 1 {
                self = .v4(withUnsafeBytes(of: v4) { Array($0) })
            } else if inet_pton(AF_INET6, literal, &v6) == 1 {
                self = .v6(withUnsafeBytes(of: v6) { Array($0) })
            } else {
                return nil
            }
        }

        /// The address written out, IPv6 without brackets: the form the HTTP client's `dnsOverride` takes.
        var literal: String {
            var text = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
            switch self {
            case .v4(let bytes):
                var a = in_addr()
                withUnsafeMutableBytes(of: &a) { $0.copyBytes(from: bytes.prefix(4)) }
                inet_ntop(AF_INET, &a, &text, socklen_t(text.count))
            case .v6(let bytes):
                var a = in6_addr()
                withUnsafeMutableBytes(of: &a) { $0.copyBytes(from: bytes.prefix(16)) }
                inet_ntop(AF_INET6, &a, &text, socklen_t(text.count))
            }
            return String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
    }

    /// The system's lookup (`getaddrinfo`).
    static func systemResolve(_ host: String) -> [Address] {
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
