// A pardon may cover people who are not in prison: '49 pardoned: 14 serving non-custodial
// sentences and 34 prisoners'. The part described as non-custodial frees no one, and the part
// listed beside it is the count of those who leave prison.

// Right after a count's noun (a participle or relative clause may come between): its people
// serve no prison term. Parole and suspended terms are left out: 'freed on parole' is freed.
const NON_CUSTODIAL =
  /^[^.;!?\p{Nd}]{0,60}?(?:non-custodial|hapis dışı|not (?:in|behind) (?:prison|bars|custody)|не связан\p{L}* с [^.;,\p{Nd}]{0,30}?лишени\p{L}* свободы|без лишения свободы|не пов['’]язан\p{L}* з [^.;,\p{Nd}]{0,30}?позбавлення\p{L}* волі|без позбавлення волі|no privativ\p{L}* de (?:la )?libertad|sin privación de (?:la )?libertad|não privativ\p{L}* de liberdade|non privativ\p{L}* de liberté|sans privation de liberté|ohne Freiheitsentzug|nicht freiheitsentziehend\p{L}*|non detentiv\p{L}*|bez pozbawienia wolności|nieizolacyjn\p{L}*|wolnościow\p{L}*)/iu;

/** Whether the text right after a count (from its noun's end) says its people are not held. */
export function nonCustodial(after: string): boolean {
  return NON_CUSTODIAL.test(after.slice(0, 120));
}

/** How much a part listed beside a non-custodial one gains: it is the part freed from prison. */
export const CUSTODIAL_SIBLING_BONUS = 2;
