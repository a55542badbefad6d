import Foundation
import ReelTimeline

extension EditOperation {
    /// Applies the edit; returns the new draft and a one-sentence description of what changed.
    /// `knownDurations` (ms by `src`, from probing) lets length changes account for clips.
    /// `names` are display names by `src` (files stored under names of their own, such as a
    /// server's uploads): segments made from those files carry them, and so do the answers.
    public func apply(to draft: Draft, knownDurations: [String: Int] = [:],
                      names: [String: String] = [:]) throws -> (draft: Draft, change: String) {
        try apply(to: draft, context: EditContext(durations: knownDurations, names: names))
    }

    /// Applies the edit with what the face knows of its media (see `EditContext`). Arguments out
    /// of range are refused with a message a person can act on; nothing is half-applied.
    public func apply(to draft: Draft, context: EditContext) throws -> (draft: Draft, change: String) {
        try checkArguments()
        if let allowed = context.sources {
            let used = Set(draft.tracks.flatMap { $0.segments.compactMap(\.src) })
            var named: [String] = []
            _ = mappingSources { named.append($0); return $0 }
            if let unknown = named.first(where: { !allowed.contains($0) && !used.contains($0) }) {
                throw EditError("\(context.names[unknown] ?? (unknown as NSString).lastPathComponent) is not one of this session's files: add it first")
            }
        }
        let knownDurations = context.durations
        let names = context.names
        var d = draft
        let change: String
        switch self {
        case .compose(let sources, let stillMs):
            change = try d.compose(sources, stillMs: stillMs, context: context)
        case .setDuration(let ms):
            try d.fit(to: ms, knownDurations: knownDurations)
            change = "Set the length to \(seconds(ms)) seconds."
        case .setCanvas(let w, let h):
            d.meta.width = w
            d.meta.height = h
            change = "Changed the canvas to \(w)x\(h) (\(Self.aspectName(w, h)))."
        case .setFPS(let fps):
            guard (1...60).contains(fps) else { throw EditError("the frame rate must be between 1 and 60") }
            d.meta.fps = fps
            change = "Set the frame rate to \(fps) fps."
        case .setFit(let target, let fit):
            let idx = try d.indexes(target)
            d.updateVisual(idx) { $0.fit = fit }
            change = "\(fit == .cover ? "Filled the frame with" : "Fitted whole, over a blurred background,") \(d.describe(idx))."
        case .trim(let target, let inMs, let durationMs):
            let idx = try d.indexes(target)
            if let inMs {
                // A clip cannot start past its own end.
                for i in idx {
                    let seg = d.visualSegments[i]
                    if let src = seg.src, let length = knownDurations[src], context.kind(of: src) == .video, inMs >= length - 100 {
                        throw EditError("\(seg.displayName) is only \(seconds(length)) s long, so it cannot start \(seconds(inMs)) s in")
                    }
                }
            }
            var shortened: [Int] = []
            d.updateVisual(idx) { s in
                if let inMs { s.trimIn = max(0, inMs) }
                if let durationMs { s.duration = max(100, durationMs) }
                // A clip started later still ends with its source: a length it had would now run past the end, so it
                // becomes what is left ("trim_start_ms 1000" on a 3 s clip shown 3 s leaves it 2 s).
                else if inMs != nil, let dur = s.duration, let src = s.src, let length = knownDurations[src], context.kind(of: src) == .video {
                    let left = max(100, Int((Double(length - s.trimIn) / s.speed).rounded()))
                    if dur > left { s.duration = left; shortened.append(left) }
                }
            }
            var parts: [String] = []
            if let inMs { parts.append("to start \(seconds(inMs)) s in" + (durationMs == nil && shortened.count == 1 ? " (it is now \(seconds(shortened[0])) s long)" : "")) }
            if let durationMs { parts.append("to \(seconds(durationMs)) s long") }
            let pictures = idx.allSatisfy { d.visualSegments[$0].isPicture }
            // A picture has nothing to trim: it is shown for a while.
            change = inMs == nil && pictures ? "Showed \(d.describe(idx)) for \(seconds(durationMs ?? 0)) s."
                : "Trimmed \(d.describe(idx)) \(parts.joined(separator: " and "))."
        case .setSpeed(let target, let speed):
            guard (0.25...4).contains(speed) else { throw EditError("speed must be between 0.25x and 4x") }
            let idx = try d.indexes(target)
            d.updateVisual(idx) { s in
                if let dur = s.duration, s.src != nil, !Self.looksLikeStill(s.src!) {
                    s.duration = max(100, Int(Double(dur) * s.speed / speed))
                }
                s.speed = speed
            }
            change = "Set \(d.describe(idx)) to \(fmt(speed))x speed."
        case .move(let target, let to):
            let idx = try d.indexes(target)
            guard idx.count == 1 else { throw EditError("say which one clip to move") }
            var segs = d.visualSegments
            // Clips joined all alike stay joined alike after the move (the last one has none).
            let joins = segs.dropLast().map(\.transition)
            let uniform = joins.count > 0 && joins.allSatisfy { $0 == joins[0] } && segs.last?.transition == nil ? joins[0] : nil
            let seg = segs.remove(at: idx[0])
            let dest = min(max(0, to), segs.count)
            segs.insert(seg, at: dest)
            if let uniform {
                for i in segs.indices { segs[i].transition = i < segs.count - 1 ? uniform : nil }
            }
            d.setVisual(segs)
            change = "Moved \(seg.displayName) to position \(dest + 1)."
        case .remove(let target):
            let idx = try d.indexes(target)
            var segs = d.visualSegments
            guard segs.count > idx.count else { throw EditError("that would leave the video empty; add something first or remove fewer") }
            let names = idx.map { segs[$0].displayName }
            for i in idx.sorted(by: >) { segs.remove(at: i) }
            if var last = segs.last, last.transition != nil { last.transition = nil; segs[segs.count - 1] = last }
            d.setVisual(segs)
            change = "Removed \(names.joined(separator: ", "))."
        case .replace(let target, let source):
            if context.kind(of: source) == .audio {
                throw EditError("\(names[source] ?? (source as NSString).lastPathComponent) is a sound file; add it as music or a voiceover instead")
            }
            let idx = try d.indexes(target)
            let old = d.describe(idx)
            d.updateVisual(idx) { s in
                s.src = source
                s.color = nil
                s.name = names[source]
                s.trimIn = 0
            }
            change = "Replaced \(old) with \(names[source] ?? (source as NSString).lastPathComponent)."
        case .insert(let source, let at):
            if context.kind(of: source) == .audio {
                throw EditError("\(names[source] ?? (source as NSString).lastPathComponent) is a sound file; add it as music or a voiceover instead")
            }
            var segs = d.visualSegments
            var s = Segment.visual(src: source, duration: Segment.defaultStillDuration, name: names[source])
            if context.kind(of: source) == .video || !Self.looksLikeStill(source) { s.duration = nil }
            let position = min(max(0, at ?? segs.count), segs.count)
            // It joins the way its neighbours are joined.
            let joint = segs.dropLast().compactMap(\.transition).first
            if position < segs.count { s.transition = joint } else if var last = segs.last, last.transition == nil, let joint {
                last.transition = joint
                segs[segs.count - 1] = last
            }
            segs.insert(s, at: position)
            d.setVisual(segs)
            change = "Put \(names[source] ?? (source as NSString).lastPathComponent) \(position == 0 ? "at the start" : position == segs.count - 1 ? "at the end" : "at position \(position + 1)")."
        case .duplicate(let target):
            let idx = try d.indexes(target)
            guard idx.count == 1 else { throw EditError("say which one clip to duplicate") }
            var segs = d.visualSegments
            segs.insert(segs[idx[0]], at: idx[0] + 1)
            d.setVisual(segs)
            change = "Duplicated \(segs[idx[0]].displayName)."
        case .setTransition(let target, let name, let durationMs):
            let count = d.visualSegments.count
            // A transition sits between a segment and the next, so the last one has none.
            let idx = try d.indexes(target).filter { $0 < count - 1 }
            guard !idx.isEmpty else { throw EditError("there is no next clip to transition into") }
            d.updateVisual(idx) { s in s.transition = name.map { Transition(name: $0, duration: durationMs) } }
            if let name {
                change = "Added \(name) transitions (\(seconds(durationMs)) s) \(target == .all ? "between all clips" : "after \(d.describe(idx))")."
            } else {
                change = "Removed the transitions \(target == .all ? "between all clips" : "after \(d.describe(idx))")."
            }
        case .setMotion(let target, let motion):
            let idx = try d.indexes(target)
            d.updateVisual(idx) { $0.motion = motion }
            change = motion == .none ? "Turned the slow zoom off for \(d.describe(idx))." : "Added a slow \(Self.motionName(motion)) to \(d.describe(idx))."
        case .setLook(let look):
            d.meta.look = look
            change = look.isIdentity ? "Removed the colour look." : "Applied the \(look.name == .none ? "colour adjustment" : "\(Self.lookName(look.name)) look")."
        case .setFades(let inMs, let outMs):
            if let inMs { d.meta.fadeIn = max(0, inMs) }
            if let outMs { d.meta.fadeOut = max(0, outMs) }
            var parts: [String] = []
            if let inMs { parts.append(inMs > 0 ? "fade in from black (\(seconds(inMs)) s)" : "no fade in") }
            if let outMs { parts.append(outMs > 0 ? "fade out to black (\(seconds(outMs)) s)" : "no fade out") }
            change = "Set " + parts.joined(separator: " and ") + "."
        case .addText(let kind, let text, let startMs, let durationMs, let position):
            guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw EditError("the text is empty") }
            let total = d.duration(knownDurations: knownDurations)
            let (st, dur) = Self.textTiming(kind: kind, startMs: startMs, durationMs: durationMs, total: total)
            var s = Segment.text(text, kind: kind, start: st, duration: dur)
            s.style.position = position
            d.appendText(s)
            change = "Added \(Self.kindName(kind)) \"\(text)\" from \(seconds(st)) to \(seconds(st + dur)) s."
        case .editText(let target, let text, let startMs, let durationMs, let position, let color, let size):
            let idx = try d.textIndexes(target)
            d.updateText(idx) { s in
                if let text { s.text = text }
                if let startMs { s.start = max(0, startMs) }
                if let durationMs { s.duration = max(100, durationMs) }
                if let position { s.style.position = position }
                if let color { s.style.color = color }
                if let size { s.style.size = size }
            }
            change = "Changed \(d.describeText(idx))."
        case .styleText(let target, let preset, let entrance):
            let idx = try d.textIndexes(target)
            d.updateText(idx) { s in
                if let preset { s.style.preset = preset }
                if let entrance { s.style.entrance = entrance }
            }
            let words = [preset.map { "the \($0 == .lowerthird ? "lower-third" : $0.rawValue) style" }, entrance.map { $0 == .rise ? "a gentle rise" : "a fade" }]
                .compactMap { $0 }.joined(separator: " and ")
            change = "Gave \(d.describeText(idx)) \(words)."
        case .removeText(let target):
            // "no title", "remove the captions" with none there: already as asked, not a refusal
            // (a whole new video used to be refused for it). A text asked by number must exist.
            if case .index = target {} else if (try? d.textIndexes(target)) == nil {
                let word = if case .kind(let k) = target { k == .endcard ? "end card" : k.rawValue } else { "text" }
                change = "There was no \(word) to remove."
                break
            }
            let idx = try d.textIndexes(target)
            let what = d.describeText(idx)
            d.removeTexts(idx)
            change = "Removed \(what)."
        case .addMusic(let source, let volume):
            try Self.requireSound(source, context)
            var s = Segment()
            s.src = source
            s.name = names[source]
            s.volume = volume
            s.fadeIn = Segment.musicFadeIn
            s.fadeOut = Segment.musicFadeOut
            d.tracks.removeAll { $0.type == .audio && $0.role == .music }
            d.tracks.append(Track(type: .audio, role: .music, segments: [s]))
            change = "Added \(names[source] ?? (source as NSString).lastPathComponent) as background music at \(Int((volume * 100).rounded()))%."
        case .setMusicVolume(let v):
            guard (0...2).contains(v) else { throw EditError("the music volume must be between 0% and 200%") }
            try d.updateMusic { $0.volume = v }
            change = "Set the music to \(Int((v * 100).rounded()))%."
        case .setMusicFades(let inMs, let outMs):
            try d.updateMusic { s in
                if let inMs { s.fadeIn = max(0, inMs) }
                if let outMs { s.fadeOut = max(0, outMs) }
            }
            let ends = [inMs.map { $0 > 0 ? "fade in over \(seconds($0)) s" : "no fade in" }, outMs.map { $0 > 0 ? "fade out over \(seconds($0)) s" : "no fade out" }]
            change = "Set the music to " + ends.compactMap { $0 }.joined(separator: " and ") + "."
        case .setMusicTiming(let startMs, let endMs):
            var change2 = ""
            let videoEnd = d.duration()
            try d.updateMusic(track: { t in
                let first = t.segments.first?.start ?? 0
                if let startMs {
                    let shift = startMs - first
                    for i in t.segments.indices { t.segments[i].start = max(0, (t.segments[i].start ?? 0) + shift) }
                }
                if let endMs {
                    let firstStart = t.segments.first?.start
                    t.segments.removeAll { ($0.start ?? 0) >= endMs && $0.start != firstStart }
                    for i in t.segments.indices {
                        let st = t.segments[i].start ?? 0
                        let end = t.segments[i].duration.map { st + $0 }
                        if end == nil || end! > endMs { t.segments[i].duration = max(100, endMs - st) }
                    }
                    // Moved earlier with its end said again ("start it right away", stopping at 9 s as before): one
                    // stretch of music plays on to that end.
                    if startMs != nil, t.segments.count == 1, let st = t.segments[0].start, let dur = t.segments[0].duration, st + dur < endMs {
                        t.segments[0].duration = endMs - st
                    }
                    // Made to stop early, then asked to play to the video's end ("I want the music until the end"): it
                    // plays on to the end, however long the video becomes.
                    if startMs == nil, endMs >= videoEnd, t.segments.count == 1, let dur = t.segments[0].duration, (t.segments[0].start ?? 0) + dur < endMs {
                        t.segments[0].duration = nil
                    }
                }
            })
            if let startMs { change2 += "The music now starts at \(seconds(startMs)) s" }
            if let endMs { change2 += change2.isEmpty ? "The music now stops at \(seconds(endMs)) s" : " and stops at \(seconds(endMs)) s" }
            change = change2 + "."
        case .trimMusic(let inMs):
            // A song cannot play from past its own end.
            let songs = d.tracks.filter { $0.type == .audio && $0.role == .music }.flatMap(\.segments)
            if let song = songs.first, let src = song.src, let length = knownDurations[src], inMs >= length - 100 {
                throw EditError("\(song.displayName) is only \(clock(length)) long, so it cannot play from \(clock(inMs))")
            }
            try d.updateMusic { $0.trimIn = max(0, inMs) }
            change = inMs == 0 ? "The music now plays from the start of the song." : "The music now plays from \(clock(inMs)) into the song."
        case .setMusicLoop(let loop):
            try d.updateMusic { $0.loop = loop }
            change = loop ? "The music now loops to fill the video." : "The music now plays once."
        case .removeMusic:
            change = Self.removeSound(.music, called: "music", from: &d)
        case .muteClips(let mute):
            // (Muting, the clips with a sound of their own: a picture's flag would only say it is silent.)
            d.updateVisual(mute ? d.clipsWithSound : Array(d.visualSegments.indices)) { $0.mute = mute }
            change = mute ? "Muted the clips' own sound." : "Turned the clips' own sound back on."
        case .setClipVolume(let target, let volume):
            guard (0...4).contains(volume) else { throw EditError("a clip's volume must be between 0% and 400%") }
            let idx = try d.indexes(target)
            d.updateVisual(idx) { s in
                s.volume = volume == 0 ? 1 : volume
                s.mute = volume == 0
            }
            change = volume == 0 ? "Muted the sound of \(d.describe(idx))." : "Set the sound of \(d.describe(idx)) to \(Int((volume * 100).rounded()))%."
        case .setClipLook(let target, let look):
            let idx = try d.indexes(target)
            d.updateVisual(idx) { $0.look = look }
            change = look.isIdentity ? "Removed the colour look from \(d.describe(idx))." : "Applied the \(look.name == .none ? "colour adjustment" : "\(Self.lookName(look.name)) look") to \(d.describe(idx))."
        case .setDucking(let duck):
            try d.updateMusic(track: { $0.duck = duck })
            change = duck ? "The music now dips under the voice." : "The music no longer dips under the voice."
        case .setLoudness(let word):
            d.meta.loudness = word.flatMap(LoudnessTarget.parse)
            if let t = d.meta.loudness {
                change = "The sound is normalised to \(t.lufs.rounded() == t.lufs ? String(Int(t.lufs)) : String(t.lufs)) LUFS\(t.name.map { " for \($0.capitalized)" } ?? ""), peaks at most -1 dBTP."
            } else {
                change = "The sound is kept as mixed (no loudness normalisation)."
            }
        case .addVoiceover(let source, let startMs):
            try Self.requireSound(source, context)
            var s = Segment()
            s.src = source
            s.name = names[source]
            s.start = startMs
            s.loop = false
            d.tracks.append(Track(type: .audio, role: .voice, segments: [s]))
            change = "Added the voiceover \(names[source] ?? (source as NSString).lastPathComponent) at \(seconds(startMs)) s."
        case .removeVoiceover:
            change = Self.removeSound(.voice, called: "voiceover", from: &d)
        case .addCaptions(let script, let startMs, let endMs):
            let lines = Script.lines(script)
            guard !lines.isEmpty else { throw EditError("the script is empty") }
            let total = d.duration(knownDurations: knownDurations)
            // After a title that opens the video, so the two never overlap.
            var titleEnd = 0
            for p in d.textPositions {
                let s: Segment = d.tracks[p.track].segments[p.segment]
                let st: Int = s.start ?? 0
                if s.kind == .title, st < 1000 { titleEnd = max(titleEnd, st + (s.duration ?? 0)) }
            }
            let start = min(max(0, startMs ?? (titleEnd < total - 2000 ? titleEnd : 0)), max(0, total - 1000))
            let end = min(total, endMs ?? total)
            let timed = Script.timing(lines, from: start, span: max(1000, end - start))
            for (line, t) in zip(lines, timed) {
                d.appendText(.text(line, kind: .caption, start: t.start, duration: t.duration))
            }
            change = "Added the script as \(lines.count) caption\(lines.count == 1 ? "" : "s") from \(seconds(start)) to \(seconds(min(total, timed.last.map { $0.start + $0.duration } ?? end))) s."
        case .composeText(let title, let durationMs, let colors):
            let palette = colors.isEmpty ? ["#1e293b"] : colors
            let titleMs = title == nil ? 0 : min(3000, durationMs / 3)
            let cards = max(1, min(palette.count, (durationMs - titleMs) / 4000))
            var segments: [Segment] = []
            var plain = Segment()
            plain.color = palette[0]
            if title != nil {
                plain.duration = titleMs + 500
                plain.transition = Transition(name: "fade", duration: 500)
                segments.append(plain)
            }
            let cardsLength = durationMs - titleMs + (cards - 1) * 500
            let each = cardsLength / cards
            for i in 0..<cards {
                var s = Segment()
                s.color = palette[(i + (title == nil ? 0 : 1)) % palette.count]
                // The last card takes the rounding remainder so the total is exact.
                s.duration = i == cards - 1 ? cardsLength - each * (cards - 1) : each
                if i < cards - 1 { s.transition = Transition(name: "fade", duration: 500) }
                segments.append(s)
            }
            d.setVisual(segments)
            if let title { d.appendText(.text(title, kind: .title, start: 0, duration: titleMs)) }
            let length = seconds(durationMs)
            // "an 8-second", "an 11-second", "an 18-second", "an 80-second".
            let article = length.hasPrefix("8") || length == "11" || length == "18" || length.hasPrefix("11.") || length.hasPrefix("18.") ? "an" : "a"
            change = "Made \(article) \(length)-second video on coloured backgrounds\(title.map { " with the title \"\($0)\"" } ?? "")."
        }
        return (d, change)
    }

    /// Every sound track in `role` taken off ("Removed the music."); with none there, the draft is already as asked
    /// ("There was no voiceover to remove.").
    static func removeSound(_ role: AudioRole, called noun: String, from d: inout Draft) -> String {
        guard d.tracks.contains(where: { $0.type == .audio && $0.role == role }) else { return "There was no \(noun) to remove." }
        d.tracks.removeAll { $0.type == .audio && $0.role == role }
        return "Removed the \(noun)."
    }

    /// Music and voices come from sound files or clips, not pictures.
    static func requireSound(_ source: String, _ context: EditContext) throws {
        let name = context.names[source] ?? (source as NSString).lastPathComponent
        if context.kind(of: source) == .image {
            throw EditError("\(name) is a picture; music and voices come from sound files or clips")
        }
        if context.facts[source]?.hasSound == false { throw EditError("\(name) has no sound to play") }
    }

    static let stillExtensions: Set<String> = ["jpg", "jpeg", "png", "gif", "webp", "bmp", "heic"]

    static func looksLikeStill(_ src: String) -> Bool {
        stillExtensions.contains((src as NSString).pathExtension.lowercased())
    }
}

