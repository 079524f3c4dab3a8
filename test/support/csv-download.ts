import { Readable } from 'node:stream';
import { parse } from 'csv-parse';

const BOM = [0xef, 0xbb, 0xbf];

/** The body's bytes, checked to start with the UTF-8 byte-order mark, without it. */
async function* bytesAfterBom(body: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = body.getReader();
  let first = true;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    if (first) {
      first = false;
      if (!BOM.every((byte, i) => value[i] === byte)) {
        throw new Error('the file does not start with a UTF-8 byte-order mark');
      }
      yield value.subarray(BOM.length);
    } else yield value;
  }
}

/**
 * A CSV answer read back as a spreadsheet would: csv-parse, record by record as the bytes
 * arrive (never the whole file in memory), the header line as the keys.
 */
export async function* csvRecords(
  body: ReadableStream<Uint8Array> | null,
): AsyncGenerator<Record<string, string>> {
  if (!body) throw new Error('the answer has no body');
  const source = Readable.from(bytesAfterBom(body));
  const parser = parse({ columns: true });
  source.on('error', (error) => parser.destroy(error));
  yield* source.pipe(parser);
}

/** Every record of a CSV answer, for the small files a test reads whole. */
export async function csvOf(response: Response): Promise<Record<string, string>[]> {
  const records: Record<string, string>[] = [];
  for await (const record of csvRecords(response.body)) records.push(record);
  return records;
}
