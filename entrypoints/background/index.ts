import { defineBackground } from '#imports';

export default defineBackground(() => {
  // TODO: history writer
});
