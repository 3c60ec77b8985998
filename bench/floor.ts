// The floor of the CLI's pipeline: the same reads and UTF-8 decoding into JavaScript strings, and a count of line
// breaks, with no detector. tcerr's time over this is the cost of finding and explaining errors; this over rg's
// is what any Node program pays to have the text as strings at all.
import { readAhead } from '../src/cli/read-ahead';
import { StreamingUtf8Decoder } from '../src/cli/utf8-decoder';

async function main(path: string): Promise<void> {
  const decoder = new StreamingUtf8Decoder(true);
  let lines = 0;
  const count = (text: string) => {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  };
  for await (const bytes of readAhead(path)) count(decoder.decode(bytes));
  count(decoder.end());
  process.stdout.write(`${lines}\n`);
}

void main(process.argv[2]);
