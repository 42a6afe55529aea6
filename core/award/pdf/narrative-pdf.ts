import type { NarrativeNode } from '../../api/award.ts';
import { accent, ink, muted, rule } from './pdf-base.ts';

// A narrative written in the app (tiptap JSON) laid out in a PDF: headings, paragraphs, bullet
// and ordered lists (nested), quotes, code, rules, with bold, italic (drawn oblique: the embedded
// DejaVu has no italic face), underline, strike and links. Unknown nodes print their text, so
// nothing written is lost; nesting is bounded (the JSON comes from the database, not trusted).

interface Run {
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strike: boolean;
  link: string | null;
}

const bodySize = 9.5;
const headingSizes = [14, 12, 10.5];
const listIndent = 16;
const maxDepth = 24;

function runsOf(node: NarrativeNode, depth = 0): Run[] {
  if (depth > maxDepth) return [];
  if (node.type === 'text') {
    const marks = new Set((node.marks ?? []).map((m) => m.type));
    const href = node.marks?.find((m) => m.type === 'link')?.attrs?.href;
    const link = typeof href === 'string' && /^(https?:|mailto:)/i.test(href) ? href : null;
    return [{ text: node.text ?? '', bold: marks.has('bold'), italic: marks.has('italic'), underline: marks.has('underline') || link !== null, strike: marks.has('strike'), link }];
  }
  if (node.type === 'hardBreak') return [{ text: '\n', bold: false, italic: false, underline: false, strike: false, link: null }];
  return (node.content ?? []).flatMap((c) => runsOf(c, depth + 1));
}

function drawRuns(doc: PDFKit.PDFDocument, runs: Run[], x: number, width: number, size: number, forceBold = false, colour = ink): void {
  const list = runs.filter((r) => r.text.length > 0);
  if (!list.length) {
    doc.moveDown(0.4);
    return;
  }
  list.forEach((r, i) => {
    doc.font(r.bold || forceBold ? 'bold' : 'body').fontSize(size).fillColor(r.link ? accent : colour);
    const options: PDFKit.Mixins.TextOptions = { width, continued: i < list.length - 1, oblique: r.italic ? 12 : false, underline: r.underline, strike: r.strike, lineGap: 1.5 };
    if (r.link) options.link = r.link;
    if (i === 0) doc.text(r.text, x, doc.y, options);
    else doc.text(r.text, options);
  });
  doc.fillColor(ink);
}

function drawBlock(doc: PDFKit.PDFDocument, node: NarrativeNode, x: number, width: number, depth: number): void {
  if (depth > maxDepth) return;
  const children = node.content ?? [];
  switch (node.type) {
    case 'doc':
      for (const c of children) drawBlock(doc, c, x, width, depth + 1);
      return;
    case 'heading': {
      const level = Math.min(3, Math.max(1, Number(node.attrs?.level ?? 1) || 1));
      doc.moveDown(level === 1 ? 0.6 : 0.4);
      drawRuns(doc, runsOf(node), x, width, headingSizes[level - 1]!, true, level === 1 ? accent : ink);
      doc.moveDown(0.2);
      return;
    }
    case 'paragraph':
      drawRuns(doc, runsOf(node), x, width, bodySize);
      doc.moveDown(0.35);
      return;
    case 'bulletList':
    case 'orderedList': {
      const start = Number(node.attrs?.start ?? 1) || 1;
      children.forEach((item, i) => {
        const marker = node.type === 'bulletList' ? (depth % 2 ? '•' : '–') : `${start + i}.`;
        const y = doc.y;
        doc.font('body').fontSize(bodySize).fillColor(ink).text(marker, x, y, { width: listIndent - 3, align: 'right', lineBreak: false });
        doc.y = y;
        const parts = item.content ?? [item];
        parts.forEach((part, j) => {
          if (part.type === 'paragraph') {
            drawRuns(doc, runsOf(part), x + listIndent + 2, width - listIndent - 2, bodySize);
            if (j < parts.length - 1) doc.moveDown(0.2);
          } else drawBlock(doc, part, x + listIndent + 2, width - listIndent - 2, depth + 1);
        });
        doc.moveDown(0.15);
      });
      doc.moveDown(0.25);
      return;
    }
    case 'blockquote': {
      const page = doc.page;
      const top = doc.y;
      for (const c of children) drawBlock(doc, c, x + 12, width - 12, depth + 1);
      if (doc.page === page) doc.moveTo(x + 3, top).lineTo(x + 3, doc.y - 4).lineWidth(2).strokeColor(rule).stroke();
      return;
    }
    case 'codeBlock':
      drawRuns(doc, runsOf(node), x + 8, width - 8, bodySize - 1, false, muted);
      doc.moveDown(0.35);
      return;
    case 'horizontalRule':
      doc.moveTo(x, doc.y + 4).lineTo(x + width, doc.y + 4).lineWidth(0.5).strokeColor(rule).stroke();
      doc.y += 10;
      return;
    default:
      // Another node (a table, an image a later editor may allow): its text, as a paragraph.
      if (children.length && children.every((c) => c.type === 'text' || c.type === 'hardBreak')) drawRuns(doc, runsOf(node), x, width, bodySize);
      else for (const c of children) drawBlock(doc, c, x, width, depth + 1);
  }
}

/** Lays the narrative out from doc.y, between x and x + width; pages follow as it runs on. */
export function drawNarrative(doc: PDFKit.PDFDocument, narrative: NarrativeNode, x: number, width: number): void {
  drawBlock(doc, narrative, x, width, 0);
  doc.x = x;
}

/** The narrative's plain text (for a summary line, a search). */
export function narrativeText(node: NarrativeNode, depth = 0): string {
  if (depth > maxDepth) return '';
  if (node.type === 'text') return node.text ?? '';
  const inner = (node.content ?? []).map((c) => narrativeText(c, depth + 1));
  return ['paragraph', 'heading', 'listItem'].includes(node.type) ? `${inner.join('')}\n` : inner.join('');
}
