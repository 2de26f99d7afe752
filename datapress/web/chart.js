// Line charts as inline SVG built with DOM calls: no library, nothing inline for the CSP to block.

const SVG_NS = 'http://www.w3.org/2000/svg';
const tickFmt = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
const fmtTick = (v) => tickFmt.format(v);
const frDate = (iso) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
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

// axes: one or two of { side: 'left' | 'right', title, integer, series: [{ name, cls, format, values }] },
// values aligned with dates (ISO days). Drawn at the given pixel size so text keeps its real size.
export function lineChart(width, height, dates, axes) {
  const m = { top: 14, right: axes.length > 1 ? 58 : 26, bottom: 46, left: 62 };
  const w = width - m.left - m.right;
  const ph = height - m.top - m.bottom;
  const n = dates.length;
  const x = (i) => m.left + (n === 1 ? w / 2 : (i * w) / (n - 1));
  const svg = s('svg', { class: 'chart', role: 'img', width, height, viewBox: `0 0 ${width} ${height}` });

  axes.forEach((axis, index) => {
    const { step, max } = niceAxis(Math.max(0, ...axis.series.flatMap((serie) => serie.values)), axis.integer);
    const y = (v) => m.top + ph - (v / max) * ph;
    const left = axis.side === 'left';
    for (let t = 0; t <= INTERVALS; t += 1) {
      const ty = y(t * step);
      // Gridlines follow the first axis; the second one uses as many intervals, so they line up.
      if (index === 0) svg.append(s('line', { class: 'grid', x1: m.left, x2: m.left + w, y1: ty, y2: ty }));
      svg.append(s('text', {
        class: 'tick', x: left ? m.left - 6 : m.left + w + 6, y: ty + 4, 'text-anchor': left ? 'end' : 'start',
      }, fmtTick(t * step)));
    }
    const tx = left ? 14 : width - 10;
    const ty = m.top + ph / 2;
    svg.append(s('text', {
      class: `axis-title ${axis.series[0].cls}`, x: tx, y: ty, 'text-anchor': 'middle',
      transform: `rotate(${left ? -90 : 90} ${tx} ${ty})`,
    }, axis.title));
    for (const serie of axis.series) {
      const d = serie.values.map((v, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`).join('');
      svg.append(s('path', { class: `line ${serie.cls}`, d }));
      // Markers only while they stay apart; they also carry a hover tooltip.
      if (n === 1 || w / (n - 1) >= 9) {
        serie.values.forEach((v, i) => svg.append(s('circle', { class: `dot ${serie.cls}`, cx: x(i), cy: y(v), r: 3 },
          s('title', {}, `${frDate(dates[i])} — ${serie.name} : ${serie.format(v)}`))));
      }
    }
  });

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
  return svg;
}
