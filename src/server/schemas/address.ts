/**
 * An address in a request body, checked by the one address rule (core/report-address.ts: http
 * or https, no credentials, at most 2,000 characters as given and in normal form) in the
 * schema, so every route refuses it the same way: a 400 naming `body.url`. Where it is stored,
 * the use case keeps the normal form.
 */
import { z } from 'zod';
import { checkReportUrl, maxUrlChars } from '../../core/report-address.ts';

export const address = z
  .string()
  .min(1)
  .max(maxUrlChars, `url may be at most ${maxUrlChars} characters`)
  .superRefine((url, ctx) => {
    const checked = checkReportUrl(url);
    if (!checked.ok)
      ctx.addIssue({ code: 'custom', message: checked.problem.replace(/^url /, '') });
  });
