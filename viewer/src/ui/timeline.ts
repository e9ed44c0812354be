import type { DataIndex } from '../data-index.ts';
import { byId } from '../dom.ts';
import type { Store } from '../store.ts';
import { cutoffOf } from '../visibility.ts';

const STEP_MS = 900;

/** The time slider: one stop per distinct meeting or claim day; undated items always stay. */
export class TimelineController {
  private readonly slider = byId<HTMLInputElement>('time-slider');
  private readonly label = byId<HTMLElement>('time-label');
  private readonly play = byId<HTMLButtonElement>('time-play');
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private index: DataIndex,
    private readonly store: Store,
  ) {
    this.slider.min = '0';
    this.setStops();
    this.slider.addEventListener('input', () => {
      this.pause();
      store.update({ timeStop: Number(this.slider.value) });
    });
    this.play.addEventListener('click', () => (this.timer ? this.pause() : this.start()));
    store.subscribe((state, previous) => {
      if (state.timeStop !== previous.timeStop) this.render();
    });
    this.render();
  }

  /** After a merge from Neo4j: new stops; the caller moves timeStop to the same day (see App). */
  setIndex(index: DataIndex): void {
    this.pause();
    this.index = index;
    this.setStops();
    this.render();
  }

  private setStops(): void {
    const stops = this.index.days.length;
    byId<HTMLElement>('timeline').hidden = stops === 0;
    this.slider.max = String(stops);
    this.slider.value = String(Math.min(this.store.get().timeStop, stops));
  }

  private render(): void {
    const stop = this.store.get().timeStop;
    const cutoff = cutoffOf(this.index, stop);
    this.slider.value = String(stop);
    this.label.textContent =
      stop >= this.index.days.length ? `all dates (to ${cutoff ?? '—'})` : cutoff ? `up to ${cutoff}` : 'before the first date';
  }

  /** Plays from the start (or on from where it is) to the last day, one stop per step. */
  private start(): void {
    const last = this.index.days.length;
    if (this.store.get().timeStop >= last) this.store.update({ timeStop: 0 });
    this.play.textContent = '❚❚';
    this.play.setAttribute('aria-label', 'Pause');
    this.timer = setInterval(() => {
      const next = this.store.get().timeStop + 1;
      this.store.update({ timeStop: Math.min(next, last) });
      if (next >= last) this.pause();
    }, STEP_MS);
  }

  private pause(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.play.textContent = '▶';
    this.play.setAttribute('aria-label', 'Play');
  }
}
