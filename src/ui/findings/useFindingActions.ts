import { getRule, describeFinding, type Finding } from '../../core';
import { useArchStoreApi } from '../../store';
import { useFitDesign } from '../canvas/fitDesign';

/** What a person does with a finding: look at its elements, apply its fix, switch its rule off. */
export function useFindingActions() {
  const store = useArchStoreApi();
  const fit = useFitDesign();

  const show = (finding: Finding) => {
    const ids = [...finding.nodes, ...finding.edges, ...finding.groups];
    store.getState().select(ids);
    const edgeEnds = finding.edges.flatMap((id) => {
      const edge = store.getState().design.edges.find((e) => e.id === id);
      return edge === undefined ? [] : [edge.source, edge.target];
    });
    const shown = [...new Set([...finding.nodes, ...finding.groups, ...edgeEnds])];
    if (shown.length > 0) fit({ ids: shown, duration: 300, maxZoom: 1.2, padding: 0.3 });
  };

  const fix = (finding: Finding) => {
    const state = store.getState();
    if (finding.fix === undefined) return;
    const label = finding.fix.label[state.language];
    try {
      if (state.dispatch(finding.fix.command(state.language))) state.notify({ kind: 'info', key: 'findings.fixed', values: { label } });
    } catch (error) {
      state.notify({ kind: 'error', key: 'findings.fixFailed', values: { reason: error instanceof Error ? error.message : String(error) } });
    }
  };

  const switchOff = (finding: Finding) => {
    const state = store.getState();
    const policy = state.design.rulePolicy;
    if (policy.disabled.includes(finding.ruleId)) return;
    const rule = getRule(finding.ruleId);
    const ok = state.dispatch({ op: 'update-design', patch: { rulePolicy: { ...policy, disabled: [...policy.disabled, finding.ruleId] } } });
    if (ok && rule !== undefined) {
      state.notify({ kind: 'info', key: 'findings.ruleOffDone', values: { title: describeFinding(finding, rule, state.language).title } });
    }
  };

  return { show, fix, switchOff };
}
