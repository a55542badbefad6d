import Foundation
import Testing
import ReelFFmpeg
import ReelRender
import ReelTestSupport
import ReelTimeline

@Suite struct AudioRenderTests {
    @Test func musicPlaysAtTheAskedLevel() async throws {
        let s = try Scratch()
        let music = try await s.tone("music.wav", frequency: 440, seconds: 4, amplitude: 0.5)
        let source = try await s.rmsLevel(music, from: 1, to: 3)
        let out = try await render("""
        {\(small),"t":[{"tt":0,"sg":[{"d":4000,"m":{"color":"black"}}]},
         {"tt":1,"m":{"role":"music"},"sg":[{"m":{"src":"music.wav","volume":0.35}}]}]}
        """, in: s)
        let rendered = try await s.rmsLevel(out, from: 1, to: 3)
        // 35 % is 20·log10(0.35) ≈ −9.1 dB.
        #expect(abs((rendered - source) - 20 * log10(0.35)) < 1.0, "source \(source) dB, rendered \(rendered) dB")
    }

    @Test func musicLoopsToFillAndIsTrimmedToTheVideo() async throws {
        let s = try Scratch()
        _ = try await s.tone("short.wav", seconds: 1)
        let looped = try await render("""
        {\(small),"t":[{"tt":0,"sg":[{"d":3000,"m":{"color":"black"}}]},
         {"tt":1,"sg":[{"m":{"src":"short.wav"}}]}]}
        """, in: s, output: "loop.mp4")
        #expect(try await s.rmsLevel(looped, from: 2.2, to: 2.8) > -20)
        #expect(abs(try await s.streams(looped).duration - 3) < 0.06)

        let once = try await render("""
        {\(small),"t":[{"tt":0,"sg":[{"d":3000,"m":{"color":"black"}}]},
         {"tt":1,"sg":[{"m":{"src":"short.wav","loop":false}}]}]}
        """, in: s, output: "once.mp4")
        #expect(try await s.rmsLevel(once, from: 2.2, to: 2.8) < -60)

        _ = try await s.tone("long.wav", seconds: 10)
        let trimmed = try await render("""
        {\(small),"t":[{"tt":0,"sg":[{"d":2000,"m":{"color":"black"}}]},{"tt":1,"sg":[{"m":{"src":"long.wav"}}]}]}
        """, in: s, output: "trim.mp4")
        #expect(abs(try await s.streams(trimmed).duration - 2) < 0.06)
    }

