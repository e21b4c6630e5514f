/**
 * Time zones for showing dates in the publication's own time: a page's UTC timestamp
 * ("2022-11-06T23:00:00Z") is the date its readers saw as 7 November. The zone comes from the
 * region of the page's language tag (de-CH), else its country TLD (.at), else the language (de);
 * where none is known, dates stay in UTC. One zone per country: the capital's, or for countries
 * spanning zones the most populous one (an approximation, stated as such in docs/article.md).
 */
export const REGION_ZONES: Record<string, string> = {
  CH: 'Europe/Zurich', AT: 'Europe/Vienna', DE: 'Europe/Berlin', LI: 'Europe/Vaduz', LU: 'Europe/Luxembourg',
  FR: 'Europe/Paris', BE: 'Europe/Brussels', MC: 'Europe/Monaco', IT: 'Europe/Rome', SM: 'Europe/San_Marino',
  NL: 'Europe/Amsterdam', ES: 'Europe/Madrid', PT: 'Europe/Lisbon', GB: 'Europe/London', UK: 'Europe/London',
  IE: 'Europe/Dublin', DK: 'Europe/Copenhagen', SE: 'Europe/Stockholm', NO: 'Europe/Oslo', FI: 'Europe/Helsinki',
  PL: 'Europe/Warsaw', CZ: 'Europe/Prague', SK: 'Europe/Bratislava', HU: 'Europe/Budapest', SI: 'Europe/Ljubljana',
  HR: 'Europe/Zagreb', GR: 'Europe/Athens', RO: 'Europe/Bucharest', BG: 'Europe/Sofia', UA: 'Europe/Kyiv',
  RU: 'Europe/Moscow', TR: 'Europe/Istanbul',
  US: 'America/New_York', CA: 'America/Toronto', MX: 'America/Mexico_City', BR: 'America/Sao_Paulo',
  AR: 'America/Argentina/Buenos_Aires', UY: 'America/Montevideo', CL: 'America/Santiago', CO: 'America/Bogota',
  PE: 'America/Lima', VE: 'America/Caracas', BO: 'America/La_Paz', PY: 'America/Asuncion', EC: 'America/Guayaquil',
  AU: 'Australia/Sydney', NZ: 'Pacific/Auckland', IN: 'Asia/Kolkata', JP: 'Asia/Tokyo', CN: 'Asia/Shanghai',
  KR: 'Asia/Seoul', SG: 'Asia/Singapore', ZA: 'Africa/Johannesburg', IL: 'Asia/Jerusalem',
};

/** Languages spoken mainly in one zone (used when neither region nor country TLD is known). */
export const LANGUAGE_ZONES: Record<string, string> = {
  de: 'Europe/Berlin', fr: 'Europe/Paris', it: 'Europe/Rome', nl: 'Europe/Amsterdam', pl: 'Europe/Warsaw',
  cs: 'Europe/Prague', da: 'Europe/Copenhagen', sv: 'Europe/Stockholm', nb: 'Europe/Oslo', fi: 'Europe/Helsinki',
  hu: 'Europe/Budapest', el: 'Europe/Athens', ja: 'Asia/Tokyo', ko: 'Asia/Seoul', zh: 'Asia/Shanghai',
};
