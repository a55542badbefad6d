import Foundation
import Testing
@testable import ReelTimeline

private func decode(_ json: String) throws -> Draft { try Draft.decode(Data(json.utf8)).draft }

private func problems(_ json: String) -> [String] {
    do {
        _ = try Draft.decode(Data(json.utf8))
        return []
    } catch let e as DraftValidationError {
        return e.errors.map { "\($0.path): \($0.message)" }
    } catch {
        return ["unexpected \(error)"]
    }
}

@Suite struct DraftDecodingTests {
    @Test func decodesTheSeedShape() throws {
        let d = try decode("""
        {"t":[{"tt":0,"sg":[{"d":10000,"m":{"src":"city.mp4","name":"city timelapse"}}]},
              {"tt":1,"m":{"name":"Lo-fi"},"sg":[{"d":10000,"m":{"src":"lofi.mp3","volume":0.35}}]},
              {"tt":7,"sg":[{"st":0,"d":3000,"m":{"text":"Urban Dreams","kind":"title"}}]}]}
        """)
        #expect(d.tracks.map(\.type) == [.visual, .audio, .text])
        #expect(d.tracks[1].role == .music)
        #expect(d.tracks[1].segments[0].volume == 0.35)
        #expect(d.tracks[2].segments[0].text == "Urban Dreams")
        #expect(d.meta.width == 1920 && d.meta.height == 1080 && d.meta.fps == 30)
    }

    @Test func reportsEveryProblemWithItsPath() {
        let found = problems("""
        {"m":{"w":1921,"fps":120,"look":"neon"},
         "t":[{"tt":0,"sg":[{"d":5000,"m":{"src":"a.jpg","speed":9,"tr":{"name":"swirl","d":500}}},
                            {"d":"long","m":{"color":"not a colour!"}},
                            {"d":50,"m":{}}]},
              {"tt":3,"sg":[]},
              {"tt":7,"sg":[{"st":-1,"m":{"text":"  "}}]}]}
        """)
        let expected = [
            "m.w: must be even for H.264 (4:2:0), got 1921",
            "m.fps: must be between 1 and 60, got 120",
            "m.look: unknown value \"neon\"",
            "t[0].sg[0].m.speed: must be between 0.25 and 4, got 9",
            "t[0].sg[0].m.tr.name: unknown transition \"swirl\"",
            "t[0].sg[1].d: must be a whole number, not a string",
            "t[0].sg[1].m.color: \"not a colour!\" is not a colour",
            "t[0].sg[2].d: must be at least 100 ms, got 50",
            "t[0].sg[2].m: a visual segment needs `src` (a file) or `color` (a solid background)",
            "t[1].tt: unknown track type 3",
            "t[2].sg[0].st: must be between 0 and 86400000, got -1",
            "t[2].sg[0].m.text: a text segment needs non-empty `text`",
        ]
        for e in expected {
            #expect(found.contains { $0.hasPrefix(e) }, "missing: \(e)\nfound:\n\(found.joined(separator: "\n"))")
        }
        #expect(found.count == expected.count, "\(found.joined(separator: "\n"))")
    }

    @Test(arguments: [
        ("[]", ": a draft must be a JSON object, not an array"),
        ("{}", "t: is required: the list of tracks"),
        ("{\"t\":[]}", "t: needs a visual track (tt 0) with at least one segment"),
        ("{\"t\":{}}", "t: must be an array, not an object"),
        ("{\"t\":[{\"sg\":[]}]}", "t[0].tt: is required"),
        ("{\"t\":[{\"tt\":0}]}", "t[0].sg: is required"),
        ("{\"t\":[{\"tt\":0,\"sg\":[{\"d\":1000}]}]}", "t[0].sg[0].m: is required"),
        ("{\"t\":[{\"tt\":0,\"sg\":[{\"m\":{\"src\":\"a.png\"}}]},{\"tt\":0,\"sg\":[{\"m\":{\"src\":\"b.png\"}}]}]}", "t[1]: only one visual track"),
        ("{\"t\":[{\"tt\":0,\"sg\":[{\"m\":{\"src\":\"a.png\"}}]},{\"tt\":1,\"sg\":[{\"m\":{}}]}]}", "t[1].sg[0].m.src: an audio segment needs `src`"),
        ("{\"version\":99,\"t\":[{\"tt\":0,\"sg\":[{\"m\":{\"src\":\"a.png\"}}]}]}", "version: this draft is version 99"),
        ("{\"t\":[{\"tt\":0,\"sg\":[{\"m\":{\"src\":\"a.png\",\"fit\":\"stretch\"}}]}]}", "t[0].sg[0].m.fit: unknown value \"stretch\"; use one of: cover, contain"),
        ("{\"t\":[{\"tt\":0,\"sg\":[{\"m\":{\"src\":\"a.png\",\"color\":\"red\"}}]}]}", "t[0].sg[0].m.color: give either `src` or `color`"),
        ("{\"m\":{\"w\":4096,\"h\":4096},\"t\":[{\"tt\":0,\"sg\":[{\"m\":{\"src\":\"a.png\"}}]}]}", "m: canvas 4096x4096 is larger than 4K"),
        ("{\"t\":[{\"tt\":0,\"sg\":[{\"m\":{\"src\":\"a.png\"}}]},{\"tt\":7,\"sg\":[{\"m\":{\"text\":\"x\",\"style\":{\"pos\":\"middle\",\"size\":2}}}]}]}", "t[1].sg[0].m.style.pos: unknown value \"middle\""),
        ("{\"t\" [", ": not valid JSON"),
        ("{\"t\":null}", "t: is required"),
        ("{\"t\":[{\"tt\":null,\"sg\":[]}]}", "t[0].tt: is required"),
        ("{\"t\":[{\"tt\":0,\"sg\":null}]}", "t[0].sg: is required"),
        ("{\"t\":[{\"tt\":0,\"sg\":[{\"d\":1000,\"m\":null}]}]}", "t[0].sg[0].m: is required"),
        ("{\"t\":[{\"tt\":0,\"sg\":[{\"m\":{\"color\":\"notacolour\"}}]}]}", "t[0].sg[0].m.color: \"notacolour\" is not a colour"),
        ("{\"t\":[{\"tt\":0,\"sg\":[{\"m\":{\"color\":\"red@5e-1\"}}]}]}", "t[0].sg[0].m.color: \"red@5e-1\" is not a colour"),
        ("{\"version\":0,\"t\":[{\"tt\":0,\"sg\":[{\"m\":{\"color\":\"red\"}}]}]}", "version: must be between 1 and 1000000, got 0"),
    ])
    func rejects(json: String, expected: String) {
        let found = problems(json)
        #expect(found.contains { $0.hasPrefix(expected) }, "expected \(expected), found \(found)")
    }

