/** The built-in phrase lists (data files), each entry with a weight and a note. */
import type { PhraseList } from './match';
import ad from './ad.json';
import cta from './cta.json';
import urgency from './urgency.json';
import coldPitch from './cold-pitch.json';
import engagementBait from './engagement-bait.json';
import value from './value.json';

export const BUILTIN_PHRASE_LISTS: readonly PhraseList[] = [ad, cta, urgency, coldPitch, engagementBait, value];
