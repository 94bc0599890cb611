// What a team does after `driftgate init`: the Action mirror, the secrets (with the bot token's
// scopes as the README documents them), the bot user, the runners, a first check. Each step is a
// list of paragraphs (wrapped by the renderer) and preformatted lines (starting with two spaces).
import { posix } from 'node:path';
import { MIRROR_PATH, PLACEHOLDER_SERVER, RELEASE_REF } from './action-ref.js';
import { type InitResult, SCHEMAS_DIR } from './run-init.js';

/** The scopes of the bot token (README, "Set up on Gitea", step 4). */
export const BOT_TOKEN_SCOPES = ['write:repository', 'write:issue', 'read:user'] as const;

function quoteArg(value: string): string {
  return /^[A-Za-z0-9_./:@=-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

/** The paths to `git add`: the exported schemas as their directory, the rest file by file. */
function toAdd(paths: string[]): string[] {
  const out = paths.map((p) => (posix.dirname(p) === SCHEMAS_DIR ? SCHEMAS_DIR : p));
  return [...new Set(out)];
}

function actionStep(r: InitResult): string[] {
  const ref = r.action.ref;
  if (r.action.source === 'placeholder') {
    return [
      `The workflows use the driftgate Action as ${ref}, and ${PLACEHOLDER_SERVER} is a placeholder: mirror driftgate into your Gitea ` +
        `(e.g. as ${MIRROR_PATH}) and re-run init with --action https://<your gitea>/${MIRROR_PATH}@${RELEASE_REF} --force ` +
        '(README, "Set up on Gitea", step 1).',
    ];
  }
  const where = r.action.source === 'remote' ? ' (on the server of the origin remote)' : '';
  return [
    `The workflows use the driftgate Action as ${ref}${where}: make sure that repository exists (mirror driftgate; README, ` +
      '"Set up on Gitea", step 1), or re-run init with --action URL@REF --force. Until the mirror has a release tag, use a commit SHA as the ref.',
  ];
}

function runnerSteps(r: InitResult): string[][] {
  return r.workflows.map((w) => {
    const labels = w.runsOn.join(', ');
    if (!w.live) return [`${w.path} runs on "${labels}": any runner with that label (it needs no access to your hosts).`];
    return [
      `${w.path} runs on "${labels}": register an act_runner that reaches your hosts over SSH and HTTP with that label, e.g.`,
      `  act_runner register --no-interactive --instance https://<your gitea> --token <registration token> --labels ${w.runsOn[0] ?? 'driftgate-live'}:host`,
    ];
  });
}

export function nextSteps(r: InitResult, rootArg: string): string[][] {
  const root = rootArg === '.' ? '' : ` --root ${quoteArg(rootArg)}`;
  const steps: string[][] = [];
  const changed = r.files.filter((f) => f.outcome === 'written' || f.outcome === 'replaced').map((f) => f.path);
  if (changed.length > 0) steps.push(['Review the files and commit them:', `  git add ${toAdd(changed).map(quoteArg).join(' ')}`]);
  const missing = r.detection.files.filter((f) => f.required && f.status !== 'found' && f.status !== 'moved');
  if (missing.length > 0) {
    steps.push([`Add the profile's core files that are missing (${missing.map((f) => f.profilePath).join(', ')}), or set paths: in the config to where they are; until then check reports them as missing.`]);
  }
  steps.push(actionStep(r));
  steps.push([
    'Create the secrets (repository → Settings → Actions → Secrets):',
    '  DRIFTGATE_SSH_KEY      the private key (OpenSSH format, the whole file) of a read-only user on the hosts;',
    `                         driftgate's docs/least-privilege.md and \`driftgate hosts commands${root}\` show what it runs`,
    `  DRIFTGATE_KNOWN_HOSTS  the pinned host keys: run \`driftgate hosts pin${root} --known-hosts known_hosts\`,`,
    '                         review the file, and store its content',
    `  DRIFTGATE_BOT_TOKEN    a token of the bot user (next step) with the scopes ${BOT_TOKEN_SCOPES.join(', ')}`,
  ]);
  steps.push([
    'Create a bot user for fix PRs (e.g. driftgate-bot) with write access to this repository: PRs opened with the automatic token trigger no workflows, so a fix PR would never get its own PR check.',
  ]);
  steps.push(...runnerSteps(r));
  steps.push([`Run \`driftgate check --offline${root}\` to see what the PR check will report, then push and open a pull request.`]);
  return steps;
}
