import Foundation
import ReelFFmpeg

/// One decoded frame as RGB bytes, for sampling colours.
public struct Frame: Sendable {
    public var width: Int
    public var height: Int
    public var rgb: [UInt8]

    public init(width: Int, height: Int, rgb: [UInt8]) {
        self.width = width
        self.height = height
        self.rgb = rgb
    }

    public func pixel(_ x: Int, _ y: Int) -> (r: Int, g: Int, b: Int) {
        let i = (y * width + x) * 3
        return (Int(rgb[i]), Int(rgb[i + 1]), Int(rgb[i + 2]))
    }

    /// Pixel at a fraction of the width and height.
    public func at(_ fx: Double, _ fy: Double) -> (r: Int, g: Int, b: Int) {
        pixel(min(width - 1, Int(Double(width) * fx)), min(height - 1, Int(Double(height) * fy)))
    }

    /// Mean absolute difference of a rectangle (fractions of the frame) against another frame.
    public func difference(from other: Frame, x0: Double = 0, y0: Double = 0, x1: Double = 1, y1: Double = 1) -> Double {
        var total = 0, count = 0
        for y in Int(Double(height) * y0)..<Int(Double(height) * y1) {
            for x in Int(Double(width) * x0)..<Int(Double(width) * x1) {
                let a = pixel(x, y), b = other.pixel(x, y)
                total += abs(a.r - b.r) + abs(a.g - b.g) + abs(a.b - b.b)
                count += 3
            }
        }
        return count == 0 ? 0 : Double(total) / Double(count)
    }
}

public func close(_ c: (r: Int, g: Int, b: Int), _ r: Int, _ g: Int, _ b: Int, tolerance: Int = 24) -> Bool {
    abs(c.r - r) <= tolerance && abs(c.g - g) <= tolerance && abs(c.b - b) <= tolerance
}

extension Scratch {
    /// The frame shown at `seconds`, decoded at the file's own size.
    public func frame(_ file: String, at seconds: Double) async throws -> Frame {
        let info = try await streams(file)
        guard let w = info.video?.width, let h = info.video?.height else { throw TestFailure("\(file) has no video") }
        let out = try await ProcessRunner.run(tools.ffmpeg, [
            "-v", "error", "-nostdin", "-ss", String(seconds), "-i", file, "-frames:v", "1",
            "-f", "rawvideo", "-pix_fmt", "rgb24", "-",
        ])
        guard out.exitCode == 0, out.stdout.count == w * h * 3 else {
            throw TestFailure("could not grab a frame at \(seconds)s of \(file): \(out.stderrTail)")
        }
        return Frame(width: w, height: h, rgb: [UInt8](out.stdout))
    }

    public struct Streams: Sendable {
        public struct Video: Sendable { public var codec: String; public var width: Int; public var height: Int; public var pixFmt: String; public var fps: Double; public var frames: Int? }
        public struct Audio: Sendable { public var codec: String; public var sampleRate: Int; public var channels: Int }
        public var format: String
        public var duration: Double
        public var video: Video?
        public var audio: Audio?
    }

    /// What ffprobe sees in a produced file.
    public func streams(_ file: String) async throws -> Streams {
        let out = try await ProcessRunner.run(tools.ffprobe, [
            "-v", "error", "-print_format", "json", "-show_format", "-show_streams", "-count_frames", file,
        ])
        guard out.exitCode == 0,
              let json = try JSONSerialization.jsonObject(with: out.stdout) as? [String: Any],
              let streams = json["streams"] as? [[String: Any]], let format = json["format"] as? [String: Any]
        else { throw TestFailure("ffprobe failed on \(file): \(out.stderrTail)") }
        var result = Streams(format: format["format_name"] as? String ?? "",
                             duration: Double(format["duration"] as? String ?? "") ?? 0)
        if let v = streams.first(where: { $0["codec_type"] as? String == "video" }) {
            let rate = (v["r_frame_rate"] as? String ?? "0/1").split(separator: "/").compactMap { Double($0) }
            result.video = .init(codec: v["codec_name"] as? String ?? "", width: v["width"] as? Int ?? 0,
                                 height: v["height"] as? Int ?? 0, pixFmt: v["pix_fmt"] as? String ?? "",
                                 fps: rate.count == 2 && rate[1] > 0 ? rate[0] / rate[1] : 0,
                                 frames: Int(v["nb_read_frames"] as? String ?? ""))
        }
        if let a = streams.first(where: { $0["codec_type"] as? String == "audio" }) {
            result.audio = .init(codec: a["codec_name"] as? String ?? "", sampleRate: Int(a["sample_rate"] as? String ?? "") ?? 0,
                                 channels: a["channels"] as? Int ?? 0)
        }
        return result
    }

    /// RMS level in dBFS of the sound between `from` and `to` seconds.
    public func rmsLevel(_ file: String, from: Double, to: Double, filter: String? = nil) async throws -> Double {
        let chain = (filter.map { $0 + "," } ?? "") + "astats=measure_perchannel=none"
        let out = try await ProcessRunner.run(tools.ffmpeg, [
            "-v", "info", "-nostdin", "-ss", String(from), "-t", String(to - from), "-i", file,
            "-map", "0:a", "-af", chain, "-f", "null", "-",
        ])
        guard let line = out.stderrTail.split(separator: "\n").last(where: { $0.contains("RMS level dB") }),
              let value = line.split(separator: ":").last.flatMap({ Double($0.trimmingCharacters(in: .whitespaces)) })
        else { return -.infinity }
        return value
    }

    /// Integrated loudness (LUFS) by EBU R128.
    public func loudness(_ file: String) async throws -> Double {
        let out = try await ProcessRunner.run(tools.ffmpeg, [
            "-v", "info", "-nostdin", "-i", file, "-map", "0:a", "-af", "ebur128", "-f", "null", "-",
        ])
        guard let line = out.stderrTail.split(separator: "\n").last(where: { $0.contains(" I:") && $0.contains("LUFS") }),
              let value = line.split(separator: " ").compactMap({ Double($0) }).first
        else { throw TestFailure("no loudness reading: \(out.stderrTail.suffix(500))") }
        return value
    }
}
