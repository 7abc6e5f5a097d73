/**
 * Strings from char codes collected in a reused buffer (folds, skeletons, phonetic keys run
 * for every alias indexed). `String.fromCharCode.apply` over a typed-array view made a view
 * object per string; a plain array of the right length per size is reused instead.
 */
const BY_LENGTH: number[][] = Array.from({ length: 65 }, (_, m) => new Array<number>(m).fill(0));

const fromCharCode = String.fromCharCode;

/**
 * The string of `codes[0 .. m)`. Up to eight codes (most skeletons, phonetic keys and frames)
 * are passed as arguments: a third faster than `apply` over a list.
 */
export function stringOfCodes(codes: Uint16Array, m: number): string {
  switch (m) {
    case 0:
      return '';
    case 1:
      return fromCharCode(codes[0]!);
    case 2:
      return fromCharCode(codes[0]!, codes[1]!);
    case 3:
      return fromCharCode(codes[0]!, codes[1]!, codes[2]!);
    case 4:
      return fromCharCode(codes[0]!, codes[1]!, codes[2]!, codes[3]!);
    case 5:
      return fromCharCode(codes[0]!, codes[1]!, codes[2]!, codes[3]!, codes[4]!);
    case 6:
      return fromCharCode(codes[0]!, codes[1]!, codes[2]!, codes[3]!, codes[4]!, codes[5]!);
    case 7:
      return fromCharCode(
        codes[0]!,
        codes[1]!,
        codes[2]!,
        codes[3]!,
        codes[4]!,
        codes[5]!,
        codes[6]!,
      );
    case 8:
      return fromCharCode(
        codes[0]!,
        codes[1]!,
        codes[2]!,
        codes[3]!,
        codes[4]!,
        codes[5]!,
        codes[6]!,
        codes[7]!,
      );
  }
  const list = BY_LENGTH[m];
  if (!list) return fromCharCode.apply(null, codes.subarray(0, m) as unknown as number[]);
  for (let i = 0; i < m; i++) list[i] = codes[i]!;
  return fromCharCode.apply(null, list);
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
