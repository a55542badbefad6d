import Foundation

/// An incremental `multipart/form-data` parser: bytes go in as they arrive, events come out, and
/// no more than one delimiter's length of a part's body is ever held back, so a large upload
/// streams straight to disk.
struct MultipartParser {
    enum Event: Equatable {
        /// A new part, with its headers (names lowercased).
        case part(headers: [String: String])
        case body([UInt8])
        case end
    }

    enum Failure: Error, Equatable {
        case malformed(String)
    }

    private enum Phase { case preamble, headers, body, epilogue }

    /// `--boundary`, and `\r\n--boundary` inside parts.
    private let dashBoundary: [UInt8]
    private let delimiter: [UInt8]
    private var buffer: [UInt8] = []
    private var phase = Phase.preamble
    static let maxHeaderBytes = 16 * 1024

    init(boundary: String) {
        dashBoundary = Array("--\(boundary)".utf8)
        delimiter = Array("\r\n--\(boundary)".utf8)
    }

    /// The boundary named by a `Content-Type: multipart/form-data; boundary=…` header.
    static func boundary(contentType: String) -> String? {
        let parts = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.first?.lowercased() == "multipart/form-data" else { return nil }
        for p in parts.dropFirst() {
            let kv = p.split(separator: "=", maxSplits: 1)
            guard kv.count == 2, kv[0].trimmingCharacters(in: .whitespaces).lowercased() == "boundary" else { continue }
            var value = kv[1].trimmingCharacters(in: .whitespaces)
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            return value.isEmpty || value.utf8.count > 70 ? nil : value
        }
        return nil
    }

    var isFinished: Bool { phase == .epilogue }

    mutating func feed(_ bytes: some Collection<UInt8>) throws -> [Event] {
        buffer.append(contentsOf: bytes)
        var events: [Event] = []
        while true {
            switch phase {
            case .preamble:
                // The first boundary may open the body directly, without a CRLF in front.
                guard let at = Self.find(dashBoundary, in: buffer, from: 0) else {
                    if buffer.count > Self.maxHeaderBytes { throw Failure.malformed("no multipart boundary found") }
                    return events
                }
                guard buffer.count >= at + dashBoundary.count + 2 else { return events }
                if passBoundary(endingAt: at + dashBoundary.count, &events) { return events }
            case .headers:
                // What follows a boundary: optional whitespace, CRLF, then header lines to an empty line.
                guard let end = Self.find(Array("\r\n\r\n".utf8), in: buffer, from: 0) else {
                    if buffer.count > Self.maxHeaderBytes { throw Failure.malformed("part headers are too long") }
                    return events
                }
                let text = String(decoding: buffer[0..<end], as: UTF8.self)
                var headers: [String: String] = [:]
                for line in text.components(separatedBy: "\r\n").dropFirst() where !line.isEmpty {
                    guard let colon = line.firstIndex(of: ":") else { throw Failure.malformed("bad part header line") }
                    headers[line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()] =
                        line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                }
                buffer.removeFirst(end + 4)
                phase = .body
                events.append(.part(headers: headers))
            case .body:
                if let at = Self.find(delimiter, in: buffer, from: 0) {
                    guard buffer.count >= at + delimiter.count + 2 else {
                        if at > 0 { events.append(.body(Array(buffer[0..<at]))); buffer.removeFirst(at) }
                        return events
                    }
                    if at > 0 { events.append(.body(Array(buffer[0..<at]))) }
                    if passBoundary(endingAt: at + delimiter.count, &events) { return events }
                } else {
                    // Everything but a possible partial delimiter at the end is body.
                    let keep = min(buffer.count, delimiter.count - 1)
                    let emit = buffer.count - keep
                    if emit > 0 {
                        events.append(.body(Array(buffer[0..<emit])))
                        buffer.removeFirst(emit)
                    }
                    return events
                }
            case .epilogue:
                buffer = []
                return events
            }
        }
    }

    /// Steps over a boundary whose bytes end at `after` (two more bytes are in the buffer): `--`
    /// closes the body (true), anything else starts the next part's headers.
    private mutating func passBoundary(endingAt after: Int, _ events: inout [Event]) -> Bool {
        if buffer[after] == UInt8(ascii: "-"), buffer[after + 1] == UInt8(ascii: "-") {
            phase = .epilogue
            buffer = []
            events.append(.end)
            return true
        }
        buffer.removeFirst(after)
        phase = .headers
        return false
    }

    /// The first index of `needle` in `haystack` at or after `start`.
    static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        let n = needle.count
        guard n > 0, haystack.count - start >= n else { return nil }
        return haystack.withUnsafeBufferPointer { h in
            needle.withUnsafeBufferPointer { nd in
                let first = nd[0]
                var i = start
                let last = h.count - n
                while i <= last {
                    if h[i] == first {
                        var j = 1
                        while j < n, h[i + j] == nd[j] { j += 1 }
                        if j == n { return i }
                    }
                    i += 1
                }
                return nil
            }
        }
    }

    /// The `name` and `filename` parameters of a `Content-Disposition: form-data; …` header;
    /// quoted values may hold `;` and backslash-escaped quotes.
    static func disposition(_ value: String) -> (name: String?, filename: String?) {
        var params: [String: String] = [:]
        let chars = Array(value)
        var i = chars.firstIndex(of: ";").map { $0 + 1 } ?? chars.count
        while i < chars.count {
            while i < chars.count, chars[i] == " " || chars[i] == ";" || chars[i] == "\t" { i += 1 }
            var key = ""
            while i < chars.count, chars[i] != "=", chars[i] != ";" { key.append(chars[i]); i += 1 }
            guard i < chars.count, chars[i] == "=" else { continue }
            i += 1
            var val = ""
            if i < chars.count, chars[i] == "\"" {
                i += 1
                while i < chars.count, chars[i] != "\"" {
                    if chars[i] == "\\", i + 1 < chars.count { i += 1 }
                    val.append(chars[i])
                    i += 1
                }
                i += 1
            } else {
                while i < chars.count, chars[i] != ";" { val.append(chars[i]); i += 1 }
            }
            params[key.trimmingCharacters(in: .whitespaces).lowercased()] = val.trimmingCharacters(in: .whitespaces)
        }
        var filename = params["filename"]
        if let star = params["filename*"], let quote = star.range(of: "''") {
            filename = String(star[quote.upperBound...]).removingPercentEncoding ?? filename
        }
        return (params["name"], filename)
    }
}
