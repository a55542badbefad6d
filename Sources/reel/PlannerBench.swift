import ArgumentParser
import Foundation
import ReelPlanner
import ReelTimeline

/// `reel planner-bench`: plans a mix of instructions and prints latency percentiles (used by
/// `bench/planner.sh`; not a timed unit test).
struct PlannerBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "planner-bench", abstract: "Time the rule planner.", shouldDisplay: false)

    @Option(help: "How many instructions to plan.")
    var count = 1000

    @Flag(help: "Also print each instruction's median and slowest time, slowest first.")
    var detail = false

    @Option(help: "Plan only this instruction (to profile it).")
    var only: String?

    @Flag(help: "Also time the same turns with every pattern run through ICU (no word prefilter), as a reference.")
    var reference = false

    static let mix = EditSession.typicalRequests

    func run() throws {
        if reference {
            RulePlanner.skipsPatternsWithoutTheirWords(false)
            measure(label: "planner, reference without the word prefilter")
            RulePlanner.skipsPatternsWithoutTheirWords(true)
        }
        measure(label: "planner")
    }

    private func measure(label: String) {
        let session = EditSession(draft: EditSession.typicalDraft())
        let media = ["a.jpg", "b.mp4", "song.mp3"]
        var times: [Double] = []
        times.reserveCapacity(count)
        var byText: [String: [Double]] = [:]
        for i in 0..<count {
            let text = only ?? Self.mix[i % Self.mix.count]
            let start = DispatchTime.now().uptimeNanoseconds
            var copy = session
            _ = copy.turn(text, media: media)
            let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
            times.append(ms)
            byText[text, default: []].append(ms)
        }
        times.sort()
        func pct(_ p: Double) -> Double { times[min(times.count - 1, Int(Double(times.count) * p))] }
        print(String(format: "%@: %d turns (plan + apply + answer), p50 %.3f ms, p99 %.3f ms, max %.3f ms (target p99 < 5 ms)",
                     label, count, pct(0.5), pct(0.99), times.last ?? 0))
        guard detail else { return }
        let rows = byText.map { text, t in (text, t.sorted()[t.count / 2], t.max() ?? 0) }.sorted { $0.1 > $1.1 }
        for (text, median, slowest) in rows { print(String(format: "%8.3f ms median %8.3f ms max  %@", median, slowest, text)) }
    }
}
