// The sticky comment body: marker first, and a truncated report never leaves a <details> open.
import { describe, expect, it } from 'vitest';
import { MAX_COMMENT_CHARS, STICKY_MARKER, stickyBody } from '../../src/report/comment.js';

describe('stickyBody', () => {
  it('starts with the marker and keeps a short report whole', () => {
    expect(stickyBody('### driftgate: ✅ PASS\n')).toBe(`${STICKY_MARKER}\n### driftgate: ✅ PASS\n`);
  });

  it('truncates a long report within the limit and closes a folded block it cut through', () => {
    const item = '- **warning** `a.yaml:1` something long enough to add up quickly in a comment\n';
    const long = `### driftgate\n\n<details><summary>many warnings</summary>\n\n${item.repeat(2000)}\n</details>\n`;
    const body = stickyBody(long);
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect((body.match(/<details>/g) ?? []).length).toBe((body.match(/<\/details>/g) ?? []).length);
    expect(body.indexOf('</details>')).toBeLessThan(body.indexOf('the report is truncated'));
  });
});
