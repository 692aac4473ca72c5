import { buildAgreementDocument } from '../../../../src-main/agreements/documents/agreement';
import { buildAmendmentDocument } from '../../../../src-main/agreements/documents/amendment';
import type { DocumentRequest } from '../../../../src-main/contract/documents';
import type { LoanDetail } from '../../../../src-main/contract/loans';
import { renderDocx } from '../../../../src-main/documents/docx';
import { renderHtml } from '../../../../src-main/documents/html';
import type { DocumentModel } from '../../../../src-main/documents/model';
import { buildLoanAct } from '../../../../src-main/loans/documents/loan-act';
import { buildPlanDocument } from '../../../../src-main/plans/documents/plan';
import { buildReviewScenario, SCENARIO_YEAR } from '../../../fixtures/review-scenario';
import { call, type TestCore } from '../../../kit';
import { addAcquisition } from '../../acquisitions/fixtures';
import { filledAgreement, PARTNER, SCHOOL } from '../../agreements/documents/fixtures';
import { loanFields } from '../../loans/fixtures';
import { SAMPLE_PLAN } from '../../plans/plan-sample';

/** One document as the app outputs it: the HTML it prints and turns into PDF, and its Word file. */
export interface PrintedDocument {
  name: string;
  html: string;
  docx: Uint8Array;
}

const LOAN: LoanDetail = {
  ...loanFields(1, {
    items: [
      {
        name: 'Самовар угольный',
        kind: 'exhibits',
        quantity: 1,
        inventoryNumber: 'ВЫС-014',
        condition: 'Удовлетворительное',
      },
      { name: 'Рушник вышитый', kind: 'exhibits', quantity: 3, inventoryNumber: 'КП-201', condition: 'Хорошее' },
    ],
  }),
  id: 12,
  partnerName: PARTNER.fullName,
  term: { status: 'returnedLate', daysLeft: null, daysLate: 2 },
  returnedOn: '2026-12-17',
  returnCondition: 'Удовлетворительное, без повреждений',
  returnRemarks: '',
  totalQuantity: 4,
  receiptActNumber: 'А-2026-3',
  returnActNumber: 'А-2026-9',
  createdAt: '2026-11-01T08:00:00.000Z',
  updatedAt: '2026-12-17T08:00:00.000Z',
};

const AMENDMENT = {
  number: 2,
  signedOn: '2027-05-20',
  newEndsOn: '2030-08-31',
  makesOpenEnded: false,
  text: 'Пункт 2.2 Договора дополнить словами «организовывать выездные мероприятия».',
};

/** Documents built straight from their models: the agreement, its amendment, the loan acts, a long plan. */
async function fromModels(): Promise<PrintedDocument[]> {
  const agreement = filledAgreement();
  const models: [string, DocumentModel][] = [
    ['agreement', buildAgreementDocument({ agreement, partner: PARTNER, school: SCHOOL })],
    ['amendment', buildAmendmentDocument({ agreement, amendment: AMENDMENT, partner: PARTNER, school: SCHOOL })],
    [
      'loan-receipt',
      buildLoanAct({ loan: LOAN, partner: PARTNER, school: SCHOOL, city: 'Зверево', variant: 'receipt' }),
    ],
    ['loan-return', buildLoanAct({ loan: LOAN, partner: PARTNER, school: SCHOOL, city: 'Зверево', variant: 'return' })],
    ['plan', buildPlanDocument({ plan: SAMPLE_PLAN, school: SCHOOL, groupBy: 'month' })],
  ];
  return Promise.all(
    models.map(async ([name, model]) => ({ name, html: renderHtml(model), docx: await renderDocx(model) })),
  );
}

/** Documents of a year's records, through the documents' channels as the app makes them. */
async function fromRecords(core: TestCore): Promise<PrintedDocument[]> {
  await buildReviewScenario(core);
  await call(core, 'acquisitions:saveApproval', {
    approverPosition: '',
    approverName: '',
    approvalOrderNumber: '112-о',
    approvalOrderDate: '2026-09-01',
  });
  await addAcquisition(core);
  await addAcquisition(core, { name: 'Интерактивный комплекс для кабинета естественнонаучных дисциплин', quantity: 1 });
  const blank = (await call(core, 'surveyTemplates:list', {})).find((t) => t.builtIn);
  const requests: [string, DocumentRequest][] = [
    ['analytic-report', { kind: 'analyticReport', year: SCENARIO_YEAR }],
    ['model-of-interaction', { kind: 'modelOfInteraction', year: SCENARIO_YEAR }],
    ['register', { kind: 'agreementRegister', filter: {} }],
    ['acquisition-plan', { kind: 'acquisitionPlan', fromYear: 2026, toYear: 2030 }],
    ['year-plan', { kind: 'plan', year: SCENARIO_YEAR, groupBy: 'partner' }],
    ...(blank ? [['survey-blank', { kind: 'surveyBlank', templateId: blank.id }] as [string, DocumentRequest]] : []),
  ];
  const documents: PrintedDocument[] = [];
  for (const [name, request] of requests) {
    const { html } = await call(core, 'documents:preview', request);
    await call(core, 'documents:saveDocx', request);
    const docx = core.output.saved.at(-1)?.content;
    if (!(docx instanceof Uint8Array)) throw new Error(`no Word file of ${name}`);
    documents.push({ name, html, docx });
  }
  return documents;
}

/** Every kind of document the app prints. */
export async function printedDocuments(core: TestCore): Promise<PrintedDocument[]> {
  return [...(await fromModels()), ...(await fromRecords(core))];
}
