import Foundation
import Testing
import ReelAgent
@testable import ReelPlanner
import ReelTimeline

@Suite struct AgentTests {
    static func visualTrack(_ d: Draft) -> [Segment] { d.tracks.first { $0.type == .visual }?.segments ?? [] }

    /// `reel make` and "make a video" (in any face) are one composition: the same files give the
    /// same timeline, and a length asked for is fitted by the one rule.
    @Test func makeAndMakeAVideoComposeTheSameDraft() async throws {
        let made = try Lab.agent.make(media: Lab.media, options: MakeOptions()).draft
        var session = EditSession(draft: Draft())
        let turn = await Lab.agent.turn("make a video", session: &session, media: Lab.media, voiceDirectory: URL(fileURLWithPath: "/nonexistent"))
        #expect(turn.problems.isEmpty, "\(turn.answer)")
        #expect(Self.visualTrack(made) == Self.visualTrack(session.draft))
        #expect(made.meta == session.draft.meta)
        let music = { (d: Draft) in d.tracks.first { $0.role == .music }?.segments.first }
        #expect(music(made)?.src == music(session.draft)?.src && music(made)?.volume == 0.35)

        var options = MakeOptions()
        options.durationMs = 30_000
        let fitted = try Lab.agent.make(media: Lab.media, options: options).draft
        var asked = EditSession(draft: Draft())
        _ = await Lab.agent.turn("make a 30 second video", session: &asked, media: Lab.media, voiceDirectory: URL(fileURLWithPath: "/nonexistent"))
        #expect(fitted.duration(knownDurations: Lab.media.editContext.durations) == 30_000)
        #expect(Self.visualTrack(fitted) == Self.visualTrack(asked.draft))
    }

    @Test func composingPicksTheFitByShapeAndKeepsClipsWhole() throws {
        let draft = try Lab.agent.make(media: Lab.media, options: MakeOptions()).draft
        let segs = Self.visualTrack(draft)
        let byName = Dictionary(uniqueKeysWithValues: segs.map { ($0.src ?? "", $0) })
        #expect(byName["/lab/tall.png"]?.fit == .contain, "a tall photo on a wide canvas is shown whole")
        #expect(byName["/lab/beach.jpg"]?.fit == .cover)
        #expect(byName["/lab/city.mp4"]?.duration == nil, "clips play whole")
        #expect(byName["/lab/beach.jpg"]?.motion != Motion.none)
        #expect(draft.meta.fadeIn == 400 && draft.meta.fadeOut == 1000)
        // Two sound files play one after the other.
        let music = draft.tracks.first { $0.role == .music }?.segments ?? []
        #expect(music.map(\.src) == ["/lab/song.mp3", "/lab/voice.wav"])
        #expect(music.map(\.start) == [0, 30_000])
    }

    @Test func aRefusedTurnChangesNothingEvenAfterAnUndoInTheSameWords() async throws {
        var session = try Lab.agent.make(media: Lab.media, options: MakeOptions())
        _ = Lab.agent.apply(operations: [.setFPS(24)], to: &session, media: Lab.media)
        let before = session
        let turn = Lab.agent.apply(operations: [.setCanvas(width: 4000, height: 3000)], to: &session, media: Lab.media)
        #expect(turn.problems == ["4000x3000 is beyond the largest canvas, 3840x2160: pick 4K (3840x2160), 1080p (1920x1080), 720p (1280x720), vertical (1080x1920) or square (1080x1080)"])
        #expect(session == before)
        var plan = Plan.empty
        plan.history = [.undo]
        plan.operations = [.addText(kind: .title, text: String(repeating: "x", count: 2001), startMs: nil, durationMs: nil, position: nil)]
        let mixed = session.apply(PlannedTurn(plan: plan), context: Lab.media.editContext)
        #expect(mixed.changes.isEmpty && mixed.problems.first?.contains("at most 2000 fit on screen") == true)
        #expect(session == before, "the undo in a refused turn is taken back too")
    }

    /// The preview that used to trap: a caption past the end at a frame rate the preview lowers.
    @Test func theDraftThatCrashedThePreviewPlans() throws {
        let text = #"{"m":{"fps":30},"t":[{"tt":0,"sg":[{"d":1040,"m":{"color":"navy"}}]},{"tt":7,"sg":[{"st":1050,"d":500,"m":{"text":"late","kind":"caption"}}]}]}"#
        let draft = try Draft.decode(Data(text.utf8)).draft
        _ = try Lab.plan(draft, preview: true)
        _ = try Lab.plan(draft, preview: false)
    }
}
