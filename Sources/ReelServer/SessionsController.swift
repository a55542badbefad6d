import Foundation
import Crypto
import Hummingbird
import ReelFFmpeg
import ReelRender
import ReelTimeline
import ReelStore

/// What the studio reads of the caller's sessions: `GET /api/sessions` lists them, and
/// `GET /api/sessions/{sid}/timeline` is a session's draft as lanes (times in ms, one entry per
/// visual segment with the thumbnail that stands for it, sounds with their levels, texts), with
/// the seed's summary line and where the undo history stands. Another caller's session is as
/// absent as a missing one (1002).
///
/// `GET /api/sessions/{sid}/storyboard`: a contact sheet (PNG) of the current draft's visual
/// segments, made once per draft and kept beside the session's media.
struct SessionsController<Context: RequestContext> {
    let store: any Store
    /// Where the session's media (and so its pictures) live.
    let mediaRoot: URL
    var pictureWork = BoundedWork(limit: 1)

    struct Listed: Codable, Sendable {
        var session_id: String
        var task_id: String
        var created: Int
        var updated: Int
        var summary: String
        var duration_ms: Int
        var width: Int
        var height: Int
    }

    struct Listing: Codable, Sendable { var sessions: [Listed] }

    struct Timeline: Codable, Sendable {
        var session_id: String
        var summary: String
        var duration_ms: Int
        var width: Int
        var height: Int
        var can_undo: Bool
        var can_redo: Bool
        var visual: [Visual]
        var audio: [Sound]
        var text: [Text]

        struct Visual: Codable, Sendable {
            var index: Int
            var start_ms: Int
            var duration_ms: Int
            var name: String
            /// The upload it shows, if any; its frame at `thumbnail_at_ms` is `thumbnail`.
            var media_id: String?
            var thumbnail: String?
            var thumbnail_at_ms: Int
            var color: String?
            var look: String?
            var transition: String?
            var transition_ms: Int
        }

        struct Sound: Codable, Sendable {
            var track: Int
            var index: Int
            var start_ms: Int
            var end_ms: Int
            var name: String
            var media_id: String?
            var volume: Double
            var muted: Bool
            var role: String
        }

