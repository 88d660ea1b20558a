import { FACET_KEYS } from '../store/facets.ts';
import type { AppState } from '../store/filters.ts';
import type { Store } from '../store/store.ts';
import { decodeState, encodeState, STATE_PARAMS } from './url-state.ts';

/** The query string for `state`, keeping parameters that are not ours (embed, lang, ...). */
export function searchFor(state: AppState, defaults: AppState, current: string): string {
  const params = encodeState(state, defaults);
  const keep = new URLSearchParams(current);
  for (const key of STATE_PARAMS) keep.delete(key);
  for (const [k, v] of keep) params.append(k, v);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Which part of the state a change touched, so that a run of like changes can share one entry. */
function changeKind(a: AppState, b: AppState): string {
  const kinds: string[] = [];
  if (a.filters.from !== b.filters.from || a.filters.to !== b.filters.to) kinds.push('years');
  for (const key of FACET_KEYS) if (a.filters[key] !== b.filters[key]) kinds.push(key);
  if (a.filters.bri !== b.filters.bri) kinds.push('bri');
  if (a.selected !== b.selected || a.country !== b.country) kinds.push('selection');
  return kinds.join(',');
}

/** Successive changes of one kind within this many ms (a slider being dragged) are one Back step. */
const MERGE_MS = 1000;

/**
 * Keeps the address bar and the store in step. Filter and selection changes add a history entry,
 * so Back undoes them; a slider dragged through ten years adds one entry, not ten; panning and
 * zooming only replace the current entry.
 */
export function bindUrl(store: Store, defaults: AppState): void {
  let restoring = false;
  let last = store.getState();
  let lastKind = '';
  let lastPush = 0;
  store.subscribe((state) => {
    if (restoring) {
      last = state;
      return;
    }
    const search = searchFor(state, defaults, location.search);
    if (search !== location.search) {
      const kind = changeKind(last, state);
      const now = performance.now();
      const url = `${location.pathname}${search}${location.hash}`;
      if (kind === '' || (kind === lastKind && now - lastPush < MERGE_MS)) {
        history.replaceState(null, '', url);
      } else {
        history.pushState(null, '', url);
      }
      if (kind !== '') [lastKind, lastPush] = [kind, now];
    }
    last = state;
  });
  window.addEventListener('popstate', () => {
    restoring = true;
    lastKind = '';
    try {
      store.getState().restore(decodeState(location.search, defaults));
    } finally {
      restoring = false;
    }
  });
}
