import { PATTERN_INFO, RULES, RULE_CATEGORIES, SEVERITIES, type Rule, type Severity } from '../../core';
import { useArch } from '../../store';
import { useT } from '../i18n';
import { Button } from '../primitives/Button';
import { Modal } from '../primitives/Modal';

/** Every rule with its explanation, and the design's policy: each rule switched on or off, its severity. */
export function RulesReference({ onClose }: { onClose: () => void }) {
  const t = useT();
  const language = useArch((s) => s.language);
  const policy = useArch((s) => s.design.rulePolicy);
  const dispatch = useArch((s) => s.dispatch);

  const setEnabled = (rule: Rule, enabled: boolean) => {
    const disabled = enabled ? policy.disabled.filter((id) => id !== rule.id) : [...policy.disabled, rule.id];
    dispatch({ op: 'update-design', patch: { rulePolicy: { ...policy, disabled } } });
  };
  const setSeverity = (rule: Rule, severity: Severity) => {
    const { [rule.id]: _previous, ...others } = policy.severity;
    const next = severity === rule.severity ? others : { ...others, [rule.id]: severity };
    dispatch({ op: 'update-design', patch: { rulePolicy: { ...policy, severity: next } } });
  };

  return (
    <Modal title={t('findings.referenceTitle')} onClose={onClose} footer={<Button onClick={onClose}>{t('help.close')}</Button>}>
      <p className="mb-3 text-sm text-slate-700">{t('findings.referenceIntro')} {t('findings.rulesCount', { count: RULES.length })}</p>
      {RULE_CATEGORIES.map((category) => {
        const rules = RULES.filter((r) => r.category === category);
        if (rules.length === 0) return null;
        return (
          <section key={category} aria-label={t(`findings.categories.${category}`)} className="mb-4">
            <h3 className="mb-1 text-sm font-semibold">{t(`findings.categories.${category}`)}</h3>
            <ul>
              {rules.map((rule) => {
                const title = rule.title[language];
                const enabled = !policy.disabled.includes(rule.id);
                return (
                  <li key={rule.id} className="mb-2 rounded border border-slate-200 p-2 text-sm">
                    <div className="flex flex-wrap items-center gap-2">
                      <label className="flex min-w-0 flex-1 items-center gap-1.5 font-semibold">
                        <input type="checkbox" checked={enabled} aria-label={t('findings.enabledFor', { title })} onChange={(e) => setEnabled(rule, e.target.checked)} />
                        {title}
                      </label>
                      <select aria-label={t('findings.severityFor', { title })} value={policy.severity[rule.id] ?? rule.severity}
                        onChange={(e) => setSeverity(rule, e.target.value as Severity)} className="rounded border border-slate-300 bg-surface px-1 py-0.5 text-xs">
                        {SEVERITIES.map((s) => <option key={s} value={s}>{t(`findings.severityOne.${s}`)}</option>)}
                      </select>
                    </div>
                    <p className="mt-1 text-xs text-slate-500">
                      {rule.id} · {t('findings.module', { module: rule.module })}
                      {rule.patterns !== undefined && ` · ${t('findings.patternsOf', { patterns: rule.patterns.map((p) => PATTERN_INFO[p].name[language]).join(', ') })}`}
                    </p>
                    <p className="mt-1 text-xs text-slate-700">{rule.why[language]}</p>
                    <p className="mt-1 text-xs text-slate-700"><span className="font-semibold">{t('findings.how')}</span> {rule.fix[language]}</p>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </Modal>
  );
}
