import Foundation
import ReelFFmpeg
import ReelPlanner
import ReelRender

/// A media file as a face hands it to the agent: how drafts refer to it (`src`), the name
/// people know it by, and what probing found.
public struct AgentMedia: Sendable, Equatable {
    public var src: String
    /// The name it was uploaded as (without extension), where it is stored under another.
    public var name: String?
    public var facts: MediaFacts

    public init(src: String, name: String? = nil, facts: MediaFacts) {
        self.src = src
        self.name = name
        self.facts = facts
    }

    public init(src: String, name: String? = nil, info: MediaInfo) {
        let kind: MediaFacts.Kind = switch info.kind {
        case .image: .image
        case .video: .video
        case .audio: .audio
        }
        self.init(src: src, name: name, facts: MediaFacts(kind: kind, durationMs: info.durationMs, width: info.width, height: info.height,
                                                                hasSound: info.hasAudio))
    }

    /// Probes files named on a command line (relative to `base`), refusing any that is not media.
    public static func probe(_ inputs: [String], base: String, tools: FFmpegTools) async throws -> [AgentMedia] {
        let prober = Prober(tools: tools)
        var media: [AgentMedia] = []
        for input in inputs {
            let path = RenderEngine.path(of: input, base: base)
            media.append(AgentMedia(src: path, info: try await prober.probe(path)))
        }
        return media
    }

    /// Lengths of files a draft already uses that are not among `media` (a draft file made
    /// earlier), so summaries and length changes know them; files that cannot be probed are skipped.
    public static func probeUsed(by sources: [String], besides media: [AgentMedia], base: String,
                                 tools: FFmpegTools) async -> [AgentMedia] {
        let known = Set(media.map(\.src))
        let prober = Prober(tools: tools)
        var found: [AgentMedia] = []
        for src in Set(sources).subtracting(known).sorted() {
            if let info = try? await prober.probe(RenderEngine.path(of: src, base: base)) {
                found.append(AgentMedia(src: src, info: info))
            }
        }
        return found
    }
}

extension Array where Element == AgentMedia {
    /// What edits know of these media.
    public var editContext: EditContext {
        var facts: [String: MediaFacts] = [:]
        var names: [String: String] = [:]
        for m in self {
            if facts[m.src] == nil { facts[m.src] = m.facts }
            if let name = m.name, names[m.src] == nil { names[m.src] = name }
        }
        return EditContext(names: names, facts: facts, sources: Set(map(\.src)))
    }
}

/// A media file as a client may name it in a typed operation.
public struct MediaReference: Sendable {
    public var id: String
    public var path: String
    /// The name it was uploaded or added as.
    public var name: String

    public init(id: String, path: String, name: String) {
        self.id = id
        self.path = path
        self.name = name
    }

    /// The file `reference` names among `files`: its id first, then its path, stored file name or
    /// given name (each with or without the extension), case-insensitively. Nil when none.
    public static func resolve(_ reference: String, among files: [MediaReference]) -> String? {
        let key = reference.lowercased()
        func matches(_ candidate: String) -> Bool {
            let c = candidate.lowercased()
            return c == key || (c as NSString).deletingPathExtension == key
        }
        let match = files.first { $0.id.lowercased() == key } ?? files.first { f in
            f.path == reference || matches((f.path as NSString).lastPathComponent) || matches(f.name)
        }
        return match?.path
    }
}
