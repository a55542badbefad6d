import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import ReelPlanner
import ReelTimeline

/// True for the first caller only.
final class Once: @unchecked Sendable {
    private let lock = NSLock()
    private var done = false
    func claim() -> Bool {
        lock.withLock {
            defer { done = true }
            return !done
        }
    }
}

/// Where the optional LLM planner is: an OpenAI-compatible chat-completions endpoint.
public struct LLMConfig: Sendable, Equatable {
    public var url: URL
    public var model: String
    public var apiKey: String?
    /// Longer than this and the rule planner answers instead.
    public var timeout: TimeInterval

    public init(url: URL, model: String, apiKey: String? = nil, timeout: TimeInterval = 8) {
        self.url = url
        self.model = model
        self.apiKey = apiKey
        self.timeout = timeout
    }

    /// `REEL_LLM_URL` (base URL, e.g. http://127.0.0.1:11434/v1), `REEL_LLM_MODEL`,
    /// `REEL_LLM_API_KEY`, `REEL_LLM_TIMEOUT` (seconds). Nil, and so rules only, when the URL is unset.
    public static func fromEnvironment(_ env: [String: String] = ProcessInfo.processInfo.environment) -> LLMConfig? {
        guard let raw = env["REEL_LLM_URL"], !raw.isEmpty, let url = URL(string: raw),
              url.scheme == "http" || url.scheme == "https" else { return nil }
        return LLMConfig(url: url, model: env["REEL_LLM_MODEL"] ?? "default", apiKey: env["REEL_LLM_API_KEY"],
                         timeout: env["REEL_LLM_TIMEOUT"].flatMap(TimeInterval.init) ?? 8)
    }
}

/// Asks the model for edit operations as JSON, checks them by applying them to a copy of the
/// draft, and falls back to the rule planner when the model is unset, unreachable, slow, or
/// answers with anything that does not apply.
public struct LLMPlanner: Sendable {
    public var config: LLMConfig?
    public var fallback = RulePlanner()

    public init(config: LLMConfig?) { self.config = config }

    /// Which planner produced a plan, and why the rules answered when they did.
    public enum Source: Sendable, Equatable {
        case model
        case rules(reason: String)
    }

    public func plan(_ instruction: String, context: PlannerContext) async -> (plan: Plan, source: Source) {
        guard let config else { return (fallback.plan(instruction, context: context), .rules(reason: "no model configured")) }
        do {
            let reply = try await ask(config, instruction: instruction, context: context)
            return (try Self.validate(reply, draft: context.draft, media: context.media), .model)
        } catch {
            return (fallback.plan(instruction, context: context), .rules(reason: "\(error)"))
        }
    }

    struct Reply: Decodable {
        var intent: Intent?
        var operations: [EditOperation]
        var history: [String]?
        var understood: [String]?
        var not_understood: [String]?
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func validate(_ reply: Reply, draft: Draft, media: [String] = []) throws -> Plan {
        var plan = Plan.empty
        plan.intent = reply.intent ?? .edit
        plan.operations = reply.operations
        plan.history = (reply.history ?? []).compactMap(Plan.HistoryMove.init(rawValue:))
        plan.understood = reply.understood ?? []
        plan.notUnderstood = reply.not_understood ?? []
        // The operations must apply, in order and together, to the draft as it stands, leaving a
        // draft that validates (the same check every edit gets).
        var check = EditSession(draft: draft)
        // Only the session's files may be named: a model must not invent one.
        do { _ = try check.apply(reply.operations, context: EditContext(sources: Set(media))) } catch {
            throw Failure(description: "the model's edit does not apply: \(error)")
        }
        return plan
    }

    func ask(_ config: LLMConfig, instruction: String, context: PlannerContext) async throws -> Reply {
        var request = URLRequest(url: config.url.appendingPathComponent("chat/completions"), timeoutInterval: config.timeout)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        if let key = config.apiKey { request.setValue("Bearer \(key)", forHTTPHeaderField: "Authorization") }
        request.httpBody = try JSONSerialization.data(withJSONObject: Self.body(config, instruction: instruction, context: context))
        let (data, response) = try await Self.race(request, timeout: config.timeout)
        guard let http = response as? HTTPURLResponse, http.statusCode == 200 else {
            throw Failure(description: "the model answered HTTP \((response as? HTTPURLResponse)?.statusCode ?? 0)")
        }
        struct Completion: Decodable {
            struct Choice: Decodable { struct Message: Decodable { var content: String? }; var message: Message }
            var choices: [Choice]
        }
        guard let content = try? JSONDecoder().decode(Completion.self, from: data).choices.first?.message.content else {
            throw Failure(description: "the model's answer is not a chat completion")
        }
        do {
            return try JSONDecoder().decode(Reply.self, from: Data(Self.stripFences(content).utf8))
        } catch let error as OperationDecodingError {
            throw Failure(description: "the model's answer is not valid edit operations (\(error))")
        } catch {
            throw Failure(description: "the model's answer is not valid edit operations")
        }
    }

