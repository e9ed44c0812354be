import { stat } from 'node:fs/promises';
import { listInputs } from '../../../ingest/read/inputs.ts';

const MiB = 1024 * 1024;

/**
 * A progress bar by bytes read, on stderr when it is a terminal (never under CI). Inputs are listed and
 * sized once, without reading them; inside a JSONL file progress follows the records read, so a file of
 * several GB is neither read twice nor counted line by line beforehand.
 */
export class InputProgress {
  private readonly sizes = new Map<string, number>();
  private total = 0;
  private done = 0;
  private current: string | null = null;
  private within = 0;
  private lastDraw = 0;

  private constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly enabled: boolean,
  ) {}

  static async start(inputs: string[], stream: NodeJS.WriteStream = process.stderr): Promise<InputProgress> {
    const progress = new InputProgress(stream, Boolean(stream.isTTY) && !process.env.CI);
    if (!progress.enabled) return progress;
    for await (const input of listInputs(inputs)) {
      if (typeof input !== 'string' || input === '-') continue;
      const size = await stat(input).then((s) => s.size, () => 0);
      progress.sizes.set(input, size);
      progress.total += size;
    }
    return progress;
  }

  /** A raw article of `bytes` was read from `input`. */
  readonly read = (input: string, bytes: number): void => {
    if (!this.enabled) return;
    if (input !== this.current) {
      if (this.current !== null) this.done += this.sizes.get(this.current) ?? 0;
      this.current = input;
      this.within = 0;
    }
    this.within += bytes;
    if (!this.due() || this.total === 0) return;
    const done = Math.min(this.total, this.done + Math.min(this.within, this.sizes.get(input) ?? 0));
    this.draw('ingest', done / this.total, `${(done / MiB).toFixed(1)}/${(this.total / MiB).toFixed(1)} MiB ${input}`);
  };

  /** Progress of a later step, after reading: merging is a minute's silence at 100k articles otherwise. */
  step(label: string, done: number, total: number, unit: string): void {
    if (!this.enabled || total === 0 || (!this.due() && done < total)) return;
    this.draw(label, done / total, `${done}/${total} ${unit}`);
  }

  /** A step without a count ("writing graph.json"). */
  note(text: string): void {
    if (this.enabled) this.stream.write(`\r\x1b[2K${text.slice(0, (this.stream.columns || 100) - 1)}`);
  }

  private due(): boolean {
    const now = Date.now();
    if (now - this.lastDraw < 80) return false;
    this.lastDraw = now;
    return true;
  }

  private draw(label: string, fraction: number, detail: string): void {
    const width = 30;
    const filled = Math.round(Math.min(1, fraction) * width);
    const line = `${label} ${'█'.repeat(filled)}${'░'.repeat(width - filled)} ${detail}`;
    this.stream.write(`\r\x1b[2K${line.slice(0, (this.stream.columns || 100) - 1)}`);
  }

  /** Clears the bar before other output is written. */
  clear(): void {
    if (this.enabled) this.stream.write('\r\x1b[2K');
  }
}
