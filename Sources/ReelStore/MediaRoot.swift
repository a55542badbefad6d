import Foundation

/// The folder every node mounts for media and renders, and how paths cross the database: a
/// file under it is stored by its path inside it (`<session>/<uuid>.jpg`, `renders/<key>.mp4`),
/// so nodes that mount it at different places agree on every row; on the way out it becomes
/// this node's absolute path again. Paths outside it (an older version's rows) pass unchanged.
public struct MediaRoot: Sendable, Equatable {
    /// This node's mount point, ending in `/`; nil stores paths as given.
    public let prefix: String?

    public init(_ root: URL?) {
        guard let root else {
            prefix = nil
            return
        }
        let path = root.standardizedFileURL.path
        prefix = path.hasSuffix("/") ? path : path + "/"
    }

    /// How a path is stored.
    public func stored(_ path: String) -> String {
        guard let prefix, path.hasPrefix(prefix) else { return path }
        return String(path.dropFirst(prefix.count))
    }

    /// The absolute path on this node of a stored path.
    public func local(_ stored: String) -> String {
        guard let prefix, Self.isRelative(stored) else { return stored }
        return prefix + stored
    }

    public func stored(_ path: String?) -> String? { path.map { stored($0) } }
    public func local(_ stored: String?) -> String? { stored.map { local($0) } }

    /// JSON text (a draft, a session's state) with every `"src"` under the root stored relative.
    public func storedJSON(_ json: String) -> String {
        guard let prefix, json.contains(#""src":"#) else { return json }
        var out = json
        for form in Self.jsonForms(prefix) {
            out = out.replacingOccurrences(of: #""src":""# + form, with: #""src":""#)
        }
        return out
    }

    /// JSON text with every relative `"src"` made absolute on this node.
    public func localJSON(_ json: String) -> String {
        guard let prefix, json.contains(#""src":"#), let form = Self.jsonForms(prefix).first else { return json }
        var out = ""
        out.reserveCapacity(json.utf8.count + 256)
        var rest = Substring(json)
        let marker = #""src":""#
        while let range = rest.range(of: marker) {
            out += rest[..<range.upperBound]
            rest = rest[range.upperBound...]
            let value = rest.prefix { $0 != "\"" }
            if Self.isRelative(String(value)), !value.hasPrefix(#"\/"#) { out += form }
        }
        out += rest
        return out
    }

    /// Not absolute, not a URL, not empty.
    static func isRelative(_ path: String) -> Bool {
        guard let first = path.first, first != "/" else { return false }
        if let colon = path.firstIndex(of: ":"), path[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || "+.-".contains($0) }) {
            return false
        }
        return true
    }

    /// `text` as it appears inside a JSON string, with and without escaped slashes.
    public static func jsonForms(_ text: String) -> [String] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        guard let data = try? encoder.encode(text) else { return [] }
        let plain = String(decoding: data.dropFirst().dropLast(), as: UTF8.self)
        let escaped = plain.replacingOccurrences(of: "/", with: #"\/"#)
        return plain == escaped ? [plain] : [plain, escaped]
    }
}
