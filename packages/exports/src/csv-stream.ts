import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';

/**
 * Rows as CSV bytes, through csv-stringify's streaming API: UTF-8 with a byte-order mark (so
 * Excel reads Arabic and accented names as UTF-8), a header line, RFC 4180 quoting and line
 * ends. Rows are pulled from `rows` only as fast as the reader takes the bytes, so a large
 * export holds a page of rows at a time whatever its size. Cells must already be inert text
 * or plain numbers (core's `inertText`, `majorUnits`): the writer only quotes.
 */
export function csvStream<Column extends string>(
  rows: AsyncIterable<Record<Column, string>>,
  columns: readonly Column[],
): Readable {
  const stringifier = stringify({
    bom: true,
    header: true,
    columns: [...columns],
    record_delimiter: 'windows',
  });
  const source = Readable.from(rows);
  // `pipe` does not pass errors on: a failed read must end the file as failed, not short.
  source.on('error', (error) => stringifier.destroy(error));
  return source.pipe(stringifier);
}
