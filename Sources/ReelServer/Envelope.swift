import Foundation
import Hummingbird

/// Every JSON response: `{"code": 0, "message": "...", "data": {...}}`.
public struct Envelope<Payload: Encodable & Sendable>: Encodable, Sendable, ResponseGenerator {
    public var code: Int
    public var message: String
    public var data: Payload?

    public init(code: Int = 0, message: String = "success", data: Payload?) {
        self.code = code
        self.message = message
        self.data = data
    }

    enum CodingKeys: String, CodingKey { case code, message, data }

    /// `data` is always present: `null` when there is none, so clients can read it blindly.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(code, forKey: .code)
        try c.encode(message, forKey: .message)
        if let data { try c.encode(data, forKey: .data) } else { try c.encodeNil(forKey: .data) }
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let body = try encoder.encode(self)
        return Response(
            status: .ok,
            headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: body))
        )
    }
}
