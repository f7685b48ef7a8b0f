import { Command, CommanderError } from 'commander';
import packageJson from '../../package.json' with { type: 'json' };
import { EXIT, type CommandContext, type RegisterCommand } from './command';
import { registerCatalog } from './commands/catalog';
import { registerCheck } from './commands/check';
import { registerExport } from './commands/export';
import { registerLayout } from './commands/layout';
import { registerMetrics } from './commands/metrics';
import { registerRules } from './commands/rules';
import { registerValidate } from './commands/validate';
import { nodeIo, type CliIo } from './io';
import { languageFromEnv } from './language';

/** Every subcommand, one module each under commands/. */
const COMMANDS: readonly RegisterCommand[] = [registerValidate, registerCheck, registerRules, registerCatalog, registerLayout, registerMetrics, registerExport];

/** The `archlab` program, writing through `io`, recording the exit code through `setExitCode`. */
export function createProgram(io: CliIo, setExitCode: (code: number) => void): Command {
  const program = new Command('archlab')
    .description('Check and work on ArchLab design files (.archlab.json) from the command line.')
    .version(packageJson.version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: (text) => io.writeOut(text), writeErr: (text) => io.writeErr(text) })
    // Throw instead of calling process.exit, so main() decides the exit code (and tests can run it).
    .exitOverride();
  const context: CommandContext = { io, defaultLanguage: languageFromEnv(io.env), setExitCode };
  // Registered after exitOverride/configureOutput so every subcommand inherits them.
  for (const register of COMMANDS) register(program, context);
  return program;
}

/**
 * Runs the CLI on `argv` (as in process.argv: node, script, then arguments) and resolves to the
 * exit code: 0 ok, 1 invalid design or failed check, 2 unreadable file or bad usage. Never calls process.exit.
 */
export async function main(argv: readonly string[], io: CliIo = nodeIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = createProgram(io, (code) => {
    exitCode = code;
  });
  if (argv.length <= 2) {
    program.outputHelp({ error: true });
    return EXIT.usage;
  }
  try {
    await program.parseAsync([...argv]);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    throw error;
  }
  return exitCode;
}
