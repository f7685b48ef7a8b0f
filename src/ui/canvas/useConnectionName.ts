import { useMemo } from 'react';
import type { DesignEdge, DesignNode } from '../../core';
import { useT } from '../i18n';

/** A connection's accessible name on the canvas, from the names of its two components, in the interface's language. */
export function useConnectionName(nodes: readonly DesignNode[]): (edge: Pick<DesignEdge, 'source' | 'target'>) => string {
  const t = useT();
  return useMemo(() => {
    const names = new Map(nodes.map((n) => [n.id, n.label]));
    return (edge) => t('canvas.connection', { source: names.get(edge.source) ?? edge.source, target: names.get(edge.target) ?? edge.target });
  }, [nodes, t]);
}
