import Foundation
import Hummingbird
import HummingbirdTesting
import ReelTestSupport
import Testing
@testable import ReelServer
@testable import ReelStore

/// Issue 14: a worker that splits renders makes each job chunk, soundtrack and join tasks, any
/// worker does any of them, and the joined file is the whole video: every frame, in order, with sound.
@Suite struct SplitRenderTests {
    static let threeColours = #"{"m":{"w":320,"h":180,"fps":30},"t":[{"tt":0,"sg":[{"d":1000,"m":{"color":"red"}},{"d":1000,"m":{"color":"lime"}},{"d":1000,"m":{"color":"blue"}}]}]}"#

    @Test func aSplitJobIsRenderedInChunksAndJoinedWhole() async throws {
        var server = try RenderServer()
        server.configuration.splitRenders = true
        server.configuration.renderChunks = 3
        server.configuration.renderConcurrency = 2
        server.configuration.exportCost = 2
        server.worker = RenderWorker(store: server.store, configuration: server.configuration, files: server.files,
                                     pollInterval: .milliseconds(100))
        let store = server.store
        try await server.test { api in
            let token = try await api.token()
            #expect(try await api.queueRender(token: token, id: "render_split", draft: Self.threeColours).code == 0)
            let done = try await api.waitForRender(token: token, id: "render_split")
            #expect(done.data?["status"]?.string == "completed", "\(done.text)")
            #expect(try await store.ledger(token: token).map(\.kind) == ["grant", "freeze", "settle"])
        }
        let key = try await store.anyRenderKey(id: "render_split")
        let tasks = try await store.taskSummaries(key: key)
        #expect(tasks == ["audio0:done:-1--1", "chunk0:done:0-30", "chunk1:done:30-60", "chunk2:done:60-90", "join0:done:-1--1", "render0:done:-1--1"])
        let output = try #require(try await store.render(key: key)?.outputPath)
        let scratch = try Scratch()
        let streams = try await scratch.streams(output)
        #expect(streams.video?.codec == "h264" && streams.video?.frames == 90)
        #expect(streams.audio != nil)
        #expect(abs(streams.duration - 3) < 0.05)
        for (second, colour) in [(0.5, (255, 0, 0)), (1.5, (0, 255, 0)), (2.5, (0, 0, 255))] {
            let frame = try await scratch.frame(output, at: second)
            #expect(close(frame.at(0.5, 0.5), colour.0, colour.1, colour.2), "at \(second) s: \(frame.at(0.5, 0.5))")
        }
        // Each chunk's render time is counted for /metrics.
        let metrics = Set(await server.configuration.metrics.render().split(separator: "\n").map(String.init))
        #expect(metrics.contains("reel_chunk_render_seconds_count 3"), "\(metrics.sorted())")
        #expect(metrics.contains("reel_leases_rescued_total 0"))
        // The pieces are gone once joined.
        #expect(!FileManager.default.fileExists(atPath: server.files.workDirectory.appendingPathComponent(key).path))
    }
}
