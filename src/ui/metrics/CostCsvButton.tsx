import { Download } from 'lucide-react';
import type { DesignMetrics } from '../../core';
import { downloadText } from '../../platform/files';
import { useT } from '../i18n';
import { Button } from '../primitives/Button';
import { costCsvFileName, toCsv } from './csv';
import { useNames } from './names';

const cents = (value: number) => Math.round(value * 100) / 100;

/** Downloads the cost lines as a CSV file named after the design. */
export function CostCsvButton({ metrics, designName }: { metrics: DesignMetrics; designName: string }) {
  const t = useT();
  const names = useNames();
  const download = () => {
    const { currency, lines } = metrics.cost;
    const rows: (string | number)[][] = [[
      t('metrics.csv.component'), t('metrics.csv.id'), t('metrics.csv.category'), t('metrics.csv.provider'),
      t('metrics.csv.kind'), t('metrics.csv.monthly', { currency }), t('metrics.csv.listUsd'),
    ]];
    for (const line of lines) {
      rows.push([
        names.node(line.node), line.node, t(`categories.${line.category}`), t(`providers.${line.provider}`),
        t(`metrics.cost.kinds.${line.kind}`), cents(line.monthly.value), cents(line.listUsd),
      ]);
    }
    // The byte order mark lets spreadsheets read the file as UTF-8.
    downloadText(costCsvFileName(designName), `\uFEFF${toCsv(rows)}`, 'text/csv;charset=utf-8');
  };
  return (
    <Button className="mt-2 !py-0.5 text-xs" onClick={download} disabled={metrics.cost.lines.length === 0}>
      <Download size={13} aria-hidden />{t('metrics.cost.download')}
    </Button>
  );
}
