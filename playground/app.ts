/**
 * The playground: parses the pasted page in the browser with the library
 * itself and shows the reviews, the distribution, the aggregate and the
 * diagnostics at their lines. No framework: the DOM, and the library.
 */
import { aggregate, parse } from '../src/index.js';
import type { AggregateResult, Diagnostic, Distribution, Page } from '../src/index.js';

const input = element('page-text', HTMLTextAreaElement);
const source = element('source', HTMLOListElement);
const facts = element('facts', HTMLDListElement);
const chart = element('chart', HTMLDivElement);
const summary = element('aggregate', HTMLDListElement);
const diagnosticsList = element('diagnostics', HTMLUListElement);
const reviewsBody = element('reviews', HTMLTableElement).tBodies[0] as HTMLTableSectionElement;

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

function show(text: string): void {
  const { page, diagnostics } = parse(text);
  const result = aggregate(page);
  renderFacts(page);
  renderChart(page, result);
  renderAggregate(result);
  renderDiagnostics(diagnostics);
  renderReviews(page);
  renderSource(text, diagnostics);
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
      const item = make('li', `${diagnostic.span.start.line}:${diagnostic.span.start.column} ${diagnostic.severity} ${diagnostic.code}: ${diagnostic.message}`, diagnostic.severity);
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

input.addEventListener('input', () => {
  show(input.value);
});
element('load-example', HTMLButtonElement).addEventListener('click', () => {
  void fetch('/examples/pusher.txt')
    .then((response) => response.text())
    .then((text) => {
      input.value = text;
      show(text);
    });
});
element('clear', HTMLButtonElement).addEventListener('click', () => {
  input.value = '';
  show('');
});
show(input.value);
