import { useMemo, useState } from 'react';
import { BookOpen } from 'lucide-react';
import { RULE_CATEGORIES, SEVERITIES, type RuleCategory, type Severity } from '../../core';
import { checkedDesign, useArch } from '../../store';
import { useT } from '../i18n';
import { Button } from '../primitives/Button';
import { CategoryScores } from './CategoryScores';
import { FindingCard } from './FindingCard';
import { PatternPanel } from './PatternPanel';
import { RulesReference } from './RulesReference';
import { useFindingActions } from './useFindingActions';

/** Findings shown per severity before “Show all”. */
const PAGE = 50;

/** The Findings tab: declared patterns and their checklists, scores, and the findings grouped and filterable. */
export function FindingsTab() {
  const t = useT();
  const design = useArch(checkedDesign);
  const language = useArch((s) => s.language);
  const evaluation = useArch((s) => s.evaluation);
  const actions = useFindingActions();
  const [shown, setShown] = useState<Record<Severity, boolean>>({ error: true, warning: true, info: true });
  const [category, setCategory] = useState<RuleCategory | ''>('');
  const [reference, setReference] = useState(false);
  const [expanded, setExpanded] = useState<ReadonlySet<Severity>>(new Set());

  const counts = useMemo(() => {
    const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const f of evaluation.findings) c[f.severity] += 1;
    return c;
  }, [evaluation]);
  const visible = evaluation.findings.filter((f) => shown[f.severity] && (category === '' || f.category === category));

  return (
    <div>
      <div className="mb-3 flex items-center justify-between gap-2">
        <p className="text-sm text-slate-700" aria-live="polite">
          {[t('findings.errors', { count: counts.error }), t('findings.warnings', { count: counts.warning }), t('findings.infos', { count: counts.info })].join(' · ')}
        </p>
        <Button variant="ghost" className="!px-1 text-xs" onClick={() => setReference(true)}>
          <BookOpen size={14} aria-hidden />{t('findings.reference')}
        </Button>
      </div>
      <PatternPanel design={design} evaluation={evaluation} language={language} />
      <section aria-labelledby="findings-heading" className="mb-4">
        <h3 id="findings-heading" className="sr-only">{t('panel.tabs.findings')}</h3>
        <fieldset className="mb-2">
          <legend className="sr-only">{t('findings.filterLabel')}</legend>
          <div className="mb-1 flex flex-wrap gap-1">
            {SEVERITIES.map((s) => (
              <button key={s} type="button" aria-pressed={shown[s]} aria-label={t('findings.severityFilter', { severity: t(`findings.severity.${s}`) })}
                onClick={() => setShown({ ...shown, [s]: !shown[s] })}
                className={`rounded-full border px-2 py-0.5 text-xs ${shown[s] ? 'border-slate-500 bg-slate-100 text-slate-900' : 'border-slate-200 text-slate-400 line-through'}`}>
                {t(`findings.severity.${s}`)} ({counts[s]})
              </button>
            ))}
          </div>
          <label className="block text-xs font-medium text-slate-600">
            {t('findings.categoryFilter')}
            <select value={category} onChange={(e) => setCategory(e.target.value as RuleCategory | '')}
              className="mt-0.5 block w-full rounded border border-slate-300 bg-surface px-1.5 py-1 text-sm">
              <option value="">{t('findings.allCategories')}</option>
              {RULE_CATEGORIES.map((c) => <option key={c} value={c}>{t(`findings.categories.${c}`)}</option>)}
            </select>
          </label>
        </fieldset>
        {evaluation.findings.length === 0 && <p className="text-sm text-green-800">{t('findings.none')}</p>}
        {evaluation.findings.length > 0 && visible.length === 0 && <p className="text-sm text-slate-600">{t('findings.noneFiltered')}</p>}
        {SEVERITIES.map((severity) => {
          const all = visible.filter((f) => f.severity === severity);
          if (all.length === 0) return null;
          // A long list is cut, so a design with thousands of findings stays quick to show.
          const ofSeverity = expanded.has(severity) ? all : all.slice(0, PAGE);
          return (
            <div key={severity} className="mb-3">
              <h4 className="mb-1 text-xs font-semibold tracking-wide text-slate-600 uppercase">{t(`findings.severity.${severity}`)} ({all.length})</h4>
              {RULE_CATEGORIES.map((c) => {
                const group = ofSeverity.filter((f) => f.category === c);
                if (group.length === 0) return null;
                return (
                  <div key={c}>
                    <h5 className="mb-1 text-xs text-slate-500">{t(`findings.categories.${c}`)}</h5>
                    <ul aria-label={`${t(`findings.severity.${severity}`)} — ${t(`findings.categories.${c}`)}`}>
                      {group.map((f) => (
                        <FindingCard key={f.key} finding={f} language={language} onShow={actions.show} onFix={actions.fix} onSwitchOff={actions.switchOff} />
                      ))}
                    </ul>
                  </div>
                );
              })}
              {ofSeverity.length < all.length && (
                <Button className="text-xs" onClick={() => setExpanded(new Set([...expanded, severity]))}>
                  {t('findings.showAll', { count: all.length })}
                </Button>
              )}
            </div>
          );
        })}
      </section>
      <CategoryScores evaluation={evaluation} />
      {reference && <RulesReference onClose={() => setReference(false)} />}
    </div>
  );
}
