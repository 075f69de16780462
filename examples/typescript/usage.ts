// Type-checks the package's public API as a TypeScript user sees it (strict mode); compiled by
// tests/e2e/types.test.js with `tsc --noEmit` against the built package. Never run.
import {
  annotate,
  annotateSync,
  init,
  highlight,
  toWebAnnotations,
  htmlToArticle,
  AnnotatorWorker,
  LABELS,
  type Annotation,
  type Label,
  type Mention,
  type HighlightHandle,
} from "article-annotator";
import { ArticleAnnotatorElement } from "article-annotator/element";

export async function demo(element: HTMLElement): Promise<void> {
  await init();
  const text = "Angela Merkel visited Paris.";
  const annotation: Annotation = await annotate(text, { labels: ["PERSON", "GPE"] });
  const again: Annotation = annotateSync(text);
  const people: Mention[] = annotation.mentions.filter((m) => m.label === "PERSON");
  const label: Label = people[0]?.label ?? "PERSON";
  const name: string = LABELS[label].name;
  const speaker: string | undefined = again.quotes[0]?.speaker?.text;
  const position = toWebAnnotations(text, annotation).first.items[0]?.target.selector[1];

  const handle: HighlightHandle = await highlight(element, {
    labels: ["PERSON"],
    colors: { PERSON: "#E69F00", QUOTE: "#D55E00" },
    onHover: (info) => console.log(info?.entity?.name),
    onClick: (info) => console.log(info.mention.text, info.quotes.length),
  });
  await handle.update();
  handle.clear();

  const worker = new AnnotatorWorker();
  const { annotation: fromWorker, ms } = await worker.annotate(text);
  worker.cancel();
  const { text: pasted, blocks } = htmlToArticle("<h1>Hi</h1>");
  customElements.get("article-annotator") === ArticleAnnotatorElement;
  console.log(name, speaker, position?.start, fromWorker.entities.length, ms, pasted, blocks[0]?.kind);
}
