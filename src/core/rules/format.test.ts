import { describe, expect, it } from 'vitest';
import { design, node } from '../testing/builders';
import { defineRule } from './defineRule';
import { evaluateRules } from './evaluate';
import { describeFinding, fillTemplate, localize } from './format';

/** French groups thousands with a narrow no-break space (U+202F). */
const NNBSP = '\u202F';

describe('fillTemplate', () => {
  it('fills named slots with strings', () => {
    expect(fillTemplate('From {source} to {target}.', { source: 'Gateway', target: 'Model' }, 'en')).toBe('From Gateway to Model.');
  });

  it('formats numbers the way each language writes them', () => {
    const params = { rps: 1234.5, share: 0.125, count: 3, big: 1_234_567 };
    expect(fillTemplate('{rps} req/s, {share}, {count}, {big}', params, 'en')).toBe('1,234.5 req/s, 0.13, 3, 1,234,567');
    expect(fillTemplate('{rps} req/s, {share}, {count}, {big}', params, 'fr')).toBe(
      `1${NNBSP}234,5 req/s, 0,13, 3, 1${NNBSP}234${NNBSP}567`,
    );
    expect(fillTemplate('{n}', { n: -2.5 }, 'fr')).toBe('-2,5');
    expect(fillTemplate('{n}', { n: 0 }, 'en')).toBe('0');
  });

  it('picks the language of a localized parameter', () => {
    const params = { pattern: { en: 'Canary release', fr: 'Déploiement canari' } };
    expect(fillTemplate('Looks like {pattern}.', params, 'en')).toBe('Looks like Canary release.');
    expect(fillTemplate('Ressemble à : {pattern}.', params, 'fr')).toBe('Ressemble à : Déploiement canari.');
  });

  it('fills a slot used twice, and slots with digits in their names', () => {
    expect(fillTemplate('{a} and {a}, {zone2}', { a: 'x', zone2: 'eu-2' }, 'en')).toBe('x and x, eu-2');
  });

  it('keeps slots it has no value for, and braces that are not slots', () => {
    expect(fillTemplate('{known} {unknown}', { known: 'yes' }, 'en')).toBe('yes {unknown}');
    expect(fillTemplate('{1} { spaced } {} {a-b} {{double}}', { 1: 'one', spaced: 's', a: 'A' }, 'en')).toBe('{1} { spaced } {} {a-b} {{double}}');
  });

  it('does not fill slots again inside the values it inserts', () => {
    expect(fillTemplate('{a}', { a: '{b}', b: 'nope' }, 'en')).toBe('{b}');
  });

  it('inserts values literally: no HTML interpretation, no replacement patterns', () => {
    const params = { name: '<img src=x onerror=alert(1)> & "quotes"', dollars: '$& $1 $$ $`' };
    expect(fillTemplate('<b>{name}</b> {dollars}', params, 'en')).toBe('<b><img src=x onerror=alert(1)> & "quotes"</b> $& $1 $$ $`');
    expect(fillTemplate('&amp; {name}', { name: '&lt;' }, 'fr')).toBe('&amp; &lt;');
  });

  it('returns a template without slots unchanged', () => {
    expect(fillTemplate('Nothing to fill.', {}, 'fr')).toBe('Nothing to fill.');
  });
});

describe('localize', () => {
  it('picks a language', () => {
    expect(localize({ en: 'Circuit breaker', fr: 'Disjoncteur' }, 'fr')).toBe('Disjoncteur');
    expect(localize({ en: 'Circuit breaker', fr: 'Disjoncteur' }, 'en')).toBe('Circuit breaker');
  });
});

describe('describeFinding', () => {
  const rule = defineRule<'many'>({
    id: 'resilience/test-timeout',
    category: 'resilience',
    severity: 'warning',
    module: 1,
    title: { en: 'Timeouts on calls', fr: 'Délais d’expiration sur les appels' },
    why: { en: 'A call without timeout waits forever.', fr: 'Un appel sans délai attend indéfiniment.' },
    fix: { en: 'Set a timeout.', fr: 'Définissez un délai.' },
    messages: {
      default: { en: '{node} calls without a timeout.', fr: '{node} appelle sans délai d’expiration.' },
      many: { en: '{node} makes {count} calls without a timeout.', fr: '{node} fait {count} appels sans délai d’expiration.' },
    },
    check: (context) => [
      { params: { node: context.label('a') }, nodes: ['a'] },
      { message: 'many', params: { node: context.label('b'), count: 1500 }, nodes: ['b'] },
    ],
  });
  const [one, many] = evaluateRules(design(node('a', 'microservice', { label: 'Orders' }), node('b', 'microservice', { label: 'Billing' })), [rule]).findings;

  it('gives the title, the filled message, why and how to fix, in each language', () => {
    expect(describeFinding(one!, rule, 'en')).toEqual({
      title: 'Timeouts on calls',
      message: 'Orders calls without a timeout.',
      why: 'A call without timeout waits forever.',
      fix: 'Set a timeout.',
    });
    expect(describeFinding(one!, rule, 'fr')).toEqual({
      title: 'Délais d’expiration sur les appels',
      message: 'Orders appelle sans délai d’expiration.',
      why: 'Un appel sans délai attend indéfiniment.',
      fix: 'Définissez un délai.',
    });
  });

  it('uses the finding’s own message, with numbers formatted per language', () => {
    expect(describeFinding(many!, rule, 'en').message).toBe('Billing makes 1,500 calls without a timeout.');
    expect(describeFinding(many!, rule, 'fr').message).toBe(`Billing fait 1${NNBSP}500 appels sans délai d’expiration.`);
  });

  it('falls back to the default message when the finding names one the rule does not have', () => {
    expect(describeFinding({ ...one!, message: 'gone' }, rule, 'en').message).toBe('Orders calls without a timeout.');
  });
});
