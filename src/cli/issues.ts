/** Turns zod errors into the CLI's "field: what is wrong" messages. */
import type { z } from 'zod';

/** `history.2.publishedAt: not a date …`, issues joined by "; " (the bare message for the whole value). */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

/** JSON.parse that reports failure as a message instead of throwing. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error: `not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
}
