import type { Handlers } from '../ipc/dispatcher';
import { AGREEMENT_REGISTER_TITLE } from '../documents/agreement-register';
import { AppError } from '../errors';
import type { AgreementDrafting } from './drafting';
import { agreementsRegisterXlsx } from './register-xlsx';
import type { AgreementScans } from './scans';
import type { AgreementsService } from './service';

type AgreementChannels =
  | 'agreements:list'
  | 'agreements:get'
  | 'agreements:nextNumber'
  | 'agreements:create'
  | 'agreements:update'
  | 'agreements:terminate'
  | 'agreements:addAmendment'
  | 'agreements:updateAmendment'
  | 'agreements:deleteAmendment'
  | 'agreements:delete'
  | 'agreements:attachScan'
  | 'agreements:openScan'
  | 'agreements:removeScan'
  | 'agreements:createFromTemplate'
  | 'agreements:exportRegister'
  | 'agreements:text'
  | 'agreements:alignText'
  | 'templates:fill'
  | 'home:attention';

export interface AgreementsHandlersDeps {
  agreements: AgreementsService;
  scans: AgreementScans;
  drafting: AgreementDrafting;
  saveFile: (bytes: Uint8Array, name: string, kind: 'xlsx') => Promise<string | null>;
  today: () => string;
}

export function agreementsHandlers({
  agreements,
  scans,
  drafting,
  saveFile,
  today,
}: AgreementsHandlersDeps): Pick<Handlers, AgreementChannels> {
  return {
    'agreements:createFromTemplate': ({ partnerId, templateId }) => drafting.createFromTemplate(partnerId, templateId),
    'templates:fill': ({ templateId, fields }) => drafting.fill(templateId, fields),
    'agreements:text': ({ id }) => drafting.text(id),
    'agreements:alignText': ({ id }) => drafting.alignText(id),
    'agreements:exportRegister': async (filter) => {
      const rows = agreements.list(filter);
      if (rows.length === 0) throw new AppError('not_found', 'В реестре нет договоров: измените условия отбора.');
      const bytes = await agreementsRegisterXlsx(rows, AGREEMENT_REGISTER_TITLE);
      return { path: await saveFile(bytes, `Реестр договоров ${today()}.xlsx`, 'xlsx') };
    },
    'agreements:delete': ({ id }) => scans.deleteAgreement(id),
    'agreements:attachScan': ({ agreementId, fileName, content }) => scans.attach(agreementId, fileName, content),
    'agreements:openScan': ({ id }) => scans.open(id),
    'agreements:removeScan': ({ id }) => scans.remove(id),
    'agreements:list': (filter) => agreements.list(filter),
    'agreements:get': ({ id }) => agreements.detail(id),
    'agreements:nextNumber': ({ signedOn }) => ({ number: agreements.nextNumber(signedOn) }),
    'agreements:create': (fields) => agreements.create(fields),
    'agreements:update': ({ id, fields }) => agreements.update(id, fields),
    'agreements:terminate': ({ id, date, reason }) => agreements.terminate(id, date, reason),
    'agreements:addAmendment': ({ agreementId, fields }) => agreements.addAmendment(agreementId, fields),
    'agreements:updateAmendment': ({ id, fields }) => agreements.updateAmendment(id, fields),
    'agreements:deleteAmendment': ({ id }) => agreements.deleteAmendment(id),
    'home:attention': () => agreements.attention(),
  };
}
