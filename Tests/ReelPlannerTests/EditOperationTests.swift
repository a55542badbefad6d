import Foundation
import Testing
@testable import ReelPlanner
import ReelTimeline

func sample() throws -> Draft {
    try Draft.decode(Data("""
    {"t":[{"tt":0,"sg":[{"d":4000,"m":{"src":"a.jpg","tr":{"name":"fade","d":500}}},{"d":3000,"m":{"src":"b.mp4","tr":{"name":"fade","d":500}}},{"d":4000,"m":{"src":"c.png"}}]},
          {"tt":1,"m":{"role":"music"},"sg":[{"m":{"src":"song.mp3","volume":0.35}}]},
          {"tt":7,"sg":[{"st":0,"d":3000,"m":{"text":"Hello","kind":"title"}}]}]}
    """.utf8)).draft
}

@Suite struct EditOperationTests {
    @Test func setDurationResizesPicturesAndKeepsClips() throws {
        let (d, change) = try EditOperation.setDuration(ms: 20_000).apply(to: sample())
        #expect(d.duration() == 20_000)
        #expect(d.visualSegments[1].duration == 3000)
        #expect(d.visualSegments[0].duration == d.visualSegments[2].duration)
        #expect(change == "Set the length to 20 seconds.")
    }

    @Test func canvasAndLooksAndFades() throws {
        var d = try sample()
        d = try EditOperation.setCanvas(width: 1080, height: 1920).apply(to: d).draft
        #expect(d.meta.width == 1080 && d.meta.height == 1920)
        let (d2, c2) = try EditOperation.setLook(Look(name: .bw)).apply(to: d)
        #expect(d2.meta.look.name == .bw && c2 == "Applied the black and white look.")
        let (d3, c3) = try EditOperation.setFades(inMs: 1000, outMs: 2000).apply(to: d2)
        #expect(d3.meta.fadeIn == 1000 && d3.meta.fadeOut == 2000)
        #expect(c3 == "Set fade in from black (1 s) and fade out to black (2 s).")
    }

    @Test func removeMoveDuplicateReplace() throws {
        let d = try sample()
        let (removed, c) = try EditOperation.remove(.index(1)).apply(to: d)
        #expect(removed.visualSegments.map(\.src) == ["a.jpg", "c.png"])
        #expect(c == "Removed b.")
        let moved = try EditOperation.move(.last, to: 0).apply(to: d).draft
        #expect(moved.visualSegments.map(\.src) == ["c.png", "a.jpg", "b.mp4"])
        let dup = try EditOperation.duplicate(.named("a.jpg")).apply(to: d).draft
        #expect(dup.visualSegments.map(\.src) == ["a.jpg", "a.jpg", "b.mp4", "c.png"])
        let rep = try EditOperation.replace(.index(0), source: "z.jpg").apply(to: d).draft
        #expect(rep.visualSegments[0].src == "z.jpg")
        // The last segment never keeps a transition into nothing.
        let tail = try EditOperation.remove(.last).apply(to: d).draft
        #expect(tail.visualSegments.last?.transition == nil)
    }

    @Test func laterStartKeepsAClipWithinItsSource() throws {
        // b.mp4 is 3 s and shown 3 s: started 1 s in, it is 2 s (a length kept at 3 s ran past the source's end).
        let (d, change) = try EditOperation.trim(.named("b.mp4"), inMs: 1000, durationMs: nil).apply(to: sample(), knownDurations: ["b.mp4": 3000])
        #expect(d.visualSegments[1].trimIn == 1000 && d.visualSegments[1].duration == 2000)
        #expect(change == "Trimmed clip 2 (b) to start 1 s in (it is now 2 s long).")
        // At double speed 1.5 s of picture is what is left; a length that still fits is kept; a length said is the length.
        var fast = try sample()
        fast = try EditOperation.setSpeed(.index(1), 2).apply(to: fast).draft
        #expect(try EditOperation.trim(.index(1), inMs: 500, durationMs: nil).apply(to: fast, knownDurations: ["b.mp4": 3000]).draft.visualSegments[1].duration == 1250)
        #expect(try EditOperation.trim(.index(1), inMs: 1000, durationMs: nil).apply(to: sample(), knownDurations: ["b.mp4": 9000]).draft.visualSegments[1].duration == 3000)
        #expect(try EditOperation.trim(.index(1), inMs: 1000, durationMs: 2500).apply(to: sample(), knownDurations: ["b.mp4": 3000]).draft.visualSegments[1].duration == 2500)
    }

