/** Offsets in a text's NFC form, mapped back to the text as written. */

/**
 * Where an offset in `text.normalize('NFC')` lies in `text`. Inside a run that normalisation
 * changed in length (a decomposed "é" composed), it gives the start of that run.
 */
export function nfcOffsetInOriginal(text: string, offset: number): number {
  // NFC never changes ASCII and never reaches across an ASCII character, so each non-ASCII run
  // normalised with the ASCII character before it gives the NFC text piece by piece.
  let nfcAt = 0;
  let last = 0;
  for (const m of text.matchAll(/[\0-\x7f]?[^\0-\x7f]+/g)) {
    const piece = m[0].normalize('NFC');
    const pieceStart = nfcAt + (m.index - last);
    if (offset < pieceStart) break;
    if (offset < pieceStart + piece.length) return piece.length === m[0].length ? m.index + offset - pieceStart : m.index;
    nfcAt = pieceStart + piece.length;
    last = m.index + m[0].length;
  }
  return last + (offset - nfcAt);
}
