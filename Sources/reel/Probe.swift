import ArgumentParser
import Foundation
import ReelFFmpeg

struct Probe: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show what a media file is: kind, length, size, frame rate, rotation, sound.")

    @Argument(help: "A picture, clip or sound file.")
    var file: String

    @Flag(help: "Print JSON.")
    var json = false

    func run() async throws {
        try await reportingFailures {
            let info = try await Prober(tools: FFmpegTools.locate()).probe(file)
            if json {
                let enc = JSONEncoder()
                enc.outputFormatting = [.prettyPrinted, .sortedKeys]
                print(String(decoding: try enc.encode(info), as: UTF8.self))
                return
            }
            var parts = [info.kind.rawValue, info.codec]
            if let w = info.width, let h = info.height { parts.append("\(w)x\(h)") }
            if let d = info.duration { parts.append(String(format: "%.2f s", d)) }
            if let f = info.fps { parts.append(String(format: "%.3g fps", f)) }
            if info.rotation != 0 { parts.append("rotated \(info.rotation)°") }
            if info.orientation != 1 { parts.append("EXIF orientation \(info.orientation)") }
            if info.kind == .video { parts.append(info.hasAudio ? "with sound (\(info.audioCodec ?? "?"))" : "no sound") }
            print("\(file): " + parts.joined(separator: ", "))
        }
    }
}
