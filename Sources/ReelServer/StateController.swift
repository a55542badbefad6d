import Foundation
import Hummingbird
import ReelStore

/// `GET /api/state/nemo_agent/me/{sid}/latest`: the session's draft (seed short keys) and media.
///
/// The busiest read of the API (clients poll it), so it costs one database read, and the draft
/// goes out as the JSON text it is stored as instead of being decoded and encoded again.
struct StateController<Context: RequestContext> {
    let store: any Store
    /// Server paths become names in the session's media folder before they are shown.
    let paths: MediaPaths

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get(":app/:user/:sid/latest", use: latest)
        return routes
    }

    @Sendable func latest(_ request: Request, context: Context) async throws -> Response {
        // The token is checked inside the state's one database read.
        let token = try request.requireBearerToken()
        let sid = try context.parameters.require("sid")
        // `me` is the only user a caller can name: anyone else's sessions do not exist for them.
        guard context.parameters.get("user") == "me" else { throw APIError.sessionNotFound(sid) }
        let snapshot = try await store.stateSnapshot(session: sid, token: token)
        return try Self.response(snapshot, paths: paths)
    }

    /// The envelope `{"code":0,"data":{"session_id":…,"state":{"draft":…,"generated_media":[…],
    /// "video_infos":[…]}},"message":"success"}`, keys sorted as every other envelope's. Only the
    /// draft is spliced in as text: it comes from our own encoder, through SQLite's JSON functions.
    static func response(_ snapshot: StateSnapshot, paths: MediaPaths) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let media = try encoder.encode(snapshot.media.map { UploadController<Context>.MediaItem($0, paths: paths) })
        let generated = try encoder.encode(snapshot.generated.map { GeneratedMediaItem($0, paths: paths) })
        let draftJSON = paths.visibleDraft(snapshot.draftJSON, session: snapshot.sessionID)
        let sid = try encoder.encode(snapshot.sessionID)
        var buffer = ByteBuffer()
        buffer.reserveCapacity(draftJSON.utf8.count + media.count + generated.count + 160)
        buffer.writeString(#"{"code":0,"data":{"session_id":"#)
        buffer.writeBytes(sid)
        buffer.writeString(#","state":{"draft":"#)
        buffer.writeString(draftJSON)
        buffer.writeString(#","generated_media":"#)
        buffer.writeBytes(generated)
        buffer.writeString(#","video_infos":"#)
        buffer.writeBytes(media)
        buffer.writeString(#"}},"message":"success"}"#)
        return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: ResponseBody(byteBuffer: buffer))
    }
}
