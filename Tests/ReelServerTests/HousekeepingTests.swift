import Foundation
import Logging
import Testing
@testable import ReelServer
import ReelFFmpeg
import ReelStore

/// Half-written files go at start; expired callers' data goes only when a retention is set.
@Suite struct HousekeepingTests {
    let fm = FileManager.default

    func touch(_ url: URL) throws {
        try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: url)
    }

    @Test func startingTheServerRemovesHalfWrittenUploadsAndRendersOnly() throws {
        let data = fm.temporaryDirectory.appendingPathComponent("reel-housekeeping-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: data) }
        let media = data.appendingPathComponent("media/s1")
        let renders = data.appendingPathComponent("renders")
        let kept = [media.appendingPathComponent("a.mp4"), media.appendingPathComponent("b.upload.mp4"),
                    renders.appendingPathComponent("r1.mp4"), renders.appendingPathComponent("notes.partial")]
        let removed = [media.appendingPathComponent("c.upload"), media.appendingPathComponent("d.upload.txt"), renders.appendingPathComponent(".r2.mp4.1a2b3c4d.partial")]
        for file in kept + removed { try touch(file) }

        _ = try buildApplication(ServerConfiguration(port: 0, dataDirectory: data), logger: Logger(label: "test"))

        for file in kept { #expect(fm.fileExists(atPath: file.path), "\(file.lastPathComponent) was removed") }
        for file in removed { #expect(!fm.fileExists(atPath: file.path), "\(file.lastPathComponent) is still there") }
    }

    /// A split job that failed leaves its pieces (no join removed them); a job still rendering
    /// keeps them, whichever worker renders it; a folder that is not a job's is never touched.
    @Test func piecesOfEndedSplitJobsAreRemovedOnceQuiet() async throws {
        let data = fm.temporaryDirectory.appendingPathComponent("reel-pieces-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: data) }
        let store = try SQLiteStore.inMemory()
        let token = try await store.anonymousToken(clientID: "c", credits: 10, lifetime: 3600).token
        let failed = try await store.queueRender(RenderRequest(id: "render_f", token: token, sessionID: nil, draft: "{}", format: "mp4", quality: "high"))
        _ = try await store.cancelRender(key: failed.key, reason: "cancelled")
        let running = try await store.queueRender(RenderRequest(id: "render_r", token: token, sessionID: nil, draft: "{}", format: "mp4", quality: "high"))
        _ = try #require(try await store.claimTask(worker: "w", lease: 60))
        let work = data.appendingPathComponent("work")
        let gone = work.appendingPathComponent("\(failed.key)/chunk-0.mp4")
        let unknownJob = work.appendingPathComponent("r" + String(repeating: "0", count: 32) + "/chunk-0.mp4")
        let kept = [work.appendingPathComponent("\(running.key)/chunk-0.mp4"), work.appendingPathComponent("reel-1234/x"),
                    work.appendingPathComponent("notes/chunk-0.mp4")]
        for file in [gone, unknownJob] + kept { try touch(file) }
        let housekeeping = Housekeeping(store: store, configuration: ServerConfiguration(port: 0, dataDirectory: data),
                                        rendersDirectory: data.appendingPathComponent("renders"), workDirectory: work, logger: Logger(label: "t"))
        // Written moments ago: a join may still be reading it.
        #expect(await housekeeping.sweepFinishedJobPieces() == 0)
        #expect(await housekeeping.sweepFinishedJobPieces(quiet: 0) == 2)
        #expect(!fm.fileExists(atPath: gone.deletingLastPathComponent().path))
        #expect(!fm.fileExists(atPath: unknownJob.deletingLastPathComponent().path))
        for file in kept { #expect(fm.fileExists(atPath: file.path), "\(file.path) was removed") }
    }

    @Test func expiredCallersAreDeletedWithTheirFilesOnlyWhenARetentionIsSet() async throws {
        let data = fm.temporaryDirectory.appendingPathComponent("reel-retention-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: data) }
        let clock = TestClock()
        let store = try SQLiteStore.open(directory: data, now: { clock.now })
        var configuration = ServerConfiguration(dataDirectory: data, now: { clock.now })
        let renders = data.appendingPathComponent("renders")
        let mediaRoot = try #require(configuration.resolvedMediaDirectory)

        // A caller with a session, an upload and a finished render; one with a render still queued.
        let old = try await store.anonymousToken(clientID: "old", credits: 10, lifetime: 3600).token
        let busy = try await store.anonymousToken(clientID: "busy", credits: 10, lifetime: 3600).token
        let oldSession = try await store.createSession(token: old, language: "en").id
        let upload = mediaRoot.appendingPathComponent("\(oldSession)/m1.png")
        let output = renders.appendingPathComponent("rold.mp4")
        try touch(upload)
        try touch(output)
        let info = MediaInfo(kind: .image, duration: nil, width: 2, height: 2, fps: nil, rotation: 0, orientation: 1,
                             hasAudio: false, codec: "png", audioCodec: nil, format: "png_pipe", sizeBytes: 1)
        try await store.addMedia([MediaRecord(id: "m1", sessionID: oldSession, path: upload.path, name: "m1.png", info: info)], token: old)
        let job = try await store.queueRender(RenderRequest(id: "render_1", token: old, sessionID: oldSession, draft: "{}", format: "mp4", quality: "high"))
        let task = try #require(try await store.claimTask(worker: "w", lease: 30))
        #expect(try await store.completeRender(task, output: output.path, bytes: 1, duration: 1))
        _ = try await store.queueRender(RenderRequest(id: "render_2", token: busy, sessionID: nil, draft: "{}", format: "mp4", quality: "high"))

        clock.advance(by: 3600 + 2 * 86400)
        // A caller that is still valid.
        let live = try await store.anonymousToken(clientID: "live", credits: 10, lifetime: 3600).token
        let liveSession = try await store.createSession(token: live, language: "en").id

        // No retention: nothing is deleted.
        let keepAll = Housekeeping(store: store, configuration: configuration, rendersDirectory: renders, logger: Logger(label: "test"))
        #expect(try await keepAll.deleteExpiredCallers() == ExpiredCallers())
        // Expired two days ago, kept for three: still there.
        configuration.expiredDataRetention = 3 * 86400
        let patient = Housekeeping(store: store, configuration: configuration, rendersDirectory: renders, logger: Logger(label: "test"))
        #expect(try await patient.deleteExpiredCallers().tokens == 0)
        #expect(fm.fileExists(atPath: upload.path))

        configuration.expiredDataRetention = 86400
        let gone = try await Housekeeping(store: store, configuration: configuration, rendersDirectory: renders,
                                          logger: Logger(label: "test")).deleteExpiredCallers()
        #expect(gone.tokens == 1)
        #expect(gone.sessionIDs == [oldSession])
        #expect(Set(gone.files) == [upload.path, output.path])
        #expect(!fm.fileExists(atPath: upload.path))
        #expect(!fm.fileExists(atPath: upload.deletingLastPathComponent().path))
        #expect(!fm.fileExists(atPath: output.path))
        await #expect(throws: StoreError.self) { try await store.session(oldSession, token: old) }
        #expect(try await store.render(key: job.key) == nil)
        #expect(try await store.ledger(token: old).isEmpty)
        // The caller with a queued render waits for it; the live caller is untouched.
        #expect(try await store.render(id: "render_2", token: busy) != nil)
        #expect(try await store.session(liveSession, token: live).id == liveSession)
    }
}
