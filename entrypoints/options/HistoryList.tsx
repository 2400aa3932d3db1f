/**
 * The history as a virtualised list (@tanstack/react-virtual): only the rows on screen exist in
 * the DOM, so 10,000 posts scroll as smoothly as ten.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef } from 'react';
import type { HistoryRecord } from '../../src/history/schema';
import { PLATFORM_NAMES } from './platform-names';

const ROW_HEIGHT = 60;
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

interface Props {
  records: readonly HistoryRecord[];
  onDelete(record: HistoryRecord): void;
}

export function HistoryList({ records, onDelete }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: records.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    getItemKey: (i) => records[i].id,
    // A first paint before the scroller is measured (and a size where layout gives none).
    initialRect: { width: 800, height: 480 },
  });
  return (
    <div ref={scroller} className="history-scroller" tabIndex={0} aria-label="Your posts, newest first">
      <div role="list" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => (
          <HistoryRow key={item.key} record={records[item.index]} top={item.start} index={item.index} count={records.length} onDelete={onDelete} />
        ))}
      </div>
    </div>
  );
}

interface RowProps {
  record: HistoryRecord;
  top: number;
  index: number;
  count: number;
  onDelete(record: HistoryRecord): void;
}

const HistoryRow = memo(function HistoryRow({ record, top, index, count, onDelete }: RowProps) {
  const when = dateFormat.format(new Date(record.publishedAt));
  const warnings = record.diagnostics.length;
  const rules = [...new Set(record.diagnostics.map((d) => d.ruleId))].join(', ');
  const start = record.text.length > 40 ? `${record.text.slice(0, 40)}…` : record.text;
  return (
    <div role="listitem" aria-posinset={index + 1} aria-setsize={count} className="history-row" style={{ transform: `translateY(${top}px)`, height: ROW_HEIGHT }}>
      <div className="history-meta">
        <time dateTime={record.publishedAt}>{when}</time>
        <span className={`platform platform-${record.platform}`}>{PLATFORM_NAMES[record.platform]}</span>
        <span className="kind">{record.kind}</span>
        {record.source === 'import' && <span className="kind">imported</span>}
        <span className={warnings ? 'warnings' : 'muted'} title={rules || undefined}>
          {warnings ? `${warnings} warning${warnings === 1 ? '' : 's'}${rules ? `: ${rules}` : ''}` : 'no warnings'}
        </span>
      </div>
      <p className="history-text">{record.text}</p>
      <button type="button" className="row-delete" aria-label={`Delete post from ${when}: ${start}`} onClick={() => onDelete(record)}>
        Delete
      </button>
    </div>
  );
});
