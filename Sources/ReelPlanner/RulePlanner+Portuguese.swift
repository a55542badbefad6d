import Foundation

/// Requests written in Brazilian Portuguese, or Portuguese mixed with English ("make it 5 segundos mais
/// longo", "preto e branco please"), as the English the rules read: the editing vocabulary ("tira a música",
/// "coloca a legenda", "sem transição", "desfaz") and the shapes of a request ("a música tem que começar aos
/// 2 segundos" is "the music should start at 2 seconds", "5 segundos mais longo" "5 seconds longer", never a
/// 5 second video; "remove o barulho do vento" is a sound cleaned up, never a clip removed). Words in quotes
/// and file names are never translated. Read before the Spanish table, by a marker of words no Spanish,
/// English or French request has.
extension RulePlanner {
    /// Words only a Portuguese request has: its own verbs, nouns and small words (never a Spanish one:
    /// "coloca", "música", "segundos" are both languages', and count only beside a Portuguese article).
    static let portugueseMarker = word(#"pro (?:topo|meio|centro|rodapé|alto)|baixa|baixe|bocadinho|ecrã|telemóvel|telemovel|fica (?:como está|como esta|como estava|igual|assim)|sobe|desce|desça|(?:tira|tire|corta|corte|remove|diminui|reduz) \d+(?:[.,]\d+)? (?:segundos?|seg) (?:do|no) (?:vídeo|video)|não|você|vocês|põe|ponha|bote|tira|deixa|deixe|faz|faça|aumenta|aumente|diminui|diminua|abaixa|abaixe|desacelera|desfaz|desfaça|refaz|refaça|legendas?|clipes?|transição|transições|duração|tela|preto e branco|pra|pela metade|o dobro|no topo|embaixo|em cima|no início|no começo|no final|no fim|barulho|ruído|começar|começa|comece|agora|isso|isto|essa|esse|essas|esses|também|muito|obrigad[oa]|valeu|até|uma|depois|segundo depois|imagens|imagem|mais (?:baixa|baixo|alta|alto|longo|longa|curto|curta|rápido|rápida|devagar|lento|lenta|escuro|escura|claro|clara)|quanto tempo|oi|olá|fundo|com (?:as|os|essas|esses|estas|estes|um|uma)|e (?:a|o|as|os) (?=música|foto|vídeo|legenda|clipe|título)|(?:monta|monte|cria|crie|faz|faça) (?:um|uma|o)|no segundo|nos segundos|maior|tirar|abaixar|aumentar|diminuir|deixar|trocar|quantas|quantos|linha do tempo|mostra a timeline|o que tem|como (?:tá|está) o vídeo|repete|repita|embaralha|beleza|brilho|sem (?:zoom|transição|transições|música|legenda|legendas|título|fade|filtro|som|movimento)|por cento|quadrad[oa]|desfoca|desfoque|(?:posta|publica) n[oa]s?|exclui|exclua|amarelo|vermelho|dourado|câmera lenta|encurta|inverte|primeira|primeiro|(?:tá|está) (?:muito|alta|alto|baixa|baixo|longo|curto)|volta (?:atrás|como estava)|adiciona|adicione|acrescenta|cores|quente|inteiras?|inteiros?|cartão final|o que você|tem que|tem de|aos|(?:segundos?|seg) a (?:mais|menos)|(?:coloca|coloque|bota|tira|corta|remove|apaga|junta|exporta|usa|muda|troca|acelera|silencia|duplica|move|mostra|aplica|salva|salve|posta|publica) (?:o|os|um|ele|ela)"#)

    /// "coloca a legenda: Vista do mar", "título dizendo Partiu Bahia": the words of a text said without quotes
    /// are quoted first, so they are never translated.
    static func portugueseTextQuoted(_ text: String) -> String {
        replacing(text, #"(?<![\p{L}])((?:t[íi]tulo|legenda|texto|title|caption|text)\s*(?::|que diz|que diga|dizendo|escrito|com o texto)|saying|that says|dizendo|escrito)\s+(?!["“'‘«])([\p{L}\p{N}][^,;"“]*?)\s*(?=,|\s+e\s+(?:coloca|põe|bota|deixa|faz)\b|\s+(?:for|por|durante|from|de|at|aos|no|na|em)\s+(?:\d|o\b|os\b)|\s+(?:no (?:início|começo|final|fim|topo|meio)|em cima|embaixo|at the (?:top|bottom|start|end))\b|[.!?]?\s*$)"#, "$1 \"$2\"")
    }

    /// The numbers a request says in words before a unit ("três segundos", "duas fotos").
    static let portugueseNumbers: [(String, String)] = [
        ("dois|duas", "2"), ("três|tres", "3"), ("quatro", "4"), ("cinco", "5"), ("seis", "6"), ("sete", "7"),
        ("oito", "8"), ("nove", "9"), ("dez", "10"), ("quinze", "15"), ("vinte", "20"), ("trinta", "30"), ("quarenta", "40"), ("sessenta", "60"),
    ].map { (word($0.0) + #"(?= (?:segundos?|fotos?|clipes?|imagens?|vezes))"#, $0.1) } + [(word("um|uma") + #"(?= segundo\b)"#, "1")]

    /// Portuguese as English, longer phrases first.
    static let portugueseAsEnglish: [(String, String)] = portugueseNumbers + [
        // Courtesy and talk around a request.
        (word(#"por favor|pfv|pf"#), "please"), (word(#"(?:muito )?obrigad[oa]|valeu"#), "thanks"), (word(#"oi|olá|ola"#) + #"[!,.]*"#, "hi"),
        (word(#"ficou (?:ótimo|perfeito|bom|lindo)|perfeito"#) + #"[!.]*"#, "perfect"),
        // "o que você pode fazer?", "como funciona?": a question about Reel itself.
        (#"(?:^|(?<=[,.!]|[,.!]\s|\bhi\s))\s*"# + word(#"o que (?:você|vc) (?:pode|sabe|consegue) fazer|como (?:isso |isto )?funciona|ajuda|me ajuda"#) + #"\s*[?.!]*\s*$"#, "what can you do?"),
        // Never a removal said with "não": "não tira a música" keeps it, "sem mexer no título" too.
        (word(#"(?:não|nao) (?:tira|tire|remove|remova|apaga|apague|exclui|exclua|corta|corte|mexe|mexa|muda|mude|toca|toque)(?: (?:n[oa]s?|em))?"#), "keep"),
        (#",?\s*"# + word(#"sem (?:mexer|tirar|mudar|tocar)(?: (?:n[oa]s?|em))?"#), ", keep"),
        (word(#"(?:não|nao) (\p{L}+)"#) + #"(?= (?:o|a|os|as|ele|ela|isso)\b)"#, "don't $1"),
        // European Portuguese: "no ecrã do meu telemóvel fica muito escuro" (on my phone's screen it looks too dark): where it
        // looks that way is no request; "fica muito escuro" is a complaint, said as English says it.
        (word(#"(?:no|na|num) (?:ecrã|ecra|tela) d[oa] (?:meu |minha )?(?:telemóvel|telemovel|telefone|celular|portátil|computador|tablet)"#) + #"\s*,?\s*"#, ""),
        (word(#"(?:fica|ficam|está|esta|tá) (?:muito |demasiado |bem |um bocadinho |um pouco )?(?:escuro|escura|escuros|escuras)(?: demais)?"#), "it is too dark"),
        (word(#"(?:fica|ficam|está|esta|tá) (?:muito |demasiado |bem )?(?:claro|clara|claros|claras)(?: demais)?"#), "it is too bright"),
        (word(#"(?:põe|ponha|deixa|deixe|faz|faça|torna|torne)(?: (?:isso|isto|o vídeo|o video|a imagem))? (mais (?:claro|clara|escuro|escura))"#), "make it $1"),
        // "tira o som do b.mp4 mas deixa a música": that clip's own sound off, the music kept (it removed the music).
        (word(#"(?:tira|tire|tirar|remove|remova|corta|desliga|desligue) o (?:áudio|som)(?: original)? (?:d[oa]|ao|à|no|na) (?:clipe |clip |vídeo |video )?([\p{L}\p{N}_-]+\.(?:mp4|mov|m4v|webm)|(?:clipe|clip|vídeo|video) \d+)"#), "mute $1"),
        (#",?\s*"# + word(#"(?:mas|e) (?:deixa|deixe|mantém|mantem|mantenha|fica com|guarda) (?:a )?(?:música|musica|trilha)(?: de fundo)?(?: como está| como esta)?"#) + #"(?=\s*[.!]*\s*$)"#, ""),
        // "o clip b.mp4 fica como está" (stays as it is): left alone, beside a change of the others.
        (#",\s*"# + word(#"(?:e |mas )?(?:o |a )?(?:clipe |clip |vídeo |video )?([\p{L}\p{N}_-]+\.(?:mp4|mov|m4v|webm|jpe?g|png)) (?:fica|fique|mantém-se|mantem-se|continua) (?:como está|como esta|como estava|igual|assim)"#), ", leave $1 as it is"),
        // "um bocadinho mais" (a little more), "baixa a música" (lower it).
        (word(#"(?:um )?bocadinho|um bocado"#), "a bit"),
        // A complaint asks the opposite: "a música tá muito alta" is too loud.
        (word(#"(?:a |o )?(música|musica|som|volume) (?:tá|ta|está|esta|ficou) (?:muito |bem |meio )?(?:alta|alto)(?: demais)?|(?:a |o )?(música|musica|som|volume) (?:tá|ta|está|esta|ficou) (?:alta|alto) demais"#), "the music is too loud"),
        (word(#"(?:a |o )?(música|musica|som|volume) (?:tá|ta|está|esta|ficou) (?:muito |bem |meio )?(?:baixa|baixo)(?: demais)?"#), "the music is too quiet"),
        (word(#"(?:o )?(?:vídeo|video) (?:tá|ta|está|esta|ficou) (?:muito |bem |meio )?(?:longo|comprido)(?: demais)?"#), "the video is too long"),
        (word(#"(?:tá|ta|está|esta|ficou) (?:muito |meio )?(grande|pequeno|pequena|longo|longa|curto|curta|escuro|escura|claro|clara|rápido|rápida|lento|lenta)(?: demais)?"#), "is too $1"),
        // ("o vídeo do meio tá rápido demais": the adjective in English too; "is too rápido" was not understood.)
        (word(#"is too (?:rápido|rápida|rapido|rapida)"#), "is too fast"), (word(#"is too (?:lento|lenta)"#), "is too slow"),
        (word(#"is too (?:grande)"#), "is too big"), (word(#"is too (?:pequeno|pequena)"#), "is too small"),
        (word(#"is too (?:longo|longa)"#), "is too long"), (word(#"is too (?:curto|curta)"#), "is too short"),
        (word(#"is too (?:escuro|escura)"#), "is too dark"), (word(#"is too (?:claro|clara)"#), "is too bright"),
        (word(#"(?:o |a )?(clipe|foto|imagem) (\d+)"#), "$1 $2"),
        (word(#"(?:o )?(?:vídeo|video) (?:tá|ta|está|esta|ficou) (?:muito |bem |meio )?curto(?: demais)?"#), "the video is too short"),
        // Undo and redo, said alone: "não, desfaz isso", "volta como estava".
        (word(#"(?:não|nao)\s*,?\s*(?=desfaz|desfaça|volta)"#), ""),
        // "desfaz tudo", "começa de novo": every change, back to the video as first made.
        (word(#"(?:desfaz|desfaça|desfazer) tudo|(?:desfaz|desfaça|desfazer) todas as (?:alterações|mudanças)|(?:começa|comece|começar|recomeça|recomeçar)(?: de novo| do zero| tudo)?"#) + #"(?=\s*[.!]*\s*$)"#, "undo all changes"),
        (word(#"desfaz|desfaça|desfazer|volta(?: atrás| como estava| ao que era)"#) + #"(?: (?:isso|isto|a última(?: coisa| alteração| mudança)?|o último))?"#, "undo"),
        (word(#"refaz|refaça|refazer"#) + #"(?: (?:isso|isto))?"#, "redo"),
        // Questions: "quanto tempo tem o vídeo agora?", "quantas fotos tem?", "o que tem na timeline?".
        (word(#"quant[oa]s (fotos|clipes|vídeos|imagens) (?:tem|têm|há|existem)(?: n[oa] (?:vídeo|timeline|linha do tempo))?"#), "how many $1 are there"),
        (word(#"o que (?:tem|há) n[oa] (?:timeline|linha do tempo|vídeo)(?: agora)?|como (?:tá|está|ficou) o vídeo(?: agora)?|mostra (?:a timeline|a linha do tempo)"#), "show the timeline"),
        (#"^\s*"# + word(#"beleza|massa|show de bola|ótimo|top"#) + #"\s*[!.]*\s*$"#, "perfect"),
        (word(#"quanto tempo (?:tem|dura) o vídeo(?: agora)?|quanto (?:tempo )?(?:o vídeo )?dura(?: o vídeo)?(?: agora)?"#), "how long is the video"),
        // A sound cleaned up, never a clip removed: "remove o barulho do vento do b.mp4".
        (word(#"(?:o )?(?:barulho|ruído|som) do vento"#), "the wind noise"),
        (word(#"(?:o )?(?:barulho|ruído|chiado)(?: de fundo)?"#), "the background noise"),
        // "o vídeo do meio tá rápido demais, deixa em câmera lenta": that one in slow motion.
        (word(#"(?:deixa|deixe|coloca|coloque|põe|poe|bota)(?: ele| ela)? em (?:câmera|camera) lenta"#), "put it in slow motion"),
        // "do segundo 5 até o 9": from 5 to 9 seconds (a caption's time).
        (word(#"(?:do|a partir do|desde o) segundo (\d+(?:[.,]\d+)?) (?:até|ate|ao|a) (?:o )?(?:segundo )?(\d+(?:[.,]\d+)?)"#), "from $1 to $2 seconds"),
        // "um fade out de 2 no final": seconds, the unit left unsaid; "depois de 2 segundos": after.
        (word(#"fade[ -]?(in|out)((?: d[oa] preto| pro preto| para o preto)?) de (\d+(?:\.\d+)?)"#) + #"(?!\s*(?:segundos?|seg|s|ms|%)(?![\p{L}])|[.,]\d)"#, "fade $1$2 of $3 seconds"),
        (word(#"depois de"#) + #"(?= (?:uns |umas )?\d)"#, "after"),
        (word(#"(?:um |o )?(?:cartão|cartao)"#) + #"(?= com\b)"#, "a card"),
        // Lengths and times: "5 segundos mais longo", "de 0:04 até 0:08", "aos 2 segundos do vídeo", "pela metade".
        (word(#"meio segundo"#), "0.5 seconds"), (word(#"(\d+) vezes"#), "$1 times"), (#"(\d+),(\d+)(?=\s*segundos?(?![\p{L}]))"#, "$1.$2"),
        (#"(\d+(?:\.\d+)?)\s*(?:segundos?|seg)(?![\p{L}])"#, "$1 seconds"),
        (word(#"(?:coloca|coloque|põe|bota|adiciona|acrescenta|aumenta)(?: mais)? (\d+(?:\.\d+)?) seconds(?: a mais)? (?:no|ao|do) (?:vídeo|video)"#), "make the video $1 seconds longer"),
        (word(#"(?:tira|tire|corta|corte|remove|diminui|reduz) (\d+(?:\.\d+)?) seconds (?:do|no) (?:vídeo|video)"#), "make the video $1 seconds shorter"),
        (word(#"(?:pra|para) começar (\d+(?:\.\d+)?) seconds depois do (?:início|começo)(?: d[oa] (?:clipe|clip|vídeo|video))?"#), "to start $1 seconds in"),
        (word(#"(?:encurta|encurte|diminui|diminua|reduz|reduza|corta|corte)(?: o (?:vídeo|video))? em (\d+(?:\.\d+)?) seconds"#), "make the video $1 seconds shorter"),
        (word(#"(?:aumenta|aumente|alonga|alongue|estica|estique|prolonga|prolongue|estende)(?: o (?:vídeo|video))? em (\d+(?:\.\d+)?) seconds"#), "make the video $1 seconds longer"),
        (word(#"(?:tira|tire|corta|corte|remove|remova)(?: os primeiros)? (\d+(?:\.\d+)?) seconds? do (?:começo|início) d[oa]"#), "trim the first $1 seconds of the"),
        (word(#"(?:aumenta|aumente|diminui|diminua|muda|mude|deixa|deixe|coloca|coloque|põe)(?: o tempo| a duração)? d?[oa] (título|titulo|legenda|texto) (?:pra|para|com|em) (\d+(?:\.\d+)?) seconds"#), "make the $1 $2 seconds"),
        (word(#"(?:corta|corte|para|pare|termina|encerra|acaba com) (?:a )?(?:música|musica|trilha) (?:no segundo|aos|em|no) (\d+(?:\.\d+)?)(?: seconds)?"#), "end the music at $1 seconds"),
        (word(#"por (\d+(?:\.\d+)?) seconds|durante (\d+(?:\.\d+)?) seconds"#), "for $1$2 seconds"),
        (word(#"(?:tem que|tem de|deve|precisa) (?:ficar|aparecer|durar)(?: por)? (\d+(?:\.\d+)?) seconds"#), "should stay $1 seconds"),
        (word(#"(?:nos|durante os|nas|durante as) (últimos|últimas|primeiros|primeiras) (\d+(?:\.\d+)?) seconds"#), "for the $1 $2 seconds"),
        (word(#"(?:aumenta|aumente) o tamanho d[oa] (título|titulo|legenda|texto)"#), "make the $1 bigger"), (word(#"(?:diminui|diminua) o tamanho d[oa] (título|titulo|legenda|texto)"#), "make the $1 smaller"),
        (word(#"(\d+(?:\.\d+)?) seconds (?:mais longo|mais longa|a mais)"#), "$1 seconds longer"),
        (word(#"(\d+(?:\.\d+)?) seconds (?:mais curto|mais curta|a menos)"#), "$1 seconds shorter"),
        (word(#"(\d+(?:\.\d+)?) seconds (?:mais tarde|depois)(?! d[oa])"#), "$1 seconds later"),
        (word(#"(\d+(?:\.\d+)?) seconds (?:mais cedo|antes)(?! d[oa])"#), "$1 seconds earlier"),
        (word(#"(?:de|do|dos|desde) (\d+(?::\d\d)?(?:\.\d+)?)(?: seconds)? (?:até|a|ao|aos) (\d+(?::\d\d)?(?:\.\d+)?)( seconds)?"#), "from $1 to $2$3"),
        (word(#"(?:a partir d[oe]s?|desde o) (\d+(?::\d\d)?(?:\.\d+)?)( seconds)?"#), "from $1$2"),
        (word(#"(?:aos|no segundo|em) (\d+(?:\.\d+)?) seconds(?: d[oa] (?:vídeo|video))?|no segundo (\d+(?:\.\d+)?)"#), "at $1$2 seconds"),
        (word(#"(?:(?:corta|corte|reduz|reduza|diminui|diminua)(?: (?:a|o) (?:duração|tempo|vídeo|video)(?: d[oa] (?:vídeo|video))?)?|(?:deixa|deixe|faz|faça) (?:o vídeo|o video|ele|a duração)(?: com)?(?: a)?) (?:pela metade|metade(?: do tamanho| da duração)?)"#), "make the video half as long"),
        (word(#"(?:dobra|dobre)(?: (?:a|o) (?:duração|tempo|vídeo|video))?|(?:deixa|deixe|faz|faça) (?:o vídeo|o video|ele|a duração) (?:com )?o dobro(?: do tempo| da duração)?"#), "make the video twice as long"),
        (word(#"pela metade|metade do tamanho"#), "half as long"), (word(#"o dobro(?: do tempo| da duração)?|duas vezes mais longo"#), "twice as long"),
        (word(#"(?:um |o )?(?:vídeo|video) (quadrado|vertical|horizontal) de (\d+(?:\.\d+)?) seconds"#), "a $1 $2 second video"),
        (word(#"(?:um )?vídeo (quadrado|vertical|horizontal)"#), "a $1 video"),
        (word(#"(?:um |o )?(?:vídeo|video)(?: (?:pro|pra|para o|para) [\p{L} ]{1,20}?)? de (\d+(?:\.\d+)?) seconds"#), "a $1 second video"),
        // "a música tem que começar aos 2 segundos": that it start there; "pra começar" to start.
        (word(#"tem que|tem de|precisa|deve|devem"#) + #"(?= (?:começar|iniciar|entrar|terminar|acabar|durar|ficar))"#, "should"),
        (word(#"(?:pra|para) (?=começar|iniciar|terminar|acabar|durar|ficar)"#), "to "),
        (word(#"começar|começa|comece|começarem|iniciar|inicia|entrar|entra"#), "start"), (word(#"terminar|termina|acabar|acaba"#), "end"),
        (word(#"depois do início d[oa]|depois do começo d[oa]"#), "after the start of the"),
        // Sound: "deixa a música mais baixa", "abaixa o volume", "música em 20%".
        (word(#"(?:a |o )?(música|musica|volume|som|trilha)\s+(?:um pouco |bem |mais )*(?:baixa|baixo|baixinho|baixinha)"#), "the $1 quieter"),
        (word(#"(?:a |o )?(música|musica|volume|som|trilha)\s+(?:um pouco |bem |mais )*(?:alta|alto)"#), "the $1 louder"),
        (word(#"(\d+(?:[.,]\d+)?)\s*por ?cento"#), "$1%"), (word(#"em (\d+(?:[.,]\d+)?)\s*%"#), "at $1%"), (word(#"em (mp4|mov|gif)"#), "as $1"),
        (word(#"mais baixa|mais baixo"#), "quieter"), (word(#"mais alta|mais alto"#), "louder"),
        (word(#"mais rápido|mais rápida|mais rapido"#), "faster"), (word(#"mais devagar|mais lento|mais lenta"#), "slower"),
        (word(#"mais longo|mais longa|mais comprido|mais comprida"#), "longer"), (word(#"mais curto|mais curta"#), "shorter"),
        (word(#"mais escuro|mais escura"#), "darker"), (word(#"mais claro|mais clara|mais brilhante"#), "brighter"),
        (word(#"maior"#), "bigger"), (word(#"menor"#), "smaller"),
        (word(#"grande"#), "big"), (word(#"pequeno|pequena"#), "small"), (word(#"longo|longa|comprido"#), "long"), (word(#"curto|curta"#), "short"),
        (word(#"escuro|escura"#), "dark"), (word(#"claro|clara"#), "bright"), (word(#"(?<!câmera |camera )(?:lento|lenta)"#), "slow"),
        // "sobe ela pro topo", "joga a legenda lá pra baixo", "leva isso pro meio" (a text just added or named): that text
        // moved there ("sobe o volume" has no place: louder).
        (word(#"(?:sobe|suba|subir|leva|leve|levar|joga|jogue|manda|mande|move|mova|passa|passe|coloca|coloque|põe|ponha|bota|bote|arrasta|arraste|muda|mude|desce|desça|descer|abaixa|abaixe)(?: (?:ela|ele|isso|isto|essa|esse|ela toda|ele todo))?(?: (?:lá|la|bem|um pouco|mais))? (?:(?:pro|para o|pra o|até o|lá no) topo|(?:pra|para|pro) (?:cima|alto)|(?:pra|para) (?:a )?parte de cima)"#), "move it to the top"),
        (word(#"(?:sobe|suba|leva|leve|joga|jogue|manda|mande|move|mova|passa|passe|coloca|coloque|põe|ponha|bota|bote|arrasta|arraste|muda|mude|desce|desça|descer|abaixa|abaixe)(?: (?:ela|ele|isso|isto|essa|esse))?(?: (?:lá|la|bem|um pouco|mais))? (?:(?:pra|para|pro) baixo|(?:pra|para) (?:a )?parte de baixo|pro rodapé|pro pé da tela|(?:pro|para o|pra o) (?:fundo|final) da tela)"#), "move it to the bottom"),
        (word(#"(?:leva|leve|joga|jogue|manda|mande|move|mova|passa|passe|coloca|coloque|põe|ponha|bota|bote|arrasta|arraste|muda|mude)(?: (?:ela|ele|isso|isto|essa|esse))? (?:pro|para o|pra o) (?:meio|centro)(?: da tela)?"#), "move it to the center"),
        // "põe ela no topo", "deixa ela embaixo": the text just added (a pronoun, never "coloca a legenda 'X' no topo", a new one).
        (word(#"(?:sobe|leva|joga|manda|move|mova|passa|coloca|coloque|põe|ponha|bota|bote|deixa|deixe|muda|mude) (?:ela|ele|essa|esse)(?: lá)? (?:no topo|em cima|no alto)"#), "move it to the top"),
        (word(#"(?:desce|leva|joga|manda|move|mova|passa|coloca|coloque|põe|ponha|bota|bote|deixa|deixe|muda|mude) (?:ela|ele|essa|esse)(?: lá)? (?:embaixo|em baixo|no rodapé)"#), "move it to the bottom"),
        (word(#"(?:leva|joga|manda|move|mova|passa|coloca|coloque|põe|ponha|bota|bote|deixa|deixe|muda|mude) (?:ela|ele|essa|esse) (?:no meio|no centro)"#), "move it to the center"),
        (word(#"(?:sobe|suba|leva|leve|joga|jogue|manda|mande|move|mova|passa|passe|arrasta|arraste|desce|desça) ((?:a|o|essa|esse) (?:legenda|título|titulo|texto))(?: (?:lá|la|bem))? (?:(?:pro|para o|pra o|até o|lá no) topo|(?:pra|para|pro) (?:cima|alto))"#), "move $1 to the top"),
        (word(#"(?:sobe|suba|leva|leve|joga|jogue|manda|mande|move|mova|passa|passe|arrasta|arraste|desce|desça) ((?:a|o|essa|esse) (?:legenda|título|titulo|texto))(?: (?:lá|la|bem))? (?:(?:pra|para|pro) baixo|pro rodapé)"#), "move $1 to the bottom"),
        // Places: "no topo", "embaixo", "no início".
        (word(#"(?:lá )?no topo|(?:lá )?em cima|na parte de cima|pra cima|para cima"#), "at the top"),
        (word(#"(?:lá )?embaixo|em baixo|na parte de baixo|pra baixo|para baixo"#), "at the bottom"),
        (word(#"no (?:início|começo)"#), "at the start"), (word(#"no (?:final|fim)"#), "at the end"), (word(#"no (?:meio|centro)"#), "in the middle"),
        (word(#"(?:à|a|na) (direita|esquerda)"#), "$1"), (word(#"direita"#), "right"), (word(#"esquerda"#), "left"),
        (word(#"depois d[oa]"#) + #"(?= (?:clipe|clip|foto|imagem|vídeo|video)s? \d)"#, "after"), (word(#"antes d[oa]"#) + #"(?= (?:clipe|clip|foto|imagem|vídeo|video)s? \d)"#, "before"),
        (word(#"depois d[oa]"#), "after the"), (word(#"antes d[oa]"#), "before the"),
        (word(#"no|na|nos|nas"#) + #"(?= (?:clipe|clip|vídeo|video|foto|imagem|título|legenda|texto)s?\b)"#, "on the"),
        // Verbs, said first as in English.
        (word(#"(?:coloca|coloque|põe|ponha|bota|bote|adiciona|adicione|acrescenta|acrescente|inclui|inclua)"#) + #"(?= (?:um|uma|umas|uns) )"#, "add"),
        (word(#"(?:coloca|coloque|põe|ponha|bota|bote) (?:ele|ela|eles|elas)|coloca-o|coloca-a|coloque-o|coloque-a|põe-no|põe-na"#), "put it"),
        (word(#"coloca|coloque|põe|ponha|bota|bote"#), "put"), (word(#"adiciona|adicione|acrescenta|acrescente|inclui|inclua"#), "add"),
        (word(#"(?:tira|tire|remove|remova|apaga|apague|exclui|exclua|deleta) (?:ele|ela|isso|isto)"#), "remove it"),
        (word(#"(?:tira|tire|tirar|remove|remova|corta|desliga) o (?:áudio|som)(?: original)? d[oa]s?"# + #"(?= (?:clipes|vídeos))"#), "mute the"),
        (word(#"tira|tirar|remover|remova|apaga|apagar|apague|exclui|exclua|excluir|deleta|tire(?= (?:o|os|a|as|um|uma) )"#), "remove"),
        (word(#"(?:deixa|deixe|faz|faça|torna|torne) (?:ele|ela|isso)"#), "make it"),
        (word(#"deixa|deixe|deixar|faz|faça|fazer|faça-me|cria|crie|monta|monte|torna|torne"#), "make"), (word(#"colocar|pôr|botar"#), "put"),
        (word(#"repete|repita|repetir"#) + #"(?= (?:a|the) (?:música|musica|music))"#, "loop"), (word(#"em loop"#), "on loop"), (word(#"embaralha|embaralhe"#), "shuffle"),
        (word(#"(?:troca|troque|inverte|inverta) (?:de lugar )?(?:o |a )?((?:clipe|foto|imagem) \d+) (?:com|e|pel[oa]) (?:o |a )?((?:clipe|foto|imagem) \d+)"#), "swap $1 and $2"),
        (word(#"inverte|inverta"#), "reverse"), (word(#"ordem"#), "order"),
        (word(#"corta|corte|recorta|recorte|apara|apare"#), "trim"), (word(#"encurta|encurte"#), "shorten"),
        (word(#"desfoca|desfoque|borra|embaça"#), "blur"), (word(#"traduz|traduza|traduzir"#), "translate"), (word(#"posta|poste|publica|publique"#), "post"),
        (word(#"aumenta|aumente|aumentar|sobe|suba"#), "raise"), (word(#"diminui|diminua|diminuir|abaixa|abaixe|abaixar|baixa|baixe"#), "lower"),
        (word(#"muda|mude|mudar|troca|troque|trocar|altera|altere"#), "change"),
        (word(#"acelera|acelere"#), "speed up"), (word(#"desacelera|desacelere"#), "slow down"),
        (word(#"usa|use|utiliza|utilize"#), "use"),
        (word(#"move|mova|passa|passe|arrasta|arraste|leva"#), "move"), (word(#"duplica|duplique"#), "duplicate"),
        (word(#"silencia|silencie|muta|mute"#), "mute"),
        (word(#"exporta|exporte|salva|salve|renderiza|renderize"#) + #"(?: (?:o|ele))?"#, "export"),
        (word(#"junta|junte|une"#), "put together"), (word(#"quero|preciso"#), "i want"), (word(#"você pode|pode|dá pra"#), "can you"),
        // Things.
        (word(#"(?:música|musica|trilha|som) de fundo"#), "background music"), (word(#"fundo desfocado"#), "blurred background"), (word(#"fundo"#), "background"),
        (word(#"música|musica|trilha sonora"#), "music"), (word(#"legendas"#), "captions"), (word(#"legenda"#), "caption"),
        (word(#"título|titulo"#), "title"), (word(#"texto"#), "text"), (word(#"fotos"#), "photos"), (word(#"foto"#), "photo"),
        (word(#"imagens"#), "images"), (word(#"imagem"#), "image"), (word(#"vídeos"#), "videos"), (word(#"vídeo"#), "video"),
        (word(#"clipes"#), "clips"), (word(#"clipe"#), "clip"), (word(#"transições"#), "transitions"), (word(#"transição"#), "transition"),
        (word(#"duração|tamanho"#), "length"), (word(#"tela cheia"#), "full screen"), (word(#"tela"#), "screen"), (word(#"quadrado"#), "square"),
        (word(#"(?:em )?preto e branco|(?:em )?preto-e-branco"#), "black and white"), (word(#"velocidade"#), "speed"), (word(#"filtro"#), "filter"),
        (word(#"cartão final|cartela final|tela final"#), "end card"), (word(#"(?:um )?fade (?:para o|pro|ao|no) preto entre (?:os clip(?:e)?s|as (?:fotos|photos)|tudo|todos|todas)"#), "fade through black transitions"),
        (word(#"(?:um )?fade (?:para o|pro|ao|no) preto"#), "a fade through black"),
        (word(#"cores mais vivas|cores mais vivas"#), "more vivid colours"), (word(#"cores"#), "colours"), (word(#"mais quente|mais quentinho"#), "warmer"), (word(#"mais frio|mais fria"#), "cooler"),
        (word(#"quente"#), "warm"), (word(#"frio|fria"#), "cool"), (word(#"mostra|mostre"#), "show"), (word(#"inteiras?|inteiros?|completas?|completos?"#), "in full"),
        (word(#"aplica|aplique"#), "apply"), (word(#"normaliza|normalize"#), "normalize"),
        // "faz a música sumir aos poucos no final, uns 3 segundos": the music's fade out (it asked whether the video should be 3 s).
        (word(#"(?:faz |faça |deixa |make )?(?:a |the )?(?:música|musica|music) (?:sumir|ir sumindo|desaparecer|abaixar) (?:aos poucos|devagar|gradualmente)(?: no final| no fim| at the end)?,? (?:em |de |uns |umas |durante |about )*(\d+(?:[.,]\d+)?) (?:segundos?|seconds?)"#), "fade the music out over $1 seconds"),
        // "metade da velocidade": half speed; "a primeira foto fica 6 segundos": lasts that long.
        (word(#"(?:na |com |a )?metade (?:da|of the) (?:velocidade|speed)|(?:na |a )?meia velocidade"#), "at half speed"),
        (word(#"fica|ficar|dura|durar"#) + #"(?= (?:uns |umas |por |about )?\d+(?:[.,]\d+)? (?:segundos?|seconds?))"#, "lasts"),
        (word(#"câmera lenta|camera lenta"#), "slow motion"), (word(#"brilho"#), "brightness"), (word(#"contraste"#), "contrast"), (word(#"saturação"#), "saturation"),
        (word(#"(?:a |o )?(photo|clip|image|video) (?:of the|do) meio"#), "the middle $1"), (word(#"mais quentes"#), "warmer"), (word(#"formato"#) + #"(?= (?:quadrado|square|vertical|horizontal)\b)"#, "make it"), (word(#"no|na"#) + #"(?= (?:instagram|tiktok|youtube|facebook|reels|stories|whatsapp)\b)"#, "on"),
        (word(#"eco"#), "echo"), (word(#"rosto|rostos|cara"#), "face"), (word(#"inglês|ingles"#), "english"), (word(#"salva|salve"#) + #"(?= (?:o|o vídeo|ele)\b)"#, "export"),
        (word(#"amarelo|amarela"#), "yellow"), (word(#"vermelho|vermelha"#), "red"), (word(#"azul"#), "blue"), (word(#"verde"#), "green"), (word(#"branco|branca"#), "white"),
        (word(#"preto|preta"#), "black"), (word(#"rosa"#), "pink"), (word(#"laranja"#), "orange"), (word(#"dourado|dourada"#), "gold"),
        (word(#"começo|início|inicio"#), "start"),
        (word(#"som"#), "sound"), (word(#"áudio"#), "audio"), (word(#"(?:uma )?transição suave|fade"#), "fade"),
        // Small words.
        (word(#"cada"#), "each"), (word(#"entre (?:tudo|todos|todas)(?: os clipes| as fotos)?"#), "between all clips"),
        (word(#"primeiros|primeiras|primeiro|primeira"#), "first"), (word(#"últimos|últimas|último|última|ultimos|ultimas|ultimo|ultima"#), "last"), (word(#"segundo|segunda"#) + #"(?= (?:clip|photo|video|image))"#, "second"),
        (word(#"todas as|todos os"#), "all the"), (word(#"todas|todos|tudo"#), "all"),
        (word(#"sem"#), "no"), (word(#"com"#), "with"), (word(#"(?:e )?(?:depois|então|aí)"#), "then"),
        (word(#"agora"#), "now"), (word(#"também"#), "too"), (word(#"muito|bem"#), "very"), (word(#"um pouco|um pouquinho"#), "a bit"),
        (word(#"só|somente|apenas"#), "only"), (word(#"isso|isto|essa|esse|essas|esses|esta|este"#), "that"), (word(#"ele|ela"#), "it"),
        (word(#"mais"#), "more"), (word(#"menos"#), "less"), (word(#"(?:que )?diz|dizendo|escrito"#), "saying"),
        (word(#"pro|pra|para o|para a|para"#) + #"\s*$"#, "to "),
        (word(#"pro|pra|para o|para a|para"#) + #"(?= ["“'‘«\d]|(?: o)? (?:inglês|english|português|espanhol))"#, "to"),
        (word(#"pro|pra|para o|para a|para"#) + #"(?= \p{L})"#, "for"), (word(#"do(?= \p{L})(?! (?:it|that|this|not|the|a|you|i)\b)|da|dos|das"#), "of the"), (word(#"em"#), "in"),
        (word(#"o|os"#), "the"), (word(#"as"#) + #"(?= (?:(?:last|first|second|third|other|new|whole) )?(?:music|captions|titles|photos|images|transitions|clips|videos|texts)\b)"#, "the"), (word(#"a"#) + #"(?= (?:(?:last|first|second|third|other|new|whole) )?(?:music|caption|title|photo|image|transition|length|screen|speed|clip|video|order|colours|sound|audio|filter|background|end card|text)s?\b)"#, "the"),
        (word(#"um|uma"#), "a"), (word(#"e"#), "and"), (word(#"de"#), "of"),
    ]
}
