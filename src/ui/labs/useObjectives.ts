import { useDeferredValue, useMemo } from 'react';
import { evaluateObjectives, type LabPart, type ObjectiveResult } from '../../core';
import { useArch } from '../../store';
import { metricsOf } from '../metrics/useMetrics';

/**
 * How the open design stands against a lab part's objectives, live. Reuses the findings and
 * metrics the app already has for this design; follows a deferred copy, so an edit never waits.
 */
export function useObjectives(part: LabPart): ObjectiveResult[] {
  const current = useArch((s) => s.design);
  const design = useDeferredValue(current);
  const evaluation = useArch((s) => (s.evaluatedDesign === design ? s.evaluation : undefined));
  return useMemo(
    () => evaluateObjectives(part, design, { ...(evaluation === undefined ? {} : { evaluation }), metrics: metricsOf(design) }),
    [part, design, evaluation],
  );
}
