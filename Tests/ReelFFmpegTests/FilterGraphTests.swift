import Testing
@testable import ReelFFmpeg

@Suite struct FilterGraphTests {
    @Test func compilesAChainWithDeterministicNames() {
        var g = FilterGraph()
        let v = g.chain(g.input(0, .video), [Filter("scale", ["w": "320", "h": "180"]), Filter("format", ["pix_fmts": "yuv420p"])])
        let a = g.apply(Filter.audio("volume", ["volume": "0.35"]), g.input(1, .audio))
        g.output(v, label: "vout")
        g.output(a, label: "aout")
        #expect(g.compile() == """
        [0:v]scale=w=320:h=180[s0];
        [s0]format=pix_fmts=yuv420p[vout];
        [1:a]volume=volume=0.35[aout]
        """)
    }

    @Test func insertsSplitWhereAStreamFeedsTwoFilters() {
        var g = FilterGraph()
        let src = g.apply(Filter("scale", ["w": "64", "h": "64"]), g.input(0, .video))
        let blurred = g.apply(Filter("gblur", ["sigma": "4"]), src)
        let top = g.apply(Filter("overlay", ["x": "0", "y": "0"]), blurred, src)
        g.output(top, label: "out")
        #expect(g.compile() == """
        [0:v]scale=w=64:h=64[s0];
        [s0]split=2[s1][s2];
        [s1]gblur=sigma=4[s3];
        [s3][s2]overlay=x=0:y=0[out]
        """)
    }

    @Test func splitsInputsAndAudioToo() {
        var g = FilterGraph()
        let voice = g.input(2, .audio)
        let music = g.apply(Filter.audio("sidechaincompress", ["threshold": "0.02"]), g.input(1, .audio), voice)
        let mix = g.apply(Filter.audio("amix", ["inputs": "2"]), music, voice)
        g.output(mix, label: "aout")
        #expect(g.compile() == """
        [2:a]asplit=2[s0][s1];
        [1:a][s0]sidechaincompress=threshold=0.02[s2];
        [s2][s1]amix=inputs=2[aout]
        """)
    }

    @Test func aStreamThatIsBothReadAndOutputIsSplit() {
        var g = FilterGraph()
        let v = g.apply(Filter("null"), g.input(0, .video))
        let w = g.apply(Filter("hflip"), v)
        g.output(v, label: "a")
        g.output(w, label: "b")
        #expect(g.compile() == """
        [0:v]null[s0];
        [s0]split=2[s1][a];
        [s1]hflip[b]
        """)
    }

    @Test func sourceFiltersHaveNoInputs() {
        var g = FilterGraph()
        let c = g.apply(Filter("color", ordered: [("c", "red"), ("s", "16x16"), ("d", "1")]))
        g.output(c, label: "v")
        #expect(g.compile() == "color=c=red:s=16x16:d=1[v]")
    }

    @Test func escapesBothLevels() {
        // FFmpeg's own example from "Notes on filtergraph escaping".
        let f = Filter("drawtext", ["text": "this is a 'string': may contain one, or more, special characters"])
        #expect(f.compiled == #"drawtext=text=this is a \\\'string\\\'\\: may contain one\, or more\, special characters"#)
    }

    @Test(arguments: [
        ("plain", "plain"),
        ("a:b", #"a\\:b"#),
        ("[x];y,z", #"\[x\]\;y\,z"#),
        (#"back\slash"#, #"back\\\\slash"#),
        (" padded ", #"\\ padded\\\ "#),
        ("between(t,1,2)", #"between(t\,1\,2)"#),
        ("/tmp/it's:here/text.txt", #"/tmp/it\\\'s\\:here/text.txt"#),
    ])
    func escapesValues(raw: String, expected: String) {
        #expect(Filter("f", ["k": raw]).compiled == "f=k=" + expected)
    }

    @Test func filtersWithoutArgumentsAreBare() {
        #expect(Filter("hflip").compiled == "hflip")
    }
}