extension Segment {
    /// A colour card or a still picture: shown for a while, with nothing to trim or refit past a
    /// file's end.
    var isPicture: Bool { color != nil || (src.map(EditOperation.looksLikeStill) ?? false) }
}

extension EditOperation {

    /// Titles open the video, end cards close it, captions start where asked.
    static func textTiming(kind: TextKind, startMs: Int?, durationMs: Int?, total: Int) -> (Int, Int) {
        switch kind {
        case .title:
            let st = startMs ?? 0
            return (st, durationMs ?? min(3000, max(1000, total - st)))
        case .endcard:
            let dur = durationMs ?? min(3000, total)
            return (startMs ?? max(0, total - dur), dur)
        case .caption:
            let st = startMs ?? 0
            return (st, durationMs ?? min(4000, max(1000, total - st)))
        }
    }

    static func aspectName(_ w: Int, _ h: Int) -> String {
        func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
        let g = gcd(w, h)
        return w == h ? "square" : "\(w / g):\(h / g) \(w > h ? "landscape" : "vertical")"
    }

    static func kindName(_ k: TextKind) -> String {
        switch k {
        case .title: "a title"
        case .caption: "a caption"
        case .endcard: "an end card"
        }
    }

    static func motionName(_ m: Motion) -> String {
        switch m {
        case .zoomIn: "zoom in"
        case .zoomOut: "zoom out"
        case .panLeft: "pan left"
        case .panRight: "pan right"
        case .panUp: "pan up"
        case .panDown: "pan down"
        case .none: "still"
        }
    }

    static func lookName(_ l: LookName) -> String {
        switch l {
        case .bw: "black and white"
        default: l.rawValue
        }
    }
}

func seconds(_ ms: Int) -> String {
    let s = Double(ms) / 1000
    if s.rounded() == s { return String(Int(s)) }
    // "0.25 s", "1.5 s": hundredths at most, no trailing zeros.
    var text = String(format: "%.2f", s)
    while text.hasSuffix("0") { text.removeLast() }
    return text
}

/// A point in a song as people say it: "30 s", "1:05", "2:00.5".
func clock(_ ms: Int) -> String {
    guard ms >= 60_000 else { return "\(seconds(ms)) s" }
    let rest = ms % 60_000
    let secs = seconds(rest)
    return "\(ms / 60_000):" + (rest < 10_000 ? "0" : "") + secs
}

func fmt(_ x: Double) -> String {
    if x.rounded() == x { return String(Int(x)) }
    // "1.25x", "0.8x": hundredths at most, no trailing zeros.
    var text = String(format: "%.2f", x)
    while text.hasSuffix("0") { text.removeLast() }
    return text
}
