// The export and its progress: the engine pushes `report:progress` while it gathers, lays out and writes;
// the call itself answers with the result. The window stays usable meanwhile (the work is in the engine).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReportProgress } from '../../../../src/contract/report.ts';
import type { ChannelInput } from '../../../../src/contract/index.ts';
import { listenForReportProgress, useExportReport } from '../../api/queries.ts';

export function useReportExport() {
  const mutation = useExportReport();
  const [progress, setProgress] = useState<ReportProgress | null>(null);
  const running = useRef(false);

  useEffect(
    () =>
      listenForReportProgress((p) => {
        // Only the export this screen started; a late "done" after the answer changes nothing.
        if (running.current) setProgress(p);
      }),
    [],
  );

  const { mutate, reset } = mutation;
  const start = useCallback(
    (request: ChannelInput<'report:exportPdf'>) => {
      if (running.current) return;
      running.current = true;
      setProgress({ stage: 'gathering', fraction: 0 });
      mutate(request, {
        onSettled: () => {
          running.current = false;
        },
      });
    },
    [mutate],
  );

  return { start, reset, progress, mutation };
}
