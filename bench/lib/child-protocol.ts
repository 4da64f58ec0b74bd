/*
 * How the benchmark's child processes talk to `npm run bench`: over the IPC channel Node
 * opens with `stdio: [..., 'ipc']`. A server says it is listening; a worker returns results.
 */

export type ChildMessage =
  | { type: 'ready'; port: number }
  | { type: 'result'; payload: unknown }
  | { type: 'failed'; message: string };

export function announceReady(port: number): void {
  send({ type: 'ready', port });
}

export function send(message: ChildMessage): void {
  if (process.send) process.send(message);
}

export function isChildMessage(value: unknown): value is ChildMessage {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string'
  );
}
