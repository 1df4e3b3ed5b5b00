import type { IncomingMessage, ServerResponse } from 'node:http';
import { getManualCheck, queueManualChecks } from '../check/manual-check.ts';
import type { Queues } from '../queue/queues.ts';
import { parseCheckRequest } from './check-request.ts';
import { HttpError } from './http-error.ts';
import { readJsonBody } from './read-json-body.ts';
import { sendJson } from './send-json.ts';

/** Manual check job ids (see queue/job-ids.ts); anything else is not a check this API made. */
const CHECK_ID = /^m-[0-9a-f-]{36}$/;

/** POST /checks: queues manual checks through the same check-article job as polling; 202 with the job ids. */
export async function postChecks(req: IncomingMessage, res: ServerResponse, queues: Pick<Queues, 'check'>): Promise<void> {
  const urls = parseCheckRequest(await readJsonBody(req));
  const ids = await queueManualChecks(queues, urls);
  const checks = ids.map((id, i) => ({ id, url: urls[i]!, status: `/checks/${id}` }));
  sendJson(res, 202, { checks }, checks.length === 1 ? { location: checks[0]!.status } : {});
}

/** GET /checks/:id: the job's state, and when done its result (verdict, claims, alerts raised). */
export async function getCheck(res: ServerResponse, queues: Pick<Queues, 'check'>, id: string): Promise<void> {
  const notFound = new HttpError(404, `no check ${id}: ids come from POST /checks, and finished checks are kept for an hour`);
  if (!CHECK_ID.test(id)) throw notFound;
  let status = await getManualCheck(queues, id);
  // getManualCheck reads the job, then its state: a job that completes in between reads as completed
  // without its return value; reading again gets both.
  if (status.state === 'completed' && !status.result) status = await getManualCheck(queues, id);
  if (status.state === 'not-found') throw notFound;
  sendJson(res, 200, {
    id: status.id,
    url: status.url,
    state: status.state,
    done: status.state === 'completed' || status.state === 'failed',
    ...(status.result ? { verdict: status.result.verdict, result: status.result } : {}),
    ...(status.failedReason !== undefined ? { error: status.failedReason } : {}),
  });
}
