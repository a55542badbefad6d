import Foundation
import Hummingbird
import Logging
import MCP
import ReelMCP
import ServiceLifecycle
import ReelStore

/// `POST|GET|DELETE /mcp`: Reel's MCP tools (the same `ReelTools` as `reel mcp`) over the
/// streamable HTTP transport, for the caller the bearer token names.
///
/// - Every request needs `Authorization: Bearer <token>` (401, code 1001, as the API).
/// - An `initialize` POST without `Mcp-Session-Id` opens an MCP session bound to that token (the
///   SDK's stateful transport: answers as SSE, server notifications such as export progress on
///   the GET stream); later requests name it and must carry the same token, else 404 as if it did
///   not exist. DELETE ends it. Sessions idle for an hour, and a caller's oldest past eight, are closed.
/// - Host: any (the server answers on whatever name a proxy gives it, and the token, which a
///   DNS-rebinding page cannot know, guards every request), so the SDK's localhost-only
///   `OriginValidator` is replaced by an `Origin` check: a browser request from another origin
///   than the server's own (or `REEL_MCP_ALLOWED_ORIGINS`) is refused (403) before the token is read.
struct MCPController<Context: Hummingbird.RequestContext> {
    let store: any Store
    let configuration: ServerConfiguration
    let sessions: MCPSessions
    /// The workspace of one caller; `link` makes a server path an absolute URL.
    let workspace: @Sendable (_ token: String, _ link: @escaping @Sendable (String) -> String, _ logger: Logger) -> ServerWorkspace

    /// The endpoint over the server's store, turns and render worker.
    static func mounted(store: any Store, configuration: ServerConfiguration, turns: EditingTurns, renders: RenderWorker?,
                        mediaRoot: URL) -> MCPController {
        let uploads = UploadController<ReelRequestContext>(store: store, configuration: configuration, mediaRoot: mediaRoot)
        let paths = MediaPaths(root: mediaRoot)
        return MCPController(store: store, configuration: configuration, sessions: MCPSessions()) { token, link, logger in
            ServerWorkspace(store: store, configuration: configuration, turns: turns, uploads: uploads, renders: renders,
                            paths: paths, token: token, link: link, logger: logger)
        }
    }

