/**
 * The playground: parses the pasted, opened or dropped page in the browser
 * with the library itself and shows the reviews, the distribution, the
 * aggregate, the diagnostics at their lines and the parse as JSON. No
 * framework: the DOM, and the library. Page text only ever reaches the page
 * as text (`textContent`), never as HTML.
 */
import { binaryTest, DEFAULT_MAX_PAGE_BYTES, decodeText, withDecodingDiagnostic, type DecodedText } from '../src/cli/decode.js';
import { aggregate, parse } from '../src/index.js';
import type { AggregateResult, Diagnostic, Distribution, MediaType, Page } from '../src/index.js';

const input = element('page-text', HTMLTextAreaElement);
const source = element('source', HTMLOListElement);
const facts = element('facts', HTMLDListElement);
const chart = element('chart', HTMLDivElement);
const summary = element('aggregate', HTMLDListElement);
const diagnosticsList = element('diagnostics', HTMLUListElement);
const reviewsBody = element('reviews', HTMLTableElement).tBodies[0] as HTMLTableSectionElement;
const mediaChoice = element('media', HTMLSelectElement);
const emptyState = element('empty-state', HTMLDivElement);
const results = element('results', HTMLDivElement);
const json = element('json', HTMLPreElement);
const copyStatus = element('copy-status', HTMLSpanElement);
const fileStatus = element('file-status', HTMLParagraphElement);
const fileInput = element('open-file', HTMLInputElement);

/** The JSON view shows at most this many characters (the copy button copies it all). */
const JSON_SHOWN = 1_000_000;
/** The JSON of the parse shown, as the copy button copies it. */
let currentJson = '';
/**
 * How the text in the box was decoded from a file, while it is that file's
 * text: its `not-utf-8` warning, if any, is one of the diagnostics. Editing the
 * text makes it the user's own.
 */
let decoded: DecodedText | undefined;

function element<T extends HTMLElement>(id: string, type: new () => T): T {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`The playground page has no #${id}.`);
  return found;
}

/** Creates an element with text content. */
function make<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className !== undefined) node.className = className;
  return node;
}

/** The media chosen, as `parse` and `aggregate` take it: none when it is to come from the page. */
function mediaOption(): { media?: MediaType } {
  const value = mediaChoice.value;
  return value === 'movie' || value === 'tv' || value === 'game' || value === 'music' ? { media: value } : {};
}

function show(text: string): void {
  // Nothing pasted yet: say what to do rather than report an empty input.
  const empty = text.trim() === '';
  emptyState.hidden = !empty;
  results.hidden = empty;
  if (empty) {
    for (const shown of [source, facts, chart, summary, diagnosticsList, reviewsBody]) shown.replaceChildren();
    currentJson = '';
    json.textContent = '';
    return;
  }
  const options = mediaOption();
  const parsed = parse(text, options);
  const { page } = parsed;
  const diagnostics = decoded === undefined ? parsed.diagnostics : withDecodingDiagnostic(parsed.diagnostics, decoded);
  const result = aggregate(page, options);
  renderFacts(page);
  renderChart(page, result);
  renderAggregate(result);
  renderDiagnostics(diagnostics);
  renderReviews(page);
  renderSource(text, diagnostics);
  renderJson(page, result, diagnostics);
}

/** The parse as the command's `--json` gives it (the page, its aggregate, its diagnostics), pretty-printed. */
function renderJson(page: Page, result: AggregateResult, diagnostics: readonly Diagnostic[]): void {
  currentJson = JSON.stringify({ page, aggregate: result, diagnostics }, null, 2);
  json.textContent =
    currentJson.length > JSON_SHOWN
      ? `${currentJson.slice(0, JSON_SHOWN)}\n… (${currentJson.length.toLocaleString('en-US')} characters: Copy JSON copies them all)`
      : currentJson;
  copyStatus.textContent = '';
}

function definitions(list: HTMLDListElement, rows: readonly (readonly [string, string])[]): void {
  list.replaceChildren(...rows.flatMap(([term, value]) => [make('dt', term), make('dd', value)]));
}

function renderFacts(page: Page): void {
  const rows: [string, string][] = [['kind', page.kind]];
  if (page.media !== null) rows.push(['media', page.media]);
  if (page.title !== null) rows.push(['title', page.title]);
  if (page.metascore !== null) rows.push(['metascore', String(page.metascore)]);
  rows.push(['verdict', page.verdict ?? '—'], ['critics', page.criticCount === null ? '—' : String(page.criticCount)]);
  if (page.users) rows.push(['user verdict', `${page.users.verdict ?? '—'} (${page.users.ratingCount ?? '?'} ratings)`]);
  if (page.profile) rows.push(['profile', `${page.profile.name ?? '—'}: ${page.profile.reviewsGraded ?? '?'} reviews graded`]);
  definitions(facts, rows);
}

