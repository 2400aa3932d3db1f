/** Platform names and their chart colour classes (colours themselves live in summary.css). */
import type { Platform } from '../../../src/lint/index';

export const SITE_NAMES: Record<Platform, string> = { x: 'X', facebook: 'Facebook', linkedin: 'LinkedIn' };

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
