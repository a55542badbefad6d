import Foundation
import Logging
import ReelFFmpeg
import ReelTimeline

/// A draft with its media probed and its fonts located: everything resolving needs. `timeline`
/// is the full-quality resolution; `timeline(for:)` resolves afresh for other settings.
public struct PreparedDraft: Sendable {
    public var draft: Draft
    public var timeline: ResolvedTimeline
    public var media: [String: MediaInfo]
    /// Where each `src` is on disk.
    public var paths: [String: String]
    /// Font files by the fontconfig patterns the draft's texts ask for.
    public var fonts: [String: String]
    public var warnings: [Diagnostic]

    public init(draft: Draft, timeline: ResolvedTimeline, media: [String: MediaInfo], paths: [String: String],
                fonts: [String: String] = [:], warnings: [Diagnostic]) {
        self.draft = draft
        self.timeline = timeline
        self.media = media
        self.paths = paths
        self.fonts = fonts
        self.warnings = warnings
    }

    /// Prepares a draft whose media and fonts are already known (no probing).
    public init(draft: Draft, media: [String: MediaInfo], paths: [String: String], fonts: [String: String] = [:],
                warnings: [Diagnostic] = []) throws {
        let (timeline, resolved) = try Resolver(media: media, paths: paths, fonts: fonts).resolve(draft)
        self.init(draft: draft, timeline: timeline, media: media, paths: paths, fonts: fonts, warnings: resolved + warnings)
    }

    /// The timeline as rendered with `settings` (a preview at its own frame rate and canvas),
    /// resolved from the draft with the same media and fonts.
    public func timeline(for settings: RenderSettings) throws -> ResolvedTimeline {
        try Resolver(media: media, paths: paths, fonts: fonts).resolve(draft, settings: settings).timeline
    }

    /// The seed-style summary, with clip lengths from probing.
    public var summary: String {
        draft.summary(knownDurations: media.compactMapValues(\.durationMs))
    }
}

public struct RenderResult: Sendable {
    public var output: String
    public var duration: Double
    public var width: Int
    public var height: Int
    public var bytes: Int64
    public var warnings: [Diagnostic]
}

/// Reel's engine: probe → resolve → plan → run FFmpeg. Used alike by the command line and the server.
public struct RenderEngine: Sendable {
    public var tools: FFmpegTools
    public var logger: Logger
    public var sizeLimit: Int64 = 500_000_000
    /// Where `reel-<uuid>` work folders are made (a server keeps them under its data directory
    /// and sweeps them at start); nil means the temporary directory.
    public var workRoot: URL?

    public init(tools: FFmpegTools, logger: Logger = Logger(label: "reel.render")) {
        self.tools = tools
        self.logger = logger
    }

    /// Where a draft's `src` points: absolute as given, relative to the draft's folder.
    public static func path(of src: String, base: String) -> String {
        if src.hasPrefix("/") { return src }
        let expanded = (src as NSString).expandingTildeInPath
        if expanded.hasPrefix("/") { return expanded }
        return ((base as NSString).appendingPathComponent(src) as NSString).standardizingPath
    }

    /// Probes every distinct source of the draft, then resolves its timeline.
    public func prepare(_ draft: Draft, baseDirectory: String) async throws -> PreparedDraft {
        let prober = Prober(tools: tools, sizeLimit: sizeLimit)
        var media: [String: MediaInfo] = [:]
        var paths: [String: String] = [:]
        var problems: [Diagnostic] = []
        for (ti, track) in draft.tracks.enumerated() {
            for (si, seg) in track.segments.enumerated() {
                guard let src = seg.src, media[src] == nil else { continue }
                let file = Self.path(of: src, base: baseDirectory)
                do {
                    media[src] = try await prober.probe(file)
                    paths[src] = file
                } catch let error as MediaError {
                    problems.append(Diagnostic(.error, "t[\(ti)].sg[\(si)].m.src", error.description))
                }
            }
        }
        if !problems.isEmpty { throw DraftValidationError(problems) }
        // Fonts are handed to drawtext as files; one that cannot be found falls back to its kind's default.
        var fonts: [String: String] = [:]
        var warnings: [Diagnostic] = []
        for track in draft.tracks where track.type == .text {
            for seg in track.segments where seg.text != nil {
                let name = Resolver.fontPattern(of: seg)
                guard fonts[name] == nil else { continue }
                if let file = await FontLocator.file(for: name) {
                    fonts[name] = file
                } else {
                    let fallback = TextDefaults.for(seg.kind ?? .caption).font
                    fonts[name] = await FontLocator.file(for: fallback) ?? fallback
                    warnings.append(Diagnostic(.warning, "", "font \"\(name)\" was not found; using \(fallback)"))
                }
            }
        }
        return try PreparedDraft(draft: draft, media: media, paths: paths, fonts: fonts, warnings: warnings)
    }

    public func plan(_ prepared: PreparedDraft, settings: RenderSettings, workDir: String,
                     loudness: LoudnessMeasurement? = nil) throws -> RenderPlan {
        var builder = PlanBuilder(timeline: try prepared.timeline(for: settings), settings: settings, workDir: workDir, loudness: loudness)
        return builder.build()
    }

