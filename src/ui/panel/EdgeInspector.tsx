import { AUTHN_METHODS, EDGE_FACTS, EDGE_MODES, PROTOCOLS, edgeSchema, designErrorMap, type DesignEdge } from '../../core';
import { useArch, useArchStoreApi } from '../../store';
import { useT } from '../i18n';
import { Button } from '../primitives/Button';
import { ChoiceField, CheckField } from './fields/ChoiceField';
import { CommitField } from './fields/CommitField';
import { readNumber } from './fields/numbers';
import { FactsFieldset } from './FactsFieldset';

const resilience = edgeSchema.shape.resilience.unwrap().shape;

/** Edits a connection: label, protocol, mode, security and resilience. */
export function EdgeInspector({ edge }: { edge: DesignEdge }) {
  const t = useT();
  const store = useArchStoreApi();
  const nodes = useArch((s) => s.design.nodes);
  const language = useArch((s) => s.language);
  const dispatch = useArch((s) => s.dispatch);
  const update = (patch: Partial<DesignEdge>) => dispatch({ op: 'update-edge', id: edge.id, patch });
  const name = (id: string) => nodes.find((n) => n.id === id)?.label ?? id;
  const title = edge.label || `${name(edge.source)} → ${name(edge.target)}`;

  /** A number field checked by the file schema's own rule for that field. */
  const numberCheck = (schema: { safeParse: (v: unknown, o: object) => { success: boolean; error?: { issues: { message: string }[] } } }, optional: boolean) => (text: string) => {
    if (optional && text.trim() === '') return null;
    const n = readNumber(text);
    if (n === null) return t('inspector.notNumber');
    const result = schema.safeParse(n, { error: designErrorMap(language) });
    return result.success ? null : (result.error?.issues[0]?.message ?? t('inspector.notNumber'));
  };
  const setResilience = (key: keyof DesignEdge['resilience'], text: string) => {
    const n = readNumber(text);
    const next = { ...edge.resilience } as Record<string, unknown>;
    if (n === null) delete next[key];
    else next[key] = n;
    update({ resilience: next as DesignEdge['resilience'] });
  };

  return (
    <section aria-label={title}>
      <h3 className="mb-1 text-base font-semibold break-words">{title}</h3>
      <p className="mb-3 text-xs text-slate-500">
        {t('inspector.from')} {name(edge.source)} · {t('inspector.to')} {name(edge.target)}
      </p>
      <CommitField key={`${edge.id}-label`} label={t('inspector.label')} value={edge.label} maxLength={200} onCommit={(label) => update({ label })} />
      <ChoiceField label={t('inspector.protocol')} value={edge.protocol} options={PROTOCOLS.map((p) => ({ value: p, label: p.toUpperCase() }))}
        onChange={(p) => update({ protocol: p as DesignEdge['protocol'] })} />
      <ChoiceField label={t('inspector.mode')} value={edge.mode} options={EDGE_MODES.map((m) => ({ value: m, label: t(`modes.${m}`) }))}
        onChange={(m) => update({ mode: m as DesignEdge['mode'] })} />
      <CommitField key={`${edge.id}-calls`} label={t('inspector.callsPerRequest')} value={String(edge.callsPerRequest)}
        validate={numberCheck(edgeSchema.shape.callsPerRequest.unwrap(), false)} onCommit={(text) => update({ callsPerRequest: readNumber(text) as number })} />
      <fieldset className="mb-2 border-t border-slate-200 pt-2">
        <CheckField label={t('inspector.tls')} checked={edge.security.tls}
          onChange={(tls) => update({ security: { ...edge.security, tls, mtls: tls ? edge.security.mtls : false } })} />
        <CheckField label={t('inspector.mtls')} checked={edge.security.mtls}
          onChange={(mtls) => update({ security: { ...edge.security, mtls, tls: mtls ? true : edge.security.tls } })} />
        <ChoiceField label={t('inspector.authn')} value={edge.security.authn} options={AUTHN_METHODS.map((a) => ({ value: a, label: t(`authnMethods.${a}`) }))}
          onChange={(a) => update({ security: { ...edge.security, authn: a as DesignEdge['security']['authn'] } })} />
      </fieldset>
      <fieldset className="mb-3 border-t border-slate-200 pt-2">
        <CommitField key={`${edge.id}-timeout`} label={t('inspector.timeoutMs')} unit="ms" hint={t('inspector.optionalHint')}
          value={edge.resilience.timeoutMs === undefined ? '' : String(edge.resilience.timeoutMs)}
          validate={numberCheck(resilience.timeoutMs.unwrap(), true)} onCommit={(text) => setResilience('timeoutMs', text)} />
        <CommitField key={`${edge.id}-retries`} label={t('inspector.retries')} value={String(edge.resilience.retries)}
          validate={numberCheck(resilience.retries.unwrap(), false)} onCommit={(text) => setResilience('retries', text)} />
        <CheckField label={t('inspector.circuitBreaker')} checked={edge.resilience.circuitBreaker}
          onChange={(circuitBreaker) => update({ resilience: { ...edge.resilience, circuitBreaker } })} />
        <CommitField key={`${edge.id}-rate`} label={t('inspector.rateLimitRps')} unit="req/s" hint={t('inspector.optionalHint')}
          value={edge.resilience.rateLimitRps === undefined ? '' : String(edge.resilience.rateLimitRps)}
          validate={numberCheck(resilience.rateLimitRps.unwrap(), true)} onCommit={(text) => setResilience('rateLimitRps', text)} />
      </fieldset>
      <FactsFieldset owner={edge.id} facts={EDGE_FACTS} values={edge.props} language={language} provider={undefined}
        onChange={(props) => update({ props })} />
      <Button variant="danger" onClick={() => dispatch({ op: 'remove-edge', id: edge.id }) && store.getState().clearSelection()}>
        {t('inspector.delete')}
      </Button>
    </section>
  );
}
