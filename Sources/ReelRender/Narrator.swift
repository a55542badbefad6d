import Foundation
import ReelFFmpeg

/// Speaks a script to a WAV file with espeak-ng (Debian's `espeak-ng`), offline.
public enum Narrator {
    public enum Failure: Error, CustomStringConvertible {
        case notInstalled
        case failed(String)
        public var description: String {
            switch self {
            case .notInstalled: "espeak-ng is not installed: `sudo apt-get install espeak-ng` (or `make setup`)"
            case .failed(let why): "espeak-ng failed: \(why)"
            }
        }
    }

    /// Writes the narration to `output`; Chinese scripts get the Mandarin voice.
    public static func speak(_ script: String, to output: String) async throws {
        guard let espeak = FFmpegTools.find("espeak-ng", override: ProcessInfo.processInfo.environment["REEL_ESPEAK"],
                                            path: ProcessInfo.processInfo.environment["PATH"]) else { throw Failure.notInstalled }
        // The words go through a file, never as an argument a leading "-" could turn into an option.
        let textFile = output + ".txt"
        try Data(script.utf8).write(to: URL(fileURLWithPath: textFile))
        defer { try? FileManager.default.removeItem(atPath: textFile) }
        let chinese = script.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
        let result = try await ProcessRunner.run(espeak, ["-v", chinese ? "cmn" : "en-us", "-s", "155", "-w", output, "-f", textFile])
        guard result.exitCode == 0, FileManager.default.fileExists(atPath: output) else {
            throw Failure.failed(result.stderrTail.split(separator: "\n").last.map(String.init) ?? "exit code \(result.exitCode)")
        }
    }
}
