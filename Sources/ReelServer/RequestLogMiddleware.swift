import Foundation
import Hummingbird
import Logging

/// One log line per request (method, path, status, milliseconds) and a request id on every line
/// logged through `context.logger` while it is handled; the id is sent back as `X-Request-Id`.
/// A sane incoming `X-Request-Id` (1–128 of letters, digits, `-`, `_`, `.`, `:`) is kept, so a
/// proxy's id follows the request. Only the path is logged: never the query (download links carry
/// signatures) nor any header (bearer tokens).
struct RequestLogMiddleware<Context: RequestContext>: RouterMiddleware {
    static var header: HTTPFields.Element.Name { HTTPFields.Element.Name("X-Request-Id")! }
    var level: Logger.Level = .info

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let id = request.headers[Self.header].flatMap { Self.isSane($0) ? $0 : nil } ?? Self.newID()
        var context = context
        context.logger[metadataKey: "request_id"] = .string(id)
        context.logger[metadataKey: "hb.request.id"] = nil
        let start = ContinuousClock.now
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as any HTTPResponseError {
            response = try error.response(from: request, context: context)
        } catch {
            log(request, status: 500, since: start, logger: context.logger)
            throw error
        }
        response.headers[Self.header] = id
        log(request, status: Int(response.status.code), since: start, logger: context.logger)
        return response
    }

    func log(_ request: Request, status: Int, since start: ContinuousClock.Instant, logger: Logger) {
        guard logger.logLevel <= level else { return }
        logger.log(level: level, "\(request.method) \(request.uri.path) \(status) \(Self.milliseconds(ContinuousClock.now - start)) ms")
    }

    /// Milliseconds with one decimal ("12.3"), without Foundation's slow `String(format:)`.
    static func milliseconds(_ elapsed: Duration) -> String {
        let tenths = elapsed.components.seconds * 10_000 + (elapsed.components.attoseconds + 50_000_000_000_000) / 100_000_000_000_000
        return "\(tenths / 10).\(tenths % 10)"
    }

    static func isSane(_ id: String) -> Bool {
        (1...128).contains(id.utf8.count) && id.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: ":"):
                true
            default:
                false
            }
        }
    }

    /// 16 random bytes as hex.
    static func newID() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<2).map { _ in String(generator.next() as UInt64, radix: 16).leftPadded(to: 16) }.joined()
    }
}

private extension String {
    func leftPadded(to length: Int) -> String { count >= length ? self : String(repeating: "0", count: length - count) + self }
}
