// The page only ever calls its own origin (/api/…): the nginx in front of it proxies to the API,
// so the same files work locally, in Compose and in Kubernetes, under a strict CSP.

import { lineChart, s } from './chart.js';

const TIMEOUT_MS = 10000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86400000;

const intFmt = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
const pctFmt = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const fmtInt = (v) => intFmt.format(v);
const fmtPct = (v) => `${pctFmt.format(v)}\u00a0%`;
const frDate = (iso) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const $ = (id) => document.getElementById(id);

const SERIES = {
  visits: { name: 'Visites', cls: 's-visits', format: fmtInt },
  orders: { name: 'Commandes', cls: 's-orders', format: fmtInt },
  conversion_rate: { name: 'Taux de conversion', cls: 's-conv', format: fmtPct },
};

class ApiError extends Error {
  constructor(status, statusText, body) {
    super(`HTTP ${status}`);
    this.status = status;
    this.statusText = statusText;
    this.body = body;
  }
}

function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  el.append(...children);
  return el;
}

// Resolves with parsed JSON on 2xx; anything else becomes an ApiError or a network/timeout error.
async function getJson(url, controller = new AbortController()) {
  let timedOut = false;
  const timer = setTimeout(() => { timedOut = true; controller.abort(); }, TIMEOUT_MS);
  try {
    const res = await fetch(url, { headers: { Accept: 'application/json' }, signal: controller.signal });
    const text = await res.text();
    let body = null;
    try { body = text ? JSON.parse(text) : null; } catch { /* e.g. an HTML error page from a proxy */ }
    if (!res.ok || body === null) throw new ApiError(res.status, res.statusText, body);
    return body;
  } catch (err) {
    if (timedOut) err.timedOut = true;
    throw err;
  } finally {
    clearTimeout(timer);
  }
}

function describeError(err) {
  if (err.timedOut) return `Délai dépassé : l'API n'a pas répondu en ${TIMEOUT_MS / 1000} s.`;
  if (!(err instanceof ApiError)) return "Erreur réseau : impossible de joindre l'API.";
  const status = `HTTP ${err.status}${err.statusText ? ` ${err.statusText}` : ''}`;
  if (err.status >= 200 && err.status < 300) return `Réponse inattendue (${status}) : ce n'est pas du JSON.`;
  // A 4xx message explains what to fix; for 5xx the French hint says more than a gateway's text.
  const detail = err.status < 500 && typeof err.body?.message === 'string' ? ` : ${err.body.message}` : '';
  const hint = err.status >= 502 && err.status <= 504 ? " (l'API est injoignable ou indisponible)" : '';
  return `Erreur ${status}${hint}${detail}`;
}

async function loadInfo() {
  try {
    const info = await getJson('/api/info');
    if (typeof info.banner === 'string' && info.banner) $('banner').textContent = info.banner;
    $('environment').textContent = info.environment || 'inconnu';
    $('api-version').textContent = info.version || 'inconnue';
    // Only whether the secret is set is ever shown, never its value or length.
    $('secret-status').textContent = info.db_password_set === true ? 'défini' : 'non défini';
  } catch {
    for (const id of ['environment', 'api-version', 'secret-status']) $(id).textContent = 'indisponible';
  }
}

async function testApi() {
  const button = $('test-api');
  const out = $('api-response');
  button.disabled = true;
  out.setAttribute('aria-busy', 'true');
  out.classList.remove('is-error');
  out.textContent = 'Appel en cours…';
  try {
    out.textContent = JSON.stringify(await getJson('/api/'), null, 2);
  } catch (err) {
    out.classList.add('is-error');
    out.textContent = `Échec de l'appel à /api/ — ${describeError(err)}`;
  } finally {
    out.removeAttribute('aria-busy');
    button.disabled = false;
  }
}

// Dates are UTC days, like the API's default range (to = today UTC, from = to − 29 days).
const todayUtc = () => new Date().toISOString().slice(0, 10);
const addDays = (iso, n) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

function rangeQuery() {
  const params = new URLSearchParams();
  for (const id of ['from', 'to']) if ($(id).value) params.set(id, $(id).value);
  const query = params.toString();
  return query ? `?${query}` : '';
}

function updateCsvLink() {
  $('csv-link').href = `/api/kpis.csv${rangeQuery()}`;
}

let kpiController = null;
let lastKpis = null;

async function loadKpis() {
  kpiController?.abort(); // a newer request wins; never draw a stale answer over it
  const controller = new AbortController();
  kpiController = controller;
  const status = $('kpi-status');
  const chart = $('kpi-chart');
  const query = rangeQuery();
  status.classList.remove('is-error');
  status.textContent = 'Chargement des indicateurs…';
  chart.setAttribute('aria-busy', 'true');
  history.replaceState(null, '', query || location.pathname);
  try {
    const data = await getJson(`/api/kpis${query}`, controller);
    renderKpis(data);
    const t = data.totals;
    status.textContent = `Indicateurs du ${frDate(data.from)} au ${frDate(data.to)} : `
      + `${fmtInt(t.visits)} visites, ${fmtInt(t.orders)} commandes, conversion ${fmtPct(t.conversion_rate)}.`;
  } catch (err) {
    if (controller !== kpiController) return;
    status.classList.add('is-error');
    status.textContent = err instanceof ApiError && err.status === 400
      ? `Requête refusée : ${fieldMessages(err.body)}`
      : `Impossible de charger les indicateurs. ${describeError(err)}`;
  } finally {
    if (controller === kpiController) chart.removeAttribute('aria-busy');
  }
}

