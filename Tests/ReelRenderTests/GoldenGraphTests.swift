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
        // The zoom is made by Reel from the photo, turned upright and cover-fitted once at 1.12×
        // the canvas, and piped in on descriptor 3.
        #expect(plan.feeds == [ZoomFeed(
            descriptor: 3,
            baseArguments: [
                "-hide_banner", "-nostdin", "-v", "error", "-noautorotate", "-i", "file:/media/a.jpg", "-filter_complex",
                "[0:v]transpose=dir=clock[s0];\n"
                    + "[s0]scale=w=1434:h=808:force_original_aspect_ratio=increase:flags=bicubic:out_color_matrix=bt709:out_range=tv[s1];\n"
                    + "[s1]crop=w=1434:h=808[s2];\n[s2]format=pix_fmts=yuv420p[base]",
                "-map", "[base]", "-frames:v", "1", "-f", "rawvideo", "-pix_fmt", "yuv420p", "pipe:1",
            ],
            baseWidth: 1434, baseHeight: 808, width: 1280, height: 720, fitScale: 1.12, zoomFrom: 1, zoomTo: 1.12,
            frames: 90, part: 0..<90)])
        #expect(plan.arguments(output: "/o/out.mp4", progress: true) == [
            "-hide_banner", "-nostdin", "-y", "-v", "error", "-progress", "pipe:1", "-nostats",
            "-f", "rawvideo", "-pixel_format", "yuv420p", "-video_size", "1280x720", "-framerate", "30", "-thread_queue_size", "2",
            "-i", "pipe:3",
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
        #expect(plan.feeds.map { [$0.width, $0.height, $0.baseWidth, $0.baseHeight, $0.frames] } == [[960, 540, 1076, 606, 45]])
        #expect(plan.inputs.first?.options.contains("960x540") == true && plan.inputs.first?.argument == "pipe:3")
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
    [0:v]setparams=range=tv:color_primaries=bt709:color_trc=bt709:colorspace=bt709[s0];
    [s0]settb=expr=1/30[s1];
    [s1]setpts=expr=N[s2];
    [s2]setsar=r=1[s3];
    [s3]settb=expr=AVTB[s4];
    [s4]format=pix_fmts=yuv420p[s5];
    [s5]split=2[s6][s7];
    [s6]trim=end_frame=72[s8];
    [s7]trim=start_frame=72[s9];
    [s9]setpts=expr=PTS-STARTPTS[s10];
    [1:v]setpts=expr=(PTS-STARTPTS)/2[s11];
    [s11]fps=fps=30[s12];
    [s12]split=2[s13][s14];
    [s13]scale=w=128:h=72:force_original_aspect_ratio=increase[s15];
    [s15]crop=w=128:h=72[s16];
    [s16]gblur=sigma=4[s17];
    [s17]scale=w=1280:h=720:flags=bilinear:out_color_matrix=bt709:out_range=tv[s18];
    [s14]scale=w=1280:h=720:force_original_aspect_ratio=decrease:force_divisible_by=2:flags=bicubic:out_color_matrix=bt709:out_range=tv[s19];
    [s18][s19]overlay=x=(W-w)/2:y=(H-h)/2[s20];
    [s20]format=pix_fmts=yuv420p[s21];
    [s21]tpad=stop_mode=clone:stop_duration=1[s22];
    [s22]trim=end_frame=60[s23];
    [s23]setsar=r=1[s24];
    [s24]settb=expr=AVTB[s25];
    [s25]format=pix_fmts=yuv420p[s26];
    [s26]split=2[s27][s28];
    [s27]trim=end_frame=18[s29];
    [s10][s29]xfade=transition=wipeleft:duration=0.6:offset=0[s30];
    [s30]format=pix_fmts=yuv420p[s31];
    [s28]trim=start_frame=18[s32];
    [s32]setpts=expr=PTS-STARTPTS[s33];
    color=c=navy:s=1280x720:r=30:d=1[s34];
    [s34]format=pix_fmts=rgb24[s35];
    [s35]scale=out_color_matrix=bt709:out_range=tv[s36];
    [s36]format=pix_fmts=yuv420p[s37];
    [s37]hue=s=0[s38];
    [s38]format=pix_fmts=yuv420p[s39];
    [s39]setsar=r=1[s40];
    [s40]settb=expr=AVTB[s41];
    [s41]format=pix_fmts=yuv420p[s42];
    [s8][s31][s33][s42]concat=n=4:v=1:a=0[s43];
    [s43]settb=expr=1/30[s44];
    [s44]setpts=expr=N[s45];
    [s45]drawtext=textfile=/w/text-0-0.txt:expansion=none:font=Noto Sans CJK SC\\:style=Bold:fontsize=64:fontcolor=#ffffff:x=(w-text_w)/2:y=386-ascent:enable=between(t\,0\,2):alpha=clip(min((t-0)/0.3\,(2-t)/0.3)\,0\,1):borderw=4:bordercolor=black@0.8:shadowx=2:shadowy=2:shadowcolor=black@0.45[s46];
    [s46]fade=t=out:st=4.9:d=0.5[vout];
    anullsrc=r=48000:cl=stereo[s47];
    [s47]aformat=sample_fmts=fltp:sample_rates=48000:channel_layouts=stereo[s48];
    [s48]apad[s49];
    [s49]atrim=end=3[s50];
    [2:a]asetpts=expr=PTS-STARTPTS[s51];
    [s51]atempo=tempo=2[s52];
    [s52]aformat=sample_fmts=fltp:sample_rates=48000:channel_layouts=stereo[s53];
    [s53]apad[s54];
    [s54]atrim=end=2[s55];
    anullsrc=r=48000:cl=stereo[s56];
    [s56]aformat=sample_fmts=fltp:sample_rates=48000:channel_layouts=stereo[s57];
    [s57]apad[s58];
    [s58]atrim=end=1[s59];
    [s50][s55]acrossfade=d=0.6:c1=tri:c2=tri[s60];
    [s60][s59]concat=n=2:v=0:a=1[s61];
    [3:a]atrim=end=5.4[s62];
    [s62]asetpts=expr=PTS-STARTPTS[s63];
    [s63]aformat=sample_fmts=fltp:sample_rates=48000:channel_layouts=stereo[s64];
    [s64]volume=volume=0.35[s65];
    [s65]afade=t=out:st=4.4:d=1[s66];
    [s61][s66]amix=inputs=2:duration=longest:dropout_transition=0:normalize=0[s67];
    [s67]apad=whole_dur=5.4[s68];
    [s68]atrim=end=5.4[s69];
    [s69]afade=t=out:st=4.9:d=0.5[aout]
    """#
}
