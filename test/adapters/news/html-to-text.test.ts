import { describe, expect, it } from 'vitest';
import {
  blocksToText,
  htmlToText,
  looksLikeHtml,
} from '../../../src/adapters/news/html-to-text.ts';

const PAGE = `<!doctype html><html><head><title>Page title</title><script>var x = 1;</script></head>
<body><nav><a href="/">Home</a><a href="/world">World</a></nav>
<article><h1>Belarus frees 52</h1>
<p>Belarus has released 52 prisoners after a visit to Minsk by a U.S. envoy, in a deal that also lifts sanctions on the national airline. The prisoners were taken to Lithuania.</p>
<p>Among them was the journalist Ihar Losik, who had been jailed since 2020 and whose case drew wide attention abroad.</p>
<p>Rights groups say more than 1,100 political prisoners remain in Belarusian jails, including several well-known figures.</p>
</article><footer>Copyright 2025</footer></body></html>`;

describe('htmlToText', () => {
  it('keeps the article paragraphs and drops scripts, navigation and markup', () => {
    const r = htmlToText(PAGE);
    expect(r.title).toBeTruthy();
    expect(r.text).toContain('Belarus has released 52 prisoners');
    expect(r.text).toContain('Ihar Losik');
    expect(r.text).not.toMatch(/<|var x|Home|Copyright/);
    expect(r.text).toMatch(/Lithuania\.\n\nAmong them/);
  });

  it('falls back to the body text for fragments and says so', () => {
    const r = htmlToText('<p>Belarus released 14 prisoners.</p>');
    expect(r.text).toBe('Belarus released 14 prisoners.');
    expect(r.problems[0]).toContain('no main article');
  });

  it('reads a fragment (a feed item) as its blocks, without handing it to Readability', () => {
    // A fragment parses without a body, where Readability never finds an article: it gave up
    // after preparing the whole document, or threw on one without an element ('should be a
    // document object', a second problem), and the text was the fragment's blocks all the same.
    const fragment = `<h2>Freed</h2><p>${'Belarus released 14 prisoners. '.repeat(20)}</p><ul><li>one</li></ul>`;
    const r = htmlToText(fragment);
    expect(r.text).toBe(blocksToText(fragment));
    expect(r.text.split('\n\n')).toHaveLength(3);
    expect(r.problems).toEqual(['no main article found; using the whole body text']);
    const bare = htmlToText('Belarus released 14 prisoners &amp; two journalists.');
    expect(bare.text).toBe('Belarus released 14 prisoners & two journalists.');
    expect(bare.problems).toEqual(['no main article found; using the whole body text']);
  });

  it('recognises HTML by its opening', () => {
    expect(looksLikeHtml('<!DOCTYPE html><html>')).toBe(true);
    expect(looksLikeHtml('  <p>hello</p>')).toBe(true);
    expect(looksLikeHtml('Belarus freed <b>52</b>')).toBe(false);
  });

  it('puts block elements on their own lines and collapses spaces', () => {
    expect(blocksToText('<h2>A  title</h2><p>One\n two</p><ul><li>x</li><li>y</li></ul>')).toBe(
      'A title\n\nOne two\n\nx\n\ny',
    );
  });
});
