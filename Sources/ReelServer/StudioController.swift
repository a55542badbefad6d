import Foundation
import Hummingbird
import ReelStudio

/// The web studio (SPEC §4): `GET /` is the page, `GET /studio/{version}/{file}` its scripts and
/// styles. The page names its files under the assets' version (a hash of all of them), so they
/// are cached for good (`immutable`); the page itself is revalidated on every visit (`no-cache`
/// with an ETag, answered 304 while nothing changed).
struct StudioController<Context: RequestContext> {
    /// `index.html` with its `__VERSION__` placeholders filled in, once.
    static var page: Data {
        let raw = StudioAssets.asset("index.html").map { String(decoding: $0.bytes, as: UTF8.self) } ?? "<!doctype html><title>Reel</title>"
        return Data(raw.replacingOccurrences(of: "__VERSION__", with: StudioAssets.version).utf8)
    }

    /// The page runs only its own files: no inline script, nothing from elsewhere, never framed.
    static var policy: String { "default-src 'self'; img-src 'self' blob: data:; media-src 'self' blob:; style-src 'self'; "
        + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'" }

    let page = Self.page
    var etag: String { "\"\(StudioAssets.version)\"" }

    func addRoutes(to router: Router<Context>) {
        router.get("/") { request, _ in index(request) }
        router.get("/studio/:version/:file", use: asset)
    }

    func index(_ request: Request) -> Response {
        let headers: HTTPFields = [.contentType: "text/html; charset=utf-8", .cacheControl: "no-cache", .eTag: etag,
                                   .init("X-Content-Type-Options")!: "nosniff", .contentSecurityPolicy: Self.policy]
        if request.headers[.ifNoneMatch] == etag { return Response(status: .notModified, headers: headers) }
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: page)))
    }

    @Sendable func asset(_ request: Request, context: Context) async throws -> Response {
        let file = try context.parameters.require("file")
        guard file != "index.html", let asset = StudioAssets.asset(file) else { throw APIError.notFound(request.uri.path) }
        // A page from before an upgrade may ask for its old version: it gets today's file, not kept.
        let current = context.parameters.get("version") == StudioAssets.version
        let headers: HTTPFields = [
            .contentType: asset.contentType, .eTag: etag,
            .cacheControl: current ? "public, max-age=31536000, immutable" : "no-cache",
            .init("X-Content-Type-Options")!: "nosniff",
        ]
        if request.headers[.ifNoneMatch] == etag { return Response(status: .notModified, headers: headers) }
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: asset.bytes)))
    }
}
