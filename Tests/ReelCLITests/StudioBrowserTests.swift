import Foundation
import ReelFFmpeg
import ReelTestSupport
import Testing

/// The web studio in a real browser: headless Chromium (Debian's `chromium` and `chromium-driver`,
/// driven by Selenium; `scripts/browser-setup.sh` installs them) against `reel serve` on loopback.
/// `tests/browser/studio_flow.py` uploads photos and a sound, makes a 6 s vertical video by chat,
/// undoes and redoes, previews, exports and checks the MP4, resumes an export across a reload,
/// checks keyboard reach and text contrast, looks at a phone-sized screen, runs the page's own
/// unit tests and fails on console errors.
/// Screenshots go to `.build/browser-artifacts/`. Skipped, saying why, only when Chromium cannot
/// be installed.
@Suite struct StudioBrowserTests {
    @Test func aPersonMakesEditsPreviewsAndDownloadsAVideoInTheStudio() async throws {
        let setup = try await ProcessRunner.run("/bin/bash", [packageRoot + "/scripts/browser-setup.sh"])
        let python = String(decoding: setup.stdout, as: UTF8.self).split(separator: "\n").last.map(String.init) ?? ""
        if setup.exitCode != 0 || !FileManager.default.isExecutableFile(atPath: python) {
            try Test.cancel("skipped: headless Chromium could not be installed (scripts/browser-setup.sh): \(setup.stderrTail.suffix(600))")
        }
        let s = try Scratch()
        let artifacts = packageRoot + "/.build/browser-artifacts"
        let result = try await ProcessRunner.run(python, [packageRoot + "/tests/browser/studio_flow.py", try reelBinary(), s.path("flow"), artifacts])
        let out = String(decoding: result.stdout, as: UTF8.self)
        // The measurements and screenshot paths, for whoever reads the test log.
        print(out.split(separator: "\n").filter { $0.hasPrefix("measure:") || $0.hasPrefix("screenshot:") || $0.hasPrefix("export:") }
            .joined(separator: "\n"))
        #expect(result.exitCode == 0, "\(out)\n\(result.stderrTail)")
        #expect(out.contains("all checks passed"), "\(out)")
    }
}
