/**
 * The learning log in Redis: the store contract against a real redis-server, and two bot instances
 * (each with its own connection, as `REDIS_URL` gives them) sharing one log.
 */
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/app/config.js';
import { openLearningLog } from '../../src/learning/openLearningLog.js';
import { RedisLearningStore, type RedisScripting } from '../../src/learning/redisLearningStore.js';
import { DAY_MS } from '../../src/learning/types.js';
import { createLogger } from '../../src/platform/logger.js';
import { startRedis, type TestRedis } from '../helpers/redisServer.js';
import { describeLearningStore, RETENTION_DAYS } from './learningStoreContract.js';

let redis: TestRedis;
let client: ReturnType<typeof createClient>;
let prefixes = 0;

beforeAll(async () => {
  redis = await startRedis();
  client = createClient({ url: redis.url });
  await client.connect();
});

afterAll(async () => {
  await client.close();
  await redis.stop();
});

describeLearningStore(
  'RedisLearningStore',
  (clock) =>
    new RedisLearningStore(client as unknown as RedisScripting, {
      keyPrefix: `contract${++prefixes}:`,
      retentionMs: RETENTION_DAYS * DAY_MS,
      now: clock.now,
    }),
);

describe('two instances on one Redis', () => {
  it('share one log: what either records, both report', async () => {
    const config = parseConfig({
      LOG_LEVEL: 'silent',
      REDIS_URL: redis.url,
      REDIS_KEY_PREFIX: 'shared:',
      LEARNING_LOG: 'on',
    });
    const logger = createLogger('silent');
    const a = openLearningLog(config.storage, config.learning, logger);
    const b = openLearningLog(config.storage, config.learning, logger);
    expect(a.description).toMatch(/^redis redis:\/\/127\.0\.0\.1:\d+ prefix shared:$/);
    try {
      await a.log.recordTurn({ newConversation: true, fallback: true });
      await b.log.recordTurn({ newConversation: false, fallback: false });
      expect(
        await a.log.recordUnanswered({
          text: 'can I study PACS at night',
          reason: 'out_of_scope',
          knowledgeVersion: 'v1',
        }),
      ).toBe(true);
      expect(
        await b.log.recordUnanswered({
          text: 'Can I study PACS at night?',
          reason: 'below_threshold',
          leaningIntent: 'program_delivery',
          knowledgeVersion: 'v1',
        }),
      ).toBe(true);
      await b.log.recordFeedback({
        answerKey: 'program_delivery',
        knowledgeVersion: 'v1',
        reaction: 'down',
        comment: 'did not say',
      });
      for (const log of [a.log, b.log]) {
        const report = await log.report();
        expect(report.totals).toMatchObject({ conversations: 1, messages: 2, fallbacks: 1 });
        expect(report.unanswered).toEqual([
          expect.objectContaining({
            count: 2,
            leaningIntent: 'program_delivery',
            reasons: { out_of_scope: 1, below_threshold: 1 },
          }),
        ]);
        expect(report.feedback).toEqual([
          expect.objectContaining({
            answerKey: 'program_delivery',
            down: 1,
            comments: [expect.objectContaining({ comment: 'did not say' })],
          }),
        ]);
      }
      expect(await client.pTTL('shared:{learning}:unanswered')).toBeGreaterThan((RETENTION_DAYS - 1) * DAY_MS);
    } finally {
      await a.log.close();
      await b.log.close();
    }
  });
});
