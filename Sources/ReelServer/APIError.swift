import Foundation
import Hummingbird
import ReelStore

/// An API failure with its SPEC §3 code, a message a person can act on, and its HTTP status.
/// It writes its own envelope, so every error a client sees has the same shape.
public struct APIError: Error, Sendable, Equatable, HTTPResponseError {
    public var code: Int
    public var message: String
    public var status: HTTPResponse.Status
    /// Seconds, sent as `Retry-After` (rate limiting).
    public var retryAfter: Int?

    public init(code: Int, message: String, status: HTTPResponse.Status, retryAfter: Int? = nil) {
        self.code = code
        self.message = message
        self.status = status
        self.retryAfter = retryAfter
    }

    public static func badToken(_ message: String = "token missing, invalid or expired; get a new one from POST /api/auth/anonymous-token") -> APIError {
        APIError(code: 1001, message: message, status: .unauthorized)
    }

    public static func sessionNotFound(_ id: String) -> APIError {
        APIError(code: 1002, message: "session \(id) not found; create one with POST /api/tasks/me/with-session/nemo_agent", status: .notFound)
    }

    public static func noCredits(available: Int, needed: Int) -> APIError {
        APIError(code: 2001, message: "not enough credits: \(available) available, \(needed) needed", status: .init(code: 402, reasonPhrase: "Payment Required"))
    }

    public static func badRequest(_ message: String) -> APIError {
        APIError(code: 400, message: message, status: .badRequest)
    }

    /// 4001: not media Reel can use, judged by content (415).
    public static func unsupportedMedia(_ message: String) -> APIError {
        APIError(code: 4001, message: message, status: .unsupportedMediaType)
    }

    /// 4002: a file over the size limit (413).
    public static func mediaTooLarge(_ message: String) -> APIError {
        APIError(code: 4002, message: message, status: .contentTooLarge)
    }

    public static func rateLimited(retryAfter: Int) -> APIError {
        APIError(code: 429, message: "too many requests; retry in \(retryAfter) s", status: .tooManyRequests, retryAfter: retryAfter)
    }

    public static func notFound(_ path: String) -> APIError {
        APIError(code: 404, message: "no such endpoint: \(path)", status: .notFound)
    }

    /// 1003: no render job with this id for this token (another caller's job is as absent as a missing one).
    public static func renderNotFound(_ id: String) -> APIError {
        APIError(code: 1003, message: "render job \(id) not found; queue one with POST /api/render/proxy/lambda", status: .notFound)
    }

    /// 1004: a download link whose signature is wrong or whose time is up.
    public static func badDownloadLink(_ message: String) -> APIError {
        APIError(code: 1004, message: message, status: .forbidden)
    }

    /// 1005: the render job has no output to download (yet).
    public static func renderNotReady(_ id: String, status: String) -> APIError {
        APIError(code: 1005, message: "render job \(id) has no output: it is \(status); poll GET /api/render/proxy/lambda/\(id)", status: .conflict)
    }

    public static func internalError(_ message: String) -> APIError {
        APIError(code: 500, message: message, status: .internalServerError)
    }

    /// What a client is told of a store's error: the SPEC code it stands for.
    public init(_ error: StoreError) {
        switch error.code {
        case .badToken: self = .badToken()
        case .sessionNotFound: self = .sessionNotFound(error.id ?? "")
        case .noCredits: self = .noCredits(available: error.available ?? 0, needed: error.needed ?? 0)
        case .unreadable, .internal: self = .internalError(error.message)
        case .unavailable:
            self = APIError(code: 503, message: "the database is not answering; retry shortly", status: .serviceUnavailable, retryAfter: 2)
        case .invalid: self = .badRequest(error.message)
        }
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var response = try Envelope<EmptyData>(code: code, message: message, data: nil).response(from: request, context: context)
        response.status = status
        if let retryAfter { response.headers[.retryAfter] = String(retryAfter) }
        return response
    }
}

/// The `data` of an envelope that carries none.
public struct EmptyData: Codable, Sendable, Equatable {}
