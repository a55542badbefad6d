import ReelTimeline

extension EditSession {
    /// Requests of every kind, English and Chinese: what `warmUp` plans once and what `reel planner-bench` times.
    public static let typicalRequests = [
        "make it 60 seconds", "make it vertical for TikTok", #"add a title "Urban Dreams" for the first 3 seconds"#,
        "make the music quieter", "remove the second clip", "black and white", "add dissolve transitions",
        "trim, add transitions, and export this", "视频改成30秒", "改成竖屏", "音乐小声一点", "删除第二个",
        "fade in and out", "make it pop", "slow motion on clip 2", "caption: Sale ends Friday", "end card saying shop now",
        "undo", "export", "credits", "combine these clips into a 60-second video with transitions and text overlays",
        "make the music a bit louder and the video a little shorter", "turn the cat purple",
    ]

    /// A draft of eight 4-second clips under a song: what `typicalRequests` are planned against.
    public static func typicalDraft() -> Draft {
        var draft = Draft()
        draft.tracks = [
            Track(type: .visual, segments: (0..<8).map { Segment.visual(src: "clip\($0).mp4", duration: 4000) }),
            Track(type: .audio, role: .music, segments: [{ var s = Segment(); s.src = "song.mp3"; s.volume = 0.35; return s }()]),
        ]
        return draft
    }

    /// Plans and applies `typicalRequests` once on a throwaway session, so the patterns the rules use are compiled
    /// before the first person asks (otherwise that first request waits 0.1–0.5 s for them). Touches no stored data.
    public static func warmUp() {
        let session = EditSession(draft: typicalDraft())
        for request in typicalRequests {
            var copy = session
            _ = copy.turn(request, media: ["a.jpg", "b.mp4", "song.mp3"])
        }
    }
}
