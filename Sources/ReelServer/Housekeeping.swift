import Foundation
import Logging
import ServiceLifecycle
import ReelStore

/// Files nobody will ask for again.
///
/// - At start: half-written uploads and narrations (`<session>/<uuid>.upload`, and a narration's
///   script beside it, `<uuid>.upload.txt`, left by a crash), half-written renders
///   (`.<name>.<id>.partial`) and render work folders (`<data>/work/reel-<uuid>`). No request
///   can be writing them yet.
/// - At start and every minute: credits held by turns whose process died mid-turn, once their
///   hold has expired (`turnHoldLifetime`); and the pieces of split jobs that ended without
///   their join cleaning up (failed or cancelled jobs: `work/<job key>/`, untouched for 10 min).
/// - While running, only when `ServerConfiguration.expiredDataRetention` is set: callers whose
///   token expired longer ago than that (an expired token is never renewed, so nobody can reach
///   their data again) are deleted with their sessions, media and renders, files included.
///   Off by default: on your own machine nothing is deleted unless you ask.
struct Housekeeping: Service {
    let store: any Store
    /// nil in memory mode, where uploads go to a temporary folder of their own.
    let mediaDirectory: URL?
    let rendersDirectory: URL
    /// Render work folders (`reel-<uuid>`); none is in use before the worker starts.
    let workDirectory: URL?
    let retention: TimeInterval?
    let interval: Duration
    let now: @Sendable () -> Date
    let logger: Logger

    init(store: any Store, configuration: ServerConfiguration, rendersDirectory: URL, workDirectory: URL? = nil, logger: Logger) {
        self.store = store
        self.mediaDirectory = configuration.resolvedMediaDirectory
        self.rendersDirectory = rendersDirectory
        self.workDirectory = workDirectory
        self.retention = configuration.expiredDataRetention
        self.interval = configuration.housekeepingInterval
        self.now = configuration.now
        self.logger = logger
    }

    /// Removes half-written files; returns how many.
    @discardableResult
    func sweepPartialFiles() -> Int {
        let fm = FileManager.default
        var removed = 0
        let sessions = mediaDirectory.flatMap { try? fm.contentsOfDirectory(at: $0, includingPropertiesForKeys: nil) } ?? []
        for session in sessions {
            for file in (try? fm.contentsOfDirectory(at: session, includingPropertiesForKeys: nil)) ?? []
            where file.lastPathComponent.hasSuffix(".upload") || file.lastPathComponent.hasSuffix(".upload.txt") {
                if (try? fm.removeItem(at: file)) != nil { removed += 1 }
            }
        }
        for file in (try? fm.contentsOfDirectory(atPath: rendersDirectory.path)) ?? []
        where file.hasPrefix(".") && file.hasSuffix(".partial") {
            if (try? fm.removeItem(atPath: rendersDirectory.appendingPathComponent(file).path)) != nil { removed += 1 }
        }
        if let workDirectory {
            for name in (try? fm.contentsOfDirectory(atPath: workDirectory.path)) ?? [] where name.hasPrefix("reel-") {
                if (try? fm.removeItem(at: workDirectory.appendingPathComponent(name))) != nil { removed += 1 }
            }
        }
        if removed > 0 { logger.info("removed \(removed) half-written file(s) and work folder(s) left by an earlier process") }
        return removed
    }

    /// Deletes the callers expired for longer than the retention, and their files.
    @discardableResult
    func deleteExpiredCallers() async throws -> ExpiredCallers {
        guard let retention else { return ExpiredCallers() }
        let gone = try await store.deleteCallers(expiredBefore: now().addingTimeInterval(-retention))
        let fm = FileManager.default
        // Only files under our own folders, whatever a row says.
        let folders = [rendersDirectory] + (mediaDirectory.map { [$0] } ?? [])
        for path in gone.files where folders.contains(where: { isInside(path, $0) }) {
            try? fm.removeItem(atPath: path)
        }
        if let mediaDirectory {
            for sid in gone.sessionIDs where !sid.isEmpty && !sid.contains("/") && sid != "." && sid != ".." {
                try? fm.removeItem(at: mediaDirectory.appendingPathComponent(sid, isDirectory: true))
            }
        }
        if gone.tokens > 0 {
            logger.info("deleted \(gone.tokens) expired caller(s): \(gone.sessionIDs.count) session(s), \(gone.files.count) file(s)")
        }
        return gone
    }

    private func isInside(_ path: String, _ directory: URL) -> Bool {
        let base = directory.standardizedFileURL.path
        let standardized = URL(fileURLWithPath: path).standardizedFileURL.path
        return standardized.hasPrefix(base.hasSuffix("/") ? base : base + "/")
    }

    /// Gives back the credits of turns whose process died mid-turn (their hold expired).
    @discardableResult
    func releaseExpiredHolds() async -> Int {
        do {
            let released = try await store.releaseExpiredHolds()
            if released > 0 { logger.info("released \(released) credit(s) held by turns that never finished") }
            return released
        } catch {
            if !Task.isCancelled { logger.error("could not release expired credit holds: \(error)") }
            return 0
        }
    }

    /// Removes the piece folders (`work/<job key>/`) of split jobs that are over or gone, once
    /// nothing has written in them for `quiet` seconds; a job still queued or rendering keeps its
    /// folder, whoever renders it. Returns how many folders went.
    @discardableResult
    func sweepFinishedJobPieces(quiet: TimeInterval = 600) async -> Int {
        guard let workDirectory else { return 0 }
        let fm = FileManager.default
        var removed = 0
        for name in (try? fm.contentsOfDirectory(atPath: workDirectory.path)) ?? [] where Self.isJobKey(name) {
            let folder = workDirectory.appendingPathComponent(name, isDirectory: true)
            guard let modified = (try? fm.attributesOfItem(atPath: folder.path))?[.modificationDate] as? Date,
                  Date().timeIntervalSince(modified) >= quiet else { continue }
            do {
                if let job = try await store.render(key: name), job.status == .queued || job.status == .rendering { continue }
            } catch {
                continue  // the store is away: keep everything
            }
            if (try? fm.removeItem(at: folder)) != nil { removed += 1 }
        }
        if removed > 0 { logger.info("removed the pieces of \(removed) render job(s) that ended without joining them") }
        return removed
    }

    /// `r` and 32 hex digits: the keys render jobs get.
    static func isJobKey(_ name: String) -> Bool {
        name.utf8.count == 33 && name.first == "r" && name.dropFirst().allSatisfy(\.isHexDigit)
    }

    func run() async throws {
        await cancelWhenGracefulShutdown {
            var lastDeletion: ContinuousClock.Instant?
            while !Task.isCancelled {
                await releaseExpiredHolds()
                await sweepFinishedJobPieces()
                if retention != nil, lastDeletion.map({ ContinuousClock.now - $0 >= interval }) ?? true {
                    lastDeletion = .now
                    do { try await deleteExpiredCallers() } catch {
                        if !Task.isCancelled { logger.error("housekeeping failed: \(error)") }
                    }
                }
                try? await Task.sleep(for: min(interval, .seconds(60)))
            }
        }
    }
}
