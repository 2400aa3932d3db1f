/** The person's own phrases: a table with edit and remove, and the form to add one. */
import { useState } from 'react';
import type { CustomPhrase } from '../../src/lint/settings';
import { PHRASE_LISTS, PhraseForm } from './PhraseForm';
import { setAt, useSettingsApi } from './settings-context';

export function CustomPhrases() {
  const { settings, save } = useSettingsApi();
  const phrases = settings.phrases.custom;
  const [editing, setEditing] = useState<number | null>(null);
  const store = (next: CustomPhrase[]) => save((raw) => setAt(raw, ['phrases', 'custom'], next));

  return (
    <div className="card">
      <h3>Your own phrases</h3>
      <p className="muted">Added to PostLint's lists. A positive weight counts towards a warning; a negative one (value markers) counts against it.</p>
      <PhraseForm
        key={editing ?? 'new'}
        editing={editing === null ? null : phrases[editing]}
        onCancel={() => setEditing(null)}
        onSubmit={async (phrase) => {
          const next = editing === null ? [...phrases, phrase] : phrases.map((p, i) => (i === editing ? phrase : p));
          const saved = await store(next);
          if (saved) setEditing(null);
          return saved;
        }}
      />
      {phrases.length === 0 ? (
        <p className="empty">No phrases of your own yet.</p>
      ) : (
        <table className="phrase-table">
          <caption className="visually-hidden">Your own phrases</caption>
          <thead>
            <tr>
              <th scope="col">Phrase</th>
              <th scope="col">Counts as</th>
              <th scope="col">Weight</th>
              <th scope="col">Note</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {phrases.map((p, i) => (
              <tr key={`${i}-${p.phrase}`}>
                <td>{p.phrase}</td>
                <td>{PHRASE_LISTS[p.list]}</td>
                <td>{p.weight}</td>
                <td>{p.note}</td>
                <td className="row-actions">
                  <button type="button" onClick={() => setEditing(i)} aria-label={`Edit "${p.phrase}"`}>
                    Edit
                  </button>
                  <button type="button" onClick={() => void store(phrases.filter((_, j) => j !== i))} aria-label={`Remove "${p.phrase}"`}>
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
