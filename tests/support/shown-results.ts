/**
 * Turns the results a TSDoc example shows (`//=>` comments) into checks, so
 * that running the example tests what it says. A result is written after the
 * statement it belongs to, on the same line or on the next ones, and may go on
 * over `//` lines below it:
 *
 * ```ts
 * aggregate([]).count; //=> 0
 * const set = bandSetFor('game');
 * //=> 'game'
 * validateBands([]);
 * //=> throws RangeError: validateBands: bands must not be empty.
 * ```
 *
 * An expression statement's value is checked, a declaration's (of one name)
 * the value it declares; `throws Name: message` checks the error the statement
 * throws. The shown value is read as a JavaScript expression and compared with
 * `expect(...).toStrictEqual`.
 */
import ts from 'typescript';

/** A `//=>` comment: where it starts in the code, and what it shows. */
interface ShownResult {
  readonly offset: number;
  readonly shown: string;
}

/** The `//=>` comments of `code`, each with the `//` lines that go on under it. */
function shownResults(code: string): ShownResult[] {
  const results: ShownResult[] = [];
  const lines = code.split('\n');
  const starts: number[] = [];
  lines.reduce((start, line) => (starts.push(start), start + line.length + 1), 0);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    const at = line.indexOf('//=>');
    if (at === -1) continue;
    const offset = (starts[index] ?? 0) + at;
    const shown = [line.slice(at + 4)];
    // Lines that go on: `//` then two spaces or more (indented under the result), not another `//=>`.
    while (/^\s*\/\/ {2}/u.test(lines[index + 1] ?? '') && !(lines[index + 1] ?? '').includes('//=>')) {
      shown.push((lines[index + 1] ?? '').replace(/^\s*\/\//u, ''));
      index += 1;
    }
    results.push({ offset, shown: shown.join('\n').trim() });
  }
  return results;
}

/** Every expression statement and variable statement of `source`, nested ones too. */
function statementsOf(source: ts.SourceFile): (ts.ExpressionStatement | ts.VariableStatement)[] {
  const found: (ts.ExpressionStatement | ts.VariableStatement)[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isExpressionStatement(node) || ts.isVariableStatement(node)) found.push(node);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** One edit of the code: the text between `start` and `end` replaced. */
interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * `code` with each `//=>` result turned into a call of `check(actual, () =>
 * (shown))` or `checkThrows(() => { statement }, name, message)`, after the
 * statement it follows. Throws when a result follows no statement, or a
 * declaration of more than one name.
 */
export function checkShownResults(code: string, names = { check: '__shows', checkThrows: '__throws' }): string {
  const source = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const statements = statementsOf(source);
  const edits: Edit[] = [];
  for (const { offset, shown } of shownResults(code)) {
    // The statement the result follows: the last to end before it (the innermost when several end there).
    let statement: ts.ExpressionStatement | ts.VariableStatement | undefined;
    for (const candidate of statements) {
      if (candidate.end > offset) continue;
      if (statement === undefined || candidate.end > statement.end || (candidate.end === statement.end && candidate.pos >= statement.pos))
        statement = candidate;
    }
    if (statement === undefined) throw new Error(`//=> ${shown}: it follows no statement`);
    const between = code.slice(statement.end, offset);
    // Between them only blanks and comments, line by line.
    if (!between.split('\n').every((line) => line.trim() === '' || line.trim().startsWith('//')))
      throw new Error(`//=> ${shown}: code stands between it and the statement before it`);
    const thrown = /^throws (\w+): ([\s\S]*)$/u.exec(shown);
    if (thrown) {
      const body = code.slice(statement.getStart(source), statement.end);
      edits.push({
        start: statement.getStart(source),
        end: statement.end,
        text: `${names.checkThrows}(() => { ${body} }, ${JSON.stringify(thrown[1])}, ${JSON.stringify(thrown[2]?.trim())});`,
      });
    } else if (ts.isExpressionStatement(statement)) {
      const expression = statement.expression;
      edits.push({ start: expression.getStart(source), end: expression.end, text: `${names.check}(${expression.getText(source)}, () => (\n${shown}\n))` });
    } else {
      const [declaration, ...others] = statement.declarationList.declarations;
      if (declaration === undefined || others.length > 0 || !ts.isIdentifier(declaration.name))
        throw new Error(`//=> ${shown}: it follows a declaration of more than one name`);
      edits.push({ start: statement.end, end: statement.end, text: ` ${names.check}(${declaration.name.text}, () => (\n${shown}\n));` });
    }
  }
  let rewritten = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) rewritten = rewritten.slice(0, edit.start) + edit.text + rewritten.slice(edit.end);
  return rewritten;
}
