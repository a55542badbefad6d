import Foundation
import ReelFFmpeg
import ReelStore

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
