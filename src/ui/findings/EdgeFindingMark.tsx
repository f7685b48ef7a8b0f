import { memo } from 'react';
import { markKey, useArch } from '../../store';
import { useMark } from './useMark';

const FILL: Record<string, string> = { error: '#b91c1c', warning: '#f59e0b', info: '#0369a1' };
const TEXT: Record<string, string> = { error: '#ffffff', warning: '#0f172a', info: '#ffffff' };

/**
 * The findings of a connection, drawn in SVG beside its middle: a dot with the count. Most
 * connections have none: they subscribe to their summary and stop there (the translated label
 * is only worked out for a mark that is drawn; thousands of translation hooks slow a large canvas).
 */
export const EdgeFindingMark = memo(function EdgeFindingMark({ id, x, y }: { id: string; x: number; y: number }) {
  const key = useArch((s) => markKey(s.evaluation, id));
  return key === '' ? null : <Mark markKey={key} x={x} y={y} />;
});

function Mark({ markKey: key, x, y }: { markKey: string; x: number; y: number }) {
  const { severity, count, label } = useMark(key);
  return (
    // Placed by coordinates, not by a transform: each transform is one more piece of painting for
    // the browser to sort out on every frame, and a large canvas draws thousands of marks.
    <g role="img" aria-label={label} className="pointer-events-none">
      <title>{label}</title>
      <circle cx={x} cy={y - 14} r={7} fill={FILL[severity]} />
      <text x={x} y={y - 14} textAnchor="middle" dominantBaseline="central" fontSize={9} fontWeight={700} fill={TEXT[severity]}>
        {count}
      </text>
    </g>
  );
}
