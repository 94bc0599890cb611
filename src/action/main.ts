// The Action entry (runs the committed dist/action.js). Filled in by the Action stage.
export async function run(): Promise<void> {
  throw new Error('the Action entry is not available in this build yet');
}

await run();
