import Foundation

/// Problems with an input file, with the API's stable codes.
public enum MediaError: Error, Sendable, Equatable, CustomStringConvertible {
    case notFound(String)
    /// Not media Reel can use (4001), whatever its name says.
    case unsupported(String, reason: String)
    /// Over the size limit (4002).
    case tooLarge(String, bytes: Int64, limit: Int64)

    public static let acceptedFormats = "video: mp4, mov, avi, webm, mkv · images: jpg, png, gif, webp · audio: mp3, wav, m4a, aac"

    public var code: Int {
        switch self {
        case .notFound: 4004
        case .unsupported: 4001
        case .tooLarge: 4002
        }
    }

    public var description: String {
        switch self {
        case .notFound(let p): "file not found: \(p)"
        case .unsupported(let p, let reason): "\((p as NSString).lastPathComponent) is not a media file Reel can use (\(reason)). Accepted: \(Self.acceptedFormats)"
        case .tooLarge(let p, let bytes, let limit): "\((p as NSString).lastPathComponent) is \(bytes / 1_000_000) MB; the limit is \(limit / 1_000_000) MB. Trim or compress it first."
        }
    }
}

public struct Prober: Sendable {
    public var tools: FFmpegTools
    public var sizeLimit: Int64
    /// Pixels (width × height) a picture or a video frame may have; a picture's size is read
    /// from its header, so one over the limit is refused without being decoded.
    public var maxPixels: Int
    /// Whether files are checked for being cut short (a picture missing its end, a video whose
    /// last seconds are not there): the server refuses them rather than failing a render later.
    public var checksCompleteness: Bool
    /// Memory the probes of this process share.
    public var budget: ProbeBudget

    public init(tools: FFmpegTools, sizeLimit: Int64 = 500_000_000, maxPixels: Int = .max, checksCompleteness: Bool = false,
                budget: ProbeBudget = .shared) {
        self.tools = tools
        self.sizeLimit = sizeLimit
        self.maxPixels = maxPixels
        self.checksCompleteness = checksCompleteness
        self.budget = budget
    }

    public func probe(_ path: String) async throws -> MediaInfo {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue else { throw MediaError.notFound(path) }
        let size = ((try? fm.attributesOfItem(atPath: path)[.size]) as? NSNumber)?.int64Value ?? 0
        if size > sizeLimit { throw MediaError.tooLarge(path, bytes: size, limit: sizeLimit) }
        if size == 0 { throw MediaError.unsupported(path, reason: "the file is empty") }
        // ffprobe decodes a picture to describe it: about 8 bytes a pixel (RGBA and the codec's own).
        var estimate = 32 << 20
        if let picture = ImageHeader.dimensions(ofFileAt: path) {
            try checkPixels(picture.width, picture.height, path: path)
            estimate = max(estimate, Int(min(Double(picture.width) * Double(picture.height) * 8, Double(1 << 40))))
        }
        let info = try await budget.withReservation(estimate) { try await describe(path, size: size) }
        if let w = info.width, let h = info.height { try checkPixels(w, h, path: path) }
        if checksCompleteness { try await checkComplete(info, path: path) }
        return info
    }

    private func checkPixels(_ width: Int, _ height: Int, path: String) throws {
        let (w, h) = (max(0, width), max(0, height))
        guard w.multipliedReportingOverflow(by: h).overflow || w * h > maxPixels else { return }
        let megapixels = Int((Double(w) * Double(h) / 1_000_000).rounded())
        throw MediaError.unsupported(path, reason: "a \(w)×\(h) picture (\(megapixels) MP) is over this server's limit of \(maxPixels / 1_000_000) MP")
    }

    /// Refuses a file whose content ends before it says it does.
    private func checkComplete(_ info: MediaInfo, path: String) async throws {
        if info.kind == .image {
            if let problem = ImageCompleteness.problem(ofFileAt: path, codec: info.codec) {
                throw MediaError.unsupported(path, reason: problem)
            }
            return
        }
        guard let duration = info.duration, duration > 1, !info.format.contains("mp3") else { return }
        // Read the packets of the last seconds; a file cut short has none there (its index,
        // written first, promises packets its data no longer holds).
        let from = max(0, duration - 3)
        let stream = info.kind == .video ? "v:0" : "a:0"
        let output = try await ProcessRunner.run(tools.ffprobe, [
            "-v", "error", "-select_streams", stream, "-read_intervals", "\(from)%", "-show_entries", "packet=pts_time,duration_time",
            "-of", "csv=p=0", FFmpegTools.fileURLArgument(path),
        ])
        var lastEnd = 0.0
        for line in String(decoding: output.stdout, as: UTF8.self).split(separator: "\n") {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map { Double($0) ?? 0 }
            lastEnd = max(lastEnd, (fields.first ?? 0) + (fields.count > 1 ? fields[1] : 0))
        }
        if lastEnd + max(0.5, duration * 0.05) < duration {
            let had = lastEnd > 0 ? String(format: "%.1f s", lastEnd) : "almost nothing"
            throw MediaError.unsupported(path, reason: "the file is cut short: it says " + String(format: "%.1f s", duration) + ", but holds " + had)
        }
    }

