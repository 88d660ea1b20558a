import type { Vendor } from '../data/schema.ts';
import { t } from '../i18n/i18n.ts';

export interface TimelineEvent {
  date: string; // YYYY-MM-DD or shorter
  year: number;
  text: string;
  source: string;
}

/**
 * Events that shaped the market, from the data: US Entity List additions, grouped by date
 * ("2019-10-09: US Entity List adds Hikvision, Dahua, …").
 */
export function entityListEvents(vendors: readonly Vendor[], used: ReadonlySet<string>): TimelineEvent[] {
  const byDate = new Map<string, Vendor[]>();
  for (const v of vendors) {
    if (!v.entityListDate || !used.has(v.id)) continue;
    const list = byDate.get(v.entityListDate) ?? [];
    list.push(v);
    byDate.set(v.entityListDate, list);
  }
  return [...byDate.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, list]) => ({
      date,
      year: Number(date.slice(0, 4)),
      text: t('timeline.entityList', { vendors: list.map((v) => v.name).join(', ') }),
      source: list[0]!.entityListSource,
    }));
}
