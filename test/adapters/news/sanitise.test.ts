import { serialize } from 'node:v8';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blocksToText } from '../../../src/adapters/news/html-to-text.ts';
import { narrowString } from '../../../src/adapters/news/narrow-string.ts';
import {
  fragmentText,
  sanitiseForExtraction,
  sanitiseHtml,
  sanitiseTitle,
} from '../../../src/adapters/news/sanitise.ts';
import { variedReports } from '../../app/ingest-variants.ts';

// Well-known injection shapes: script in every disguise, event handlers, dangerous URL schemes,
// frames, styles, SVG/MathML, parser confusion (comments, CDATA, unclosed tags, mixed case).
const payloads = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//evil.test/x.js></SCRIPT>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '<script/xss src="http://evil.test/a.js"></script>',
  '<<script>alert(1);//<</script>',
  '<img src=x onerror=alert(1)>',
  '<img src="javascript:alert(1)">',
  '<IMG SRC=JaVaScRiPt:alert(1)>',
  '<img src=`javascript:alert(1)`>',
  '<img """><script>alert(1)</script>">',
  '<img src=x:alert(alt) onerror=eval(src) alt=0>',
  '<body onload=alert(1)>',
  '<p onclick="alert(1)" onmouseover=alert(2)>hover</p>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<div style="width: expression(alert(1));">x</div>',
  '<style>@import "http://evil.test/x.css";</style>',
  '<link rel="stylesheet" href="http://evil.test/x.css">',
  '<a href="javascript:alert(1)">click</a>',
  '<a href="JAVASCRIPT:alert(1)">click</a>',
  '<a href=" javascript:alert(1)">click</a>',
  '<a href="jav&#x09;ascript:alert(1)">click</a>',
  '<a href="jav&#x0A;ascript:alert(1)">click</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">click</a>',
  '<a href="vbscript:msgbox(1)">click</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">click</a>',
  '<a href="//evil.test/">protocol-relative</a>',
  '<a href="https://ok.test/" onfocus="alert(1)" autofocus>ok</a>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<frameset><frame src="javascript:alert(1)"></frameset>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">x</text></a></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
  '<form action="javascript:alert(1)"><input type=submit></form>',
  '<button formaction="javascript:alert(1)">x</button>',
  '<input onfocus=alert(1) autofocus>',
  '<textarea><script>alert(1)</script></textarea>',
  '<details open ontoggle=alert(1)>',
  '<video><source onerror="alert(1)"></video>',
  '<audio src=x onerror=alert(1)>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<!--<script>alert(1)</script>-->',
  '<![CDATA[<script>alert(1)</script>]]>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<template><script>alert(1)</script></template>',
  '<p title="x" onmouseenter="alert(1)">title kept, handler not</p>',
  '<span id="x" class="y" style="color:red">ids and classes</span>',
  '<table background="javascript:alert(1)"><tr><td>x</td></tr></table>',
  '<blockquote cite="javascript:alert(1)">quoted</blockquote>',
  '<marquee onstart=alert(1)>x</marquee>',
  '<isindex type=image src=1 onerror=alert(1)>',
  '<xmp><script>alert(1)</script></xmp>',
  '"><script>alert(document.cookie)</script>',
  "'';!--\"<XSS>=&{()}",
  '<a href="https://ok.test/x?a=1&b=2" target="_top">fine link</a>',
];

const displayTags = new Set([
  'p',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'q',
  'cite',
  'pre',
  'code',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'a',
  'b',
  'i',
  'em',
  'strong',
  'u',
  's',
  'small',
  'sub',
  'sup',
  'mark',
  'abbr',
  'time',
  'span',
  'div',
  'figure',
  'figcaption',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'caption',
]);
const structureTags = ['article', 'section', 'main', 'header', 'footer', 'nav', 'aside'];
const safeAttributes = new Set([
  'href',
  'title',
  'rel',
  'datetime',
  'colspan',
  'rowspan',
  'scope',
  'lang',
  'dir',
]);

interface El {
  tagName: string;
  attributes: ArrayLike<{ name: string; value: string }>;
}

function elementsOf(html: string): El[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return [...(document.body.querySelectorAll('*') as unknown as Iterable<El>)];
}

