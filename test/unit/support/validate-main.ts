/**
 * Test-only entry for the `validate` subcommand, so tests can run it as a child process
 * (`node --import tsx test/unit/support/validate-main.ts FILE...`) before `src/cli.ts` exists.
 * The real entry does the same: pass the arguments after `validate` to `runValidate`.
 */
import { createNodeValidateIo, runValidate } from '../../../src/cli/validate';

process.exitCode = runValidate(process.argv.slice(2), createNodeValidateIo());
