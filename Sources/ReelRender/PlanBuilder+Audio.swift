import ReelFFmpeg
import ReelTimeline

extension PlanBuilder {
    static let sampleFormat = Filter.audio("aformat", ["sample_fmts": "fltp", "sample_rates": "48000", "channel_layouts": "stereo"])

    /// The finished sound: clip audio cross-faded like the pictures, voice on top, music under
    /// it (ducked while the voice speaks), faded with the picture, optionally loudness-normalised.
    mutating func buildAudio(normalise: Bool = true) -> FilterGraph.Stream {
        var parts: [FilterGraph.Stream] = []
        if let bed = clipSoundBed() { parts.append(bed) }
        let voices = timeline.audio.filter { $0.role == .voice }.map { audioSegment($0) }
        var voice: FilterGraph.Stream?
        if !voices.isEmpty {
            voice = voices.count == 1 ? voices[0] : mix(voices)
            parts.append(voice!)
        }
        for music in timeline.audio where music.role == .music {
            var s = audioSegment(music)
            if music.duck, let voice {
                s = graph.apply(Filter.audio("sidechaincompress", [
                    "threshold": "0.02", "ratio": "8", "attack": "30", "release": "400", "makeup": "1",
                ]), s, voice)
            }
            parts.append(s)
        }
        var out: FilterGraph.Stream
        if parts.isEmpty {
            out = graph.apply(Filter.audio("anullsrc", ["r": "48000", "cl": "stereo"]))
        } else {
            out = parts.count == 1 ? parts[0] : mix(parts)
        }
        var tail: [Filter] = [
            Filter.audio("apad", ["whole_dur": num(duration)]),
            Filter.audio("atrim", ["end": num(duration)]),
        ]
        if timeline.fadeIn > 0 { tail.append(Filter.audio("afade", ordered: [("t", "in"), ("st", "0"), ("d", num(timeline.fadeIn))])) }
        if timeline.fadeOut > 0 {
            tail.append(Filter.audio("afade", ordered: [("t", "out"), ("st", num(duration - timeline.fadeOut)), ("d", num(timeline.fadeOut))]))
        }
        if normalise, let target = timeline.loudness, let loudness {
            tail.append(loudness.secondPassFilter(target: target))
            tail.append(Self.sampleFormat)
        }
        return graph.chain(out, tail)
    }

    mutating func mix(_ parts: [FilterGraph.Stream]) -> FilterGraph.Stream {
        graph.apply(Filter.audio("amix", ordered: [
            ("inputs", String(parts.count)), ("duration", "longest"), ("dropout_transition", "0"), ("normalize", "0"),
        ]), inputs: parts, outputs: 1)[0]
    }

    /// The visual segments' own sound, one piece per segment (silence where there is none),
    /// cross-faded exactly where the pictures are. Nil when no segment has sound.
    mutating func clipSoundBed() -> FilterGraph.Stream? {
        guard timeline.visuals.contains(where: { $0.clipVolume != nil }) else { return nil }
        var pieces: [FilterGraph.Stream] = []
        for v in timeline.visuals {
            let seconds = Double(v.frames) / Double(fps)
            var s: FilterGraph.Stream
            if case .video(let path, _) = v.source, let volume = v.clipVolume {
                var options = ["-vn"]
                if v.trimIn > 0 { options = ["-ss", num(v.trimIn)] + options }
                options = ["-t", num(v.sourceSeconds(fps: fps) + 0.5)] + options
                s = graph.input(addInput(path, options: options), .audio)
                var filters = [Filter.audio("asetpts", ["expr": "PTS-STARTPTS"])]
                filters += tempo(v.speed)
                if volume != 1 { filters.append(Filter.audio("volume", ["volume": num(volume)])) }
                s = graph.chain(s, filters)
            } else {
                s = graph.apply(Filter.audio("anullsrc", ["r": "48000", "cl": "stereo"]))
            }
            pieces.append(graph.chain(s, [
                Self.sampleFormat,
                Filter.audio("apad", [:]),
                Filter.audio("atrim", ["end": num(seconds)]),
            ]))
        }
        var joined = pieces[0]
        for i in 1..<max(1, pieces.count) {
            if let tr = timeline.transitions[i - 1] {
                joined = graph.apply(Filter.audio("acrossfade", ordered: [
                    ("d", num(Double(tr.frames) / Double(fps))), ("c1", "tri"), ("c2", "tri"),
                ]), joined, pieces[i])
            } else {
                joined = graph.apply(Filter.audio("concat", ["n": "2", "v": "0", "a": "1"]), joined, pieces[i])
            }
        }
        return joined
    }

