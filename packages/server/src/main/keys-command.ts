import type { Config } from '../config/config.ts';
import { parseCredits } from '../domain/credits.ts';
import { createApiKey, creditKey } from '../services/keys.ts';
import { webhookSecretsOf } from './callbacks.ts';
import { openEmbedded } from './embedded.ts';

/** `songloom keys ...`: create, list, credit (and secret, from the callbacks module). */
export async function runKeysCommand(
  config: Config,
  args: string[],
  flags: { name?: string | undefined; credits?: string | undefined; rotate?: boolean | undefined },
): Promise<void> {
  const [sub, ...rest] = args;
  const ctx = openEmbedded(config);
  try {
    switch (sub) {
      case 'create': {
        const credits = flags.credits === undefined ? config.INITIAL_CREDITS : parseCredits(flags.credits, '--credits');
        const key = await createApiKey(ctx, { name: flags.name ?? 'default', credits });
        console.log(`Created key "${key.name}" with ${key.credits} credits:`);
        console.log(key.key);
        return;
      }
      case 'list': {
        const keys = await ctx.store.listKeys();
        if (keys.length === 0) console.log('No keys yet: create one with `npx songloom keys create`.');
        for (const k of keys) console.log(`${k.key}\t${k.name}\t${k.credits} credits\tcreated ${new Date(k.createdAt).toISOString()}`);
        return;
      }
      case 'credit': {
        const [key, delta] = rest;
        if (!key || !delta) throw new Error('Usage: songloom keys credit <key> <+N|-N>');
        const balance = await creditKey(ctx.store, key, parseCredits(delta, 'The credit change', true));
        if (balance === null) throw new Error(`No such key: ${key} (see \`npx songloom keys list\`).`);
        console.log(`Balance: ${balance} credits`);
        return;
      }
      case 'secret': {
        const [key] = rest;
        const found = key ? await ctx.store.findKey(key) : null;
        if (!found) throw new Error(`No such key: ${key ?? '(none given)'} (usage: songloom keys secret <key> [--rotate]).`);
        const secrets = webhookSecretsOf(ctx);
        const info = flags.rotate ? await secrets.rotate(found.id) : await secrets.get(found.id);
        for (const old of info.previous) console.log(`previous (signs too until ${new Date(old.expiresAt).toISOString()}): ${old.secret}`);
        if (flags.rotate) console.log('Rotated. Callbacks are signed with both secrets during the overlap window.');
        console.log(info.current);
        return;
      }
      default:
        throw new Error('Usage: songloom keys create|list|credit|secret ...');
    }
  } finally {
    ctx.close();
  }
}
