/** Says so when published posts could not be saved yet (the background keeps them and retries). */
import { useEffect, useState } from 'react';
import { readWriteStatus, watchWriteStatus, writeStatusNotice, type WriteStatus } from '../../src/history/write-status';

export function WriteStatusBanner() {
  const [status, setStatus] = useState<WriteStatus | null>(null);
  useEffect(() => {
    void readWriteStatus().then(setStatus);
    return watchWriteStatus(setStatus);
  }, []);
  if (!status) return null;
  return (
    <p role="alert" className="problem write-status">
      {writeStatusNotice(status)}
    </p>
  );
}
