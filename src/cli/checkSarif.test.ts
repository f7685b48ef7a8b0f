import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { serializeDesign } from '../core';
import { design, fields, node } from '../core/testing/builders';
import { lineOf, runCheck, sarifUri } from './commands/check';
import { FAKES, breaker, input, options, sarifFaults, shop, type SarifLog } from './checkTestKit';

describe('runCheck (sarif)', () => {
  const text = serializeDesign(shop());
  const result = runCheck({ file: 'designs/shop.archlab.json', text }, options({ format: 'sarif' }), FAKES);
  const log = JSON.parse(result.stdout.join('\n')) as SarifLog;
  const [run] = log.runs;

  it('is a SARIF 2.1.0 log GitHub code scanning accepts', () => {
    expect(sarifFaults(log)).toEqual([]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toEqual([]);
  });

  it('describes the rules that ran: title, why, how to fix', () => {
    expect(run!.tool.driver.name).toBe('ArchLab');
    expect(run!.tool.driver.version).toBe(packageJson.version);
    expect(run!.tool.driver.rules.map((r) => r.id)).toEqual(['resilience/fake-breaker', 'operations/fake-spof', 'intent/fake-hint']);
    expect(run!.tool.driver.rules[0]).toMatchObject({
      id: 'resilience/fake-breaker',
      shortDescription: { text: 'Breakers on calls' },
      fullDescription: { text: 'Failures cascade.' },
      help: { text: 'Turn the breaker on.' },
      defaultConfiguration: { level: 'warning' },
    });
  });

  it('gives one result per finding: level, message, the file and line, the elements by id', () => {
    expect(run!.results.map((r) => [r.ruleId, r.level])).toEqual([
      ['operations/fake-spof', 'error'],
      ['resilience/fake-breaker', 'warning'],
      ['resilience/fake-breaker', 'warning'],
      ['intent/fake-hint', 'note'],
    ]);
    const [spofResult, breakerResult, , hintResult] = run!.results;
    expect(spofResult!.message.text).toBe('Orders service runs 1 replica for 1,500 req/s.');
    const lines = text.split('\n');
    const location = breakerResult!.locations[0]!;
    expect(location.physicalLocation.artifactLocation.uri).toBe('designs/shop.archlab.json');
    expect(lines[location.physicalLocation.region.startLine - 1]).toContain('"id": "gw"');
    expect(location.logicalLocations).toEqual([
      { name: 'gw', fullyQualifiedName: 'nodes/gw', kind: 'object' },
      { name: 'svc', fullyQualifiedName: 'nodes/svc', kind: 'object' },
      { name: 'e2', fullyQualifiedName: 'edges/e2', kind: 'object' },
    ]);
    expect(hintResult!.locations[0]!.physicalLocation.region.startLine).toBe(1);
    expect(hintResult!.locations[0]!.logicalLocations).toEqual([]);
  });

  it('fingerprints each result with its finding key', () => {
    expect(run!.results[1]!.partialFingerprints).toEqual({ 'archlabFindingKey/v1': 'resilience/fake-breaker|default|gw,svc,e2' });
  });

  it('follows the design’s severity overrides in result levels, and --lang in texts', () => {
    const d = shop(fields({ rulePolicy: { severity: { 'intent/fake-hint': 'warning' } } }));
    const fr = JSON.parse(runCheck(input(d), options({ format: 'sarif', lang: 'fr' }), FAKES).stdout.join('\n')) as SarifLog;
    const hintResult = fr.runs[0]!.results.find((r) => r.ruleId === 'intent/fake-hint')!;
    expect(hintResult.level).toBe('warning');
    expect(hintResult.message.text).toBe('Pensez à déclarer un modèle.');
    expect(fr.runs[0]!.tool.driver.rules.find((r) => r.id === 'intent/fake-hint')!.defaultConfiguration.level).toBe('note');
  });

  it('is an empty list of results, still valid, when nothing is found', () => {
    const clean = JSON.parse(runCheck(input(design(node('a', 'microservice'))), options({ format: 'sarif' }), [breaker]).stdout.join('\n')) as SarifLog;
    expect(sarifFaults(clean)).toEqual([]);
    expect(clean.runs[0]!.results).toEqual([]);
  });
});

describe('SARIF helpers', () => {
  it('writes relative paths as relative URIs with forward slashes, absolute ones as file: URIs', () => {
    expect(sarifUri('designs/shop.archlab.json')).toBe('designs/shop.archlab.json');
    expect(sarifUri('./designs/shop.archlab.json')).toBe('designs/shop.archlab.json');
    expect(sarifUri('designs\\my shop#1.archlab.json')).toBe('designs/my%20shop%231.archlab.json');
    expect(sarifUri('/tmp/a b.json')).toBe('file:///tmp/a%20b.json');
  });

  it('finds the line of an element, past the design’s own id', () => {
    const d = design(node('test-design', 'microservice'), node('b', 'microservice'), fields({ id: 'test-design' }));
    const text = serializeDesign(d);
    const lines = text.split('\n');
    const line = lineOf(text, 'test-design');
    expect(line).toBeGreaterThan(lines.findIndex((l) => l.includes('"nodes"')) + 1);
    expect(lines[line - 1]).toContain('"id": "test-design"');
    expect(lines[lineOf(text, 'b') - 1]).toContain('"id": "b"');
    expect(lineOf(text, 'nowhere')).toBe(1);
    expect(lineOf('{"design":{"id":"x.y"}}', 'x.y')).toBe(1);
  });
});

