import Foundation
import Testing
@testable import ReelPlanner
import ReelTimeline

@Test func scratchDebug() throws {
    let d = try CorpusTests.corpusFixture()
    for s in (ProcessInfo.processInfo.environment["PLAN"] ?? "").split(separator: "|") {
        let p = RulePlanner().plan(String(s), context: PlannerContext(draft: d))
        print("PLAN \(s) => \(p.operations) history=\(p.history) not=\(p.notUnderstood) intent=\(p.intent)")
    }
}
