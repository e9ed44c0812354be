// The one place that writes to the terminal: data to stdout, messages and errors to stderr.

export function out(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

export function err(text: string): void {
  process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
}

/** A progress bar on a TTY; silent when stderr is not a terminal or under CI. */
export class Progress {
  private readonly enabled: boolean;
  private lastDraw = 0;

  constructor(
    private readonly label: string,
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {
    this.enabled = Boolean(stream.isTTY) && !process.env.CI && total > 1;
  }

  tick(done: number, detail = ''): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.lastDraw < 80 && done < this.total) return;
    this.lastDraw = now;
    const width = 30;
    const filled = Math.round((done / this.total) * width);
    const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
    const line = `${this.label} ${bar} ${done}/${this.total} ${detail}`.slice(0, (this.stream.columns || 100) - 1);
    this.stream.write(`\r\x1b[2K${line}`);
  }

  /** Clears the bar before other output is written. */
  clear(): void {
    if (this.enabled) this.stream.write('\r\x1b[2K');
  }
}
