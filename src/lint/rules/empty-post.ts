import { z } from 'zod';
import { defineRule } from '../rule';

// TODO: implement (stub so the registry compiles).
export const emptyPost = defineRule({
  id: 'empty-post',
  description: 'TODO',
  why: 'TODO',
  defaultSeverity: 'warning',
  options: z.object({}),
  check: () => [],
});
