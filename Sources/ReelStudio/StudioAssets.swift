import Foundation

/// The web studio's files, built into the binary from `Assets/` (see `Plugins/StudioAssets`).
/// No HTTP here: `ReelServer`'s `StudioController` serves them.
public enum StudioAssets {
    public struct Asset: Sendable {
        public var name: String
        public var contentType: String
        public var bytes: Data
    }

    /// Changes whenever any asset does: the page names its files under it, so they can be cached forever.
    public static var version: String { embeddedVersion }

    /// Every asset by file name (`index.html`, `app.js`, …).
    public static let all: [String: Asset] = embeddedBase64.reduce(into: [:]) { out, entry in
        guard let bytes = Data(base64Encoded: entry.value) else { return }
        out[entry.key] = Asset(name: entry.key, contentType: contentType(entry.key), bytes: bytes)
    }

    public static func asset(_ name: String) -> Asset? { all[name] }

    static func contentType(_ name: String) -> String {
        switch (name as NSString).pathExtension.lowercased() {
        case "html": "text/html; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "svg": "image/svg+xml"
        case "json": "application/json"
        case "png": "image/png"
        default: "application/octet-stream"
        }
    }
}
