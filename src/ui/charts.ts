import { scaleBand, scaleLinear } from 'd3-scale';
import { shallow } from 'zustand/shallow';
import type { MapData } from '../data/schema.ts';
import { vendorColor } from '../map/palette.ts';
import { vendorCounts, yearCounts } from '../store/filters.ts';
import type { Store } from '../store/store.ts';
import { vendorBars, yearBars } from './chart-data.ts';
import { el } from './dom.ts';
import { svg } from './svg.ts';
import { formatNumber, t } from '../i18n/i18n.ts';

const WIDTH = 288;

/**
 * Two small charts that follow the filters: deployments per vendor, and per year. The year chart
 * shows every year under the vendor and BRI filters, with the selected range in full colour, so a
 * reader sees what the range leaves out.
 */
export function mountCharts(root: HTMLElement, store: Store, data: MapData, colors: Record<string, string>): void {
  const vendorName = new Map(data.vendors.map((v) => [v.id, v.name]));
  const vendorChart = el('figure', { class: 'chart', 'data-testid': 'chart-vendors' });
  const yearChart = el('figure', { class: 'chart', 'data-testid': 'chart-years' });
  root.append(vendorChart, yearChart);

  const renderVendors = () => {
    // Counted from the filter index, not from a list of matches: nothing allocated per deployment.
    const bars = vendorBars(vendorCounts(data, store.getState().filters), 8);
    const rowH = 18;
    const x = scaleLinear().domain([0, Math.max(1, ...bars.map((b) => b.value))]).range([0, WIDTH - 150]);
    const rows = bars.map((b, i) =>
      svg(
        'g',
        { transform: `translate(0,${i * rowH})`, 'data-key': b.key, 'data-value': b.value },
        svg('text', { x: 0, y: 12, class: 'chart-label' }, b.key === 'others' ? t('charts.others') : truncate(vendorName.get(b.key) ?? b.key, 18)),
        svg('rect', { x: 120, y: 3, width: Math.max(1, x(b.value)), height: rowH - 6, fill: b.key === 'others' ? '#b0b0b0' : vendorColor(colors, b.key) }),
        svg('text', { x: 124 + x(b.value), y: 12, class: 'chart-value' }, formatNumber(b.value)),
      ),
    );
    vendorChart.replaceChildren(
      el('figcaption', {}, t('charts.vendors')),
      svg('svg', { width: WIDTH, height: Math.max(rowH, bars.length * rowH), role: 'img', 'aria-label': bars.map((b) => `${b.key === 'others' ? t('charts.others') : vendorName.get(b.key) ?? b.key}: ${formatNumber(b.value)}`).join('; ') }, ...rows),
    );
  };

  const renderYears = () => {
    const { filters } = store.getState();
    const bars = yearBars(yearCounts(data, { ...filters, from: data.years.min, to: data.years.max }), data.years.min, data.years.max);
    const h = 70;
    const x = scaleBand<string>().domain(bars.map((b) => b.key)).range([0, WIDTH]).padding(0.15);
    const y = scaleLinear().domain([0, Math.max(1, ...bars.map((b) => b.value))]).range([h, 0]);
    const inRange = (year: number) => year >= filters.from && year <= filters.to;
    yearChart.replaceChildren(
      el('figcaption', {}, t('charts.years')),
      svg(
        'svg',
        { width: WIDTH, height: h + 16, role: 'img', 'aria-label': bars.filter((b) => b.value > 0).map((b) => `${b.key}: ${formatNumber(b.value)}`).join('; ') },
        ...bars.map((b) =>
          svg('rect', {
            x: x(b.key) ?? 0, y: y(b.value), width: x.bandwidth(), height: h - y(b.value),
            class: inRange(Number(b.key)) ? 'bar in' : 'bar out', 'data-year': b.key, 'data-value': b.value,
          }),
        ),
        svg('text', { x: 0, y: h + 13, class: 'chart-label' }, String(data.years.min)),
        svg('text', { x: WIDTH, y: h + 13, class: 'chart-label', 'text-anchor': 'end' }, String(data.years.max)),
      ),
    );
  };

  const render = () => {
    renderVendors();
    renderYears();
  };
  render();
  store.subscribe((s) => s.filters, render, { equalityFn: shallow });
}

const truncate = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
