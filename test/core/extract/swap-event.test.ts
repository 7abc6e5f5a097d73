// A swap told as an event that happened, without a prisoner noun beside it: 'the exchange took
// place at the airport', 'the spy swap', 'freed as part of the exchange' (issue 13). Our own
// sentences, in many languages.
import { describe, expect, it } from 'vitest';
import { findConcessions } from '../../../src/core/extract/concessions.ts';
import { swapEvent } from '../../../src/core/extract/swap-event.ts';

const swaps = (s: string) => findConcessions(s).filter((c) => c.kind === 'prisoner_exchange');

describe('swapEvent: a swap noun with a verb of happening', () => {
  const happened = [
    'The exchange took place on the tarmac of the airport in the Turkish capital.',
    'After months of talks, the swap finally went ahead on Thursday.',
    'The swap was carried out under the eyes of the Turkish intelligence service.',
    'Обмен состоялся в четверг в аэропорту столицы Турции.',
    'В Анкаре прошёл обмен, в котором участвовали семь государств.',
    'Вчера свершился долгожданный обмен между Москвой и Вашингтоном.',
    'Обмін відбувся на кордоні пізно ввечері.',
    "Takas, Ankara'da sabah saatlerinde gerçekleştirildi.",
    'İki ülke arasındaki takas dün yapıldı.',
    'Der Austausch fand am Donnerstag auf dem Flughafen statt.',
    "L'échange a eu lieu jeudi sur le tarmac de l'aéroport.",
    'El canje se realizó en la pista del aeropuerto de la capital turca.',
    'O intercâmbio ocorreu na quinta-feira, no aeroporto.',
    "Lo scambio è avvenuto giovedì all'aeroporto di Ankara.",
    'Wymiana odbyła się w czwartek na lotnisku w Ankarze.',
    'تمت عملية التبادل في مطار العاصمة التركية يوم الخميس.',
    'مبادله روز پنجشنبه در فرودگاه انجام شد.',
    'Razmjena je obavljena u četvrtak u zračnoj luci.',
    'Η ανταλλαγή πραγματοποιήθηκε την Πέμπτη στο αεροδρόμιο.',
    'A csere csütörtökön zajlott le a repülőtéren.',
  ];
  it.each(happened)('reads a swap that happened: %s', (s) => {
    expect(swapEvent(s)).not.toBeNull();
    expect(swaps(s)).toHaveLength(1);
  });

  const compounds = [
    'The biggest spy swap since the Cold War brought home a reporter and a marine.',
    "Ankara'daki büyük casus takası sonrası uçaklar havalandı.",
    'Rehine takası kapsamında 26 kişi serbest kaldı.',
    'Шпионский обмен стал крупнейшим со времён холодной войны.',
    'Der Agentenaustausch war der größte seit Jahrzehnten.',
    "L'échange d'espions a été négocié pendant des mois.",
  ];
  it.each(compounds)('reads a spy or hostage swap: %s', (s) => {
    expect(swapEvent(s)).not.toBeNull();
  });

  const partOf = [
    'Sixteen people were freed as part of the exchange.',
    'В рамках обмена из российских колоний вышли шестнадцать человек.',
    'У межах обміну додому повернулися троє громадян.',
    'Im Rahmen des Austauschs kamen sechzehn Gefangene frei.',
    "Dans le cadre de l'échange, seize détenus ont été libérés.",
    'Como parte del canje, fueron liberados diez estadounidenses.',
    "Nell'ambito dello scambio sono stati liberati sedici detenuti.",
    'W ramach wymiany uwolniono szesnaście osób.',
    'Takas kapsamında 16 kişi serbest bırakıldı.',
  ];
  it.each(partOf)('reads people freed as part of a swap: %s', (s) => {
    expect(swapEvent(s)).not.toBeNull();
  });

  const none = [
    'The exchange rate fell after the announcement.',
    'The ministers had a frank exchange of views about the prisoners.',
    'A swap could take place next month, officials said.',
    'Обмен мнениями прошёл в дружеской обстановке.',
    'Стороны обсуждают возможный обмен.',
    'Borsa takası yapıldı.',
    'Der Austausch von Erfahrungen fand in Berlin statt.',
    "L'échange de vues a eu lieu à Paris.",
    'El intercambio comercial se realizó sin incidentes.',
    'The exchange of fire took place near the border.',
    'The prisoners were moved to another jail on Thursday.',
  ];
  it.each(none)('reads no swap in: %s', (s) => {
    expect(swapEvent(s)).toBeNull();
  });
});
