import { describe, expect, it } from 'vitest';
import { clone, deepFreeze, inferenceDesign } from '../testing/builders';
import { parseDesign, parseDesignText, jsonErrorOffset, type ParseResult } from './parseDesign';
import { toEnvelope } from './serializeDesign';

const problems = (result: ParseResult) => (result.ok ? [] : result.problems);
const paths = (result: ParseResult) => problems(result).map((p) => p.path);

/** A valid envelope as plain JSON, with `change` applied to its design (which may break it). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the changes write deliberately ill-typed values
function envelopeWith(change: (design: Record<string, any>) => void): Record<string, unknown> {
  const envelope = clone(toEnvelope(inferenceDesign())) as unknown as { design: Record<string, unknown> };
  change(envelope.design);
  return envelope;
}

describe('parseDesign: the envelope', () => {
  it('accepts a valid file and fills its defaults', () => {
    const result = parseDesign({ format: 'archlab', version: 1, design: { id: 'd', name: 'Minimal' } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.version).toBe(1);
    expect(result.design).toMatchObject({ id: 'd', name: 'Minimal', nodes: [], edges: [], groups: [], decisions: [], patterns: [] });
    expect(result.design.workload).toMatchObject({ peakRps: 0, latencySloMs: 200, availabilityTargetPct: 99.9, provider: 'aws' });
    expect(result.design.layout).toEqual({ elements: {}, direction: 'LR' });
  });

  it('refuses anything but an object', () => {
    for (const input of [null, undefined, 42, 'archlab', [], [{ format: 'archlab' }]]) {
      expect(problems(parseDesign(input))).toEqual([{ path: '(file)', message: 'expected an ArchLab design file (a JSON object)' }]);
    }
  });

  it('refuses another format', () => {
    for (const format of [undefined, 'ArchLab', 'drawio', 1]) {
      expect(problems(parseDesign({ format, version: 1, design: {} }))).toEqual([
        { path: 'format', message: 'expected "archlab": this is not an ArchLab design file' },
      ]);
    }
  });

  it('refuses a missing or bad version', () => {
    for (const version of [undefined, null, '1', 0, -1, 1.5, Number.NaN]) {
      expect(problems(parseDesign({ format: 'archlab', version, design: {} }))).toEqual([{ path: 'version', message: 'expected a whole number ≥ 1' }]);
    }
  });

  it('refuses a newer version, saying which', () => {
    expect(problems(parseDesign({ format: 'archlab', version: 7, design: {} }))).toEqual([
      { path: 'version', message: 'this file was written by a newer ArchLab (schema version 7); this one reads up to version 2' },
    ]);
  });

  it('speaks French when asked', () => {
    const fr = { language: 'fr' } as const;
    expect(problems(parseDesign(7, fr))).toEqual([{ path: '(fichier)', message: 'un fichier de conception ArchLab (un objet JSON) est attendu' }]);
    expect(problems(parseDesign({ format: 'archlab', version: 0 }, fr))[0]?.message).toBe('un nombre entier ≥ 1 est attendu');
    expect(problems(parseDesign({ format: 'archlab', version: 3, design: {} }, fr))[0]?.message).toBe(
      'ce fichier a été écrit par une version plus récente d’ArchLab (schéma version 3) ; celle-ci lit jusqu’à la version 2',
    );
  });
});

describe('parseDesign: the design', () => {
  it('reports a field problem with its full path', () => {
    const result = parseDesign(envelopeWith((d) => (d.nodes[1].props.replicas = [2])));
    expect(paths(result)).toEqual(['design.nodes[1].props.replicas']);
  });

  it('reports several problems at once, in order', () => {
    const result = parseDesign(
      envelopeWith((d) => {
        d.name = '';
        d.nodes[0].type = 'Web Client';
        d.edges[2].callsPerRequest = -3;
        d.workload.availabilityTargetPct = 100;
        d.decisions[1].date = '2024-13-01';
      }),
    );
    expect(paths(result)).toEqual([
      'design.name',
      'design.nodes[0].type',
      'design.edges[2].callsPerRequest',
      'design.workload.availabilityTargetPct',
      'design.decisions[1].date',
    ]);
    expect(problems(result)[1]?.message).toBe('expected a catalogue type id in lower-case words joined by "-", such as "api-gateway"');
  });

  it('reports broken references with the id in the message', () => {
    const result = parseDesign(
      envelopeWith((d) => {
        d.edges[1].target = 'region';
        d.nodes[2].parent = 'ghost';
        d.decisions[0].links.push('nowhere');
      }),
    );
    expect(problems(result)).toEqual([
      { path: 'design.nodes[2].parent', message: 'no group has the id "ghost"' },
      { path: 'design.edges[1].target', message: '"region" is a group: connections join components' },
      { path: 'design.decisions[0].links[2]', message: 'no component, connection or group has the id "nowhere"' },
    ]);
  });

  it('quotes record keys that are not identifiers', () => {
    const result = parseDesign(envelopeWith((d) => (d.layout.elements['ghost-1:box'] = { x: 1, y: 2 })));
    expect(problems(result)).toEqual([{ path: 'design.layout.elements["ghost-1:box"]', message: 'no component or group has the id "ghost-1:box"' }]);
  });

  it('refuses unknown keys and a design that is not an object', () => {
    expect(paths(parseDesign(envelopeWith((d) => (d.nodes[0].colour = 'red'))))).toEqual(['design.nodes[0]']);
    expect(paths(parseDesign({ format: 'archlab', version: 1, design: 'nope' }))).toEqual(['design']);
    expect(paths(parseDesign({ format: 'archlab', version: 1 }))).toEqual(['design']);
  });

  it('gives French messages for schema and reference problems', () => {
    const result = parseDesign(
      envelopeWith((d) => {
        d.nodes[0].id = '-bad';
        d.groups[0].kind = 'galaxy';
      }),
      { language: 'fr' },
    );
    expect(problems(result)[0]).toEqual({
      path: 'design.nodes[0].id',
      message: 'un identifiant est attendu : une lettre ou un chiffre, puis des lettres, chiffres, « _ », « . », « : » ou « - » (100 caractères au plus)',
    });
    expect(problems(result)[1]?.path).toBe('design.groups[0].kind');
    expect(problems(result)[1]?.message).toMatch(/^Option invalide/);
    const refs = parseDesign(envelopeWith((d) => d.patterns.push('high-availability')), { language: 'fr' });
    expect(problems(refs)).toEqual([{ path: 'design.patterns[1]', message: 'le modèle « high-availability » est déclaré deux fois' }]);
  });

  it('never mutates its input', () => {
    const input = deepFreeze(envelopeWith((d) => delete d.workload));
    const result = parseDesign(input);
    expect(result.ok).toBe(true);
    expect(input).not.toHaveProperty('design.workload');
  });
});

describe('parseDesignText', () => {
  it('parses the text of a valid file', () => {
    const result = parseDesignText(JSON.stringify(toEnvelope(inferenceDesign())));
    expect(result.ok && result.design).toEqual(inferenceDesign());
  });

  it('gives the line and column of a syntax error the engine locates', () => {
    const [problem] = problems(parseDesignText('{\n  "format": "archlab",\n  "version": 1,\n}'));
    expect(problem?.path).toBe('(file)');
    expect(problem?.message).toMatch(/^the file is not valid JSON: .*\(line 4 column 1\)$/);
  });

  it('gives the line and column of a syntax error the engine does not locate', () => {
    expect(problems(parseDesignText('{\n  "format": "archlab",\n  "version": }'))[0]?.message).toMatch(/line 3 column 14/);
    expect(problems(parseDesignText('{"a": [1, 2'))[0]?.message).toMatch(/line 1 column 12/);
    expect(problems(parseDesignText(''))[0]?.message).toMatch(/line 1 column 1/);
  });

  it('reports a syntax error in French', () => {
    expect(problems(parseDesignText('{,}', { language: 'fr' }))[0]).toEqual({
      path: '(fichier)',
      message: expect.stringMatching(/^le fichier n’est pas du JSON valide : .*line 1 column 2/),
    });
  });

  it('passes its options on to parseDesign', () => {
    const text = JSON.stringify({ format: 'archlab', version: 3, design: {} });
    expect(problems(parseDesignText(text, { language: 'fr' }))[0]?.path).toBe('version');
  });
});

describe('jsonErrorOffset', () => {
  it('finds the first character that cannot continue the JSON text', () => {
    expect(jsonErrorOffset('{"a":1}')).toBeUndefined();
    expect(jsonErrorOffset(' [1, -2.5e3, "x\\n\\u00e9", true, null, {}, []] ')).toBeUndefined();
    expect(jsonErrorOffset('{"a":}')).toBe(5);
    expect(jsonErrorOffset("{'a':1}")).toBe(1);
    expect(jsonErrorOffset('[01]')).toBe(2);
    expect(jsonErrorOffset('"a\\x"')).toBe(2);
    expect(jsonErrorOffset('{"a":1}}')).toBe(7);
    expect(jsonErrorOffset('[[[')).toBe(3);
  });
});
