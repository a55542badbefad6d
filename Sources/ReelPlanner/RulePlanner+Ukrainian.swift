import Foundation

/// Ukrainian (in Cyrillic, or typed in Latin letters) as the rules read it. Ukrainian and Russian share most of what a
/// request says (the number before "секунд", "на 20%", "по 3 секунди", "сверху"/"знизу"), so Ukrainian words are first
/// written as the Russian words they match ("зроби музику тихіше" is "сделай музыку тише", "видали другий кліп" "убери
/// второй клип", "скасуй" "отмени"), and the Russian reader (`russianAsEnglish`) reads the rest; only its own tricky
/// words come first ("другий" is the second, never Russian "другой", the other one). Ukrainian typed in Latin letters
/// ("zroby muzyku holosnishe bud laska") is read as English directly. A title's name said unquoted after "назва",
/// "заголовок", "title" is quoted first (for Russian too), so its words stay exactly as said.
extension RulePlanner {
    /// Letters only Ukrainian writes, or its words that have none of them ("зроби", "скасуй").
    static let ukrainianMarker = #"[іїєґ]|"# + word(#"зроби|видали|скасуй|скороти|вкороти|додай|заміни|зміни|створи|щось|кожне|кожну|дякую|прибери|трохи|будь ласка|зараз|музику|музика|музики"#)

    static func isUkrainian(_ text: String) -> Bool {
        hasCyrillic(text) && has(text, ukrainianMarker)
    }

