/** The <article-annotator> element class, defined on import. */
export declare const ArticleAnnotatorElement: CustomElementConstructor;
