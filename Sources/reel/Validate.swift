import ArgumentParser
import Foundation
import ReelTimeline

struct Validate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Check a draft and list every problem with its path.")

    @Argument(help: "The draft JSON file.")
    var draft: String

    func run() async throws {
        try await reportingFailures {
            let loaded = try loadDraft(draft)
            print("ok: \(loaded.summary())")
        }
    }
}
