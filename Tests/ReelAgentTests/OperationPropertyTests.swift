import Foundation
import PropertyBased
import ReelTestSupport
import Testing
import ReelAgent
@testable import ReelPlanner
import ReelTimeline

/// Random sequences of edits (typed operations, words, undo and redo), with arguments that are
/// often out of range on purpose: whatever is applied or refused, the session's draft always
/// validates as a stored or exported draft does, reloads as it was, and plans as a preview and
/// as a full render (`--dry-run`) without a trap.
@Suite struct OperationPropertyTests {
    /// One step, from one random number.
    enum Step {
        case operations([EditOperation])
        case words(String)
        case undo, redo
    }

    static func step(_ seed: UInt64) -> Step {
        var rng = SplitMix64(seed: seed)
        switch rng.next(100) {
        case 0..<8: return .undo
        case 8..<12: return .redo
        case 12..<24: return .words(phrases[rng.next(phrases.count)])
        case 24..<34: return .operations([operation(&rng), operation(&rng)])
        default: return .operations([operation(&rng)])
        }
    }

    static let phrases = [
        "make it 4000x3000", "make it vertical", "make a video", "make it 20 seconds", "add a title \"\(String(repeating: "long ", count: 450))\"",
        "add a title 'Hello'", "remove the second clip", "black and white", "make the music quieter", "add dissolve transitions",
        "undo", "make it 1 second", "slow down the first clip", "add a caption 'late' at 1000 seconds", "make it 5 fps",
        "make it 60 fps", "mute the clips", "duplicate the last clip", "script: One line. Another line. A third one.",
    ]

    static func operation(_ rng: inout SplitMix64) -> EditOperation {
        let target = pick(&rng, [SegmentTarget.all, .last, .index(0), .index(1), .index(3), .index(40), .named("city"), .named("nothing")])
        let textTarget = pick(&rng, [TextTarget.all, .kind(.title), .kind(.caption), .index(0), .index(7)])
        let ms = pick(&rng, [-500, 0, 99, 100, 900, 2500, 7000, 60_000, 600_001, 90_000_000])
        let maybeMs: Int? = rng.next(3) == 0 ? nil : ms
        let text = pick(&rng, ["Hi", "", "  ", "Summer Sale", String(repeating: "x", count: 2001), "多语言 字幕", "a\nb"])
        let color = pick(&rng, ["white", "blurple", "#ffcc00", "#12", "navy@0.5"])
        let volume = pick(&rng, [-0.1, 0, 0.35, 1, 2, 4.5])
        let source = pick(&rng, Lab.media.map(\.src) + ["/lab/missing.mp4"])
        let look = Look(name: pick(&rng, LookName.allCases), brightness: pick(&rng, [0, 0.3, -2]),
                        contrast: pick(&rng, [1, 2.5, 9]), saturation: pick(&rng, [1, 0, 3.5]))
        switch rng.next(35) {
        case 0: return .compose(sources: Array(Lab.media.map(\.src).shuffled(using: &rng).prefix(1 + rng.next(5))), stillMs: pick(&rng, [4000, 50, 1000]))
        case 1: return .composeText(title: rng.next(2) == 0 ? nil : text, durationMs: ms, colors: [color])
        case 2: return .setDuration(ms: ms)
        case 3: return .setCanvas(width: pick(&rng, [1080, 1081, 1920, 4000, 3840, 8, 720]), height: pick(&rng, [1920, 1080, 3000, 2160, 1350, 5000]))
        case 4: return .setFPS(pick(&rng, [0, 1, 15, 24, 30, 60, 120]))
        case 5: return .setFit(target, pick(&rng, Fit.allCases))
        case 6: return .trim(target, inMs: maybeMs, durationMs: rng.next(2) == 0 ? nil : ms)
        case 7: return .setSpeed(target, pick(&rng, [0.1, 0.25, 0.5, 2, 4, 8]))
        case 8: return .move(target, to: pick(&rng, [-3, 0, 1, 99]))
        case 9: return .remove(target)
        case 10: return .replace(target, source: source)
        case 11: return .duplicate(target)
        case 12: return .setTransition(target, name: pick(&rng, [nil, "fade", "dissolve", "wipeleft", "explode"]), durationMs: ms)
        case 13: return .setMotion(target, pick(&rng, Motion.allCases))
        case 14: return .setLook(look)
        case 15: return .setClipLook(target, look)
        case 16: return .setFades(inMs: maybeMs, outMs: rng.next(2) == 0 ? nil : ms)
        case 17: return .addText(kind: pick(&rng, TextKind.allCases), text: text, startMs: maybeMs, durationMs: rng.next(2) == 0 ? nil : ms,
                                 position: rng.next(2) == 0 ? nil : pick(&rng, TextPosition.allCases))
        case 18: return .editText(textTarget, text: rng.next(2) == 0 ? nil : text, startMs: maybeMs, durationMs: nil, position: nil,
                                  color: rng.next(2) == 0 ? nil : color, size: rng.next(2) == 0 ? nil : pick(&rng, [4, 60, 400, 900]))
        case 19: return .removeText(textTarget)
        case 20: return .addCaptions(script: pick(&rng, ["One. Two. Three.", "", String(repeating: "word ", count: 300)]), startMs: maybeMs, endMs: rng.next(2) == 0 ? nil : ms)
        case 21: return .addMusic(source: source, volume: volume)
        case 22: return .setMusicVolume(volume)
        case 23: return .setMusicFades(inMs: maybeMs, outMs: ms)
        case 24: return .setMusicLoop(rng.next(2) == 0)
        case 25: return .removeMusic
        case 26: return .muteClips(rng.next(2) == 0)
        case 27: return .setClipVolume(target, volume)
        case 28: return .setDucking(rng.next(2) == 0)
        case 29: return .insert(source: source, at: rng.next(2) == 0 ? nil : pick(&rng, [0, 1, 99]))
        case 30: return .setMusicTiming(startMs: maybeMs, endMs: rng.next(2) == 0 ? nil : ms)
        case 32: return .removeVoiceover
        case 33: return .trimMusic(inMs: pick(&rng, [0, ms, 600_000, 90_000_000]))
        case 31: return .styleText(textTarget, preset: rng.next(2) == 0 ? nil : pick(&rng, TitleStyle.allCases), entrance: rng.next(2) == 0 ? nil : pick(&rng, TextEntrance.allCases))
        default: return .addVoiceover(source: source, startMs: ms)
        }
    }

