// A prisoner swap named with its prisoners, as a fixed phrase or by its parts. The swap told by
// its noun and a verb of happening is swap-event.ts; by a swap verb with prisoners in either
// order, concession-frames.ts.

// A swap named as such: the other side's prisoners were the price, even if not described.
export const PRISONER_SWAP =
  /prisoner (?:swap|exchange)|swap of prisoners|exchange of prisoners|negotiated an exchange|обмен\p{L}* (?:заключенными|заключёнными|пленными|узниками)|(?:intercambio|canje) de (?:prisioneros|presos)|troca de (?:prisioneiros|presos)|scambio di (?:prigionieri|detenuti)|échange de prisonniers|gefangenenaustausch\p{L}*|wymian\p{L}* więźniów|(?:intercambi|canje)\p{L}* por|troc(?:a|am|ou|ar) [^.;]{0,40}? por/iu;
// The same by its parts, a swap noun or verb with a prisoner noun after it, in more languages
// and inflections ('trocam presos', 'обміну полоненими', 'wymiany więźniów', 'mahkum takası').
export const PRISONERS_SWAPPED = new RegExp(
  [
    String.raw`(?:exchang|swapp|trad)(?:ed|e|es|ing) (?:\p{L}+ )?(?:prisoners|detainees|captives)`,
    String.raw`обмен\p{L}* (?:\p{L}+ )?(?:осужд[её]нными|задержанными|пленными|узниками)`,
    String.raw`обмін\p{L}* (?:\p{L}+ )?(?:полоненими|в['’ʼ]?язнями|ув['’ʼ]?язненими|затриманими)`,
    String.raw`troc\p{L}* (?:de )?(?:presos|prisioneiros|detidos|reféns)`,
    String.raw`(?:intercambi|canje)\p{L}* (?:de )?(?:presos|prisioneros|detenidos|reos|rehenes)`,
    String.raw`scambi\p{L}* (?:di )?(?:prigionieri|detenuti|ostaggi)`,
    String.raw`échang\p{L}* (?:de |des )?(?:prisonniers|détenus|otages)`,
    String.raw`wymian\p{L}* (?:\p{L}+ )?(?:więźniów|więźniami|jeńców|jeńcami|zatrzymanych)`,
    String.raw`(?:mahkum|tutuklu|esir)\p{L}* (?:takas\p{L}*|değişim\p{L}*)`,
    String.raw`razm(?:j)?en\p{L}* (?:\p{L}+ )?(?:zatvorenik|zarobljen)\p{L}*`,
    String.raw`izmenjav\p{L}* (?:\p{L}+ )?zapornik\p{L}*`,
    String.raw`kalinių main\p{L}*`,
    String.raw`fogolycser\p{L}*`,
    String.raw`schimb\p{L}* de (?:prizonieri|deținuți)`,
    String.raw`výměn\p{L}* (?:\p{L}+ )?vězňů`,
    String.raw`ανταλλαγ\p{L}* (?:\p{L}+ )?κρατουμένων`,
    String.raw`(?:een|de|deze) (?:\p{L}+ )?ruil(?![\p{L}])`,
    'تبادل (?:لل|ال)?(?:مدانين|محكومين|مسجونين|سجناء|أسرى|معتقلين)',
  ].join('|'),
  'iu',
);
