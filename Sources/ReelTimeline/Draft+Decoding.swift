import Foundation

extension Draft {
    /// Parses and validates a draft, returning it with any warnings; throws
    /// `DraftValidationError` listing every error with its path.
    /// - Parameter requireContent: a draft to render needs something to show; a draft in an
    ///   editing session's history may be empty (before anything was added).
    public static func decode(_ data: Data, requireContent: Bool = true) throws -> (draft: Draft, warnings: [Diagnostic]) {
        let json: JSONValue
        do {
            json = try JSONValue.parse(data)
        } catch {
            throw DraftValidationError([Diagnostic(.error, "", "not valid JSON: \(jsonErrorReason(error))")])
        }
        return try decode(json, requireContent: requireContent)
    }

    public static func decode(_ json: JSONValue, requireContent: Bool = true) throws -> (draft: Draft, warnings: [Diagnostic]) {
        let (draft, diagnostics) = read(json, requireContent: requireContent)
        if let draft, !diagnostics.contains(where: { $0.severity == .error }) {
            return (draft, diagnostics)
        }
        throw DraftValidationError(diagnostics)
    }

    /// Loads a stored draft (a session's, its history's): never fails on a rule. A value out of
    /// range is clamped, a broken rule repaired or the unusable piece left out, each with a
    /// warning, so a session written by any version of Reel always loads and the result passes
    /// `read` (strict) again. Only a draft that is not a JSON object at all loads as empty.
    public static func load(_ json: JSONValue) -> (draft: Draft, warnings: [Diagnostic]) {
        let (draft, diagnostics) = read(json, requireContent: false, lenient: true)
        return (draft ?? Draft(), diagnostics)
    }

    /// The errors strict validation finds in this draft as it stands (an edit session's draft
    /// may be empty). Edits check that they add none.
    public var validationErrors: [Diagnostic] {
        Draft.read(json, requireContent: false).diagnostics.filter { $0.severity == .error }
    }

    /// Every diagnostic for a draft; `draft` is nil only when the top level is unusable.
    public static func read(_ json: JSONValue, requireContent: Bool = true, lenient: Bool = false) -> (draft: Draft?, diagnostics: [Diagnostic]) {
        guard case .object(let root) = json else {
            return (nil, [Diagnostic(lenient ? .warning : .error, "", "a draft must be a JSON object, not \(json.typeName)")])
        }
        var r = FieldReader(root, path: "", lenient: lenient)
        var draft = Draft()
        if let v = r.int("version", in: 1...1_000_000) {
            if v > Draft.currentVersion {
                r.error("version", "this draft is version \(v); this Reel reads up to version \(Draft.currentVersion), upgrade Reel")
            }
            draft.version = Draft.currentVersion // older versions are migrated on read
        }
        draft.meta = r.nested("m", readDraftMeta) ?? DraftMeta()
        if let tracks = r.array("t"), tracks.count > Draft.maxListLength {
            r.error("t", "has \(tracks.count) entries; a draft has at most \(Draft.maxListLength)")
        } else if let tracks = r.array("t") {
            for (i, t) in tracks.enumerated() {
                let p = "t[\(i)]"
                guard case .object(let o) = t else { r.error(nil, "\(p) must be an object, not \(t.typeName)"); continue }
                var tr = FieldReader(o, path: p, lenient: lenient)
                if let track = readTrack(&tr) { draft.tracks.append(track) }
                r.diagnostics += tr.diagnostics
            }
        } else if r.isMissing("t") {
            r.error("t", "is required: the list of tracks")
        }
        checkTimeline(draft, requireContent: requireContent, &r)
        if lenient { mergeVisualTracks(&draft) }
        return (draft, r.diagnostics)
    }

    private static func readDraftMeta(_ r: inout FieldReader) -> DraftMeta {
        var m = DraftMeta()
        m.name = r.string("name")
        if let w = r.int("w", in: 16...4096) { m.width = w }
        if let h = r.int("h", in: 16...4096) { m.height = h }
        if m.width % 2 != 0 { r.error("w", "must be even for H.264 (4:2:0), got \(m.width)"); m.width -= 1 }
        if m.height % 2 != 0 { r.error("h", "must be even for H.264 (4:2:0), got \(m.height)"); m.height -= 1 }
        if m.width * m.height > 3840 * 2160 {
            r.error(nil, "canvas \(m.width)x\(m.height) is larger than 4K (3840x2160)")
            // Repaired (lenient loading only) by scaling down to fit, keeping the shape.
            let scale = (Double(3840 * 2160) / Double(m.width * m.height)).squareRoot()
            m.width = max(16, Int(Double(m.width) * scale) / 2 * 2)
            m.height = max(16, Int(Double(m.height) * scale) / 2 * 2)
        }
        if let f = r.int("fps", in: 1...60) { m.fps = f }
        if let v = r.int("fadeIn", in: 0...60_000) { m.fadeIn = v }
        if let v = r.int("fadeOut", in: 0...60_000) { m.fadeOut = v }
        if let v = r.bool("loudnorm"), v { m.loudness = LoudnessTarget(lufs: -16) }
        switch r.object["loudness"] {
        case .number(let n)?:
            if LoudnessTarget.lufsRange.contains(n) { m.loudness = LoudnessTarget(lufs: n) } else {
                r.error("loudness", "\(n) LUFS is out of range; use \(Int(LoudnessTarget.lufsRange.lowerBound))…\(Int(LoudnessTarget.lufsRange.upperBound)) or a platform name")
            }
        case .string(let word)?:
            if word == "off" { m.loudness = nil } else if let t = LoudnessTarget.named(word) { m.loudness = t } else {
                r.error("loudness", "unknown value \"\(word)\"; use a number of LUFS, off, or one of: \(LoudnessTarget.platforms.map(\.name).joined(separator: ", "))")
            }
        case nil, .null?: break
        case let v?: r.error("loudness", "must be a number of LUFS or a platform name, not \(v.typeName)")
        }
        m.quality = r.oneOf("quality", Quality.self)
        m.platform = r.oneOf("platform", Platform.self)
        m.length = r.int("length", in: 1000...86_400_000)
        m.look = readLook(&r, key: "look")
        return m
    }

