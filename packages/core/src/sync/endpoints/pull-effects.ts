import { ConfigurationError } from "../../errors/index.js";
import type { EffectHandler } from "../../plan/apply.js";
import type { PullRequests } from "../github/pulls.js";
import type { Endpoint } from "../types.js";
import type { TargetWork } from "./port.js";

/**
 * The pull request of a sync branch: opened once, then updated in place (title and body, which
 * carry the report and the plan hash); closed when the target already has the source's files.
 * Done when GitHub already shows exactly that.
 */
export function pullRequestHandlers(pulls: PullRequests | undefined, target: Endpoint, work: TargetWork, remember: (url: string) => void): Record<string, EffectHandler> {
  const forge = (): PullRequests => {
    if (!pulls) throw new ConfigurationError(`the pull request for ${target.id} needs its GitHub repository and a token: set target.repository (owner/name) and credentials, or options.delivery: push`);
    return pulls;
  };
  return {
    "sync-pull-request": {
      isDone: async (effect) => {
        const open = await forge().findOpen(String(effect.head), String(effect.base));
        if (open && open.title === String(effect.title) && open.body === work.pullRequestBody()) {
          remember(open.url);
          return true;
        }
        return false;
      },
      run: async (effect) => {
        const open = await forge().findOpen(String(effect.head), String(effect.base));
        const pull = { title: String(effect.title), body: work.pullRequestBody() };
        const result = open ? await forge().update(open.number, pull) : await forge().create({ head: String(effect.head), base: String(effect.base), ...pull });
        remember(result.url);
      },
    },
    "sync-pull-close": {
      isDone: async (effect) => (await forge().findOpen(String(effect.head), String(effect.base))) === undefined,
      run: async (effect) => {
        const open = await forge().findOpen(String(effect.head), String(effect.base));
        if (open) await forge().close(open.number);
      },
    },
  };
}
