import Foundation
import Hummingbird
import ReelStore

/// The `X-Skill-Source`, `X-Skill-Version` and `X-Skill-Platform` headers (SPEC §3): accepted
/// on every request, recorded with the render jobs they came with.
extension Attribution {
    static let sourceHeader = HTTPFields.Element.Name("X-Skill-Source")!
    static let versionHeader = HTTPFields.Element.Name("X-Skill-Version")!
    static let platformHeader = HTTPFields.Element.Name("X-Skill-Platform")!

    /// Values trimmed and cut to 200 characters; blank ones count as absent.
    init(headers: HTTPFields) {
        func read(_ name: HTTPFields.Element.Name) -> String? {
            guard let value = headers[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
            return String(value.prefix(200))
        }
        self.init(source: read(Self.sourceHeader), version: read(Self.versionHeader), platform: read(Self.platformHeader))
    }

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
