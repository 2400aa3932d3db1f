/** Reading a platform's export: the importers' pure `importFile` (it pauses now and then, so the page never freezes). */
import { importFile } from '../../src/importers';
import type { ReadExport } from './HistoryImport';

export const readExport: ReadExport = (fileName, bytes, options) => importFile(fileName, bytes, options);
