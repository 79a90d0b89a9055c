import { installMovableClock } from './movable-clock.js';

/**
 * Loaded with `--import` into a host process a test starts (`startBrowserShell({clockStepMs})`): each
 * SIGUSR2 moves the process's clock on by `ZZ_TEST_CLOCK_STEP_MS` and says so on stdout. The shell
 * itself has no such switch.
 */
const stepMs = Number(process.env.ZZ_TEST_CLOCK_STEP_MS);
if (!Number.isInteger(stepMs) || stepMs <= 0) throw new Error(`ZZ_TEST_CLOCK_STEP_MS must be a positive whole number of ms: ${process.env.ZZ_TEST_CLOCK_STEP_MS}`);

const clock = installMovableClock();
process.on('SIGUSR2', () => {
  clock.advance(stepMs);
  process.stdout.write(`test clock moved to ${new Date().toISOString()}\n`);
});
