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
        let fm = FileManager.default
        let workDir = (workRoot ?? fm.temporaryDirectory).appendingPathComponent("reel-\(UUID().uuidString)").path
        try fm.createDirectory(atPath: workDir, withIntermediateDirectories: true)
        defer { try? fm.removeItem(atPath: workDir) }

        var loudness: LoudnessMeasurement?
        if prepared.timeline.loudnorm && settings.format.hasAudio {
            loudness = try await measureLoudness(prepared, settings: settings, workDir: workDir)
        }
        let timeline = try prepared.timeline(for: settings)
        let layout = chunks(timeline, settings: settings)
        var builder = PlanBuilder(timeline: timeline, settings: settings, workDir: workDir, loudness: loudness)
        let plan = builder.build()

        let outputURL = URL(fileURLWithPath: output)
        try fm.createDirectory(at: outputURL.deletingLastPathComponent(), withIntermediateDirectories: true)
        let partial = outputURL.deletingLastPathComponent()
            .appendingPathComponent(".\(outputURL.lastPathComponent).\(UUID().uuidString.prefix(8)).partial").path
        do {
            if layout.ranges.count > 1 {
                logger.debug("chunks", metadata: ["frames": "\(layout.ranges)"])
                try await renderChunked(timeline, layout: layout, settings: settings, workDir: workDir,
                                        loudness: loudness, to: partial, progress: progress)
            } else {
                try write(plan.files)
                let args = plan.arguments(output: partial, progress: true)
                logger.debug("ffmpeg", metadata: ["args": "\(args)"])
                let total = plan.duration
                let result = try await ProcessRunner.run(tools.ffmpeg, args) { line in
                    if line.hasPrefix("out_time_us="), let us = Double(line.dropFirst(12)), total > 0 {
                        progress(min(1, max(0, us / 1_000_000 / total)))
                    }
                }
                guard result.exitCode == 0 else {
                    throw FFmpegError.failed(arguments: args, exitCode: result.exitCode, stderrTail: result.stderrTail)
                }
            }
            if fm.fileExists(atPath: output) { try fm.removeItem(atPath: output) }
            try fm.moveItem(atPath: partial, toPath: output)
        } catch {
            try? fm.removeItem(atPath: partial)
            throw error
        }
        progress(1)
        let bytes = ((try? fm.attributesOfItem(atPath: output)[.size]) as? NSNumber)?.int64Value ?? 0
        return RenderResult(output: output, duration: plan.duration, width: plan.width, height: plan.height,
                            bytes: bytes, warnings: prepared.warnings)
    }

    /// The chunks a render is made in: as many as asked (`RenderSettings.chunks`), or as suit the
    /// machine and the job; always one for formats whose pieces cannot be joined by stream copy.
    public func chunks(_ timeline: ResolvedTimeline, settings: RenderSettings) -> ChunkLayout {
        let joinable = settings.format == .mp4 || settings.format == .mov
        let count = joinable ? settings.chunks ?? ChunkLayout.automaticCount(for: timeline, settings: settings) : 1
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
        let result = try await ProcessRunner.run(tools.ffmpeg, args)
        guard result.exitCode == 0 else {
            throw FFmpegError.failed(arguments: args, exitCode: result.exitCode, stderrTail: result.stderrTail)
        }
        guard let open = result.stderrTail.range(of: "{", options: .backwards),
              let close = result.stderrTail.range(of: "}", options: .backwards),
              let m = try? JSONDecoder().decode(LoudnessMeasurement.self, from: Data(result.stderrTail[open.lowerBound...close.lowerBound].utf8))
        else {
            throw FFmpegError.failed(arguments: args, exitCode: 0, stderrTail: "loudnorm printed no measurement\n" + result.stderrTail)
        }
        return m
    }
}
