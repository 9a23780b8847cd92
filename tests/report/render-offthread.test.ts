// The report rendered on a worker thread (what `report:exportPdf` uses): the same document as the
// in-process renderer, laid out on another thread, failures as INTERNAL without details, and a worker
// that died is replaced on the next render.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isRapportError } from '../../src/contract/errors.ts';
import { buildReportData, renderReportPdf, type ReportData } from '../../src/report/index.ts';
import { findWorkerScript, renderReportPdfOffThread, stopReportWorker } from '../../src/report/render-offthread.ts';
import { openTestLedger, tempDir } from '../support/temp-ledger.ts';
import { pdfText } from './support.ts';

describe('renderReportPdfOffThread', () => {
  const { dir, cleanup } = tempDir('rapport-offthread-');
  let data: ReportData;
  let done: () => Promise<void>;

  beforeAll(async () => {
    const ledger = await openTestLedger({ now: () => new Date(2026, 10, 22, 10) });
    done = ledger.cleanup;
    const client = await ledger.dispatcher.call('clients:create', { name: 'Weberei Ölmühle & Co.', since: '2019-03-01', owner: 'Jana Roth' });
    if (!client.ok) throw new Error(client.error.code);
    await ledger.dispatcher.call('events:create', {
      clientId: client.value.id,
      event: { kind: 'project', title: 'Neues Musterbuch', occurredOn: '2026-05-04', value: 12_000 },
    });
    data = await buildReportData(ledger.dispatcher, { clientId: client.value.id, lang: 'de', today: '2026-11-22' });
  }, 60_000);

  afterAll(async () => {
    await stopReportWorker();
    await done?.();
    cleanup();
  });

  it('finds the TypeScript worker entry in the sources', () => {
    expect(findWorkerScript()).toMatch(/render-worker-dev\.mjs$/);
  });

  it('lays the report out on another thread, and the document reads like the in-process one', async () => {
    const off = await renderReportPdfOffThread(data);
    expect(off.threadId).not.toBeNull();
    expect(off.threadId).not.toBe(threadId);
    const text = pdfText(off.pdf, dir, 'off.pdf');
    expect(text).toContain('Weberei Ölmühle & Co.');
    expect(text).toContain('Neues Musterbuch');
    expect(text).toBe(pdfText(await renderReportPdf(data), dir, 'in.pdf'));
  }, 60_000);

  it('a failed render is INTERNAL without details; a stopped worker is replaced', async () => {
    const broken = { ...data, client: null } as unknown as ReportData;
    const failure = await renderReportPdfOffThread(broken).catch((e: unknown) => e);
    expect(isRapportError(failure) && failure.code).toBe('INTERNAL');
    expect(String((failure as Error).message)).not.toMatch(/\/|null|client/);

    await stopReportWorker();
    const again = await renderReportPdfOffThread(data);
    expect(pdfText(again.pdf, dir, 'again.pdf')).toContain('Weberei Ölmühle & Co.');
  }, 60_000);

  it('a worker that cannot start at all leaves the render to this thread', async () => {
    await stopReportWorker();
    const script = join(dir, 'cannot-start.mjs');
    writeFileSync(script, "throw new Error('this worker cannot run here');\n");
    const fallback = await renderReportPdfOffThread(data, {}, script);
    expect(fallback.threadId).toBeNull();
    expect(pdfText(fallback.pdf, dir, 'fallback.pdf')).toContain('Weberei Ölmühle & Co.');
    // …and stays there, without trying the broken worker again.
    expect((await renderReportPdfOffThread(data, {}, script)).threadId).toBeNull();
    await stopReportWorker();
  }, 60_000);
});
