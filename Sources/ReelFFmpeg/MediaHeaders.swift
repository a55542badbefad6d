import Foundation

/// What a picture's first bytes say about it, read without decoding anything: its size in pixels
/// (PNG IHDR, JPEG SOFn, GIF screen, WebP VP8/VP8L/VP8X), so a decompression bomb (a 750 KB PNG
/// of 16000×16000 pixels needs ~1 GB to decode) is refused before ffprobe opens it.
enum ImageHeader {
    /// Width and height, or nil when the bytes are not a picture format Reel reads headers of.
    static func dimensions(ofFileAt path: String) -> (width: Int, height: Int)? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        // A JPEG's frame header may follow large EXIF/ICC segments.
        guard let data = try? handle.read(upToCount: 1 << 20) else { return nil }
        return dimensions([UInt8](data))
    }

    static func dimensions(_ b: [UInt8]) -> (width: Int, height: Int)? {
        func be16(_ i: Int) -> Int { Int(b[i]) << 8 | Int(b[i + 1]) }
        func be32(_ i: Int) -> Int { be16(i) << 16 | be16(i + 2) }
        func le16(_ i: Int) -> Int { Int(b[i]) | Int(b[i + 1]) << 8 }
        func le24(_ i: Int) -> Int { le16(i) | Int(b[i + 2]) << 16 }
        if b.count >= 24, b.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), b[12..<16].elementsEqual("IHDR".utf8) {
            return (be32(16), be32(20))
        }
        if b.count >= 10, b.starts(with: Array("GIF8".utf8)) {
            return (le16(6), le16(8))
        }
        if b.count >= 30, b.starts(with: Array("RIFF".utf8)), b[8..<12].elementsEqual("WEBP".utf8) {
            switch String(decoding: b[12..<16], as: UTF8.self) {
            case "VP8X": return (le24(24) + 1, le24(27) + 1)
            case "VP8L" where b.count >= 25:
                let bits = Int(b[21]) | Int(b[22]) << 8 | Int(b[23]) << 16 | Int(b[24]) << 24
                return ((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1)
            case "VP8 ": return (le16(26) & 0x3FFF, le16(28) & 0x3FFF)
            default: return nil
            }
        }
        if b.count >= 4, b[0] == 0xFF, b[1] == 0xD8 {
            var i = 2
            while i + 9 < b.count {
                guard b[i] == 0xFF else { return nil }
                let marker = b[i + 1]
                if marker == 0xFF { i += 1; continue }
                if marker == 0xD8 || (0xD0...0xD7).contains(marker) || marker == 0x01 { i += 2; continue }
                // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC).
                if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                    return (be16(i + 7), be16(i + 5))
                }
                if marker == 0xDA || marker == 0xD9 { return nil }
                i += 2 + be16(i + 2)
            }
        }
        return nil
    }
}

/// Whether a picture's file holds all of it: a PNG reaches its IEND chunk, a JPEG's last scan
/// reaches its EOI marker, a GIF its trailer, a WebP the length its RIFF header announces.
/// Files cut short (an upload of the first 30 % of a photo) otherwise probe as good pictures.
enum ImageCompleteness {
    /// nil when complete (or a format it does not know); else why it is not.
    static func problem(ofFileAt path: String, codec: String) -> String? {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else { return nil }
        return problem([UInt8](data), codec: codec)
    }

    static func problem(_ b: [UInt8], codec: String) -> String? {
        let cut = "the file is cut short: the picture's data ends before its end marker"
        switch codec {
        case "png":
            // IEND and its CRC end the file; allow a little trailing padding.
            let tail = b.suffix(1024)
            return Self.find(Array("IEND".utf8), in: Array(tail)) == nil ? cut : nil
        case "mjpeg":
            guard let sos = Self.findLast([0xFF, 0xDA], in: b) else { return cut }
            return Self.find([0xFF, 0xD9], in: Array(b[(sos + 2)...])) == nil ? cut : nil
        case "gif":
            // The trailer byte, maybe followed by padding zeros.
            let last = b.lastIndex { $0 != 0 }
            return last.map { b[$0] == 0x3B } == true ? nil : cut
        case "webp":
            guard b.count >= 12 else { return cut }
            let announced = Int(b[4]) | Int(b[5]) << 8 | Int(b[6]) << 16 | Int(b[7]) << 24
            return b.count < announced + 8 ? cut : nil
        default:
            return nil
        }
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count, let first = needle.first else { return nil }
        var i = 0
        while i <= haystack.count - needle.count {
            if haystack[i] == first, haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    static func findLast(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count, let first = needle.first else { return nil }
        var i = haystack.count - needle.count
        while i >= 0 {
            if haystack[i] == first, haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i -= 1
        }
        return nil
    }
}
