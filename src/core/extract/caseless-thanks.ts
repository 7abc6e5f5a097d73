// Thanks for mediation in Arabic and Persian, whose names have no capitals for the thanks rule of
// go-between-shapes.ts to read: 'شكر الرئيس قطر ومصر على وساطتهما', 'از عمان برای میانجیگری
// تشکر کرد'. The states between the verb (Arabic) or 'از' (Persian) and the part played are the
// thanked; thanks for help or efforts give none, as in the other languages.
import { findPlaces } from './places.ts';

export interface ThankedState {
  name: string;
  start: number;
  end: number;
}

// Arabic: the verb of thanks, up to 60 letters, 'for' and the part ('وساطتها', 'الوساطة',
// 'دورها في الوساطة'); the clitic و or ف may open the verb.
const ARABIC_THANKS =
  /(?<![\p{L}\p{M}])[وف]?(?:شكر|شكرت|يشكر|تشكر|أشاد|أشادت|ثمن|ثمنت)\s(?<thanked>[^.؛!?]{1,60}?)\s(?:على|علي|ب)\s?(?:[^\s.؛]+\s){0,2}?(?:وساطت\p{L}*|الوساطة|وساطة|مساعي\p{L}*\sالوساطة)/gu;
// Persian: 'از' and the thanked, 'برای' or 'به خاطر' and the part, the verb of thanks after.
const PERSIAN_THANKS =
  /(?<![\p{L}\p{M}])از\s(?<thanked>[^.!?]{1,60}?)\s(?:برای|به خاطر|بابت)\s(?:[^\s.]+\s){0,2}?(?:میانجی\u200c?گری|وساطت)[^.!?]{0,30}?(?:تشکر|قدردانی|سپاسگزاری)/gu;

export function caselessThanks(s: string): ThankedState[] {
  const out: ThankedState[] = [];
  for (const re of [ARABIC_THANKS, PERSIAN_THANKS]) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const text = m.groups!.thanked!;
      const from = m.index + m[0].indexOf(text);
      for (const p of findPlaces(text)) {
        let start = from + p.start;
        let name = s.slice(start, from + p.end);
        // The conjunction و written onto a second state ('ومصر') is no part of its name.
        if (/^و/u.test(name) && findPlaces(name.slice(1)).length > 0) {
          name = name.slice(1);
          start += 1;
        }
        out.push({ name, start, end: start + name.length });
      }
    }
  }
  return out;
}
