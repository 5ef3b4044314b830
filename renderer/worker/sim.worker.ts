// The simulation worker: a thin adapter between the worker's message port and `SimServer`.
// Started by `SimClient` as a module worker:
//   new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module' })
import { createEngine } from './engineFactory';
import { SimServer } from './server';

interface WorkerScope {
  postMessage(message: unknown, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  close(): void;
}

const scope = self as unknown as WorkerScope;
const server = new SimServer((msg, transfer) => scope.postMessage(msg, transfer), createEngine);

scope.addEventListener('message', (event) => {
  server.handle(event.data);
  if ((event.data as { op?: unknown } | null)?.op === 'dispose') scope.close();
});
