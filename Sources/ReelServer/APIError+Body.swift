import Hummingbird
import NIOCore
import NIOHTTP1

extension APIError {
    /// What went wrong reading a request body, as a 400 that says so: a body over `limit`, a
    /// broken chunked encoding, a connection that closed before the announced length arrived.
    /// nil for errors that are not about the body's bytes (disk full, cancellation): those keep
    /// their own meaning.
    static func unreadableBody(_ error: any Error, limit: Int? = nil) -> APIError? {
        switch error {
        case is NIOTooManyBytesError:
            return badRequest(limit.map { "request body is larger than \($0) bytes" } ?? "request body is too large")
        case let parser as HTTPParserError:
            switch parser {
            case .invalidEOFState:
                return badRequest("the request body ended before its announced length: the connection closed early")
            case .invalidChunkSize, .invalidConstant, .lfExpected, .trailingGarbage:
                return badRequest("the request body's chunked encoding is broken (\(parser.debugDescription))")
            default:
                return badRequest("the request is malformed: \(parser.debugDescription)")
            }
        case let channel as ChannelError where channel == .eof || channel == .ioOnClosedChannel || channel == .inputClosed:
            return badRequest("the request body ended before its announced length: the connection closed early")
        default:
            return nil
        }
    }
}
