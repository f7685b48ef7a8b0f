import { useT, type Translate } from '../i18n';

/**
 * Mark labels by translation function (a new one comes with each language) and mark: a design
 * of thousands of marks has a few dozen distinct ones, and translating each mark's label on its
 * own cost about 0.2 s when a 10,000-component design opened.
 */
const labels = new WeakMap<Translate, Map<string, string>>();

function labelOf(t: Translate, markKey: string, severity: string, count: string): string {
  let known = labels.get(t);
  if (known === undefined) {
    known = new Map();
    labels.set(t, known);
  }
  let label = known.get(markKey);
  if (label === undefined) {
    label = `${t('findings.badge', { count: Number(count) })} (${t(`findings.severityOne.${severity as 'error'}`)})`;
    known.set(markKey, label);
  }
  return label;
}

/** A finding mark (`warning:2`, see markKey) read back: its worst severity, its count and the words for both. */
export function useMark(markKey: string): { severity: string; count: string; label: string } {
  const t = useT();
  const [severity, count] = markKey.split(':') as [string, string];
  return { severity, count, label: labelOf(t, markKey, severity, count) };
}
