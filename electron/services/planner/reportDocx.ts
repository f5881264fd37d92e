/**
 * A plan report as a Word document (the `docx` package): the format Pemda staff edit, print and
 * sign. A4 portrait, a cover block, tables with a header row, and signature blocks side by side.
 */
import { AlignmentType, BorderStyle, Document, HeadingLevel, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { ReportBlock } from '../../../core/planner/planReport';

const HEADINGS = { 1: HeadingLevel.TITLE, 2: HeadingLevel.HEADING_1, 3: HeadingLevel.HEADING_2 } as const;
const FULL = { size: 100, type: WidthType.PERCENTAGE };

function textCell(text: string, bold = false): TableCell {
  return new TableCell({ children: text.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, bold })] })) });
}

function table(header: string[], rows: string[][]): Table {
  return new Table({
    width: FULL,
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => textCell(h, true)) }),
      ...rows.map((row) => new TableRow({ children: row.map((c) => textCell(c)) })),
    ],
  });
}

const NO_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
};

function signatures(blocks: { role: string; name: string }[]): Table {
  return new Table({
    width: FULL,
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: blocks.map(
          (b) =>
            new TableCell({
              children: [
                new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: b.role, bold: true })] }),
                new Paragraph({ text: '' }),
                new Paragraph({ text: '' }),
                new Paragraph({ text: '' }),
                new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(b.name || '………………………………')] }),
                new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun('NIP. ………………………………')] }),
              ],
            }),
        ),
      }),
    ],
  });
}

export function reportToDocxDocument(blocks: readonly ReportBlock[], title: string): Document {
  const children: (Paragraph | Table)[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'heading':
        children.push(new Paragraph({ text: block.text, heading: HEADINGS[block.level] }));
        break;
      case 'paragraph':
        for (const line of block.text.split(/\n{2,}/)) children.push(new Paragraph({ text: line }));
        break;
      case 'facts':
        children.push(new Table({ width: FULL, rows: block.rows.map(([k, v]) => new TableRow({ children: [textCell(k, true), textCell(v)] })) }));
        children.push(new Paragraph({ text: '' }));
        break;
      case 'table':
        if (!block.rows.length) break;
        children.push(table(block.header, block.rows));
        children.push(new Paragraph({ text: '' }));
        break;
      case 'list':
        for (const item of block.items) children.push(new Paragraph({ text: item, bullet: { level: 0 } }));
        break;
      case 'signatures':
        children.push(signatures(block.blocks));
        break;
    }
  }
  return new Document({
    title,
    creator: 'Pustaka Inovasi',
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    sections: [{ properties: { page: { size: { orientation: PageOrientation.PORTRAIT, width: 11906, height: 16838 } } }, children }],
  });
}

export async function reportToDocx(blocks: readonly ReportBlock[], title: string): Promise<Buffer> {
  return Packer.toBuffer(reportToDocxDocument(blocks, title));
}
