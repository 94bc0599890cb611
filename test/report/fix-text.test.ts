// A fix of several edits (a value set, a key added) reads the same in the text and the Markdown
// report: one clause per edit, then its kind when that is not the gate's own topic.
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/report/render.js';
import { sampleReport } from './sample-report.js';

function withMultiEditFix() {
  const report = sampleReport();
  const f = report.findings.find((x) => x.fix);
  if (!f?.fix) throw new Error('the sample report has no finding with a fix');
  f.fix = {
    ...f.fix,
    kind: 'health-expect',
    also: [{ file: 'ops/bindings/health.yaml', pointer: '/endpoints/swaparr', value: { url: 'http://x:1' }, op: 'add', after: ['sonarr'] }],
  };
  return report;
}

describe('a fix of several edits in the reports', () => {
  it('the text report names every edit and the kind', () => {
    const text = renderReport(withMultiEditFix(), 'text', { color: false, showSuppressed: false });
    expect(text).toContain(
      'set /services/swaparr-sonarr/status in docs/governance/SERVICE_REGISTRY.yaml to "active", and add /endpoints/swaparr in ops/bindings/health.yaml as {"url":"http://x:1"} (health-expect)',
    );
  });

  it('the Markdown report names the same edits in code spans, and the kind', () => {
    const md = renderReport(withMultiEditFix(), 'markdown', { color: false, showSuppressed: false });
    expect(md).toContain(
      '  - fix: set `/services/swaparr-sonarr/status` in `docs/governance/SERVICE_REGISTRY.yaml` to `"active"`, and add `/endpoints/swaparr` in `ops/bindings/health.yaml` as `{"url":"http://x:1"}` (health-expect)',
    );
  });
});
