/** The quiet "Saved" after a change, or why a change was not saved (quota, storage error). */
import type { SaveStatus as Status } from './settings-context';

export function SaveStatus({ status }: { status: Status }) {
  if (status.state === 'error') {
    return (
      <p role="alert" className="save-status save-error">
        {status.message}
      </p>
    );
  }
  return (
    <p role="status" className="save-status">
      {status.state === 'saving' ? 'Saving…' : status.state === 'saved' ? 'Saved' : ''}
    </p>
  );
}
