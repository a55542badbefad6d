import Foundation
import Hummingbird
import ReelFFmpeg
import ReelRender
import ReelStore

/// `GET /api/media/{id}`: a stored upload (or a file the server made for a session) downloaded
/// by its owner's bearer token: the `url` of an upload answer's `data.files[]`. Anyone else's
/// file is as absent as a missing one (404).
///
/// `GET /api/media/{id}/thumbnail?t=<ms>&h=<px>`: a small JPEG of it (a video's frame at `t`, a
/// photo scaled down, a sound's waveform), made once and kept beside the session's media.
struct MediaController<Context: RequestContext> {
    let store: any Store
    /// Thumbnails are made one or two at a time, whatever the number of requests.
    var thumbnailWork = BoundedWork(limit: 2)

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get(":id", use: download)
        routes.get(":id/thumbnail", use: thumbnail)
        return routes
    }

    @Sendable func thumbnail(_ request: Request, context: Context) async throws -> Response {
        let caller = try await request.caller(in: store)
        let id = try context.parameters.require("id")
        guard let media = try await store.mediaItem(id: id, token: caller.token), FileManager.default.fileExists(atPath: media.path) else {
            throw APIError(code: 404, message: "media \(id) not found; upload it with POST /api/upload-video/nemo_agent/me/{sid}",
                           status: .notFound)
        }
        let query = request.uri.queryParameters
        let height = min(720, max(16, query.get("h").flatMap { Int($0) } ?? 120))
        var at = media.info.kind == .video ? max(0, query.get("t").flatMap { Int($0) } ?? 0) : 0
        // A frame a little way in says more than the first (often black); never past the end.
        if media.info.kind == .video, let length = media.info.durationMs {
            if at == 0 { at = min(500, length / 4) }
            at = min(at, max(0, length - 100))
        }
        let folder = (media.path as NSString).deletingLastPathComponent + "/.thumbs"
        let file = "\(folder)/\(id)-\(at)-\(height).jpg"
        if !FileManager.default.fileExists(atPath: file) {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let shot = Thumbnail(source: media.path, kind: media.info.kind, atMs: at, height: height, orientation: media.info.orientation)
            do {
                try await thumbnailWork.run(async: { try await shot.write(to: file, tools: try FFmpegTools.locate()) })
            } catch {
                context.logger.warning("thumbnail of \(id) failed: \(error)")
                // Another request for the same picture may have made it meanwhile.
                if !FileManager.default.fileExists(atPath: file) {
                    throw APIError.internalError("could not make a thumbnail of media \(id)")
                }
            }
        }
        let body = try await FileIO().loadFile(path: file, context: context)
        return Response(status: .ok, headers: [.contentType: "image/jpeg", .cacheControl: "private, max-age=86400",
                                               .eTag: "\"\(id)-\(at)-\(height)\""], body: body)
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
