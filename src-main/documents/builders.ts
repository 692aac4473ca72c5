import type { DocumentKind, DocumentRequest } from '../contract/documents';
import type { DocumentModel } from './model';

/** How to build one kind of document from its request. */
export type DocumentBuilder<K extends DocumentKind> = (
  request: Extract<DocumentRequest, { kind: K }>,
) => DocumentModel | Promise<DocumentModel>;

/** One builder for every kind of document; each domain module contributes those of its own records. */
export type DocumentBuilders = { [K in DocumentKind]: DocumentBuilder<K> };

/** Builds the model of the requested document with the builder of its kind. */
export function buildDocument(request: DocumentRequest, builders: DocumentBuilders): Promise<DocumentModel> {
  const build = builders[request.kind] as DocumentBuilder<typeof request.kind>;
  return Promise.resolve(build(request));
}
