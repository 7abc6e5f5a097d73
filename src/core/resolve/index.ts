/** Resolution: mentions -> registry entities, reports -> release events, copies -> originals. */
export {
  type Assignment,
  assignEvent,
  type CountFact,
  DAY_TOLERANCE,
  type EventCandidate,
  FOLLOW_UP,
  JOIN_THRESHOLD,
  PUBLISHED_WINDOW,
  possibleDate,
  type ReleaseFacts,
  scoreEvent,
} from './assign-event.ts';
export { EventIndex, type IndexAssignment, monthsOf, widenDates } from './event-index.ts';
export {
  type EventMerge,
  eventsToMerge,
  fitsWell,
  type KeptApart,
  oneRelease,
} from './merge-events.ts';
export {
  compareFingerprints,
  FEATURE_THRESHOLD,
  type Fingerprint,
  factsAgree,
  fingerprint,
  foldWords,
  type KeyFacts,
  type NearDuplicate,
  NearDuplicateIndex,
  TEXT_THRESHOLD,
} from './near-duplicates.ts';
export { ActorRegistry, type ActorResolution, actorKey } from './resolve-actors.ts';
export {
  PersonRegistry,
  type PersonResolution,
  type ResolutionDecision,
} from './resolve-persons.ts';
