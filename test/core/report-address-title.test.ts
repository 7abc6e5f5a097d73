// The one address rule and the one plain-title function every way in uses (docs/security.md).
import { describe, expect, it } from 'vitest';
import { plainTitle } from '../../src/core/plain-title.ts';
import { checkReportUrl } from '../../src/core/report-address.ts';

describe('checkReportUrl', () => {
  it('keeps http(s) addresses in their normal form, without the fragment', () => {
    expect(checkReportUrl(' HTTPS://News.Example:443/a/./b/../c?q=1#top ')).toEqual({
      ok: true,
      url: 'https://news.example/a/c?q=1',
    });
    expect(checkReportUrl('http://news.example:8080')).toEqual({
      ok: true,
      url: 'http://news.example:8080/',
    });
    expect(checkReportUrl('https://пример.бел/навіны')).toEqual({
      ok: true,
      url: 'https://xn--e1afmkfd.xn--90ais/%D0%BD%D0%B0%D0%B2%D1%96%D0%BD%D1%8B',
    });
  });

  it('refuses other schemes, credentials and non-addresses, without echoing a password', () => {
    for (const url of ['javascript:alert(1)', 'JAVASCRIPT:x', 'data:text/html,x', 'ftp://a/b'])
      expect(checkReportUrl(url)).toMatchObject({
        ok: false,
        problem: expect.stringMatching(/^url must be an http or https address, not [a-z]+ \(/),
      });
    for (const url of ['https://u:hunter2@news.example/', 'http://u@news.example/']) {
      const r = checkReportUrl(url);
      expect(r).toEqual({
        ok: false,
        problem: 'url must not hold a user name or password (user:password@)',
      });
    }
    expect(checkReportUrl('news.example/a')).toEqual({
      ok: false,
      problem: 'url "news.example/a" is not a valid address',
    });
  });
});

describe('plainTitle', () => {
  it('removes tags, comments, declarations and code, and collapses whitespace', () => {
    expect(plainTitle('<img src=x onerror="alert(1)">Nine <b>freed</b>\n in\tMinsk')).toBe(
      'Nine freed in Minsk',
    );
    expect(plainTitle('<script>alert(1)</script>Freed<style>p{}</style>')).toBe('Freed');
    expect(plainTitle('A<!-- c -->B<![CDATA[x]]><?php x ?>')).toBe('A B');
    expect(plainTitle('<a title=">" href="javascript:x">link</a>')).toBe('link');
    // Removing '<b>' must not join '<' and 'img' into a tag: what is left is words, not markup.
    expect(plainTitle('<<b>img src=x onerror=alert(1)>>Freed')).not.toMatch(/<[a-z!?/]/i);
    expect(plainTitle('Freed <img src=x onerror=alert(1)')).toBe('Freed');
  });

  it('keeps text that only looks like comparison, and gives null for nothing', () => {
    expect(plainTitle('3 < 5 and 7 > 2')).toBe('3 < 5 and 7 > 2');
    expect(plainTitle('&lt;b&gt; stays as written')).toBe('&lt;b&gt; stays as written');
    expect(plainTitle('<br><hr>')).toBeNull();
    expect(plainTitle(undefined)).toBeNull();
  });
});
