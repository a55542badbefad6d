import Foundation

/// The English sentences of an answer that other languages say in their own words, in the order they are
/// tried (a narrower sentence before a wider one: "Removed the music." before "Removed …."). The raw value
/// is the whole sentence as a pattern, `$1`… the parts carried over (numbers, names, quoted words).
enum AnswerForm: String, CaseIterable, Sendable {
    // Changes the edits make (each of `EditSession.chineseChanges`, and the few it lacks).
    case length = #"^Set the length to ([\d.]+) seconds\.$"#
    case cardsTitled = #"^Made an? ([\d.]+)-second video on coloured backgrounds with the title "(.*)"\.$"#
    case cards = #"^Made an? ([\d.]+)-second video on coloured backgrounds\.$"#
    case canvas = #"^Changed the canvas to (\d+)x(\d+) \((.+)\)\.$"#
    case fps = #"^Set the frame rate to (\d+) fps\.$"#
    case fill = #"^Filled the frame with (.+)\.$"#
    case fitWhole = #"^Fitted whole, over a blurred background, (.+)\.$"#
    case trimStartLength = #"^Trimmed (.+?) to start ([\d.]+) s in and to ([\d.]+) s long\.$"#
    case trimLength = #"^Trimmed (.+?) to ([\d.]+) s long\.$"#
    case showFor = #"^Showed (.+?) for ([\d.]+) s\.$"#
    case trimStart = #"^Trimmed (.+?) to start ([\d.]+) s in\.$"#
    case speed = #"^Set (.+) to ([\d.]+)x speed\.$"#
    case moved = #"^Moved (.+) to position (\d+)\.$"#
    case noTransitions = #"^Removed the transitions between all clips\.$"#
    case noTransitionsAfter = #"^Removed the transitions after (.+)\.$"#
    case noMusic = #"^Removed the music\.$"#
    case noMusicThere = #"^There was no music to remove\.$"#
    case noTextThere = #"^There was no (?:title|caption|end card|text|lowerthird) to remove\.$"#
    case noLook = #"^Removed the colour look\.$"#
    case noLookOn = #"^Removed the colour look from (.+)\.$"#
    case removed = #"^Removed (.+)\.$"#
    case replaced = #"^Replaced (.+) with (.+)\.$"#
    case putStart = #"^Put (.+) at the start\.$"#
    case putEnd = #"^Put (.+) at the end\.$"#
    case putAt = #"^Put (.+) at position (\d+)\.$"#
    case duplicated = #"^Duplicated (.+)\.$"#
    case transitions = #"^Added (\w+) transitions \(([\d.]+) s\) between all clips\.$"#
    case transitionsAfter = #"^Added (\w+) transitions \(([\d.]+) s\) after (.+)\.$"#
    case blackAndWhite = #"^Applied the black and white look\.$"#
    case blackAndWhiteOn = #"^Applied the black and white look to (.+)\.$"#
    case adjustmentOn = #"^Applied the colour adjustment to (.+)\.$"#
    case lookOn = #"^Applied the (.+) look to (.+)\.$"#
    case look = #"^Applied the (.+) look\.$"#
    case adjustment = #"^Applied the colour adjustment\.$"#
    case fades = #"^Set fade in from black \(([\d.]+) s\) and fade out to black \(([\d.]+) s\)\.$"#
    case fadeIn = #"^Set fade in from black \(([\d.]+) s\)\.$"#
    case fadeOut = #"^Set fade out to black \(([\d.]+) s\)\.$"#
    case noFades = #"^Set no fade in and no fade out\.$"#
    case noFadeIn = #"^Set no fade in\.$"#
    case noFadeOut = #"^Set no fade out\.$"#
    case title = #"^Added a title "(.*)" from ([\d.]+) to ([\d.]+) s\.$"#
    case caption = #"^Added a caption "(.*)" from ([\d.]+) to ([\d.]+) s\.$"#
    case endCard = #"^Added an end card "(.*)" from ([\d.]+) to ([\d.]+) s\.$"#
    case music = #"^Added (.+) as background music at (\d+)%\.$"#
    case musicLevel = #"^Set the music to (\d+)%\.$"#
    case musicFades = #"^Set the music to fade in over ([\d.]+) s and fade out over ([\d.]+) s\.$"#
    case musicFadeIn = #"^Set the music to fade in over ([\d.]+) s\.$"#
    case musicFadeOut = #"^Set the music to fade out over ([\d.]+) s\.$"#
    case musicWindow = #"^The music now starts at ([\d.]+) s and stops at ([\d.]+) s\.$"#
    case musicStart = #"^The music now starts at ([\d.]+) s\.$"#
    case musicStop = #"^The music now stops at ([\d.]+) s\.$"#
    case musicLoops = #"^The music now loops to fill the video\.$"#
    case musicOnce = #"^The music now plays once\.$"#
    case mutedClips = #"^Muted the clips' own sound\.$"#
    case unmutedClips = #"^Turned the clips' own sound back on\.$"#
    case mutedClip = #"^Muted the sound of (.+)\.$"#
    case clipSound = #"^Set the sound of (.+) to (\d+)%\.$"#
    case ducking = #"^The music now dips under the voice\.$"#
    case noDucking = #"^The music no longer dips under the voice\.$"#
    case changed = #"^Changed (.+)\.$"#
    case composed = #"^Put (\d+) items? on the timeline in order\.$"#
    case script = #"^Added the script as (\d+) captions? from ([\d.]+) to ([\d.]+) s\.$"#
    case zoomIn = #"^Added a slow zoom in to (.+)\.$"#
    case zoomOut = #"^Added a slow zoom out to (.+)\.$"#
    case pan = #"^Added a slow pan (left|right|up|down) to (.+)\.$"#
    case still = #"^Added a slow still to (.+)\.$"#
    case noZoom = #"^Turned the slow zoom off for (.+)\.$"#
    case styleRise = #"^Gave (.+) the (.+) style and a gentle rise\.$"#
    case styleFade = #"^Gave (.+) the (.+) style and a fade\.$"#
    case style = #"^Gave (.+) the (.+) style\.$"#
    case rise = #"^Gave (.+) a gentle rise\.$"#
    case textFade = #"^Gave (.+) a fade\.$"#
    case voiceover = #"^Added the voiceover (.+) at ([\d.]+) s\.$"#
    case loudnessFor = #"^The sound is normalised to (-?[\d.]+) LUFS for (.+), peaks at most -1 dBTP\.$"#
    case loudness = #"^The sound is normalised to (-?[\d.]+) LUFS, peaks at most -1 dBTP\.$"#
    case asMixed = #"^The sound is kept as mixed \(no loudness normalisation\)\.$"#
    case undid = #"^Undid the last change\.$"#
    case undidMany = #"^Undid the last (\d+) changes\.$"#
    case redid = #"^Redid the change\.$"#
    // The turn's own lines (Turn.swift).
    case okExport = #"^OK: export the video\.$"#
    case okCredits = #"^OK: show the credit balance\.$"#
    case okState = #"^OK: show the timeline\.$"#
    case okUpload = #"^OK: upload media\.$"#
    case state = #"^The video is ([\d.]+) s long; the canvas is (\d+)×(\d+) at (\d+) fps\.$"#
    case onScreen = #"^On screen: (.+)\.$"#
    case musicState = #"^The music is (.+) at (\d+) %\.$"#
    case noMusicState = #"^There is no music\.$"#
    case couldNot = #"^I could not do that: (.+)\.$"#
    case nothingChanged = #"^Nothing was changed\.$"#
    case notUnderstoodNothing = #"^I did not understand (.+), so nothing was changed\.$"#
    case notUnderstood = #"^I did not understand (.+)\.$"#
    case nothingNeeded = #"^Nothing needed changing: (.+)\.$"#
    case ifMeantElse = #"^If you meant something else, I can, for example: (.+)\.$"#
    case noEdit = #"^I did not find an edit in that, so nothing was changed\.$"#
    case glad = #"^Glad you like it!$"#
    case tellNext = #"^Tell me what to change next, or say "export" to render it\.$"#
    case hi = #"^Hi!$"#
    case tellPlain = #"^Tell me in plain words what the video should be, and I edit it\.$"#
    case forExampleExport = #"^I can, for example: (.+), or "export" when it is ready\.$"#
    case forExample = #"^I can, for example: (.+)\.$"#
    case undoable = #"^Yes: every change can be taken back\.$"#
    case undoHow = #"^After any edit, say "undo" \(or "put it back how it was"\) and the video is as it was before; "redo" brings the change back\.$"#
    // Questions the rules ask.
    case lengthMeant = #"^Did you mean the whole video should be ([\d.]+) s long \(it is ([\d.]+) s now\)\?$"#
    case ifSoSay = #"^If so, say "make the video ([\d.]+) seconds"\.$"#
    case withinAlready = #"^The video is ([\d.]+) s now, already within ([\d.]+) s, so nothing was changed\.$"#
    case nothingLeft = #"^The video is ([\d.]+) s now; taking that much off would leave nothing, so nothing was changed\.$"#
    case unknownLength = #"^I do not know how long (.+) is here, so I cannot cut its end by a length\.$"#
    case sayHowLong = #"^Say how long it should play, for example "make (.+) 5 seconds"\.$"#
    case whichOne = #"^Which one\?$"#
    case timelineHas = #"^The timeline has (\d+): (.+)\.$"#
    case sayRemoveClip = #"^Say, for example, "remove clip 2"\.$"#
    case whichLooking = #"^Which one is the (.+) one\?$"#
    case cannotSee = #"^I cannot see that in the pictures\.$"#
    case sayNameOrNumber = #"^Say its name or number, for example "remove clip 2"\.$"#
    case whenMusic = #"^When should the music come in\?$"#
    case sayMusicStart = #"^Say, for example, "start the music at 3 seconds"\.$"#
    case numberFor = #"^I am not sure what (.+) is for\.$"#
    case sayLengthOrMusic = #"^Say, for example, "make it (.+) seconds" for the length or "music at (.+)%"\.$"#
    case sayLength = #"^Say, for example, "make it (.+) seconds" for the length\.$"#
    case wouldEmpty = #"^That would empty the timeline, so I have not done it\.$"#
    case toStartOver = #"^To start over, say "start over" \(every change is taken back\), or start a new project; to remove one clip, say which \("remove clip 2"\)\.$"#
    case noSuchFile = #"^There is no (.+) in this project, so nothing was changed\.$"#
    case useOnceUploaded = #"^I can, for example: use it once it is uploaded \(say the same again then\), or use the files here: (.+)\.$"#
    case belowZero = #"^A length or speed cannot be below zero \((.+)\), so nothing was changed\.$"#
    // What Reel cannot do (`RulePlanner.unsupported`); the examples after them are names.
    case noDenoise = #"^I cannot clean up or denoise sound \(wind, hiss, background noise\)\.$"#
    case noVocals = #"^I cannot separate the voice from a song\.$"#
    case noWatermark = #"^I cannot place a picture as a watermark or logo\.$"#
    case noBlurPart = #"^I cannot blur or hide part of a picture \(a face, a number plate\)\.$"#
    case noCursor = #"^I cannot find the cursor or the clicks in a screen recording; a slow zoom goes to the centre of the picture\.$"#
    case noSky = #"^I cannot change the sky or other things inside a picture\.$"#
    case noBackground = #"^I cannot blur or remove the background inside a picture\.$"#
    case noTranscribe = #"^I cannot hear speech to write subtitles from it\.$"#
    case noTranslate = #"^I cannot translate speech or words into another language\.$"#
    case noSuchTransition = #"^I do not have that transition\.$"#
    case noTwoVideos = #"^I cannot show two videos at once \(a facecam, picture-in-picture or split screen\); the timeline plays one picture at a time\.$"#
    case noPublish = #"^I cannot publish or post to a platform or account\.$"#
    case noRetouch = #"^I cannot retouch things inside a picture \(red eyes, skin, people or objects in it\)\.$"#
    case noGenerate = #"^I cannot make new pictures or footage \(a QR code, an animated map, generated b-roll\); a video is made of your own files\.$"#
    case noTracking = #"^I cannot follow a person or thing inside a clip; a slow zoom goes to the centre of the picture\.$"#
    case notYet = #"^That is not something I can do yet\.$"#
    case noWatching = #"^I cannot watch or listen to a clip to find its silences or best moments\.$"#
}

