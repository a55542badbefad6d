// libFuzzer target: the multipart parser (`Sources/ReelServer/MultipartStream.swift`), fed the
// bytes in pieces whose sizes come from the input, as a network would deliver them.
// Properties: never traps; body bytes out never exceed bytes in; nothing is emitted after `.end`.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMultipart(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let first = bytes.first else { return 0 }
    // The first byte picks the piece size (1…256), the boundary comes from the Content-Type.
    let piece = Int(first) + 1
    let input = Array(bytes.dropFirst())
    for header in ["multipart/form-data; boundary=XYZ", "multipart/form-data; boundary=\"a b\"", String(decoding: input.prefix(80), as: UTF8.self)] {
        guard let boundary = MultipartParser.boundary(contentType: header) else { continue }
        var parser = MultipartParser(boundary: boundary)
        var bodyBytes = 0
        var ended = false
        var offset = 0
        do {
            while offset < input.count {
                let chunk = input[offset..<min(input.count, offset + piece)]
                offset += chunk.count
                for event in try parser.feed(chunk) {
                    precondition(!ended, "event after the end")
                    switch event {
                    case .body(let b): bodyBytes += b.count
                    case .part(let headers):
                        _ = MultipartParser.disposition(headers["content-disposition"] ?? "")
                    case .end: ended = true
                    }
                }
                if parser.isFinished { break }
            }
        } catch {}
        precondition(bodyBytes <= input.count, "more body out than bytes in")
    }
    _ = MultipartParser.disposition(String(decoding: input, as: UTF8.self))
    return 0
}
