import Foundation

/// Finds font files by fontconfig name (`Noto Sans CJK SC:style=Bold`) with `fc-match`, so
/// drawtext is handed a file: its own fontconfig lookup silently falls back to a font without
/// CJK glyphs for some patterns.
public enum FontLocator {
    /// The file for a pattern, or nil when fontconfig is missing or finds nothing.
    public static func file(for pattern: String) async -> String? {
        if pattern.contains("/") { return FileManager.default.fileExists(atPath: pattern) ? pattern : nil }
        guard let fcMatch = FFmpegTools.find("fc-match", override: nil, path: ProcessInfo.processInfo.environment["PATH"]),
              let out = try? await ProcessRunner.run(fcMatch, ["--format=%{file}", pattern]), out.exitCode == 0
        else { return nil }
        let path = String(decoding: out.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return path.isEmpty ? nil : path
    }
}
