import Hummingbird

/// `GET /openapi.json`: the OpenAPI 3.1 document of this API, byte for byte `openapi/reel.json`.
struct OpenAPIController<Context: RequestContext> {
    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get(use: document)
        return routes
    }

    @Sendable func document(_ request: Request, context: Context) async throws -> Response {
        Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-cache"],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: OpenAPIDocument.json)))
    }
}
