import Foundation
import PackagePlugin

/// Turns the files in a target's `Assets/` folder into one generated Swift file
/// (`StudioAssets+Embedded.swift`), so the page ships inside the binary and is never checked in
/// twice. Runs again whenever an asset changes.
@main
struct StudioAssets: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        // The `Path` API: the package's tools version (6.0) predates the `URL` one.
        let assets = target.directory.appending("Assets")
        // The page's files sit flat in the folder (it names them so); dot files and folders are not assets.
        let names = try FileManager.default.contentsOfDirectory(atPath: assets.string)
            .filter { name in
                var isFolder: ObjCBool = false
                return !name.hasPrefix(".")
                    && FileManager.default.fileExists(atPath: assets.appending(name).string, isDirectory: &isFolder) && !isFolder.boolValue
            }
            .sorted()
        let inputs = names.map { assets.appending($0) }
        let output = context.pluginWorkDirectory.appending("StudioAssets+Embedded.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(names.count) studio assets",
                executable: try context.tool(named: "studio-embed").path,
                arguments: [output.string] + inputs.map(\.string),
                inputFiles: inputs,
                outputFiles: [output]
            ),
        ]
    }
}
