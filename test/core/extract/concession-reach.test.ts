// A relief verb concedes only what it governs: the sanctions near it, not sanctions a later
// clause imposes; and an aim ('trying to ease sanctions') is none (issue 13). Our own sentences.
import { describe, expect, it } from 'vitest';
import { findConcessions } from '../../../src/core/extract/concessions.ts';

const reliefs = (s: string) =>
  findConcessions(s)
    .filter((c) => c.kind === 'sanctions_relief')
    .map((c) => c.target);

describe('findConcessions: the relief verb governs its sanctions', () => {
  const elsewhere = [
    'The government scrapped the agreement it had signed with the opposition last spring and then announced new sanctions.',
    'Минск отменил визит делегации, а через месяц Евросоюз ввёл против страны новый пакет санкций.',
    'Die Regierung hob das Ausreiseverbot für die Familie auf; die Europäische Union verlängerte am selben Tag ihre Sanktionen.',
    'El gobierno levantó el estado de emergencia en la capital, mientras Washington anunciaba nuevas sanciones contra funcionarios.',
    'Le gouvernement a levé le couvre-feu dans la capitale, tandis que Bruxelles prolongeait ses sanctions économiques.',
    'O governo suspendeu o toque de recolher na capital enquanto Washington anunciava novas sanções contra funcionários.',
    'Władze zniosły godzinę policyjną w stolicy, a Unia Europejska przedłużyła tego samego dnia swoje sankcje wobec reżimu.',
    "Con il suo insediamento, il nuovo presidente aveva revocato l'accordo, reinserendo il paese nella lista nera e imponendo nuove sanzioni.",
  ];
  it.each(elsewhere)('finds no relief when the verb acts on something else: %s', (s) => {
    expect(reliefs(s)).toEqual([]);
  });

  const governed: [string, string][] = [
    [
      'The sanctions on the state airline, which Washington imposed after the forced landing of a passenger jet, were eased.',
      'airline',
    ],
    [
      'Sanctions on the potash producer, imposed in 2021 over the forced landing, were lifted on Friday.',
      'potash',
    ],
    [
      'Санкции против калийной отрасли, введённые ещё при прошлой администрации, были сняты в пятницу.',
      'potash',
    ],
    ['Le sanzioni contro la compagnia aerea di bandiera sono state revocate venerdì.', 'airline'],
    ['ABD, ulusal havayolu şirketine yönelik yaptırımları kaldırdı.', 'airline'],
    ['Washington alivió las sanciones contra la aerolínea estatal.', 'airline'],
    ['Os EUA levantaram as sanções contra a companhia aérea.', 'airline'],
    ['USA zniosły sankcje nałożone na białoruskie linie lotnicze.', 'airline'],
    ['Washington a levé les sanctions contre la potasse.', 'potash'],
    ['Washington lifted the sanctions on potash after the release.', 'potash'],
  ];
  it.each(governed)('finds the relief its verb governs: %s', (s, target) => {
    expect(reliefs(s)).toEqual([target]);
  });
});

describe('findConcessions: an aim is no concession', () => {
  const aims = [
    'El régimen busca con las excarcelaciones tratar de aliviar el peso de las sanciones.',
    'The regime is trying to ease the pressure of Western sanctions.',
    'Режим пытается добиться смягчения санкций.',
    "Le régime tente d'obtenir la levée des sanctions.",
    'Das Regime versucht, eine Lockerung der Sanktionen zu erreichen.',
    'Il regime cerca di ottenere la revoca delle sanzioni.',
    'O regime tenta obter o levantamento das sanções.',
    'Reżim próbuje doprowadzić do zniesienia sankcji.',
  ];
  it.each(aims)('drops a relief the subject only tries for: %s', (s) => {
    expect(reliefs(s)).toEqual([]);
  });
  it('keeps a relief granted, whatever aim a distant clause states', () => {
    expect(
      reliefs(
        'In an attempt to win the release, Washington had already lifted sanctions on the airline in the spring.',
      ),
    ).toEqual(['airline']);
  });
});
