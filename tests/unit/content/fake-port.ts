/**
 * A connected pair of `runtime.Port`-like ends for unit tests (the fake browser has no
 * `runtime.connect`): messages are structured-cloned and delivered on a later task, as in a
 * browser; `disconnect()` on one end fires `onDisconnect` on the other, and posting on a closed
 * end throws, as Chrome's ports do.
 */
export interface FakePort {
  name: string;
  sender?: { tab?: { id?: number } };
  connected: boolean;
  onMessage: { addListener(listener: (message: any) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
  postMessage(message: unknown): void;
  disconnect(): void;
}

class End implements FakePort {
  connected = true;
  sender?: FakePort['sender'];
  other!: End;
  readonly messageListeners: ((message: unknown) => void)[] = [];
  readonly disconnectListeners: (() => void)[] = [];
  readonly onMessage = { addListener: (listener: (message: any) => void) => void this.messageListeners.push(listener) };
  readonly onDisconnect = { addListener: (listener: () => void) => void this.disconnectListeners.push(listener) };

  constructor(readonly name: string) {}

  postMessage(message: unknown): void {
    if (!this.connected) throw new Error('Attempting to use a disconnected port object');
    const copy = structuredClone(message);
    const target = this.other;
    setTimeout(() => {
      if (target.connected) for (const listener of target.messageListeners) listener(copy);
    }, 0);
  }

  disconnect(): void {
    if (!this.connected) return;
    const target = this.other;
    this.connected = target.connected = false;
    setTimeout(() => target.disconnectListeners.forEach((listener) => listener()), 0);
  }
}

/** The content script's end and the background's end (with `sender`) of one port. */
export function fakePortPair(name: string, sender?: FakePort['sender']): [FakePort, FakePort] {
  const a = new End(name);
  const b = new End(name);
  a.other = b;
  b.other = a;
  b.sender = sender;
  return [a, b];
}
