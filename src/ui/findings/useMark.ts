import { useT } from '../i18n';

/** A finding mark (`warning:2`, see markKey) read back: its worst severity, its count and the words for both. */
export function useMark(markKey: string): { severity: string; count: string; label: string } {
  const t = useT();
  const [severity, count] = markKey.split(':') as [string, string];
  const label = `${t('findings.badge', { count: Number(count) })} (${t(`findings.severityOne.${severity as 'error'}`)})`;
  return { severity, count, label };
}
