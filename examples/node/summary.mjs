// Prints who is in an article and who said what.
//   node summary.mjs article.txt      (or the text on standard input)
import { readFileSync } from "node:fs";
import { annotate, LABELS } from "article-annotator";

const text = readFileSync(process.argv[2] || 0, "utf8");
const annotation = await annotate(text);

const headline = annotation.blocks.find((b) => b.kind === "headline");
if (headline) console.log(`Headline: ${text.slice(headline.start, headline.end)}`);
if (annotation.document_date) console.log(`Date: ${annotation.document_date}`);

const counts = {};
for (const m of annotation.mentions) counts[m.label] = (counts[m.label] || 0) + 1;
console.log(`Mentions: ${Object.entries(counts).map(([l, n]) => `${LABELS[l].name} ${n}`).join(", ")}`);

const byId = new Map(annotation.entities.map((e) => [e.id, e]));
const people = annotation.entities.filter((e) => e.label === "PERSON").sort((a, b) => b.salience - a.salience);
for (const p of people) {
  const roles = p.roles.length ? ` (${p.roles.join("; ")})` : "";
  console.log(`Person: ${p.name}${roles}, ${p.mentions.length} mention(s)`);
}
for (const q of annotation.quotes) {
  const speaker = byId.get(q.speaker_entity)?.name ?? q.speaker?.text ?? "unknown";
  console.log(`Quote by ${speaker}: ${q.text}`);
}
