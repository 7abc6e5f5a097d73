/**
 * Strings from char codes collected in a reused buffer (folds, skeletons, phonetic keys run
 * for every alias indexed). `String.fromCharCode.apply` over a typed-array view made a view
 * object per string; a plain array of the right length per size is reused instead.
 */
const BY_LENGTH: number[][] = Array.from({ length: 65 }, (_, m) => new Array<number>(m).fill(0));

/** The string of `codes[0 .. m)`. */
export function stringOfCodes(codes: Uint16Array, m: number): string {
  const list = BY_LENGTH[m];
  if (!list) return String.fromCharCode.apply(null, codes.subarray(0, m) as unknown as number[]);
  for (let i = 0; i < m; i++) list[i] = codes[i]!;
  return String.fromCharCode.apply(null, list);
}

/** A buffer of at least `size` codes: `buffer` itself when large enough, else a new one. */
export function codesFor(buffer: Uint16Array<ArrayBuffer>, size: number): Uint16Array<ArrayBuffer> {
  return buffer.length >= size ? buffer : new Uint16Array(Math.max(size, buffer.length * 2));
}

/** The characters `\s` matches (white space and line terminators), by char code. */
export function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
