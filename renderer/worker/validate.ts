// Checks at the worker boundary. `init` and `restore` arrive rarely and carry a lot, so they get a schema
// (zod); the per-frame requests get a switch on `op` and a few typeof checks, cheap enough for every frame.
// Each failure is one message naming the operation and the field; the worker answers it with `error` and
// keeps its state.
import { z } from 'zod';
import { validateConfig, validateSites } from '../engine';
import type { FrameBuffers, ToWorker, ToWorkerOf } from './protocol';

export class ProtocolError extends Error {
  constructor(
    readonly requestOp: string | null,
    readonly requestId: number | null,
    message: string,
  ) {
    super(message);
    this.name = 'ProtocolError';
  }
}

const f32 = z.instanceof(Float32Array, { message: 'expected a Float32Array' });

// Only the shape of the message here: the engine's own validators (run below) judge the values, with the
// messages the CLI and the tests know.
const sitesSchema = z.object({
  count: z.number(),
  positions: f32,
  normals: f32,
  targetThickness: f32,
  initialThickness: f32,
  area: f32,
});

const transportSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('shared'),
    buffer: z.instanceof(SharedArrayBuffer, { message: 'expected a SharedArrayBuffer' }),
    backSlot: z.number().int().min(0).max(2),
  }),
  z.object({ kind: z.literal('transfer') }),
]);

const initSchema = z.object({
  op: z.literal('init'),
  id: z.number().int(),
  label: z.string().max(200),
  config: z.looseObject({}),
  sites: sitesSchema,
  endTime: z.number().positive().finite(),
  transport: transportSchema,
  snapshotEvery: z.number().int().min(1).optional(),
  snapshotBudgetBytes: z.number().int().min(1).optional(),
  prefill: z.boolean().optional(),
  hashFrames: z.boolean().optional(),
});

function firstIssue(err: z.ZodError): string {
  const issue = err.issues[0]!;
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !ArrayBuffer.isView(v);
}

function checkGive(op: string, id: number, give: unknown): void {
  if (give === undefined) return;
  const g = give as Partial<FrameBuffers>;
  if (
    !isPlainObject(give) ||
    !(g.botPositions instanceof Float32Array) ||
    !(g.botStates instanceof Uint8Array) ||
    !(g.siteThickness instanceof Float32Array) ||
    !(g.siteLab instanceof Float32Array) ||
    !(g.siteChalk instanceof Float32Array) ||
    !(g.changedSites instanceof Uint32Array)
  ) {
    throw new ProtocolError(op, id, `${op}: give must be a set of frame buffers`);
  }
}

function finiteTime(op: string, id: number, time: unknown): void {
  if (typeof time !== 'number' || !Number.isFinite(time) || time < 0) {
    throw new ProtocolError(
      op,
      id,
      `${op}: time must be a finite number of seconds >= 0, got ${String(time)}`,
    );
  }
}

/** Parses one incoming message or throws a ProtocolError with a single clear message. */
export function parseToWorker(data: unknown): ToWorker {
  if (!isPlainObject(data)) throw new ProtocolError(null, null, 'message must be an object with an op');
  const op = data['op'];
  const rawId = data['id'];
  if (typeof op !== 'string') throw new ProtocolError(null, null, 'message has no op');
  if (typeof rawId !== 'number' || !Number.isInteger(rawId)) {
    throw new ProtocolError(op, null, `${op}: id must be an integer`);
  }
  const id = rawId;
  switch (op) {
    case 'init': {
      const r = initSchema.safeParse(data);
      if (!r.success) throw new ProtocolError(op, id, `init: ${firstIssue(r.error)}`);
      const init = data as unknown as ToWorkerOf<'init'>;
      try {
        validateConfig(init.config);
        validateSites(init.sites);
      } catch (err) {
        throw new ProtocolError(op, id, `init: ${err instanceof Error ? err.message : String(err)}`);
      }
      return init;
    }
    case 'advanceTo':
    case 'seek':
      finiteTime(op, id, data['time']);
      checkGive(op, id, data['give']);
      return data as unknown as ToWorker;
    case 'step': {
      const n = data['n'];
      if (typeof n !== 'number' || !Number.isInteger(n)) {
        throw new ProtocolError(op, id, `step: n must be an integer number of steps, got ${String(n)}`);
      }
      checkGive(op, id, data['give']);
      return data as unknown as ToWorker;
    }
    case 'restore':
      if (!isPlainObject(data['snapshot'])) {
        throw new ProtocolError(op, id, 'restore: snapshot must be an engine snapshot object');
      }
      checkGive(op, id, data['give']);
      return data as unknown as ToWorker;
    case 'takeSnapshot':
    case 'dispose':
      return data as unknown as ToWorker;
    default:
      throw new ProtocolError(op, id, `unknown op "${op}"`);
  }
}
