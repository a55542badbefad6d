import Foundation

/// Requests written in French, or French mixed with English ("can you make it en noir et blanc ?"), as the
/// English the rules read: the editing vocabulary ("30 secondes", "la musique moins forte", "noir et blanc",
/// "pas de transitions", "annule") and the shapes of a request ("rends la vidéo 3 secondes plus courte" is
/// "make the video 3 seconds shorter", "la musique doit commencer à 3 secondes" "the music should start at
/// 3 seconds"). Words in quotes (« guillemets ») and file names are never translated; the answer stays in
/// English. Checked by one marker pattern of words no English, Spanish or Portuguese request has.
extension RulePlanner {
    /// Words only a French request has (never an English, Spanish or Portuguese word, or part of a file name).
    static let frenchMarker = word(#"secondes?|durée|carrée|crée|créez|couleurs|lumineux|lumineuse|affiche|rétablis|rétablir|refais|remets|carton de fin|musique|vidéos?|titre|sous-titres?|légende|fondu|noir et blanc|baisse|baisser|monter|mets|mettez|mets-la|mets-le|enlève|enlever|enlevez|supprime|supprimer|supprimez|ajoute|ajouter|ajoutez|annule|annuler|reviens|arrière|coupe|couper|coupez|baisse-la|baisse-le|monte-la|monte-le|ne|remplace|toutes|parfait|inverse (?:la|le|les)|première|premier|dernière|deuxième|troisième|déplace|déplacer|combien|arrête|arrêter|s'arrêter|allonge|rallonge|raccourcis|raccourcir|vitesse|couleur|plus chaude?|plus lente?|plus rapide|plus vite|deux fois plus|accélère|accélérer|ralentis|ralentir|garde|gardez|exporte|exporter|exportez|rends|rends-la|rends-le|passe|plus courte?|plus longue?|chaque|doit|doivent|durer|commencer|commence|peux-tu|pouvez-vous|stp|svp|s'il (?:te|vous) pla[iî]t|merci|carré|sépia|accéléré|ralenti|au noir|du milieu|en ce moment|plutôt|un peu|un petit peu|encore moins|encore plus|dernières|derniers|premières|premiers|moins fort|plus fort|sans (?:musique|transitions?|fondus?|toucher|supprimer|enlever|la|le|les)|pas de|c'est combien|fais|fais-moi|faites|chanson|le son|en fond|faire|si je|moins? fort|moin forte?|musiqe|muzique|entend|entends|celle-là|celui-là|je voulais dire|je préfère|puis|ensuite|textes|encore|l'autre|toune|tounes|tsé|pis|quétaine|de même"#)

    /// "met la musik moin fort stp": a French request typed fast, its common misspellings put right first (read before
    /// the German words, so "musik" is never German there). Only read in a request with a French marker.
    static let frenchSpellings: [(String, String)] = [
        (word(#"musik|musiq|musiqe|musqiue|muzik|muzique"#), "musique"), (word(#"moin"#), "moins"),
        (word(#"(moins|plus) (?:for|forr|fore)"#), "$1 fort"), (word(#"met"#) + #"(?=\s+(?:la|le|les|l'|un|une|moi|ça|des)\b)"#, "mets"),
        (word(#"enleve|enlêve|enlév"#), "enlève"), (word(#"suprime|supprimme|suprimme"#), "supprime"), (word(#"ajoutte|ajoue"#), "ajoute"),
        (word(#"tro"#) + #"(?=\s+(?:fort|forte|long|longue|court|courte|bas|basse))"#, "trop"),
        // Québécois: "la toune" is the song, "pis" and, "ben trop" much too, "on entend pu rien" nothing any more, "tsé" a
        // filler ("en noir pis blanc", "la musique est ben trop forte, on entend pu rien tsé").
        (word(#"la toune|ma toune|cette toune"#), "la musique"), (word(#"les tounes"#), "les chansons"), (word(#"toune"#), "musique"),
        (word(#"pis"#), "et"), (word(#"ben"#) + #"(?=\s+(?:trop|plus|moins|fort|forte|gros|long|longue|court|courte|bon|beau|belle)\b)"#, "bien"),
        (word(#"pu"#) + #"(?=\s+(?:rien|personne|la|le|les|de|d'|du|ça)\b)"#, "plus"),
        (#"\s*,?\s*"# + word(#"tsé|t'sais|tsais|tu sais"#) + #"(?:\s+là)?"#, ""), (#"(?<=\p{L})\s+là\s*(?=[?!.]*\s*$)"#, ""),
        // "enlève la toune complètement, c'est trop quétaine": all of it; why, said after (never a request of its own).
        (word(#"(enlève|enlever|enlevez|supprime|supprimez|retire|retirez|coupe|coupez) (la musique|la chanson)(?: complètement| au complet| toute| entièrement| pour de bon)"#), "$1 $2"),
        (#"\s*[,.;]\s*"# + word(#"c'est|c'était|ça fait|ça sonne|elle est|il est"#) + #"\s+(?:(?:ben|bien|trop|vraiment|full|tellement|un peu|pas mal) )*"# + word(#"quétaine|quetaine|kétaine|laid|laide|laite|plate|poche|moche|nul|nulle|cheap|kitsch|ordinaire|flou|floue"#) + #"\s*[.!]*\s*$"#, ""),
        // "fais partir la musique (juste) à 5 secondes", "la toune part à 5 secondes": the music starts there.
        (word(#"(?:fais|faites|fait|fais-moi) (?:partir|commencer|démarrer|jouer|embarquer|rentrer|entrer) (la musique|la chanson)(?: juste| seulement| rien que)?"#), "$1 doit commencer"),
        (word(#"(la musique|la chanson) (?:part|embarque|rentre|commence|démarre)(?: juste| seulement)?"#) + #"(?=\s+(?:à|a|après)\s+\d)"#, "$1 doit commencer"),
        // "pis le clip tu le laisses de même", "laisse la vidéo comme ça": that one kept as it is.
        (#"\s*,?\s*(?:et\s+)?"# + word(#"(le clip|la vidéo|le vidéo|les vidéos|les clips|la musique|le titre|les photos)\s*,?\s*(?:tu (?:le |la |les |l'))?(?:laisses?|laissez|gardes?|gardez)(?:-le|-la|-les)?\s+(?:ça\s+)?(?:de même|comme ça|comme il est|comme elle est|comme ils sont|tel quel|telle quelle|tels quels|pareil|tranquille)"#), ", keep $1 as it is"),
        // "le titre, il est où là?": where the title is, asked.
        (word(#"(?:le |la )?(titre|texte|légende|sous-titre|musique)\s*,?\s*(?:il|elle) est où|où est (?:le |la )?(titre|texte|légende|sous-titre|musique)|il est où (?:le |la )?(titre|texte|légende|sous-titre)"#) + #"(?:\s+là)?\s*\??"#, "where is the $1$2$3?"),
    ]

    /// "ajoute le titre Boulangerie Martin": the words of a text said without quotes are quoted first, so they are never translated.
    /// "remplace « Hello » par « Pain chaud »": the old words replaced with the new ("par" between two quotes is "with").
    static func frenchTextQuoted(_ text: String) -> String {
        let quote = #"(?:«\s*([^»"]*?)\s*»|"([^"]*)"|“([^”"]*)”)"#
        var replaced = replacing(text, #"(?<![\p{L}])(?:remplace|remplacez|remplacer|change|changez)\s*"# + quote + #"\s*(?:par|en)\s*"# + quote, "replace \"$1$2$3\" with \"$4$5$6\"")
        // "le titre « Hello » ne me plaît pas, mets « Bonjour »": the text named in quotes, found wanting, and its new words.
        replaced = replacing(replaced, #"(?<![\p{L}])(?:le |la |ce |cette )?(titre|texte|sous-titre|légende)\s*"# + quote + #"\s*(?:c'est |ce n'est |n'est |est |ça |ne )?(?:vraiment |pas du tout )?(?:pas (?:bon|bien|terrible|top|génial|joli|beau|correct)|nul|moche|faux|va pas|me plaît pas|me va pas|convient pas)\s*[,.;:!]*\s*(?:(?:remplace|remplacez|remplace-le|remplace-la|change|changez|change-le|change-la|mets|mettez|écris|écrivez|je veux|je voudrais)(?: plutôt)?(?: (?:par|en|avec))?|plutôt|à la place)\s*(?=["“«])"#, "change the $1 to ")
        return replacing(replaced, #"(?<![\p{L}])((?:ajoute|ajoutez|mets|mettez)(?: un| le| une| la)? (?:titre|sous-titre|légende|texte))\s*:?\s+(?!["“'‘«])((?-i:\p{Lu})[^,;"“«]*?)\s*(?=[.!?]?\s*$)"#, "$1 \"$2\"")
    }

    /// French as English, longer phrases first.
    static let frenchAsEnglish: [(String, String)] = [
        // Courtesy: "s'il te plaît", "stp", "merci"; "peux-tu …?".
        (word(#"s'il (?:te|vous) pla[iî]t|stp|svp"#), "please"), (word(#"merci(?: beaucoup| bien)?"#), "thanks"),
        // "la musique est trop forte, on entend plus rien": a complaint asks the opposite (the music lower); "on n'entend
        // plus rien" beside it is why ("on n'entend pas la musique" said alone: the music too quiet).
        (word(#"(?:la |le )?(?:musique|chanson|son|volume)(?: de fond)? (?:est |c'est |et )?(?:beaucoup |bien |vraiment |un peu |carrément |beaucoup )?trop (?:forte?|haute?|bruyante?|fort)"#), "the music is too loud"),
        (word(#"(?:la |le )?(?:musique|chanson|son|volume)(?: de fond)? (?:est |c'est |et )?(?:beaucoup |bien |vraiment |un peu )?trop (?:basse?|faible|douce)"#), "the music is too quiet"),
        // "la musique couvre les voix", "la musique est trop présente", "on entend trop la musique": too loud, said another way.
        (word(#"(?:la |le )?(?:musique|chanson)(?: de fond)? (?:couvre|écrase|cache|mange|noie) (?:tout|les voix|la voix|le son|les paroles|le reste)|(?:la |le )?(?:musique|chanson)(?: de fond)? (?:est |c'est )?(?:beaucoup |bien |vraiment |un peu )?trop (?:présente|envahissante)|on (?:entend|n'entend) (?:que|trop) (?:la musique|la chanson)"#), "the music is too loud"),
        (word(#"on (?:n'|ne )?(?:entend|entends|comprend) (?:plus |pas |presque )?(?:rien|personne|les voix|la voix|ce qu'(?:il|elle|ils|elles|on) dit)"#), "you can't hear anything"),
        (word(#"on (?:n'|ne )?(?:entend|entends) (?:plus|pas|presque pas|à peine|mal) (?:la musique|la chanson)|on (?:n'|ne )?entend (?:la musique|la chanson) (?:que dalle|à peine|mal)"#), "the music is too quiet"),
        // "le titre Hello c'est pas bon, remplace par « X »", "le texte ne va pas, mets plutôt « X »": the text's words changed
        // (it changed the title to "Hello c'est pas bon").
        (word(#"(?:le |la |ce |cette )?(titre|texte|sous-titre|légende)(?: ["“«]?[^,;«»"“”]{1,40}?["”»]?)? (?:c'est |ce n'est |n'est |est |ça |ne )?(?:vraiment |pas du tout )?(?:pas (?:bon|bien|terrible|top|génial|joli|beau|correct|ça)|nul|moche|faux|va pas|me plaît pas|me va pas|convient pas)"#) + #"\s*[,.;:!]*\s*"# + word(#"(?:remplace|remplacez|remplace-le|remplace-la|change|changez|change-le|change-la|mets|mettez|écris|écrivez|je veux|je voudrais)(?: plutôt)?(?: (?:par|en|avec))?|plutôt|à la place"#), "change the $1 to"),
        // "que peux-tu faire ?", "comment ça marche ?": a question about Reel itself.
        (#"(?:^|(?<=[,.!]|[,.!]\s|\bhi\s))\s*"# + word(#"(?:qu'est-ce que |que |qu')?(?:tu peux|peux-tu|vous pouvez|pouvez-vous|sais-tu|tu sais) faire|comment (?:ça|ca|cela) (?:marche|fonctionne)|aide(?:-moi)?"#) + #"\s*[?.!]*\s*$"#, "what can you do?"),
        // "si je la raccourcis et que ça ne me plaît pas, je peux revenir en arrière ?": whether a change can be taken back.
        (word(#"si je (?:la |le |les |l')?\p{L}+"#), "if i change it"),
        (word(#"(?:et )?(?:que |si )?(?:ça|ca|cela) ne me (?:pla[iî]t|convient|va) pas|(?:et )?(?:que )?je n'aime pas"#), "and i don't like it"),
        (word(#"(?:est-ce que )?(?:je peux|je pourrai|je pourrais|on peut|on pourra|puis-je) (?:revenir en arrière|revenir|annuler|défaire)"#), "can i go back"),
        (word(#"peux-tu|pouvez-vous|tu peux|vous pouvez|est-ce que tu peux"#), "can you"),
        // Questions and undo.
        (word(#"c'est combien de temps|ça dure combien de temps|ça dure combien|combien de temps (?:dure|fait) (?:la vidéo|le film)|(?:quelle est|c'est quoi) la durée(?: totale| actuelle)?(?: (?:de la vidéo|du montage|du film))?|combien de secondes (?:dure|fait) (?:la vidéo|le montage|le film|elle)"#) + #"(?:\s+(?:en ce moment|maintenant|actuellement))?\s*\??"#, "how long is the video?"),
        (word(#"combien (?:de|d') ?(photos|vidéos|clips|images)(?: (?:il y a|y a-t-il))?|il y a combien (?:de|d') ?(photos|vidéos|clips|images)"#), "how many $1$2 are there"),
        (word(#"(?:la vidéo|elle|ça) (?:fait|dure) combien(?: de (?:secondes|temps))?|combien de temps (?:fait|dure) (?:la vidéo|le montage)"#), "how long is the video"),
        (word(#"c'est (?:bien|bon|parfait|super|génial|top)|parfait|génial|nickel"#), "perfect"),
        (word(#"qu'est-ce qu'il y a (?:dans|sur) la timeline"#), "what's in the timeline"),
        (word(#"en ce moment|maintenant|actuellement"#) + #"(?=\s*[?.!]?\s*$)"#, ""),
        // "encore un peu moins" said alone, after a change: a bit less of it ("encore un peu plus" a bit more).
        (#"^\s*(?:non,?\s*)?"# + word(#"(?:encore )?(?:un peu|un petit peu|légèrement|un poil) moins|encore moins"#) + #"\s*[.!]*\s*$"#, "a bit less"),
        (#"^\s*(?:non,?\s*)?"# + word(#"(?:encore )?(?:un peu|un petit peu|légèrement|un poil) plus|encore plus"#) + #"\s*[.!]*\s*$"#, "a bit more"),
        // "encore un peu stp", "plus encore", "un peu plus" (after lowering the music): a bit more of the same change ("encore"
        // alone may be "again": asked).
        (#"^\s*(?:(?:oui|ok|d'accord|pas assez|c'est pas assez|ce n'est pas assez|toujours trop)\s*[,.!]*\s*)?"# + word(#"encore(?: un peu| un petit peu| un poil| un chouia)(?: plus)?|encore plus|plus encore|un peu plus|un petit peu plus"#) + #"(?:\s*,?\s*(?:please|merci))?\s*[.!]*\s*$"#, "a bit more"),
        // "annule tout", "recommence": every change, back to the video as first made.
        (word(#"annule(?:r)? (?:tout|toutes les modifications|tous les changements)|recommence(?:r)?(?: (?:à zéro|depuis le début|tout))?|on recommence"#) + #"(?=\s*[.!]*\s*$)"#, "undo all changes"),
        (word(#"annule(?: ça| la dernière modification| le dernier changement)?|annuler|reviens en arrière|retour en arrière"#), "undo"),
        // Negation never removes: "ne supprime pas la musique" is "don't remove the music", "sans toucher au titre" keeps it.
        (word(#"(?:ne |n')(?:supprime|supprimez|enlève|enlevez|coupe|coupez|retire|retirez|touche|touchez|change|changez)(?:-la|-le|-les)? pas(?: à| au| aux)?"#), "keep"),
        (word(#"(?:ne |n')(\p{L}+)(?:-(?:la|le|les))? pas(?: à| au| aux)?"#), "don't $1"),
        (#",?\s*"# + word(#"sans (?:supprimer|enlever|couper|toucher|retirer|changer)(?: à| au| aux)?"#), ", keep"),
        (word(#"pas de fondu au noir|sans fondu au noir"#), "no fade to black"),
        // "enlève tous les textes, je préfère sans": why, beside the removal (never a request of its own).
        (#"(?<=[,.;!])\s*"# + word(#"(?:je (?:préfère|préférerais|l'aime|les aime|la préfère|le préfère|les préfère|trouve ça mieux)|c'est mieux|ça rend mieux|c'est plus joli|c'est plus propre)(?: (?:mieux|plus))? sans(?: (?:eux|elles|ça|lui|texte|textes|titre|musique))?"#) + #"\s*[.!]*\s*$"#, ""),
        (word(#"coupe(?:z|r)? les (\d+) (?:dernières|derniers) (?:secondes|seconds)"#), "take $1 seconds off the end"),
        (word(#"baisse-la|baisse-le|baissez-la|baissez-le"#) + #"(?: juste| encore)?(?: (un peu|légèrement))?"#, "make the music $1 quieter"),
        (word(#"monte-la|monte-le|montez-la|montez-le"#) + #"(?: juste| encore)?(?: (un peu|légèrement))?"#, "make the music $1 louder"),
        (word(#"touche|toucher"#), "touch"),
        // Times: "30 secondes", "une demi-seconde", "les 2 dernières secondes".
        (word(#"une demi-seconde|une demi seconde"#), "0.5 seconds"), (word(#"une seconde"#), "1 second"),
        (word(#"deux"#) + #"(?=\s+secondes\b)"#, "2"), (word(#"trois"#) + #"(?=\s+secondes\b)"#, "3"), (word(#"cinq"#) + #"(?=\s+secondes\b)"#, "5"), (word(#"dix"#) + #"(?=\s+secondes\b)"#, "10"),
        (#"(\d+),(\d+)(?=\s*(?:secondes|seconde|sec)(?![\p{L}]))"#, "$1.$2"), (#"(\d+(?:[.,]\d+)?)\s*(?:secondes|seconde|sec)(?![\p{L}])"#, "$1 seconds"),
        (word(#"(?:allonge|allonger|rallonge|rallonger)\s+([^,.;!?]*?)\s+de (\d+(?:\.\d+)?) seconds"#), "make $1 $2 seconds longer"),
        (word(#"(?:raccourcis|raccourcir|raccourcissez)\s+([^,.;!?]*?)\s+de (\d+(?:\.\d+)?) seconds"#), "make $1 $2 seconds shorter"),
        (word(#"(?:pour |pendant )?les (\d+(?:\.\d+)?) (?:dernières|derniers) (?:seconds|secondes)"#), "for the last $1 seconds"),
        (word(#"(?:pour |pendant )?les (\d+(?:\.\d+)?) (?:premières|premiers) (?:seconds|secondes)"#), "for the first $1 seconds"),
        (word(#"(?:une |la |un |le )?(?:vidéo|montage|diaporama|film|clip) de (\d+(?:\.\d+)?) seconds"#), "a $1 second video"),
        (word(#"(\d+(?:\.\d+)?) seconds plus (?:courte|court)"#), "$1 seconds shorter"), (word(#"(\d+(?:\.\d+)?) seconds plus (?:longue|long)|(\d+(?:\.\d+)?) seconds de plus"#), "$1$2 seconds longer"),
        (word(#"(\d+(?:\.\d+)?) seconds de moins"#), "$1 seconds shorter"),
        // "3 secondes par photo", "5 secondes chacune": each picture's own length (it made the video 3 s).
        (word(#"(\d+(?:\.\d+)?) seconds (?:par|pour chaque|à chaque) (?:photo|image|diapo|diapositive|visuel|clip)s?"#), "$1 seconds per photo"),
        (word(#"(\d+(?:\.\d+)?) seconds (?:chacune|chacun)"#), "$1 seconds each"),
        (word(#"allonge|allonger|rallonge|rallonger"#), "lengthen"), (word(#"raccourcis|raccourcir|raccourcissez"#), "shorten"),
        (word(#"deux fois plus (?:longue|long)"#), "twice as long"), (word(#"deux fois plus (?:courte|court)"#), "half as long"),
        (word(#"plus (?:courte|court)"#), "shorter"), (word(#"plus (?:longue|long)"#), "longer"),
        // "de 2 à 5 secondes", "entre 2 et 5 secondes": a span; "mets 3 secondes au titre": how long the text stays.
        (word(#"(?:de|entre) (\d+(?:\.\d+)?) (?:à|et) (\d+(?:\.\d+)?) seconds|de la seconde (\d+(?:\.\d+)?) à la seconde (\d+(?:\.\d+)?)"#), "from $1$3 to $2$4 seconds"),
        (word(#"à partir de (\d+(?:\.\d+)?) seconds"#), "from $1 seconds"),
        (word(#"(?:mets|mettez|donne|donnez|laisse|laissez) (\d+(?:\.\d+)?) seconds (?:au|à la|pour le|pour la|sur le|sur la) (titre|texte|sous-titre|légende)"#), "make the $2 $1 seconds"),
        (word(#"à (\d+(?:\.\d+)?) seconds"#), "at $1 seconds"),
        // "la musique doit commencer à 0:02", "à 2s": a moment said as a clock or with "s".
        (word(#"à (\d{1,2}:\d{2})"#), "at $1"), (word(#"à (\d+(?:[.,]\d+)?) ?s"#), "at $1 seconds"),
        // Music: "baisse un peu la musique", "la musique moins forte", "sans musique".
        (word(#"baisse|baisser|baissez"#) + #"\s+(un peu |légèrement )?(?:le son de |le volume de )?(la musique|le son|le volume|la chanson)"#, "make the music $1quieter"),
        (word(#"monte|monter|montez|augmente|augmenter"#) + #"\s+(un peu |légèrement )?(?:le son de |le volume de )?(la musique|le son|le volume|la chanson)"#, "make the music $1louder"),
        (word(#"(?:la )?(?:musique|chanson)\s+(un peu )?(?:moins forte|plus basse|plus bas|moins fort|plus douce)"#), "the music $1quieter"),
        (word(#"(?:la )?(?:musique|chanson)\s+(un peu )?(?:plus forte|plus fort)"#), "the music $1louder"),
        (word(#"sans (?:la )?musique|pas de musique|enlève la musique|coupe(?:z)? la musique|couper la musique"#), "no music"),
        // "enlève le son de b.mp4": that clip's own sound taken away is muted (it removed the clip).
        // "enlève le son d'origine de la vidéo": that clip's own sound off.
        (word(#"(?:enlève|enlever|enlevez|supprime|supprimer|supprimez|retire|retirer|retirez|coupe|coupez|couper)(?: le son| l'audio) (?:d'origine|original) (?:de la vidéo|du clip)"#), "mute the video's original sound"),
        (word(#"(?:enlève|enlever|enlevez|supprime|supprimer|supprimez|retire|retirer|retirez)(?: le son| l'audio)(?: (?:de la vidéo|du clip|de|du|des))?"#), "mute"),
        (word(#"coupe(?:z|r)? le son(?: (?:de|du|des))?"#), "mute"), (word(#"coupe|coupez|couper"#), "trim"),
        (word(#"(?:fais |mets |ajoute )?(?:un )?fondu (?:sur|de|à) la (?:musique|chanson)(?: à la fin)?|(?:la )?(?:musique|chanson) en fondu(?: à la fin)?"#), "fade out the music"),
        (word(#"(?:un )?fondu (?:au début|d'entrée|d'ouverture|en ouverture)"#), "a fade in at the start"), (word(#"(?:un )?fondu (?:à la fin|de sortie|de fin)"#), "a fade out at the end"),
        (word(#"un peu"#), "a bit"), (word(#"le bruit du vent|le bruit de fond|le bruit"#), "the background noise"),
        // Shapes of a request: "doit commencer", "doit durer", "rends la vidéo …", "passe la vidéo en carré".
        (word(#"doit|doivent|devrait"#) + #"\s+"# + word(#"commencer|démarrer"#), "should start"), (word(#"doit|doivent|devrait"#) + #"\s+"# + word(#"durer|apparaître|rester|s'afficher"#) + #"(?: pendant)?"#, "should last"),
        (word(#"doit|doivent|devrait"#) + #"\s+"# + word(#"finir|se terminer"#), "should end"),
        (word(#"doit|doivent|devrait"#) + #"\s+"# + word(#"s'arrêter|arrêter"#), "should stop"), (word(#"s'arrête|arrête|arrêter|arrêtez"#), "stop"),
        // "commence par la vidéo de la cuisson puis les photos": the video first ("la vidéo de 30 secondes" is a length).
        (word(#"(?:commence|commencer|commencez|démarre|démarrer|ouvre|ouvrir)(?: la vidéo| le montage| le film)? (?:par|avec) (?:la |le |l')?(vidéo|clip|film|séquence)(?: (?:de|du|des|d')(?: la| le| les| l')? ?([\p{L}_-]{3,}))?"#), "start with the $2 video"),
        (word(#"(?:commence|commencer|commencez|démarre|démarrer|ouvre|ouvrir)(?: la vidéo| le montage| le film)? (?:par|avec)"#), "start with"),
        (word(#"et puis|puis|ensuite|et après"#), "then"), (word(#"d'abord|en premier"#), "first"),
        (word(#"commence|commencer|démarre"#), "start"),
        (word(#"rends-la|rends-le|mets-la|mets-le|passe-la|passe-le|fais-la|fais-le"#), "make it"),
        (word(#"fais-moi|fais|faites|rends|rendez|passe|passez|crée-moi|crée|créez|créer"#), "make"),
        (word(#"mets|mettez|mettre"#) + #"(?=\s+(?:la vidéo|le film|tout)?\s*en\s)"#, "make"),
        // "Mets le titre « Collection Automne »" (the quote starts the next part): the title's words ("mets un titre « … »" adds one).
        (word(#"(?:mets|mettez|mettre) le titre"#) + #"\s*$"#, "set the title to "),
        (word(#"mets|mettez|mettre|place|placez"#), "put"),
        // "remplace le titre Hello par « X »", "remplace « Hello » par « X »": "par" before the new words is "with".
        (word(#"(remplace|remplacez|remplacer)\s+([^,;«"“]{1,40}?)\s+par"#) + #"(?=\s*$|\s*["“«'])"#, "replace $2 with"),
        (word(#"remplace|remplacez|remplacer"#), "replace"), (word(#"par"#) + #"(?=\s+[\p{L}\p{N}_-]+\.(?:mp3|m4a|wav|aac))"#, "with"),
        (word(#"inverse|inversez|échange|échangez"#), "swap"),
        (word(#"(?:la )?musique à fond"#), "the music at 100%"),
        // "et la musique jazz", "la chanson pop": the kind of music said after it (it was "the music jazz", not understood).
        (word(#"(?:la )?(musique|chanson) (jazz|rock|pop|lounge|folk|reggae|blues|funk|soul|country|disco|techno|house|électro|electro|rap|hip-hop|piano)"#), "the $2 $1"),
        (word(#"(?:la )?(musique|chanson) (?:classique)"#), "the classical $1"), (word(#"(?:la )?(musique|chanson) (?:acoustique)"#), "the acoustic $1"),
        (word(#"(?:en )?plus gros|(?:en )?plus grand"#), "bigger"), (word(#"(?:en )?plus petit"#), "smaller"),
        (word(#"déplace|déplacer|déplacez|bouge|bougez"#), "move"),
        (word(#"double la vitesse (?:de |du |des )?([^,.;!?]+)"#), "make $1 twice as fast"),
        (word(#"enlève|enlever|enlevez|supprime|supprimer|supprimez|retire|retirez|retirer"#), "remove"),
        // "vire toutes les transitions" (informal: get rid of): removed (fades were added).
        (word(#"vire|virer|virez|dégage|dégager|dégagez"#), "remove"),
        (word(#"ajoute|ajouter|ajoutez|rajoute"#), "add"), (word(#"change|changez|modifie|modifiez"#), "change"),
        (word(#"exporte|exporter|exportez"#), "export"), (word(#"en (mp4|mov|gif)"#), "as $1"),
        // "supprime la deuxième photo", then "non pas celle-là, je voulais dire la vidéo": that change made to the other one instead.
        (word(#"(?:non,? )?(?:pas|non) (?:celle-là|celui-là|celle-ci|celui-ci|celle là|celui là|cette photo|cette image|ce clip|cette vidéo)|(?:non,? )?(?:c'est |c'était )?(?:pas la bonne|pas le bon|la mauvaise|le mauvais)(?: photo| image| vidéo| clip)?"#), "no, not that one"),
        (word(#"je voulais dire|je parlais de|je pensais à|je pensais au"#) + #"(?=\s+(?:la|le|l'|les|au|\p{L}+\.\p{L}))"#, "i meant"),
        (word(#"(?:non,? )?l'autre(?: photo| image| vidéo| clip)?"#) + #"(?=\s*[.!]*\s*$)"#, "no, the other one"),
        // Corrections: "non, plutôt « Chez Martin »": that text instead.
        (word(#"non,? plutôt"#) + #"\s*(?=["“«])"#, "no, make it "),
        // "non, plutôt en haut" (just after a text moved): that place instead.
        (word(#"(?:non,? )?plutôt (?:en haut|vers le haut)"#), "no, move it to the top"), (word(#"(?:non,? )?plutôt (?:en bas|vers le bas)"#), "no, move it to the bottom"),
        (word(#"(?:non,? )?plutôt (?:au milieu|au centre)"#), "no, move it to the center"),
        (word(#"plutôt"#), "instead"),
        // "la vidéo est trop longue": a complaint (its length is said beside it).
        (word(#"est trop (?:longue|long)"#), "is too long"), (word(#"est trop (?:courte|court)"#), "is too short"),
        (word(#"trop (?:longue|long)"#), "too long"), (word(#"trop (?:courte|court)"#), "too short"),
        // Looks, shapes, speed.
        (word(#"(?:en )?noir et blanc"#), "black and white"), (word(#"(?:en )?sépia"#), "sepia"),
        // The offers Reel makes in French: "des couleurs plus vives", "affiche les photos en entier", "rétablis".
        (word(#"(?:des )?couleurs plus vives"#), "more vivid colours"), (word(#"affiche (?:les |la )?(photos?) en entier"#), "show the $1 in full"),
        (word(#"rétablis|rétablir|refais"#), "redo"), (word(#"remets(?:-la|-le| tout)? comme avant"#), "put it back how it was"),
        (word(#"(?:un )?carton de fin"#), "an end card"),
        (word(#"plus chaude?s?"#), "warmer"), (word(#"plus froide?s?"#), "cooler"), (word(#"plus lumineux|plus lumineuse?s?|plus claire?s?"#), "brighter"), (word(#"plus sombres?"#), "darker"),
        // "accélère b.mp4, vitesse x2", "ralentis le clip 2 (vitesse 0,5x)", "deux fois plus vite": that clip's speed.
        (word(#"deux fois plus (?:vite|rapides?)"#), "twice as fast"), (word(#"deux fois plus lente?s?"#), "at half speed"),
        // "vitesse 0,5": a decimal comma.
        (word(#"vitesse\s*(?:de\s*)?(\d+),(\d+)"#), "vitesse $1.$2"),
        (#"(?<=[x×])(\d+),(\d+)|(\d+),(\d+)(?=\s?[x×](?![\p{L}]))"#, "$1$3.$2$4"),
        (word(#"(?:à |en |a )?(?:la )?vitesse\s*(?:de\s*)?[x×]\s?(\d+(?:\.\d+)?)|(?:à |en |a )?(?:la )?vitesse\s*(?:de\s*)?(\d+(?:\.\d+)?)\s?(?:[x×]|fois)"#), "at $1$2x speed"),
        (word(#"(?:à |en |a )?(?:la )?vitesse\s*(?:de\s*)?(\d+\.\d+|\d)"#) + #"(?!\s*%)"#, "at $1x speed"),
        (word(#"deux fois"#) + #"(?!\s+plus\b)"#, "two times"), (word(#"trois fois"#) + #"(?!\s+plus\b)"#, "three times"),
        (word(#"accélère|accélérer|accélérez"#), "speed up"), (word(#"ralentis|ralentir|ralentissez"#), "slow down"),
        (word(#"plus rapides?|plus vite"#), "faster"), (word(#"plus lente?s?"#), "slower"),
        (word(#"(?:en )?format vertical|(?:en )?vertical"#), "vertical"), (word(#"(vidéos?|montage) (?:au format |en format )?carrée?s?"#), "square $1"), (word(#"(?:au |en )?format carré|(?:en )?carrée?s?"#), "square"), (word(#"(?:en )?format horizontal|(?:en )?paysage"#), "horizontal"),
        (word(#"en accéléré,?\s*x\s?(\d+(?:\.\d+)?)|en accéléré \(x(\d+(?:\.\d+)?)\)"#), "at $1$2x speed"), (word(#"en accéléré"#), "faster"), (word(#"au ralenti|en ralenti"#), "slower"),
        // Fades and transitions.
        (word(#"pas de transitions?|sans transitions?|pas de fondus?|sans fondus?"#), "no transitions"),
        (word(#"fondu au noir|fondu en noir"#), "fade to black"), (word(#"fondu (?:depuis|du) noir"#), "fade from black"),
        (word(#"(?:un |des )?fondus? enchaînés?"#), "crossfade transitions"), (word(#"chacune|chacun"#), "each"),
        // Texts and places.
        (word(#"la couleur du (titre|texte|sous-titre)"#), "the $1 color"), (word(#"couleur"#), "color"),
        (#"(?<![\p{L}])en (?=(?:rouge|bleue?|jaune|verte?|blanc|blanche|noire?|rose)(?![\p{L}]))"#, "in "),
        (word(#"rouge"#), "red"), (word(#"bleue?"#), "blue"), (word(#"jaune"#), "yellow"), (word(#"verte?"#), "green"), (word(#"blanc|blanche"#), "white"), (word(#"noire?"#), "black"), (word(#"rose"#), "pink"),
        (word(#"sous-titres|légendes"#), "captions"), (word(#"sous-titre|légende"#), "caption"), (word(#"titres"#), "titles"), (word(#"titre"#), "title"), (word(#"textes"#), "texts"),
        (word(#"(?:la |le )?(vidéo|clip|photo|image) du milieu"#), "the middle $1"),
        (word(#"au début"#), "at the start"), (word(#"à la fin"#), "at the end"),
        (word(#"en bas à droite"#), "at the bottom right"), (word(#"en bas à gauche"#), "at the bottom left"),
        (word(#"en haut à droite"#), "at the top right"), (word(#"en haut à gauche"#), "at the top left"),
        (word(#"pendant toute la vidéo|sur toute la vidéo|tout au long de la vidéo|tout le long de la vidéo"#), "for the whole video"),
        (word(#"(?:comme|façon|à la manière d') ?(?:un )?filigrane"#), "like a watermark"), (word(#"filigrane"#), "watermark"),
        (word(#"(?:mon |ma )?(?:pseudo|identifiant|nom d'utilisateur)"#), "my handle"),
        // "c'est quoi la musique en ce moment ?": a question about it.
        (word(#"c'est quoi|qu'est-ce que c'est|quelle est|quel est"#), "what is"), (word(#"en ce moment|actuellement"#), "right now"),
        // "enlève le son d'origine de la vidéo, je garde que la musique": the clip's own sound off, the music kept.
        (word(#"(?:le )?son d'origine|(?:le )?son original|l'audio d'origine"#), "the original sound"),
        (word(#"je (?:ne )?garde (?:que|seulement|juste) la musique"#), "just want the music"),
        // "garde-le 4 secondes" (after a text changed): shown that long.
        (word(#"(?:garde|laisse)-(?:le|la)(?: affiché| affichée| à l'écran)?(?: pendant)? (\d+(?:[.,]\d+)?) (?:secondes?|seconds?|s)"#), "keep it on screen for $1 seconds"),
        (word(#"un (?:lent|léger) panoramique"#), "a slow pan"), (word(#"panoramique"#), "pan"), (word(#"vers la droite"#), "to the right"), (word(#"vers la gauche"#), "to the left"),
        (word(#"en haut"#), "at the top"), (word(#"en bas"#), "at the bottom"), (word(#"au milieu|au centre"#), "in the middle"),
        // Things and small words.
        (word(#"chaque"#), "each"), (word(#"toutes les|tous les"#), "all the"), (word(#"pendant"#), "for"), (word(#"texte"#), "text"), (word(#"musique"#), "music"), (word(#"chanson"#), "song"), (word(#"vidéos"#), "videos"), (word(#"vidéo"#), "video"),
        (word(#"deuxième|seconde|2e|2ème|2nde"#), "second"), (word(#"première|premier|1re|1ère|1er"#), "first"), (word(#"troisième|3e|3ème"#), "third"),
        (word(#"quatrième|4e|4ème"#), "fourth"), (word(#"cinquième|5e|5ème"#), "fifth"), (word(#"dernière|dernier"#), "last"),
        // "la 3e image dure 6 secondes": lasts that long.
        (word(#"dure|durera|durent"#) + #"(?= (?:\d|\p{L}+ (?:seconds|secondes)))"#, "lasts"),
        (word(#"garde|gardez|garder"#), "keep"), (word(#"mais"#), "but"),
        (word(#"mes"#), "my"), (word(#"sur"#) + #"(?= (?:la|le|l'|les|the|chaque|each) )"#, "on"), (word(#"avec"#), "with"), (word(#"pour"#), "for"), (word(#"sans"#), "without"), (word(#"et"#), "and"), (word(#"dans"#), "in"),
        (word(#"la|le|les|l'"#), "the"), (word(#"une|un"#), "a"), (word(#"non"#), "no"),
        // "change the title en 'X'": "en" right before the words is "to".
        (#"\b(change|put|set|rename)\b([^.,;«"]{0,40}?)\s+en\s*$"#, "$1$2 to "),
        (#"[ \t]{2,}"#, " "), (#"\s+(?=[.,!?])"#, ""),
    ]
}