function fieldMessages(body) {
  const main = typeof body?.message === 'string' ? body.message : 'paramètres invalides.';
  const fields = Array.isArray(body?.fields) ? body.fields.map((f) => `${f.field} : ${f.message}`) : [];
  return [main, ...fields].join(' — ');
}

function renderKpis(data) {
  lastKpis = data;
  const chart = $('kpi-chart');
  if (!data.days?.length) {
    chart.replaceChildren(h('p', {}, 'Aucune donnée sur cette période.'));
    return;
  }
  chart.replaceChildren(
    legend(),
    h('div', { id: 'kpi-figures', class: 'figures' }),
    totalsTable(data),
    dailyTable(data),
  );
  drawFigures();
}

function legend() {
  const items = Object.values(SERIES).map((serie) => h('li', {},
    s('svg', { width: 28, height: 12, 'aria-hidden': 'true', class: 'swatch' },
      s('line', { x1: 1, x2: 27, y1: 6, y2: 6, class: `line ${serie.cls}` })),
    serie.name));
  return h('ul', { class: 'legend', 'aria-label': 'Légende' }, ...items);
}

// Charts are drawn at the container's real pixel width so text stays legible on a phone.
function drawFigures() {
  const host = $('kpi-figures');
  if (!host || !lastKpis) return;
  const { days, from, to } = lastKpis;
  const width = Math.max(host.clientWidth, 240);
  const dates = days.map((d) => d.date);
  const values = (key) => days.map((d) => d[key]);
  const period = `du ${frDate(from)} au ${frDate(to)}`;
  host.replaceChildren(
    figure(`Visites et commandes par jour, ${period}`, lineChart(width, 260, dates, [
      { side: 'left', title: 'Visites', integer: true, series: [{ ...SERIES.visits, values: values('visits') }] },
      { side: 'right', title: 'Commandes', integer: true, series: [{ ...SERIES.orders, values: values('orders') }] },
    ])),
    figure(`Taux de conversion par jour (%), ${period}`, lineChart(width, 190, dates, [
      { side: 'left', title: 'Conversion (%)', series: [{ ...SERIES.conversion_rate, values: values('conversion_rate') }] },
    ])),
  );
}

function figure(caption, svg) {
  svg.setAttribute('aria-label', `${caption}. Le détail chiffré figure dans les tableaux ci-dessous.`);
  return h('figure', { class: 'figure' }, h('figcaption', {}, caption), svg);
}

function table(caption, head, rows, foot) {
  const cells = (row, footRow) => row.map((c, i) => (i === 0
    ? h('th', { scope: 'row' }, c)
    : h('td', { class: footRow ? 'num total' : 'num' }, c)));
  return h('div', { class: 'table-wrap', tabindex: '0', role: 'group', 'aria-label': caption },
    h('table', {},
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, ...head.map((c, i) => h('th', { scope: 'col', class: i ? 'num' : '' }, c)))),
      h('tbody', {}, ...rows.map((r) => h('tr', {}, ...cells(r, false)))),
      ...(foot ? [h('tfoot', {}, h('tr', {}, ...cells(foot, true)))] : [])));
}

const metrics = (r) => [fmtInt(r.visits), fmtInt(r.orders), fmtPct(r.conversion_rate)];
const HEAD = ['Visites', 'Commandes', 'Conversion'];

function totalsTable({ totals, from, to }) {
  return table(`Totaux par campagne du ${frDate(from)} au ${frDate(to)}`, ['Campagne', ...HEAD],
    totals.campaigns.map((c) => [c.campaign, ...metrics(c)]), ['Total', ...metrics(totals)]);
}

function dailyTable({ days }) {
  return h('details', { class: 'daily' },
    h('summary', {}, `Données quotidiennes (${days.length} jour${days.length > 1 ? 's' : ''})`),
    table('Indicateurs par jour, toutes campagnes', ['Date', ...HEAD], days.map((d) => [frDate(d.date), ...metrics(d)])));
}

function init() {
  const params = new URLSearchParams(location.search);
  const to = ISO_DATE.test(params.get('to') ?? '') ? params.get('to') : todayUtc();
  const from = ISO_DATE.test(params.get('from') ?? '') ? params.get('from') : addDays(to, -29);
  $('from').value = from;
  $('to').value = to;
  updateCsvLink();

  $('test-api').addEventListener('click', testApi);
  for (const id of ['from', 'to']) $(id).addEventListener('input', updateCsvLink);
  $('kpi-form').addEventListener('submit', (event) => {
    event.preventDefault();
    loadKpis();
  });
  let pending = false;
  window.addEventListener('resize', () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => { pending = false; drawFigures(); });
  });

  loadInfo();
  loadKpis();
}

init();
