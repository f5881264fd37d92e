/** A plan report as Markdown: tables as pipe tables, facts as a two-column table. */
import type { ReportBlock } from './planReport';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

function table(header: string[], rows: string[][]): string {
  const lines = [`| ${header.map(cell).join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (const row of rows) lines.push(`| ${row.map(cell).join(' | ')} |`);
  return lines.join('\n');
}

export function reportToMarkdown(blocks: readonly ReportBlock[]): string {
  const out: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'heading':
        out.push(`${'#'.repeat(block.level)} ${block.text}`);
        break;
      case 'paragraph':
        out.push(block.text);
        break;
      case 'facts':
        out.push(block.rows.map(([k, v]) => `- **${k}:** ${v.replace(/\s*\n\s*/g, ' ')}`).join('\n'));
        break;
      case 'table':
        if (block.rows.length) out.push(table(block.header, block.rows));
        break;
      case 'list':
        out.push(block.items.map((item) => `- ${item}`).join('\n'));
        break;
      case 'signatures':
        out.push(block.blocks.map((b) => `**${b.role}**\n\n\n\n(${b.name || '………………………………'})`).join('\n\n'));
        break;
    }
  }
  return `${out.join('\n\n')}\n`;
}
