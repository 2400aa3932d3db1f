/**
 * A number setting: typed text is checked against the schema as the person types; a valid value is
 * saved after a short pause, an invalid one is shown with zod's message next to the field and never
 * saved. A nullable one has a "No limit" checkbox.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { problemAt } from './field-schema';
import { setAt, useSettingsApi } from './settings-context';

const SAVE_DELAY_MS = 400;

interface Props {
  label: string;
  path: readonly string[];
  value: number | null;
  integer: boolean;
  nullable: boolean;
  min?: number;
  max?: number;
  fallback?: number;
}

export function NumberField({ label, path, value, integer, nullable, min, max, fallback = 0 }: Props) {
  const { settings, save } = useSettingsApi();
  const id = useId();
  const [text, setText] = useState(value === null ? '' : String(value));
  const [problem, setProblem] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const editing = useRef(false);

  // A change from elsewhere (another tab, an import) shows here unless the person is typing.
  useEffect(() => {
    if (!editing.current) setText(value === null ? '' : String(value));
  }, [value]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const commit = (next: number | null, delay: number) => {
    const message = problemAt(settings, path, next);
    setProblem(message);
    clearTimeout(timer.current);
    if (message) return;
    timer.current = setTimeout(() => {
      editing.current = false;
      void save((raw) => setAt(raw, path, next));
    }, delay);
  };

  const onText = (input: string) => {
    editing.current = true;
    setText(input);
    commit(input.trim() === '' ? Number.NaN : Number(input), SAVE_DELAY_MS);
  };

  const range = min !== undefined && max !== undefined ? `${min}–${max}` : undefined;
  const errorId = `${id}-error`;
  return (
    <div className="field number-field">
      <label htmlFor={id}>{label}</label>
      <div className="field-row">
        <input
          id={id}
          type="text"
          inputMode={integer ? 'numeric' : 'decimal'}
          value={text}
          disabled={value === null}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? errorId : undefined}
          onChange={(e) => onText(e.target.value)}
          onBlur={() => {
            if (!problem && timer.current) {
              clearTimeout(timer.current);
              commit(Number(text), 0);
            }
          }}
        />
        {range && <span className="hint">{range}</span>}
        {nullable && (
          <span className="inline">
            <input
              id={`${id}-none`}
              type="checkbox"
              checked={value === null}
              onChange={(e) => {
                const next = e.target.checked ? null : Number(text) || fallback;
                setText(next === null ? '' : String(next));
                commit(next, 0);
              }}
            />
            <label htmlFor={`${id}-none`}>No limit</label>
          </span>
        )}
      </div>
      {problem && (
        <p id={errorId} className="field-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
