/**
 * The length of a domain label in its ASCII (punycode, RFC 3492) form. X refuses a link whose
 * domain has a label longer than 63 characters in that form, which matters for text in scripts
 * without spaces: "詳しくはこちらexample.com" is one label to X, and a long sentence before a bare
 * domain stops it being a link.
 */

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;

function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / 700) : delta >> 1;
  d += Math.floor(d / points);
  let k = 0;
  for (; d > ((BASE - T_MIN) * T_MAX) >> 1; k += BASE) d = Math.floor(d / (BASE - T_MIN));
  return Math.floor(k + ((BASE - T_MIN + 1) * d) / (d + 38));
}

/** Length of the RFC 3492 encoding of `label` (without the `xn--` prefix). */
function encodedLength(label: string): number {
  const cps = Array.from(label, (c) => c.codePointAt(0)!);
  const basic = cps.filter((c) => c < 0x80).length;
  let length = basic + (basic > 0 ? 1 : 0);
  let n = 128;
  let delta = 0;
  let bias = 72;
  for (let handled = basic; handled < cps.length; ) {
    let m = Infinity;
    for (const c of cps) if (c >= n && c < m) m = c;
    delta += (m - n) * (handled + 1);
    n = m;
    for (const c of cps) {
      if (c < n) delta++;
      if (c !== n) continue;
      // Each delta is a variable-length number: count its digits.
      let q = delta;
      for (let k = BASE; ; k += BASE) {
        const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
        if (q < t) break;
        length++;
        q = Math.floor((q - t) / (BASE - t));
      }
      length++;
      bias = adapt(delta, handled + 1, handled === basic);
      delta = 0;
      handled++;
    }
    delta++;
    n++;
  }
  return length;
}

/**
 * How long `label` is once converted to ASCII the way twitter-text does (punycode's `toASCII`,
 * which also splits at ideographic full stops).
 */
export function asciiLabelLength(label: string): number {
  return label
    .split(/[\u3002\uff0e\uff61]/)
    .reduce((sum, part, i) => sum + (i > 0 ? 1 : 0) + (/[^\0-\x7f]/.test(part) ? 4 + encodedLength(part) : part.length), 0);
}