const SVG = 'http://www.w3.org/2000/svg';

/** The distribution as an inline SVG bar chart: printed lines, inferred ones marked. */
function renderChart(page: Page, result: AggregateResult): void {
  const printed: Distribution | null = page.kind === 'film' ? page.distribution : page.profile.distribution;
  const inferred = result.consistency?.inferredDistribution;
  if (printed === null) {
    chart.replaceChildren(make('p', 'No distribution printed.'));
    return;
  }
  const values = (['positive', 'mixed', 'negative'] as const).map((sentiment) => ({
    sentiment,
    value: inferred?.[sentiment] ?? printed[sentiment],
    wasInferred: inferred?.inferred.includes(sentiment) ?? false,
  }));
  const max = Math.max(1, ...values.map(({ value }) => value ?? 0));
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 360 96');
  svg.setAttribute('width', '360');
  svg.setAttribute('height', '96');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', values.map(({ sentiment, value }) => `${sentiment} ${value ?? 'not printed'}`).join(', '));
  values.forEach(({ sentiment, value, wasInferred }, row) => {
    const y = row * 32;
    const label = document.createElementNS(SVG, 'text');
    label.setAttribute('x', '0');
    label.setAttribute('y', String(y + 18));
    label.textContent = sentiment;
    const bar = document.createElementNS(SVG, 'rect');
    bar.setAttribute('x', '80');
    bar.setAttribute('y', String(y + 4));
    bar.setAttribute('height', '20');
    bar.setAttribute('width', String(Math.round(((value ?? 0) / max) * 220)));
    bar.setAttribute('class', `bar-${sentiment}`);
    bar.dataset['sentiment'] = sentiment;
    bar.dataset['value'] = value === null ? '' : String(value);
    const count = document.createElementNS(SVG, 'text');
    count.setAttribute('x', String(86 + Math.round(((value ?? 0) / max) * 220)));
    count.setAttribute('y', String(y + 18));
    count.setAttribute('class', 'count');
    count.dataset['sentiment'] = sentiment;
    count.textContent = value === null ? 'not printed' : `${value}${wasInferred ? ' (inferred)' : ''}`;
    svg.append(label, bar, count);
  });
  chart.replaceChildren(svg);
}

function figure(value: number | undefined): string {
  return value === undefined ? '—' : String(Math.round(value * 10) / 10);
}

function renderAggregate(result: AggregateResult): void {
  const interval = result.consistency?.metascoreInterval;
  definitions(summary, [
    ['reviews', `${result.count} listed, ${result.scoredCount} scored`],
    ['mean', figure(result.mean)],
    ['median', figure(result.median)],
    ['range', result.min === undefined ? '—' : `${figure(result.min)} to ${figure(result.max)}`],
    ['listed verdict', result.verdict],
    ['Metascore interval', interval ? `${interval.min} to ${interval.max}` : 'unknown'],
    ['discrepancies', result.consistency?.discrepancies.map((discrepancy) => discrepancy.code).join(', ') || 'none'],
  ]);
}

function renderDiagnostics(diagnostics: readonly Diagnostic[]): void {
  if (diagnostics.length === 0) {
    diagnosticsList.replaceChildren(make('li', 'None.'));
    return;
  }
  diagnosticsList.replaceChildren(
    ...diagnostics.map((diagnostic) => {
      const item = make(
        'li',
        `${diagnostic.span.start.line}:${diagnostic.span.start.column} ${diagnostic.severity} ${diagnostic.code}: ${diagnostic.message}`,
        diagnostic.severity,
      );
      item.dataset['line'] = String(diagnostic.span.start.line);
      return item;
    }),
  );
}

function renderReviews(page: Page): void {
  reviewsBody.replaceChildren(
    ...page.reviews.map((review) => {
      const row = make('tr');
      row.append(
        make('td', review.index === null ? '' : String(review.index)),
        make('td', review.critic ? `${review.critic.name}${review.critic.credited ? '' : ' (not credited)'}` : ''),
        make('td', review.publication ?? ''),
        make('td', review.score === null ? '' : String(review.score)),
        make('td', review.date ?? ''),
        make('td', review.excerpt),
      );
      return row;
    }),
  );
}

