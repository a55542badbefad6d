import Foundation
import Hummingbird
import ReelTimeline
import ReelStore

/// The export flow: `POST /api/render/proxy/lambda` queues a render job, `GET …/{id}` reports
/// it (with a signed download URL once completed), `POST …/{id}/cancel` stops it.
struct RenderController<Context: RequestContext> {
    let store: any Store
    let worker: RenderWorker
    let files: RenderFiles
    let configuration: ServerConfiguration
    /// Names of media in a draft (as the API shows them) resolve to the caller's own files.
    let paths: MediaPaths
    /// Where big drafts are parsed and checked: this server's own pool (two at a time), so no
    /// server in the process waits behind another's junk bodies.
    var draftWork = BoundedWork(limit: 2)

    /// Formats the engine writes (the seed also lists avi, mkv and audio-only ones; those are refused).
    static var formats: Set<String> { ["mp4", "mov", "webm", "gif", "png", "jpg"] }

    struct QueueBody: Decodable, Sendable {
        var id: String?
        var sessionId: String?
        var draft: JSONValue?
        var output: Output?
        /// http(s) URL POSTed the job's status when it completes or fails.
        var webhook: String?
        struct Output: Decodable, Sendable {
            var format: String?
            var quality: String?
            /// A platform word, a number of LUFS or "off"; written into the draft's `m.loudness`.
            var loudness: JSONValue?
        }
    }

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.post("proxy/lambda", use: queue)
        routes.get("proxy/lambda", use: list)
        routes.get("proxy/lambda/:id", use: status)
        routes.get("proxy/lambda/:id/events", use: events)
        routes.post("proxy/lambda/:id/cancel", use: cancel)
        return routes
    }

    @Sendable func queue(_ request: Request, context: Context) async throws -> Envelope<RenderJobData> {
        let caller = try await request.caller(in: store)
        let attribution = Attribution(headers: request.headers)
        if configuration.requireAttributionOnExport, !attribution.isComplete { throw APIError.exportBlocked(attribution) }
        let bytes = try await request.collectBody(limit: Self.bodyLimit)
        // Parsing a body of up to 8 MB is heavy work: off the event loop, a bounded number at once.
        let limits = configuration.draftLimits
        let body = try await draftWork.run {
            // Measured before it is decoded: a junk body is refused in milliseconds.
            try BodyShape(bytes).check(limits)
            return try Request.decodeJSON(QueueBody.self, from: bytes)
        }
        let id = body.id ?? "render_\(Int(configuration.now().timeIntervalSince1970 * 1000))"
        guard Self.isValidID(id) else {
            throw APIError.badRequest("invalid \"id\": use 1–128 letters, digits, '_', '-' or '.'")
        }
        let format = (body.output?.format ?? "mp4").lowercased()
        guard Self.formats.contains(format) else {
            throw APIError.badRequest("unsupported output format \"\(format)\"; use one of \(Self.formats.sorted().joined(separator: ", "))")
        }
        let quality = (body.output?.quality ?? "high").lowercased()
        if let sid = body.sessionId { try await store.requireSession(sid, token: caller.token) }
        if let webhook = body.webhook { try RenderWebhook.validate(webhook) }

        var json: JSONValue
        if let draft = body.draft {
            json = draft
        } else if let sid = body.sessionId {
            json = try await store.session(sid, token: caller.token).session.draft.json
        } else {
            throw APIError.badRequest("send \"draft\" or a \"sessionId\" whose current draft is rendered")
        }
        if let loudness = body.output?.loudness, case .object(var root) = json {
            var meta: [String: JSONValue] = [:]
            if case .object(let m)? = root["m"] { meta = m }
            meta["loudness"] = loudness
            root["m"] = .object(meta)
            json = .object(root)
        }
        // A draft may only name files this caller uploaded: never another user's media or any
        // other file on the server. Names as the API shows them resolve to those files.
        let own = try await store.mediaPaths(token: caller.token)
        let paths = self.paths
        let draftJSON = json
        let draftText = try await draftWork.run { try Self.checkedDraft(draftJSON, own: own, paths: paths, limits: limits) }
        let job = try await store.queueRender(RenderRequest(id: id, token: caller.token, sessionID: body.sessionId, draft: draftText,
                                                            format: format, quality: quality, webhook: body.webhook,
                                                            cost: configuration.exportCost))
        if !attribution.isEmpty { try await store.recordAttribution(attribution, renderKey: job.key) }
        await worker.wake()
        return Envelope(data: data(for: job, request: request))
    }

    @Sendable func status(_ request: Request, context: Context) async throws -> Envelope<RenderJobData> {
        let caller = try await request.caller(in: store)
        let id = try context.parameters.require("id")
        guard let job = try await store.render(id: id, token: caller.token) else { throw APIError.renderNotFound(id) }
        return Envelope(data: data(for: job, request: request))
    }

    struct Listing: Encodable, Sendable { var renders: [RenderJobData] }

    /// The caller's jobs, newest first; `?sessionId=` keeps one session's (1002 if it is not theirs).
    @Sendable func list(_ request: Request, context: Context) async throws -> Envelope<Listing> {
        let caller = try await request.caller(in: store)
        let query = request.uri.queryParameters
        let session = query.get("sessionId")
        if let session { try await store.requireSession(session, token: caller.token) }
        let limit = min(200, max(1, query.get("limit").flatMap { Int($0) } ?? 50))
        let jobs = try await store.renders(token: caller.token, session: session, limit: limit)
        return Envelope(data: Listing(renders: jobs.map { data(for: $0, request: request) }))
    }

    /// Progress as a stream (`text/event-stream`): a `data:` line with the job (as the status GET
    /// shows it) now and whenever its status or progress changes, looked at once a second; it
    /// ends once the job has completed or failed. A comment line keeps a quiet stream open.
    @Sendable func events(_ request: Request, context: Context) async throws -> Response {
        let caller = try await request.caller(in: store)
        let id = try context.parameters.require("id")
        guard let first = try await store.render(id: id, token: caller.token) else { throw APIError.renderNotFound(id) }
        let store = self.store
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let frame: @Sendable (RenderJob) throws -> ByteBuffer = { job in
            var buffer = ByteBuffer(string: "data: ")
            buffer.writeBytes(try encoder.encode(data(for: job, request: request)))
            buffer.writeString("\n\n")
            return buffer
        }
        let interval = 1.0
        return Response(status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-cache"],
                        body: ResponseBody { writer in
            var job = first
            try await writer.write(try frame(job))
            var quiet = 0, looks = 0
            // At most a few hours: a job that never ends does not hold a connection for ever.
            while job.status == .queued || job.status == .rendering, looks < Int(4 * 3600 / interval) {
                looks += 1
                try await Task.sleep(for: .seconds(interval))
                guard let now = try await store.render(key: job.key) else { break }
                if now.status != job.status || now.progress != job.progress {
                    job = now
                    quiet = 0
                    try await writer.write(try frame(job))
                } else {
                    quiet += 1
                    if Double(quiet) * interval >= 15 {
                        quiet = 0
                        try await writer.write(ByteBuffer(string: ": heartbeat\n\n"))
                    }
                }
            }
            try await writer.finish(nil)
        })
    }

    @Sendable func cancel(_ request: Request, context: Context) async throws -> Envelope<RenderJobData> {
        let caller = try await request.caller(in: store)
        let id = try context.parameters.require("id")
        guard let job = try await store.render(id: id, token: caller.token) else { throw APIError.renderNotFound(id) }
        // The job fails now; a worker rendering it here stops at once, one elsewhere at its next heartbeat.
        let current = try await worker.cancel(job)
        return Envelope(data: data(for: current, request: request))
    }

    /// Bytes an export request may have (a draft inline).
    static var bodyLimit: Int { 8 << 20 }

    /// The draft to store for a job: within the server's limits (checked before a field is read,
    /// and again once decoded), valid, its media resolved to the caller's own files; as JSON text.
    static func checkedDraft(_ json: JSONValue, own: Set<String>, paths: MediaPaths, limits: DraftLimits) throws -> String {
        if let tooBig = limits.precheck(json) { throw APIError.badRequest(DraftValidationError([tooBig]).description) }
        let resolved = try paths.resolveSources(json, own: own)
        let draft: Draft
        do {
            draft = try Draft.decode(resolved).draft
        } catch let error as DraftValidationError {
            throw APIError.badRequest(error.description)
        }
        let problems = limits.check(draft)
        if !problems.isEmpty { throw APIError.badRequest(DraftValidationError(problems).description) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(resolved), as: UTF8.self)
    }

    func data(for job: RenderJob, request: Request) -> RenderJobData {
        RenderJobData(job, files: files,
                      linkExpires: Int(configuration.now().timeIntervalSince1970 + configuration.downloadLinkLifetime),
                      link: { Self.absolute($0, request: request) })
    }

    /// `path` on the host the client called (so the link works pasted in a browser).
    static func absolute(_ path: String, request: Request) -> String {
        guard let host = request.head.authority, !host.isEmpty else { return path }
        let scheme = request.headers[HTTPFields.Element.Name("X-Forwarded-Proto")!] ?? "http"
        return "\(scheme == "https" ? "https" : "http")://\(host)\(path)"
    }

    static func isValidID(_ id: String) -> Bool {
        (1...128).contains(id.count) && id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "_-.".contains($0)) }
    }
}
