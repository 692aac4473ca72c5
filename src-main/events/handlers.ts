import type { FileOpener } from '../attachments/opener';
import type { AttachmentsService } from '../attachments/service';
import type { eventsChannels } from '../contract/events';
import type { DocumentOutput } from '../documents/output';
import type { Handlers } from '../ipc/dispatcher';
import { EventPhotos } from './photos';
import type { EventsService } from './service';

type EventChannels = keyof typeof eventsChannels;

export interface EventsHandlersDeps {
  events: EventsService;
  attachments: AttachmentsService;
  fileOpener: FileOpener;
  documentOutput: DocumentOutput;
}

export function eventsHandlers(deps: EventsHandlersDeps): Pick<Handlers, EventChannels> {
  const { events } = deps;
  const photos = new EventPhotos(events, deps.attachments, deps.fileOpener);
  return {
    'events:range': (filter) => events.range(filter),
    'events:get': ({ id }) => events.detail(id),
    'events:create': (fields) => events.create(fields),
    'events:update': ({ id, fields, scope, occurrenceStart }) => events.update(id, fields, scope, occurrenceStart),
    'events:move': ({ id, start, end, occurrenceStart }) => events.move(id, start, end, occurrenceStart),
    'events:undo': ({ undoToken }) => events.undo(undoToken),
    'events:setStatus': ({ id, status, reason, occurrenceStart }) =>
      events.setStatus(id, status, reason, occurrenceStart),
    'events:reschedule': ({ id, start, end, note, occurrenceStart }) =>
      events.reschedule(id, start, end, note, occurrenceStart),
    'events:delete': ({ id, scope, occurrenceStart }) => photos.deleteEvent(id, scope, occurrenceStart),
    'events:conflicts': (booking) => events.conflicts(booking),
    'events:saveOutcome': ({ id, outcome, achievements }) => events.saveOutcome(id, outcome, achievements),
    'events:attachPhoto': ({ id, fileName, content }) => photos.attach(id, fileName, content),
    'events:openPhoto': ({ id }) => photos.open(id),
    'events:removePhoto': ({ id }) => photos.remove(id),
    'events:skipHolidays': ({ id }) => events.skipHolidays(id),
    'planItems:generateEvents': ({ id, ...timing }) => events.generateFromPlanItem(id, timing),
    'events:exportIcs': async (filter) => {
      const { fileName, text } = events.icsFile(filter);
      return { path: await deps.documentOutput.saveFile(new TextEncoder().encode(text), fileName, 'ics') };
    },
    'home:week': () => events.week(),
  };
}
