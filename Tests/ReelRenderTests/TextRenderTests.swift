import Foundation
import Testing
import ReelFFmpeg
@testable import ReelRender
import ReelTestSupport
import ReelTimeline

@Suite struct TextRenderTests {
    @Test func aTitleShowsWhileItShouldAndNotAfter() async throws {
        let s = try Scratch()
        let out = try await render("""
        {\(small),"t":[{"tt":0,"sg":[{"d":4000,"m":{"color":"navy"}}]},
         {"tt":7,"sg":[{"st":0,"d":2000,"m":{"text":"Urban Dreams","kind":"title"}}]}]}
        """, in: s)
        let during = try await s.frame(out, at: 1), after = try await s.frame(out, at: 3)
        #expect(during.difference(from: after, x0: 0.2, y0: 0.35, x1: 0.8, y1: 0.65) > 8)
        // Outside the title's region nothing changed; after it the frame is plain navy again.
        #expect(during.difference(from: after, x0: 0, y0: 0, x1: 1, y1: 0.2) < 1)
        #expect(close(after.at(0.5, 0.5), 0, 0, 128))
    }

    @Test func hostileTextIsRenderedLiterally() async throws {
        let s = try Scratch()
        let hostile = #"It's: 100% {ok} [x]; a,b \n \\ $(rm -rf ~) %{pts} 🎬 你好"# + "\nsecond line"
        let json = String(decoding: try JSONSerialization.data(withJSONObject: hostile, options: .fragmentsAllowed), as: UTF8.self)
        let draft = """
        {\(small),"t":[{"tt":0,"sg":[{"d":2000,"m":{"color":"black"}}]},
         {"tt":7,"sg":[{"st":0,"d":2000,"m":{"text":\(json),"style":{"size":24,"fadeIn":0,"fadeOut":0}}}]}]}
        """
        let out = try await render(draft, in: s)
        let a = try await s.frame(out, at: 0.4), b = try await s.frame(out, at: 1.6)
        // Text is drawn…
        #expect(a.difference(from: try await s.frame(render(#"{\#(small),"t":[{"tt":0,"sg":[{"d":2000,"m":{"color":"black"}}]}]}"#, in: s, output: "plain.mp4"), at: 0.4)) > 1)
        // …and with expansion off, `%{pts}` is characters, not a clock that changes every frame.
        #expect(a.difference(from: b) < 0.5)

        // The compiled graph never contains the user's words: they go to drawtext through files.
        let prepared = try await RenderEngine(tools: s.tools).prepare(Draft.decode(Data(draft.utf8)).draft, baseDirectory: s.dir)
        var builder = PlanBuilder(timeline: prepared.timeline, settings: RenderSettings(), workDir: "/w")
        let plan = builder.build()
        #expect(!plan.graph.contains("rm -rf"))
        #expect(!plan.graph.contains("100%"))
        #expect(plan.graph.components(separatedBy: "expansion=none").count - 1 == plan.files.count)
        let written = plan.files.keys.sorted().map { plan.files[$0]! }
        #expect(written.joined(separator: "\n").contains(#"It's: 100% {ok} [x]; a,b \n \\ $(rm -rf ~) %{pts} 🎬 你好"#) ||
                written.joined(separator: " ").replacingOccurrences(of: "\n", with: " ").contains("%{pts}"))
        #expect(written.last == "second line")
    }

    @Test func chineseTextRendersRealGlyphs() async throws {
        let s = try Scratch()
        func titled(_ text: String, _ name: String) async throws -> Frame {
            let out = try await render("""
            {\(small),"t":[{"tt":0,"sg":[{"d":1000,"m":{"color":"black"}}]},
             {"tt":7,"sg":[{"m":{"text":"\(text)","kind":"title","style":{"fadeIn":0}}}]}]}
            """, in: s, output: name)
            return try await s.frame(out, at: 0.5)
        }
        let hello = try await titled("你好", "a.mp4"), world = try await titled("世界", "b.mp4")
        let blank = try await s.frame(render(#"{\#(small),"t":[{"tt":0,"sg":[{"d":1000,"m":{"color":"black"}}]}]}"#, in: s, output: "c.mp4"), at: 0.5)
        #expect(hello.difference(from: blank) > 0.5)
        // Missing glyphs would draw identical boxes; real ones differ character by character.
        #expect(hello.difference(from: world) > 0.3)
    }

    @Test func longLinesWrapInsideTheCanvas() {
        let lines = TextLayout.lines("The quick brown fox jumps over the lazy dog and keeps on running far away", fontSize: 40, maxWidth: 600)
        #expect(lines.count > 1)
        for line in lines { #expect(TextLayout.width(line, size: 40) <= 600) }
        #expect(lines.joined(separator: " ") == "The quick brown fox jumps over the lazy dog and keeps on running far away")

        let cjk = TextLayout.lines(String(repeating: "视频剪辑", count: 10), fontSize: 40, maxWidth: 400)
        #expect(cjk.count == 4 && cjk.allSatisfy { $0.count == 10 })

        let long = TextLayout.lines(String(repeating: "x", count: 100), fontSize: 40, maxWidth: 300)
        #expect(long.count > 1 && long.allSatisfy { TextLayout.width($0, size: 40) <= 300 })
        #expect(TextLayout.lines("a\r\n\tb\u{0}c", fontSize: 20, maxWidth: 1000) == ["a", "b", "c"])
    }

    @Test func wrappedCaptionStaysOnTheCanvas() async throws {
        let s = try Scratch()
        let out = try await render("""
        {\(small),"t":[{"tt":0,"sg":[{"d":1000,"m":{"color":"black"}}]},
         {"tt":7,"sg":[{"m":{"text":"Sale ends Friday: every coffee half price, every pastry too, all weekend long","kind":"caption","style":{"fadeIn":0}}}]}]}
        """, in: s)
        let f = try await s.frame(out, at: 0.5)
        // The box and words sit inside the frame: the outer columns stay black.
        for y in stride(from: 0.05, to: 0.95, by: 0.05) {
            #expect(f.at(0.01, y).r < 20 && f.at(0.99, y).r < 20)
        }
        // And the caption is drawn near the bottom, over more than one line.
        let lower = f.difference(from: try await s.frame(render(#"{\#(small),"t":[{"tt":0,"sg":[{"d":1000,"m":{"color":"black"}}]}]}"#, in: s, output: "p.mp4"), at: 0.5), x0: 0, y0: 0.5, x1: 1, y1: 1)
        #expect(lower > 3)
    }

    @Test(arguments: TextPosition.allCases)
    func everyPositionDrawsWhereItSays(position: TextPosition) async throws {
        let s = try Scratch()
        let out = try await render("""
        {\(small),"t":[{"tt":0,"sg":[{"d":500,"m":{"color":"black"}}]},
         {"tt":7,"sg":[{"m":{"text":"Hi","style":{"pos":"\(position.rawValue)","size":60,"box":true,"boxColor":"white","fadeIn":0,"color":"white"}}}]}]}
        """, in: s)
        let f = try await s.frame(out, at: 0.2)
        var bright = (x: 0.0, y: 0.0, n: 0.0)
        for y in 0..<f.height { for x in 0..<f.width where f.pixel(x, y).r > 128 { bright = (bright.x + Double(x), bright.y + Double(y), bright.n + 1) } }
        let cx = bright.x / bright.n / Double(f.width), cy = bright.y / bright.n / Double(f.height)
        switch position {
        case .top: #expect(cy < 0.35 && abs(cx - 0.5) < 0.1)
        case .center: #expect(abs(cy - 0.5) < 0.1 && abs(cx - 0.5) < 0.1)
        case .bottom: #expect(cy > 0.65 && abs(cx - 0.5) < 0.1)
        case .lowerThird: #expect(cy > 0.6 && cy < 0.9)
        case .topLeft: #expect(cy < 0.35 && cx < 0.35)
        case .topRight: #expect(cy < 0.35 && cx > 0.65)
        case .bottomLeft: #expect(cy > 0.65 && cx < 0.35)
        case .bottomRight: #expect(cy > 0.65 && cx > 0.65)
        }
    }

    @Test func textFadesIn() async throws {
        let s = try Scratch()
        let out = try await render("""
        {\(small),"t":[{"tt":0,"sg":[{"d":3000,"m":{"color":"black"}}]},
         {"tt":7,"sg":[{"st":1000,"d":1500,"m":{"text":"Fade","kind":"title","style":{"fadeIn":500,"fadeOut":0,"color":"white"}}}]}]}
        """, in: s)
        let base = try await s.frame(out, at: 0.5)
        let half = try await s.frame(out, at: 1.25).difference(from: base)
        let full = try await s.frame(out, at: 1.9).difference(from: base)
        #expect(full > 0.5, "full \(full)")
        #expect(half > full * 0.2 && half < full * 0.8, "half \(half) full \(full)")
        #expect(try await s.frame(out, at: 2.8).difference(from: base) < 0.5)
    }
}
