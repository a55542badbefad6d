import Foundation
import ReelFFmpeg
import ReelTimeline

/// Turns a validated draft plus what probing found into a `ResolvedTimeline` for one kind of
/// render. Everything that shapes the timeline goes in here, never patched on afterwards: the
/// media, the font files, and the render settings (a preview resolves at its own frame rate
/// and canvas, so every frame count is computed once, at the rate it is rendered at).
public struct Resolver: Sendable {
    /// Probe results by the draft's `src` strings.
    public var media: [String: MediaInfo]
    /// Where each `src` really is on disk.
    public var paths: [String: String]
    /// Font files by fontconfig pattern (`Noto Sans CJK SC:style=Bold`); a pattern missing here
    /// is handed to drawtext as it is.
    public var fonts: [String: String]

    public init(media: [String: MediaInfo], paths: [String: String], fonts: [String: String] = [:]) {
        self.media = media
        self.paths = paths
        self.fonts = fonts
    }

    /// The font pattern a text segment asks for (its own, or its kind's default).
    public static func fontPattern(of segment: Segment) -> String {
        segment.style.font ?? TextDefaults.for(segment.kind ?? .caption).font
    }

    /// The draft's frame rate as rendered with `settings`: previews show at most
    /// `RenderSettings.previewMaxFPS` frames a second.
    public static func fps(of draft: Draft, settings: RenderSettings) -> Int {
        settings.preview ? min(draft.meta.fps, RenderSettings.previewMaxFPS) : draft.meta.fps
    }

