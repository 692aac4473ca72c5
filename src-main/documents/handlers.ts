import type { DocumentRequest } from '../contract/documents';
import type { Logger } from '../errors';
import type { Handlers } from '../ipc/dispatcher';
import { buildDocument, type DocumentBuilders } from './builders';
import { renderDocx } from './docx';
import { suggestedFileName } from '../files/file-name';
import { renderHtml } from './html';
import type { DocumentOutput } from '../files/output';

export type DocumentChannel = 'documents:preview' | 'documents:print' | 'documents:savePdf' | 'documents:saveDocx';

/** Preview, print, PDF and Word for every kind of document, each built by its domain's builder. */
export function documentsHandlers(
  output: DocumentOutput,
  builders: DocumentBuilders,
  logger: Logger,
): Pick<Handlers, DocumentChannel> {
  const build = (request: DocumentRequest) => buildDocument(request, builders);
  return {
    'documents:preview': async (request) => {
      const model = await build(request);
      return { title: model.title, html: renderHtml(model) };
    },
    'documents:print': async (request) => {
      const model = await build(request);
      return { done: await output.print(renderHtml(model), model.title) };
    },
    'documents:savePdf': async (request) => {
      const model = await build(request);
      return { path: await output.savePdf(renderHtml(model), suggestedFileName(model.title, 'pdf')) };
    },
    'documents:saveDocx': async (request) => {
      const model = await build(request);
      const bytes = await renderDocx(model, {
        onChartFailed: (error) => logger.error(`A chart of «${model.title}» went into the Word file as a table`, error),
      });
      return { path: await output.saveFile(bytes, suggestedFileName(model.title, 'docx'), 'docx') };
    },
  };
}
