// KPI arithmetic for the page: figures of the selected campaigns, the previous period, the change.
// Rates and changes are rounded half up to two decimals in integer arithmetic, as the API's
// BigDecimal does, so a card shows what POST /api/kpis/compare and the PDF report say.

const DAY_MS = 86400000;

const intFmt = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const decFmt = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
export const fmtInt = (v) => intFmt.format(v);
export const fmtPct = (v) => `${decFmt.format(v)}\u00a0%`;
export const frDate = (iso) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

// Dates are UTC days, like the API's default range (to = today UTC, from = to − 29 days).
export const todayUtc = () => new Date().toISOString().slice(0, 10);
export const addDays = (iso, n) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
const daysBetween = (from, to) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS) + 1;

/** The presets: the last 7 or 30 days, and this month or quarter so far (UTC). */
export function presetRange(preset, today = todayUtc()) {
  const year = today.slice(0, 4);
  const month = Number(today.slice(5, 7));
  const pad = (v) => String(v).padStart(2, '0');
  switch (preset) {
    case '7j': return { from: addDays(today, -6), to: today };
    case '30j': return { from: addDays(today, -29), to: today };
    case 'mois': return { from: `${year}-${pad(month)}-01`, to: today };
    case 'trimestre': return { from: `${year}-${pad(month - ((month - 1) % 3))}-01`, to: today };
    default: throw new Error(`unknown preset ${preset}`);
  }
}

/** The period of the same length that ends the day before `from`. */
export function previousRange({ from, to }) {
  const length = daysBetween(from, to);
  return { from: addDays(from, -length), to: addDays(from, -1) };
}

// value * 100 / base as a percentage with two decimals, half up (away from zero), exactly.
function ratioCents(value, base) {
  const cents = Math.floor((2 * Math.abs(value) * 10000 + base) / (2 * base));
  return (value < 0 ? -cents : cents) / 100;
}

export const rate = (visits, orders) => (visits === 0 ? 0 : ratioCents(orders, visits));

/** Visits, orders and conversion of the selected campaigns within one day's or the totals' list. */
export function pick(figures, selected) {
  let visits = 0;
  let orders = 0;
  for (const f of figures) {
    if (selected.has(f.campaign)) {
      visits += f.visits;
      orders += f.orders;
    }
  }
  return { visits, orders, conversion_rate: rate(visits, orders) };
}

/** Relative change in % (null without a base) and the conversion change in points. */
export function change(current, previous) {
  const pct = (now, before) => (before === 0 ? null : ratioCents(now - before, before));
  return {
    visits: pct(current.visits, previous.visits),
    orders: pct(current.orders, previous.orders),
    // Two rates with two decimals: their difference in whole hundredths, then back.
    conversion_rate: Math.round(current.conversion_rate * 100 - previous.conversion_rate * 100) / 100,
  };
}

const signed = (v) => `${v > 0 ? '+' : v < 0 ? '-' : ''}${decFmt.format(Math.abs(v))}`;
export const fmtChangePct = (v) => (v === null ? '—' : `${signed(v)}\u00a0%`);
export const fmtChangePts = (v) => `${signed(v)}\u00a0pt`;
