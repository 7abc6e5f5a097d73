/**
 * Which stored detention a report's arrest, charge, sentence or recognition of a person belongs
 * to. Many reports tell one detention (the arrest, the charge, the sentence, the recognition,
 * each told several times), and the ledger should hold one `detention` record for it that the
 * reports add to, not one per report for a reviewer to join by hand. A person freed since is
 * another matter: what is told after the release is a new detention, and an arrest after a
 * release is a re-arrest (status `re_arrested`), which the count reads as held again.
 *
 * Dates are ISO strings of any precision (`2025`, `2025-09`, `2025-09-11`); a date of coarser
 * precision is never taken as before or after one inside it.
 */

interface Episode {
  id: string;
  /** The day it began as the ledger knows it (arrest or recognition date), if known. */
  start: string | null;
}

/** a is known to be strictly before b: neither date contains the other. */
export function isBefore(a: string, b: string): boolean {
  return a < b && !b.startsWith(a);
}

export class DetentionEpisodes {
  private readonly episodes = new Map<string, Episode[]>();
  /** person -> the days they were freed (released, pardoned, expelled, sentence served). */
  private readonly freed = new Map<string, string[]>();

  addEpisode(person: string, id: string, start: string | null): void {
    const list = this.episodes.get(person) ?? [];
    const known = list.find((e) => e.id === id);
    if (known) {
      if (start && (!known.start || isBefore(start, known.start))) known.start = start;
      return;
    }
    list.push({ id, start });
    this.episodes.set(person, list);
  }

  addRelease(person: string, day: string): void {
    const list = this.freed.get(person) ?? [];
    if (!list.includes(day)) list.push(day);
    this.freed.set(person, list);
  }

  /**
   * The detention an event of the person at `at` (null: unknown) joins: the latest one the
   * person was not freed from since it began. A release with no known day, or one not known to
   * fall between the detention's start and the event, does not split them: joining is what the
   * reports usually mean, and a reviewer can still split it.
   */
  joinable(person: string, at: string | null): string | null {
    const list = this.episodes.get(person);
    if (!list || list.length === 0) return null;
    const latest = list.reduce((a, b) =>
      b.start && (!a.start || isBefore(a.start, b.start)) ? b : a,
    );
    const freedBetween = (this.freed.get(person) ?? []).some(
      (day) =>
        (latest.start === null || !isBefore(day, latest.start)) &&
        (at === null || isBefore(day, at)),
    );
    return freedBetween ? null : latest.id;
  }

  /** The person was freed on a day known to be before `at`: an arrest then is a re-arrest. */
  freedBefore(person: string, at: string | null): boolean {
    if (at === null) return false;
    return (this.freed.get(person) ?? []).some((day) => isBefore(day, at));
  }
}
