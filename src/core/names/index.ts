/** The name engine: normalisation, transliteration, given-name groups, matching, candidate index. */
export { CandidateIndex, type SearchHit, type SearchOptions } from './candidate-index.ts';
export {
  type CompareOptions,
  compareNames,
  compareParsed,
  PENALTIES,
  THRESHOLDS,
  WEIGHTS,
} from './compare.ts';
export { foldToken } from './fold.ts';
export { GIVEN_NAME_GROUPS, type GivenNameGroup } from './given-names-data.ts';
export { type Judgement, Judgements, type Verdict } from './judgements.ts';
export { nominativeCandidates, surnameGender } from './morphology.ts';
export { type NormalisedName, normaliseName } from './normalise.ts';
export { type ParsedName, parseName } from './parse.ts';
export { guessScript, type ScriptGuess } from './script.ts';
export { jaroWinkler } from './similarity.ts';
export { phoneticKey, skeleton } from './sound-keys.ts';
export { ROMANISATION_SYSTEMS, type RomanisationSystem, transliterate } from './translit.ts';
export type {
  CompareResult,
  Decision,
  EvidenceHow,
  EvidenceItem,
  EvidencePart,
  Gender,
} from './types.ts';
