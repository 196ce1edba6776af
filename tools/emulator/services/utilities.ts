/**
 * Utilities: date formatting, UUIDs, sleeping on the simulated clock, base64 and digests.
 * Byte arrays are Java's: numbers from -128 to 127.
 * https://developers.google.com/apps-script/reference/utilities/utilities
 */
import { createHash } from 'node:crypto';
import { ANY, enter, type ServiceContext } from './access';
import { formatDate } from './date-format';
import { makeEnum } from './enums';

export const DigestAlgorithm = makeEnum(['MD2', 'MD5', 'SHA_1', 'SHA_256', 'SHA_384', 'SHA_512']);
export const Charset = makeEnum(['US_ASCII', 'UTF_8']);

const NODE_DIGEST: Record<string, string> = {
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};

const toSigned = (buffer: Buffer): number[] => [...buffer].map((b) => (b > 127 ? b - 256 : b));
const toBuffer = (data: string | number[]): Buffer =>
  typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.map((b) => b & 0xff));

export class Utilities {
  readonly DigestAlgorithm = DigestAlgorithm;
  readonly Charset = Charset;
  private uuids = 0;

  /** UUIDs are derived from a seed, so a test run is repeatable; each one is still unique. */
  constructor(
    private readonly ctx: ServiceContext,
    private readonly seed: string,
  ) {}

  formatDate(date: Date, timeZone: string, format: string): string {
    enter(this.ctx, 'Utilities.formatDate', ANY);
    if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw new Error('Invalid argument: date');
    return formatDate(date, String(timeZone), String(format));
  }

  getUuid(): string {
    enter(this.ctx, 'Utilities.getUuid', ANY);
    const hex = createHash('sha256')
      .update(`${this.seed}:${this.uuids++}`)
      .digest('hex');
    const variant = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }

  /** Time passes on the simulated clock; the execution limit applies at the next call. */
  sleep(milliseconds: number): void {
    enter(this.ctx, 'Utilities.sleep', ANY);
    this.ctx.rt.clock.advance(milliseconds);
  }

  base64Encode(data: string | number[]): string {
    enter(this.ctx, 'Utilities.base64Encode', ANY);
    return toBuffer(data).toString('base64');
  }

  base64Decode(encoded: string): number[] {
    enter(this.ctx, 'Utilities.base64Decode', ANY);
    return toSigned(Buffer.from(encoded, 'base64'));
  }

  computeDigest(algorithm: (typeof DigestAlgorithm)[keyof typeof DigestAlgorithm], value: string | number[]) {
    enter(this.ctx, 'Utilities.computeDigest', ANY);
    const name = NODE_DIGEST[algorithm.name()];
    if (!name) throw new Error(`Digest ${algorithm.name()} is not emulated.`);
    return toSigned(createHash(name).update(toBuffer(value)).digest());
  }
}
