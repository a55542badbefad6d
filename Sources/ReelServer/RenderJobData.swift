import Foundation
import ReelStore

/// What the render status GET and the render webhook report of a job.
struct RenderJobData: Encodable, Sendable {
    var id: String
    var status: String
    var progress: Int
    var format: String
    var quality: String
    var sessionId: String?
    var output: Output?
    var error: String?
    struct Output: Encodable, Sendable {
        var url: String
        var size: Int64
        var duration: Double
        var format: String
        var expires: Int
    }

    enum K: String, CodingKey { case id, status, progress, format, quality, sessionId, output, error }

    /// `output` and `error` are always present (`null` until they apply), so clients can read them blindly.
    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: K.self)
        try c.encode(id, forKey: .id)
        try c.encode(status, forKey: .status)
        try c.encode(progress, forKey: .progress)
        try c.encode(format, forKey: .format)
        try c.encode(quality, forKey: .quality)
        try c.encode(sessionId, forKey: .sessionId)
        try c.encode(output, forKey: .output)
        try c.encode(error, forKey: .error)
    }

    /// A job as clients see it; `link` turns the signed download path into the URL to show.
    init(_ job: RenderJob, files: RenderFiles, linkExpires expires: Int, link: (String) -> String = { $0 }) {
        id = job.id
        status = job.status.rawValue
        progress = job.progress
        format = job.format
        quality = job.quality
        sessionId = job.sessionID
        error = job.status == .failed ? job.error : nil
        if job.status == .completed {
            let path = "/api/render/download/\(job.key)?\(files.signedQuery(key: job.key, expires: expires))"
            output = Output(url: link(path), size: job.bytes ?? 0, duration: job.duration ?? 0, format: job.format, expires: expires)
        }
    }
}
