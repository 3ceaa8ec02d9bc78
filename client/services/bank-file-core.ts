/** What every platform's bank-file chooser shares (kept apart: `./bank-file` names the platform's own file). */

/** A file the person picked, read whole: what `funds.bankImport` takes. */
export type PickedFile = { fileName: string; base64: string }

/** The kinds of result file banks send: their CSV, or an Excel workbook. */
export const BANK_FILE_EXTENSIONS = ['csv', 'xlsx', 'xls'] as const
