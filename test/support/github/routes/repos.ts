import type { Route } from "../server.js";
import { repositoryBody } from "../representations.js";

/** GET /repos/{owner}/{repo}. */
export const reposRoutes: Route[] = [
  {
    operationId: "repos/get",
    handle: (context) => ({ status: 200, body: repositoryBody(context.baseUrl, context.repo()) }),
  },
];
