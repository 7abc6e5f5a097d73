// States joined to a go-between already read: 'brokered by Qatar, Egypt and the United States',
// 'Mediators Qatar and Egypt said', 'الوسطاء قطر ومصر', 'посредники Катар и Египет'. A state after
// a comma counts only when the list closes with 'and' and a state ('mediated by Qatar, Russia
// said' names a speaker after the comma, not a second go-between).
import { findPlaces } from './places.ts';

export interface JoinedState {
  name: string;
  start: number;
  end: number;
}

const AND = 'and|y|e|et|und|и|і|та|i|ir|ve|oraz|és|en';
const ARTICLE = String.raw`(?:(?:the|le|la|les|el|los|las|il|lo|gli|der|die|den|dem|o|os|as)\s+|l['’])?`;
const BY_AND = new RegExp(String.raw`^(?:\s*,)?\s+(?:${AND})\s+${ARTICLE}|^\s+و`, 'u');
const BY_COMMA = new RegExp(String.raw`^\s*,\s*${ARTICLE}`, 'u');

/** The states listed right after `at`, each with whether a comma (not 'and') joined it. */
function listAfter(s: string, at: number): (JoinedState & { comma: boolean })[] {
  const out: (JoinedState & { comma: boolean })[] = [];
  for (let n = 0; n < 5; n++) {
    const rest = s.slice(at, at + 80);
    const and = BY_AND.exec(rest);
    const join = and ?? BY_COMMA.exec(rest);
    if (!join) break;
    const from = at + join[0].length;
    const place = findPlaces(s.slice(from, from + 40))[0];
    if (place?.start !== 0) break;
    const end = from + place.end;
    out.push({ name: s.slice(from, end), start: from, end, comma: !and });
    at = end;
  }
  return out;
}

export function joinedStates(s: string, at: number): JoinedState[] {
  const list = listAfter(s, at);
  const last = list.findLastIndex((x) => !x.comma);
  return list.slice(0, last + 1).map(({ name, start, end }) => ({ name, start, end }));
}
