/** The popup's line when published posts are not saved yet: the person hears of it here, not only in the worker's console. */
import { useEffect, useState } from 'react';
import { readWriteStatus, watchWriteStatus, writeStatusNotice, type WriteStatus } from '../../src/history/write-status';

export function SavingProblem() {
  const [status, setStatus] = useState<WriteStatus | null>(null);
  useEffect(() => {
    void readWriteStatus().then(setStatus);
    return watchWriteStatus(setStatus);
  }, []);
  return status ? (
    <p role="alert" className="problem">
      {writeStatusNotice(status)}
    </p>
  ) : null;
}
