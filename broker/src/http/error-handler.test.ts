import Fastify from 'fastify';
import Database from 'better-sqlite3';
import { installErrorHandler } from './error-handler';

async function answerTo(error: Error) {
  const app = Fastify();
  installErrorHandler(app);
  app.post('/pacticipants', async () => {
    throw error;
  });
  const reply = await app.inject({ method: 'POST', url: '/pacticipants', payload: {} });
  await app.close();
  return { status: reply.statusCode, code: (reply.json() as { error: { code: string } }).error.code };
}

describe('database errors', () => {
  it.each(['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_BUSY_TIMEOUT', 'SQLITE_LOCKED_SHAREDCACHE'])(
    'answers a busy or locked SQLite file (%s) with 503, never a 500',
    async (code) => {
      const answer = await answerTo(new Database.SqliteError('database is locked', code));
      expect(answer).toEqual({ status: 503, code: 'TREATY_BROKER_UNAVAILABLE' });
    },
  );

  it('answers a write racing a delete with 409', async () => {
    const answer = await answerTo(
      new Database.SqliteError('FOREIGN KEY constraint failed', 'SQLITE_CONSTRAINT_FOREIGNKEY'),
    );
    expect(answer).toEqual({ status: 409, code: 'TREATY_BROKER_CONCURRENT_CHANGE' });
  });

  it('keeps an unknown SQLite failure a 500 without its message', async () => {
    const answer = await answerTo(new Database.SqliteError('disk I/O error', 'SQLITE_IOERR'));
    expect(answer).toEqual({ status: 500, code: 'TREATY_BROKER_INTERNAL' });
  });
});
