import { h, replace, svg } from './dom.js';
import { targetText } from './outgoing.js';

// Draws a graph as inline SVG: containers and projects as boxes on a circle, shares as arrows.
// A circle keeps every arrow visible without a layout library, and stays readable up to a few dozen nodes.
// Meaning never rests on colour alone: read-write arrows are thick, read-only ones dashed, project
// targets have a dashed box, and failed shares carry a "✕ failed" label.

const BOX_H = 34;

export function drawTopology(host, graph) {
  if (graph.nodes.length === 0) {
    replace(host, h('p', { class: 'empty' }, 'No shares to draw.'));
    return;
  }
  const radius = Math.max(130, graph.nodes.length * 28);
  const widest = Math.max(...graph.nodes.map(boxWidth));
  const width = radius * 2 + widest + 40;
  const height = radius * 2 + BOX_H + 60;
  const c = width / 2;
  const middle = height / 2;
  const at = new Map(graph.nodes.map((n, i) => {
    const angle = (2 * Math.PI * i) / graph.nodes.length - Math.PI / 2;
    return [n.key, { ...n, x: c + radius * Math.cos(angle), y: middle + radius * Math.sin(angle), w: boxWidth(n) }];
  }));

  const picture = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': 'topo-title topo-desc', class: 'topology' },
    svg('title', { id: 'topo-title' }, 'Share topology'),
    svg('desc', { id: 'topo-desc' }, `${graph.nodes.length} nodes and ${graph.edges.length} shares; the table below lists them.`),
    svg('defs', {}, ['direct', 'project', 'failed', 'off'].map(marker)),
    graph.memberships.map((m) => membership(at.get(m.from), at.get(m.to))),
    graph.edges.map((e, i) => arrow(e, at.get(e.from), at.get(e.to), offsetOf(graph.edges, i))),
    [...at.values()].map(box));
  replace(host, h('div', { class: 'picture' }, picture), legend(), table(graph));
}

function boxWidth(n) {
  return Math.max(72, label(n).length * 7.6 + 22);
}

function label(n) {
  return n.kind === 'project' ? `project ${n.id}` : n.id;
}

function marker(kind) {
  // Sized in user units: the default (stroke widths) would make read-write arrowheads twice as big.
  return svg('marker', { id: `arrow-${kind}`, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 13, markerHeight: 13,
    markerUnits: 'userSpaceOnUse', orient: 'auto-start-reverse' },
    svg('path', { d: 'M0,0 L10,5 L0,10 z', class: `head head-${kind}` }));
}

// Several shares between the same two boxes fan out as curves instead of drawing over each other.
function offsetOf(edges, i) {
  const same = edges.filter((e) => e.from === edges[i].from && e.to === edges[i].to);
  const k = same.indexOf(edges[i]);
  return (k - (same.length - 1) / 2) * 28;
}

function arrow(edge, a, b, offset) {
  const s = edge.share;
  const kind = edge.failed ? 'failed' : !s.enabled || s.status === 'pending' || s.status === 'rejected' ? 'off'
    : s.target_type === 'project' ? 'project' : 'direct';
  const [x1, y1] = border(a, b.x, b.y);
  const [x2, y2] = border(b, a.x, a.y);
  const mx = (x1 + x2) / 2;
  const my = (y1 + y2) / 2;
  const len = Math.hypot(x2 - x1, y2 - y1) || 1;
  const cx = mx - ((y2 - y1) / len) * offset * 2;
  const cy = my + ((x2 - x1) / len) * offset * 2;
  const text = `${s.source_path}${edge.failed ? ' ✕ failed' : ''}`;
  return svg('g', { class: `edge edge-${kind} ${s.mode}`, 'data-share-id': s.id },
    svg('title', {}, `${s.source_container_id}:${s.source_path} → ${targetText(s)} (${s.mode}, ${s.status}${s.enabled ? '' : ', switched off'})`),
    svg('path', { d: `M${x1},${y1} Q${cx},${cy} ${x2},${y2}`, 'marker-end': `url(#arrow-${kind})` }),
    svg('text', { x: (mx + cx) / 2, y: (my + cy) / 2 - 4, 'text-anchor': 'middle' }, text));
}

function membership(p, c) {
  return svg('line', { x1: p.x, y1: p.y, x2: c.x, y2: c.y, class: 'member' });
}

// Where the line from the box's centre towards (tx, ty) leaves the box.
function border(n, tx, ty) {
  const dx = tx - n.x;
  const dy = ty - n.y;
  const scale = 1 / Math.max(Math.abs(dx) / (n.w / 2 + 4), Math.abs(dy) / (BOX_H / 2 + 4), 1e-9);
  return [n.x + dx * scale, n.y + dy * scale];
}

function box(n) {
  return svg('g', { class: `node node-${n.kind}${n.failed ? ' node-failed' : ''}` },
    svg('rect', { x: n.x - n.w / 2, y: n.y - BOX_H / 2, width: n.w, height: BOX_H, rx: n.kind === 'project' ? 16 : 6 }),
    svg('text', { x: n.x, y: n.y + 5, 'text-anchor': 'middle' }, label(n)));
}

function legend() {
  const item = (cls, text) => h('li', {}, h('span', { class: `swatch ${cls}`, 'aria-hidden': 'true' }), text);
  return h('ul', { class: 'legend', 'aria-label': 'Legend' },
    item('direct', 'direct share (to one container)'), item('project', 'project share (to every container of a project)'),
    item('readwrite', 'thick: read-write'), item('readonly', 'dashed: read-only'),
    item('failed', 'red ✕: failed'), item('off', 'grey: switched off or awaiting approval'),
    item('member', 'dotted: container belongs to the project'));
}

function table(graph) {
  return h('details', { class: 'as-table' }, h('summary', {}, 'The picture as a table'),
    h('table', {},
      h('thead', {}, h('tr', {}, ['From', 'Directory', 'To', 'Kind', 'Mode', 'Status'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, graph.edges.map(({ share: s, failed }) => h('tr', {},
        h('td', {}, s.source_container_id), h('td', {}, s.source_path), h('td', {}, targetText(s)),
        h('td', {}, s.target_type === 'project' ? 'project' : 'direct'), h('td', {}, s.mode),
        h('td', {}, failed ? 'failed' : s.enabled ? s.status : `${s.status}, switched off`))))));
}
