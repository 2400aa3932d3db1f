/** The fields of one part of the settings, generated from its schema (see `field-schema.ts`). */
import { useId } from 'react';
import { fieldSpec, labelFor, problemAt, schemaAt, valueAt, type FieldSpec } from './field-schema';
import { NumberField } from './NumberField';
import { setAt, useSettingsApi } from './settings-context';

interface Props {
  /** Where the fields live in the settings (`['rules', 'shouting', 'options']`). */
  path: readonly string[];
  /** Shown as the group's legend; none for the top level of a rule's options. */
  legend?: string;
}

/** Every field under `path`, nested objects as fieldsets. */
export function SettingFields({ path, legend }: Props) {
  const spec = fieldSpec(schemaAt(path));
  if (spec.kind !== 'object') return <Field name={path[path.length - 1]} spec={spec} path={path} />;
  const fields = spec.fields.map(([key, child]) => <Field key={key} name={key} spec={child} path={[...path, key]} />);
  if (!legend) return <div className="fields">{fields}</div>;
  return (
    <fieldset className="fields">
      <legend>{legend}</legend>
      {fields}
    </fieldset>
  );
}

function Field({ name, spec, path }: { name: string; spec: FieldSpec; path: readonly string[] }) {
  const { settings, save } = useSettingsApi();
  const id = useId();
  const value = valueAt(settings, path);
  const label = labelFor(name);
  switch (spec.kind) {
    case 'number':
      return <NumberField label={label} path={path} value={value as number | null} integer={spec.integer} nullable={spec.nullable} min={spec.min} max={spec.max} fallback={spec.fallback} />;
    case 'boolean':
      return (
        <div className="field">
          <span className="inline">
            <input id={id} type="checkbox" checked={value === true} onChange={(e) => void save((raw) => setAt(raw, path, e.target.checked))} />
            <label htmlFor={id}>{label}</label>
          </span>
        </div>
      );
    case 'enum':
      return (
        <div className="field">
          <label htmlFor={id}>{label}</label>
          <select
            id={id}
            value={String(value)}
            onChange={(e) => {
              const next = e.target.value;
              if (!problemAt(settings, path, next)) void save((raw) => setAt(raw, path, next));
            }}
          >
            {spec.values.map((v) => (
              <option key={v}>{v}</option>
            ))}
          </select>
        </div>
      );
    case 'object':
      return <SettingFields path={path} legend={label} />;
    default:
      return null;
  }
}
