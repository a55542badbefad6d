import Foundation
import PackagePlugin

/// Turns the files in a target's `Assets/` folder into one generated Swift file
/// (`StudioAssets+Embedded.swift`), so the page ships inside the binary and is never checked in
/// twice. Runs again whenever an asset changes.
@main
struct StudioAssets: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        // `Target.directoryURL` needs tools 6.1 and `directory` is deprecated: the target sits in
        // the package's `Sources/<name>/`, as every target of this package does.
        let assets = context.package.directoryURL.appending(path: "Sources").appending(path: target.name).appending(path: "Assets")
        // The page's files sit flat in the folder (it names them so); dot files and folders are not assets.
        let names = try FileManager.default.contentsOfDirectory(atPath: assets.path(percentEncoded: false))
            .filter { name in
                var isFolder: ObjCBool = false
                return !name.hasPrefix(".")
                    && FileManager.default.fileExists(atPath: assets.appending(path: name).path(percentEncoded: false), isDirectory: &isFolder)
                    && !isFolder.boolValue
            }
            .sorted()
        let inputs = names.map { assets.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "StudioAssets+Embedded.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(names.count) studio assets",
                executable: try context.tool(named: "studio-embed").url,
                arguments: [output.path(percentEncoded: false)] + inputs.map { $0.path(percentEncoded: false) },
                inputFiles: inputs,
                outputFiles: [output]
            ),
        ]
    }
}
