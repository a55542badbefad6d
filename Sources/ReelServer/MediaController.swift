import Foundation
import Hummingbird

/// `GET /api/media/{id}`: a stored upload (or a file the server made for a session) downloaded
/// by its owner's bearer token: the `url` of an upload answer's `data.files[]`. Anyone else's
/// file is as absent as a missing one (404).
struct MediaController<Context: RequestContext> {
    let store: Store

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get(":id", use: download)
        return routes
    }

    @Sendable func download(_ request: Request, context: Context) async throws -> Response {
        let caller = try await request.caller(in: store)
        let id = try context.parameters.require("id")
        guard let path = try await store.mediaFile(id: id, token: caller.token), FileManager.default.fileExists(atPath: path) else {
            throw APIError(code: 404, message: "media \(id) not found; upload it with POST /api/upload-video/nemo_agent/me/{sid}",
                           status: .notFound)
        }
        let body = try await FileIO().loadFile(path: path, context: context)
        let ext = (path as NSString).pathExtension.lowercased()
        return Response(status: .ok, headers: [.contentType: Self.contentType(ext)], body: body)
    }

    static func contentType(_ ext: String) -> String {
        [
            "mp4": "video/mp4", "m4a": "audio/mp4", "webm": "video/webm", "mkv": "video/x-matroska", "avi": "video/x-msvideo",
            "png": "image/png", "jpg": "image/jpeg", "webp": "image/webp", "gif": "image/gif",
            "mp3": "audio/mpeg", "wav": "audio/wav", "aac": "audio/aac",
        ][ext] ?? "application/octet-stream"
    }
}
