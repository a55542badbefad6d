import Foundation
import GRDB
import Hummingbird

/// The `X-Skill-Source`, `X-Skill-Version` and `X-Skill-Platform` headers (SPEC §3): accepted
/// on every request, recorded with the render jobs they came with.
struct Attribution: Sendable, Equatable {
    var source: String?
    var version: String?
    var platform: String?

    static let sourceHeader = HTTPFields.Element.Name("X-Skill-Source")!
    static let versionHeader = HTTPFields.Element.Name("X-Skill-Version")!
    static let platformHeader = HTTPFields.Element.Name("X-Skill-Platform")!

    init(source: String? = nil, version: String? = nil, platform: String? = nil) {
        self.source = source
        self.version = version
        self.platform = platform
    }

    /// Values trimmed and cut to 200 characters; blank ones count as absent.
    init(headers: HTTPFields) {
        func read(_ name: HTTPFields.Element.Name) -> String? {
            guard let value = headers[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
            return String(value.prefix(200))
        }
        self.init(source: read(Self.sourceHeader), version: read(Self.versionHeader), platform: read(Self.platformHeader))
    }

    var isComplete: Bool { source != nil && version != nil && platform != nil }
    var isEmpty: Bool { source == nil && version == nil && platform == nil }

    /// The headers not sent, by name.
    var missing: [String] {
        [(source, Self.sourceHeader), (version, Self.versionHeader), (platform, Self.platformHeader)]
            .filter { $0.0 == nil }.map { $0.1.rawName }
    }
}

extension APIError {
    /// 402 (code 402): the server requires attribution on export and some header is missing.
    static func exportBlocked(_ attribution: Attribution) -> APIError {
        APIError(code: 402, message: "export blocked by plan: this server requires the \(attribution.missing.joined(separator: ", ")) header(s) on export",
                 status: .init(code: 402, reasonPhrase: "Payment Required"))
    }
}

extension Store {
    /// Stores the attribution sent with a render job (overwriting what a retried POST sent before).
    func recordAttribution(_ attribution: Attribution, renderKey key: String) async throws {
        try await db.write { db in
            try db.execute(sql: "UPDATE renders SET skill_source = ?, skill_version = ?, skill_platform = ? WHERE key = ?",
                           arguments: [attribution.source, attribution.version, attribution.platform, key])
        }
    }

    /// The attribution recorded with a render job; nil for an unknown key.
    func attribution(renderKey key: String) async throws -> Attribution? {
        try await db.read { db in
            try Row.fetchOne(db, sql: "SELECT skill_source, skill_version, skill_platform FROM renders WHERE key = ?", arguments: [key])
                .map { Attribution(source: $0["skill_source"], version: $0["skill_version"], platform: $0["skill_platform"]) }
        }
    }
}
