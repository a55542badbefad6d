import ArgumentParser
import Foundation
import ReelTimeline

struct Validate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Check a draft and list every problem with its path.")

    @Argument(help: "The draft JSON file.")
    var draft: String

    func run() async throws {
        do {
            let loaded = try loadDraft(draft)
            print("ok: \(loaded.summary())")
        } catch {
            throw fail(error)
        }
    }
}