/// How the edits name things inside a sentence, and the examples Reel offers, said in another language
/// inside a sentence already said in it. Tried in this order: the examples and reasons (which name clips
/// themselves) before the clips, the quotes left last.
enum AnswerName: String, CaseIterable, Sendable {
    // Why an edit could not be done (the most common).
    case nothingToUndo = #"\bthere is nothing to undo\b"#
    case nothingToRedo = #"\bthere is nothing to redo\b"#
    case noMusicYet = #"\bthere is no music yet: add a sound file first\b"#
    case leaveEmpty = #"\bthat would leave the video empty; add something first or remove fewer\b"#
    case noSuchClip = #"\bthere is no clip (\d+): the timeline has (\d+) \(([^)]*)\)"#
    case emptyTimeline = #"\bthe timeline is empty: add pictures or clips first\b"#
    case noTextYet = #"\bthere is no text on the video yet\b"#
    case notAFile = #"(\S+) is not one of this session's files: add it first\b"#
    case speedRange = #"\bspeed must be between 0\.25x and 4x\b"#
    case atLeastOneSecond = #"\ba video needs at least 1 second\b"#
    // The examples offered (`EditSession.suggestions`, the refusals' offers).
    case make30 = #""make it 30 seconds""#
    case verticalTikTok = #""make it vertical for TikTok""#
    case titleSummer = #""add a title 'Summer' for the first 3 seconds""#
    case dissolves = #""add dissolve transitions""#
    case quieter = #""make the music quieter""#
    case removeSecond = #""remove the second clip""#
    case bw = #""black and white""#
    case undo = #""undo""#
    case export = #""export""#
    case muteClip2 = #""mute clip 2" \(its own sound\)"#
    case louderToCover = #""make the music louder" to cover it"#
    case normalize = #""normalize the audio for YouTube""#
    case instrumental = #"use an instrumental file you have: "use instrumental\.mp3 as the music""#
    case duck = #""duck the music under the voiceover""#
    case cornerCaption = #"a corner caption with your name: "add a caption 'yourname' at the bottom right""#
    case cornerCaptionShort = #"a corner caption: "add a caption 'yourname' at the bottom right""#
    case endCardFollow = #"an end card: "add an end card saying 'Follow us'""#
    case leaveShotOut = #"leave that shot out: "remove clip 2""#
    case cutPast = #"cut past the moment: "start clip 2 at 3 seconds""#
    case cutTo4 = #""cut clip 2 to 4 seconds""#
    case zoom2 = #""add a slow zoom in to clip 2""#
    case slow2 = #""slow clip 2 down""#
    case captionClick = #"a caption that points it out: "add a caption 'Click Export' at 0:04""#
    case warmer = #""make it warmer" for a sunnier feel"#
    case warmerPlain = #""make it warmer""#
    case brighter = #""make it brighter""#
    case vivid2 = #""make the colours more vivid""#
    case showInFull = #"keep photos uncropped on a blurred fill: "show the photos in full""#
    case crossfade = #""add a crossfade between the clips""#
    case scriptCaptions = #"captions from a script: "add captions, script: your words here""#
    case captionHello = #""add a caption 'Hello' from 2 to 5 seconds""#
    case translated = #"your own translated words on screen: "add a caption 'your words' from 2 to 5 seconds""#
    case crossfades = #""add crossfades""#
    case wipes = #""use wipe transitions""#
    case circles = #""circle transitions""#
    case zooms = #""zoom transitions""#
    case fadeBlack = #""fade through black""#
    case inSequence = #"the clip in the sequence instead: "put it after clip 2""#
    case exportYours = #""export" \(the finished MP4 is yours to upload\)"#
    case platformShape = #"the platform's shape: "make it vertical for TikTok""#
    case photoInFull = #""show the photo in full""#
    case endCardLink = #"an end card with the link: "add an end card saying 'Menu at example\.com'""#
    case pictureYouHave = #"a picture you have: "add map\.png at the end""#
    case start2At3 = #""start clip 2 at 3 seconds""#
    case slowMo2 = #""make clip 2 slow motion""#
    case titleHello = #""add a title 'Hello'""#
    case speedUp2 = #""speed up clip 2""#
    case makeClip1Two = #""make clip 1 2 seconds""#
    case twoShorter = #""make it 2 seconds shorter""#
    case makeVideoN = #""make the video ([\d.]+) seconds""#
    case makeItN = #""make it ([\d.]+) seconds""#
    case musicAtN = #""music at ([\d.]+)%""#
    case makeName5 = #""make (.+) 5 seconds""#
    case startMusic3 = #""start the music at 3 seconds""#
    case removeClip2 = #""remove clip 2""#
    case putBack = #""put it back how it was""#
    case redo = #""redo""#
    // Clips, texts and shapes.
    case clipNamed = #"\bclip (\d+) \(([^)]*)\)"#
    case allClips = #"\ball (\d+) clips(?![A-Za-z])"#
    case theTitle = #"\bthe title "([^"]*)""#
    case theCaption = #"\bthe caption "([^"]*)""#
    case theEndCard = #"\bthe end card "([^"]*)""#
    case theText = #"\bthe text "([^"]*)""#
    case vertical = #"\bvertical(?=[)）])"#
    case landscape = #"\blandscape(?=[)）])"#
    case square = #"(?<=[(（])square(?=[)）])"#
    // Looks and pans, marked by the sentence that carries them (‹look:warm›).
    case sepia = #"‹look:sepia›"#
    case warm = #"‹look:warm›"#
    case cool = #"‹look:cool›"#
    case vivid = #"‹look:vivid›"#
    case vintage = #"‹look:vintage›"#
    case left = #"‹pan:left›"#
    case right = #"‹pan:right›"#
    case up = #"‹pan:up›"#
    case down = #"‹pan:down›"#
    case quoted = #""([^"]*)""#
    /// Between two examples (Japanese writes 、).
    case listComma = #"(?<=[」»“”]), (?=[「«„“])"#
    /// "1.5 s" as the languages writing a decimal comma write it ("1,5 s").
    case decimalComma = #"(?<=\d)\.(?=\d)"#
    /// An article after a preposition, as Spanish and French join them ("a el clip" is "al clip", "de le titre" "du titre").
    case alEl = #"\ba el\b"#
    case delEl = #"\bde el\b"#
    case auLe = #"\bà le\b"#
    case duLe = #"\bde le\b"#
    case auxLes = #"\bà les\b"#
    case desLes = #"\bde les\b"#
    /// Portuguese joins them too: "de o clipe" is "do clipe", "em a legenda" "na legenda", "a o" "ao", "por o" "pelo".
    case deArticle = #"\bde (os?|as?)\b"#
    case emArticle = #"\bem (os?|as?)\b"#
    case aArticle = #"\ba (os?)\b"#
    case porArticle = #"\bpor (os?|as?)\b"#

    /// The names only some languages need (their own punctuation and contractions).
    static let onlySome: Set<AnswerName> = [.listComma, .decimalComma, .alEl, .delEl, .auLe, .duLe, .auxLes, .desLes, .deArticle, .emArticle, .aArticle, .porArticle]
}
