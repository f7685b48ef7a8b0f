import { CircleAlert, Info, TriangleAlert } from 'lucide-react';
import type { Severity } from '../../core';

const ICONS = { error: CircleAlert, warning: TriangleAlert, info: Info } as const;
const COLOURS: Record<Severity, string> = { error: 'text-red-700', warning: 'text-amber-600', info: 'text-sky-700' };

/** The icon of a severity, named for screen readers. */
export function FindingBadgeIcon({ severity, label }: { severity: Severity; label: string }) {
  const Icon = ICONS[severity];
  return <Icon role="img" aria-label={label} size={16} className={`mt-0.5 shrink-0 ${COLOURS[severity]}`} />;
}
