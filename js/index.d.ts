// Types of the article-annotator package. The JSON contract (Annotation and its parts) is
// generated from the Rust side into article_annotator.d.ts and re-exported here.

import type { Annotation, Block, BlockKind, Entity, Label, Mention, Quote, QuoteKind, TextRange, TextSpan } from "./article_annotator.js";
import { Annotator } from "./article_annotator.js";

export type { Annotation, Block, BlockKind, Entity, Label, Mention, Quote, QuoteKind, TextRange, TextSpan };
export { Annotator };

/** Options of annotate(). */
export interface AnnotateOptions {
  /** Keep only mentions (and entities) with these labels. */
  labels?: readonly Label[];
}

/** Where the WebAssembly module comes from, when not from next to the package's files. */
export type WasmSource = string | URL | Request | Response | BufferSource | WebAssembly.Module;

/** Loads the WebAssembly module once (Node's entry has already done it). */
export function init(source?: WasmSource | Promise<WasmSource>): Promise<void>;
/** Loads the WebAssembly module synchronously from its bytes or a compiled module. */
export function initFromBytes(bytes: BufferSource | WebAssembly.Module): void;
/** Whether the module is loaded, so annotateSync() can be called. */
export function isReady(): boolean;
/** Annotates text, loading the module first if needed. Offsets are UTF-16 code units. */
export function annotate(text: string, options?: AnnotateOptions): Promise<Annotation>;
/** Annotates text once the module is loaded; throws before. */
export function annotateSync(text: string, options?: AnnotateOptions): Annotation;

/** A stretch of text with one decoration. */
export interface Run extends TextRange {
  mention: Mention | null;
  quote: Quote | null;
  role: { kind: "cue" | "speaker"; quote: Quote } | null;
}
/** A block of the article (with runs) or the white space between blocks. */
export interface Part extends TextRange {
  type: "block" | "gap";
  kind?: BlockKind;
  runs: Run[];
}
/** The pure layout: parts that tile the text, runs that tile each part. */
export function layout(text: string, annotation: Annotation, options?: { labels?: Iterable<Label> }): Part[];
/** Mentions per label. */
export function countLabels(annotation: Annotation): Partial<Record<Label, number>>;

export interface RenderOptions {
  labels?: Iterable<Label>;
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
  /** Milliseconds of work between two pauses for the browser (default 12). */
  sliceMs?: number;
}
/** Writes the annotated text into container; its textContent equals text afterwards. */
export function renderArticle(container: Element, text: string, annotation: Annotation, options?: RenderOptions): Promise<{ parts: Part[]; complete: boolean }>;

/** What hover and click callbacks receive. */
export interface HighlightInfo {
  mention: Mention;
  entity: Entity | null;
  /** Quotes said by the mention's entity. */
  quotes: Quote[];
  annotation: Annotation;
}
export interface HighlightOptions {
  labels?: readonly Label[];
  /** Colours per label, and "QUOTE" for quotes; CSS colour strings. */
  colors?: Partial<Record<Label | "QUOTE", string>>;
  /** Highlight quotes too (default true). */
  quotes?: boolean;
  /** "highlights": CSS Custom Highlight API, no DOM change; "wrap": <mark> elements; "auto" (default) picks the first. */
  mode?: "auto" | "highlights" | "wrap";
  /** Re-annotate when the element's content changes (default true). */
  observe?: boolean;
  /** Milliseconds to wait after a change before re-annotating (default 150). */
  debounce?: number;
  onHover?: (info: HighlightInfo | null, event: PointerEvent) => void;
  onClick?: (info: HighlightInfo, event: MouseEvent) => void;
  /** Where annotations come from (default: annotate() in this thread), e.g. an AnnotatorWorker. */
  annotate?: (text: string) => Promise<Annotation>;
}
export interface HighlightHandle {
  readonly element: Element;
  readonly mode: "highlights" | "wrap";
  /** The text that was annotated (text nodes joined, blank lines between blocks). */
  readonly text: string;
  readonly annotation: Annotation | null;
  /** Re-reads the text, annotates again and repaints. */
  update(): Promise<HighlightHandle>;
  /** Removes all highlights and listeners; the DOM is exactly as before. */
  clear(): void;
  /** The innermost mention at a UTF-16 offset of `text`. */
  infoAt(offset: number): HighlightInfo | null;
}
/** Annotates an existing element's text and highlights it in place. */
export function highlight(element: Element, options?: HighlightOptions): Promise<HighlightHandle>;
/** The text highlight() annotates for element, and where each text node sits in it. */
export function textOf(element: Element): { text: string; segments: { node: Text; start: number; end: number }[] };