    /// Renders to `output`, written whole or not at all: FFmpeg writes a hidden partial file
    /// that is renamed on success and removed on failure or cancellation.
    public func render(
        _ prepared: PreparedDraft, to output: String, settings: RenderSettings,
        progress: @escaping @Sendable (Double) -> Void = { _ in }
    ) async throws -> RenderResult {
        let timeline = try prepared.timeline(for: settings)
        let layout = chunks(timeline, settings: settings)
        let result = try await withWorkDir { workDir in
            if layout.ranges.count > 1 {
                logger.debug("chunks", metadata: ["frames": "\(layout.ranges)"])
                return try await renderChunked(prepared, layout: layout, settings: settings, workDir: workDir,
                                               to: output, progress: progress)
            }
            var loudness: LoudnessMeasurement?
            if prepared.timeline.loudnorm && settings.format.hasAudio {
                loudness = try await measureLoudness(prepared, settings: settings, workDir: workDir)
            }
            var builder = PlanBuilder(timeline: timeline, settings: settings, workDir: workDir, loudness: loudness)
            let plan = builder.build()
            try write(plan.files)
            try await writeWhole(output) { partial in
                let args = plan.arguments(output: partial, progress: true)
                logger.debug("ffmpeg", metadata: ["args": "\(args)"])
                let total = plan.duration
                try await ffmpeg(args, feeds: plan.feeds) { seconds in if total > 0 { progress(min(1, max(0, seconds / total))) } }
            }
            return self.result(prepared, output: output, duration: plan.duration, width: plan.width, height: plan.height)
        }
        progress(1)
        return result
    }

    /// The result of a finished render at `output`.
    func result(_ prepared: PreparedDraft, output: String, duration: Double, width: Int, height: Int) -> RenderResult {
        let bytes = ((try? FileManager.default.attributesOfItem(atPath: output)[.size]) as? NSNumber)?.int64Value ?? 0
        return RenderResult(output: output, duration: duration, width: width, height: height, bytes: bytes, warnings: prepared.warnings)
    }

    /// Runs `body` in a fresh `reel-<uuid>` work folder under `workRoot`, removed afterwards.
    func withWorkDir<T>(_ body: (String) async throws -> T) async throws -> T {
        let fm = FileManager.default
        let dir = (workRoot ?? fm.temporaryDirectory).appendingPathComponent("reel-\(UUID().uuidString)").path
        try fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? fm.removeItem(atPath: dir) }
        return try await body(dir)
    }

    /// Lets `body` write a hidden partial file beside `output`, renamed over `output` when `body`
    /// returns and removed when it throws (failure or cancellation): whoever sees `output` sees
    /// a whole file, and a killed process leaves only a `.partial`.
    func writeWhole(_ output: String, _ body: (String) async throws -> Void) async throws {
        let fm = FileManager.default
        let url = URL(fileURLWithPath: output)
        try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let partial = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString.prefix(8)).partial").path
        do {
            try await body(partial)
            // rename(2) replaces an existing file in one step.
            guard rename(partial, output) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        } catch {
            try? fm.removeItem(atPath: partial)
            throw error
        }
    }

    /// Runs FFmpeg and throws its failure; `secondsDone` gets the output time it has reached
    /// (from `-progress pipe:1`). `feeds`: the plan's zooms, made and piped in while it runs.
    @discardableResult
    func ffmpeg(_ args: [String], feeds: [ZoomFeed] = [], secondsDone: (@Sendable (Double) -> Void)? = nil) async throws -> ProcessOutput {
        let result = try await run(args, feeds: feeds) { line in
            if let secondsDone, line.hasPrefix("out_time_us="), let us = Double(line.dropFirst(12)) { secondsDone(max(0, us / 1_000_000)) }
        }
        guard result.exitCode == 0 else {
            throw FFmpegError.failed(arguments: args, exitCode: result.exitCode, stderrTail: result.stderrTail)
        }
        return result
    }

    /// Runs FFmpeg with `args`, writing the plan's zoom feeds while it runs; what it left.
    /// Anything that runs a render plan's arguments goes through here (tests too), so the piped
    /// inputs are always fed.
    public func run(_ args: [String], feeds: [ZoomFeed], onLine: (@Sendable (String) -> Void)? = nil) async throws -> ProcessOutput {
        try await ProcessRunner.run(tools.ffmpeg, args, feeds: try await inputFeeds(feeds), onLine: onLine)
    }

    /// The chunks a render is made in: as many as asked (`RenderSettings.chunks`), or as suit the
    /// machine and the job; always one for formats whose pieces cannot be joined by stream copy.
    public func chunks(_ timeline: ResolvedTimeline, settings: RenderSettings) -> ChunkLayout {
        let count = settings.format.joinsByStreamCopy ? settings.chunks ?? ChunkLayout.automaticCount(for: timeline, settings: settings) : 1
        return ChunkLayout(timeline, count: count)
    }

    func write(_ files: [String: String]) throws {
        for (path, contents) in files {
            try Data(contents.utf8).write(to: URL(fileURLWithPath: path))
        }
    }

    /// First loudnorm pass: the mix measured, nothing written.
    func measureLoudness(_ prepared: PreparedDraft, settings: RenderSettings, workDir: String) async throws -> LoudnessMeasurement {
        var builder = PlanBuilder(timeline: try prepared.timeline(for: settings), settings: settings, workDir: workDir)
        let plan = builder.buildLoudnessMeasurement()
        try write(plan.files)
        let args = plan.arguments(output: "-", progress: false)
        let result = try await ffmpeg(args)
        guard let open = result.stderrTail.range(of: "{", options: .backwards),
              let close = result.stderrTail.range(of: "}", options: .backwards),
              let m = try? JSONDecoder().decode(LoudnessMeasurement.self, from: Data(result.stderrTail[open.lowerBound...close.lowerBound].utf8))
        else {
            throw FFmpegError.failed(arguments: args, exitCode: 0, stderrTail: "loudnorm printed no measurement\n" + result.stderrTail)
        }
        return m
    }
}
