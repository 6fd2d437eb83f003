import stringWidth from 'string-width';

// One escape sequence (CSI, OSC, two-byte) or one character: what the screen takes in turn.
// eslint-disable-next-line no-control-regex -- terminal controls are the input
const TOKENS = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-_]|[^]/gu;

/**
 * Where a terminal puts the text it holds when its window changes height: `top` keeps it at the top (xterm's
 * alternate screen: rows come and go at the bottom, and rows above the cursor go when it would fall off), `bottom`
 * keeps it at the bottom (rows come and go at the top, the cursor keeping its distance from the last row), as other
 * terminals do. A program that draws relative to where it left the cursor is right in only one of them.
 */
export type ResizeAnchor = 'top' | 'bottom';

/**
 * A small terminal model for pty tests: what a terminal of a given size shows after the output a program wrote,
 * including resizes between writes, and which rows are drawn inverse (the list's selection). Text autowraps at the
 * last column, a line feed on the last row scrolls the top row away; no scrollback, no reflow.
 */
export class Screen {
  private grid: string[][] = [];
  private inverse: boolean[][] = [];
  private pen = false;
  private row = 0;
  private col = 0;
  // xterm's pending wrap: a character in the last column leaves the cursor there until the next one.
  private wrapNext = false;

  constructor(
    private cols: number,
    private rows: number,
    private readonly anchor: ResizeAnchor = 'top',
  ) {
    this.clear();
  }

  /** The visible rows, trailing spaces trimmed. */
  lines(): string[] {
    return this.grid.map((cells) => cells.join('').trimEnd());
  }

  /** The rows holding inverse text, by index. */
  inverseRows(): number[] {
    return this.inverse.flatMap((cells, i) => (cells.some(Boolean) ? [i] : []));
  }

  /** Changes the size as a terminal window would (see ResizeAnchor). */
  resize(cols: number, rows: number): void {
    const grown = rows - this.rows;
    // Rows dropped from the top (negative: blank rows added there).
    const drop = this.anchor === 'top' ? Math.max(0, this.row - (rows - 1)) : -grown;
    const keep = <T>(grid: T[][], fill: T): T[][] => {
      const out = grid.slice(Math.max(0, drop)).map((cells) => this.fit(cells, cols, fill));
      for (let i = drop; i < 0; i++) out.unshift(Array<T>(cols).fill(fill));
      while (out.length < rows) out.push(Array<T>(cols).fill(fill));
      return out.slice(0, rows);
    };
    this.grid = keep(this.grid, ' ');
    this.inverse = keep(this.inverse, false);
    this.cols = cols;
    this.rows = rows;
    this.row = Math.min(rows - 1, Math.max(0, this.row - drop));
    this.col = Math.min(this.col, cols - 1);
    this.wrapNext = false;
  }

  /** Applies what the program wrote. */
  write(data: string): void {
    for (const token of data.match(TOKENS) ?? []) {
      if (token.startsWith('\u001b[')) this.csi(token);
      else if (token === '\r') [this.col, this.wrapNext] = [0, false];
      else if (token === '\n') this.lineFeed();
      else if (token === '\b') [this.col, this.wrapNext] = [Math.max(0, this.col - 1), false];
      else if (token.startsWith('\u001b') || token < ' ') continue;
      else this.print(token);
    }
  }

  private blank(): string[] {
    return Array<string>(this.cols).fill(' ');
  }

  private clear(): void {
    this.grid = Array.from({length: this.rows}, () => this.blank());
    this.inverse = Array.from({length: this.rows}, () => Array<boolean>(this.cols).fill(false));
  }

  private clearRow(r: number, from = 0, to = this.cols): void {
    this.grid[r]?.fill(' ', from, to);
    this.inverse[r]?.fill(false, from, to);
  }

  private fit<T>(cells: T[], cols: number, fill: T): T[] {
    return cells.length >= cols
      ? cells.slice(0, cols)
      : [...cells, ...Array<T>(cols - cells.length).fill(fill)];
  }

  private lineFeed(): void {
    this.wrapNext = false;
    if (this.row < this.rows - 1) this.row += 1;
    else {
      this.grid.shift();
      this.grid.push(this.blank());
      this.inverse.shift();
      this.inverse.push(Array<boolean>(this.cols).fill(false));
    }
  }

  private print(char: string): void {
    const width = stringWidth(char);
    if (width === 0) return;
    if (this.wrapNext) {
      this.col = 0;
      this.lineFeed();
    }
    const line = this.grid[this.row] ?? this.blank();
    line[this.col] = char;
    const pen = this.inverse[this.row];
    if (pen) pen[this.col] = this.pen && char !== ' ';
    if (width === 2 && this.col + 1 < this.cols) line[this.col + 1] = '';
    if (this.col + width >= this.cols) this.wrapNext = true;
    else this.col += width;
  }

  private csi(token: string): void {
    const final = token.slice(-1);
    const body = token.slice(2, -1);
    if (body.startsWith('?')) {
      // Entering the alternate screen starts from a clear one; other private modes do not change the text.
      if (body === '?1049h') this.clear();
      return;
    }
    const args = body.split(';').map((a) => Number.parseInt(a, 10));
    if (final === 'm') {
      for (const a of args.length ? args : [0]) {
        if (a === 7) this.pen = true;
        else if (a === 27 || a === 0 || Number.isNaN(a)) this.pen = false;
      }
      return;
    }
    const n = args[0] !== undefined && !Number.isNaN(args[0]) ? args[0] : undefined;
    this.wrapNext = false;
    switch (final) {
      case 'A':
        this.row = Math.max(0, this.row - (n || 1));
        break;
      case 'B':
        this.row = Math.min(this.rows - 1, this.row + (n || 1));
        break;
      case 'C':
        this.col = Math.min(this.cols - 1, this.col + (n || 1));
        break;
      case 'D':
        this.col = Math.max(0, this.col - (n || 1));
        break;
      case 'E':
        this.row = Math.min(this.rows - 1, this.row + (n || 1));
        this.col = 0;
        break;
      case 'G':
        this.col = Math.min(this.cols - 1, (n || 1) - 1);
        break;
      case 'H':
      case 'f': {
        const col = args[1] !== undefined && !Number.isNaN(args[1]) ? args[1] : 1;
        this.row = Math.min(this.rows - 1, (n || 1) - 1);
        this.col = Math.min(this.cols - 1, (col || 1) - 1);
        break;
      }
      case 'K': {
        const [from, to] = n === 1 ? [0, this.col + 1] : n === 2 ? [0, this.cols] : [this.col, this.cols];
        this.clearRow(this.row, from, to);
        break;
      }
      case 'J':
        if (n === 2 || n === 3) this.clear();
        else if (n === 1) for (let r = 0; r <= this.row; r++) this.clearRow(r);
        else {
          this.clearRow(this.row, this.col);
          for (let r = this.row + 1; r < this.rows; r++) this.clearRow(r);
        }
        break;
      default:
        // The rest (scroll regions, tabs) brief does not write.
        break;
    }
  }
}
