import Foundation
import ReelLLM

/// `REEL_…` environment variables for the numbers SPEC §3 makes configuration. `reel serve`
/// applies these first and its flags after, so a flag overrides the environment.
extension ServerConfiguration {
    /// The variables read by `apply(environment:)`.
    public enum EnvironmentKey: String, CaseIterable, Sendable {
        /// Bytes one uploaded or imported file may have.
        case uploadSizeLimit = "REEL_UPLOAD_SIZE_LIMIT"
        case startingCredits = "REEL_STARTING_CREDITS"
        case turnCost = "REEL_TURN_COST"
        case exportCost = "REEL_EXPORT_COST"
        /// Seconds an anonymous token stays valid.
        case tokenLifetime = "REEL_TOKEN_LIFETIME"
        case renderConcurrency = "REEL_RENDER_CONCURRENCY"
        /// Times a render may be interrupted by the server dying before it is failed (default 3).
        case renderInterruptionLimit = "REEL_RENDER_INTERRUPTION_LIMIT"
        /// Segments an exported draft may have (default 1000).
        case draftMaxSegments = "REEL_DRAFT_MAX_SEGMENTS"
        /// Seconds an exported draft's timeline may last (default 10800, 3 hours).
        case draftMaxSeconds = "REEL_DRAFT_MAX_SECONDS"
        /// Pixels (width × height) an uploaded picture may have (default 50000000).
        case maxImagePixels = "REEL_MAX_IMAGE_PIXELS"
        /// Requests one caller may make per minute (429 past it).
        case rateLimit = "REEL_RATE_LIMIT"
        /// Tokens one client address may be issued per hour.
        case tokenIssuanceLimit = "REEL_TOKEN_ISSUANCE_LIMIT"
        /// `1`/`true`/`yes`/`on` or `0`/`false`/`no`/`off`.
        case allowPrivateURLImports = "REEL_ALLOW_PRIVATE_URL_IMPORTS"
        case requireAttributionOnExport = "REEL_REQUIRE_ATTRIBUTION"
        /// Whether `GET /metrics` is served (default on).
        case metrics = "REEL_METRICS"
        /// Days the data of an expired caller is kept before it is deleted (unset: kept).
        case deleteExpiredAfterDays = "REEL_DELETE_EXPIRED_AFTER_DAYS"
        /// Seconds between SSE heartbeats while a turn is busy (decimals allowed).
        case heartbeatInterval = "REEL_HEARTBEAT_INTERVAL"
        /// Comma-separated browser origins, besides the server's own, that may call `/mcp`.
        case mcpAllowedOrigins = "REEL_MCP_ALLOWED_ORIGINS"
        /// An OpenAI-compatible base URL (http or https): editing turns are then planned by that model.
        case llmURL = "REEL_LLM_URL"
        case llmModel = "REEL_LLM_MODEL"
        /// A PostgreSQL URL shared by many API nodes and workers (`postgres://user:pass@host:port/db`).
        case databaseURL = "REEL_DATABASE_URL"
        /// The folder of uploads and renders every node mounts (default `<data>/media`).
        case mediaRoot = "REEL_MEDIA_ROOT"
        case llmAPIKey = "REEL_LLM_API_KEY"
        /// Seconds the model may take before the rule planner answers instead.
        case llmTimeout = "REEL_LLM_TIMEOUT"
    }

    /// A variable whose value cannot be used; the message names it and says what it takes.
    public struct EnvironmentError: Error, CustomStringConvertible, Equatable, Sendable {
        public var description: String
    }

    /// The defaults with `environment` applied.
    public init(environment: [String: String], dataDirectory: URL? = ServerConfiguration.defaultDataDirectory) throws {
        self.init(dataDirectory: dataDirectory)
        try apply(environment: environment)
    }