    private static func readLook(_ r: inout FieldReader, key: String) -> Look {
        if case .string = r.object[key] {
            return Look(name: r.oneOf(key, LookName.self) ?? .none)
        }
        return r.nested(key) { lr in
            var look = Look()
            look.name = lr.oneOf("name", LookName.self) ?? .none
            if let v = lr.double("brightness", in: -1...1) { look.brightness = v }
            if let v = lr.double("contrast", in: 0...3) { look.contrast = v }
            if let v = lr.double("saturation", in: 0...3) { look.saturation = v }
            return look
        } ?? Look()
    }

    private static func readTrack(_ r: inout FieldReader) -> Track? {
        guard let ttRaw = r.int("tt", in: 0...99) else {
            if r.isMissing("tt") { r.error("tt", "is required: 0 visual, 1 audio, 7 text") }
            return nil
        }
        guard let type = TrackType(rawValue: ttRaw) else {
            r.error("tt", "unknown track type \(ttRaw); use 0 (visual), 1 (audio) or 7 (text)")
            return nil
        }
        var track = Track(type: type)
        r.nested("m") { mr in
            track.name = mr.string("name")
            track.role = mr.oneOf("role", AudioRole.self)
            track.duck = mr.bool("duck")
            if type != .audio, track.role != nil { mr.warning("role", "only audio tracks have a role; ignored") }
            if track.duck != nil, type != .audio || track.role == .voice {
                mr.warning("duck", "only music tracks are ducked (under the voice tracks); ignored")
            }
        }
        if type == .audio, track.role == nil { track.role = .music }
        guard let sg = r.array("sg") else {
            if r.isMissing("sg") { r.error("sg", "is required: the track's segments") }
            return track
        }
        guard sg.count <= Draft.maxListLength else {
            r.error("sg", "has \(sg.count) entries; a track has at most \(Draft.maxListLength)")
            return track
        }
        for (j, s) in sg.enumerated() {
            let p = r.childPath("sg[\(j)]")
            guard case .object(let o) = s else { r.error(nil, "sg[\(j)] must be an object, not \(s.typeName)"); continue }
            var sr = FieldReader(o, path: p, lenient: r.lenient)
            let segment = readSegment(&sr, type: type)
            r.diagnostics += sr.diagnostics
            // Loading leniently, a segment with nothing to show or play is left out.
            if r.lenient, !isUsable(segment, type: type) {
                r.warning("sg[\(j)]", "has nothing to show or play; left out on load")
                continue
            }
            track.segments.append(segment)
        }
        return track
    }

