/**
 * An on/off switch: a real checkbox with `role="switch"` (keyboard and screen readers get it for
 * free), drawn as a track, with its state in words beside it.
 */
import { useId } from 'react';

interface Props {
  /** The accessible name ("Reads like an ad (ad-tone)"). */
  name: string;
  checked: boolean;
  onChange(checked: boolean): void;
  onText?: string;
  offText?: string;
}

export function Switch({ name, checked, onChange, onText = 'On', offText = 'Off' }: Props) {
  const id = useId();
  return (
    <span className="switch">
      <input id={id} type="checkbox" role="switch" aria-label={name} checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span className="switch-track" aria-hidden="true" />
      <label htmlFor={id} className="switch-text" aria-hidden="true">
        {checked ? onText : offText}
      </label>
    </span>
  );
}