    static func pick<T>(_ rng: inout SplitMix64, _ options: [T]) -> T { options[rng.next(options.count)] }

    /// Counts across the run, for the note.
    final class Tally: @unchecked Sendable {
        let lock = NSLock()
        var sequences = 0, steps = 0, applied = 0, refused = 0, planned = 0
        func add(_ f: (Tally) -> Void) { lock.withLock { f(self) } }
    }

    @Test func everyEditLeavesADraftThatValidatesReloadsAndPlans() async throws {
        let tally = Tally()
        let seeds = Gen.uint64(in: 0 ... .max).array(of: 1...14)
        await propertyCheck(count: 200, input: seeds, Gen.bool) { steps, startComposed in
            var session = EditSession(draft: Draft())
            if startComposed { session = try #require(try? Lab.agent.make(media: Lab.media, options: MakeOptions())) }
            var applied = 0, refused = 0, planned = 0
            for seed in steps {
                let before = session
                let turn: Turn
                switch Self.step(seed) {
                case .operations(let ops): turn = Lab.agent.apply(operations: ops, to: &session, media: Lab.media)
                case .words(let text):
                    let prepared = await Lab.agent.prepare(text, session: session, media: Lab.media, voiceDirectory: URL(fileURLWithPath: "/nonexistent"))
                    turn = Lab.agent.apply(prepared, to: &session)
                case .undo: turn = Lab.agent.history(.undo, session: &session, media: Lab.media)
                case .redo: turn = Lab.agent.history(.redo, session: &session, media: Lab.media)
                }
                if turn.problems.isEmpty { applied += 1 } else {
                    refused += 1
                    #expect(session == before, "a refused edit changed the session: \(turn.problems)")
                }
                // Every answer ends with the summary line.
                #expect(turn.answer.components(separatedBy: "\n").last?.hasPrefix("Timeline") == true, "\(turn.answer)")
                // It validates as a stored or exported draft does…
                let errors = session.draft.validationErrors
                #expect(errors.isEmpty, "\(errors) after \(Self.step(seed))")
                // …reloads as it was, history included…
                let stored = try JSONEncoder().encode(session)
                let reloaded = try JSONDecoder().decode(EditSession.self, from: stored)
                #expect(reloaded == session)
                // …and plans as a preview and as a full render.
                if !(session.draft.tracks.first { $0.type == .visual }?.segments.isEmpty ?? true) {
                    do {
                        _ = try Lab.plan(session.draft, preview: true)
                        _ = try Lab.plan(session.draft, preview: false)
                        planned += 1
                    } catch {
                        Issue.record("a draft an edit left does not plan: \(error)\n\(String(decoding: session.draft.encoded(), as: UTF8.self))")
                    }
                }
            }
            tally.add { $0.sequences += 1; $0.steps += steps.count; $0.applied += applied; $0.refused += refused; $0.planned += planned }
        }
        print("operation property: \(tally.sequences) sequences, \(tally.steps) steps, \(tally.applied) applied, \(tally.refused) refused, \(tally.planned) planned twice")
        #expect(tally.applied > 100 && tally.refused > 50, "the generator should exercise both outcomes")
    }
}

