import { annotate, highlight, AnnotatorWorker } from "article-annotator";
import "article-annotator/element";

const story = document.getElementById("story");
const handle = await highlight(story, {
  onClick(info) {
    console.log(`${info.mention.label}: ${info.entity?.name ?? info.mention.text}`);
  },
});

const data = await annotate(handle.text);
document.getElementById("summary").textContent = `${data.mentions.length} mentions, ${data.quotes.length} quotes`;

const worker = new AnnotatorWorker();
const { annotation } = await worker.annotate("Angela Merkel visited Paris on Monday.");
document.getElementById("worker").textContent = annotation.mentions.map((m) => m.text).join(", ");

document.body.dataset.ready = String(handle.annotation.mentions.length);
