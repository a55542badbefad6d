import NIOCore
import ReelTimeline

/// A JSON body's shape, measured in one pass over its bytes before anything is decoded: the
/// longest list, how many values it holds, how deep it nests. Decoding a junk draft of millions
/// of entries costs seconds and hundreds of MB; measuring it costs a few milliseconds, so an
/// export whose body could not be a draft within the server's limits is refused up front.
struct BodyShape: Equatable {
    var longestList = 0
    var values = 0
    var depth = 0

    init(_ buffer: ByteBuffer) {
        var longest = 0, values = 0, depth = 0
        buffer.withUnsafeReadableBytes { bytes in
            var inString = false, escaped = false
            // The open container: its entries so far (-1 for an object) and whether a value
            // follows the last comma; enclosing ones wait on a stack.
            var count = -1, saw = false
            var stack: [(Int, Bool)] = []
            for byte in bytes {
                if inString {
                    if escaped { escaped = false } else if byte == 0x5C { escaped = true } else if byte == 0x22 { inString = false }
                    continue
                }
                switch byte {
                case 0x2C: // ,
                    values &+= 1
                    if count >= 0 { count &+= 1 }
                case 0x20, 0x0A, 0x0D, 0x09, 0x3A: // whitespace, :
                    break
                case 0x5B, 0x7B: // [ {
                    stack.append((count, true))
                    count = byte == 0x5B ? 0 : -1
                    saw = false
                    depth = max(depth, stack.count)
                case 0x5D, 0x7D: // ] }
                    if count >= 0 { longest = max(longest, count + (saw ? 1 : 0)) }
                    if saw { values &+= 1 }
                    guard let outer = stack.popLast() else { continue }
                    (count, saw) = outer
                case 0x22: // "
                    inString = true
                    saw = true
                default:
                    saw = true
                }
            }
        }
        self.longestList = longest
        self.values = values
        self.depth = depth
    }

    /// How deep a draft body may nest (a draft nests about 8 deep).
    static let maxDepth = 64

    /// 400 when no draft within `limits` could have this shape.
    func check(_ limits: DraftLimits) throws {
        if depth > Self.maxDepth {
            throw APIError.badRequest("the request body nests \(depth) levels deep; a draft nests at most \(Self.maxDepth)")
        }
        if longestList > limits.maxSegments {
            throw APIError.badRequest("a list in the request body has \(longestList) entries; this server renders at most \(limits.maxSegments) segments")
        }
        // A segment is a dozen values at most; anything far beyond is not a draft.
        let maxValues = 1000 + limits.maxSegments * 100
        if values > maxValues {
            throw APIError.badRequest("the request body holds \(values) values; a draft of at most \(limits.maxSegments) segments holds far fewer")
        }
    }
}
