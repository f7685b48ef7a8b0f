import { translate, type Language, type MessageKey, type MessageValues } from '../i18n';

/** One thing wrong with a design file: where (`nodes[3].props.replicas`) and what. */
export interface Problem {
  path: string;
  message: string;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Formats a path as a reader writes it: `nodes[3].props.replicas`, `layout.elements["a b"]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else {
      const key = String(part);
      if (IDENTIFIER.test(key)) out += out === '' ? key : `.${key}`;
      else out += `[${JSON.stringify(key)}]`;
    }
  }
  return out;
}

export function problem(
  language: Language,
  path: readonly PropertyKey[],
  key: MessageKey,
  values?: MessageValues,
): Problem {
  const where = path.length === 0 ? translate(language, 'problem.root') : formatPath(path);
  return { path: where, message: translate(language, key, values) };
}

/** `path: message`, the one-line form used by the CLI and the import dialog. */
export function describeProblem(p: Problem): string {
  return `${p.path}: ${p.message}`;
}
