import { t } from './i18n.ts';

/**
 * MapLibre's own interface strings (control labels, the canvas's name, the cooperative-gesture
 * hints) in the page's language, keyed as MapLibre's `locale` option expects. Only the strings of
 * the controls the map uses; MapLibre keeps English for the rest.
 */
export function mapLocale(): Record<string, string> {
  return {
    'Map.Title': t('map.title'),
    'NavigationControl.ZoomIn': t('map.zoomIn'),
    'NavigationControl.ZoomOut': t('map.zoomOut'),
    'AttributionControl.ToggleAttribution': t('map.attributionToggle'),
    'CooperativeGesturesHandler.WindowsHelpText': t('map.ctrlScroll'),
    'CooperativeGesturesHandler.MacHelpText': t('map.cmdScroll'),
    'CooperativeGesturesHandler.MobileHelpText': t('map.twoFingers'),
  };
}