/** The input's lines, each diagnostic marked at its line. */
function renderSource(text: string, diagnostics: readonly Diagnostic[]): void {
  const byLine = new Map<number, Diagnostic[]>();
  for (const diagnostic of diagnostics) {
    const list = byLine.get(diagnostic.span.start.line) ?? [];
    list.push(diagnostic);
    byLine.set(diagnostic.span.start.line, list);
  }
  const lines = text.split(/\r\n|\r|\n/u);
  source.replaceChildren(
    ...lines.map((line, index) => {
      const marks = byLine.get(index + 1);
      const item = make('li', line, marks?.[0]?.severity);
      if (marks) {
        item.title = marks.map((diagnostic) => `${diagnostic.code}: ${diagnostic.message}`).join('\n');
        item.append(make('span', `← ${marks.map((diagnostic) => diagnostic.code).join(', ')}`, 'mark'));
      }
      return item;
    }),
  );
}

/** Shows a text the user gave (typed, pasted, the example): no file's decoding applies to it. */
function showOwn(text: string, status = ''): void {
  decoded = undefined;
  fileStatus.textContent = status;
  fileStatus.className = 'file-status';
  show(text);
}

/** Says why a file was not opened (as text in the status line); the text in the box, and what is shown of it, stay as they were. */
function refuse(file: File, why: string): void {
  fileStatus.textContent = `${file.name}: ${why}; not opened, the text in the box is unchanged.`;
  fileStatus.className = 'file-status error';
}

/**
 * Reads a file as the command does: UTF-8, UTF-16 with a byte-order mark, else
 * Windows-1252 with a warning; a file larger than the command's default page
 * cap, or a binary one, is refused as the command refuses it.
 */
async function openFile(file: File): Promise<void> {
  if (file.size > DEFAULT_MAX_PAGE_BYTES) {
    refuse(file, `${file.size.toLocaleString('en-US')} bytes, larger than ${DEFAULT_MAX_PAGE_BYTES / 1024 / 1024} MiB, the most the command reads as one page`);
    return;
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (binaryTest()(bytes)) {
    refuse(file, 'a binary file, not the text of a review page');
    return;
  }
  const text = decodeText(bytes);
  decoded = text;
  input.value = text.text;
  const how = text.encoding === 'windows-1252' ? 'not UTF-8, read as Windows-1252 (see the not-utf-8 warning)' : `read as ${text.encoding.toUpperCase()}`;
  fileStatus.textContent = `${file.name}: ${file.size.toLocaleString('en-US')} bytes, ${how}.`;
  fileStatus.className = text.diagnostic === undefined ? 'file-status' : 'file-status warning';
  show(text.text);
}

function loadExample(): void {
  void fetch('/examples/pusher.txt')
    .then((response) => response.text())
    .then((text) => {
      input.value = text;
      showOwn(text, 'The example page: examples/pusher.txt.');
    });
}

input.addEventListener('input', () => {
  showOwn(input.value);
});
mediaChoice.addEventListener('change', () => {
  show(input.value);
});
element('load-example', HTMLButtonElement).addEventListener('click', loadExample);
element('try-example', HTMLButtonElement).addEventListener('click', loadExample);
element('clear', HTMLButtonElement).addEventListener('click', () => {
  input.value = '';
  showOwn('');
});
fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  if (file) void openFile(file);
  // The same file chosen again is a change too.
  fileInput.value = '';
});
element('copy-json', HTMLButtonElement).addEventListener('click', () => {
  navigator.clipboard.writeText(currentJson).then(
    () => {
      copyStatus.textContent = 'Copied.';
    },
    () => {
      // No clipboard (a page not served over https or from this machine, or permission refused): select the text instead.
      getSelection()?.selectAllChildren(json);
      copyStatus.textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
    },
  );
});

// A file dropped anywhere on the page is opened; the browser does not navigate to it.
document.addEventListener('dragover', (event) => {
  event.preventDefault();
  document.body.classList.add('dropping');
});
document.addEventListener('dragleave', (event) => {
  if (event.relatedTarget === null) document.body.classList.remove('dropping');
});
document.addEventListener('drop', (event) => {
  event.preventDefault();
  document.body.classList.remove('dropping');
  const file = event.dataTransfer?.files[0];
  if (file) {
    void openFile(file);
    return;
  }
  // Text dragged from another window or page: it is the page's text.
  const text = event.dataTransfer?.getData('text/plain') ?? '';
  if (text !== '') {
    input.value = text;
    showOwn(text);
  }
});
show(input.value);
