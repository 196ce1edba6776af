/**
 * Apps Script's own error texts, word for word, so code and tests that match on them behave as
 * they will in a real spreadsheet. A link says where the text was seen in the wild; "unverified"
 * marks wording known from use of Apps Script that no stored page confirmed.
 */

const fail = (message: string) => new Error(message);

// https://github.com/chriskyfung/AutoFetcher-IG-Stories-to-GDrive/issues/51
export const tooFewRows = () => fail('The number of rows in the range must be at least 1.');
export const tooFewColumns = () => fail('The number of columns in the range must be at least 1.');

// The first row or column of getRange(row, column) below 1 (unverified).
export const startRowTooSmall = () => fail('The starting row of the range is too small.');
export const startColumnTooSmall = () => fail('The starting column of the range is too small.');

// getRange past the last row or column; the wording scripts report, also copied word for word by
// many hand-written Apps Script fakes on GitHub.
export const outsideSheet = () =>
  fail('The coordinates of the range are outside the dimensions of the sheet.');

// A malformed A1 reference (unverified).
export const rangeNotFound = () => fail('Range not found');

// https://github.com/alpatania/sassafras/issues/8
export const dataRowsMismatch = (data: number, range: number) =>
  fail(
    `The number of rows in the data does not match the number of rows in the range. The data has ${data} but the range has ${range}.`,
  );
export const dataColumnsMismatch = (data: number, range: number) =>
  fail(
    `The number of columns in the data does not match the number of columns in the range. The data has ${data} but the range has ${range}.`,
  );

// https://github.com/asimlqt/php-google-spreadsheet-client/issues/170 (the same backend message)
export const duplicateSheet = (name: string) =>
  fail(`A sheet with the name "${name}" already exists. Please enter another name.`);

// Growing a workbook past its 10 million cells (https://support.google.com/docs/answer/37603);
// the wording scripts and Sheets API clients report, e.g. from addSheet and setValues.
export const cellLimit = () =>
  fail('This action would increase the number of cells in the workbook above the limit of 10000000 cells.');

// https://github.com/googleapis/google-api-php-client/issues/1293
export const lastSheet = () => fail("You can't remove all the sheets in a document.");

// https://github.com/theoephraim/node-google-spreadsheet/issues/186
export const allNonFrozenRows = () => fail('Sorry, it is not possible to delete all non-frozen rows.');
// The column twin of the row message above (unverified).
export const allNonFrozenColumns = () => fail('Sorry, it is not possible to delete all non-frozen columns.');

// deleteRows/insertRows past the grid (unverified).
export const rowsOutOfBounds = () => fail('Those rows are out of bounds.');
export const columnsOutOfBounds = () => fail('Those columns are out of bounds.');

// https://github.com/google/ads-account-structure-script/issues/2
export const freezeAllRows = () => fail("You can't freeze all visible rows on the sheet.");
// The column twin (unverified).
export const freezeAllColumns = () => fail("You can't freeze all visible columns on the sheet.");

// addDeveloperMetadata on a block that is not whole rows or columns (unverified).
export const metadataNotWholeLine = () =>
  fail(
    'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.',
  );

// A value Apps Script refuses for an argument, e.g. an unknown time zone.
export const invalidArgument = (name: string) => fail(`Invalid argument: ${name}`);

/** What Apps Script says when an argument has the wrong type, e.g. setValues([1, 2]) (unverified). */
export const signatureMismatch = (given: string, method: string) =>
  fail(`The parameters (${given}) don't match the method signature for SpreadsheetApp.${method}.`);

// getCell outside the range (unverified).
export const cellOutOfRange = () => fail('Cell reference out of range');

// updateChart of a chart not on the sheet (the emulator's own wording).
export const chartNotFound = () => fail('The chart does not exist on this sheet.');

// An id that is not this document's (Apps Script gives no clearer message for a bad id).
export const openByIdFailed = () =>
  fail('Unexpected error while getting the method or property openById on object SpreadsheetApp.');

// What a script sees calling getUi() where nobody is looking at the document (a trigger).
export const noUi = () => fail('Cannot call SpreadsheetApp.getUi() from this context.');
