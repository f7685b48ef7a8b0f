/** The public face of the core: pure TypeScript, no DOM, no React. Runs in Node and browsers. */
export * from './model';
export * from './document';
export * from './i18n';
export * from './catalog';
export * from './rules';
export * from './metrics';
export * from './export';
export * from './labs';