    /// "додай заголовок Разом до перемоги", "поставь заголовок Привет мир на 3 секунды", "заміни title на Дякуємо
    /// донорам": the words of a title or caption said unquoted (starting with a capital letter) are quoted, up to a
    /// comma, a place or a length said after them, or the end.
    static func cyrillicTitleQuoted(_ text: String) -> String {
        guard has(text, #"(?-i:[А-ЯЁІЇЄҐ])"#) else { return text }
        let words = #"(?:заголов|назв|назван|титр|підпис|подпис|напис|надпис)\p{L}*|title|caption"#
        let stop = #"на (?:\p{L}+ )?\d|(?:з|с|від|от|до|протягом|в течение) \d|вгорі|вгору|зверху|знизу|внизу|унизу|угорі|сверху|снизу|вверху|наверху|на початку|в начале|в кінці|в конце|наприкінці|по центру|посередині|посередине|будь ласка|пожалуйста|please|(?:і|и|та|а) (?:зроби|сделай|додай|добавь|постав|поставь|поміняй|поменяй|прибери|убери|видали|удали)"#
        return replacing(text, #"(?<![\p{L}])("# + words + #")(\s*:\s*|\s+(?:на|як|как|—|-)\s+|\s+)(?!["“'‘«])((?-i:[А-ЯЁІЇЄҐ])[^,;:"“”«»]*?)(?=\s*[,;]|\s+(?:"# + stop + #")(?![\p{L}])|\s*[.!?]*\s*$)"#, "$1$2\"$3\"")
    }

    /// Ukrainian words as the Russian words the Russian reader reads, longer phrases first.
    static let ukrainianAsRussian: [(String, String)] = [
        (word(#"будь ласка|будь-ласка"#), "пожалуйста"), (word(#"дякую|дякуємо"#), "спасибо"), (word(#"привіт|вітаю"#), "привет"),
        // Questions: "скільки триває відео?".
        (word(#"скільки(?: зараз| тепер)? (?:триває|йде|іде|триватиме|довжина)"#), "сколько длится"),
        // Lengths and times: "скороти відео на 4 секунди" (by 4 seconds), "музика має початися з 3 секунди".
        (word(#"скороти|скоротіть|вкороти|вкоротіть"#), "сократи"), (word(#"подовж|подовжи|подовжте|продовж|продовжи"#), "удлини"),
        (word(#"(?:має|повинна|повинен|мусить) (?:початися|починатися|стартувати|заграти)|почнеться|починається|починалася|почалася|стартує|заграє|вступає"#), "начинается"),
        (word(#"почни|почніть|запусти|запустіть"#), "начни"),
        // "з усіх фото": with every photo.
        (word(#"(?:з|із|зі) (?:усіх|всіх) (?:фото\p{L}*|фотографі\p{L}*|світлин)"#), "со всех фото"), (word(#"(?:з|із|зі) (?:усіх|всіх) (?:файл\p{L}*)"#), "со всех файлов"),
        (word(#"(?:усі|всі) (?:фото\p{L}*|фотографі\p{L}*|світлини)"#), "все фото"),
        // Verbs.
        (word(#"зроби|зробіть|зробити|створи|створіть|створити"#), "сделай"), (word(#"видали|видаліть|вилучи|прибери|приберіть|забери"#), "убери"),
        (word(#"додай|додайте|додати"#), "добавь"), (word(#"заміни|замініть|зміни|змініть|поміняй|поміняйте"#), "замени"),
        (word(#"постав|поставте"#), "поставь"), (word(#"перемісти|пересунь|перенеси"#), "перемести"),
        (word(#"скасуй|скасуйте|скасувати|відміни|відмініть|поверни як було"#), "отмени"),
        (word(#"вимкни|вимкніть"#) + #"(?= звук)"#, "выключи"), (word(#"увімкни|поверни"#) + #"(?= звук)"#, "верни"),
        (word(#"прискор\p{L}*"#), "ускорь"), (word(#"сповільн\p{L}*|уповільн\p{L}*"#), "замедли"), (word(#"рази|разів"#), "раза"),
        (word(#"експортуй|збережи"#), "экспортируй"),
        // Louder, quieter, the look.
        (word(#"тихіше|тихше|потихіше"#), "тише"), (word(#"голосніше|гучніше"#), "громче"), (word(#"трохи|трішки|трошки"#), "немного"), (word(#"ще"#), "еще"),
        (word(#"коротше|коротшим|коротшою"#), "короче"), (word(#"довше|довшим|довшою"#), "длиннее"), (word(#"швидше"#), "быстрее"), (word(#"повільніше"#), "медленнее"),
        (word(#"яскравіше|світліше"#), "ярче"), (word(#"темніше"#), "темнее"), (word(#"більшим|більшою|більше"#), "больше"), (word(#"меншим|меншою|менше"#), "меньше"),
        (word(#"чорно[- ]?біл\p{L}*"#), "черно-белым"), (word(#"сепі\p{L}*"#), "сепия"),
        (word(#"плавн\p{L}* перех[іо]д\p{L}*"#), "плавные переходы"), (word(#"перех[іо]д\p{L}*"#), "переходы"), (word(#"між (?:кадрами|кліпами|фото|сценами)"#), "между клипами"),
        // Things.
        (word(#"музик\p{L}*"#), "музыку"), (word(#"пісн\p{L}*"#), "песню"), (word(#"відео|відос\p{L}*"#), "видео"), (word(#"кліп\p{L}*"#), "клип"),
        (word(#"фотографі\p{L}*|світлин\p{L}*"#), "фото"), (word(#"назв\p{L}*"#), "название"), (word(#"підпис\p{L}*"#), "подпись"), (word(#"напис\p{L}*"#), "надпись"),
        (word(#"звуку"#), "звук"), (word(#"шум\p{L}* вітру|вітер"#), "шум ветра"),
        // Which one: "другий" is the second (Russian "другой" is the other one).
        (word(#"першим|першою"#), "первым"), (word(#"останнім|останньою"#), "последним"), (word(#"перші"#), "первые"), (word(#"останні"#), "последние"),
        (word(#"перший|перше|першу|перша"#), "первый"), (word(#"другий|друге|другу|друга"#), "второй"), (word(#"третій|третє|третю|третя"#), "третий"),
        (word(#"четвертий|четверте|четверту"#), "четвертое"), (word(#"останній|останнє|останню|остання"#), "последний"),
        (word(#"кожне|кожну|кожен|кожний|кожна|кожного"#), "каждое"),
        // Places.
        (word(#"на початку"#), "в начале"), (word(#"в кінці|в кінець|у кінці|у кінець|наприкінці"#), "в конце"),
        (word(#"вгорі|угорі|зверху|нагорі"#), "сверху"), (word(#"знизу|унизу"#), "снизу"), (word(#"вгору|догори"#), "вверх"), (word(#"донизу"#), "вниз"),
        (word(#"посередині"#), "посередине"),
        // Small words.
        (word(#"ні"#), "нет"), (word(#"краще"#), "лучше"), (word(#"щось"#), "что-то"), (word(#"гарне|гарний|гарно|красиве"#), "красивое"),
        (word(#"це|цей|цю|ця"#), "это"), (word(#"тільки|лише"#), "только"), (word(#"ці|цих"#), "эти"), (word(#"спочатку"#), "сначала"), (word(#"потім"#), "потом"),
        (word(#"зараз"#), "сейчас"), (word(#"його|її"#), "его"), (word(#"з|із|зі|від"#), "с"), (word(#"і|й|та"#), "и"),
    ]

    /// Words only Ukrainian typed in Latin letters has (never English, nor Russian typed so).
    static let ukrainianLatinMarker = word(#"zroby|zrobit[ei]|holosnish[ey]|hučniše|huchnishe|tykhishe|tykhshe|bud'? laska|perekhid|perekhody|mizh|vydaly|prybery|dodaj|dodai|skasuj|skasui|korotshe|dovshe|vertykaln\p{L}*|chorno[- ]?bil\p{L}*|sekundy|sekunda"#)

    /// Ukrainian typed in Latin letters as English.
    static let ukrainianLatinAsEnglish: [(String, String)] = [
        (word(#"bud'? laska"#), "please"), (word(#"diakuiu|dyakuyu"#), "thanks"),
        (#"(\d+(?:\.\d+)?)\s*(?:sekund\p{L}*|sek)(?![\p{L}])"#, "$1 seconds"),
        (word(#"muzyk\p{L}* (?:trokhy )?(?:tykhishe|tykhshe)"#), "the music quieter"), (word(#"muzyk\p{L}* (?:trokhy )?(?:holosnish[ey]|huchnishe|hučniše)"#), "the music louder"),
        (word(#"tykhishe|tykhshe"#), "quieter"), (word(#"holosnish[ey]|huchnishe|hučniše"#), "louder"), (word(#"korotshe"#), "shorter"), (word(#"dovshe"#), "longer"),
        (word(#"plavn\p{L}* perekh(?:id|ody|odu)"#), "crossfade transitions"), (word(#"perekh(?:id|ody|odu)"#), "transitions"), (word(#"mizh (?:kadramy|klipamy|foto|scenamy)"#), "between clips"),
        (word(#"zroby|zrobit[ei]|stvory"#), "make"), (word(#"vydaly|prybery"#), "remove"), (word(#"dodaj|dodai"#), "add"), (word(#"skasuj|skasui"#), "undo"),
        (word(#"vertykaln\p{L}*"#), "vertical"), (word(#"chorno[- ]?bil\p{L}*"#), "black and white"), (word(#"muzyk\p{L}*"#), "the music"), (word(#"trokhy"#), "a bit"),
    ]
}
