// The mediation talk sheet: a one- or two-page brief of a prep to take into the talk.
//
//   const data = await buildTalkSheetData(dispatcher, { prepId, lang: 'de' });   // through the dispatcher
//   const pdf  = await renderTalkSheetPdf(data);                                   // Buffer (application/pdf)
//
// Like the renewal report, collecting (the only step that touches the ledger) and laying out are separate,
// and the layout reuses the report's fonts, theme and rendering queue.
import { createElement } from 'react';
import type { TalkSheetRequest } from '../../contract/talk-sheet.ts';
import { renderWithReportFonts, type RenderOptions } from '../render.ts';
import { buildTalkSheetData, type TalkSheetDispatcher } from './data.ts';
import type { TalkSheetData } from './model.ts';
import { TalkSheetDocument } from './TalkSheetDocument.tsx';

export { assembleTalkSheet, buildTalkSheetData, type TalkSheetDispatcher, type TalkSheetInputs } from './data.ts';
export { talkSheetDict, type TalkSheetDict } from './i18n.ts';
export type { TalkSheetData, TalkSheetDiagnosis, TalkSheetPerson } from './model.ts';

export function renderTalkSheetPdf(data: TalkSheetData, options: RenderOptions = {}): Promise<Buffer> {
  return renderWithReportFonts(data, (settable) => createElement(TalkSheetDocument, { data: settable }), options);
}

/** Build and render in one go. */
export async function createTalkSheet(
  dispatcher: TalkSheetDispatcher,
  request: TalkSheetRequest,
  render: RenderOptions = {},
): Promise<{ data: TalkSheetData; pdf: Buffer }> {
  const data = await buildTalkSheetData(dispatcher, request);
  return { data, pdf: await renderTalkSheetPdf(data, render) };
}

/**
 * A file name for the PDF, safe on every file system and spelled like the renewal report's:
 * `Gespraechsleitfaden_Nordlicht-Versicherung-AG_2026-11-30.pdf`, dated the day of the talk (else today).
 */
export function talkSheetFileName(data: Pick<TalkSheetData, 'lang' | 'client' | 'today' | 'talk'>): string {
  const title = data.lang === 'de' ? 'Gespraechsleitfaden' : 'Talk-sheet';
  const name = data.client.name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${title}_${name || 'client'}_${data.talk.date ?? data.today}.pdf`;
}