    /// The request or the deadline, whichever comes first. Not a task group: that would wait for
    /// the losing request, and URLSession on Linux does not stop at task cancellation.
    static func race(_ request: URLRequest, timeout: TimeInterval) async throws -> (Data, URLResponse) {
        let once = Once()
        return try await withCheckedThrowingContinuation { continuation in
            let fetch = Task {
                do {
                    let result = try await URLSession.shared.data(for: request)
                    if once.claim() { continuation.resume(returning: result) }
                } catch {
                    if once.claim() { continuation.resume(throwing: error) }
                }
            }
            Task {
                try? await Task.sleep(for: .seconds(timeout))
                if once.claim() {
                    fetch.cancel()
                    continuation.resume(throwing: Failure(description: "the model took longer than \(Int(timeout)) s"))
                }
            }
        }
    }

    /// Models sometimes wrap JSON in ``` fences.
    static func stripFences(_ s: String) -> String {
        var t = s.trimmingCharacters(in: .whitespacesAndNewlines)
        if t.hasPrefix("```") {
            t = String(t.drop(while: { $0 != "\n" }).dropFirst())
            if t.hasSuffix("```") { t = String(t.dropLast(3)) }
        }
        return t
    }

    static func body(_ config: LLMConfig, instruction: String, context: PlannerContext) -> [String: Any] {
        let user = """
        Current timeline: \(context.draft.summary())
        Media in this session: \(context.mediaList)
        Instruction: \(instruction)
        """
        return [
            "model": config.model,
            "temperature": 0,
            "messages": [["role": "system", "content": systemPrompt], ["role": "user", "content": user]],
            "response_format": [
                "type": "json_schema",
                "json_schema": ["name": "reel_edit", "schema": replySchema],
            ],
        ]
    }

    /// The reply's schema; each operation is described by `schema/operations.schema.json`,
    /// whose `$defs` come along so its references resolve.
    static var replySchema: [String: Any] {
        let operation = (try? JSONSerialization.jsonObject(with: Data(OperationSchema.json.utf8))) as? [String: Any] ?? [:]
        var defs = operation["$defs"] as? [String: Any] ?? [:]
        defs["operation"] = ["oneOf": operation["oneOf"] ?? []]
        return [
            "type": "object",
            "required": ["intent", "operations"],
            "properties": [
                "intent": ["enum": ["edit", "export", "credits", "state", "upload"]],
                "operations": ["type": "array", "items": ["$ref": "#/$defs/operation"]],
                "history": ["type": "array", "items": ["enum": ["undo", "redo"]]],
                "understood": ["type": "array", "items": ["type": "string"]],
                "not_understood": ["type": "array", "items": ["type": "string"]],
            ],
            "$defs": defs,
        ]
    }

    static let systemPrompt = """
    You edit a video timeline for Reel. Answer with one JSON object only: {"intent": "edit"|"export"|"credits"|"state"|"upload", \
    "operations": [...], "history": ["undo"|"redo"], "understood": ["..."], "not_understood": ["..."]}.
    Each operation is an object whose "op" names it, with its fields beside it, as the JSON Schema in the response format \
    describes. Times are milliseconds, volumes fractions (0.35 = 35%), clip positions 0-based. A clip target is "all", "last", \
    {"index": 1} or {"name": "beach"}; a text target is "all", {"kind": "title"} or {"index": 0}. Examples:
    {"op":"setDuration","durationMs":60000} {"op":"setCanvas","width":1080,"height":1920} {"op":"setFPS","fps":30}
    {"op":"setTransition","target":"all","name":"dissolve","durationMs":1000} {"op":"remove","target":{"index":1}}
    {"op":"setSpeed","target":{"index":0},"speed":0.5} {"op":"setMotion","target":"all","motion":"in"} {"op":"setLook","name":"bw"}
    {"op":"addText","kind":"title","text":"Urban Dreams","startMs":0,"durationMs":3000} {"op":"removeText","target":{"kind":"title"}}
    {"op":"setMusicVolume","volume":0.2} {"op":"setFades","inMs":1000,"outMs":1000} {"op":"muteClips","mute":true}
    Canvases are even sizes up to 3840x2160; texts are at most 2000 characters; colours are names or #rrggbb.
    Media are named by the paths listed; never invent files. If you cannot tell what was meant, return no operations and \
    say so in not_understood.
    """
}