export interface LabelInfo {
  name: string;
  spoken: string;
  abbr: string;
  family: keyof typeof FAMILIES;
  line: "solid" | "dashed" | "dotted" | "double" | "wavy";
}
export const LABELS: Readonly<Record<Label, LabelInfo>>;
export const LABEL_NAMES: readonly Label[];
export const FAMILIES: Readonly<Record<"people" | "groups" | "places" | "things" | "time" | "numbers" | "quotes", { name: string; color: string }>>;
export function labelColor(label: Label | "QUOTE", overrides?: Partial<Record<Label | "QUOTE", string>>): string;

export interface CardDescription {
  title: string;
  fields: [string, string][];
  note: string;
}
export function describeMention(annotation: Annotation, id: string): CardDescription | null;
export function describeQuote(annotation: Annotation, id: string, text?: string): CardDescription | null;

/** The annotation as pretty JSON, with its text. */
export function toJSON(text: string, annotation: Annotation): string;
export interface WebAnnotationSelector {
  type: "TextQuoteSelector" | "TextPositionSelector";
  exact?: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
}
export interface WebAnnotation {
  id: string;
  type: "Annotation";
  motivation: "tagging" | "describing";
  body: { type: "TextualBody"; purpose: "tagging" | "identifying" | "describing"; value: string }[];
  target: { source: string; selector: WebAnnotationSelector[] };
}
export interface WebAnnotationCollection {
  "@context": "http://www.w3.org/ns/anno.jsonld";
  type: "AnnotationCollection";
  total: number;
  first: { type: "AnnotationPage"; startIndex: 0; items: WebAnnotation[] };
}
/** W3C Web Annotations (positions in code points, as the model requires). */
export function toWebAnnotations(text: string, annotation: Annotation, options?: { source?: string; context?: number }): WebAnnotationCollection;
/** The rendered article as standalone HTML with inline colours. */
export function toHTML(article: Element, options?: { colors?: Partial<Record<Label | "QUOTE", string>> }): string;

/** Defines <article-annotator> (or another name) once; returns the class. */
export function defineArticleAnnotator(name?: string): CustomElementConstructor;

/** Annotation in a Web Worker; cancel() stops work in flight. */
export class AnnotatorWorker {
  constructor(options?: { url?: string | URL });
  readonly busy: boolean;
  annotate(text: string, options?: AnnotateOptions): Promise<{ annotation: Annotation; ms: number }>;
  /** Starts the worker and loads the WebAssembly module now, so the first request does not wait; a cancel() then starts a warm one again. */
  warm(): void;
  /** Stops work in flight (terminating the worker when the work is long). */
  cancel(): void;
  terminate(): void;
}

/** The reading experience around a rendered article (legend, card, panel, keyboard). */
export class ArticleView {
  constructor(parts: { article: HTMLElement; legend?: HTMLElement | null; panel?: HTMLElement | null; card?: HTMLElement | null });
  readonly text: string;
  readonly annotation: Annotation | null;
  /** Resolves when the article, legend and (after the article is painted) the panel are shown. */
  show(
    text: string,
    annotation: Annotation,
    options?: { signal?: AbortSignal; onProgress?: (fraction: number) => void; onArticle?: () => void },
  ): Promise<boolean>;
  setLabelVisible(label: Label | "QUOTE", visible: boolean): void;
  light(entityId: string | null): void;
  choose(target: { entity?: string | null; mention?: string | null; quote?: string | null }): void;
}
/** Resolves once the browser has painted the document as it is now. */
export function afterPaint(doc?: Document): Promise<void>;
export const ARTICLE_CSS: string;
export function articleSheet(): CSSStyleSheet;

/** A block of pasted HTML: its kind and UTF-16 range in the returned text. */
export interface HtmlBlock extends TextRange {
  kind: BlockKind;
}
/**
 * Turns pasted HTML (the clipboard's "text/html") into article text, one block per line with a
 * blank line between blocks, leaving out scripts, styles, navigation and page furniture. The HTML
 * is parsed in an inert document; nothing runs and the page is not touched.
 */
export function htmlToArticle(html: string): { text: string; blocks: HtmlBlock[] };
