import Foundation
import GRDB
import ReelFFmpeg

/// A file the server made for a session (a turn's narration, spoken with espeak-ng). It lives in
/// the session's media folder under a server-chosen name and belongs to the session's caller like
/// an upload: their drafts may name it, so a narrated draft can be exported.
public struct GeneratedMediaRecord: Sendable, Equatable {
    public var id: String
    public var sessionID: String
    /// What it is for: `voiceover`.
    public var kind: String
    /// Absolute path of the file.
    public var path: String
    /// A name to show.
    public var name: String
    /// What it says.
    public var text: String?
    public var info: MediaInfo
}

/// One entry of `data.state.generated_media`: the fields of a `video_infos` entry that apply to
/// a sound file, with `kind` saying what it is for and `text` what it says.
struct GeneratedMediaItem: Codable, Sendable, Equatable {
    var id: String
    var kind: String
    var name: String
    var path: String
    var text: String?
    var duration: Double?
    var duration_ms: Int?
    var has_audio: Bool
    var codec: String
    var audio_codec: String?
    var format: String
    var size_bytes: Int64

    /// `path` is the file's name in the session's media folder (never a server path).
    init(_ r: GeneratedMediaRecord, paths: MediaPaths) {
        id = r.id
        kind = r.kind
        name = r.name
        path = paths.visible(r.path, session: r.sessionID)
        text = r.text
        duration = r.info.duration
        duration_ms = r.info.durationMs
        has_audio = r.info.hasAudio
        codec = r.info.codec
        audio_codec = r.info.audioCodec
        format = r.info.format
        size_bytes = r.info.sizeBytes
    }
}

extension Store {
    /// The session's generated media, oldest first (empty for a session `token` does not own).
    public func generatedMedia(session: String, token: String) async throws -> [GeneratedMediaRecord] {
        try await db.read { db in try Self.fetchGeneratedMedia(db, session: session, token: token) }
    }

    static func fetchGeneratedMedia(_ db: Database, session: String, token: String) throws -> [GeneratedMediaRecord] {
        let decoder = JSONDecoder()
        return try Row.fetchAll(db, sql: "SELECT * FROM generated_media WHERE session_id = ? AND token = ? ORDER BY created, rowid",
                                arguments: [session, token]).compactMap { row -> GeneratedMediaRecord? in
            guard let decoded = mediaInfo(row, decoder) else { return nil }
            return GeneratedMediaRecord(id: row["id"], sessionID: row["session_id"], kind: row["kind"], path: row["path"],
                                        name: row["name"], text: row["text"], info: decoded)
        }
    }
}
