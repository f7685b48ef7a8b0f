import { useState } from 'react';
import { Check, Circle, X } from 'lucide-react';
import { PATTERNS, PATTERN_INFO, RULES, getRule, patternChecklists, type Design, type Evaluation, type Language, type PatternId } from '../../core';
import { useArch } from '../../store';
import { useT } from '../i18n';
import { Button } from '../primitives/Button';

/** The patterns the design declares, each with its requirements ticked live; declare or remove one. */
export function PatternPanel({ design, evaluation, language }: { design: Design; evaluation: Evaluation; language: Language }) {
  const t = useT();
  const dispatch = useArch((s) => s.dispatch);
  // Declaring edits the current design (the checklists may show a large design's last check).
  const declared = useArch((s) => s.design.patterns);
  const undeclared = PATTERNS.filter((p) => !declared.includes(p));
  const [choice, setChoice] = useState<PatternId | ''>('');
  const setPatterns = (patterns: PatternId[]) => dispatch({ op: 'update-design', patch: { patterns } });
  const checklists = patternChecklists(design, evaluation, RULES);

  return (
    <section aria-labelledby="patterns-heading" className="mb-4">
      <h3 id="patterns-heading" className="text-sm font-semibold">{t('findings.patterns')}</h3>
      <p className="mb-2 text-xs text-slate-600">{t('findings.patternsHint')}</p>
      {checklists.length === 0 && <p className="mb-2 text-xs text-slate-600">{t('findings.noPatterns')}</p>}
      {checklists.map((list) => {
        const info = PATTERN_INFO[list.pattern];
        const met = list.items.filter((i) => i.passed).length;
        return (
          <div key={list.pattern} className="mb-2 rounded border border-slate-200 p-2">
            <div className="flex items-center gap-1">
              <h4 className="min-w-0 flex-1 text-sm font-semibold">{info.name[language]}</h4>
              <Button variant="ghost" className="!p-0.5" aria-label={t('findings.undeclare', { pattern: info.name[language] })}
                onClick={() => setPatterns(declared.filter((p) => p !== list.pattern))}>
                <X size={14} aria-hidden />
              </Button>
            </div>
            <p className={`text-xs ${list.complete ? 'text-green-800' : 'text-slate-600'}`}>
              {list.complete ? t('findings.complete') : t('findings.incomplete', { count: met, total: list.items.length })}
            </p>
            <ul aria-label={info.name[language]} className="mt-1">
              {list.items.map((item) => {
                const title = getRule(item.ruleId)?.title[language] ?? item.ruleId;
                const state = item.disabled ? t('findings.requirementOff') : item.passed ? t('findings.requirementMet') : t('findings.requirementMissed');
                return (
                  <li key={item.ruleId} aria-label={`${title}: ${state}`} className="flex items-start gap-1 text-xs">
                    {item.disabled ? <Circle size={12} className="mt-0.5 shrink-0 text-slate-400" aria-hidden />
                      : item.passed ? <Check size={12} className="mt-0.5 shrink-0 text-green-700" aria-hidden />
                        : <X size={12} className="mt-0.5 shrink-0 text-red-700" aria-hidden />}
                    <span className={item.disabled ? 'text-slate-400 line-through' : ''}>{title}</span>
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
      {undeclared.length > 0 && (
        <div className="flex items-end gap-1.5">
          <label className="min-w-0 flex-1 text-xs font-medium text-slate-600">
            {t('findings.declare')}
            <select value={choice} onChange={(e) => setChoice(e.target.value as PatternId | '')}
              className="mt-0.5 block w-full rounded border border-slate-300 bg-surface px-1.5 py-1 text-sm">
              <option value="">—</option>
              {undeclared.map((p) => <option key={p} value={p}>{PATTERN_INFO[p].name[language]}</option>)}
            </select>
          </label>
          <Button disabled={choice === ''} onClick={() => {
            if (choice === '') return;
            setPatterns([...declared, choice]);
            setChoice('');
          }}>{t('findings.declareButton')}</Button>
        </div>
      )}
    </section>
  );
}
