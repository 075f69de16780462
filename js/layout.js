// The pure half of rendering: annotation + text -> blocks of runs. No DOM here, so it runs in
// Node, in a worker and in tests. The DOM writer (render.js) only turns runs into nodes.

/**
 * Cuts `text` into parts: blocks (with their runs) and the gaps between blocks.
 *
 * A run is a maximal stretch of text with the same decoration: at most one mention (the
 * innermost when mentions overlap), the quote it lies in, and whether it is a quote's cue or
 * speaker. Runs tile each block exactly, and parts tile the whole text, so joining
 * `text.slice(start, end)` over all parts gives back `text`.
 *
 * @param {string} text
 * @param {import("./index").Annotation} annotation
 * @param {{labels?: Iterable<string>}} [options] only mentions with these labels
 * @returns {Part[]}
 */
export function layout(text, annotation, options = {}) {
  return [...layoutParts(text, annotation, options)];
}

/** The parts of layout(), one at a time, so that a caller can pause between them. */
export function* layoutParts(text, annotation, options = {}) {
  const n = text.length;
  const keep = options.labels ? new Set(options.labels) : null;
  const items = [];
  const add = (start, end, kind, ref) => {
    start = Math.max(0, Math.min(n, start));
    end = Math.max(start, Math.min(n, end));
    if (end > start) items.push({ start, end, kind, ref });
  };
  for (const m of annotation.mentions || []) if (!keep || keep.has(m.label)) add(m.start, m.end, "mention", m);
  for (const q of annotation.quotes || []) {
    add(q.start, q.end, "quote", q);
    if (q.cue) add(q.cue.start, q.cue.end, "cue", q);
    if (q.speaker) add(q.speaker.start, q.speaker.end, "speaker", q);
  }
  const blocks = blockList(annotation.blocks || [], n);

  const cuts = [0, n];
  for (const b of blocks) cuts.push(b.start, b.end);
  for (const it of items) cuts.push(it.start, it.end);
  const points = Float64Array.from(cuts).sort();
  items.sort((a, b) => a.start - b.start || b.end - a.end);

  let blockIndex = 0;
  let part = null;
  let partBlock = null;
  let active = [];
  let next = 0;
  for (let p = 0; p + 1 < points.length; p++) {
    const a = points[p];
    const b = points[p + 1];
    if (a === b) continue;
    while (next < items.length && items[next].start <= a) active.push(items[next++]);
    if (active.length) active = active.filter((it) => it.end > a);
    while (blockIndex < blocks.length && blocks[blockIndex].end <= a) blockIndex++;
    const block = blockIndex < blocks.length && blocks[blockIndex].start <= a ? blocks[blockIndex] : null;
    if (!part || partBlock !== block) {
      if (part) yield part;
      part = block
        ? { type: "block", kind: block.kind, start: a, end: b, runs: [] }
        : { type: "gap", start: a, end: b, runs: [] };
      partBlock = block;
    }
    part.end = b;
    const run = runAt(a, b, active);
    const last = part.runs[part.runs.length - 1];
    if (last && sameDecoration(last, run)) last.end = b;
    else part.runs.push(run);
  }
  if (part) yield part;
}

/**
 * @typedef {{start: number, end: number, mention: object|null, quote: object|null,
 *   role: "cue"|"speaker"|null}} Run
 * @typedef {{type: "block"|"gap", kind?: string, start: number, end: number, runs: Run[]}} Part
 */

function runAt(start, end, active) {
  let mention = null;
  let quote = null;
  let role = null;
  for (const it of active) {
    if (it.kind === "mention") {
      // The innermost mention wins; among equals, the first in text order.
      if (!mention || it.end - it.start < mention.end - mention.start) mention = it.ref;
    } else if (it.kind === "quote") {
      if (!quote) quote = it.ref;
    } else if (!role) {
      role = { kind: it.kind, quote: it.ref };
    }
  }
  return { start, end, mention, quote, role };
}

function sameDecoration(a, b) {
  return (
    a.mention === b.mention &&
    a.quote === b.quote &&
    (a.role === b.role || (a.role && b.role && a.role.kind === b.role.kind && a.role.quote === b.role.quote))
  );
}

// Blocks sorted, clamped and without overlaps; an annotation without blocks is one paragraph.
function blockList(blocks, n) {
  const out = [];
  let end = 0;
  for (const b of [...blocks].sort((x, y) => x.start - y.start)) {
    const start = Math.max(end, Math.min(n, b.start));
    const stop = Math.min(n, b.end);
    if (stop > start) {
      out.push({ kind: b.kind, start, end: stop });
      end = stop;
    }
  }
  if (!out.length && n > 0) out.push({ kind: "paragraph", start: 0, end: n });
  return out;
}

/** Counts mentions per label (all labels of the annotation, whatever is shown). */
export function countLabels(annotation) {
  const counts = {};
  for (const m of annotation.mentions || []) counts[m.label] = (counts[m.label] || 0) + 1;
  return counts;
}