    /// Bytes one JSON-RPC message may have (typed operations for a big timeline fit).
    static var bodyLimit: Int { 4 << 20 }
    static var sessionHeader: HTTPFields.Element.Name { HTTPFields.Element.Name("Mcp-Session-Id")! }

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.post(use: handle)
        routes.get(use: handle)
        routes.delete(use: handle)
        return routes
    }

    @Sendable func handle(_ request: Hummingbird.Request, context: Context) async throws -> Hummingbird.Response {
        if let origin = request.headers[.origin], !allowed(origin: origin, authority: request.head.authority) {
            return Self.response(.error(statusCode: 403, .invalidRequest("Forbidden: Origin \(origin) may not call this server's /mcp; set REEL_MCP_ALLOWED_ORIGINS to allow it")))
        }
        let caller = try await request.caller(in: store)
        var body: Data?
        if request.method == .post { body = Data(try await request.collectBody(limit: Self.bodyLimit).readableBytesView) }
        var headers: [String: String] = [:]
        for field in request.headers {
            let name = field.name.canonicalName
            headers[name] = headers[name].map { "\($0), \(field.value)" } ?? field.value
        }
        let message = MCP.HTTPRequest(method: request.method.rawValue, headers: headers, body: body, path: request.uri.path)

        if let id = request.headers[Self.sessionHeader] {
            guard let entry = await sessions.entry(id, token: caller.token) else {
                return Self.response(.error(statusCode: 404, .invalidRequest("Not Found: no MCP session \(id) for this token; initialize a new one")))
            }
            let answer = await entry.transport.handleRequest(message)
            if request.method == .delete { await sessions.close(id) }
            // The session's one notification stream: once its client is gone, so is the session
            // (the transport allows no second stream), and the client initializes a new one.
            guard request.method == .get else { return Self.response(answer) }
            let sessions = sessions
            let closeSession: @Sendable () async -> Void = { await sessions.close(id) }
            return Self.response(answer, broken: closeSession)
        }
        guard request.method == .post, let body, Self.isInitialize(body) else {
            return Self.response(.error(statusCode: 400, .invalidRequest("Bad Request: send initialize first, then the Mcp-Session-Id it answers with on every request")))
        }
        let transport = StatefulHTTPServerTransport(validationPipeline: StandardValidationPipeline(validators: [
            AcceptHeaderValidator(mode: .sseRequired), ContentTypeValidator(), ProtocolVersionValidator(), SessionValidator(),
        ]))
        let scheme = request.headers[HTTPFields.Element.Name("X-Forwarded-Proto")!] == "https" ? "https" : "http"
        let base = request.head.authority.map { "\(scheme)://\($0)" } ?? ""
        var projects = workspace(caller.token, { base + $0 }, context.logger)
        projects.attribution = Attribution(headers: request.headers)
        let tools = ReelTools(workspace: projects)
        let server = await ReelMCPServer.makeServer(tools: tools)
        try await server.start(transport: transport)
        let answer = await transport.handleRequest(message)
        if let id = answer.headers[HTTPHeaderName.sessionID], answer.statusCode == 200 {
            await sessions.add(id, token: caller.token, transport: transport, server: server)
        } else {
            await server.stop()
        }
        return Self.response(answer)
    }

    /// The server's own origin (scheme://host[:port] as the client called it), or one configured.
    func allowed(origin: String, authority: String?) -> Bool {
        if configuration.mcpAllowedOrigins.contains(origin) { return true }
        guard let url = URLComponents(string: origin), let scheme = url.scheme?.lowercased(), let host = url.host?.lowercased(),
              let authority = authority?.lowercased() else { return false }
        let defaultPort = scheme == "https" ? 443 : 80
        func split(_ a: String) -> (String, Int?) {
            // `[::1]:8080`, `host:8080`, `host`.
            if let close = a.lastIndex(of: "]") {
                let port = a[a.index(after: close)...].dropFirst()
                return (String(a[...close]), Int(port))
            }
            let parts = a.split(separator: ":", maxSplits: 1)
            return (String(parts[0]), parts.count == 2 ? Int(parts[1]) : nil)
        }
        let (calledHost, calledPort) = split(authority)
        let originHost = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        return originHost == calledHost && (url.port ?? defaultPort) == (calledPort ?? defaultPort)
    }

    static func isInitialize(_ body: Data) -> Bool {
        (try? JSONSerialization.jsonObject(with: body) as? [String: Any])?["method"] as? String == "initialize"
    }

    /// Seconds between SSE comment lines on an open stream: a proxy keeps it open, and a client
    /// that went away is noticed (its write fails).
    static var heartbeat: Duration { .seconds(15) }

    /// The transport's answer as Hummingbird's: SSE streamed as it comes (with heartbeats, and
    /// ended when the server shuts down so it never waits on an idle stream), anything else whole.
    /// `broken` runs when a stream's client went away.
    static func response(_ answer: MCP.HTTPResponse, broken: (@Sendable () async -> Void)? = nil) -> Hummingbird.Response {
        var fields = HTTPFields()
        for (name, value) in answer.headers {
            if let name = HTTPFields.Element.Name(name) { fields[name] = value }
        }
        switch answer {
        case .stream(let stream, _):
            return Hummingbird.Response(status: .init(code: answer.statusCode), headers: fields, body: ResponseBody { writer in
                let (merged, sink) = AsyncStream.makeStream(of: ByteBuffer.self)
                let forward = Task {
                    do { for try await chunk in stream { sink.yield(ByteBuffer(bytes: chunk)) } } catch {}
                    sink.finish()
                }
                let beats = Task {
                    while true {
                        do { try await Task.sleep(for: heartbeat) } catch { return }
                        sink.yield(ByteBuffer(string: ": heartbeat\n\n"))
                    }
                }
                defer {
                    forward.cancel()
                    beats.cancel()
                }
                do {
                    try await withGracefulShutdownHandler {
                        for await chunk in merged { try await writer.write(chunk) }
                    } onGracefulShutdown: {
                        sink.finish()
                    }
                    try await writer.finish(nil)
                } catch {
                    await broken?()
                    throw error
                }
            })
        default:
            let body = answer.bodyData.map { ResponseBody(byteBuffer: ByteBuffer(bytes: $0)) } ?? ResponseBody()
            return Hummingbird.Response(status: .init(code: answer.statusCode), headers: fields, body: body)
        }
    }
}

/// The open MCP sessions of a server: each its own transport and MCP server, bound to the token
/// that opened it.
actor MCPSessions {
    struct Entry {
        let token: String
        let transport: StatefulHTTPServerTransport
        let server: MCP.Server
        var used: ContinuousClock.Instant
    }

    private var entries: [String: Entry] = [:]
    let perCaller: Int
    let idle: Duration

    init(perCaller: Int = 8, idle: Duration = .seconds(3600)) {
        self.perCaller = perCaller
        self.idle = idle
    }

    /// The session if `token` opened it (another caller's is as absent as a missing one).
    func entry(_ id: String, token: String) -> Entry? {
        guard var entry = entries[id], entry.token == token else { return nil }
        entry.used = .now
        entries[id] = entry
        return entry
    }

    func add(_ id: String, token: String, transport: StatefulHTTPServerTransport, server: MCP.Server) async {
        let now = ContinuousClock.now
        var closing = entries.filter { now - $0.value.used > idle }.map(\.key)
        let own = entries.filter { $0.value.token == token && !closing.contains($0.key) }.sorted { $0.value.used < $1.value.used }
        if own.count >= perCaller { closing += own.prefix(own.count - perCaller + 1).map(\.key) }
        entries[id] = Entry(token: token, transport: transport, server: server, used: now)
        for old in closing { await close(old) }
    }

    func close(_ id: String) async {
        guard let entry = entries.removeValue(forKey: id) else { return }
        await entry.server.stop()
    }

    var count: Int { entries.count }
}