    public func resolve(_ draft: Draft, settings: RenderSettings = RenderSettings()) throws -> (timeline: ResolvedTimeline, warnings: [Diagnostic]) {
        var problems: [Diagnostic] = []
        let fps = Self.fps(of: draft, settings: settings)
        let canvas = settings.canvas(width: draft.meta.width, height: draft.meta.height)
        let visualIndex = draft.tracks.firstIndex { $0.type == .visual } ?? 0
        let segments = draft.tracks.indices.contains(visualIndex) ? draft.tracks[visualIndex].segments : []

        func frames(_ ms: Int) -> Int { Int((Double(ms) * Double(fps) / 1000).rounded()) }

        var visuals: [ResolvedVisual] = []
        var lengths: [Int] = []
        for (i, s) in segments.enumerated() {
            let path = "t[\(visualIndex)].sg[\(i)]"
            var v = ResolvedVisual(source: .color(s.color ?? "black"), name: s.displayName, startFrame: 0,
                                   frames: max(1, frames(s.duration ?? Segment.defaultStillDuration)),
                                   trimIn: Double(s.trimIn) / 1000, speed: s.speed, fit: s.fit, motion: s.motion,
                                   look: s.look, clipVolume: nil)
            if let src = s.src {
                guard let info = media[src], let file = paths[src] else {
                    problems.append(Diagnostic(.error, path + ".m.src", "\(src) was not found or could not be probed"))
                    continue
                }
                switch info.kind {
                case .image:
                    v.source = .image(path: file, info: info)
                    v.trimIn = 0
                    v.speed = 1
                case .video:
                    v.source = .video(path: file, info: info)
                    let available = (info.duration ?? 0) - v.trimIn
                    if available <= 0.05 {
                        problems.append(Diagnostic(.error, path + ".m.in", "starts at \(seconds(s.trimIn)) s but \(src) is only \(String(format: "%.1f", info.duration ?? 0)) s long"))
                        continue
                    }
                    // Frames the source can fill at this speed, leaving a frame of margin.
                    let fillable = max(1, Int((available / v.speed * Double(fps)).rounded(.down)))
                    if let d = s.duration {
                        if frames(d) > fillable {
                            problems.append(Diagnostic(.warning, path + ".d", "asks for \(seconds(d)) s but \(src) has \(String(format: "%.2f", Double(fillable) / Double(fps))) s from that point; shortened"))
                            v.frames = fillable
                        }
                    } else {
                        v.frames = fillable
                    }
                    if info.hasAudio, !s.mute, s.volume > 0 { v.clipVolume = s.volume }
                    if s.motion != .none {
                        problems.append(Diagnostic(.warning, path + ".m.zoom", "slow zoom applies to pictures, not clips; ignored"))
                        v.motion = .none
                    }
                case .audio:
                    problems.append(Diagnostic(.error, path + ".m.src", "\(src) is sound only; put it on an audio track (tt 1)"))
                    continue
                }
            }
            visuals.append(v)
            lengths.append(v.frames)
        }
        let requested = segments.map { frames($0.transition?.duration ?? 0) }
        let layout = VisualLayout(lengths: lengths, transitions: requested)
        var transitions: [ResolvedTransition?] = []
        for i in visuals.indices {
            visuals[i].startFrame = layout.starts[i]
            let f = layout.transitions[i]
            let asked = i < segments.count ? segments[i].transition : nil
            transitions.append(f > 0 ? ResolvedTransition(name: TransitionName.xfade(asked?.name ?? "crossfade"), frames: f) : nil)
        }
        let totalFrames = layout.total
        let total = Double(totalFrames) / Double(fps)

        var audio: [ResolvedAudio] = []
        let hasVoice = draft.tracks.contains { $0.type == .audio && $0.role == .voice && !$0.segments.isEmpty }
        for (ti, track) in draft.tracks.enumerated() where track.type == .audio {
            for (si, s) in track.segments.enumerated() {
                let path = "t[\(ti)].sg[\(si)]"
                guard let src = s.src, let info = media[src], let file = paths[src] else {
                    problems.append(Diagnostic(.error, path + ".m.src", "\(s.src ?? "?") was not found or could not be probed"))
                    continue
                }
                guard info.hasAudio else {
                    problems.append(Diagnostic(.error, path + ".m.src", "\(src) has no sound"))
                    continue
                }
                let start = Double(s.start ?? 0) / 1000
                if start >= total {
                    problems.append(Diagnostic(.warning, path + ".st", "starts after the video ends (\(String(format: "%.1f", total)) s); left out"))
                    continue
                }
                let role = track.role ?? .music
                let trimIn = Double(s.trimIn) / 1000
                let available = (info.duration ?? 0) - trimIn
                let loop = s.loop && role == .music
                var duration = s.duration.map { Double($0) / 1000 } ?? (total - start)
                duration = min(duration, total - start)
                if !loop { duration = min(duration, max(0, available / s.speed)) }
                if duration <= 0 {
                    problems.append(Diagnostic(.warning, path, "has no sound left to play after trimming; left out"))
                    continue
                }
                audio.append(ResolvedAudio(
                    path: file, info: info, role: role, name: track.name ?? s.displayName, start: start,
                    duration: duration, trimIn: trimIn, speed: s.speed, volume: s.mute ? 0 : s.volume,
                    fadeIn: min(Double(s.fadeIn) / 1000, duration / 2), fadeOut: min(Double(s.fadeOut) / 1000, duration / 2),
                    loop: loop && available < duration * s.speed, duck: role == .music && hasVoice && (track.duck ?? true)))
            }
        }

        let scale = TextLayout.sizeScale(width: canvas.width, height: canvas.height)
        var texts: [ResolvedText] = []
        for (ti, track) in draft.tracks.enumerated() where track.type == .text {
            for (si, s) in track.segments.enumerated() {
                guard let text = s.text else { continue }
                let start = Double(s.start ?? 0) / 1000
                if start >= total {
                    problems.append(Diagnostic(.warning, "t[\(ti)].sg[\(si)].st", "starts after the video ends (\(String(format: "%.1f", total)) s); left out"))
                    continue
                }
                let end = min(total, s.duration.map { start + Double($0) / 1000 } ?? total)
                let kind = s.kind ?? .caption
                let defaults = TextDefaults.for(kind)
                let length = end - start
                texts.append(ResolvedText(
                    text: text, kind: kind, start: start, end: end,
                    position: s.style.position ?? defaults.position,
                    size: max(8, Int((Double(s.style.size ?? defaults.size) * scale).rounded())),
                    color: s.style.color, font: fonts[Self.fontPattern(of: s)] ?? Self.fontPattern(of: s),
                    box: s.style.box ?? defaults.box, boxColor: s.style.boxColor,
                    fadeIn: min(Double(s.style.fadeIn) / 1000, length / 3),
                    fadeOut: min(Double(s.style.fadeOut) / 1000, length / 3),
                    preset: s.style.preset, entrance: s.style.entrance ?? .fade))
            }
        }

        if problems.contains(where: { $0.severity == .error }) { throw DraftValidationError(problems) }
        let timeline = ResolvedTimeline(
            width: canvas.width, height: canvas.height, fps: fps, visuals: visuals,
            transitions: transitions, totalFrames: totalFrames, audio: audio, texts: texts, look: draft.meta.look,
            fadeIn: min(Double(draft.meta.fadeIn) / 1000, total / 2), fadeOut: min(Double(draft.meta.fadeOut) / 1000, total / 2),
            loudness: draft.meta.loudness, quality: draft.meta.quality, platform: draft.meta.platform)
        return (timeline, problems)
    }
}

func seconds(_ ms: Int) -> String {
    let s = Double(ms) / 1000
    return s.rounded() == s ? String(Int(s)) : String(format: "%.2f", s)
}

/// How each kind of text looks unless the draft says otherwise (sizes on a 1080 canvas side).
struct TextDefaults {
    var position: TextPosition
    var size: Int
    var box: Bool
    var font: String

    static let regular = "Noto Sans CJK SC"
    static let bold = "Noto Sans CJK SC:style=Bold"

    static func `for`(_ kind: TextKind) -> TextDefaults {
        switch kind {
        case .title: TextDefaults(position: .center, size: 96, box: false, font: bold)
        case .caption: TextDefaults(position: .bottom, size: 52, box: true, font: regular)
        case .endcard: TextDefaults(position: .center, size: 84, box: false, font: bold)
        }
    }
}
