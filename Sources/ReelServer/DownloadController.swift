import Foundation
import Hummingbird
import ReelStore

/// `GET /api/render/download/{key}`: a finished render's file. Works from a plain browser link
/// (`?expires=<unix s>&sig=<hex HMAC-SHA256>`, as handed out in `output.url`) or with the
/// owner's bearer token.
struct DownloadController<Context: RequestContext> {
    let store: any Store
    let files: RenderFiles
    let configuration: ServerConfiguration

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("download/:key", use: download)
        return routes
    }

    @Sendable func download(_ request: Request, context: Context) async throws -> Response {
        let key = try context.parameters.require("key")
        let query = request.uri.queryParameters
        let job: RenderJob
        if let sig = query.get("sig") {
            guard let expires = query.get("expires").flatMap({ Int($0) }) else {
                throw APIError.badDownloadLink("download link has no valid \"expires\"; get a fresh one from GET /api/render/proxy/lambda/{id}")
            }
            guard files.verify(key: key, expires: expires, sig: sig) else {
                throw APIError.badDownloadLink("download link signature is invalid; get a fresh one from GET /api/render/proxy/lambda/{id}")
            }
            guard Double(expires) >= configuration.now().timeIntervalSince1970 else {
                throw APIError.badDownloadLink("download link has expired; get a fresh one from GET /api/render/proxy/lambda/{id}")
            }
            guard let found = try await store.render(key: key) else { throw APIError.renderNotFound(key) }
            job = found
        } else {
            let caller = try await request.caller(in: store)
            guard let found = try await store.render(key: key), found.token == caller.token else { throw APIError.renderNotFound(key) }
            job = found
        }
        guard job.status == .completed, let path = job.outputPath, FileManager.default.fileExists(atPath: path) else {
            throw APIError.renderNotReady(job.id, status: job.status == .completed ? "missing its file" : job.status.rawValue)
        }
        let body = try await FileIO().loadFile(path: path, context: context)
        var headers: HTTPFields = [
            .contentType: Self.contentType(job.format),
            .contentDisposition: "attachment; filename=\"\(job.id).\(job.format)\"",
        ]
        if let bytes = job.bytes { headers[.contentLength] = String(bytes) }
        return Response(status: .ok, headers: headers, body: body)
    }

    static func contentType(_ format: String) -> String {
        switch format {
        case "mp4": "video/mp4"
        case "mov": "video/quicktime"
        case "webm": "video/webm"
        case "gif": "image/gif"
        case "png": "image/png"
        case "jpg": "image/jpeg"
        default: "application/octet-stream"
        }
    }
}