    /// `atempo` takes 0.5…2 per stage; 0.25 and 4 need two.
    func tempo(_ speed: Double) -> [Filter] {
        guard speed != 1 else { return [] }
        var remaining = speed
        var out: [Filter] = []
        while remaining > 2 { out.append(Filter.audio("atempo", ["tempo": "2"])); remaining /= 2 }
        while remaining < 0.5 { out.append(Filter.audio("atempo", ["tempo": "0.5"])); remaining /= 0.5 }
        out.append(Filter.audio("atempo", ["tempo": num(remaining)]))
        return out
    }

    /// Music or voice: trimmed, looped if asked, levelled, faded and placed at its start.
    mutating func audioSegment(_ a: ResolvedAudio) -> FilterGraph.Stream {
        var options = ["-vn"]
        if a.trimIn > 0 { options = ["-ss", num(a.trimIn)] + options }
        if a.loop { options = ["-stream_loop", "-1"] + options }
        var filters = [
            Filter.audio("atrim", ["end": num(a.duration * a.speed)]),
            Filter.audio("asetpts", ["expr": "PTS-STARTPTS"]),
        ]
        filters += tempo(a.speed)
        filters.append(Self.sampleFormat)
        if a.volume != 1 { filters.append(Filter.audio("volume", ["volume": num(a.volume)])) }
        if a.fadeIn > 0 { filters.append(Filter.audio("afade", ordered: [("t", "in"), ("st", "0"), ("d", num(a.fadeIn))])) }
        if a.fadeOut > 0 {
            filters.append(Filter.audio("afade", ordered: [("t", "out"), ("st", num(a.duration - a.fadeOut)), ("d", num(a.fadeOut))]))
        }
        if a.start > 0 {
            filters.append(Filter.audio("adelay", ["delays": String(Int((a.start * 1000).rounded())), "all": "1"]))
        }
        return graph.chain(graph.input(addInput(a.path, options: options), .audio), filters)
    }
}

/// What loudnorm's first pass measured; the second pass corrects linearly with it.
public struct LoudnessMeasurement: Sendable, Equatable, Decodable {
    public var input_i: String
    public var input_tp: String
    public var input_lra: String
    public var input_thresh: String
    public var target_offset: String

    /// The first (measuring) pass's arguments; what it measures does not depend on them.
    static let targetArgs: [(String, String)] = targetArgs(LoudnessTarget(lufs: -16))

    /// Integrated target, true peak with a half-dB margin under -1 dBTP, and a loudness range
    /// wide enough that the linear (gain only) mode is kept for ordinary mixes.
    static func targetArgs(_ target: LoudnessTarget) -> [(String, String)] {
        [("I", num(target.lufs)), ("TP", num(LoudnessTarget.truePeak)), ("LRA", "20")]
    }

    func secondPassFilter(target: LoudnessTarget) -> Filter {
        Filter("loudnorm", ordered: Self.targetArgs(target) + [
            ("measured_I", input_i), ("measured_TP", input_tp), ("measured_LRA", input_lra),
            ("measured_thresh", input_thresh), ("offset", target_offset), ("linear", "true"),
        ], kind: .audio)
    }
}