    private static func readSegment(_ r: inout FieldReader, type: TrackType) -> Segment {
        var s = Segment()
        s.id = r.string("id")
        s.start = r.int("st", in: 0...86_400_000)
        s.duration = r.int("d", in: 1...86_400_000)
        if let d = s.duration, d < 100, type != .audio { r.error("d", "must be at least 100 ms, got \(d)"); s.duration = 100 }
        r.nested("m") { m in
            s.src = m.string("src", nonEmpty: true)
            s.name = m.string("name")
            switch type {
            case .visual:
                s.color = m.string("color", nonEmpty: true)
                if let c = s.color, !isValidColor(c) { m.error("color", "\"\(c)\" is not a colour; use #rrggbb or a name like navy"); s.color = "black" }
                if s.src == nil, s.color == nil { m.error(nil, "a visual segment needs `src` (a file) or `color` (a solid background)"); s.color = "black" }
                if s.src != nil, s.color != nil { m.error("color", "give either `src` or `color`, not both"); s.color = nil }
                if let v = m.oneOf("fit", Fit.self) { s.fit = v }
                if let v = m.oneOf("zoom", Motion.self) { s.motion = v }
                s.look = readLook(&m, key: "look")
                readClipFields(&m, &s)
                s.transition = m.nested("tr") { tr -> Transition? in
                    let name = tr.string("name", nonEmpty: true) ?? "fade"
                    if !TransitionName.isKnown(name) {
                        tr.error("name", "unknown transition \"\(name)\"; use one of: \(TransitionName.all.joined(separator: ", "))")
                        return Transition(name: "fade", duration: tr.int("d", in: 0...10_000) ?? 1000)
                    }
                    let d = tr.int("d", in: 0...10_000) ?? 1000
                    return Transition(name: name, duration: d)
                } ?? nil
            case .audio:
                if s.src == nil { m.error("src", "an audio segment needs `src`, the sound file") }
                readClipFields(&m, &s)
                if let v = m.int("fadeIn", in: 0...600_000) { s.fadeIn = v }
                if let v = m.int("fadeOut", in: 0...600_000) { s.fadeOut = v }
                if let v = m.bool("loop") { s.loop = v }
            case .text:
                s.text = m.string("text")
                if (s.text ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                    m.error("text", "a text segment needs non-empty `text`")
                }
                if let t = s.text, t.count > 2000 { m.error("text", "is \(t.count) characters; at most 2000 fit on screen"); s.text = String(t.prefix(2000)) }
                s.kind = m.oneOf("kind", TextKind.self)
                if let style = m.nested("style", readTextStyle) { s.style = style }
            }
        }
        if r.isMissing("m") {
            switch type {
            case .visual: r.error("m", "is required: a visual segment needs `m.src` or `m.color`")
            case .audio: r.error("m", "is required: an audio segment needs `m.src`")
            case .text: r.error("m", "is required: a text segment needs `m.text`")
            }
        }
        return s
    }

    private static func readClipFields(_ m: inout FieldReader, _ s: inout Segment) {
        if let v = m.int("in", in: 0...86_400_000) { s.trimIn = v }
        if let v = m.double("speed", in: 0.25...4) { s.speed = v }
        if let v = m.double("volume", in: 0...4) { s.volume = v }
        if let v = m.bool("mute") { s.mute = v }
    }

    private static func readTextStyle(_ r: inout FieldReader) -> TextStyle {
        var st = TextStyle()
        st.position = r.oneOf("pos", TextPosition.self)
        st.size = r.int("size", in: 8...400)
        if let c = r.string("color") {
            if isValidColor(c) { st.color = c } else { r.error("color", "\"\(c)\" is not a colour; use #rrggbb or a name like white") }
        }
        st.font = r.string("font", nonEmpty: true)
        st.box = r.bool("box")
        if let c = r.string("boxColor") {
            if isValidColor(c) { st.boxColor = c } else { r.error("boxColor", "\"\(c)\" is not a colour; use #rrggbb@0.5 or a name") }
        }
        if let v = r.int("fadeIn", in: 0...60_000) { st.fadeIn = v }
        if let v = r.int("fadeOut", in: 0...60_000) { st.fadeOut = v }
        st.preset = r.oneOf("preset", TitleStyle.self)
        st.entrance = r.oneOf("entrance", TextEntrance.self)
        return st
    }

    /// Rules that span fields: one visual track, something to show.
    /// Loading leniently, the pieces a strict read refuses outright are what is left out.
    private static func isUsable(_ s: Segment, type: TrackType) -> Bool {
        switch type {
        case .visual: s.src != nil || s.color != nil
        case .audio: s.src != nil
        case .text: !(s.text ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        }
    }

    private static func checkTimeline(_ draft: Draft, requireContent: Bool, _ r: inout FieldReader) {
        let visualIndexes = draft.tracks.indices.filter { draft.tracks[$0].type == .visual }
        if visualIndexes.count > 1 {
            r.error("t[\(visualIndexes[1])]", "only one visual track is supported; put every picture and clip on t[\(visualIndexes[0])] in order")
        }
        if requireContent, draft.tracks.isEmpty || visualIndexes.isEmpty || draft.tracks[visualIndexes[0]].segments.isEmpty {
            if !r.isMissing("t") {
                r.error("t", "needs a visual track (tt 0) with at least one segment: a picture, a clip or a colour")
            }
        }
    }
}

extension Draft {
    /// Loading leniently: a second visual track's segments follow the first's, in order.
    fileprivate static func mergeVisualTracks(_ draft: inout Draft) {
        let visual = draft.tracks.indices.filter { draft.tracks[$0].type == .visual }
        guard visual.count > 1 else { return }
        for i in visual.dropFirst() { draft.tracks[visual[0]].segments += draft.tracks[i].segments }
        for i in visual.dropFirst().reversed() { draft.tracks.remove(at: i) }
    }
}

private func jsonErrorReason(_ error: Error) -> String {
    if case DecodingError.dataCorrupted(let ctx) = error {
        if let underlying = ctx.underlyingError as NSError?, let d = underlying.userInfo[NSDebugDescriptionErrorKey] as? String {
            return d
        }
        return ctx.debugDescription
    }
    return "\(error)"
}
