import Foundation
import Testing
import ReelFFmpeg
@testable import ReelRender
import ReelTimeline
import ReelTestSupport

/// Exact compiled graphs and argv for known timelines: any change to what Reel asks FFmpeg to
/// do shows up here first, and must be deliberate.
@Suite struct GoldenGraphTests {
    static let draftJSON = """
    {"m":{"w":1280,"h":720,"fps":30,"fadeOut":500},
     "t":[{"tt":0,"sg":[
        {"d":3000,"m":{"src":"a.jpg","zoom":"in","tr":{"name":"wipeleft","d":600}}},
        {"d":2000,"m":{"src":"b.mp4","in":1000,"speed":2,"fit":"contain"}},
        {"d":1000,"m":{"color":"navy","look":"bw"}}]},
      {"tt":1,"m":{"role":"music"},"sg":[{"m":{"src":"m.mp3","volume":0.35,"fadeOut":1000}}]},
      {"tt":7,"sg":[{"st":0,"d":2000,"m":{"text":"Hi: 'you'","kind":"title"}}]}]}
    """

    static func prepared() throws -> PreparedDraft {
        let draft = try Draft.decode(Data(draftJSON.utf8)).draft
        let infos = [
            "a.jpg": media(.image, w: 4000, h: 3000, orientation: 6),
            "b.mp4": media(.video, w: 1920, h: 1080, seconds: 10, audio: true),
            "m.mp3": media(.audio, seconds: 3, audio: true),
        ]
        let paths = Dictionary(uniqueKeysWithValues: infos.keys.map { ($0, "/media/" + $0) })
        let (timeline, warnings) = try Resolver(media: infos, paths: paths).resolve(draft)
        #expect(warnings.isEmpty)
        return PreparedDraft(draft: draft, timeline: timeline, media: infos, paths: paths, warnings: warnings)
    }

    @Test func resolvesFramesAndClamps() throws {
        let t = try Self.prepared().timeline
        #expect(t.visuals.map(\.frames) == [90, 60, 30])
        #expect(t.visuals.map(\.startFrame) == [0, 72, 132])
        #expect(t.transitions.map { $0?.frames } == [18, nil, nil])
        #expect(t.totalFrames == 162)
        #expect(t.audio.first?.loop == true)
        #expect(t.texts.first?.size == 64) // 96 px on a 1080 side, scaled to 720
    }

