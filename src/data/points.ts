import type { Dataset, MapData } from './schema.ts';

/**
 * The part of the dataset the first map needs (points.json): each deployment's place, vendors,
 * year, BRI status, camera count, type, status and financing (what the filters read), and the
 * vendor, country and BRI lists without their notes.
 * Fields are picked one by one, never spread, so a text column added to the dataset later does
 * not slip into the file every reader downloads first.
 */
export function mapData(d: Dataset): MapData {
  return {
    generated: d.generated,
    deployments: d.deployments.map((x) => ({
      id: x.id,
      country: x.country,
      place: x.place,
      precision: x.precision,
      lon: x.lon,
      lat: x.lat,
      vendors: x.vendors,
      year: x.year,
      briAtYear: x.briAtYear,
      cameras: x.cameras,
      type: x.type,
      status: x.status,
      financing: x.financing,
    })),
    vendors: d.vendors,
    bri: d.bri.map((m) => ({ country: m.country, mouYear: m.mouYear, leftYear: m.leftYear })),
    countries: d.countries,
    years: d.years,
  };
}
