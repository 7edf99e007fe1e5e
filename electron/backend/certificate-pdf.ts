import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';

/** What every CLE certificate states. */
interface CommonContent {
  traineeName: string;
  barNumber: string;
  barState: string;
  provider: string;
  /** ISO timestamp the assessment finished (for a course: its last counted assessment). */
  finishedAt: string;
  durationSeconds: number;
  score: number;
  code: string;
}

/** A certificate for one passed assessment, or for a course whose every scenario was passed. */
export type CertificateContent =
  | (CommonContent & { kind: 'scenario'; scenarioTitle: string; scenarioVersion: number; passMark: number })
  | (CommonContent & { kind: 'course'; courseTitle: string; scenarioTitles: readonly string[]; creditHours: number | null });

export const VERIFY_LINE = 'Verify this certificate in NextGen Trainer: Verify certificate.';
export const SIMULATOR_DISCLAIMER = 'Training simulator — not the real PACER/CM/ECF';
export const COURSE_SCORE_NOTE = 'Score: the average of the best passing assessment score in each scenario of the course.';

const PAGE = { width: 792, height: 612 }; // US Letter, landscape
const INK = rgb(0.1, 0.14, 0.24);
const MUTED = rgb(0.33, 0.36, 0.42);
const ACCENT = rgb(0.55, 0.42, 0.13);

/**
 * The standard PDF fonts only encode WinAnsi (Latin-1 and a few more), and
 * pdf-lib throws on anything else. A name like "Zoë" is kept; "Łukasz"
 * loses its stroke ("Lukasz") rather than failing; what has no Latin form at
 * all becomes "?".
 */
export function encodable(text: string, font: PDFFont): string {
  const known = new Set(font.getCharacterSet());
  let out = '';
  for (const char of text.normalize('NFC')) {
    const point = char.codePointAt(0) ?? 0x3f;
    if (known.has(point)) out += char;
    else if (/\s/.test(char)) out += ' ';
    else {
      const base = char.normalize('NFKD').replace(/\p{M}/gu, '');
      out += [...base].every((part) => known.has(part.codePointAt(0) ?? -1)) && base ? base : LATIN_FALLBACKS[char] ?? '?';
    }
  }
  return out;
}

const LATIN_FALLBACKS: Record<string, string> = { Ł: 'L', ł: 'l', Đ: 'D', đ: 'd', Ħ: 'H', ħ: 'h', ı: 'i', Ø: 'O', ø: 'o' };

interface Fonts {
  title: PDFFont;
  body: PDFFont;
  bold: PDFFont;
  code: PDFFont;
}

/** Lines of at most `width` points, broken at spaces (a single over-long word is shrunk to fit by the caller). */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && font.widthOfTextAtSize(candidate, size) > width) {
      lines.push(current);
      current = word;
    } else current = candidate;
  }
  if (current) lines.push(current);
  return lines;
}

/** Draws `text` centred at height `y`, wrapped to `maxWidth`; returns the y below the last line. */
function centred(page: PDFPage, raw: string, y: number, font: PDFFont, size: number, color = INK, maxWidth = 640): number {
  const text = encodable(raw, font);
  let lineY = y;
  for (const line of wrap(text, font, size, maxWidth).slice(0, 3)) {
    const fitted = Math.min(size, (size * maxWidth) / Math.max(1, font.widthOfTextAtSize(line, size)));
    const width = font.widthOfTextAtSize(line, fitted);
    page.drawText(line, { x: (PAGE.width - width) / 2, y: lineY, size: fitted, font, color });
    lineY -= fitted * 1.3;
  }
  return lineY;
}

export function formatTimeSpent(totalSeconds: number): string {
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  const hours = Math.floor(minutes / 60);
  if (hours > 0) return `${hours} h ${minutes % 60} min`;
  return minutes > 0 ? `${minutes} min ${seconds} s` : `${seconds} s`;
}

const formatDate = (iso: string) => new Date(iso).toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric' });

function drawFrame(page: PDFPage): void {
  page.drawRectangle({ x: 24, y: 24, width: PAGE.width - 48, height: PAGE.height - 48, borderColor: ACCENT, borderWidth: 3 });
  page.drawRectangle({ x: 34, y: 34, width: PAGE.width - 68, height: PAGE.height - 68, borderColor: ACCENT, borderWidth: 0.75 });
}

const formatHours = (hours: number) => `${hours} CLE credit ${hours === 1 ? 'hour' : 'hours'}`;

function detailsOf(content: CertificateContent): [string, string][] {
  if (content.kind === 'scenario') {
    return [
      ['Date', formatDate(content.finishedAt)],
      ['Time spent', formatTimeSpent(content.durationSeconds)],
      ['Score', `${content.score} / 100 (pass mark ${content.passMark})`],
    ];
  }
  return [
    ['Date completed', formatDate(content.finishedAt)],
    ['Total time spent', formatTimeSpent(content.durationSeconds)],
    ['Average score', `${content.score} / 100`],
    ...(content.creditHours === null ? [] : ([['Credit', formatHours(content.creditHours)]] as [string, string][])),
  ];
}

