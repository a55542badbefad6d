import ArgumentParser
import Foundation
import ReelFFmpeg
import ReelPlanner
import ReelRender
import ReelTimeline

struct Chat: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Edit a video by talking to it: type instructions, `export` renders, `undo` undoes, `quit` leaves."
    )

    @Argument(help: "Pictures, clips and sound files to start with.")
    var inputs: [String] = []

    @Option(name: .shortAndLong, help: "Where `export` writes the video.")
    var output = "reel.mp4"

    @Option(help: "Keep the session in this draft file (loaded if it exists, saved after every turn).")
    var draft: String?

    func run() async throws {
        try await reportingFailures {
            let tools = try FFmpegTools.locate()
            var session = EditSession(draft: Draft())
            if let draft, let data = FileManager.default.contents(atPath: draft) { session = try EditSession(fileData: data) }
            let cli = try await CommandLineAgent.load(inputs: inputs, draft: session.draft, tools: tools)
            let interactive = isatty(STDIN_FILENO) != 0
            if interactive {
                print("Reel chat: say what you want (\"make it 30 seconds\", \"add a title 'Hello'\"); export renders, quit leaves.")
            }
            while true {
                if interactive { FileHandle.standardError.write(Data("> ".utf8)) }
                guard let line = readLine() else { break }
                let text = line.trimmingCharacters(in: .whitespaces)
                if text.isEmpty { continue }
                if ["quit", "exit", "bye", "退出"].contains(text.lowercased()) { break }
                let turn = await cli.turn(text, session: &session)
                if let draft { try session.fileData().write(to: URL(fileURLWithPath: draft)) }
                if turn.plan.intent == .export {
                    let settings = RenderSettings(format: OutputFormat.from(path: output) ?? .mp4)
                    try await renderDraft(session.draft, base: FileManager.default.currentDirectoryPath,
                                          output: output, settings: settings, tools: tools)
                }
            }
        }
    }
}
