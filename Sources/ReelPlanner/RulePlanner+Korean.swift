import Foundation

/// Requests written in Korean, or Korean mixed with English ("title을 '서울의 밤'으로 바꿔줘"), as the English
/// the rules read. Korean is verb-last with particles (을/를, 이/가, 은/는, 으로/로, 에): the verb said last is
/// brought first ("두 번째 클립 삭제해줘" is "remove the second clip"), courtesy (줘, 주세요, 좀) is dropped,
/// and lengths keep their sense ("5초만 더 늘려줘" is 5 seconds more, never a 5-second video). Words in quotes
/// and file names ("명동_거리.jpg") are never translated; the answer stays in English.
extension RulePlanner {
    static func hasHangul(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) }
    }

    /// A Korean word, never the inside of a file name ("명동_거리.jpg", "bgm.mp3") or of a Latin word.
    static func ko(_ alternatives: String) -> String {
        #"(?<![A-Za-z0-9_./\\-])(?:"# + alternatives + #")(?![_-][\p{L}\p{N}]|\.[\p{L}\p{N}])"#
    }

    static let koQuote = #"('[^']+'|"[^"]+"|“[^”]+”|‘[^’]+’)"#
    static let koTextKind = #"(title|caption|subtitle|text|제목|타이틀|자막|캡션|텍스트|문구|글자)"#
    /// Courtesy after a verb: 줘, 주세요, 줄래요, 줄 수 있어?
    static let koPlease = #"(?:\s*(?:줘요|줘|주세요|줄래요|줄래|주실래요|주시겠어요|줄\s*수\s*있어요|줄\s*수\s*있어|주실\s*수\s*있나요))?"#
    /// (A file name's dot ends no clause: "c.png를 맨 앞으로 옮겨 주세요".)
    static let koClause = #"(?:^|(?<=[,;!?])|(?<=\.)(?![\p{L}\p{N}]))(\s*(?:then\s+|and\s+)?)((?:[^,.;!?]|\.(?=[\p{L}\p{N}]))*?)\s*"#
    static let koEnd = #"(?=\s*(?:[,.;!?]|$))"#

    static func koreanRead(_ text: String) -> String {
        let quoted = replacing(text, koreanQuoted)
        // Then the words of Korean mixed with English ("5 seconds 로 more long 하게", RulePlanner+Phrasing).
        return outsideQuotes(quoted) { replacing(replacing($0, koreanWords), koreanAsEnglish) }
    }

    /// Rules that reach over quoted words: "title을 'X'으로 바꿔줘", "'X' 자막 넣어줘".
    static let koreanQuoted: [(String, String)] = [
        // "title을 Seoul Night로 바꿔주세요": the new words in Latin letters, unquoted.
        (ko(koTextKind) + #"\s*(?:을|를|은|는)?\s*([A-Za-z0-9][A-Za-z0-9 '’&!.,-]*?[A-Za-z0-9!.])\s*(?:으로|로|이라고|라고)\s*(?:바꿔|바꾸|변경|수정|고쳐)[가-힣]*"# + koPlease, "change the $1 to \"$2\""),
        (ko(koTextKind) + #"\s*(?:을|를|은|는|이|가)?\s*(?:내용\s*(?:을|를)?\s*)?"# + koQuote + #"\s*(?:으로|로|이라고|라고)\s*(?:바꿔|바꾸|변경|수정|고쳐)[가-힣]*"# + koPlease, "change the $1 to $2"),
        (#"(?:^|(?<=[,.;!?]))([^,.;!?'"“‘]*?)"# + koQuote + #"\s*(?:이?라는|이?라고)?\s*"# + koTextKind + #"\s*(?:을|를|도|하나)?\s*(?:넣어|추가|달아|붙여|써|띄워)[가-힣]*"# + koPlease, "add a $3 $2 $1"),
        (#"(?:^|(?<=[,.;!?]))([^,.;!?'"“‘]*?)"# + ko(koTextKind) + #"\s*(?:으로|로|은|는)?\s*"# + koQuote + #"\s*(?:을|를|이라고|라고)?\s*(?:넣어|추가|달아|붙여|써|띄워)[가-힣]*"# + koPlease, "add a $2 $3 $1"),
    ]

    static let koMusic = ko(#"배경\s*음악|음악|노래|bgm|브금|music"#)

    /// Korean words and shapes as English, longer phrases first.
    static let koreanWords: [(String, String)] = [
        // Filler and thanks.
        (#"(?:^|(?<=[\s,.!?]))(?:아|어|음|앗|저기|근데)(?=[\s,])[,\s]*"#, ""),
        // "뭐 할 수 있어?", "어떻게 사용해?": a question about Reel itself.
        (ko(#"(?:뭐|뭘|무엇을|무슨\s*것을)\s*(?:해\s*줄|할)\s*수\s*있(?:어요|어|나요|니)|어떻게\s*(?:써|사용해|사용하나요|쓰는\s*거야)|도움말"#) + #"\s*[?.!]*\s*$"#, "what can you do?"),
        // "짧게 했다가 마음에 안 들면 되돌릴 수 있어?": whether a change can be taken back, asked (never the change).
        (#"(?:^|(?<=[,.;!?]))[^,.;!?]*?(?:마음에\s*안\s*들면|맘에\s*안\s*들면|별로면|싫으면)[,\s]*(?:다시\s*)?(?:되돌릴|돌아갈|취소할|되돌아갈|원래대로\s*할)\s*수\s*(?:있어요|있어|있나요|있을까요|있을까|있지)"#, " if i change it and i don't like it, can i go back"),
        // "아니요, 원래대로 해주세요": a "no" leading the request.
        (#"^\s*(?:아니요|아니오|아뇨|아니야|아니에요|아니)(?:\s*[,.!]\s*|\s+)"#, "no, "),
        (ko(#"고마워요|고마워|감사합니다|감사해요"#), "thanks"), (ko(#"완벽해요|완벽해|좋아요|좋아"#) + koEnd, "perfect"),
        // Questions about the video, answered from it.
        (ko(#"(?:지금\s*)?(?:(?:영상|비디오|전체)\s*)?(?:총\s*)?(?:길이\s*)?(?:가|는|은|이)?\s*(?:지금\s*)?(?:몇\s*초|얼마나\s*(?:길어|돼|되)|얼마야)"#) + #"[가-힣\s]*"#, "how long is the video"),
        (ko(#"(?:지금\s*)?(?:(?:영상|비디오|타임라인)\s*)?(?:은|이|는|에)?\s*(?:지금\s*)?(?:어떻게\s*(?:구성|되어|돼|만들어져)|뭐가\s*(?:들어|있)|뭐\s*(?:들어|있)|구성(?:이|은)?\s*어떻게)"#) + #"[가-힣\s]*"#, "what's on the timeline"),
        (ko(#"(?:클립|사진)(?:이|은|는)?\s*몇\s*개"#) + #"[가-힣\s]*"#, "how many clips are there"),
        // Undo, said without an object ("방금 거 취소해줘", "되돌려줘"); "음악 볼륨 원래대로" is no undo.
        (#"(?:^|(?<=[,.;!?]))\s*(?:(?:방금|아까|이전|마지막)\s*)?(?:(?:한|했던)\s*)?(?:그거|그것|이거|이것|거|것|꺼|변경|작업|수정)?\s*(?:을|를|은|는)?\s*(?:다시\s*)?(?:실행\s*취소|취소|되돌려|되돌리|원래대로|원상\s*복구)[가-힣]*(?:\s*해[가-힣]*)?"# + koPlease + koEnd, " undo"),
        // "음악은 빼지 마", "제목 건드리지 말아줘": that thing kept, never removed or changed.
        (koClause + #"(?:은|는|을|를)?\s*(?:빼|지우|없애|삭제하|제거하|건드리|바꾸|고치|줄이|키우|늘리|낮추|올리|옮기)지\s*(?:마|말아)[가-힣]*"# + koPlease, "$1keep⟨$2⟩"),
        (koClause + #"(?:은|는|을|를)?\s*(?:빼|지우|없애|삭제하|제거하|건드리|바꾸|고치|줄이|키우|늘리|낮추|올리|옮기)지\s*말고"#, "$1keep⟨$2⟩,"),
        // "두 번째 클립 빼고 다 지워줘": all but that one removed (never that one); "첫 번째 말고 두 번째": the second only.
        (koClause + #"(?:은|는|을|를)?\s*(?:빼고|제외하고|말고)\s*(?:다|전부|모두|나머지(?:\s*(?:는|를|다))?)\s*(?:지워|지우|삭제|빼|없애|제거)[가-힣]*"# + koPlease, "$1remove everything except⟨$2⟩"),
        (#"(?:^|(?<=[,.;!?]))\s*[^,.;!?]*?\s*(?:말고|아니고|아니라)\s+(?!(?:다|전부|모두|나머지))"#, " "),
        // The music: when it starts, how loud, which file, none.
        (koMusic + #"\s*(?:이|가|은|는|을|를)?\s*(\d+(?:\.\d+)?)\s*초\s*(?:부터|에서|에)\s*(?:시작|나오|나와|들어오|들어와|재생|틀어)[가-힣]*(?:\s*해[가-힣]*)?"# + koPlease, "start the music at $1 seconds"),
        (#"(?:"# + koMusic + #")?\s*(?:소리|볼륨|음량|volume)\s*(?:을|를|은|는)?\s*(\d+(?:\.\d+)?)\s*(?:%|퍼센트|프로)\s*(?:으로|로)?\s*(?:(?:해|맞춰|설정|바꿔|줄여|낮춰|올려|키워)[가-힣]*)?"# + koPlease, "set the music volume to $1%"),
        // "음악 소리 너무 커요", "bgm이 너무 작아요": the music too loud or too quiet, said as a complaint.
        (koMusic + #"\s*(?:소리|볼륨|음량|volume)?\s*(?:이|가|은|는)?\s*너무\s*(?:커|크|시끄러)[가-힣]*"#, "the music is too loud"),
        (koMusic + #"\s*(?:소리|볼륨|음량|volume)?\s*(?:이|가|은|는)?\s*너무\s*(?:작아|작|안\s*들려)[가-힣]*"#, "the music is too quiet"),
        (#"(?:"# + koMusic + #"\s*(?:소리|볼륨|음량|volume)?|"# + ko(#"볼륨|음량"#) + #")\s*(?:을|를|은|는|이|가|만|도)?\s*(?:(?:좀|조금|약간|살짝|더|많이)\s*)*(?:줄여|줄이|낮춰|낮게|작게)[가-힣]*(?:\s*해[가-힣]*)?"# + koPlease, "make the music quieter"),
        (#"(?:"# + koMusic + #"\s*(?:소리|볼륨|음량|volume)?|"# + ko(#"볼륨|음량"#) + #")\s*(?:을|를|은|는|이|가|만|도)?\s*(?:(?:좀|조금|약간|살짝|더|많이)\s*)*(?:키워|키우|높여|높게|크게|올려)[가-힣]*(?:\s*해[가-힣]*)?"# + koPlease, "make the music louder"),
        (koMusic + #"\s*(?:은|는|으로|로)?\s*([\p{L}\p{N}_.-]+\.(?:mp3|m4a|wav|aac))\s*(?:을|를|으로|로)?\s*(?:넣어|깔아|추가|틀어|써|사용|붙여|해)[가-힣]*"# + koPlease, "use $1 as the background music"),
        (#"(?<![\p{L}\p{N}_.-])([A-Za-z0-9][\p{L}\p{N}_.-]*)\s*(?:을|를)?\s*(?:"# + koMusic + #")?\s*(?:으로|로)?\s*깔아[가-힣]*"# + koPlease, "use $1 as the background music"),
        (koMusic + #"\s*(?:은|는|을|를|도)?\s*(?:빼|없애|지워|삭제|제거|꺼)[가-힣]*"# + koPlease, "remove the music"),
        (koMusic + #"\s*없이"#, "no music"),
        (koMusic + #"\s*(?:도|을|를|좀)?\s*(?:깔아|깔고|넣어|넣고|추가|틀어|틀고)[가-힣]*"# + koPlease, "add music"),
        (ko(#"배경\s*소음|잡음|노이즈"#), "background noise"),
        // "유튜브용으로 음량 정규화해줘": the loudness normalised (never the canvas).
        (#"(?:"# + koMusic + #"\s*)?(?:"# + ko(#"음량|소리|볼륨|오디오|사운드"#) + #")?\s*(?:을|를)?\s*(?:정규화|노멀라이즈|노멀라이징|평준화)[가-힣]*"# + koPlease, "normalise the loudness"),
        // Transitions and fades: "사진들 사이에 transition 없이 그냥 컷으로" is no transitions.
        (#"(?:[^,.;!?]*?사이(?:에|의)?\s*)?"# + ko(#"transitions?|전환\s*효과|전환|트랜지션"#) + #"\s*(?:은|는|을|를|도)?\s*(?:없이|빼|없애|지워|삭제|제거)[^,.;!?]*"#, "no transitions"),
        (ko(#"(?:그냥\s*)?(?:컷|cut)\s*(?:으로|로)(?:\s*(?:넘어가게|이어|연결)[가-힣]*)?"#) + koPlease, "no transitions"),
        (ko(#"transitions?|전환\s*효과|전환|트랜지션"#) + #"\s*(?:을|를)?\s*(?:넣어|추가|넣)[가-힣]*"# + koPlease, "add transitions"),
        (ko(#"디졸브"#), "dissolve"),
        (ko(#"페이드\s*인|fade\s*in"#) + #"\s*(?:을|를|은|는)?\s*(\d+(?:\.\d+)?)\s*초(?:\s*(?:으로|로|동안))?"#, "fade in over $1 seconds"),
        (ko(#"페이드\s*아웃|fade\s*out"#) + #"\s*(?:을|를|은|는)?\s*(\d+(?:\.\d+)?)\s*초(?:\s*(?:으로|로|동안))?"#, "fade out over $1 seconds"),
        (ko(#"페이드\s*인"#), "fade in"), (ko(#"페이드\s*아웃"#), "fade out"), (ko(#"페이드"#), "fade"),
        // A text's size: "자막 크기 키워줘", "제목 좀 더 크게" ("자막 늘려줘" alone is its time, not its size).
        (ko(koTextKind) + #"(?:의)?\s*(?:글자\s*|글씨\s*)?(?:크기|글씨|(?=[^,.;!?]*?(?:크게|작게)))(?:를|을|는|은|가|이)?\s*(?:(?:좀|조금|약간|살짝|더|많이)\s*)*(?:키워|키우|크게|늘려)[가-힣]*(?:\s*해[가-힣]*)?"# + koPlease, "make the $1 bigger"),
        (ko(koTextKind) + #"(?:의)?\s*(?:글자\s*|글씨\s*)?(?:크기|글씨|(?=[^,.;!?]*?(?:크게|작게)))(?:를|을|는|은|가|이)?\s*(?:(?:좀|조금|약간|살짝|더|많이)\s*)*(?:줄여|줄이|작게)[가-힣]*(?:\s*해[가-힣]*)?"# + koPlease, "make the $1 smaller"),
        // "b.mp4 1초부터 시작하게 앞부분 잘라줘", "b.mp4 앞부분 2초 잘라줘": the clip's start trimmed (never the video's length).
        (#"(?<![\p{L}\p{N}_.-])([\p{L}\p{N}_.-]+\.(?:mp4|mov|m4v))\s*(?:을|를|은|는|의)?\s*(\d+(?:\.\d+)?)\s*초\s*(?:부터|에서)\s*(?:시작|나오|재생)(?:하게|되게|하도록|되도록)?\s*(?:앞부분|앞|처음\s*부분)?\s*(?:을|를)?\s*(?:잘라|자르|트림|컷|날려)[가-힣]*(?:\s*해[가-힣]*)?"# + koPlease, "trim $1 to start at $2 seconds"),
        (#"(?<![\p{L}\p{N}_.-])([\p{L}\p{N}_.-]+\.(?:mp4|mov|m4v))\s*(?:의)?\s*(?:앞부분|앞|처음\s*부분)\s*(?:을|를)?\s*(\d+(?:\.\d+)?)\s*초\s*(?:만|정도)?\s*(?:잘라|자르|트림|컷|날려)[가-힣]*(?:\s*해[가-힣]*)?"# + koPlease, "cut the first $2 seconds of $1"),
        // "사진마다 3초씩", "사진 한 장당 2초": each picture that long.
        (ko(#"사진|이미지"#) + #"\s*(?:마다|하나(?:에|당)?|당|한\s*장(?:에|당)?)\s*(\d+(?:\.\d+)?)\s*초\s*씩?\s*(?:(?:보여|보이게|나오게|해|으로|로)[가-힣]*)?"# + koPlease, "each photo $1 seconds"),
        // "모든 clip 전체가 보이게 해주세요, 잘리지 않게요", "사진 안 잘리게 해줘": every picture shown whole (fit, not cropped).
        (#"(?:(?:모든|전부|다)\s*)?"# + ko(#"사진들|사진|이미지|photos?"#) + #"\s*(?:이|가|을|를|은|는)?\s*(?:전체|전부|다|통째로)\s*(?:가|를|다)?\s*(?:다\s*)?(?:보이게|나오게|보이도록|나오도록)[가-힣]*(?:\s*해[가-힣]*)?"# + koPlease, "show the photos in full"),
        (#"(?:(?:모든|전부)\s*(?:"# + ko(#"클립들|클립|영상|clips?|videos?"#) + #")?|"# + ko(#"클립들|클립|clips?"#) + #")\s*(?:이|가|을|를|은|는)?\s*(?:전체|전부|통째로)\s*(?:가|를|다)?\s*(?:다\s*)?(?:보이게|나오게|보이도록|나오도록)[가-힣]*(?:\s*해[가-힣]*)?"# + koPlease, "show everything in full"),
        (#"(?:안\s*잘리게|잘리지\s*(?:않게|않도록|안\s*되게|안\s*하게))[가-힣]*(?:\s*해[가-힣]*)?"# + koPlease, "don't crop anything"),
        // A complaint said with the request: "영상 너무 길어".
        (#"(?:이|가|은|는)?\s*너무\s*(?:길어|길다|길어요|길어서)"#, " is too long"), (#"(?:이|가|은|는)?\s*너무\s*(?:짧아|짧다|짧아요|짧아서)"#, " is too short"),
        // A text shown for a while: "타이틀 5초 동안 보이게 해줘".
        (ko(koTextKind) + #"(?:을|를|은|는|이|가)?\s*(\d+(?:\.\d+)?)\s*초\s*(?:동안)?\s*(?:보이게|나오게|표시|띄워|유지|보여)[가-힣]*(?:\s*(?:되게\s*)?해[가-힣]*)?"# + koPlease, "show the $1 for $2 seconds"),
        // Lengths: "30초짜리", "20초" alone, "5초만 더 늘려줘" (more), "20초로" (to).
        (#"(?:^|(?<=[,.;!?]))\s*(?:(?:전체|총|영상|비디오)\s*)*(?:길이\s*)?(?:를|을|는|은)?\s*(\d+(?:\.\d+)?)\s*초\s*(?:짜리|길이)?\s*(?:으로|로)?\s*(?:(?:만들어|해|맞춰|바꿔|설정|변경)[가-힣]*)?"# + koPlease + koEnd, " make it $1 seconds"),
        // "두 번째 사진 5초로 해주세요", "title을 5초로": that one that long.
        (koClause + #"(?<![\d.])(\d+(?:\.\d+)?)\s*초\s*(?:으로|로)\s*(?:(?:해|바꿔|맞춰|만들어|설정|변경)[가-힣]*)?"# + koPlease + koEnd, "$1make⟨$2⟩ $3 seconds"),
        (ko(#"마지막"#) + #"\s*(\d+(?:\.\d+)?)\s*초\s*(?:동안)?"#, "for the last $1 seconds"),
        (ko(#"처음|첫"#) + #"\s*(\d+(?:\.\d+)?)\s*초\s*(?:동안)?"#, "for the first $1 seconds"),
        (#"(\d+(?:\.\d+)?)\s*초\s*(?:만|정도|쯤)?\s*더(?=\s|$)"#, "by $1 seconds"),
        (#"(\d+(?:\.\d+)?)\s*(?:초|seconds?|secs?)\s*(?:만|정도|쯤)?\s*(?=(?:줄여|줄이|늘려|늘리|단축|연장|짧게|길게))"#, "by $1 seconds "),
        (#"(\d+(?:\.\d+)?)\s*초\s*짜리"#, "$1 second"), (#"(\d+(?:\.\d+)?)\s*초\s*동안"#, "for $1 seconds"),
        // "2초부터 5초까지": a span; "4초에": a moment.
        (#"(\d+(?:\.\d+)?)\s*초\s*(?:부터|에서)\s*(\d+(?:\.\d+)?)\s*초\s*(?:까지|사이)(?:\s*동안)?"#, "from $1 to $2 seconds"), (#"(\d+(?:\.\d+)?)\s*초\s*(?:에|쯤에|때)(?=\s|$)"#, "at $1 seconds"),
        (#"(\d+(?:\.\d+)?)\s*초\s*(?:으로|로)(?=\s|$)"#, "to $1 seconds"), (#"(\d+(?:\.\d+)?)\s*초\s*(?:부터|에서)"#, "from $1 seconds"),
        (#"(\d+(?:\.\d+)?)\s*초\s*씩"#, "$1 seconds each"), (#"(\d+(?:\.\d+)?)\s*초(?:\s*(?:만|정도|쯤))?"#, "$1 seconds"),
        (#"(\d+(?:\.\d+)?)\s*(?:%|퍼센트|프로)\s*(?:으로|로)"#, "to $1%"),
        (#"(\d+(?:\.\d+)?)\s*배속"#, "$1x speed"), (#"(\d+(?:\.\d+)?)\s*배\s*(?:빠르게|빨리)"#, "$1x faster"), (#"(?<![\d.])2\s*배\s*(?:느리게|천천히)"#, "at half speed"),
        (ko(#"(?:전체|총|영상)\s*길이|전체\s*영상|영상\s*전체"#) + #"(?:를|을|는|은|가|이)?"#, "the whole video"),
        // The picture and the shape.
        (ko(#"흑백"#) + #"(?:으로)?"#, "black and white"), (ko(#"밝게"#), "brighter"), (ko(#"어둡게"#), "darker"), (ko(#"따뜻하게"#), "warmer"), (ko(#"차갑게"#), "cooler"),
        (ko(#"틱톡\s*용|틱톡"#), "for tiktok"), (ko(#"인스타(?:그램)?\s*용|인스타(?:그램)?"#), "for instagram"), (ko(#"유튜브\s*용|유튜브"#), "for youtube"),
        (ko(#"(?:쇼츠|릴스)\s*용"#), "for reels"),
        (ko(#"세로(?:형|\s*비율|\s*화면)?"#) + #"(?:으로|로)?"#, "vertical"), (ko(#"가로(?:형|\s*비율|\s*화면)?"#) + #"(?:으로|로)?"#, "horizontal"),
        (ko(#"정사각형|정방형"#) + #"(?:으로|로)?"#, "square"),
        // Places: "맨 뒤로", "위쪽으로".
        (ko(#"맨\s*(?:뒤|끝|마지막)|제일\s*뒤|끝"#) + #"\s*(?:으로|로|에)"#, "to the end"), (ko(#"맨\s*(?:앞|처음)|제일\s*앞|처음"#) + #"\s*(?:으로|로|에)"#, "to the start"),
        (ko(#"위쪽|맨\s*위|상단|위"#) + #"\s*(?:으로|로|에)"#, "to the top"), (ko(#"아래쪽|맨\s*아래|하단|아래|밑"#) + #"\s*(?:으로|로|에)"#, "to the bottom"),
        (ko(#"가운데|중앙"#) + #"\s*(?:으로|로|에)"#, "to the middle"),
        (ko(#"먼저\s*(?:나오고|보여주고|넣고)(?:\s*(?:그\s*)?다음에?)?"#), "first, then"), (ko(#"그\s*다음에|그다음에|다음에|그리고"#), "then"),
        // Clips in order: "두 번째 클립", "마지막 거", "3번 사진".
        (ko(#"마지막에|맨\s*끝에"#), "at the end"), (ko(#"맨\s*처음에|처음에"#), "at the start"),
        (ko(#"첫\s*번째|첫째|첫"#), "the first"), (ko(#"두\s*번째|둘째"#), "the second"), (ko(#"세\s*번째|셋째"#), "the third"),
        (ko(#"네\s*번째|넷째"#), "the fourth"), (ko(#"다섯\s*번째"#), "the fifth"), (ko(#"마지막"#), "the last"),
        (#"(?<![\d.])(\d+)\s*번(?:째)?(?:\s*(?:클립|사진|거))?\s*(?:랑|이랑|하고|와|과)\s*(\d+)\s*번(?:째)?(?:\s*(?:클립|사진|거|것))?\s*(?:의\s*)?(?:순서|자리|위치)?\s*(?:를|을)?\s*(?:서로\s*)?(?:바꿔|교체|교환|스왑|swap)[가-힣]*"# + koPlease, "swap clip $1 and clip $2"),
        (#"(\d+)\s*번(?:째)?\s*(?:클립|영상|동영상)"#, "clip $1"), (#"(\d+)\s*번(?:째)?\s*(?:사진|이미지)"#, "photo $1"),
        (#"(?<=first|second|third|fourth|fifth|last)\s*(?:거|것|꺼)"#, " one"),
        (#"\bthe (first|second|third|fourth|fifth|last)(?: (?:one|clip|photo|사진|클립|거|것))?\s*(?:랑|이랑|하고|와|과)\s*(?:the )?(first|second|third|fourth|fifth|last)(?:\s*(?:one|클립|사진|거|것|꺼))?\s*(?:의\s*)?(?:순서|자리|위치)?\s*(?:를|을)?\s*(?:서로\s*)?(?:바꿔|교체|교환|스왑|swap)[가-힣]*"# + koPlease, "swap the $1 clip and the $2 clip"),
        (ko(#"클립들|클립"#), "clip"), (ko(#"사진들"#), "photos"), (ko(#"사진|이미지"#), "photo"),
        (ko(#"(?:영상|동영상|비디오)\s*(?:파일)?"#) + #"(?=\s+(?:mp4|mov|gif))"#, "the video"),
        (#"(?<![\p{L}\p{N}_.-])(mp4|mov|gif)\s*(?:파일\s*)?(?:으로|로)"#, "as $1"),
        (ko(#"그거|그것|이거|이것|저거"#) + #"(?:을|를|은|는|도)?"#, "it"), (ko(#"방금\s*(?:거|것)"#) + #"(?:을|를)?"#, "it"),
        // Texts.
        (koMusic + #"(?:\s*(?:소리|볼륨|음량))?(?:은|는|을|를|이|가|도|만)?"#, "the music"), (ko(#"(?:영상|동영상|비디오)(?:\s*전체)?"#) + #"(?:은|는|을|를|이|가|도)?"#, "the video"),
        (ko(#"타이틀|제목"#) + #"(?:을|를|은|는|이|가|도)?"#, "the title"), (ko(#"자막|캡션"#) + #"(?:을|를|은|는|이|가|도)?"#, "the caption"),
        // The verb said last, said first.
        // "서울 여행 브이로그 만들어줘": what the video is about, said in Korean words only, names no edit.
        (#"(?:^|(?<=[,.;!?]))\s*(?:[가-힣]+\s+){0,4}"# + ko(#"브이로그|영상|비디오|동영상|video|vlog|릴스|쇼츠|reels?"#) + #"\s*(?:하나\s*)?(?:을|를)?\s*만들어[가-힣]*"# + koPlease, "make a video"),
        (#"(?:^|(?<=[,.;!?]))\s*([^,.;!?가-힣]*?)\s*"# + ko(#"브이로그|영상|비디오|동영상|video|vlog|릴스|쇼츠|reels?"#) + #"\s*(?:하나\s*)?(?:을|를)?\s*만들어[가-힣]*"# + koPlease, "make a video $1"),
        (#"(?:^|(?<=[,.;!?]))(\s*)([^,.;!?]*?"# + ko(#"브이로그|영상|비디오|동영상|video|vlog|릴스|쇼츠|reels?"#) + #")\s*(?:하나\s*)?(?:을|를)?\s*만들어[가-힣]*"# + koPlease, "$1make $2"),
        (koClause + #"(?:내보내|저장|익스포트|export|출력|렌더링|렌더)[가-힣]*"# + koPlease + koEnd, "$1export⟨$2⟩"),
        (koClause + #"(?:만들어|만들)[가-힣]*"# + koPlease + koEnd, "$1make it⟨$2⟩"),
        // ("b.mp4의 원래 소리 없애주세요": its own sound taken away is muted, never the clip removed.)
        (koClause + #"(?:(?:원래|원본|자체|본래)?\s*(?:소리|오디오|사운드)\s*(?:만)?\s*(?:를|을)?\s*(?:꺼|끄|없애|빼|지워|지우|제거|삭제)|원음\s*(?:을|를)?\s*(?:꺼|끄|없애|빼|지워|지우|제거|삭제)|음소거)[가-힣]*"# + koPlease + koEnd, "$1mute⟨$2⟩"),
        (koClause + #"(?:삭제|지워|지우|빼|없애|제거)[가-힣]*"# + koPlease + koEnd, "$1remove⟨$2⟩"),
        (koClause + #"(?<=to the (?:end|start|top|bottom|middle))"# + koEnd, "$1move⟨$2⟩"),
        (koClause + #"(?:옮겨|옮기|이동|보내|놓아|놔|배치)[가-힣]*"# + koPlease + koEnd, "$1move⟨$2⟩"),
        (koClause + #"(?:늘려|늘리|연장|길게)[가-힣]*(?:\s*해[가-힣]*)?"# + koPlease + koEnd, "$1extend⟨$2⟩"),
        (koClause + #"(?:줄여|줄이|단축|짧게)[가-힣]*(?:\s*해[가-힣]*)?"# + koPlease + koEnd, "$1shorten⟨$2⟩"),
        (koClause + #"(?:넣어|추가|붙여|깔아)[가-힣]*"# + koPlease + koEnd, "$1add⟨$2⟩"),
        (koClause + #"(?:바꿔|바꾸|변경)[가-힣]*"# + koPlease + koEnd, "$1change⟨$2⟩"),
        (#"⟨\s*⟩"#, " it"), (#"⟨\s*([^⟩]*?)\s*⟩"#, " $1"),
        (ko(#"좀|조금|약간|살짝|그냥|지금"#) + #"(?=\s)"#, ""),
        (#"(?<=[A-Za-z0-9%])\s*(?:은|는|을|를|이|가|에|도|의)(?=[\s,.;!?]|$)"#, ""),
        (#"[ \t]{2,}"#, " "), (#"\s+(?=[.,!?])"#, ""), (#"^\s*,\s*"#, ""),
    ]
}
