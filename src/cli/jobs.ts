/**
 * The command's worker threads (--jobs): batches of pages go to the worker
 * with the least work waiting; each batch's outputs come back through a
 * promise, which the command awaits in input order.
 */
import { Worker } from 'node:worker_threads';
import type { CommandOptions } from './args.js';
import type { BatchOutput, PagePool, WorkItem } from './run.js';
import type { WorkerRequest, WorkerResponse } from './worker.js';

/**
 * A worker's young generation, in MB: a third of V8's default, which a worker
 * that only parses pages does not need (it costs no time here) and which would
 * otherwise hold some 30 MB more memory each.
 */
const YOUNG_GENERATION_MB = 16;

interface Waiting {
  readonly resolve: (batch: BatchOutput) => void;
  readonly reject: (error: Error) => void;
}

interface Slot {
  readonly worker: Worker;
  readonly waiting: Map<number, Waiting>;
}

/**
 * Starts `count` worker threads running `worker.js` (built beside `cli.js`),
 * each with the command's options.
 */
export function startWorkers(options: CommandOptions, count: number, script: URL = new URL('./worker.js', import.meta.url)): PagePool {
  let nextId = 0;
  const slots: Slot[] = [];
  for (let i = 0; i < count; i++) {
    const worker = new Worker(script, { workerData: options, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    const slot: Slot = { worker, waiting: new Map() };
    worker.on('message', (response: WorkerResponse) => {
      const waiting = slot.waiting.get(response.id);
      if (waiting === undefined) return;
      slot.waiting.delete(response.id);
      if ('failure' in response) waiting.reject(new Error(`A worker thread failed: ${response.failure}`));
      else waiting.resolve(response.batch);
    });
    const fail = (error: Error): void => {
      for (const waiting of slot.waiting.values()) waiting.reject(error);
      slot.waiting.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      fail(new Error(`A worker thread stopped (exit code ${code}).`));
    });
    slots.push(slot);
  }
  return {
    render(tasks: readonly WorkItem[]): Promise<BatchOutput> {
      let slot = slots[0] as Slot;
      for (const candidate of slots) if (candidate.waiting.size < slot.waiting.size) slot = candidate;
      const id = nextId++;
      const request: WorkerRequest = { id, tasks };
      // Bytes that fill a buffer of their own are handed over, not copied.
      const transfer: ArrayBuffer[] = [];
      for (const task of tasks) {
        const content = 'members' in task ? task.members : task.content;
        if (
          typeof content !== 'string' &&
          content.byteOffset === 0 &&
          content.byteLength === content.buffer.byteLength &&
          content.buffer instanceof ArrayBuffer
        ) {
          transfer.push(content.buffer);
        }
      }
      return new Promise((resolve, reject) => {
        slot.waiting.set(id, { resolve, reject });
        slot.worker.postMessage(request, transfer);
      });
    },
    waiting(): number {
      return slots.reduce((sum, slot) => sum + slot.waiting.size, 0);
    },
    async close(): Promise<void> {
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
