// One report, several renderers: dispatch by --format. Every renderer is a pure function.
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderText } from './text.js';
import type { TextOptions } from './text.js';
import type { Report } from './types.js';

export type ReportFormat = 'text' | 'json' | 'markdown';

export function renderReport(report: Report, format: ReportFormat, opts: TextOptions): string {
  switch (format) {
    case 'json':
      return renderJson(report);
    case 'markdown':
      return renderMarkdown(report);
    case 'text':
      return renderText(report, opts);
  }
}
