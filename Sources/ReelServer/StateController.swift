import Hummingbird
import ReelTimeline

/// `GET /api/state/nemo_agent/me/{sid}/latest`: the session's draft (seed short keys) and media.
struct StateController<Context: RequestContext> {
    let store: Store

    struct StateData: Codable, Sendable {
        var session_id: String
        var state: State
    }

    struct State: Codable, Sendable {
        var draft: JSONValue
        /// Uploaded media with their probed info, in the order they were added.
        var video_infos: [JSONValue]
        var generated_media: [JSONValue]
    }

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get(":app/:user/:sid/latest", use: latest)
        return routes
    }

    @Sendable func latest(_ request: Request, context: Context) async throws -> Envelope<StateData> {
        let (caller, sid) = try await request.callerAndSession(context, in: store)
        let record = try await store.session(sid, token: caller.token)
        let media = try await store.media(session: sid, token: caller.token)
        return Envelope(data: StateData(session_id: record.id,
                                        state: State(draft: record.session.draft.json,
                                                     video_infos: media.map { UploadController<Context>.MediaItem($0).json },
                                                     generated_media: [])))
    }
}
