/**
 * A worker thread of the command (--jobs): renders the batches of pages the
 * main thread sends, and sends back each batch's output as UTF-8 bytes
 * (handed over, not copied), tagged with the batch's id.
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { concatBytes } from '../crawl/source.js';
import type { CommandOptions } from './args.js';
import { renderWork, type BatchOutput, type WorkItem } from './run.js';

/** A batch of pages to render. */
export interface WorkerRequest {
  readonly id: number;
  readonly tasks: readonly WorkItem[];
}

/** The output of a batch, or what stopped it. */
export type WorkerResponse = { readonly id: number; readonly batch: BatchOutput } | { readonly id: number; readonly failure: string };

const options = workerData as CommandOptions;
const port = parentPort;
if (port === null) throw new Error("worker.js is the command's worker thread; run dist/cli.js.");
const encoder = new TextEncoder();
async function answer({ id, tasks }: WorkerRequest, reply: MessagePort): Promise<void> {
  let response: WorkerResponse;
  let transfer: ArrayBuffer[] = [];
  try {
    const rendered = await renderWork(options, tasks);
    // A JSON line too long for one string comes in pieces: their bytes are one output.
    const pieces =
      typeof rendered.output === 'string'
        ? [encoder.encode(rendered.output)]
        : rendered.output.flatMap((part) => Array.from(typeof part === 'string' ? [part] : part, (piece) => encoder.encode(piece)));
    const output: Uint8Array<ArrayBuffer> = pieces.length === 1 ? (pieces[0] as Uint8Array<ArrayBuffer>) : (concatBytes(pieces) as Uint8Array<ArrayBuffer>);
    response = { id, batch: { ...rendered, output } };
    transfer = [output.buffer];
  } catch (error) {
    response = { id, failure: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  reply.postMessage(response, transfer);
}

// Batches are answered in the order they come (each answer names its batch), one at a time.
let answering: Promise<void> = Promise.resolve();
port.on('message', (request: WorkerRequest) => {
  answering = answering.then(() => answer(request, port));
});
