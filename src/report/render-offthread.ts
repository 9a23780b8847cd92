// Render a report on a worker thread (render-worker.ts), so the process that asked — the Electron main
// process above all — keeps answering IPC and pushing progress while react-pdf lays the pages out.
// One long-lived worker, started on first use and unref'd (it never keeps a process alive). Where no
// worker script is found, the render runs in-process: slower to the eye, same bytes.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { RapportError } from '../contract/errors.ts';
import type { ReportData } from './model.ts';
import { renderReportPdf, type RenderOptions } from './render.ts';
import type { RenderReply, RenderRequest } from './render-worker.ts';

/** The compiled worker in the app's bundle, else the TypeScript one through its tsx entry. */
export function findWorkerScript(): string | null {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [
    join(here, 'report-render.js'),
    join(here, '..', 'report-render.js'),
    join(here, 'render-worker-dev.mjs'),
  ];
  return candidates.find((c) => existsSync(c)) ?? null;
}

/** The worker died or never started (as opposed to a render that failed inside it). */
class WorkerGone extends Error {}

interface Pending {
  resolve(reply: RenderReply): void;
  reject(error: Error): void;
}

let worker: Worker | null = null;
/** Set when a worker could not run at all (say, a packaged app that cannot start one): render in-process from then on. */
let workerUnusable = false;
const pending = new Map<number, Pending>();
let nextId = 1;
/** Workers that have answered at least once (they can run; a later death is a crash, not a misfit). */
const answered = new WeakSet<Worker>();

function failAll(error: Error): void {
  for (const p of pending.values()) p.reject(error);
  pending.clear();
}

function startWorker(script: string): Worker {
  const w = new Worker(script);
  w.unref();
  w.on('message', (reply: RenderReply) => {
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    p.resolve(reply);
  });
  const gone = (error: Error) => {
    if (worker === w) worker = null;
    failAll(error);
  };
  w.on('error', () => gone(new WorkerGone()));
  w.on('exit', () => gone(new WorkerGone()));
  return w;
}

/**
 * The PDF bytes and the thread that laid them out (null: this one). `workerScript` is for tests; by
 * default the worker is found beside this module.
 */
export async function renderReportPdfOffThread(
  data: ReportData,
  options: RenderOptions = {},
  workerScript: string | null = findWorkerScript(),
): Promise<{ pdf: Buffer; threadId: number | null }> {
  const script = workerUnusable ? null : workerScript;
  if (!script) return { pdf: await renderReportPdf(data, options), threadId: null };
  const current = (worker ??= startWorker(script));
  const id = nextId++;
  const request: RenderRequest = { id, data, ...(options.fontsDir ? { fontsDir: options.fontsDir } : {}) };
  let reply: RenderReply;
  try {
    reply = await new Promise<RenderReply>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      // A waiting render keeps the process alive; an idle worker does not.
      current.ref();
      current.postMessage(request);
    }).finally(() => {
      if (pending.size === 0) worker?.unref();
    });
  } catch (error) {
    if (!(error instanceof WorkerGone)) throw error;
    // The thread is gone, not the render: a stopped worker is replaced next time; one that cannot run
    // at all (it never answered) hands this and every later render to this thread.
    if (!answered.has(current)) workerUnusable = true;
    return { pdf: await renderReportPdf(data, options), threadId: null };
  }
  answered.add(current);
  if (!reply.ok) throw new RapportError('INTERNAL', 'The report could not be rendered.');
  return { pdf: Buffer.from(reply.pdf.buffer, reply.pdf.byteOffset, reply.pdf.byteLength), threadId: reply.threadId };
}

/** Stop the worker and forget a failed start (tests; a later render starts a new one). */
export async function stopReportWorker(): Promise<void> {
  const w = worker;
  worker = null;
  workerUnusable = false;
  if (w) await w.terminate();
}
