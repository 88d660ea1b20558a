import type { MapData } from '../data/schema.ts';
import type { Store } from '../store/store.ts';
import { el, sourceLink } from './dom.ts';
import { entityListEvents } from './timeline-events.ts';
import { formatDate, t } from '../i18n/i18n.ts';

export interface TimelineOptions {
  /** Resolves once the map shows the current state, so playback never outruns the map. */
  settled: () => Promise<void>;
  reducedMotion: boolean;
}

/**
 * Play, pause and step through the years: the end of the year range advances one year at a time
 * and the map, summary, charts and BRI outline follow it. Dragging the year slider still works
 * while paused. Readers who ask for reduced motion get slower steps.
 */
export function mountTimeline(root: HTMLElement, store: Store, data: MapData, opts: TimelineOptions): { stop(): void } {
  const stepMs = opts.reducedMotion ? 1500 : 700;
  const play = el('button', { type: 'button', class: 'play', 'data-testid': 'play', 'aria-pressed': 'false' }, t('timeline.play'));
  const back = el('button', { type: 'button', 'aria-label': t('timeline.back'), 'data-testid': 'step-back' }, '◀');
  const forward = el('button', { type: 'button', 'aria-label': t('timeline.forward'), 'data-testid': 'step-forward' }, '▶');
  const used = new Set(data.deployments.flatMap((d) => d.vendors));
  const events = entityListEvents(data.vendors, used);
  const eventList = el(
    'ol',
    { class: 'events', 'data-testid': 'events' },
    ...events.map((e) => el('li', { 'data-year': e.year }, el('time', { datetime: e.date }, formatDate(e.date)), ' ', sourceLink(e.source, e.text))),
  );
  root.append(el('div', { class: 'timeline-controls' }, play, back, forward), events.length ? el('details', { class: 'events-box' }, el('summary', {}, t('timeline.events')), eventList) : '');

  let playing = false;
  let token = 0;
  const setPlaying = (on: boolean) => {
    playing = on;
    token++;
    play.textContent = on ? t('timeline.pause') : t('timeline.play');
    play.setAttribute('aria-pressed', String(on));
  };
  const step = (delta: number) => {
    const { from, to } = store.getState().filters;
    store.getState().setYears(from, Math.max(from, Math.min(data.years.max, to + delta)));
  };
  const run = async (mine: number) => {
    while (mine === token) {
      const { from, to } = store.getState().filters;
      if (to >= data.years.max) break;
      store.getState().setYears(from, to + 1);
      await Promise.all([opts.settled(), new Promise((r) => setTimeout(r, stepMs))]);
    }
    if (mine === token) setPlaying(false);
  };
  play.addEventListener('click', () => {
    if (playing) return setPlaying(false);
    const { from, to } = store.getState().filters;
    // From the end, playback starts over at the first year of the range.
    if (to >= data.years.max) store.getState().setYears(from, from);
    setPlaying(true);
    void run(token);
  });
  back.addEventListener('click', () => {
    setPlaying(false);
    step(-1);
  });
  forward.addEventListener('click', () => {
    setPlaying(false);
    step(1);
  });

  const render = () => {
    const { to } = store.getState().filters;
    for (const li of eventList.children) li.classList.toggle('past', Number((li as HTMLElement).dataset.year) <= to);
  };
  render();
  store.subscribe((s) => s.filters.to, render);
  return { stop: () => setPlaying(false) };
}
