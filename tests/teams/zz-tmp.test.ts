import { it } from 'vitest';
import { testAdapter } from '../helpers/testBot.js';
import { mentionMessage } from '../helpers/teamsActivity.js';
it('x', async () => {
  for (const q of ['tell me about OIT', 'compare OIT and Weber State', 'which programs are online?']) {
    await testAdapter().send(mentionMessage('channel', q)).assertReply((a) => console.log('Q:', q, JSON.stringify(a).slice(0, 1500))).startTest();
  }
});
