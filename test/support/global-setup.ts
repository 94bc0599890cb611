// Runs once before the test files: one line per external tool whose tests skip here, or a failure
// when DRIFTGATE_REQUIRE_TOOLS (set by .ci/run) requires a tool that is missing.
import { toolReport } from './tools.js';

export default function setup(): void {
  const { skipped, missingRequired } = toolReport();
  if (missingRequired.length > 0) throw new Error(missingRequired.join('; '));
  for (const line of skipped) process.stderr.write(`driftgate tests: ${line}\n`);
}
