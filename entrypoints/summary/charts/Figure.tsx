/**
 * The frame every chart of the summary sits in: a `<figure>` with a title, a one-sentence
 * description as its `<figcaption>`, the picture, and its numbers as a table behind "Show the
 * numbers" (a native `<details>`, so it opens with the keyboard and screen readers know it).
 *
 * Why hand-made SVG rather than a chart library: the nine charts here are bars, one grid and a
 * few markers, about a hundred lines each; a library (Recharts, Chart.js, Nivo) would add 50–150
 * KB gzip to a page that must open fast with 10,000 posts, draw on canvas or with its own
 * accessibility model, and need its own theming. Plain SVG takes its colours from CSS custom
 * properties (`--c-x`, `--c-goal` …), so light and dark follow `prefers-color-scheme` with no
 * script, and each picture is one `role="img"` with an aria-label, next to a real table.
 */
import type { ReactNode } from 'react';

export interface FigureTable {
  head: string[];
  rows: (string | number)[][];
}

interface FigureProps {
  id: string;
  title: string;
  /** What the picture shows, in a sentence: the caption and the text alternative. */
  description: string;
  table?: FigureTable;
  children: ReactNode;
}

export function Figure({ id, title, description, table, children }: FigureProps) {
  return (
    <figure className="card chart" aria-labelledby={`${id}-title`} data-chart={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      <figcaption>{description}</figcaption>
      <div className="chart-body">{children}</div>
      {table && table.rows.length > 0 && (
        <details className="numbers">
          <summary>Show the numbers</summary>
          <table>
            <thead>
              <tr>
                {table.head.map((h) => (
                  <th key={h} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, i) => (
                <tr key={i}>
                  {row.map((cell, j) =>
                    j === 0 ? (
                      <th key={j} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={j}>{cell}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </figure>
  );
}

/** A horizontal bar of `value` out of `max`, with an optional goal marker: promotions, conversation, time. */
export function MeterBar({ label, value, max, goal, tone }: { label: string; value: number; max: number; goal?: number | null; tone: string }) {
  const width = 300;
  const scale = (v: number) => (max > 0 ? Math.min(1, v / max) * width : 0);
  const over = goal !== undefined && goal !== null && value > goal;
  return (
    <svg className="meter" viewBox={`0 0 ${width} 22`} role="img" aria-label={label} preserveAspectRatio="none">
      <rect className="track" x="0" y="4" width={width} height="14" rx="3" />
      <rect className={`fill ${tone}${over ? ' over' : ''}`} x="0" y="4" width={scale(value)} height="14" rx="3" />
      {goal !== undefined && goal !== null && <rect className="goal-mark" x={Math.max(0, scale(goal) - 1.5)} y="0" width="3" height="22" />}
    </svg>
  );
}
