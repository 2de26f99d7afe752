// Line charts as inline SVG built with DOM calls: no library, nothing inline for the CSP to block.
// A chart comes in a focusable frame: the pointer or the arrow keys pick a day, whose values
// show in a tooltip that is also a polite live region.

const SVG_NS = 'http://www.w3.org/2000/svg';
const tickFmt = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
const fmtTick = (v) => tickFmt.format(v);
const shortDate = (iso) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}`;

export function s(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  el.append(...children);
  return el;
}

const INTERVALS = 4;

// Rounds the axis maximum up to 1, 2, 2.5 or 5 × 10^k per interval so gridlines land on round values.
function niceAxis(maxValue, integer) {
  const raw = Math.max(maxValue, integer ? 1 : 0.01) / INTERVALS;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  let step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((v) => v >= raw - 1e-12);
  if (integer) step = Math.max(1, Math.ceil(step));
  return { step, max: step * INTERVALS };
}

// series: [{ name, cls, values }] aligned with dates (ISO days), on one axis titled `title`.
// Drawn at the given pixel size so text keeps its real size. Returns the SVG and where each day is.
function lineChart(width, height, dates, { title, integer, series }) {
  const m = { top: 14, right: 26, bottom: 46, left: 62 };
  const w = width - m.left - m.right;
  const ph = height - m.top - m.bottom;
  const n = dates.length;
  const x = (i) => m.left + (n === 1 ? w / 2 : (i * w) / (n - 1));
  const svg = s('svg', { class: 'chart', role: 'img', width, height, viewBox: `0 0 ${width} ${height}` });
  const { step, max } = niceAxis(Math.max(0, ...series.flatMap((serie) => serie.values)), integer);
  const y = (v) => m.top + ph - (v / max) * ph;
  for (let t = 0; t <= INTERVALS; t += 1) {
    const ty = y(t * step);
    svg.append(s('line', { class: 'grid', x1: m.left, x2: m.left + w, y1: ty, y2: ty }));
    svg.append(s('text', { class: 'tick', x: m.left - 6, y: ty + 4, 'text-anchor': 'end' }, fmtTick(t * step)));
  }
  const ty = m.top + ph / 2;
  svg.append(s('text', {
    class: 'axis-title', x: 14, y: ty, 'text-anchor': 'middle', transform: `rotate(-90 14 ${ty})`,
  }, title));
  for (const serie of series) {
    const d = serie.values.map((v, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`).join('');
    svg.append(s('path', { class: `line ${serie.cls}`, d }));
    if (n === 1) svg.append(s('circle', { class: `dot ${serie.cls}`, cx: x(0), cy: y(serie.values[0]), r: 3 }));
  }
  const base = m.top + ph;
  svg.append(s('line', { class: 'axis', x1: m.left, x2: m.left + w, y1: base, y2: base }));
  // Evenly spaced date ticks; the last day gets one too unless it would collide with the previous tick.
  const every = Math.max(1, Math.ceil((n - 1) / Math.max(1, Math.floor(w / 70))));
  const indexes = [];
  for (let i = 0; i < n; i += every) indexes.push(i);
  if (n - 1 - indexes[indexes.length - 1] >= every * 0.6) indexes.push(n - 1);
  for (const i of indexes) {
    svg.append(s('line', { class: 'axis', x1: x(i), x2: x(i), y1: base, y2: base + 4 }));
    svg.append(s('text', { class: 'tick', x: x(i), y: base + 17, 'text-anchor': 'middle' }, shortDate(dates[i])));
  }
  svg.append(s('text', { class: 'axis-title', x: m.left + w / 2, y: height - 6, 'text-anchor': 'middle' }, 'Date'));
  return { svg, x, y, n, top: m.top, base };
}

// The chart in a focusable frame with a tooltip: describe(i) gives the tooltip's lines for day i
// ([heading, ...lines]). The same day shows under the pointer and with ←, →, Début, Fin.
export function interactiveChart({ width, height, dates, axis, label, describe }) {
  const chart = lineChart(width, height, dates, axis);
  const guide = s('line', { class: 'guide', x1: 0, x2: 0, y1: chart.top, y2: chart.base, visibility: 'hidden' });
  const markers = s('g', { class: 'markers' });
  chart.svg.append(guide, markers);
  chart.svg.setAttribute('aria-label', label);
  const tip = document.createElement('div');
  tip.className = 'chart-tip';
  tip.hidden = true;
  tip.setAttribute('aria-live', 'polite');
  const frame = document.createElement('div');
  frame.className = 'chart-frame';
  frame.tabIndex = 0;
  frame.setAttribute('role', 'group');
  frame.setAttribute('aria-label', `${label} Flèches gauche et droite : valeurs jour par jour.`);
  frame.append(chart.svg, tip);
  let active = -1;

  const show = (i) => {
    active = Math.min(chart.n - 1, Math.max(0, i));
    const px = chart.x(active);
    guide.setAttribute('x1', px);
    guide.setAttribute('x2', px);
    guide.setAttribute('visibility', 'visible');
    markers.replaceChildren(...axis.series.map((serie) => s('circle', {
      class: `dot ${serie.cls}`, cx: px, cy: chart.y(serie.values[active]), r: 4,
    })));
    const [heading, ...lines] = describe(active);
    const strong = document.createElement('strong');
    strong.textContent = heading;
    tip.replaceChildren(strong, ...lines.map((line) => {
      const row = document.createElement('span');
      row.textContent = line;
      return row;
    }));
    tip.hidden = false;
    // Keep the tooltip inside the frame: right of the guide, or left of it near the right edge.
    const left = px + 12 + tip.offsetWidth > width ? px - 12 - tip.offsetWidth : px + 12;
    tip.style.left = `${Math.max(0, left)}px`;
  };
  const hide = () => {
    active = -1;
    tip.hidden = true;
    guide.setAttribute('visibility', 'hidden');
    markers.replaceChildren();
  };
  const dayAt = (clientX) => {
    const box = chart.svg.getBoundingClientRect();
    const px = ((clientX - box.left) * width) / box.width;
    const step = chart.n > 1 ? chart.x(1) - chart.x(0) : 1;
    return chart.n > 1 ? Math.round((px - chart.x(0)) / step) : 0;
  };
  chart.svg.addEventListener('pointermove', (event) => show(dayAt(event.clientX)));
  chart.svg.addEventListener('pointerleave', () => { if (document.activeElement !== frame) hide(); });
  frame.addEventListener('focus', () => show(active >= 0 ? active : 0));
  frame.addEventListener('blur', hide);
  frame.addEventListener('keydown', (event) => {
    const moves = { ArrowLeft: active - 1, ArrowRight: active + 1, Home: 0, End: chart.n - 1 };
    if (event.key in moves) {
      event.preventDefault();
      show(moves[event.key]);
    } else if (event.key === 'Escape') {
      hide();
    }
  });
  return frame;
}
