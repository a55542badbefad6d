import ArgumentParser
import Foundation
import ReelFFmpeg
import ReelRender

struct Storyboard: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Make a contact sheet: one thumbnail per segment with its times.")

    @Argument(help: "The draft JSON file.")
    var draft: String

    @Option(name: .shortAndLong, help: "Where to write the sheet (.png or .jpg).")
    var output: String

    func run() async throws {
        try await reportingFailures {
            let loaded = try loadDraft(draft)
            let engine = RenderEngine(tools: try FFmpegTools.locate())
            let base = (RenderEngine.path(of: draft, base: FileManager.default.currentDirectoryPath) as NSString).deletingLastPathComponent
            let prepared = try await engine.prepare(loaded, baseDirectory: base)
            let out = RenderEngine.path(of: output, base: FileManager.default.currentDirectoryPath)
            try await engine.storyboard(prepared, to: out)
            print(out)
        }
    }
}
