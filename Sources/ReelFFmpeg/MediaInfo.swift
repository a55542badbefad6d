/// What probing learned about a media file: judged by content, never by its name.
public struct MediaInfo: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable { case video, image, audio }

    public var kind: Kind
    /// Seconds; nil for still images.
    public var duration: Double?
    /// Display size, after rotation metadata / EXIF orientation is applied.
    public var width: Int?
    public var height: Int?
    public var fps: Double?
    /// Clockwise degrees the player must turn the stored picture (video rotation metadata).
    public var rotation: Int
    /// EXIF orientation 1…8 of a photo (1 = as stored).
    public var orientation: Int
    public var hasAudio: Bool
    /// The main stream's codec (`h264`, `mjpeg`, `aac`, …).
    public var codec: String
    public var audioCodec: String?
    public var format: String
    public var sizeBytes: Int64

    public init(kind: Kind, duration: Double?, width: Int?, height: Int?, fps: Double?, rotation: Int,
                orientation: Int, hasAudio: Bool, codec: String, audioCodec: String?, format: String, sizeBytes: Int64) {
        self.kind = kind
        self.duration = duration
        self.width = width
        self.height = height
        self.fps = fps
        self.rotation = rotation
        self.orientation = orientation
        self.hasAudio = hasAudio
        self.codec = codec
        self.audioCodec = audioCodec
        self.format = format
        self.sizeBytes = sizeBytes
    }

    public var durationMs: Int? { duration.map { Int(($0 * 1000).rounded()) } }
}
