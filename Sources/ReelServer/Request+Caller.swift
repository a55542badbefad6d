import Foundation
import Hummingbird
import ReelStore

extension HTTPFields.Element.Name {
    static let clientID = Self("X-Client-Id")!
}

extension Request {
    /// The token after `Bearer ` in `Authorization`, if any.
    var bearerToken: String? {
        guard let value = headers[.authorization] else { return nil }
        let parts = value.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        let token = parts[1].trimmingCharacters(in: .whitespaces)
        return token.isEmpty ? nil : token
    }

    /// The bearer token as sent (not yet checked); 1001 if there is none.
    func requireBearerToken() throws -> String {
        guard let token = bearerToken else { throw APIError.badToken("missing bearer token; send Authorization: Bearer <token>") }
        return token
    }

    /// The caller named by the bearer token; 1001 if it is missing, unknown or expired.
    func caller(in store: any Store) async throws -> TokenRecord {
        guard let record = try await store.validToken(try requireBearerToken()) else { throw APIError.badToken() }
        return record
    }

    /// The caller and the session of a `…/:user/:sid` path. `me` is the only user a caller can
    /// name, and only its own sessions exist for it: anything else is 1002.
    func callerAndSession(_ context: some RequestContext, in store: any Store) async throws -> (caller: TokenRecord, session: String) {
        let caller = try await caller(in: store)
        let sid = try context.parameters.require("sid")
        guard context.parameters.get("user") == "me" else { throw APIError.sessionNotFound(sid) }
        try await store.requireSession(sid, token: caller.token)
        return (caller, sid)
    }

    /// The JSON body as `T`; 400 with the reason when it is not.
    func decodeJSON<T: Decodable>(_ type: T.Type, context: some RequestContext, limit: Int = 1 << 20) async throws -> T {
        try Self.decodeJSON(type, from: try await collectBody(limit: limit))
    }

    /// The whole body; 400 saying what happened when it is too large, broken or cut short.
    func collectBody(limit: Int) async throws -> ByteBuffer {
        do { return try await body.collect(upTo: limit) } catch {
            throw APIError.unreadableBody(error, limit: limit)
                ?? APIError.badRequest("the request body could not be read: \(error)")
        }
    }

    /// `bytes` as JSON `T`; 400 with the reason when it is not.
    static func decodeJSON<T: Decodable>(_ type: T.Type, from buffer: ByteBuffer) throws -> T {
        do {
            return try JSONDecoder().decode(T.self, from: Data(buffer.readableBytesView))
        } catch let DecodingError.keyNotFound(key, _) {
            throw APIError.badRequest("malformed request body: missing \"\(key.stringValue)\"")
        } catch let DecodingError.typeMismatch(_, ctx), let DecodingError.valueNotFound(_, ctx) {
            let path = ctx.codingPath.map(\.stringValue).joined(separator: ".")
            throw APIError.badRequest("malformed request body: wrong type at \"\(path)\"")
        } catch {
            throw APIError.badRequest("malformed request body: not valid JSON")
        }
    }
}
