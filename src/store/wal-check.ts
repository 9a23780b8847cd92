// Committed transactions that SQLite would silently drop: read the write-ahead log's frames BEFORE SQLite opens
// the ledger (docs/security.md 32). SQLite replays the WAL up to the first frame whose checksum fails and
// forgets the rest, which is right for a crash mid-write (the torn frames belong to a transaction nobody was
// told is saved) and wrong when a frame in the middle was damaged afterwards: every transaction after it was
// acknowledged, fsynced (synchronous = FULL), and would vanish while `check` says ok.
//
// The rule, from the WAL format (sqlite.org/fileformat2.html#walformat): frames belong to the log's current
// generation when their salts equal the header's. Walk them with the running checksum; at the first frame of
// this generation that fails, look further: if any LATER frame of this generation is a commit frame, a
// committed transaction lies beyond the damage, and that is damage, not a crash. The checksums cover what is
// written to the file (the cipher's pages), so no key is needed.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

const HEADER = 32;
const FRAME_HEADER = 24;
const MAGIC_LE = 0x377f0682; // checksums over little-endian words
const MAGIC_BE = 0x377f0683; // … over big-endian words

export type WalVerdict =
  | { state: 'none' } // no WAL, empty, or not a WAL this check understands (SQLite ignores it as well)
  | { state: 'ok'; frames: number }
  | { state: 'loses-commits'; badFrame: number; commitsAfter: number };

/** SQLite's WAL checksum over `data` (a multiple of 8 bytes), continuing from `s`. */
function checksum(data: Buffer, littleEndian: boolean, s: [number, number]): [number, number] {
  let [s0, s1] = s;
  for (let i = 0; i < data.length; i += 8) {
    const x0 = littleEndian ? data.readUInt32LE(i) : data.readUInt32BE(i);
    const x1 = littleEndian ? data.readUInt32LE(i + 4) : data.readUInt32BE(i + 4);
    s0 = (s0 + x0 + s1) >>> 0;
    s1 = (s1 + x1 + s0) >>> 0;
  }
  return [s0, s1];
}

/** Read the WAL at `walPath` frame by frame (memory: one frame) and say whether opening would drop commits. */
export function checkWal(walPath: string): WalVerdict {
  let fd: number;
  try {
    fd = openSync(walPath, 'r');
  } catch {
    return { state: 'none' };
  }
  try {
    const size = fstatSync(fd).size;
    if (size < HEADER) return { state: 'none' };
    const header = Buffer.alloc(HEADER);
    readSync(fd, header, 0, HEADER, 0);
    const magic = header.readUInt32BE(0);
    if (magic !== MAGIC_LE && magic !== MAGIC_BE) return { state: 'none' };
    const le = magic === MAGIC_LE;
    const pageSize = header.readUInt32BE(8) === 1 ? 65536 : header.readUInt32BE(8);
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0) return { state: 'none' };
    let sum = checksum(header.subarray(0, 24), le, [0, 0]);
    // A header that fails its own checksum makes SQLite ignore the whole log: nothing of it was readable.
    if (sum[0] !== header.readUInt32BE(24) || sum[1] !== header.readUInt32BE(28)) return { state: 'none' };
    const salt1 = header.readUInt32BE(16);
    const salt2 = header.readUInt32BE(20);

    const frameSize = FRAME_HEADER + pageSize;
    const frame = Buffer.alloc(frameSize);
    const frames = Math.floor((size - HEADER) / frameSize);
    let badFrame = -1;
    let commitsAfter = 0;
    for (let i = 0; i < frames; i++) {
      readSync(fd, frame, 0, frameSize, HEADER + i * frameSize);
      const ours = frame.readUInt32BE(8) === salt1 && frame.readUInt32BE(12) === salt2;
      if (badFrame < 0) {
        if (!ours) return { state: 'ok', frames: i }; // the rest is an older generation, overwritten in time
        sum = checksum(frame.subarray(0, 8), le, sum);
        sum = checksum(frame.subarray(FRAME_HEADER), le, sum);
        if (sum[0] === frame.readUInt32BE(16) && sum[1] === frame.readUInt32BE(20)) continue;
        badFrame = i;
      } else if (ours && frame.readUInt32BE(4) !== 0) {
        commitsAfter += 1; // a commit frame of this generation beyond the damage
      }
    }
    if (badFrame >= 0 && commitsAfter > 0) return { state: 'loses-commits', badFrame, commitsAfter };
    return { state: 'ok', frames: badFrame >= 0 ? badFrame : frames };
  } finally {
    closeSync(fd);
  }
}
