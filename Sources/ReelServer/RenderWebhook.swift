import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1
import ReelStore

/// The optional `"webhook"` of a render job: when the job completes or fails, its status (the
/// same envelope `GET /api/render/proxy/lambda/{id}` answers, with a path-only download link) is
/// POSTed there. Best effort: one try, a short timeout, no redirects, and the URL import's
/// address rules (no loopback, private, link-local or metadata addresses unless allowed): the
/// host is looked up once and the connection goes to exactly the address that was checked.
struct RenderWebhook: Sendable {
    var allowPrivate: Bool
    var files: RenderFiles
    var linkLifetime: TimeInterval
    var now: @Sendable () -> Date
    var logger: Logger
    var timeout: TimeInterval = 10
    /// Looks a host name up: `getaddrinfo`, unless a test stands in for DNS.
    var resolve: @Sendable (String) -> [URLImporter.Address] = { URLImporter.systemResolve($0) }

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
    func notify(key: String, store: any Store) {
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

    /// POSTs `body` as JSON to `target`, connecting only to the address its check resolved;
    /// a redirect is not followed (it counts as a failure, like any status outside 2xx).
    func post(_ body: some Encodable, to target: String) async throws {
        guard let url = URL(string: target) else { throw APIError.badRequest("not a URL: \(target)") }
        let pin = try URLImporter(sizeLimit: 0, allowPrivate: allowPrivate, timeout: timeout, resolve: resolve).check(url)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var request = HTTPClientRequest(url: target)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json; charset=utf-8")
        request.headers.add(name: "User-Agent", value: "reel")
        request.body = .bytes(ByteBuffer(bytes: try encoder.encode(body)))
        let deadline = URLImporter.timeAmount(timeout)
        let status = try await URLImporter.withPinnedClient(pin, timeout: timeout) { client in
            try await client.execute(request, timeout: deadline).status.code
        }
        if !(200..<300).contains(status) {
            throw RenderJobError("HTTP \(status)")
        }
    }
}
