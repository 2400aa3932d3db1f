/** Reading a platform's export: the importers' pure `importFile`. */
import type { ReadExport } from './HistoryImport';

export const readExport: ReadExport = async () => {
  throw new Error('reading platform exports is not available in this build');
};
