/** Designs the export tests share: the two reference examples and hostile-label designs. */
import fc from 'fast-check';
import { parseDesign } from '../document/parseDesign';
import type { Decision, Design } from '../model/types';
import { decision, design, edge, group, node } from '../testing/builders';
import realtimeInference from '../../../examples/realtime-inference.archlab.json' with { type: 'json' };
import fraudDetection from '../../../examples/fraud-detection.archlab.json' with { type: 'json' };
import { HOSTILE_LABELS } from './hostile';

function load(json: unknown, name: string): Design {
  const result = parseDesign(json);
  if (!result.ok) throw new Error(`${name} does not load: ${result.problems.map((p) => p.message).join('; ')}`);
  return result.design;
}

export const EXAMPLES: readonly (readonly [string, Design])[] = [
  ['realtime-inference', load(realtimeInference, 'realtime-inference')],
  ['fraud-detection', load(fraudDetection, 'fraud-detection')],
];

/** A design with every C4 kind, a system boundary, loose containers and region > zone > cluster. */
export function smallDesign(): Design {
  return design(
    group('platform', 'system', { label: 'Scoring platform', description: 'Owned by the ML team' }),
    group('eu', 'region', { label: 'eu-west-1', parent: 'platform' }),
    group('eu-a', 'zone', { label: 'eu-west-1a', parent: 'eu' }),
    group('k8s', 'cluster', { label: 'EKS cluster', parent: 'eu-a' }),
    node('analyst', 'person', { label: 'Fraud analyst' }),
    node('bank', 'external-system', { label: 'Card network' }),
    node('gw', 'api-gateway', { label: 'API gateway', parent: 'k8s' }),
    node('model', 'triton', { label: 'Model server', parent: 'k8s', technology: 'NVIDIA Triton' }),
    node('db', 'relational-db', { label: 'Cases', parent: 'eu' }),
    node('events', 'kafka', { label: 'Events', parent: 'platform' }),
    node('console', 'web-client', { label: 'Console' }),
    edge('e1', 'bank', 'gw', { label: 'authorise' }),
    edge('e2', 'gw', 'model', { protocol: 'grpc' }),
    edge('e3', 'model', 'events', { protocol: 'kafka', mode: 'async' }),
    edge('e4', 'analyst', 'console'),
    edge('e5', 'console', 'db', { protocol: 'sql', label: 'read cases' }),
  );
}

/** A label: non-blank, at most 200 characters, often hostile. */
export const hostileLabel: fc.Arbitrary<string> = fc
  .oneof(
    fc.constantFrom(...HOSTILE_LABELS),
    fc.string({ maxLength: 60 }),
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc.array(fc.constantFrom(...HOSTILE_LABELS.map((l) => l.slice(0, 40))), { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' ')),
  )
  .map((text) => `L${text}`.slice(0, 200))
  .filter((text) => text.trim().length > 0 && !/[\uD800-\uDBFF]$/.test(text));

/** The small design with hostile labels on its elements, groups, edges and name. */
export const hostileDesign: fc.Arbitrary<{ design: Design; labels: string[] }> = fc
  .array(hostileLabel, { minLength: 8, maxLength: 8 })
  .map((labels) => {
    const [name = 'x', system = 'x', region = 'x', person = 'x', container = 'x', db = 'x', edgeLabel = 'x', description = 'x'] = labels;
    const d = design(
      group('sys', 'system', { label: system, description }),
      group('reg', 'region', { label: region, parent: 'sys' }),
      node('who', 'person', { label: person, description }),
      node('app', 'api-gateway', { label: container, parent: 'reg', technology: description.slice(0, 200) }),
      node('store', 'relational-db', { label: db, parent: 'reg' }),
      node('ext', 'external-system', { label: name }),
      edge('e1', 'who', 'app', { label: edgeLabel }),
      edge('e2', 'app', 'store', { label: edgeLabel }),
      edge('e3', 'app', 'ext', { mode: 'async' }),
    );
    return { design: { ...d, name: name.trim() }, labels: [system, region, person, container, db, edgeLabel].map((l) => l.trim()) };
  });

/** A design with hostile text in labels, descriptions and a decision record. */
export const hostileReportDesign: fc.Arbitrary<{ design: Design; labels: string[]; record: Decision }> = fc
  .record({
    base: hostileDesign,
    title: hostileLabel,
    texts: fc.array(fc.array(hostileLabel, { minLength: 1, maxLength: 4 }), { minLength: 3, maxLength: 3 }),
    breaks: fc.constantFrom('\n', '\n\n', '\r\n', '\n\n\n'),
  })
  .map(({ base, title, texts, breaks }) => {
    const [context = '', decided = '', consequences = ''] = texts.map((parts) => parts.join(breaks));
    const record = decision('adr-1', 1, { title: title.trim(), context, decision: decided, consequences, links: ['app', 'e1'] });
    return { design: { ...base.design, decisions: [record] }, labels: base.labels, record };
  });
