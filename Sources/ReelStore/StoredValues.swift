import Foundation
import ReelFFmpeg

/// How both stores write what they keep as text: a probed `MediaInfo` as sorted-key JSON (the
/// `info` columns), and new bearer tokens.
public enum StoredValues {
    public static func infoJSON(_ info: MediaInfo) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(info), as: UTF8.self)
    }

    /// The `MediaInfo` of an `info` column; nil for one that cannot be read (its row is skipped).
    public static func mediaInfo(_ text: String) -> MediaInfo? {
        try? JSONDecoder().decode(MediaInfo.self, from: Data(text.utf8))
    }

    /// `reel_` and 48 random hex digits.
    public static func newToken() -> String {
        var rng = SystemRandomNumberGenerator()
        return "reel_" + (0..<24).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &rng)) }.joined()
    }
}
