// Importing "article-annotator/element" defines <article-annotator>.
import { defineArticleAnnotator } from "./element.js";

export const ArticleAnnotatorElement = defineArticleAnnotator();
