import { z } from 'zod';
import { defineRule } from '../rule';

// TODO: implement (stub so the registry compiles).
export const shouting = defineRule({
  id: 'shouting',
  description: 'TODO',
  why: 'TODO',
  defaultSeverity: 'warning',
  options: z.object({}),
  check: () => [],
});
