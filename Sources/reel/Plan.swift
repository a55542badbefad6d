import ArgumentParser
import Foundation
import ReelFFmpeg
import ReelPlanner
import ReelTimeline

struct PlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Turn an instruction into timeline edits; print the resulting draft.",
        discussion: """
        The draft (with its undo history) goes to stdout, the answer and the timeline summary to \
        stderr. Chain turns through files: reel plan --draft a.json --prompt "make it vertical" > b.json
        """
    )

    @Argument(help: "Pictures, clips and sound files to work with.")
    var inputs: [String] = []

    @Option(help: "What to do, in plain words.")
    var prompt: String

    @Option(help: "The draft to edit (as written by an earlier `reel plan`).")
    var draft: String?

    func run() async throws {
        try await reportingFailures {
            var session = EditSession(draft: Draft())
            if let draft {
                guard let data = FileManager.default.contents(atPath: draft) else { throw CLIError("cannot read \(draft)") }
                session = try EditSession(fileData: data)
            }
            let cli = try await CommandLineAgent.load(inputs: inputs, draft: session.draft, tools: FFmpegTools.locate())
            _ = await cli.turn(prompt, session: &session)
            FileHandle.standardOutput.write(session.fileData())
            print()
        }
    }
}