function drawDetails(page: PDFPage, fonts: Fonts, content: CertificateContent, top: number): void {
  const details = detailsOf(content);
  const columnWidth = Math.min(200, 680 / details.length);
  const left = (PAGE.width - columnWidth * details.length) / 2;
  details.forEach(([label, value], index) => {
    const x = left + index * columnWidth + columnWidth / 2;
    const labelText = encodable(label.toUpperCase(), fonts.body);
    page.drawText(labelText, { x: x - fonts.body.widthOfTextAtSize(labelText, 9) / 2, y: top, size: 9, font: fonts.body, color: MUTED });
    const valueText = encodable(value, fonts.bold);
    const size = Math.min(13, (13 * (columnWidth - 12)) / Math.max(1, fonts.bold.widthOfTextAtSize(valueText, 13)));
    page.drawText(valueText, { x: x - fonts.bold.widthOfTextAtSize(valueText, size) / 2, y: top - 18, size, font: fonts.bold, color: INK });
  });
}

/** A one-page landscape certificate of completion, as PDF bytes (standard fonts only: nothing is fetched). */
export async function certificatePdf(content: CertificateContent): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const fonts: Fonts = {
    title: await pdf.embedFont(StandardFonts.TimesRomanBold),
    body: await pdf.embedFont(StandardFonts.Helvetica),
    bold: await pdf.embedFont(StandardFonts.HelveticaBold),
    code: await pdf.embedFont(StandardFonts.CourierBold),
  };
  const finished = new Date(content.finishedAt);
  const title = content.kind === 'scenario' ? content.scenarioTitle : content.courseTitle;
  pdf.setTitle(encodable(`Certificate of completion: ${title}`, fonts.body));
  pdf.setAuthor(encodable(content.provider, fonts.body));
  pdf.setSubject(encodable(`${content.traineeName} completed ${title}`, fonts.body));
  pdf.setCreator('NextGen Trainer');
  pdf.setProducer('NextGen Trainer');
  pdf.setCreationDate(finished);
  pdf.setModificationDate(finished);

  const page = pdf.addPage([PAGE.width, PAGE.height]);
  drawFrame(page);
  if (content.kind === 'scenario') drawScenarioBody(page, fonts, content);
  else drawCourseBody(page, fonts, content);
  centred(page, `Verification code: ${content.code}`, 150, fonts.code, 16, INK);
  centred(page, VERIFY_LINE, 128, fonts.body, 11, MUTED);
  centred(page, SIMULATOR_DISCLAIMER, 56, fonts.body, 10, MUTED);
  return pdf.save();
}

/** Who, and the bar number and state when given; returns the y below. */
function drawTrainee(page: PDFPage, fonts: Fonts, content: CertificateContent, top: number): number {
  centred(page, 'This certifies that', top, fonts.body, 14, MUTED);
  let y = centred(page, content.traineeName, top - 36, fonts.title, 30, INK);
  const bar = [content.barNumber && `Bar number ${content.barNumber}`, content.barState].filter(Boolean).join(', ');
  if (bar) y = centred(page, bar, y + 6, fonts.body, 12, MUTED);
  return y;
}

function drawScenarioBody(page: PDFPage, fonts: Fonts, content: Extract<CertificateContent, { kind: 'scenario' }>): void {
  centred(page, content.provider, 530, fonts.body, 12, MUTED);
  centred(page, 'Certificate of Completion', 488, fonts.title, 36, INK);
  let y = drawTrainee(page, fonts, content, 446);
  y = centred(page, 'completed the training scenario', y - 8, fonts.body, 14, MUTED);
  y = centred(page, `“${content.scenarioTitle}” (version ${content.scenarioVersion})`, y - 8, fonts.bold, 18, INK);
  y = centred(page, `Provider: ${content.provider}`, Math.min(y - 10, 262), fonts.body, 12, INK);
  drawDetails(page, fonts, content, Math.min(y - 16, 232));
}

/**
 * The course, then every one of its scenarios: one per line when they fit
 * above the details, otherwise run together and set smaller, so no title
 * is ever left off the certificate.
 */
function drawCourseBody(page: PDFPage, fonts: Fonts, content: Extract<CertificateContent, { kind: 'course' }>): void {
  centred(page, content.provider, 544, fonts.body, 12, MUTED);
  centred(page, 'Certificate of Completion', 506, fonts.title, 34, INK);
  let y = drawTrainee(page, fonts, content, 470);
  y = centred(page, 'completed the course', y - 6, fonts.body, 14, MUTED);
  y = centred(page, `“${content.courseTitle}”`, y - 6, fonts.bold, 18, INK);
  y = centred(page, 'by passing an assessment of each of its training scenarios:', y - 4, fonts.body, 11, MUTED);
  const floor = 250; // the provider line, the details and the code sit below this
  const titles = content.scenarioTitles.map((title) => encodable(title, fonts.body));
  const lineHeight = 11 * 1.3;
  if (y - floor >= titles.length * lineHeight) {
    for (const title of titles) y = centred(page, title, y - 2, fonts.body, 11, INK, 680);
  } else {
    const running = titles.join('  •  ');
    let size = 11;
    while (size > 6 && wrap(running, fonts.body, size, 680).length * size * 1.3 > y - floor) size -= 0.5;
    for (const line of wrap(running, fonts.body, size, 680)) {
      const width = fonts.body.widthOfTextAtSize(line, size);
      page.drawText(line, { x: (PAGE.width - width) / 2, y: y - 2, size, font: fonts.body, color: INK });
      y -= size * 1.3;
    }
  }
  y = centred(page, `Provider: ${content.provider}`, Math.min(y - 8, floor - 6), fonts.body, 12, INK);
  drawDetails(page, fonts, content, Math.min(y - 12, 222));
  centred(page, COURSE_SCORE_NOTE, 176, fonts.body, 9, MUTED);
}
