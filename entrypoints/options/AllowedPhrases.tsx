/** Phrases that never count against a post (a product called "Free Spirit"). */
import { useState, type FormEvent } from 'react';
import { settingsSchema } from '../../src/lint/settings';
import { setAt, useSettingsApi } from './settings-context';

const allowedSchema = settingsSchema.shape.phrases.unwrap().shape.allowed.unwrap().element;

export function AllowedPhrases() {
  const { settings, save } = useSettingsApi();
  const allowed = settings.phrases.allowed;
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const store = (next: string[]) => save((raw) => setAt(raw, ['phrases', 'allowed'], next));

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const result = allowedSchema.safeParse(text);
    if (!result.success) return setProblem(result.error.issues[0].message);
    if (allowed.some((a) => a.toLowerCase() === result.data.toLowerCase())) return setProblem(`"${result.data}" is allowed already`);
    setProblem(null);
    if (await store([...allowed, result.data])) setText('');
  };

  return (
    <div className="card">
      <h3>Allowed phrases</h3>
      <p className="muted">Never counted against a post, whatever the lists say.</p>
      <form className="phrase-form" onSubmit={(e) => void add(e)} aria-label="Add an allowed phrase">
        <div className="field grow">
          <label htmlFor="allowed-text">Allowed phrase</label>
          <input
            id="allowed-text"
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'allowed-error' : undefined}
          />
          {problem && (
            <p id="allowed-error" className="field-error" role="alert">
              {problem}
            </p>
          )}
        </div>
        <div className="form-actions">
          <button type="submit" className="primary">
            Allow phrase
          </button>
        </div>
      </form>
      {allowed.length === 0 ? (
        <p className="empty">No allowed phrases yet.</p>
      ) : (
        <ul className="chips">
          {allowed.map((phrase) => (
            <li key={phrase}>
              {phrase}
              <button type="button" className="chip-remove" aria-label={`Remove allowed phrase "${phrase}"`} onClick={() => void store(allowed.filter((a) => a !== phrase))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
