// The date a report's detentions read 'on Friday' and '3 March' against when no publication date
// is given (index.ts): a dateline in the opening (words or digits), a page stamp further on, or
// a day in the address. A photo's caption is no dateline: a credit ('(Photo X / AFP)', '©',
// 'Foto:', 'фото:') or an archive mark ('(ARCHIVES)', '資料照片', '圖為', '图为') says the date in
// it is when the picture was taken, often years before the news ('un écran ... le 24 mai 2022'
// above a verdict of August 2023). Pure.
import { stampOf } from './date-stamps.ts';
import { datelineOf, type FoundDate } from './dates.ts';
import type { AnchorSource } from './detention-trace.ts';
import type { Lexicon } from './lexicons/index.ts';
import type { Sentence } from './text.ts';
import { urlDate } from './url-dates.ts';
import { EdgeRule } from './word-edge.ts';

/** How far into a report its dateline may be (index.ts reads releases' with the same reach). */
const DATELINE_CHARS = 300;

// A photo's credit or archive mark: the sentence is a caption.
export const PHOTO_CAPTION = new EdgeRule(
  /©|\((?:photo|foto|фото)(?![\p{L}])|(?<![\p{L}])(?:archives?|archiv|archivio|archivo|arquivo|архив)\)|(?<![\p{L}])(?:photo|foto|фото)\s*:|資料照片|资料照片|圖為|图为|圖片來源|图片来源/iu,
);

/** The report's first DATELINE_CHARS without captions (of archive photos or any photo). */
function captionFreeOpening(sentences: readonly Sentence[], archive: EdgeRule): string {
  return sentences
    .filter((s) => s.start < DATELINE_CHARS && !archive.test(s.text) && !PHOTO_CAPTION.test(s.text))
    .map((s) => s.text)
    .join('\n')
    .slice(0, DATELINE_CHARS);
}

export interface AnchorInput {
  text: string;
  url: string | undefined;
  sentences: readonly Sentence[];
  /** The publication date when given. */
  published: string | undefined;
  /** Keeps a dateline that is no date of the story (index.ts's storyInLine), on this opening. */
  story: (open: string) => (d: FoundDate) => boolean;
  archive: EdgeRule;
  lx: Lexicon;
  dayFirst: boolean;
}

/** The anchor of a report's detentions and where it came from, or undefined. */
export function detentionAnchorOf(
  a: AnchorInput,
): { value: string; source: AnchorSource } | undefined {
  if (a.published) return { value: a.published, source: 'published' };
  const open = captionFreeOpening(a.sentences, a.archive);
  const keep = a.story(open);
  const words = datelineOf(open, keep, a.lx);
  if (words) return { value: words, source: 'dateline' };
  const digits = datelineOf(open, keep, a.lx, { digits: true, dayFirst: a.dayFirst });
  if (digits) return { value: digits, source: 'dateline-digits' };
  const stamp = stampOf(a.text, a.lx, a.dayFirst);
  if (stamp) return { value: stamp, source: 'stamp' };
  const d = urlDate(a.url);
  return d?.precision === 'day' ? { value: d.value, source: 'url' } : undefined;
}
