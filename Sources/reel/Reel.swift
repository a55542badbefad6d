import ArgumentParser

@main
struct Reel: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reel",
        abstract: "Make videos from clips, photos, music and text, on your own machine.",
        subcommands: [Make.self, PlanCommand.self, Chat.self, Render.self, Probe.self, Storyboard.self, Validate.self, PlannerBench.self, Serve.self, Worker.self, MCPCommand.self]
    )
}
