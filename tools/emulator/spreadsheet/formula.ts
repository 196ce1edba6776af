/**
 * Formulas. Simplification, on purpose: only constant arithmetic is computed (numbers, + - * / ^,
 * unary signs, a postfix %, parentheses), enough for "=1+1". Any name (a function, a cell
 * reference, TRUE) yields '#NAME?', a syntax error '#ERROR!', a division by zero '#DIV/0!': the
 * error texts Sheets shows, which getValues returns as strings.
 * https://support.google.com/docs/answer/3093340 (Sheets' error values)
 */
export type FormulaResult = number | string;

const NAME_ERROR = '#NAME?';
const PARSE_ERROR = '#ERROR!';
const DIV_ERROR = '#DIV/0!';

class FormulaError extends Error {}

const TOKEN = /\s*(\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+|[A-Za-z_][\w.]*|[-+*/^()%]|\S)/y;

export function evaluate(formula: string): FormulaResult {
  const tokens = tokenize(formula.replace(/^=/, ''));
  if (tokens.some((t) => /^[A-Za-z_]/.test(t))) return NAME_ERROR;
  try {
    const parser = new Parser(tokens);
    const value = parser.expression();
    if (!parser.done()) return PARSE_ERROR;
    return Number.isFinite(value) ? value : DIV_ERROR;
  } catch (e) {
    if (e instanceof FormulaError) return e.message;
    throw e;
  }
}

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) tokens.push(m[1]!);
  return tokens;
}

class Parser {
  private at = 0;
  constructor(private readonly tokens: string[]) {}

  done(): boolean {
    return this.at === this.tokens.length;
  }

  expression(): number {
    let value = this.term();
    for (let op = this.peek(); op === '+' || op === '-'; op = this.peek()) {
      this.at++;
      value = op === '+' ? value + this.term() : value - this.term();
    }
    return value;
  }

  private term(): number {
    let value = this.power();
    for (let op = this.peek(); op === '*' || op === '/'; op = this.peek()) {
      this.at++;
      const right = this.power();
      if (op === '/' && right === 0) throw new FormulaError(DIV_ERROR);
      value = op === '*' ? value * right : value / right;
    }
    return value;
  }

  private power(): number {
    const base = this.unary();
    if (this.peek() !== '^') return base;
    this.at++;
    return base ** this.power();
  }

  private unary(): number {
    const op = this.peek();
    if (op === '-' || op === '+') {
      this.at++;
      return op === '-' ? -this.unary() : this.unary();
    }
    let value = this.primary();
    while (this.peek() === '%') {
      this.at++;
      value /= 100;
    }
    return value;
  }

  private primary(): number {
    const token = this.tokens[this.at++];
    if (token === '(') {
      const value = this.expression();
      if (this.tokens[this.at++] !== ')') throw new FormulaError(PARSE_ERROR);
      return value;
    }
    if (token === undefined || !/^[\d.]/.test(token)) throw new FormulaError(PARSE_ERROR);
    return Number(token);
  }

  private peek(): string | undefined {
    return this.tokens[this.at];
  }
}
