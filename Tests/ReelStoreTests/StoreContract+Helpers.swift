import Foundation
import ReelFFmpeg
import ReelStore

extension Store {
    /// A new caller with `credits`, valid for a day.
    func caller(_ name: String = UUID().uuidString, credits: Int = 10) async throws -> String {
        try await anonymousToken(clientID: name, credits: credits, lifetime: 86_400).token
    }

    /// A queued render of an empty draft.
    func queue(_ id: String, token: String, session: String? = nil, cost: Int = 0) async throws -> RenderJob {
        try await queueRender(RenderRequest(id: id, token: token, sessionID: session, draft: #"{"t":[]}"#, format: "mp4",
                                            quality: "high", cost: cost))
    }
}

enum Sample {
    static let info = MediaInfo(kind: .image, duration: nil, width: 640, height: 480, fps: nil, rotation: 0, orientation: 1,
                                hasAudio: false, codec: "mjpeg", audioCodec: nil, format: "image2", sizeBytes: 1234)

    static func media(_ id: String, session: String, root: URL) -> MediaRecord {
        MediaRecord(id: id, sessionID: session, path: root.appendingPathComponent("\(session)/\(id).jpg").path, name: "\(id).jpg", info: info)
    }
}