    @Test func roundTripsThroughJSON() throws {
        var draft = Draft()
        draft.meta.width = 1080
        draft.meta.height = 1920
        draft.meta.fadeOut = 1000
        draft.meta.look = Look(name: .warm, brightness: 0.1)
        var photo = Segment.visual(src: "a.jpg", duration: 4000, name: "beach")
        photo.motion = .zoomIn
        photo.fit = .contain
        photo.transition = Transition(name: "circleopen", duration: 700)
        var clip = Segment.visual(src: "b.mp4", duration: 3000)
        clip.trimIn = 1500
        clip.speed = 2
        clip.mute = true
        var music = Segment()
        music.src = "song.mp3"
        music.volume = 0.35
        music.fadeOut = 2000
        music.loop = false
        var title = Segment.text("Hi 'there': {x}\n第二行", kind: .title, start: 0, duration: 3000)
        title.style.position = .top
        title.style.box = true
        title.style.color = "#ffcc00"
        draft.tracks = [
            Track(type: .visual, segments: [photo, clip]),
            Track(type: .audio, name: "Lo-fi", role: .music, duck: false, segments: [music]),
            Track(type: .text, segments: [title]),
        ]
        let again = try Draft.decode(draft.encoded()).draft
        #expect(again == draft)
    }

    @Test func keepsKnownDefaultsOutOfTheJSON() throws {
        let d = try decode(#"{"t":[{"tt":0,"sg":[{"d":1000,"m":{"src":"a.png"}}]}]}"#)
        let text = String(decoding: d.encoded(), as: UTF8.self)
        #expect(!text.contains("speed"))
        #expect(!text.contains("fit"))
        #expect(text.contains("\"src\" : \"a.png\""))
    }

    @Test func olderVersionLoadsAsCurrent() throws {
        let d = try decode(#"{"version":1,"t":[{"tt":0,"sg":[{"m":{"color":"navy"}}]}]}"#)
        #expect(d.version == Draft.currentVersion)
        #expect(d.tracks[0].segments[0].color == "navy")
    }

    @Test func warnsButAcceptsRoleOnNonAudioTrack() throws {
        let (_, warnings) = try Draft.decode(Data(#"{"t":[{"tt":0,"m":{"role":"music"},"sg":[{"m":{"color":"red"}}]}]}"#.utf8))
        #expect(warnings.map(\.path) == ["t[0].m.role"])
    }

    @Test func colourNamesAndHexAreAccepted() throws {
        for c in ["red", "Navy", "#fff", "#1e3a8a", "#1e3a8aff", "white@0.5", "#000000@.55", "lightgoldenrodyellow"] {
            let d = try decode(#"{"t":[{"tt":0,"sg":[{"m":{"color":"\#(c)"}}]}]}"#)
            #expect(d.tracks[0].segments[0].color == c)
        }
    }

    @Test func duckOnTheWrongTrackIsAWarning() throws {
        let (_, warnings) = try Draft.decode(Data(#"{"t":[{"tt":0,"sg":[{"m":{"color":"red"}}]},{"tt":1,"m":{"role":"voice","duck":true},"sg":[{"m":{"src":"v.wav"}}]}]}"#.utf8))
        #expect(warnings.map(\.path) == ["t[1].m.duck"])
    }

    @Test func everyTransitionNameIsAccepted() throws {
        for name in TransitionName.all {
            let d = try decode(#"{"t":[{"tt":0,"sg":[{"m":{"color":"red","tr":{"name":"\#(name)","d":500}}},{"m":{"color":"blue"}}]}]}"#)
            #expect(d.tracks[0].segments[0].transition?.name == name)
        }
    }
}
