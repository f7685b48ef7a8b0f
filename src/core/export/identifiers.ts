/**
 * Identifiers for the exported DSLs. Design ids match `^[A-Za-z0-9][A-Za-z0-9_.:-]*$`; the
 * DSLs want letters, digits and underscores, not starting with a digit, and not a keyword.
 */

/** Words an identifier must not be (compared case-insensitively): DSL keywords and macro names. */
const RESERVED = new Set(
  [
    // Structurizr DSL
    'workspace', 'model', 'views', 'person', 'softwaresystem', 'container', 'component', 'group',
    'deploymentenvironment', 'deploymentnode', 'infrastructurenode', 'containerinstance',
    'softwaresysteminstance', 'element', 'relationship', 'styles', 'this', 'include', 'exclude',
    'autolayout', 'title', 'description', 'properties', 'tags', 'tag', 'url', 'perspectives',
    'theme', 'themes', 'branding', 'terminology', 'configuration', 'users', 'enterprise',
    'animation', 'technology', 'instances', 'healthcheck', 'systemlandscape', 'systemcontext',
    'dynamic', 'deployment', 'filtered', 'custom', 'image', 'name', 'docs', 'adrs', 'identifiers',
    'impliedrelationships', 'ref', 'extends', 'script', 'plugin', 'const', 'var', 'archetypes',
    // PlantUML and Mermaid
    'title', 'legend', 'end', 'left', 'right', 'up', 'down', 'as', 'rel', 'birel', 'system',
    'system_ext', 'boundary', 'node', 'c4context', 'c4container', 'c4component', 'c4dynamic',
    'c4deployment', 'startuml', 'enduml', 'skinparam', 'note', 'package', 'rectangle',
  ].map((word) => word.toLowerCase()),
);

/** The base identifier for an id, before making it unique. */
export function sanitizeId(id: string): string {
  let safe = id.replace(/[^A-Za-z0-9_]/g, '_');
  if (safe === '' || /^[0-9_]/.test(safe) || RESERVED.has(safe.toLowerCase())) safe = `e_${safe}`;
  return safe;
}

/** Hands out identifiers that are safe for every format and unique within one export. */
export class IdentifierPool {
  private readonly used = new Set<string>();

  /** A fresh identifier for `id` (`a-b` and `a.b` both want `a_b`: the second gets `a_b_2`). */
  take(id: string): string {
    const base = sanitizeId(id);
    let candidate = base;
    for (let n = 2; this.used.has(candidate.toLowerCase()); n += 1) candidate = `${base}_${n}`;
    this.used.add(candidate.toLowerCase());
    return candidate;
  }
}
