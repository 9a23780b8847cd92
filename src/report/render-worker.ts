// The report renderer on a worker thread: react-pdf lays a report out in one long synchronous stretch
// (about 1.6 s for a big one), which on the main thread would freeze the Electron main process — IPC,
// progress events, the save dialog. Here it only occupies this thread. The data arrive as a structured
// clone of ReportData; the PDF goes back as bytes. See render-offthread.ts for the other end.
import { parentPort, threadId } from 'node:worker_threads';
import type { ReportData } from './model.ts';
import { renderReportPdf } from './render.ts';

export interface RenderRequest {
  id: number;
  data: ReportData;
  fontsDir?: string;
}

export type RenderReply =
  | { id: number; ok: true; pdf: Uint8Array; threadId: number }
  | { id: number; ok: false; name: string };

const port = parentPort;
if (port) {
  port.on('message', (request: RenderRequest) => {
    renderReportPdf(request.data, request.fontsDir ? { fontsDir: request.fontsDir } : {}).then(
      (pdf) => {
        const bytes = new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
        const reply: RenderReply = { id: request.id, ok: true, pdf: bytes, threadId };
        port.postMessage(reply);
      },
      (error: unknown) => {
        // The name only: a message could carry a path or ledger text.
        const reply: RenderReply = { id: request.id, ok: false, name: error instanceof Error ? error.name : 'Error' };
        port.postMessage(reply);
      },
    );
  });
}