    @Test func compilesTheWholeGraph() throws {
        var builder = PlanBuilder(timeline: try Self.prepared().timeline, settings: RenderSettings(), workDir: "/w")
        let plan = builder.build()
        #expect(plan.graph == Self.expectedGraph, "\n\(plan.graph)")
        #expect(plan.files == ["/w/text-0-0.txt": "Hi: 'you'"])
        #expect(plan.arguments(output: "/o/out.mp4", progress: true) == [
            "-hide_banner", "-nostdin", "-y", "-v", "error", "-progress", "pipe:1", "-nostats",
            "-noautorotate", "-i", "file:/media/a.jpg",
            "-t", "4.5", "-ss", "1", "-an", "-i", "file:/media/b.mp4",
            "-t", "4.5", "-ss", "1", "-vn", "-i", "file:/media/b.mp4",
            "-stream_loop", "-1", "-vn", "-i", "file:/media/m.mp3",
            "-filter_complex", Self.expectedGraph,
            "-map", "[vout]", "-map", "[aout]",
            "-c:v", "libx264", "-preset", "veryfast", "-crf", "19", "-maxrate", "4444k", "-bufsize", "8888k",
            "-pix_fmt", "yuv420p", "-profile:v", "high",
            "-g", "60", "-keyint_min", "60", "-sc_threshold", "0", "-flags", "+cgop",
            "-colorspace", "bt709", "-color_primaries", "bt709", "-color_trc", "bt709", "-color_range", "tv",
            "-c:a", "aac", "-b:a", "192k", "-ar", "48000", "-ac", "2",
            "-r", "30", "-movflags", "+faststart", "-t", "5.4",
            "-f", "mp4", "file:/o/out.mp4",
        ])
    }

    @Test func previewIsSmallerSlowerPacedAndUsesTheFastestPreset() throws {
        let s = try ReelTestSupport.Scratch()
        let plan = try RenderEngine(tools: s.tools).plan(try Self.prepared(), settings: RenderSettings(preview: true), workDir: "/w")
        #expect(plan.width == 960 && plan.height == 540)
        #expect(plan.videoEncoderArgs.contains("ultrafast"))
        #expect(plan.graph.contains("zoompan=z=1+0.12*on/44:x=(iw-iw/zoom)/2:y=(ih-ih/zoom)/2:d=45:s=960x540:fps=15"))
        #expect(plan.graph.contains("fontsize=48"))
        #expect(plan.outputArgs.contains("-r") && plan.outputArgs[plan.outputArgs.firstIndex(of: "-r")! + 1] == "15")
        #expect(plan.duration == 5.4)
    }

    @Test func longGraphsGoThroughAScriptFile() throws {
        var json = #"{"m":{"w":320,"h":180},"t":[{"tt":0,"sg":["#
        json += (0..<60).map { _ in #"{"d":500,"m":{"color":"red","tr":{"name":"fade","d":100}}}"# }.joined(separator: ",")
        json += "]}]}"
        let draft = try Draft.decode(Data(json.utf8)).draft
        let (timeline, _) = try Resolver(media: [:], paths: [:]).resolve(draft)
        var builder = PlanBuilder(timeline: timeline, settings: RenderSettings(), workDir: "/w")
        let plan = builder.build()
        let args = plan.arguments(output: "/o.mp4", progress: false)
        #expect(args.contains("-filter_complex_script"))
        #expect(!args.contains("-filter_complex"))
        #expect(plan.files["/w/graph.txt"] == plan.graph)
    }

    /// Transitions touch only their own frames (issue 15): the zoom's last 18 frames and the
    /// clip's first 18 are trimmed off and cross-faded, everything else goes straight to one
    /// concat; every segment chain ends in yuv420p, and the joined picture runs on the 1/fps
    /// clock (`setpts=N`) that chunks share.
    static let expectedGraph = #"""
    [0:v]transpose=dir=clock[s0];
    [s0]scale=w=2560:h=1440:force_original_aspect_ratio=increase:flags=bicubic:out_color_matrix=bt709:out_range=tv[s1];
    [s1]crop=w=2560:h=1440[s2];
    [s2]format=pix_fmts=yuv420p[s3];
    [s3]zoompan=z=1+0.12*on/89:x=(iw-iw/zoom)/2:y=(ih-ih/zoom)/2:d=90:s=1280x720:fps=30[s4];
    [s4]setsar=r=1[s5];
    [s5]settb=expr=AVTB[s6];
    [s6]format=pix_fmts=yuv420p[s7];
    [s7]split=2[s8][s9];
    [s8]trim=end_frame=72[s10];
    [s9]trim=start_frame=72[s11];
    [s11]setpts=expr=PTS-STARTPTS[s12];
    [1:v]setpts=expr=(PTS-STARTPTS)/2[s13];
    [s13]fps=fps=30[s14];
    [s14]split=2[s15][s16];
    [s15]scale=w=128:h=72:force_original_aspect_ratio=increase[s17];
    [s17]crop=w=128:h=72[s18];
    [s18]gblur=sigma=4[s19];
    [s19]scale=w=1280:h=720:flags=bilinear:out_color_matrix=bt709:out_range=tv[s20];
    [s16]scale=w=1280:h=720:force_original_aspect_ratio=decrease:force_divisible_by=2:flags=bicubic:out_color_matrix=bt709:out_range=tv[s21];
    [s20][s21]overlay=x=(W-w)/2:y=(H-h)/2[s22];
    [s22]format=pix_fmts=yuv420p[s23];
    [s23]tpad=stop_mode=clone:stop_duration=1[s24];
    [s24]trim=end_frame=60[s25];
    [s25]setsar=r=1[s26];
    [s26]settb=expr=AVTB[s27];
    [s27]format=pix_fmts=yuv420p[s28];
    [s28]split=2[s29][s30];
    [s29]trim=end_frame=18[s31];
    [s12][s31]xfade=transition=wipeleft:duration=0.6:offset=0[s32];
    [s32]format=pix_fmts=yuv420p[s33];
    [s30]trim=start_frame=18[s34];
    [s34]setpts=expr=PTS-STARTPTS[s35];
    color=c=navy:s=1280x720:r=30:d=1[s36];
    [s36]format=pix_fmts=rgb24[s37];
    [s37]scale=out_color_matrix=bt709:out_range=tv[s38];
    [s38]format=pix_fmts=yuv420p[s39];
    [s39]hue=s=0[s40];
    [s40]format=pix_fmts=yuv420p[s41];
    [s41]setsar=r=1[s42];
    [s42]settb=expr=AVTB[s43];
    [s43]format=pix_fmts=yuv420p[s44];
    [s10][s33][s35][s44]concat=n=4:v=1:a=0[s45];
    [s45]settb=expr=1/30[s46];
    [s46]setpts=expr=N[s47];
    [s47]drawtext=textfile=/w/text-0-0.txt:expansion=none:font=Noto Sans CJK SC\\:style=Bold:fontsize=64:fontcolor=#ffffff:x=(w-text_w)/2:y=386-ascent:enable=between(t\,0\,2):alpha=clip(min((t-0)/0.3\,(2-t)/0.3)\,0\,1):borderw=4:bordercolor=black@0.8:shadowx=2:shadowy=2:shadowcolor=black@0.45[s48];
    [s48]fade=t=out:st=4.9:d=0.5[vout];
    anullsrc=r=48000:cl=stereo[s49];
    [s49]aformat=sample_fmts=fltp:sample_rates=48000:channel_layouts=stereo[s50];
    [s50]apad[s51];
    [s51]atrim=end=3[s52];
    [2:a]asetpts=expr=PTS-STARTPTS[s53];
    [s53]atempo=tempo=2[s54];
    [s54]aformat=sample_fmts=fltp:sample_rates=48000:channel_layouts=stereo[s55];
    [s55]apad[s56];
    [s56]atrim=end=2[s57];
    anullsrc=r=48000:cl=stereo[s58];
    [s58]aformat=sample_fmts=fltp:sample_rates=48000:channel_layouts=stereo[s59];
    [s59]apad[s60];
    [s60]atrim=end=1[s61];
    [s52][s57]acrossfade=d=0.6:c1=tri:c2=tri[s62];
    [s62][s61]concat=n=2:v=0:a=1[s63];
    [3:a]atrim=end=5.4[s64];
    [s64]asetpts=expr=PTS-STARTPTS[s65];
    [s65]aformat=sample_fmts=fltp:sample_rates=48000:channel_layouts=stereo[s66];
    [s66]volume=volume=0.35[s67];
    [s67]afade=t=out:st=4.4:d=1[s68];
    [s63][s68]amix=inputs=2:duration=longest:dropout_transition=0:normalize=0[s69];
    [s69]apad=whole_dur=5.4[s70];
    [s70]atrim=end=5.4[s71];
    [s71]afade=t=out:st=4.9:d=0.5[aout]
    """#
}
