#!/usr/bin/env node
/**
 * The `punkt` command: a thin shell over the public API. Each sub-command lives in
 * `commands/<name>.ts` and exports `register(program)`. Exit codes: 0 all good, 1 some input failed,
 * 2 usage error.
 */
// First: V8 settings must be in place before the rest of punkt runs (see v8-tuning.ts).
import { V8_TUNING } from './v8-tuning.js';
import { Command, CommanderError } from 'commander';
import { register as registerExtract } from './commands/extract.js';
import { register as registerKeypoints } from './commands/keypoints.js';
import { register as registerServe } from './commands/serve.js';
import { register as registerIngest } from './commands/ingest.js';
import { register as registerExport } from './commands/export.js';

if (V8_TUNING.error) {
  console.error(`punkt: ${V8_TUNING.error}`);
  process.exit(2);
}

const program = new Command('punkt')
  .description('News pages auf den Punkt: clean articles, key points and a searchable archive.')
  .exitOverride()
  .showHelpAfterError();

for (const register of [registerExtract, registerKeypoints, registerServe, registerIngest, registerExport]) register(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    process.exitCode = err.exitCode === 0 ? 0 : 2;
  } else {
    console.error(`punkt: ${(err as Error).message}`);
    process.exitCode = 1;
  }
}
