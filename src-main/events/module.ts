import type { eventsChannels } from '../contract/events';
import type { CoreContext, DomainModule } from '../core-context';
import { eventsXlsx } from './export-xlsx';
import { EventPhotos } from './photos';

type EventChannel = keyof typeof eventsChannels;

/** The calendar: events and series, their outcomes, achievements and photos, and its .ics export. */
export function eventsModule(ctx: CoreContext): DomainModule<EventChannel> {
  const { events } = ctx.services;
  const photos = new EventPhotos(events, ctx.attachments, ctx.fileOpener);
  return {
    handlers: {
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
        return { path: await ctx.output.saveFile(new TextEncoder().encode(text), fileName, 'ics') };
      },
      'events:exportXlsx': (filter) => {
        const { title, events: found } = events.withOutcomes(filter);
        return ctx.saveWorkbook(title, (info) => eventsXlsx(title, found, info));
      },
      'home:week': (input) => events.week(input.overdueShown),
    },
  };
}
