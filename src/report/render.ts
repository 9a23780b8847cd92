// Report data → PDF bytes. Pure with respect to the ledger: it reads only the data object (and the
// shipped fonts), so the same data always gives the same document.
import { renderToBuffer } from '@react-pdf/renderer';
import { createElement, type ReactElement } from 'react';
import { glyphCoverage, registerFonts, resetGlyphCaches } from './fonts.ts';
import type { ReportData } from './model.ts';
import { ReportDocument } from './pdf/ReportDocument.tsx';
import { mapStrings, printable } from './text.ts';

export interface RenderOptions {
  /** The folder holding the report fonts (default: resources/fonts, see fonts.ts). */
  fontsDir?: string;
}

// One document at a time: react-pdf's font store is global, and each document starts with clean glyph
// caches (fonts.ts explains why).
let queue: Promise<unknown> = Promise.resolve();

export function renderReportPdf(data: ReportData, options: RenderOptions = {}): Promise<Buffer> {
  return renderWithReportFonts(data, (settable) => createElement(ReportDocument, { data: settable }), options);
}

/**
 * Any document set in the report's fonts (the mediation talk sheet uses it too): every string of `data`
 * made printable, then `document(data)` rendered, in the same one-at-a-time queue.
 */
export function renderWithReportFonts<T>(data: T, document: (settable: T) => ReactElement, options: RenderOptions = {}): Promise<Buffer> {
  const run = async () => {
    registerFonts(options.fontsDir);
    resetGlyphCaches();
    const covers = await glyphCoverage();
    const settable = mapStrings(data, (text) => printable(text, covers));
    return renderToBuffer(document(settable) as Parameters<typeof renderToBuffer>[0]);
  };
  const next = queue.then(run, run);
  queue = next.catch(() => undefined);
  return next;
}
