import { register } from 'node:module';

/** server/ modules start with `import 'server-only'`, which throws outside a React server bundle. */
export function allowServerOnlyImports(): void {
  register(
    `data:text/javascript,${encodeURIComponent(
      `export async function resolve(specifier, context, next) {
        if (specifier === 'server-only') return { url: 'data:text/javascript,export{}', shortCircuit: true };
        return next(specifier, context);
      }`,
    )}`,
  );
}

/** `--name 123` from the command line, or the fallback. */
export function numberOption(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

/** `--name a,b,c` from the command line (or the fallback), split at commas. */
export function listOption(name: string, fallback: string): string[] {
  const at = process.argv.indexOf(`--${name}`);
  return (at >= 0 ? process.argv[at + 1]! : fallback).split(',');
}

/** The app's modules, imported after this, use `file` as their (test-environment) database. */
export function pointAppAtDatabase(file: string): void {
  process.env.DATABASE_ENV = 'test';
  process.env.DATABASE_URL = `file:${file}`;
  process.env.LOG_LEVEL = 'warn';
}
