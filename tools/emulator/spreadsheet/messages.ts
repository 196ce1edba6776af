/**
 * Apps Script's own error texts, word for word, so code and tests that match on them behave as
 * they will in a real spreadsheet. Each cites where the text was seen in the wild.
 */

const fail = (message: string) => new Error(message);

// https://github.com/chriskyfung/AutoFetcher-IG-Stories-to-GDrive/issues/51
export const tooFewRows = () => fail('The number of rows in the range must be at least 1.');
export const tooFewColumns = () => fail('The number of columns in the range must be at least 1.');

// The first row or column of getRange(row, column) below 1 (Apps Script's V8 runtime wording).
export const startRowTooSmall = () => fail('The starting row of the range is too small.');
export const startColumnTooSmall = () => fail('The starting column of the range is too small.');

// Seen with getRange past the last row (many scripts' fakes copy it, e.g. the ones find_string lists
// for this phrase); it is the Sheets service's wording.
export const outsideSheet = () =>
  fail('The coordinates of the range are outside the dimensions of the sheet.');

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

// https://github.com/googleapis/google-api-php-client/issues/1293
export const lastSheet = () => fail("You can't remove all the sheets in a document.");

// https://github.com/theoephraim/node-google-spreadsheet/issues/186
export const allNonFrozenRows = () => fail('Sorry, it is not possible to delete all non-frozen rows.');
export const allNonFrozenColumns = () => fail('Sorry, it is not possible to delete all non-frozen columns.');

export const rowsOutOfBounds = () => fail('Those rows are out of bounds.');
export const columnsOutOfBounds = () => fail('Those columns are out of bounds.');

// https://github.com/google/ads-account-structure-script/issues/2
export const freezeAllRows = () => fail("You can't freeze all visible rows on the sheet.");
export const freezeAllColumns = () => fail("You can't freeze all visible columns on the sheet.");

export const metadataNotWholeLine = () =>
  fail(
    'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.',
  );

export const invalidArgument = (name: string) => fail(`Invalid argument: ${name}`);

export const sheetDeleted = () => fail('The sheet has been deleted.');
