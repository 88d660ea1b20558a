// The benchmark's code that runs inside the page, as plain JavaScript text: functions handed to
// page.evaluate would be serialised from tsx's output, which may carry helpers the page lacks.
//
// Every measurement is "call, then wait for the map's next `idle` after triggerRepaint()", timed
// with performance.now(): `idle` is the moment the new state is on screen (docs/tech-notes.md).

/** Records the first moment the map reports data-idle="true", for the cold-load runs. */
export const FIRST_IDLE_SCRIPT = `
(() => {
  const seen = () => {
    const node = document.querySelector('[data-testid="map"]');
    if (node && node.dataset.idle === 'true' && window.__firstIdle === undefined) window.__firstIdle = performance.now();
  };
  new MutationObserver(seen).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-idle'], childList: true });
})();
`;

export const HELPERS_SCRIPT = `
window.__bench = (() => {
  const app = () => window.sightlines;
  const idle = () => new Promise((resolve) => {
    const { map } = app();
    map.once('idle', resolve);
    map.triggerRepaint();
  });
  // Settled: an idle at which the page says the map shows the store's current state (data-idle).
  // A change that arrives while the map is drawing is applied at the next idle, so one idle may
  // not be enough.
  const settle = async () => {
    const node = document.querySelector('[data-testid="map"]');
    do await idle(); while (node.dataset.idle !== 'true');
  };
  // The synchronous part of each timed change (the store action with every subscriber: panels,
  // address bar, map-view), for the record.
  let syncs = [];
  const takeSyncs = () => { const out = syncs; syncs = []; return out; };
  const timed = async (fn) => {
    const t0 = performance.now();
    fn();
    syncs.push(performance.now() - t0);
    await settle();
    return performance.now() - t0;
  };
  const store = () => app().store.getState();
  const reset = async () => { store().resetFilters(); await settle(); };

  // The three kinds of store change, as deterministic sequences.
  const vendorStep = (top, i) => () => store().toggleVendor(top[i % top.length]);
  const yearStep = (years, i) => () => {
    const f = store().filters;
    let [from, to] = years[i % years.length];
    if (from === f.from && to === f.to) to = to > from ? to - 1 : to;
    store().setYears(from, to);
  };
  const BRI = ['member', 'non-member', 'all'];
  const briStep = (i) => () => store().setBri(BRI[i % 3]);
  // The filters of issue 11 (vendor origin, technology, terms, status): each step ticks or unticks
  // one value of one of them, in turn, so the choices pile up and fall away again.
  const facetStep = (steps, i) => () => store().toggle(...steps[i % steps.length]);

  async function filterRuns(kind, n, top, years, steps) {
    await reset();
    const ms = [];
    for (let i = 0; i < n; i++) {
      const step = kind === 'vendor' ? vendorStep(top, i) : kind === 'year' ? yearStep(years, i) : kind === 'facet' ? facetStep(steps, i) : briStep(i);
      ms.push(await timed(step));
    }
    await reset();
    return ms;
  }

  async function redrawRuns(n) {
    const { map } = app();
    const original = map.getPaintProperty('water', 'background-color');
    const ms = [];
    for (let i = 0; i < n; i++) ms.push(await timed(() => map.setPaintProperty('water', 'background-color', i % 2 ? '#e8edf1' : '#e9eef2')));
    map.setPaintProperty('water', 'background-color', original);
    await idle();
    return ms;
  }

  // The naive reference: the same store changes, with the map told (data-filter-by="setData" on
  // its container, read by src/map/map-view.ts) to filter by re-uploading the matching points with
  // setData instead of restyling. The app's panels update as for the real thing; the bubbles and
  // the choropleth are updated the same way in both. Kinds of change interleaved.
  async function setDataRuns(n, top, years) {
    await reset();
    const node = document.querySelector('[data-testid="map"]');
    node.dataset.filterBy = 'setData';
    const ms = [];
    for (let i = 0; i < n; i++) {
      const kind = i % 3;
      const j = i / 3 | 0;
      ms.push(await timed(kind === 0 ? vendorStep(top, j) : kind === 1 ? yearStep(years, j) : briStep(j)));
    }
    delete node.dataset.filterBy;
    store().setBri('member');
    await settle();
    await reset(); // the full data back
    return ms;
  }

  async function playback(min, max) {
    await reset();
    store().setYears(min, min);
    await settle();
    const ms = [];
    for (let y = min + 1; y <= max; y++) ms.push(await timed(() => store().setYears(min, y)));
    await reset();
    return ms;
  }

  // Many changes of every kind, each waited for, for the heap measurement.
  async function churn(n, top, years) {
    for (let i = 0; i < n; i++) {
      const kind = i % 3;
      const step = kind === 0 ? vendorStep(top, i / 3 | 0) : kind === 1 ? yearStep(years, i / 3 | 0) : briStep(i / 3 | 0);
      step();
      await settle();
    }
    await reset();
  }

  // A dragged slider: changes arrive faster than the map can draw them; the map should draw only
  // the latest. Returns the time from the first input to the settled map.
  async function drag(min, max, n, gapMs) {
    await reset();
    const t0 = performance.now();
    for (let i = 0; i < n; i++) {
      store().setYears(min, max - (i % (max - min)));
      await new Promise((r) => setTimeout(r, gapMs));
    }
    await settle();
    const ms = performance.now() - t0;
    await reset();
    return ms;
  }

  async function goTo(lon, lat, zoom) {
    const { map } = app();
    map.jumpTo({ center: [lon, lat], zoom });
    await settle();
    // Zoomed in, the page fetches finer borders once; wait for them to be drawn.
    const fine = () => performance.getEntriesByType('resource').some((e) => e.name.includes('countries-50m'));
    for (let i = 0; i < 200 && zoom >= 3 && !fine(); i++) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 300));
    await settle();
  }

  return { idle, settle, takeSyncs, filterRuns, redrawRuns, setDataRuns, playback, churn, drag, goTo };
})();
`;
