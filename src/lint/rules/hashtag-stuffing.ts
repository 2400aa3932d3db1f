import { z } from 'zod';
import { defineRule } from '../rule';

// TODO: implement (stub so the registry compiles).
export const hashtagStuffing = defineRule({
  id: 'hashtag-stuffing',
  description: 'TODO',
  why: 'TODO',
  defaultSeverity: 'warning',
  options: z.object({}),
  check: () => [],
});
