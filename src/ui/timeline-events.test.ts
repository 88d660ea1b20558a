import { describe, expect, it } from 'vitest';
import { entityListEvents } from './timeline-events.ts';

const v = (id: string, name: string, entityListDate: string) => ({ id, name, hq: 'CHN', entityListDate, entityListSource: `https://example.org/${id}` });

describe('timeline events', () => {
  it('groups Entity List additions by date, in order, for vendors in the data', () => {
    const events = entityListEvents(
      [v('huawei', 'Huawei', '2019-05-16'), v('hikvision', 'Hikvision', '2019-10-09'), v('dahua', 'Dahua', '2019-10-09'), v('nec', 'NEC', ''), v('unused', 'Unused', '2020-01-01')],
      new Set(['huawei', 'hikvision', 'dahua', 'nec']),
    );
    expect(events.map((e) => [e.date, e.text])).toEqual([
      ['2019-05-16', 'US Entity List adds Huawei'],
      ['2019-10-09', 'US Entity List adds Hikvision, Dahua'],
    ]);
  });
});
