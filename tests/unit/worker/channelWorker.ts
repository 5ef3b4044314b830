// A stand-in worker for the Comlink clients: the client talks to one end of a MessageChannel, `api` is exposed
// on the other, as in a real worker. Tests can make it crash (an error event) and count terminations.
import * as Comlink from 'comlink';
import type { EndpointWorker } from '../../../renderer/worker/guardedWorker';

export class ChannelWorker implements EndpointWorker {
  terminated = 0;
  private readonly channel = new MessageChannel();
  private readonly errors = new EventTarget();

  constructor(api: object) {
    Comlink.expose(api, this.channel.port2);
  }

  postMessage(message: unknown, transfer: Transferable[] = []): void {
    this.channel.port1.postMessage(message, transfer);
  }

  addEventListener(type: string, listener: EventListenerOrEventListenerObject): void {
    if (type === 'message') this.channel.port1.addEventListener(type, listener as EventListener);
    else this.errors.addEventListener(type, listener);
  }

  removeEventListener(type: string, listener: EventListenerOrEventListenerObject): void {
    if (type === 'message') this.channel.port1.removeEventListener(type, listener as EventListener);
    else this.errors.removeEventListener(type, listener);
  }

  start(): void {
    this.channel.port1.start();
  }

  terminate(): void {
    this.terminated++;
    this.channel.port1.close();
    this.channel.port2.close();
  }

  /** Fails as a worker that threw: an error event with `message`. */
  crash(message = 'boom'): void {
    this.errors.dispatchEvent(Object.assign(new Event('error'), { message }));
  }
}
