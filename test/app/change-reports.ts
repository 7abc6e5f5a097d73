/** Reports the What is new and webhook tests ingest (written for the tests). */
export const freedReport = {
  text: 'Belarus released 52 political prisoners on 11 September 2025 after talks with a US envoy, Viasna said.',
  title: 'Belarus frees 52',
  publishedAt: '2025-09-11',
  url: 'https://news.example.org/belarus-52',
};

export const pardonReport = {
  text: 'Belarus pardoned 16 political prisoners on 2 July 2024, the presidential press service said.',
  title: 'Sixteen pardoned',
  publishedAt: '2024-07-02',
  url: 'https://news.example.org/belarus-16',
};
