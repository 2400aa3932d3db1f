import { z } from 'zod';
import { defineRule } from '../rule';

// TODO: implement (stub so the registry compiles).
export const engagementBait = defineRule({
  id: 'engagement-bait',
  description: 'TODO',
  why: 'TODO',
  defaultSeverity: 'warning',
  options: z.object({}),
  check: () => [],
});
