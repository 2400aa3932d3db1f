/** The form that adds one own phrase, or edits one: checked with the settings' phrase schema. */
import { useState, type FormEvent } from 'react';
import { customPhraseSchema, type CustomPhrase } from '../../src/lint/settings';

export const PHRASE_LISTS: Record<CustomPhrase['list'], string> = {
  ad: 'Ad phrase',
  cta: 'Call to action',
  urgency: 'Urgency',
  'cold-pitch': 'Cold-pitch opener',
  'engagement-bait': 'Engagement bait',
  value: 'Value marker',
};

interface Props {
  /** The phrase being edited, or null to add a new one. */
  editing: CustomPhrase | null;
  onSubmit(phrase: CustomPhrase): Promise<boolean>;
  onCancel(): void;
}

type Problems = Partial<Record<keyof CustomPhrase, string>>;

export function PhraseForm({ editing, onSubmit, onCancel }: Props) {
  const [phrase, setPhrase] = useState(editing?.phrase ?? '');
  const [list, setList] = useState<CustomPhrase['list']>(editing?.list ?? 'ad');
  const [weight, setWeight] = useState(String(editing?.weight ?? 2));
  const [note, setNote] = useState(editing?.note ?? '');
  const [problems, setProblems] = useState<Problems>({});

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = customPhraseSchema.safeParse({ list, phrase, weight: weight.trim() === '' ? Number.NaN : Number(weight), note });
    if (!result.success) {
      const found: Problems = {};
      for (const issue of result.error.issues) found[issue.path[0] as keyof CustomPhrase] ??= issue.message;
      setProblems(found);
      return;
    }
    setProblems({});
    if ((await onSubmit(result.data)) && !editing) {
      setPhrase('');
      setNote('');
    }
  };

  const error = (field: keyof CustomPhrase) =>
    problems[field] && (
      <p id={`phrase-${field}-error`} className="field-error" role="alert">
        {problems[field]}
      </p>
    );
  const invalid = (field: keyof CustomPhrase) => (problems[field] ? { 'aria-invalid': true, 'aria-describedby': `phrase-${field}-error` } : {});

  return (
    <form className="phrase-form" onSubmit={(e) => void submit(e)} aria-label={editing ? 'Edit phrase' : 'Add a phrase'}>
      <div className="field grow">
        <label htmlFor="phrase-text">Phrase</label>
        <input id="phrase-text" value={phrase} onChange={(e) => setPhrase(e.target.value)} {...invalid('phrase')} />
        {error('phrase')}
      </div>
      <div className="field">
        <label htmlFor="phrase-list">Counts as</label>
        <select id="phrase-list" value={list} onChange={(e) => setList(e.target.value as CustomPhrase['list'])}>
          {Object.entries(PHRASE_LISTS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="field narrow">
        <label htmlFor="phrase-weight">Weight</label>
        <input id="phrase-weight" inputMode="decimal" value={weight} onChange={(e) => setWeight(e.target.value)} {...invalid('weight')} />
        {error('weight')}
      </div>
      <div className="field grow">
        <label htmlFor="phrase-note">Note</label>
        <input id="phrase-note" value={note} onChange={(e) => setNote(e.target.value)} {...invalid('note')} />
        {error('note')}
      </div>
      <div className="form-actions">
        <button type="submit" className="primary">
          {editing ? 'Save phrase' : 'Add phrase'}
        </button>
        {editing && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