function assertSafe(html: string, allowedTags: Set<string>, allowedAttrs: Set<string>): void {
  expect(html).not.toMatch(
    /<\s*\/?\s*(script|style|iframe|frame|frameset|object|embed|svg|math|form|input|button|textarea|img|video|audio|source|meta|base|link|template|details|marquee|isindex|xmp|noscript)\b/i,
  );
  for (const el of elementsOf(html)) {
    const tag = el.tagName.toLowerCase();
    expect(allowedTags.has(tag), `tag <${tag}> in ${html}`).toBe(true);
    for (const { name, value } of Array.from(el.attributes)) {
      expect(allowedAttrs.has(name.toLowerCase()), `attribute ${name} in ${html}`).toBe(true);
      expect(name.toLowerCase().startsWith('on')).toBe(false);
      if (name === 'href') expect(value).toMatch(/^(https?:\/\/|mailto:)/i);
      expect(value).not.toMatch(/javascript:|vbscript:|data:|expression\(/i);
    }
  }
}

describe('sanitiseHtml (display)', () => {
  for (const payload of payloads) {
    it(`neutralises ${payload.slice(0, 70)}`, () => {
      assertSafe(sanitiseHtml(payload), displayTags, safeAttributes);
    });
  }

  it('keeps the text, paragraphs and safe links of an ordinary report', () => {
    const out = sanitiseHtml(
      '<article class="story"><h1>Fourteen freed</h1><p onclick="x()">They crossed into <a href="https://example.org/lt">Lithuania</a> at noon.</p><script>track()</script></article>',
    );
    expect(out).toBe(
      '<h1>Fourteen freed</h1><p>They crossed into <a href="https://example.org/lt" rel="nofollow noopener noreferrer">Lithuania</a> at noon.</p>',
    );
  });

  it('drops the content of scripts, styles and frames, not just their tags', () => {
    const out = sanitiseHtml(
      '<p>a</p><script>var secret = 1;</script><style>.x{}</style><iframe>frame text</iframe><p>b</p>',
    );
    expect(out).toBe('<p>a</p><p>b</p>');
  });
});

describe('sanitiseForExtraction', () => {
  const tags = new Set([...displayTags, ...structureTags, 'html', 'head', 'title', 'body']);
  const attrs = new Set([...safeAttributes, 'class', 'id']);
  for (const payload of payloads) {
    it(`neutralises ${payload.slice(0, 70)}`, () => {
      assertSafe(sanitiseForExtraction(payload), tags, attrs);
    });
  }

  it('keeps page structure, class, id and the title for Readability', () => {
    const out = sanitiseForExtraction(
      '<html><head><title>Release &amp; exile</title><script>x</script></head><body><nav class="menu">Home</nav><article id="story" class="post" style="color:red"><p>Text.</p></article></body></html>',
    );
    expect(out).toContain('<title>Release &amp; exile</title>');
    expect(out).toContain('<nav class="menu">Home</nav>');
    expect(out).toContain('<article id="story" class="post"><p>Text.</p></article>');
    expect(out).not.toContain('style=');
  });

  it('cannot be broken out of through the title', () => {
    const out = sanitiseForExtraction('<title></title><script>alert(1)</script></title><p>x</p>');
    assertSafe(out, tags, attrs);
  });
});

describe('sanitiseTitle', () => {
  for (const payload of payloads) {
    it(`leaves plain text of ${payload.slice(0, 70)}`, () => {
      const out = sanitiseTitle(payload);
      expect(out).not.toMatch(/<\/?[a-z!?]/i);
      expect(out).not.toMatch(/alert\(document\.cookie\)|var secret/);
    });
  }

  it('decodes entities, drops tags and collapses space', () => {
    expect(sanitiseTitle('  Belarus frees 52 &amp; <b>opens</b>\n an&nbsp;embassy ')).toBe(
      'Belarus frees 52 & opens an embassy',
    );
    expect(sanitiseTitle('&lt;script&gt;alert(1)&lt;/script&gt; Title')).toBe('Title');
    expect(sanitiseTitle('5 < 6 and 7 > 3')).toBe('5 < 6 and 7 > 3');
    expect(sanitiseTitle('x'.repeat(900))).toHaveLength(500);
  });
});

// Shapes a feed item's HTML takes: entities, spaces of every kind, nesting, blocks the display
// allow-list drops (their text stays, run together), void tags, unclosed tags, parser tricks.
const fragments = [
  '<p>One &amp; <b>two</b></p><script>x()</script><ul><li>a</li><li>b</li></ul>Tail <a href="javascript:x">link</a> text<br>next',
  '<div><h2>T</h2><p>x&nbsp;y &lt;z&gt; &amp;amp; &copy; &#8212; &#x41;</p><table><tr><td>c1</td><td>c2</td></tr><tr><th>h</th></tr></table></div>',
  '<p>a<div>b</div>c</p><P>Upper</P><DIV>case</DIV>',
  '<section>s1</section><section>s2</section><article>a1</article><main>m</main><header>h</header>',
  '<nav>menu</nav><aside>side</aside><form><input>x</form><button>b</button><svg><text>t</text></svg>',
  '<pre>line 1\n   line 2\n\n\nline 3</pre>',
  '<p>a\t\t b \n\n c</p>\n\n\n<p>  </p><p>d</p><!-- c --><![CDATA[x]]>',
  '<a title="x > y" href="/a">quoted > gt</a><p>unclosed <b>bold <i>it</p> tail',
  '<blockquote>q<figure><img><figcaption>cap</figcaption></figure></blockquote>',
  '<dl><dt>t</dt><dd>d</dd></dl><hr/><br/>x<br />y<ul><li>1<ul><li>1.1</li></ul></li></ul>',
  'a &lt;script&gt;alert(1)&lt;/script&gt; b &quot;q&quot; &#39;n&#39; &amp;lt;p&amp;gt; <<>> & &&',
  '<p>\u00a0\u00a0x\u2003y\u00a0</p><title>T</title><textarea>t</textarea>',
  'plain words only',
  // Read straight from the parser (no element dropped with its content): stray and odd tags.
  '</p>stray<p/>self</br>after<custom-el>c</custom-el><o:p>o</o:p><LI>l</LI>',
  '<table><caption>cap</caption><tbody><tr><td>1</td></tr></tbody></table>&unknown; &amp x',
  // Through the sanitiser: an element it drops with its content, after text read already.
  '<p>before</p><noscript><p>n</p></noscript>kept <iframe>f</iframe>z',
];

describe('fragmentText (a feed item: sanitised, then its text, in one pass)', () => {
  // The reports of ingest's test corpus as feeds carry them: paragraphs, or lines broken by <br>.
  const escaped = (t: string) =>
    t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const corpus = [...variedReports(300)].flatMap((r) => {
    const text = 'input' in r ? (r.input.text ?? '') : '';
    const paragraphs = text.split(/\n+/).map((p) => `<p>${escaped(p)}</p>`);
    return [paragraphs.join(''), escaped(text).replace(/\n/g, '<br>')];
  });

  it('gives the text of the sanitised HTML exactly as ingesting that HTML did', () => {
    for (const html of [...fragments, ...payloads, ...corpus])
      expect([html, fragmentText(html)]).toEqual([html, blocksToText(sanitiseHtml(html))]);
  });

  it('keeps paragraphs apart and leaves nothing of a script', () => {
    expect(fragmentText(fragments[0]!)).toBe('One & two\n\na\n\nb\n\nTail link text\n\nnext');
    for (const p of payloads)
      expect(fragmentText(p)).not.toMatch(/<script|alert\(1\)<\/|onerror=/i);
  });
});

describe('narrowString (a text one byte a character when it can be)', () => {
  // V8's serialisation says how a string is held: tag '"' one byte a character, 'c' two.
  const width = (s: string) => {
    const b = serialize(s);
    let i = 2;
    while (b[i] === 0) i++;
    return b[i] === 0x22 ? 1 : b[i] === 0x63 ? 2 : 0;
  };
  // A cut of a string with one wide character is held two bytes a character, as a feed's
  // items are when anything in the feed is wide.
  const cut = (s: string) => `\u0449${s}`.slice(1);

  it('narrows a Latin-1 text cut from a wider one, and keeps a wide one as it is', () => {
    const latin = cut(`Caf\u00e9_${'released_'.repeat(40)}`);
    expect(width(latin)).toBe(2);
    expect(narrowString(latin)).toBe(latin);
    expect(width(narrowString(latin))).toBe(1);
    const wide = cut(
      `\u041f\u043e\u043c\u0438\u043b\u043e\u0432\u0430\u043d\u044b ${'x'.repeat(40)}`,
    );
    expect(narrowString(wide)).toBe(wide);
    expect(width(narrowString(wide))).toBe(2);
  });

  it('is what fragmentText gives', () => {
    const html = cut(`<p>${'released_'.repeat(40)}</p><p>second</p>`);
    expect(fragmentText(html)).toBe(`${'released_'.repeat(40)}\n\nsecond`);
    expect(width(fragmentText(html))).toBe(1);
  });
});
