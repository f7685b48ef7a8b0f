import { describe, expect, it } from 'vitest';
import { design, inferenceDesign, node } from '../testing/builders';
import { CURRENT_VERSION, FILE_SUFFIX, FORMAT } from './envelope';
import { parseDesignText } from './parseDesign';
import { describeProblem, formatPath, problem } from './problems';
import { serializeDesign, toEnvelope } from './serializeDesign';

describe('serializeDesign', () => {
  it('writes the current envelope as indented JSON ending with a new line', () => {
    const text = serializeDesign(design(node('gw', 'api-gateway')));
    expect(text.startsWith(`{\n  "format": "archlab",\n  "version": ${CURRENT_VERSION},\n  "design": {\n    "id": "test-design",`)).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
    expect(JSON.parse(text)).toEqual({ format: FORMAT, version: CURRENT_VERSION, design: design(node('gw', 'api-gateway')) });
  });

  it('keeps hostile text intact through a save and a load', () => {
    const hostile = 'say "hi" \\ </script><script>alert(1)</script>\n%%{init: {}}%% 🚀 \u2028';
    const d = design(node('gw', 'api-gateway', { label: 'Gateway "edge"', description: hostile }), node('b', 'x', { props: { note: hostile } }));
    const back = parseDesignText(serializeDesign(d));
    expect(back.ok && back.design.nodes[0]?.description).toBe(hostile);
    expect(back.ok && back.design.nodes[1]?.props.note).toBe(hostile);
  });

  it('wraps a design without copying it', () => {
    const d = inferenceDesign();
    const envelope = toEnvelope(d);
    expect(envelope).toEqual({ format: 'archlab', version: CURRENT_VERSION, design: d });
    expect(envelope.design).toBe(d);
    expect(FILE_SUFFIX).toBe('.archlab.json');
  });
});

describe('problem paths', () => {
  it('are written the way a reader writes them', () => {
    expect(formatPath(['design', 'nodes', 3, 'props', 'replicas'])).toBe('design.nodes[3].props.replicas');
    expect(formatPath(['layout', 'elements', 'a b'])).toBe('layout.elements["a b"]');
    expect(formatPath(['layout', 'elements', 'gw-1'])).toBe('layout.elements["gw-1"]');
    expect(formatPath(['x', 'say "hi"'])).toBe('x["say \\"hi\\""]');
    expect(formatPath([0, 'a'])).toBe('[0].a');
    expect(formatPath([])).toBe('');
  });

  it('name the whole file when empty, in the chosen language', () => {
    expect(problem('en', [], 'problem.notObject')).toEqual({ path: '(file)', message: 'expected an ArchLab design file (a JSON object)' });
    expect(problem('fr', ['design', 'nodes', 0], 'problem.unknownGroup', { id: 'g' })).toEqual({
      path: 'design.nodes[0]',
      message: 'aucun groupe n’a l’identifiant « g »',
    });
    expect(describeProblem({ path: 'design.name', message: 'too short' })).toBe('design.name: too short');
  });
});
