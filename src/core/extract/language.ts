// Language of a report from its letters: enough to pick the rule set (en or ru/be).

export function detectLanguage(text: string): string {
  const n = Math.min(text.length, 4000);
  let cyr = 0;
  let lat = 0;
  let be = 0;
  // One pass over char codes: cheaper than three global regex matches on every report.
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x400 && c <= 0x4ff) {
      cyr++;
      if (c === 0x45e || c === 0x40e || c === 0x456 || c === 0x406) be++;
    } else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) lat++;
  }
  if (cyr === 0 || cyr < lat) return 'en';
  // Belarusian writes ў and і, which Russian does not use.
  return be > cyr * 0.01 ? 'be' : 'ru';
}

export function isCyrillicLanguage(language: string): boolean {
  return language === 'ru' || language === 'be' || language === 'uk';
}
