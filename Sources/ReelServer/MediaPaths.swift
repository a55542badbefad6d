import Foundation
import ReelTimeline
import ReelStore

/// Where clients meet the media folder: what the API shows of a stored file is its name inside
/// the session's folder (`<uuid>.<ext>`, or `<session>/<uuid>.<ext>` for another session of the
/// same caller), never a server path; and names a client sends back in a draft resolve to the
/// caller's own files. Internally (the turn pipeline, stored sessions, render jobs) paths stay
/// absolute, and drafts that name the absolute paths of an older version keep working.
struct MediaPaths: Sendable {
    /// `<root>/<session id>/<uuid>.<ext>`.
    let root: URL

    private var rootPrefix: String { root.path.hasSuffix("/") ? root.path : root.path + "/" }

    /// What a client is shown for the stored file `path` of session `sid`.
    func visible(_ path: String, session sid: String) -> String {
        let sessionPrefix = rootPrefix + sid + "/"
        if path.hasPrefix(sessionPrefix) { return String(path.dropFirst(sessionPrefix.count)) }
        if path.hasPrefix(rootPrefix) { return String(path.dropFirst(rootPrefix.count)) }
        return (path as NSString).lastPathComponent
    }

    /// A session's draft as JSON text (minified, as SQLite hands it out), with every `src` under
    /// the media folder shown as `visible` shows it. Slashes may be escaped (`\/`) or not.
    func visibleDraft(_ json: String, session sid: String) -> String {
        guard json.contains(#""src":"#) else { return json }
        var out = json
        for prefix in [rootPrefix + sid + "/", rootPrefix] {
            for form in MediaRoot.jsonForms(prefix) {
                out = out.replacingOccurrences(of: #""src":""# + form, with: #""src":""#)
            }
        }
        return out
    }

    /// The caller's file that `src` names: its absolute path (as older versions showed it), its
    /// name in the media folder (`<session>/<uuid>.<ext>`), its name in its session's folder
    /// (`<uuid>.<ext>`) or its media id (`<uuid>`). nil when it names none of `own`.
    func resolve(_ src: String, own: Set<String>, byName: [String: String]? = nil) -> String? {
        if own.contains(src) { return src }
        guard !src.hasPrefix("/"), !src.contains("..") else { return nil }
        let underRoot = rootPrefix + src
        if own.contains(underRoot) { return underRoot }
        guard !src.contains("/") else { return nil }
        return (byName ?? Self.index(own))[src]
    }

    /// The caller's files by their file name and by their media id (the name without extension).
    static func index(_ own: Set<String>) -> [String: String] {
        var byName: [String: String] = [:]
        for path in own.sorted() {
            let name = (path as NSString).lastPathComponent
            byName[name] = byName[name] ?? path
            let id = (name as NSString).deletingPathExtension
            byName[id] = byName[id] ?? path
        }
        return byName
    }

    /// `draft` with every `t[].sg[].m.src` replaced by the caller's file it names; 400 naming
    /// the first that is not one of the caller's files.
    func resolveSources(_ draft: JSONValue, own: Set<String>) throws -> JSONValue {
        guard case .object(var root) = draft, case .array(let tracks)? = root["t"] else { return draft }
        let byName = Self.index(own)
        var resolvedTracks: [JSONValue] = []
        for (t, track) in tracks.enumerated() {
            guard case .object(var trackObject) = track, case .array(let segments)? = trackObject["sg"] else {
                resolvedTracks.append(track)
                continue
            }
            var resolvedSegments: [JSONValue] = []
            for (i, segment) in segments.enumerated() {
                guard case .object(var segmentObject) = segment, case .object(var meta)? = segmentObject["m"],
                      case .string(let src)? = meta["src"] else {
                    resolvedSegments.append(segment)
                    continue
                }
                guard let path = resolve(src, own: own, byName: byName) else {
                    throw APIError.badRequest("t[\(t)].sg[\(i)].m.src: \(src) is not one of your uploaded media; upload it to a session first")
                }
                meta["src"] = .string(path)
                segmentObject["m"] = .object(meta)
                resolvedSegments.append(.object(segmentObject))
            }
            trackObject["sg"] = .array(resolvedSegments)
            resolvedTracks.append(.object(trackObject))
        }
        root["t"] = .array(resolvedTracks)
        return .object(root)
    }
}
