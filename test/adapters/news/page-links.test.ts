/**
 * A page that lists articles read as its article links (docs/watch.md, kind `links`): links in
 * the main part, on the page's host (or one allowed), that look like articles; navigation,
 * listings, account pages, anchors, assets and other schemes left out; each article once.
 */
import { describe, expect, it } from 'vitest';
import { articleLinks } from '../../../src/adapters/news/page-links.ts';

const page = 'https://www.rights.example.org/news/';

const listing = `<!doctype html><html><head><title>News</title></head><body>
<header><a href="/">Home</a><a href="/news/2025/09/menu-story-1">Menu story</a></header>
<nav><a href="/about-us">About</a><a href="/news/2025/09/nav-story">Nav story</a></nav>
<div role="navigation"><a href="/news/2025/09/role-nav-story">Role nav</a></div>
<main>
  <ul class="list">
    <li><a href="/news/2025/09/eleven-released">Eleven released in Minsk</a>
        <a href="/news/2025/09/eleven-released#comments">12 comments</a>
        <a href="/news/2025/09/eleven-released?utm_source=x">Read more</a></li>
    <li><a href="https://rights.example.org/news/2025/09/court-in-hrodna">Court in Hrodna</a></li>
    <li><a href="article.php?id=1432">Short note</a></li>
    <li><a href="/?p=99"><img src="/i/99.jpg" alt="Pardon signed"></a></li>
    <li><a href="https://media.example.net/2025/interview-with-a-lawyer">Interview</a></li>
    <li><a href="https://other.example.com/2025/elsewhere-story">Elsewhere</a></li>
  </ul>
  <nav class="pager"><a href="/news/page/2">2</a></nav>
  <p>
    <a href="/tag/releases">releases</a> <a href="/category/courts">courts</a>
    <a href="/news/?page=2">next</a> <a href="/login">Sign in</a>
    <a href="/files/report-2025.pdf">PDF</a> <a href="/img/photo-1.jpg">photo</a>
    <a href="#top">top</a> <a href="mailto:desk@rights.example.org">mail</a>
    <a href="javascript:void(0)">js</a> <a href="tel:+375170000000">call</a>
    <a href="/news/">this page</a> <a href="/news">News</a> <a href="/feed">RSS</a>
    <a rel="tag" href="/news/2025/09/tagged-story-9">tag</a>
  </p>
</main>
<footer><a href="/news/2025/09/footer-story">Footer story</a></footer>
</body></html>`;

describe('articleLinks', () => {
  it('keeps the article links of the main part, each once (fragments and tracking dropped), and nothing else', () => {
    const links = articleLinks(listing, page, { hosts: ['media.example.net'] });
    expect(links).toEqual([
      {
        url: 'https://www.rights.example.org/news/2025/09/eleven-released',
        text: 'Eleven released in Minsk',
      },
      { url: 'https://rights.example.org/news/2025/09/court-in-hrodna', text: 'Court in Hrodna' },
      { url: 'https://www.rights.example.org/news/article.php?id=1432', text: 'Short note' },
      { url: 'https://www.rights.example.org/?p=99', text: 'Pardon signed' },
      { url: 'https://media.example.net/2025/interview-with-a-lawyer', text: 'Interview' },
    ]);
  });

  it('leaves another host out unless allowed', () => {
    const urls = articleLinks(listing, page).map((l) => l.url);
    expect(urls).not.toContain('https://media.example.net/2025/interview-with-a-lawyer');
    expect(urls.some((u) => u.includes('other.example.com'))).toBe(false);
  });

  it('without a main part, reads the articles, then the body outside navigation', () => {
    const teasers = `<body><nav><a href="/a/nav-1">n</a></nav>
      <article><h2><a href="/a/first-story">First</a></h2></article>
      <article><h2><a href="/a/second-story">Second</a></h2></article>
      <div><a href="/a/outside-articles">Outside</a></div></body>`;
    expect(articleLinks(teasers, 'https://x.example/').map((l) => l.url)).toEqual([
      'https://x.example/a/first-story',
      'https://x.example/a/second-story',
    ]);
    const plain = `<body><header><a href="/a/head-1">h</a></header>
      <div class="list"><a href="/a/one-1">One</a><a href="/a/two-2">Two</a></div>
      <aside><a href="/a/side-3">Side</a></aside></body>`;
    expect(articleLinks(plain, 'https://x.example/').map((l) => l.url)).toEqual([
      'https://x.example/a/one-1',
      'https://x.example/a/two-2',
    ]);
  });

  it('looks wider when the main part links no article, and honours <base href>', () => {
    const html = `<head><base href="https://x.example/en/"></head><body>
      <main><a href="/about">About</a></main>
      <section><a href="news/2025-story">Story</a></section></body>`;
    expect(articleLinks(html, 'https://x.example/list').map((l) => l.url)).toEqual([
      'https://x.example/en/news/2025-story',
    ]);
  });

  it('stops at the cap, in page order', () => {
    const many = `<main>${Array.from({ length: 50 }, (_, i) => `<a href="/a/s-${i}">S ${i}</a>`).join('')}</main>`;
    const links = articleLinks(many, 'https://x.example/', { max: 7 });
    expect(links.map((l) => l.url)).toEqual(
      Array.from({ length: 7 }, (_, i) => `https://x.example/a/s-${i}`),
    );
  });
});
