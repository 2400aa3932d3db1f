import type { Platform } from '../../src/lint/types';

/** How each platform is named on the page. */
export const PLATFORM_NAMES: Record<Platform, string> = { x: 'X', facebook: 'Facebook', linkedin: 'LinkedIn' };
