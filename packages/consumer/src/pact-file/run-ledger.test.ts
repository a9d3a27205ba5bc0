import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { appendFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RunLedger, type LedgerEntry } from './run-ledger';

const DEAD_PID = 999999999;

let pactFile: string;
let ledgerFile: string;
let sibling: ChildProcess;

// A pact path of its own per test, so that no two tests (or workers) share a ledger.
beforeEach(() => {
  pactFile = join(tmpdir(), `treaty-ledger-test-${randomBytes(6).toString('hex')}`, 'web-api.json');
  ledgerFile = join(tmpdir(), 'treaty-pact-ledgers', `${createHash('sha1').update(pactFile).digest('hex')}.jsonl`);
  // A live process standing in for a parallel worker of the same run.
  sibling = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
});
afterEach(async () => {
  await stop(sibling);
  rmSync(ledgerFile, { force: true });
});

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill();
  });
}

const entry = (key: string, pid: number, test: string): LedgerEntry => ({
  key,
  pid,
  ppid: process.ppid,
  test,
});

describe('RunLedger', () => {
  it('names the live sibling that last wrote an interaction', () => {
    const ledger = new RunLedger(pactFile);
    ledger.append([entry('get order', sibling.pid!, 'first'), entry('get order', sibling.pid!, 'second')]);
    expect(new RunLedger(pactFile).siblingEntry('get order')).toEqual(entry('get order', sibling.pid!, 'second'));
  });

  it("ignores this process's own entries and other keys", () => {
    const ledger = new RunLedger(pactFile);
    ledger.append([entry('get order', process.pid, 'mine'), entry('list orders', sibling.pid!, 'theirs')]);
    expect(ledger.siblingEntry('get order')).toBeUndefined();
    expect(ledger.siblingEntry('delete order')).toBeUndefined();
  });

  it('ignores a writer that is not a sibling (another parent) or has exited', async () => {
    const ledger = new RunLedger(pactFile);
    ledger.append([{ ...entry('get order', sibling.pid!, 'elsewhere'), ppid: process.pid }]);
    expect(ledger.siblingEntry('get order')).toBeUndefined();
    ledger.append([entry('list orders', sibling.pid!, 'sibling')]);
    expect(ledger.siblingEntry('list orders')?.test).toBe('sibling');
    await stop(sibling);
    expect(ledger.siblingEntry('list orders')).toBeUndefined();
  });

  it("drops dead processes' entries when a new ledger first writes", () => {
    new RunLedger(pactFile).append([entry('old run', DEAD_PID, 'old'), entry('live', sibling.pid!, 'live')]);
    new RunLedger(pactFile).append([entry('mine', process.pid, 'mine')]);
    const keys = readFileSync(ledgerFile, 'utf8')
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as LedgerEntry).key);
    expect(keys).toEqual(['live', 'mine']);
  });

  it('skips a line torn by a crashed writer', () => {
    const ledger = new RunLedger(pactFile);
    ledger.append([entry('get order', sibling.pid!, 'before')]);
    appendFileSync(ledgerFile, '{"key":"get order","ha');
    appendFileSync(ledgerFile, `\n${JSON.stringify(entry('list orders', sibling.pid!, 'after'))}\n`);
    expect(ledger.siblingEntry('get order')?.test).toBe('before');
    expect(ledger.siblingEntry('list orders')?.test).toBe('after');
  });

  it('writes nothing for no entries', () => {
    new RunLedger(pactFile).append([]);
    expect(() => readFileSync(ledgerFile)).toThrow(expect.objectContaining({ code: 'ENOENT' }));
  });
});
