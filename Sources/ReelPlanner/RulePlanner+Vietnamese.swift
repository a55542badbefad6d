import Foundation

/// Vietnamese mixed with English ("xóa clip thứ hai đi", "cho c.png lên đầu", "nhạc bắt đầu từ giây thứ 5"): the
/// editing words as English, the soft endings ("nha", "nhé", "đi", "giúp mình") dropped. Checked by the letters only
/// Vietnamese writes (never French "ê", "ô", "â"), so an English request pays one pattern that does not match.
extension RulePlanner {
    /// Letters only Vietnamese writes (never French "ê", "ô", "â"), or its common words with them.
    static let vietnameseMarker = #"[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]|"# + word(#"nha|nhé|chữ|hình|nhạc|làm|vuông|giây|mỗi|xóa|xoá|thôi|lên"#)

    /// What a Vietnamese request names before its verb's place word ("cho c.png lên đầu"): any words up to a comma or a
    /// full stop, and file names ("c.png") whole.
    static let vietnamesePart = #"(?:[^.,]|\.(?=[\p{L}\p{N}]))+?"#

    /// Vietnamese mixed with English ("đổi title thành 'Grand Opening' nha", "move chữ Hello to the bottom"):
    /// the editing words as English, the soft endings ("nha", "nhé", "đi", "thôi") dropped; longer phrases first.
    static let vietnameseAsEnglish: [(String, String)] = [
        // Questions: "bao nhiêu tấm hình?", "video bây giờ dài bao lâu?" (how long is it now).
        (word(#"bao nhiêu (?:tấm )?(?:hình|ảnh)(?: (?:trong|của) (?:video|clip))?(?: vậy| rồi| bây giờ)?"#) + #"\s*\??"#, "how many pictures are in the video?"),
        (word(#"video(?: (?:bây giờ|hiện tại|hiện giờ|giờ|này))?(?: dài)? bao (?:nhiêu giây|lâu)(?: vậy| rồi| bây giờ)?|(?:dài )?bao (?:nhiêu giây|lâu)"#) + #"\s*\??"#, "how long is the video?"),
        // Courtesy and soft endings: "giúp mình", "nha", "… đi", "… thôi".
        (word(#"nha|nhé|nhe|nghen|ạ|giùm(?: (?:em|mình|tôi))?|giúp (?:em|mình|tôi)|dùm(?: (?:em|mình|tôi))?"#) + #"[,!.]*"#, ""),
        (#"(?:,\s*|\s+)"# + word(#"đi|thôi|luôn|nào"#) + #"(?=\s*[.!?]*\s*$)"#, ""),
        // Undo said alone: "undo lại", "hoàn tác", "quay lại như cũ".
        (#"^\s*"# + word(#"(?:undo|hoàn tác|quay lại|trở lại)(?: lại)?(?: như cũ)?|để (?:lại )?như cũ"#) + #"\s*[.!]*\s*$"#, "undo"),
        // Noise is never a clip to remove: "xóa tiếng ồn trong clip b.mp4" (the background noise, which Reel cannot clean).
        (word(#"(?:xóa|xoá|bỏ|lọc|giảm|khử|loại bỏ|tắt) (?:bớt )?(?:tiếng ồn|tạp âm|tiếng rè|tiếng xì)(?: nền)?"#), "remove the background noise"),
        (word(#"(?:xóa|xoá|bỏ|lọc|giảm|khử|loại bỏ|tắt) (?:bớt )?tiếng gió"#), "remove the wind noise"),
        (word(#"tiếng ồn(?: nền)?|tạp âm"#), "the background noise"), (word(#"tiếng gió"#), "the wind noise"),
        // A clip's own sound: "tắt tiếng clip 2" (mute it), "bật tiếng" (unmute).
        (word(#"tắt (?:tiếng|âm thanh|âm|tiếng gốc)(?: (?:của|trong|ở))?"#), "mute"), (word(#"bật (?:lại )?(?:tiếng|âm thanh)(?: (?:của|trong|ở))?"#), "unmute"),
        // Times: "3 giây", "giây thứ 5" (at 5 seconds), "ở 3 giây cuối" (the last 3 seconds).
        (#"(\d+),(\d+)(?=\s*giây(?![\p{L}]))"#, "$1.$2"), (#"(\d+(?:\.\d+)?)\s*giây(?![\p{L}])"#, "$1 seconds"),
        (word(#"(?:ở|trong|vào)? ?(\d+(?:\.\d+)?) seconds cuối(?: cùng)?(?: (?:của )?video)?"#), "for the last $1 seconds"),
        (word(#"(?:ở|trong|vào)? ?(\d+(?:\.\d+)?) seconds đầu(?: tiên)?(?: (?:của )?video)?"#), "for the first $1 seconds"),
        // The music's start: "nhạc bắt đầu từ giây thứ 5", "cho nhạc vào từ 5 giây".
        (word(#"(?:cho )?nhạc(?: nền)? (?:bắt đầu|vào|chạy|phát|lên)(?: (?:từ|ở|lúc|tại|sau))? (?:giây(?: thứ)? (\d+(?:\.\d+)?)|(\d+(?:\.\d+)?) seconds)"#), "start the music at $1$2 seconds"),
        (word(#"(?:từ |ở |lúc |tại )?giây(?: thứ)? (\d+(?:\.\d+)?)"#), "at $1 seconds"),
        // The video's length: "video dài quá" (too long), "cut bớt 2s" (2 seconds shorter), "dài thêm 2 giây" (longer).
        (word(#"(?:cái )?video (?:dài quá|quá dài|hơi dài)"#), "the video is too long"), (word(#"(?:cái )?video (?:ngắn quá|quá ngắn|hơi ngắn)"#), "the video is too short"),
        (word(#"(?:cut|cắt|giảm|bớt)(?: bớt| đi| ngắn)? (\d+(?:\.\d+)?) ?(?:s|seconds)|ngắn (?:lại|bớt|đi) (\d+(?:\.\d+)?) ?(?:s|seconds)"#), "make it $1$2 seconds shorter"),
        (word(#"(?:kéo )?dài (?:thêm|ra) (\d+(?:\.\d+)?) ?(?:s|seconds)|thêm (\d+(?:\.\d+)?) ?(?:s|seconds) nữa"#), "make it $1$2 seconds longer"),
        // Where a picture goes: "cho c.png lên đầu" (first), "đưa ảnh 1 xuống cuối" (last), "put c.png lên đầu" (the verb in English).
        (#"(?:^|(?<=[.,]\s?))\s*"# + word(#"(?:cho|đưa|để|chuyển|đặt|kéo|dời|put|move|bring)"#) + #"\s+(\#(vietnamesePart))\s+"# + word(#"(?:lên|ra|về) (?:đầu(?: tiên)?|trước(?: tiên)?|đầu video)"#), " move $1 to the start"),
        (#"(?:^|(?<=[.,]\s?))\s*"# + word(#"(?:cho|đưa|để|chuyển|đặt|kéo|dời|put|move|bring)"#) + #"\s+(\#(vietnamesePart))\s+"# + word(#"(?:xuống|về|ra) (?:cuối(?: cùng)?|sau cùng|cuối video)"#), " move $1 to the end"),
        // Looks and shapes: "đổi sang đen trắng", "làm video vuông", "video dọc cho TikTok".
        (word(#"(?:đổi|chuyển|làm|cho)(?: video| hình| ảnh)?(?: (?:sang|thành|qua))? (?:màu )?đen trắng"#), "make it black and white"), (word(#"(?:màu )?đen trắng"#), "black and white"),
        (word(#"(?:làm|đổi|chuyển|cho)(?: (?:video|khung hình|khung))?(?: (?:sang|thành|qua))? (?:hình |khung )?vuông"#), "make the video square"),
        (word(#"(?:làm|đổi|chuyển|cho)(?: (?:video|khung hình|khung))?(?: (?:sang|thành|qua))? (?:khung )?dọc"#), "make the video vertical"),
        (word(#"(?:làm|đổi|chuyển|cho)(?: (?:video|khung hình|khung))?(?: (?:sang|thành|qua))? (?:khung )?ngang"#), "make the video horizontal"),
        (word(#"vuông"#), "square"), (word(#"sáng hơn|sáng lên"#), "brighter"), (word(#"tối hơn|tối lại"#), "darker"),
        (word(#"cho"#) + #"(?=\s+(?:tiktok|instagram|insta|reels?|youtube|facebook|fb|shorts|story|stories)(?![\p{L}]))"#, "for"),
        // The music: "nhạc nhỏ lại chút" (a bit quieter), "nhạc to lên" (louder); said alone after a level, "nhỏ thêm chút nữa"
        // is a bit quieter still, "thêm chút nữa" a bit more.
        (word(#"nhạc(?: nền)? (?:nhỏ lại|nhỏ bớt|nhỏ xuống|bớt to)(?: (?:một )?(?:chút|xíu))"#), "make the music a bit quieter"),
        (word(#"nhạc(?: nền)? (?:nhỏ lại|nhỏ bớt|nhỏ xuống|bớt to)"#), "make the music quieter"),
        (word(#"nhạc(?: nền)? (?:to lên|lớn lên|to hơn)(?: (?:một )?(?:chút|xíu))"#), "make the music a bit louder"),
        (word(#"nhạc(?: nền)? (?:to lên|lớn lên|to hơn)"#), "make the music louder"),
        (#"^\s*(?:cho )?"# + word(#"(?:nhỏ|bé) (?:thêm|lại|bớt|xuống|nữa)(?: (?:một )?(?:chút|xíu|tí|tẹo))?(?: nữa)?"#) + #"\s*[.!]*\s*$"#, "a bit quieter"),
        (#"^\s*(?:cho )?"# + word(#"(?:to|lớn) (?:thêm|lên|nữa)(?: (?:một )?(?:chút|xíu|tí|tẹo))?(?: nữa)?"#) + #"\s*[.!]*\s*$"#, "a bit louder"),
        (#"^\s*"# + word(#"thêm (?:một )?(?:chút|xíu|tí|tẹo)(?: nữa)?"#) + #"\s*[.!]*\s*$"#, "a bit more"),
        // Pictures and their order: "clip thứ hai" (the second clip), "mỗi ảnh" (each photo).
        (word(#"hình ảnh|(?:các|mấy|những|tất cả(?: các)?) (?:tấm )?(?:ảnh|hình)"#), "the photos"), (word(#"(?:tấm )?(?:ảnh|hình)"#), "photo"), (word(#"đoạn (?=clip|video)"#), ""),
        (word(#"(clip|photo|video) (?:thứ nhất|đầu tiên)"#), "the first $1"), (word(#"(clip|photo|video) thứ (?:hai|2)"#), "the second $1"),
        (word(#"(clip|photo|video) thứ (?:ba|3)"#), "the third $1"), (word(#"(clip|photo|video) thứ (?:tư|bốn|4)"#), "the fourth $1"),
        (word(#"(clip|photo|video) cuối(?: cùng)?"#), "the last $1"), (word(#"(clip|photo|video) thứ (\d+)"#), "$1 $2"),
        (word(#"mỗi|từng"#), "each"), (word(#"nó"#), "it"),
        (word(#"(?:thay )?đổi"#), "change"), (word(#"thành"#), "to"), (word(#"tiêu đề"#), "title"), (word(#"chữ"#), "the text"),
        (word(#"nhạc(?: nền)?"#), "the music"), (word(#"thêm"#), "add"), (word(#"xóa|xoá|bỏ"#), "remove"), (word(#"trong"#), "in"),
        (word(#"(?:xuống |ở )?dưới(?: cùng)?"#), "to the bottom"), (word(#"(?:lên |ở )?trên(?: cùng)?"#), "to the top"),
        (word(#"dài hơn"#), "longer"), (word(#"ngắn hơn"#), "shorter"), (word(#"nhỏ hơn"#), "smaller"), (word(#"to hơn|lớn hơn"#), "bigger"),
        // "tạo video 20s với nhạc …" (make a 20 s video with the music …).
        (word(#"làm|tạo(?: ra)?|tạo cho (?:em|mình|tôi)"#), "make"), (word(#"với"#), "with"),
        (#"(?:^|(?<=[,.]\s?))\s*cho\s+(?=(?:make|move|add|remove|mute|unmute|start)\b)"#, ""),
        (#"[ \t]{2,}"#, " "), (#"\s+(?=[.,!?])"#, ""),
    ]
}