        struct Text: Codable, Sendable {
            var track: Int
            var index: Int
            var start_ms: Int
            var end_ms: Int
            var text: String
            var kind: String
        }
    }

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get(use: list)
        routes.get(":sid/timeline", use: timeline)
        routes.get(":sid/storyboard", use: storyboard)
        return routes
    }

    @Sendable func list(_ request: Request, context: Context) async throws -> Envelope<Listing> {
        let caller = try await request.caller(in: store)
        let limit = min(200, max(1, request.uri.queryParameters.get("limit").flatMap { Int($0) } ?? 50))
        let rows = try await store.sessions(token: caller.token, limit: limit)
        var listed: [Listed] = []
        for row in rows {
            let draft = row.record.session.draft
            let durations = Self.durations(try await store.media(session: row.record.id, token: caller.token))
            listed.append(Listed(session_id: row.record.id, task_id: row.record.taskID,
                                 created: Int(row.created.timeIntervalSince1970), updated: Int(row.updated.timeIntervalSince1970),
                                 summary: draft.summary(knownDurations: durations), duration_ms: draft.duration(knownDurations: durations),
                                 width: draft.meta.width, height: draft.meta.height))
        }
        return Envelope(data: Listing(sessions: listed))
    }

    @Sendable func timeline(_ request: Request, context: Context) async throws -> Envelope<Timeline> {
        let caller = try await request.caller(in: store)
        let sid = try context.parameters.require("sid")
        let record = try await store.session(sid, token: caller.token)
        let media = try await store.media(session: sid, token: caller.token)
        let ids = Dictionary(media.map { ($0.path, $0.id) }, uniquingKeysWith: { a, _ in a })
        let draft = record.session.draft
        let durations = Self.durations(media)
        let lanes = draft.lanes(knownDurations: durations)
        let visual = lanes.visuals.map { v in
            let id = v.src.flatMap { ids[$0] }
            return Timeline.Visual(index: v.index, start_ms: v.start, duration_ms: v.duration, name: v.name, media_id: id,
                                   thumbnail: id.map { "/api/media/\($0)/thumbnail?t=\(v.sourceAt)" }, thumbnail_at_ms: v.sourceAt,
                                   color: v.color, look: v.look, transition: v.transition, transition_ms: v.transitionDuration)
        }
        let audio = lanes.sounds.map { s in
            Timeline.Sound(track: s.track, index: s.index, start_ms: s.start, end_ms: s.end, name: s.name, media_id: s.src.flatMap { ids[$0] },
                           volume: s.volume, muted: s.muted, role: s.role)
        }
        let text = lanes.texts.map { t in
            Timeline.Text(track: t.track, index: t.index, start_ms: t.start, end_ms: t.end, text: t.text, kind: t.kind)
        }
        return Envelope(data: Timeline(session_id: sid, summary: draft.summary(knownDurations: durations), duration_ms: lanes.duration,
                                       width: draft.meta.width, height: draft.meta.height,
                                       can_undo: !record.session.undoStack.isEmpty, can_redo: !record.session.redoStack.isEmpty,
                                       visual: visual, audio: audio, text: text))
    }

    @Sendable func storyboard(_ request: Request, context: Context) async throws -> Response {
        let caller = try await request.caller(in: store)
        let sid = try context.parameters.require("sid")
        let draft = try await store.session(sid, token: caller.token).session.draft
        guard !(draft.visualTrack?.segments.isEmpty ?? true) else {
            throw APIError(code: 404, message: "session \(sid) has nothing to show yet: add media and make a video first", status: .notFound)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let digest = SHA256.hash(data: try encoder.encode(draft.json)).prefix(12).map { String(format: "%02x", $0) }.joined()
        let folder = mediaRoot.appendingPathComponent(sid, isDirectory: true).appendingPathComponent(".thumbs", isDirectory: true)
        let file = folder.appendingPathComponent("storyboard-\(digest).png").path
        if !FileManager.default.fileExists(atPath: file) {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let base = mediaRoot.path
            do {
                try await pictureWork.run(async: {
                    let engine = RenderEngine(tools: try FFmpegTools.locate())
                    let prepared = try await engine.prepare(draft, baseDirectory: base)
                    let partial = folder.appendingPathComponent(".storyboard-\(UUID().uuidString).png").path
                    defer { try? FileManager.default.removeItem(atPath: partial) }
                    try await engine.storyboard(prepared, to: partial)
                    try FileManager.default.moveItem(atPath: partial, toPath: file)
                    // Only the current draft's picture is kept.
                    let fm = FileManager.default
                    for name in (try? fm.contentsOfDirectory(atPath: folder.path)) ?? []
                    where name.hasPrefix("storyboard-") && name != (file as NSString).lastPathComponent {
                        try? fm.removeItem(at: folder.appendingPathComponent(name))
                    }
                })
            } catch {
                context.logger.warning("storyboard of \(sid) failed: \(error)")
                if !FileManager.default.fileExists(atPath: file) {
                    throw APIError.internalError("could not draw the storyboard of session \(sid)")
                }
            }
        }
        let body = try await FileIO().loadFile(path: file, context: context)
        return Response(status: .ok, headers: [.contentType: "image/png", .cacheControl: "private, no-cache", .eTag: "\"\(digest)\""],
                        body: body)
    }

    /// What probing found of each file's length (ms), by stored path: as the turns count them.
    static func durations(_ media: [MediaRecord]) -> [String: Int] {
        media.reduce(into: [:]) { out, m in if let ms = m.info.durationMs { out[m.path] = ms } }
    }
}
