import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Logging

/// The optional `"webhook"` of a render job: when the job completes or fails, its status (the
/// same envelope `GET /api/render/proxy/lambda/{id}` answers, with a path-only download link) is
/// POSTed there. Best effort: one try, a short timeout, no redirects, and the URL import's
/// address rules (no loopback, private, link-local or metadata addresses unless allowed).
struct RenderWebhook: Sendable {
    var allowPrivate: Bool
    var files: RenderFiles
    var linkLifetime: TimeInterval
    var now: @Sendable () -> Date
    var logger: Logger
    var timeout: TimeInterval = 10

    /// Throws 400 unless `string` is an absolute http(s) URL with a host (addresses are checked when it is called).
    static func validate(_ string: String) throws {
        guard string.count <= 2048, let url = URL(string: string), let scheme = url.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = url.host, !host.isEmpty else {
            throw APIError.badRequest("invalid \"webhook\": use an absolute http or https URL")
        }
    }

    /// The status GET's data, with the download link as a path: the worker does not know which
    /// host the client used.
    func payload(for job: RenderJob) -> RenderJobData {
        RenderJobData(job, files: files, linkExpires: Int(now().timeIntervalSince1970 + linkLifetime))
    }

    /// Reads the job's final row and calls its webhook, if it has one, in the background.
    func notify(key: String, store: Store) {
        let hook = self
        Task.detached {
            guard let job = try? await store.render(key: key), let target = job.webhook,
                  job.status == .completed || job.status == .failed else { return }
            do {
                try await hook.post(Envelope(data: hook.payload(for: job)), to: target)
            } catch {
                hook.logger.warning("render \(key): webhook \(target) failed: \(error)")
            }
        }
    }

    func post(_ body: some Encodable, to target: String) async throws {
        guard let url = URL(string: target) else { throw APIError.badRequest("not a URL: \(target)") }
        try URLImporter(sizeLimit: 0, allowPrivate: allowPrivate, timeout: timeout).check(url)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var request = URLRequest(url: url)
        request.httpMethod = "POST"
        request.timeoutInterval = timeout
        request.setValue("application/json; charset=utf-8", forHTTPHeaderField: "Content-Type")
        request.setValue("reel", forHTTPHeaderField: "User-Agent")
        request.httpBody = try encoder.encode(body)
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout
        let session = URLSession(configuration: configuration, delegate: NoRedirects(), delegateQueue: nil)
        defer { session.finishTasksAndInvalidate() }
        let (_, response) = try await session.data(for: request)
        if let http = response as? HTTPURLResponse, !(200..<300).contains(http.statusCode) {
            throw RenderJobError("HTTP \(http.statusCode)")
        }
    }
}

/// A webhook's redirect is not followed (its target was never checked).
private final class NoRedirects: NSObject, URLSessionTaskDelegate, Sendable {
    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        completionHandler(nil)
    }
}
