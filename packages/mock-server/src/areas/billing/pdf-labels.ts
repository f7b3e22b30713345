/** The words of invoice and statement PDFs, in each language the mock speaks. */
export interface PdfLabels {
  /** Between a label and its value: French puts a space before the colon. */
  colon: string;
  invoice: string;
  statement: string;
  issued: string;
  due: string;
  billTo: string;
  taxId: string;
  description: string;
  quantity: string;
  unitPrice: string;
  taxRate: string;
  amount: string;
  subtotal: string;
  tax: (rate: string, base: string) => string;
  total: string;
  amountPaid: string;
  amountDue: string;
  paidOn: (day: string) => string;
  status: Record<'open' | 'overdue' | 'void' | 'refunded', string>;
  creditNote: string;
  /** Under a credit note's heading: the invoice it credits. */
  creditNoteFor: (number: string, day: string) => string;
  /** A credit note's outcome: money back, or less to pay on its invoice. */
  refundedOn: (day: string) => string;
  deductedFrom: (number: string) => string;
  /** An invoice's total line for one credit note against it. */
  creditedBy: (number: string) => string;
  period: (from: string, to: string) => string;
  date: string;
  reference: string;
  balance: string;
  openingBalance: string;
  closingBalance: string;
  kinds: Record<'invoice' | 'credit_note' | 'payment' | 'refund', string>;
}

const en: PdfLabels = {
  colon: ': ',
  invoice: 'Invoice',
  statement: 'Statement',
  issued: 'Issued',
  due: 'Due',
  billTo: 'Bill to',
  taxId: 'VAT',
  description: 'Description',
  quantity: 'Qty',
  unitPrice: 'Unit price',
  taxRate: 'VAT',
  amount: 'Amount',
  subtotal: 'Subtotal',
  tax: (rate, base) => `VAT ${rate} on ${base}`,
  total: 'Total',
  amountPaid: 'Amount paid',
  amountDue: 'Amount due',
  paidOn: (day) => `Paid on ${day}`,
  status: {open: 'Open', overdue: 'Overdue', void: 'Void', refunded: 'Credited in full'},
  creditNote: 'Credit note',
  creditNoteFor: (number, day) => `For invoice ${number} of ${day}`,
  refundedOn: (day) => `Refunded on ${day}`,
  deductedFrom: (number) => `Deducted from invoice ${number}`,
  creditedBy: (number) => `Credit note ${number}`,
  period: (from, to) => `${from} to ${to}`,
  date: 'Date',
  reference: 'Reference',
  balance: 'Balance',
  openingBalance: 'Opening balance',
  closingBalance: 'Closing balance',
  kinds: {invoice: 'Invoice', credit_note: 'Credit note', payment: 'Payment', refund: 'Refund'},
};

const fr: PdfLabels = {
  colon: '\u00a0: ',
  invoice: 'Facture',
  statement: 'Relevé de compte',
  issued: 'Date d’émission',
  due: 'Échéance',
  billTo: 'Facturé à',
  taxId: 'TVA',
  description: 'Désignation',
  quantity: 'Qté',
  unitPrice: 'Prix unitaire',
  taxRate: 'TVA',
  amount: 'Montant',
  subtotal: 'Total HT',
  tax: (rate, base) => `TVA ${rate} sur ${base}`,
  total: 'Total TTC',
  amountPaid: 'Déjà réglé',
  amountDue: 'Reste à payer',
  paidOn: (day) => `Payée le ${day}`,
  status: {open: 'À payer', overdue: 'En retard', void: 'Annulée', refunded: 'Annulée par avoir'},
  creditNote: 'Avoir',
  creditNoteFor: (number, day) => `Sur la facture ${number} du ${day}`,
  refundedOn: (day) => `Remboursé le ${day}`,
  deductedFrom: (number) => `Déduit de la facture ${number}`,
  creditedBy: (number) => `Avoir ${number}`,
  period: (from, to) => `Du ${from} au ${to}`,
  date: 'Date',
  reference: 'Référence',
  balance: 'Solde',
  openingBalance: 'Solde initial',
  closingBalance: 'Solde final',
  kinds: {invoice: 'Facture', credit_note: 'Avoir', payment: 'Paiement', refund: 'Remboursement'},
};

const LABELS: Readonly<Record<string, PdfLabels>> = {en, fr};

/** The member's language if the PDFs speak it, else English. */
export function pdfLanguage(locale: string): 'en' | 'fr' {
  return locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export const pdfLabels = (locale: string): PdfLabels => LABELS[pdfLanguage(locale)] ?? en;

/** `10 February 2026` / `10 février 2026` for a calendar day. */
export function formatDay(day: string, language: string): string {
  return new Intl.DateTimeFormat(language, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.parse(`${day}T12:00:00Z`));
}

/** A rate in basis points as a percentage: `20%` / `20 %`, `5.5%`. */
export function formatRate(rate: number, language: string): string {
  return new Intl.NumberFormat(language, {style: 'percent', maximumFractionDigits: 2}).format(
    rate / 10_000,
  );
}
