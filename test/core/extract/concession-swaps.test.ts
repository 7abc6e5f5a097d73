// A swap named by its parts: a swap noun or verb with a prisoner noun, in many languages and
// inflections (issue 13). Our own sentences.
import { describe, expect, it } from 'vitest';
import { findConcessions } from '../../../src/core/extract/concessions.ts';

const swaps = (s: string) => findConcessions(s).filter((c) => c.kind === 'prisoner_exchange');

describe('findConcessions: a prisoner swap by its parts', () => {
  const named = [
    'Venezuela and the United States exchanged prisoners on Friday.',
    'The two governments traded detainees at the airport.',
    'Россия и Украина провели обмен осуждёнными.',
    'Україна та Росія провели черговий обмін полоненими.',
    'Venezuela e EUA trocam presos em acordo com El Salvador.',
    'Venezuela y Estados Unidos intercambian prisioneros en Caracas.',
    'Roma e Teheran hanno concluso uno scambio di detenuti.',
    'Paris et Téhéran ont procédé à un échange de détenus.',
    'Polska i Białoruś przeprowadziły wymianę więźniów na granicy.',
    "Türkiye'nin arabuluculuğunda mahkum takası yapıldı.",
    'Srbija i Kosovo dogovorili su razmjenu zatvorenika.',
    'Rusija in ZDA sta izvedli izmenjavo zapornikov.',
    'Įvyko kalinių mainai tarp Lietuvos ir Baltarusijos.',
    'A két ország fogolycserét hajtott végre.',
    'Cele două țări au făcut un schimb de prizonieri.',
    'Obě země provedly výměnu vězňů.',
    'Οι δύο χώρες πραγματοποίησαν ανταλλαγή κρατουμένων.',
    'De regering heeft onderhandeld over een ruil met Moskou.',
    'اتفق البلدان على تبادل المدانين.',
  ];
  it.each(named)('finds the swap: %s', (s) => {
    expect(swaps(s)).toHaveLength(1);
  });

  const none = [
    'The company traded shares on Friday.',
    'De ruilhandel in de stad bloeide.',
    'Il ministro ha discusso lo scambio di opinioni.',
    'The exchange rate fell after the release.',
    'Los presos fueron trasladados a otra cárcel.',
    'Уряд обговорив обмін досвідом із партнерами.',
  ];
  it.each(none)('finds none where nothing or no prisoner is swapped: %s', (s) => {
    expect(swaps(s)).toEqual([]);
  });
});