    private func describe(_ path: String, size: Int64) async throws -> MediaInfo {
        let args = ["-v", "error", "-print_format", "json", "-show_format", "-show_streams",
                    "-count_packets", "-select_streams", "V", FFmpegTools.fileURLArgument(path)]
        // Streams of every kind are needed, so probe twice only if the first finds no video.
        var output = try await ProcessRunner.run(tools.ffprobe, Array(args.prefix(6)) + [args.last!])
        if output.exitCode != 0 || output.stdout.isEmpty {
            let why = output.stderrTail.split(separator: "\n").last.map(String.init) ?? "ffprobe could not read it"
            throw MediaError.unsupported(path, reason: Self.clean(why, path: path))
        }
        var report = try Self.decode(output.stdout, path: path)
        // Count frames of the first video stream only when it might be a still picture.
        if let v = report.streams.first(where: { $0.codec_type == "video" }), Self.imageCodecs.contains(v.codec_name ?? "") {
            output = try await ProcessRunner.run(tools.ffprobe, args)
            if output.exitCode == 0, let counted = try? Self.decode(output.stdout, path: path) {
                report.streams = report.streams.map { s in
                    guard s.codec_type == "video", let c = counted.streams.first(where: { $0.index == s.index }) else { return s }
                    var s = s
                    s.nb_read_packets = c.nb_read_packets
                    return s
                }
            }
        }
        return try Self.interpret(report, path: path, size: size)
    }

    static let imageCodecs: Set<String> = ["mjpeg", "png", "webp", "gif", "bmp", "tiff", "jpegls"]
    static let imageFormats: Set<String> = ["image2", "png_pipe", "jpeg_pipe", "webp_pipe", "gif", "bmp_pipe", "tiff_pipe", "gif_pipe"]

    static func clean(_ message: String, path: String) -> String {
        message.replacingOccurrences(of: FFmpegTools.fileURLArgument(path) + ": ", with: "")
            .replacingOccurrences(of: FFmpegTools.fileURLArgument(path), with: "the file")
    }

    static func decode(_ data: Data, path: String) throws -> ProbeReport {
        do { return try JSONDecoder().decode(ProbeReport.self, from: data) }
        catch { throw MediaError.unsupported(path, reason: "ffprobe gave an unreadable report") }
    }

    static func interpret(_ report: ProbeReport, path: String, size: Int64) throws -> MediaInfo {
        let format = report.format?.format_name ?? "unknown"
        let video = report.streams.first { $0.codec_type == "video" && ($0.disposition?.attached_pic ?? 0) == 0 && ($0.width ?? 0) > 0 }
        let audio = report.streams.first { $0.codec_type == "audio" && ($0.sample_rate.flatMap(Int.init) ?? 0) > 0 }
        let duration = report.format?.duration.flatMap(Double.init) ?? video?.duration.flatMap(Double.init) ?? audio?.duration.flatMap(Double.init)

        if let v = video, let w = v.width, let h = v.height {
            let codec = v.codec_name ?? "unknown"
            let frames = v.nb_read_packets.flatMap(Int.init) ?? v.nb_frames.flatMap(Int.init)
            let isStill = imageCodecs.contains(codec) && (imageFormats.contains(format) || (frames ?? 2) <= 1)
                && (frames ?? 1) <= 1
            if isStill {
                let orientation = codec == "mjpeg" ? (EXIF.orientation(ofJPEGAt: path) ?? 1) : 1
                let swap = orientation >= 5
                return MediaInfo(kind: .image, duration: nil, width: swap ? h : w, height: swap ? w : h, fps: nil,
                                 rotation: 0, orientation: orientation, hasAudio: false, codec: codec,
                                 audioCodec: nil, format: format, sizeBytes: size)
            }
            guard let duration, duration > 0 else {
                throw MediaError.unsupported(path, reason: "a video stream with no length")
            }
            let rotation = v.rotation
            let swap = abs(rotation) % 180 == 90
            return MediaInfo(kind: .video, duration: duration, width: swap ? h : w, height: swap ? w : h,
                             fps: v.frameRate, rotation: rotation, orientation: 1, hasAudio: audio != nil,
                             codec: codec, audioCodec: audio?.codec_name, format: format, sizeBytes: size)
        }
        if let a = audio {
            guard let duration, duration > 0 else { throw MediaError.unsupported(path, reason: "an audio stream with no length") }
            return MediaInfo(kind: .audio, duration: duration, width: nil, height: nil, fps: nil, rotation: 0,
                             orientation: 1, hasAudio: true, codec: a.codec_name ?? "unknown", audioCodec: a.codec_name,
                             format: format, sizeBytes: size)
        }
        throw MediaError.unsupported(path, reason: "no picture or sound found in it")
    }
}

/// The parts of ffprobe's JSON that Reel reads.
struct ProbeReport: Decodable {
    struct Format: Decodable {
        var format_name: String?
        var duration: String?
    }
    struct Stream: Decodable {
        var index: Int
        var codec_type: String?
        var codec_name: String?
        var width: Int?
        var height: Int?
        var r_frame_rate: String?
        var avg_frame_rate: String?
        var duration: String?
        var nb_frames: String?
        var nb_read_packets: String?
        var sample_rate: String?
        var tags: [String: String]?
        var side_data_list: [SideData]?
        var disposition: Disposition?

        struct SideData: Decodable { var rotation: Int? }
        struct Disposition: Decodable { var attached_pic: Int? }

        /// Clockwise display rotation, from the display matrix (newer) or the `rotate` tag (older).
        var rotation: Int {
            if let r = side_data_list?.compactMap(\.rotation).first {
                // The display matrix angle is counter-clockwise.
                return ((-r % 360) + 360) % 360
            }
            if let t = tags?["rotate"], let r = Int(t) { return ((r % 360) + 360) % 360 }
            return 0
        }

        var frameRate: Double? {
            for s in [avg_frame_rate, r_frame_rate] {
                guard let s else { continue }
                let p = s.split(separator: "/")
                if p.count == 2, let n = Double(p[0]), let d = Double(p[1]), d > 0, n > 0 { return n / d }
            }
            return nil
        }
    }
    var format: Format?
    var streams: [Stream]
}
