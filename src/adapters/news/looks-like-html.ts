// Whether a text is an HTML page, by its start. Apart from html-to-text.ts so that a caller can
// ask without loading Readability and linkedom (a quarter of a second on `habeas extract`).
export function looksLikeHtml(content: string): boolean {
  return /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>]|<p[\s>])/i.test(
    content,
  );
}
