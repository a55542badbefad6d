import Foundation
import Hummingbird
import ReelStore

/// `POST /api/auth/anonymous-token`: a token with starting credits for a client id.
struct AuthController<Context: RequestContext> {
    let store: any Store
    let configuration: ServerConfiguration
    /// Counts token requests per client address: a client id is free to change, its address is not.
    let issuance: RateLimiter

    struct TokenData: Codable, Sendable {
        var token: String
        var credits: Int
        var expires_at: String
        var expires_in: Int
    }

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.post("anonymous-token", use: anonymousToken)
        return routes
    }

    @Sendable func anonymousToken(_ request: Request, context: Context) async throws -> Envelope<TokenData> {
        guard let clientID = request.headers[.clientID]?.trimmingCharacters(in: .whitespaces), !clientID.isEmpty else {
            throw APIError.badRequest("missing X-Client-Id header; send a UUID that identifies this client")
        }
        guard clientID.count <= 128 else { throw APIError.badRequest("X-Client-Id is longer than 128 characters") }
        let address = (context as? any RemoteAddressRequestContext)?.remoteAddress?.ipAddress ?? "unknown"
        if let wait = issuance.admit("address:" + address) { throw APIError.rateLimited(retryAfter: wait) }
        let record = try await store.anonymousToken(clientID: clientID, credits: configuration.startingCredits,
                                              lifetime: configuration.tokenLifetime)
        let data = TokenData(token: record.token, credits: record.available,
                             expires_at: ISO8601DateFormatter().string(from: record.expires),
                             expires_in: max(0, Int(record.expires.timeIntervalSince(configuration.now()))))
        return Envelope(data: data)
    }
}
