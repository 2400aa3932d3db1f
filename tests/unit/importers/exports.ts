/** Reads the sample exports under tests/fixtures/exports/. */
import { readFileSync } from 'node:fs';

/** The bytes of one sample export. */
export function exportBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../../fixtures/exports/${name}`, import.meta.url)));
}

export const encode = (text: string) => new TextEncoder().encode(text);
