// What every section component receives: the report data, its dictionary and its formatters.
import type { Dict, Fmt } from '../i18n.ts';
import type { ReportData } from '../model.ts';

export interface Ctx {
  d: ReportData;
  t: Dict;
  f: Fmt;
}