    @Test func musicPlaysFromAPointInTheSong() throws {
        let (d, change) = try EditOperation.trimMusic(inMs: 30_000).apply(to: sample(), knownDurations: ["song.mp3": 180_000])
        let music = try #require(d.tracks.first { $0.type == .audio }?.segments.first)
        #expect(music.trimIn == 30_000 && music.start == nil)
        #expect(change == "The music now plays from 30 s into the song.")
        #expect(try EditOperation.trimMusic(inMs: 65_500).apply(to: sample()).change == "The music now plays from 1:05.5 into the song.")
        #expect(try EditOperation.trimMusic(inMs: 0).apply(to: d).draft.tracks.first { $0.type == .audio }?.segments.first?.trimIn == 0)
        // Past the song's end there is nothing to play.
        #expect(throws: EditError("song is only 2:00 long, so it cannot play from 3:00")) {
            try EditOperation.trimMusic(inMs: 180_000).apply(to: sample(), knownDurations: ["song.mp3": 120_000])
        }
        let bare = try Draft.decode(Data(#"{"t":[{"tt":0,"sg":[{"d":4000,"m":{"src":"a.jpg"}}]}]}"#.utf8)).draft
        #expect(throws: EditError("there is no music yet: add a sound file first")) { try EditOperation.trimMusic(inMs: 1000).apply(to: bare) }
    }

    @Test func errorsSayWhatIsThere() throws {
        #expect(throws: EditError("there is no clip 9: the timeline has 3 (a, b, c)")) { try EditOperation.remove(.index(8)).apply(to: sample()) }
        #expect(throws: EditError("that would leave the video empty; add something first or remove fewer")) { try EditOperation.remove(.all).apply(to: sample()) }
        #expect(throws: EditError("there is no transition called swirl; try fade, dissolve, wipeleft, slideleft, circleopen or zoomin")) { try EditOperation.setTransition(.all, name: "swirl", durationMs: 500).apply(to: sample()) }
        #expect(throws: EditError("there is no end card yet")) {
            try EditOperation.editText(.kind(.endcard), text: "Bye", startMs: nil, durationMs: nil, position: nil, color: nil, size: nil).apply(to: sample())
        }
        #expect(throws: EditError("there is no text 5: the video has 1")) { try EditOperation.removeText(.index(4)).apply(to: sample()) }
        // Taking away what is not there leaves the draft as asked, and says so.
        let none = try EditOperation.removeText(.kind(.endcard)).apply(to: sample())
        #expect(none.draft == (try sample()) && none.change == "There was no end card to remove.")
        let noMusic = try EditOperation.removeMusic.apply(to: Draft())
        #expect(noMusic.draft == Draft() && noMusic.change == "There was no music to remove.")
        // A voiceover comes off whole, and the music and clips stay as they were.
        let voiced = try EditOperation.addVoiceover(source: "voice.wav", startMs: 500).apply(to: sample()).draft
        #expect(voiced.tracks.filter { $0.role == .voice }.count == 1)
        let unvoiced = try EditOperation.removeVoiceover.apply(to: voiced)
        #expect(unvoiced.draft == (try sample()) && unvoiced.change == "Removed the voiceover.")
        let noVoice = try EditOperation.removeVoiceover.apply(to: Draft())
        #expect(noVoice.draft == Draft() && noVoice.change == "There was no voiceover to remove.")
        #expect(throws: EditError("there is no music yet: add a sound file first")) { try EditOperation.setMusicVolume(0.2).apply(to: Draft()) }
    }

    @Test func textMusicAndClipSound() throws {
        var d = try sample()
        d = try EditOperation.addText(kind: .endcard, text: "Shop now", startMs: nil, durationMs: nil, position: nil).apply(to: d).draft
        #expect(d.summary().hasSuffix(#"4. End card: "Shop now" (7-10s)"#), "\(d.summary())")
        d = try EditOperation.editText(.kind(.title), text: "Urban Dreams", startMs: nil, durationMs: nil, position: .top, color: nil, size: nil).apply(to: d).draft
        #expect(d.summary().contains(#"Title: "Urban Dreams" (0-3s)"#))
        d = try EditOperation.setMusicVolume(0.2).apply(to: d).draft
        #expect(d.summary().contains("BGM: song (0-10s, 20%)"))
        d = try EditOperation.muteClips(true).apply(to: d).draft
        #expect(d.visualSegments.allSatisfy { $0.mute != $0.isPicture }, "the clips muted, the pictures (no sound of their own) left as they were")
        #expect(d.visualSegments.contains { $0.isPicture } && d.visualSegments.contains { !$0.isPicture })
        d = try EditOperation.removeText(.kind(.title)).apply(to: d).draft
        #expect(!d.summary().contains("Title"))
    }

    @Test func sessionUndoRedoSurvivesARoundTrip() throws {
        var session = EditSession(draft: try sample())
        _ = try session.apply([.setCanvas(width: 1080, height: 1080), .setMusicVolume(0.1)])
        _ = try session.apply([.remove(.index(0))])
        let saved = try JSONEncoder().encode(session)
        var restored = try JSONDecoder().decode(EditSession.self, from: saved)
        #expect(restored == session)
        _ = try restored.undo()
        #expect(restored.draft.visualSegments.count == 3)
        _ = try restored.undo()
        #expect(restored.draft.meta.width == 1920)
        #expect(throws: EditError("there is nothing to undo")) { try restored.undo() }
        _ = try restored.redo()
        #expect(restored.draft.meta.width == 1080)
    }

    @Test func allOrNothing() throws {
        var session = EditSession(draft: try sample())
        #expect(throws: EditError.self) { try session.apply([.setCanvas(width: 1080, height: 1080), .remove(.index(7))]) }
        let original = try sample()
        #expect(session.draft == original)
        #expect(session.undoStack.isEmpty)
    }
}
