// article-annotator: annotate news articles (structure, entities, quotes and speakers) in the
// browser, in workers, with bundlers and in Node. See README.md.

export { init, initFromBytes, isReady, annotate, annotateSync, Annotator } from "./core.js";
export { layout, countLabels } from "./layout.js";
export { renderArticle } from "./render.js";
export { highlight, textOf } from "./highlight.js";
export { LABELS, LABEL_NAMES, FAMILIES, labelColor } from "./labels.js";
export { describeMention, describeQuote } from "./card.js";
export { toJSON, toWebAnnotations, toHTML } from "./export.js";
export { defineArticleAnnotator } from "./element.js";
export { AnnotatorWorker } from "./worker-client.js";
export { ArticleView, afterPaint } from "./viewer.js";
export { htmlToArticle } from "./html-paste.js";
export { articleSheet, ARTICLE_CSS } from "./styles.js";
