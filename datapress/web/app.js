// The page only ever calls its own origin (/api/…): the nginx in front of it proxies to the API,
// so the same files work locally, in Compose and in Kubernetes, under a strict CSP.

import { interactiveChart, s } from './chart.js';
import { ApiError, describeError, getJson } from './errors.js';
import {
  addDays, change, fmtChangePct, fmtChangePts, fmtInt, fmtPct, frDate, pick, presetRange, previousRange, todayUtc,
} from './kpis.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const $ = (id) => document.getElementById(id);

const METRICS = {
  visits: { name: 'Visites', title: 'Visites', integer: true, format: fmtInt },
  orders: { name: 'Commandes', title: 'Commandes', integer: true, format: fmtInt },
  conversion_rate: { name: 'Taux de conversion', title: 'Conversion (%)', integer: false, format: fmtPct },
};

function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  el.append(...children);
  return el;
}

async function loadInfo() {
  try {
    const info = await getJson('/api/info');
    if (typeof info.banner === 'string' && info.banner) $('banner').textContent = info.banner;
    // The one version on the page: the build's, as the API reports it.
    $('version').textContent = info.version ? `v${info.version}` : 'version inconnue';
    $('environment').textContent = info.environment || 'inconnu';
    // Only whether the secret is set is ever shown, never its value or length.
    $('secret-status').textContent = info.db_password_set === true ? 'défini' : 'non défini';
  } catch {
    $('version').textContent = 'version indisponible';
    for (const id of ['environment', 'secret-status']) $(id).textContent = 'indisponible';
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

const range = () => ({ from: $('from').value, to: $('to').value });

function rangeQuery({ from, to } = range()) {
  const params = new URLSearchParams();
  if (from) params.set('from', from);
  if (to) params.set('to', to);
  const query = params.toString();
  return query ? `?${query}` : '';
}

function updateControls() {
  $('csv-link').href = `/api/kpis.csv${rangeQuery()}`;
  $('pdf-link').href = `/api/kpis.pdf${rangeQuery()}`;
  const { from, to } = range();
  for (const button of document.querySelectorAll('.preset')) {
    const preset = presetRange(button.dataset.preset);
    button.setAttribute('aria-pressed', String(preset.from === from && preset.to === to));
  }
}

let kpiController = null;
// The last answer shown: the range's report, the previous period's (null when refused) and the
// campaigns picked in the filter.
const state = { current: null, previous: null, selected: null };

async function loadKpis() {
  kpiController?.abort(); // a newer request wins; never draw a stale answer over it
  const controller = new AbortController();
  kpiController = controller;
  const status = $('kpi-status');
  status.classList.remove('is-error');
  status.textContent = 'Chargement des indicateurs…';
  $('kpi-chart').setAttribute('aria-busy', 'true');
  history.replaceState(null, '', rangeQuery() || location.pathname);
  const asked = range();
  const before = asked.from && asked.to ? previousRange(asked) : null;
  try {
    const [current, previous] = await Promise.all([
      getJson(`/api/kpis${rangeQuery()}`, controller),
      // The previous period may be refused on its own (before 1970): the cards then say so.
      before ? getJson(`/api/kpis${rangeQuery(before)}`, controller).catch(() => null) : null,
    ]);
    state.current = current;
    state.previous = previous;
    if (!state.selected) state.selected = new Set(current.campaigns);
    campaignFilter(current.campaigns);
    render();
    status.textContent = `Indicateurs du ${frDate(current.from)} au ${frDate(current.to)}.`;
  } catch (err) {
    if (controller !== kpiController) return;
    // A refused range leaves nothing of the previous answer on screen.
    state.current = null;
    state.previous = null;
    $('kpi-chart').replaceChildren();
    $('kpi-cards').replaceChildren();
    status.classList.add('is-error');
    status.textContent = err instanceof ApiError && err.status === 400
      ? describeError(err)
      : `Impossible de charger les indicateurs. ${describeError(err)}`;
  } finally {
    if (controller === kpiController) $('kpi-chart').removeAttribute('aria-busy');
  }
}

function campaignFilter(campaigns) {
  const box = $('campaign-filter');
  if (box.dataset.campaigns === campaigns.join('\n')) return;
  box.dataset.campaigns = campaigns.join('\n');
  const items = campaigns.map((name, i) => {
    const input = h('input', { type: 'checkbox', id: `campaign-${i}`, name: 'campaign', value: name });
    input.checked = state.selected.has(name);
    input.addEventListener('change', () => {
      if (input.checked) state.selected.add(name); else state.selected.delete(name);
      render();
    });
    return h('div', { class: 'campaign' }, input,
      h('label', { for: `campaign-${i}` }, swatch(`s-c${i}`), name));
  });
  box.replaceChildren(h('legend', {}, 'Campagnes'), ...items);
}

function swatch(cls) {
  return s('svg', { width: 28, height: 12, 'aria-hidden': 'true', class: 'swatch' },
    s('line', { x1: 1, x2: 27, y1: 6, y2: 6, class: `line ${cls}` }));
}

function render() {
  const { current } = state;
  if (!current) return;
  const chart = $('kpi-chart');
  const chosen = current.campaigns.filter((name) => state.selected.has(name));
  renderCards(chosen);
  if (!current.days?.length || !chosen.length) {
    chart.replaceChildren(h('p', {}, chosen.length ? 'Aucune donnée sur cette période.'
      : 'Aucune campagne sélectionnée : cochez au moins une campagne.'));
    return;
  }
  chart.replaceChildren(h('div', { id: 'kpi-figures', class: 'figures' }), totalsTable(chosen), dailyTable());
  drawFigure();
}

function renderCards(chosen) {
  const { current, previous, selected } = state;
  const now = pick(current.totals.campaigns, selected);
  const before = previous ? pick(previous.totals.campaigns, selected) : null;
  const delta = before ? change(now, before) : null;
  const period = previous ? `du ${frDate(previous.from)} au ${frDate(previous.to)}` : null;
  const card = (key, value, changed, previousValue) => {
    const trend = changed === null || changed === 0 ? 'flat' : changed > 0 ? 'up' : 'down';
    const text = delta ? (key === 'conversion_rate' ? fmtChangePts(changed) : fmtChangePct(changed)) : '—';
    return h('li', { class: 'kpi-card', id: `card-${key}` },
      h('h3', {}, METRICS[key].name),
      h('p', { class: 'kpi-value' }, METRICS[key].format(value)),
      h('p', { class: `kpi-change is-${trend}` },
        h('span', { class: 'kpi-delta' }, text),
        delta ? ` par rapport à la période précédente (${period} : ${previousValue})`
          : ' (pas de période précédente comparable)'));
  };
  $('kpi-cards').setAttribute('aria-label', `Totaux de ${chosen.length === current.campaigns.length
    ? 'toutes les campagnes' : chosen.join(', ') || 'aucune campagne'}`);
  $('kpi-cards').replaceChildren(...Object.keys(METRICS).map((key) => card(key, now[key],
    delta ? delta[key] : null, before ? METRICS[key].format(before[key]) : '')));
}

// Charts are drawn at the container's real pixel width so text stays legible on a phone.
function drawFigure() {
  const host = $('kpi-figures');
  if (!host || !state.current) return;
  const { days, from, to, campaigns } = state.current;
  const key = $('metric').value in METRICS ? $('metric').value : 'visits';
  const metric = METRICS[key];
  const series = campaigns.map((name, i) => ({ name, cls: `s-c${i}` }))
    .filter((serie) => state.selected.has(serie.name))
    .map((serie) => ({ ...serie, values: days.map((d) => d.campaigns.find((c) => c.campaign === serie.name)[key]) }));
  const caption = `${metric.name} par campagne et par jour, du ${frDate(from)} au ${frDate(to)}`;
  const frame = interactiveChart({
    width: Math.max(host.clientWidth, 240),
    height: 280,
    dates: days.map((d) => d.date),
    axis: { title: metric.title, integer: metric.integer, series },
    label: `${caption}. Le détail chiffré figure dans les tableaux ci-dessous.`,
    describe: (i) => [frDate(days[i].date), ...series.map((serie) => `${serie.name} : ${metric.format(serie.values[i])}`)],
  });
  const legend = h('ul', { class: 'legend', 'aria-label': 'Légende' },
    ...series.map((serie) => h('li', {}, swatch(serie.cls), serie.name)));
  host.replaceChildren(h('figure', { class: 'figure' }, h('figcaption', {}, caption), legend, frame));
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

function totalsTable(chosen) {
  const { totals, from, to } = state.current;
  const rows = totals.campaigns.filter((c) => state.selected.has(c.campaign));
  return table(`Totaux par campagne du ${frDate(from)} au ${frDate(to)}`, ['Campagne', ...HEAD],
    rows.map((c) => [c.campaign, ...metrics(c)]), [chosen.length > 1 ? 'Total' : 'Total (1 campagne)',
      ...metrics(pick(totals.campaigns, state.selected))]);
}

function dailyTable() {
  const { days } = state.current;
  return h('details', { class: 'daily' },
    h('summary', {}, `Données quotidiennes (${days.length} jour${days.length > 1 ? 's' : ''})`),
    table('Indicateurs par jour, campagnes sélectionnées', ['Date', ...HEAD],
      days.map((d) => [frDate(d.date), ...metrics(pick(d.campaigns, state.selected))])));
}

function init() {
  const params = new URLSearchParams(location.search);
  const to = ISO_DATE.test(params.get('to') ?? '') ? params.get('to') : todayUtc();
  const from = ISO_DATE.test(params.get('from') ?? '') ? params.get('from') : addDays(to, -29);
  $('from').value = from;
  $('to').value = to;
  updateControls();

  $('test-api').addEventListener('click', testApi);
  for (const id of ['from', 'to']) $(id).addEventListener('input', updateControls);
  for (const button of document.querySelectorAll('.preset')) {
    button.addEventListener('click', () => {
      const preset = presetRange(button.dataset.preset);
      $('from').value = preset.from;
      $('to').value = preset.to;
      updateControls();
      loadKpis();
    });
  }
  $('metric').addEventListener('change', drawFigure);
  $('kpi-form').addEventListener('submit', (event) => {
    event.preventDefault();
    loadKpis();
  });
  let pending = false;
  window.addEventListener('resize', () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => { pending = false; drawFigure(); });
  });

  loadInfo();
  loadKpis();
}

init();
