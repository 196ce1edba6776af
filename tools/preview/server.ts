/**
 * `npm start` (after the build): the local preview. Options: `--port N` (or PORT; 0 picks a free
 * one), `--reset` to reseed the sample data, `--file PATH` (default .preview/workbook.json).
 */
import { parseArgs } from 'node:util';
import { startPreview } from './preview';

const { values } = parseArgs({
  options: { port: { type: 'string' }, reset: { type: 'boolean' }, file: { type: 'string' } },
});
const port = Number(values.port ?? process.env.PORT ?? 8080);
if (!Number.isInteger(port) || port < 0 || port > 65535)
  throw new Error(`Not a port: ${values.port ?? process.env.PORT}`);

const preview = await startPreview({ port, reset: values.reset ?? false, file: values.file });
console.log(
  `CRM preview: ${preview.url}  (workbook saved to ${values.file ?? '.preview/workbook.json'}; Ctrl+C stops)`,
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void preview.close().then(() => process.exit(0));
  });
}
