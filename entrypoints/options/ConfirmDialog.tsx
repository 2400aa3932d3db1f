/**
 * A modal confirmation on a real `<dialog>` (`showModal`: focus moves into it, Escape cancels, the
 * rest of the page is inert). Focus starts on the safe choice and returns to the opener on close.
 */
import { useEffect, useId, useRef } from 'react';

interface Props {
  open: boolean;
  title: string;
  children: React.ReactNode;
  confirmLabel: string;
  onConfirm(): void;
  onClose(): void;
}

export function ConfirmDialog({ open, title, children, confirmLabel, onConfirm, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const opener = useRef<Element | null>(null);
  const titleId = useId();

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      opener.current = document.activeElement;
      d.showModal();
      cancel.current?.focus();
    } else if (!open && d.open) {
      d.close();
    }
  }, [open]);

  const closed = () => {
    if (opener.current instanceof HTMLElement) opener.current.focus();
    opener.current = null;
    onClose();
  };

  return (
    <dialog ref={dialog} className="confirm" aria-labelledby={titleId} onClose={closed} onCancel={() => onClose()}>
      <h2 id={titleId}>{title}</h2>
      <div>{children}</div>
      <div className="form-actions">
        <button ref={cancel} type="button" onClick={() => dialog.current?.close()}>
          Cancel
        </button>
        <button
          type="button"
          className="danger"
          onClick={() => {
            onConfirm();
            dialog.current?.close();
          }}
        >
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
