// @ts-check
/**
 * Draws the charts a sheet holds (the specs the emulator recorded, with their numbers) as plain
 * inline SVG: columns, lines and pies are all the Dashboard uses; any other type is drawn as
 * columns. Every label is set with textContent, never parsed as markup.
 */

/** @typedef {import('../chart-view').ChartView} ChartView */

const SVG = 'http://www.w3.org/2000/svg';
const PALETTE = ['#4285f4', '#ea4335', '#fbbc04', '#34a853', '#ff6d01', '#46bdc6', '#7e57c2', '#9aa0a6'];
const W = 440;
const H = 270;
const PLOT = { left: 40, right: 12, top: 34, bottom: 58 };

/** @type {(tag: string, attrs?: Record<string, string | number>, text?: string) => SVGElement} */
function svg(tag, attrs = {}, text = '') {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text) node.textContent = text;
  return node;
}

/** @type {(chart: ChartView, i: number) => string} Only #rrggbb colours from the spec are used. */
const colorOf = (chart, i) => {
  const c = chart.colors[i];
  return c && /^#[0-9a-f]{6}$/i.test(c) ? c : (PALETTE[i % PALETTE.length] ?? '#4285f4');
};

/** A round top for the value axis: 1, 2 or 5 times a power of ten. */
function niceMax(/** @type {number} */ max) {
  if (!(max > 0)) return 1;
  const step = 10 ** Math.floor(Math.log10(max));
  return [1, 2, 5, 10].map((m) => m * step).find((m) => m >= max) ?? max;
}

/** Axes, grid lines and category labels; returns the plot's scale. */
function axes(/** @type {SVGElement} */ root, /** @type {ChartView} */ chart) {
  const values = chart.series.flatMap((s) => s.values).filter((v) => v !== null);
  const min = Math.min(chart.min ?? 0, ...values);
  const max = chart.max ?? niceMax(Math.max(0, ...values));
  const height = H - PLOT.top - PLOT.bottom;
  const width = W - PLOT.left - PLOT.right;
  const y = (/** @type {number} */ v) => PLOT.top + height - ((v - min) / (max - min || 1)) * height;
  for (let i = 0; i <= 5; i++) {
    const v = min + ((max - min) * i) / 5;
    root.append(
      svg('line', { x1: PLOT.left, x2: W - PLOT.right, y1: y(v), y2: y(v), stroke: '#e0e0e0' }),
      svg(
        'text',
        { x: PLOT.left - 4, y: y(v) + 3, 'text-anchor': 'end', class: 'tick' },
        String(Number(v.toFixed(1))),
      ),
    );
  }
  const band = width / Math.max(1, chart.labels.length);
  chart.labels.forEach((label, i) => {
    const x = PLOT.left + band * (i + 0.5);
    root.append(
      svg(
        'text',
        { x, y: H - PLOT.bottom + 14, 'text-anchor': 'middle', class: 'tick' },
        label.slice(5) || label,
      ),
    );
  });
  return { y, band, zero: y(Math.max(min, 0)) };
}

function legend(
  /** @type {SVGElement} */ root,
  /** @type {ChartView} */ chart,
  /** @type {string[]} */ names,
) {
  let x = PLOT.left;
  names.forEach((name, i) => {
    root.append(
      svg('rect', { x, y: H - 22, width: 10, height: 10, fill: colorOf(chart, i) }),
      svg('text', { x: x + 14, y: H - 13, class: 'legend' }, name),
    );
    x += 24 + name.length * 6.5;
  });
}

function columns(/** @type {SVGElement} */ root, /** @type {ChartView} */ chart) {
  const { y, band, zero } = axes(root, chart);
  const n = Math.max(1, chart.series.length);
  const bar = (band * 0.7) / n;
  chart.series.forEach((s, k) => {
    s.values.forEach((v, i) => {
      if (v === null) return;
      const x = PLOT.left + band * i + band * 0.15 + bar * k;
      const top = Math.min(y(v), zero);
      root.append(
        svg('rect', { x, y: top, width: bar, height: Math.abs(zero - y(v)), fill: colorOf(chart, k) }, ''),
      );
    });
  });
  if (chart.series.length > 1)
    legend(
      root,
      chart,
      chart.series.map((s) => s.name),
    );
}

function lines(/** @type {SVGElement} */ root, /** @type {ChartView} */ chart) {
  const { y, band } = axes(root, chart);
  chart.series.forEach((s, k) => {
    const color = colorOf(chart, k);
    /** @type {string[]} */
    let run = [];
    const flush = () => {
      if (run.length > 1)
        root.append(
          svg('polyline', { points: run.join(' '), fill: 'none', stroke: color, 'stroke-width': 2 }),
        );
      run = [];
    };
    s.values.forEach((v, i) => {
      if (v === null) {
        flush();
        return;
      }
      const x = PLOT.left + band * (i + 0.5);
      run.push(`${x},${y(v)}`);
      root.append(svg('circle', { cx: x, cy: y(v), r: 3, fill: color }));
    });
    flush();
  });
  if (chart.series.length > 1)
    legend(
      root,
      chart,
      chart.series.map((s) => s.name),
    );
}

function pie(/** @type {SVGElement} */ root, /** @type {ChartView} */ chart) {
  const values = (chart.series[0]?.values ?? []).map((v) => Math.max(0, v ?? 0));
  const total = values.reduce((a, b) => a + b, 0);
  const [cx, cy, r] = [130, 150, 95];
  let angle = -Math.PI / 2;
  values.forEach((v, i) => {
    if (total === 0 || v === 0) return;
    const sweep = (v / total) * Math.PI * 2;
    const color = colorOf(chart, i);
    if (sweep >= Math.PI * 2 - 1e-9) {
      root.append(svg('circle', { cx, cy, r, fill: color }));
    } else {
      const [x1, y1] = [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
      const [x2, y2] = [cx + r * Math.cos(angle + sweep), cy + r * Math.sin(angle + sweep)];
      const large = sweep > Math.PI ? 1 : 0;
      root.append(
        svg('path', { d: `M${cx},${cy} L${x1},${y1} A${r},${r} 0 ${large} 1 ${x2},${y2} Z`, fill: color }),
      );
    }
    angle += sweep;
  });
  chart.labels.forEach((label, i) => {
    const y = 70 + i * 22;
    root.append(
      svg('rect', { x: 260, y: y - 10, width: 12, height: 12, fill: colorOf(chart, i) }),
      svg('text', { x: 278, y, class: 'legend' }, `${label}: ${values[i] ?? 0}`),
    );
  });
}

/** One chart as an SVG figure, titled and labelled for screen readers. */
export function chartFigure(/** @type {ChartView} */ chart) {
  const figure = document.createElement('figure');
  figure.className = 'chart';
  figure.dataset.type = chart.type;
  const root = svg('svg', {
    viewBox: `0 0 ${W} ${H}`,
    width: W,
    height: H,
    role: 'img',
    'aria-label': chart.title,
  });
  root.append(svg('text', { x: W / 2, y: 20, 'text-anchor': 'middle', class: 'title' }, chart.title));
  if (chart.type === 'PIE') pie(root, chart);
  else if (chart.type === 'LINE') lines(root, chart);
  else columns(root, chart);
  figure.append(root);
  return figure;
}

/** The charts in the order Sheets shows them: top to bottom, then left to right. */
export function renderCharts(/** @type {HTMLElement} */ host, /** @type {ChartView[]} */ charts) {
  const sorted = [...charts].sort((a, b) => a.row - b.row || a.column - b.column);
  host.replaceChildren(...sorted.map(chartFigure));
  host.hidden = sorted.length === 0;
}