    /// Overrides what `environment` sets; unset or empty variables leave the current value.
    public mutating func apply(environment: [String: String]) throws {
        func value(_ key: EnvironmentKey) -> String? {
            guard let raw = environment[key.rawValue]?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return nil }
            return raw
        }
        func integer(_ key: EnvironmentKey, minimum: Int) throws -> Int? {
            guard let raw = value(key) else { return nil }
            guard let n = Int(raw), n >= minimum else {
                throw EnvironmentError(description: "\(key.rawValue)=\(raw): expected a whole number ≥ \(minimum)")
            }
            return n
        }
        func bool(_ key: EnvironmentKey) throws -> Bool? {
            guard let raw = value(key) else { return nil }
            switch raw.lowercased() {
            case "1", "true", "yes", "on": return true
            case "0", "false", "no", "off": return false
            default: throw EnvironmentError(description: "\(key.rawValue)=\(raw): expected true or false")
            }
        }
        if let n = try integer(.uploadSizeLimit, minimum: 1) { uploadSizeLimit = Int64(n) }
        if let n = try integer(.startingCredits, minimum: 0) { startingCredits = n }
        if let n = try integer(.turnCost, minimum: 0) { turnCost = n }
        if let n = try integer(.exportCost, minimum: 0) { exportCost = n }
        if let n = try integer(.tokenLifetime, minimum: 1) { tokenLifetime = TimeInterval(n) }
        if let n = try integer(.renderConcurrency, minimum: 1) { renderConcurrency = n }
        if let n = try integer(.renderInterruptionLimit, minimum: 1) { renderInterruptionLimit = n }
        if let n = try integer(.draftMaxSegments, minimum: 1) { draftLimits.maxSegments = n }
        if let n = try integer(.draftMaxSeconds, minimum: 1) { draftLimits.maxDuration = n * 1000 }
        if let n = try integer(.maxImagePixels, minimum: 1) { maxImagePixels = n }
        if let n = try integer(.rateLimit, minimum: 1) { rateLimit = n }
        if let n = try integer(.tokenIssuanceLimit, minimum: 1) { tokenIssuanceLimit = n }
        if let b = try bool(.allowPrivateURLImports) { allowPrivateURLImports = b }
        if let b = try bool(.requireAttributionOnExport) { requireAttributionOnExport = b }
        if let b = try bool(.metrics) { metricsEnabled = b }
        if let n = try integer(.deleteExpiredAfterDays, minimum: 0) { expiredDataRetention = TimeInterval(n) * 86400 }
        if let raw = value(.heartbeatInterval) {
            guard let seconds = TimeInterval(raw), seconds.isFinite, seconds > 0 else {
                throw EnvironmentError(description: "\(EnvironmentKey.heartbeatInterval.rawValue)=\(raw): expected a number of seconds > 0")
            }
            heartbeatInterval = seconds
        }
        if let raw = value(.mcpAllowedOrigins) {
            mcpAllowedOrigins = raw.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        if let raw = value(.databaseURL) {
            guard Self.isDatabaseURL(raw) else {
                throw EnvironmentError(description: "\(EnvironmentKey.databaseURL.rawValue): expected a postgres:// or postgresql:// URL")
            }
            databaseURL = raw
        }
        if let raw = value(.mediaRoot) { mediaDirectory = URL(fileURLWithPath: (raw as NSString).expandingTildeInPath) }
        try applyLLM(value)
    }

    /// A URL the PostgreSQL store can open (its password, if any, is never echoed in errors).
    public static func isDatabaseURL(_ raw: String) -> Bool {
        guard let url = URL(string: raw), let scheme = url.scheme?.lowercased(), ["postgres", "postgresql"].contains(scheme),
              let host = url.host, !host.isEmpty else { return false }
        return true
    }

    /// The LLM planner's variables, read as `LLMConfig.fromEnvironment` reads them, except that a
    /// value it would ignore is an error here: a server should not quietly plan by rules instead.
    private mutating func applyLLM(_ value: (EnvironmentKey) -> String?) throws {
        if let raw = value(.llmTimeout), TimeInterval(raw).map({ !$0.isFinite || $0 <= 0 }) ?? true {
            throw EnvironmentError(description: "\(EnvironmentKey.llmTimeout.rawValue)=\(raw): expected a number of seconds > 0")
        }
        guard let raw = value(.llmURL) else { return }
        var env: [String: String] = [:]
        for key in [EnvironmentKey.llmURL, .llmModel, .llmAPIKey, .llmTimeout] { env[key.rawValue] = value(key) }
        guard let config = LLMConfig.fromEnvironment(env) else {
            throw EnvironmentError(description: "\(EnvironmentKey.llmURL.rawValue)=\(raw): expected an http or https URL")
        }
        llm = config
    }
}
