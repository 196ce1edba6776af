/**
 * `npm start` (after the build): the local preview. Options: `--port N` (or PORT; 0 picks a free
 * one), `--reset` to reseed the sample data, `--file PATH` (default .preview/workbook.json).
 */
import { parseArgs } from 'node:util';
import { messageOf } from '../../src/domain/message-of';
import { startPreview } from './preview';

const { values } = parseArgs({
  options: { port: { type: 'string' }, reset: { type: 'boolean' }, file: { type: 'string' } },
});
/** In words, without Node's stack trace: often a newcomer's first contact with the project. */
function stop(why: string): never {
  console.error(`The preview did not start: ${why}`);
  process.exit(1);
}

const port = Number(values.port ?? process.env.PORT ?? 8080);
if (!Number.isInteger(port) || port < 0 || port > 65535)
  stop(`"${values.port ?? process.env.PORT}" is not a port: use a whole number from 0 to 65535.`);

const preview = await startPreview({ port, reset: values.reset ?? false, file: values.file }).catch(
  (e: unknown) => stop(messageOf(e)),
);
console.log(
  `CRM preview: ${preview.url}  (workbook saved to ${values.file ?? '.preview/workbook.json'}; Ctrl+C stops)`,
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void preview.close().then(() => process.exit(0));
  });
}
