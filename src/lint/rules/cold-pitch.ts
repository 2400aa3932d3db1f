import { z } from 'zod';
import { defineRule } from '../rule';

// TODO: implement (stub so the registry compiles).
export const coldPitch = defineRule({
  id: 'cold-pitch',
  description: 'TODO',
  why: 'TODO',
  defaultSeverity: 'warning',
  options: z.object({}),
  check: () => [],
});