    @Test func musicPlaysFromItsInPoint() async throws {
        // A song silent for 3 s, then a tone: played from 3 s in ("start the song from 0:03"), the video has sound at once.
        let s = try Scratch()
        try await s.ffmpeg(["-f", "lavfi", "-i", "aevalsrc=if(gte(t\\,3)\\,0.5*sin(2*PI*440*t)\\,0):s=48000:d=6", "-ac", "2", s.path("song.wav")])
        func video(_ inPoint: String) -> String {
            """
            {\(small),"t":[{"tt":0,"sg":[{"d":2000,"m":{"color":"black"}}]},{"tt":1,"m":{"role":"music"},"sg":[{"m":{"src":"song.wav"\(inPoint)}}]}]}
            """
        }
        let fromTop = try await render(video(""), in: s, output: "top.mp4")
        #expect(try await s.rmsLevel(fromTop, from: 0.5, to: 1.5) < -60)
        let fromIn = try await render(video(#","in":3000"#), in: s, output: "in.mp4")
        #expect(try await s.rmsLevel(fromIn, from: 0.5, to: 1.5) > -20)
        #expect(abs(try await s.streams(fromIn).duration - 2) < 0.06)
    }

    @Test func musicSpeedChangesItsLength() async throws {
        let s = try Scratch()
        _ = try await s.tone("two.wav", seconds: 2)
        let out = try await render("""
        {\(small),"t":[{"tt":0,"sg":[{"d":3000,"m":{"color":"black"}}]},
         {"tt":1,"sg":[{"m":{"src":"two.wav","speed":2,"loop":false}}]}]}
        """, in: s)
        // Two seconds played twice as fast last one second.
        #expect(try await s.rmsLevel(out, from: 0.2, to: 0.8) > -20)
        #expect(try await s.rmsLevel(out, from: 1.3, to: 2.8) < -60)
    }

    @Test func musicFadesInAndOut() async throws {
        let s = try Scratch()
        _ = try await s.tone("m.wav", seconds: 4)
        let out = try await render("""
        {\(small),"t":[{"tt":0,"sg":[{"d":4000,"m":{"color":"black"}}]},
         {"tt":1,"sg":[{"m":{"src":"m.wav","fadeIn":1000,"fadeOut":2000}}]}]}
        """, in: s)
        let start = try await s.rmsLevel(out, from: 0, to: 0.2)
        let middle = try await s.rmsLevel(out, from: 1.2, to: 1.8)
        let end = try await s.rmsLevel(out, from: 3.7, to: 3.95)
        #expect(start < middle - 10 && end < middle - 10, "start \(start), middle \(middle), end \(end)")
    }

    @Test func clipSoundIsKeptOrMuted() async throws {
        let s = try Scratch()
        _ = try await s.clip("a.mp4", seconds: 2, tone: 440)
        let kept = try await render(#"{\#(small),"t":[{"tt":0,"sg":[{"m":{"src":"a.mp4"}}]}]}"#, in: s, output: "k.mp4")
        #expect(try await s.rmsLevel(kept, from: 0.5, to: 1.5) > -25)
        let muted = try await render(#"{\#(small),"t":[{"tt":0,"sg":[{"m":{"src":"a.mp4","mute":true}}]}]}"#, in: s, output: "m.mp4")
        #expect(try await s.rmsLevel(muted, from: 0.5, to: 1.5) < -80)
        let quiet = try await render(#"{\#(small),"t":[{"tt":0,"sg":[{"m":{"src":"a.mp4","volume":0.5}}]}]}"#, in: s, output: "q.mp4")
        let drop = try await s.rmsLevel(kept, from: 0.5, to: 1.5) - s.rmsLevel(quiet, from: 0.5, to: 1.5)
        #expect(abs(drop - 6.02) < 1, "\(drop)")
    }

    @Test func clipSoundCrossFadesWithThePictures() async throws {
        let s = try Scratch()
        _ = try await s.clip("a.mp4", source: "color=c=red", seconds: 2, tone: 440)
        _ = try await s.clip("b.mp4", source: "color=c=blue", seconds: 2, tone: 880)
        let out = try await render("""
        {\(small),"t":[{"tt":0,"sg":[{"m":{"src":"a.mp4","tr":{"name":"dissolve","d":1000}}},{"m":{"src":"b.mp4"}}]}]}
        """, in: s)
        let info = try await s.streams(out)
        #expect(abs(info.duration - 3) < 0.06)
        // Sound continues through the transition rather than dipping to silence.
        #expect(try await s.rmsLevel(out, from: 1.3, to: 1.7) > -30)
        #expect(try await s.rmsLevel(out, from: 2.5, to: 2.9) > -30)
    }

    @Test func musicIsDuckedUnderTheVoice() async throws {
        let s = try Scratch()
        _ = try await s.tone("music.wav", frequency: 200, seconds: 6, amplitude: 0.4)
        _ = try await s.tone("voice.wav", frequency: 3000, seconds: 2, amplitude: 0.5)
        let out = try await render("""
        {\(small),"t":[{"tt":0,"sg":[{"d":6000,"m":{"color":"black"}}]},
         {"tt":1,"m":{"role":"music"},"sg":[{"m":{"src":"music.wav"}}]},
         {"tt":1,"m":{"role":"voice"},"sg":[{"st":2000,"m":{"src":"voice.wav"}}]}]}
        """, in: s)
        // Measure the music alone (low-passed away from the voice) before and during the voice.
        let before = try await s.rmsLevel(out, from: 0.5, to: 1.8, filter: "lowpass=f=500,lowpass=f=500")
        let during = try await s.rmsLevel(out, from: 2.8, to: 3.8, filter: "lowpass=f=500,lowpass=f=500")
        let voice = try await s.rmsLevel(out, from: 2.8, to: 3.8, filter: "highpass=f=2000,highpass=f=2000")
        #expect(before - during > 6, "music before \(before) dB, under the voice \(during) dB")
        #expect(voice > -15, "voice \(voice) dB")
    }

    @Test func loudnessNormalisationHitsTheTarget() async throws {
        let s = try Scratch()
        _ = try await s.tone("quiet.wav", frequency: 600, seconds: 6, amplitude: 0.05)
        let out = try await render("""
        {"m":{"w":160,"h":90,"loudnorm":true},"t":[{"tt":0,"sg":[{"d":6000,"m":{"color":"black"}}]},
         {"tt":1,"sg":[{"m":{"src":"quiet.wav"}}]}]}
        """, in: s)
        let lufs = try await s.loudness(out)
        #expect(abs(lufs - -16) < 1.5, "integrated loudness \(lufs) LUFS")
    }

    @Test func silentVideosStillHaveAnAudioTrackOfTheRightLength() async throws {
        let s = try Scratch()
        let out = try await render(#"{\#(small),"t":[{"tt":0,"sg":[{"d":1500,"m":{"color":"gray"}}]}]}"#, in: s)
        let info = try await s.streams(out)
        #expect(info.audio?.codec == "aac")
        #expect(try await s.rmsLevel(out, from: 0, to: 1.4) < -80)
    }
}
