import type { IncomingMessage, ServerResponse } from 'node:http';
import { BrowseError, type Neo4jBrowse } from '../../src/neo4j/browse.ts';
import { API, NeighboursRequest, QueryRequest } from '../shared/api.ts';
import { sameOrigin } from './headers.ts';
import { sendJson, sendJsonError } from './respond.ts';

/** The routes of the Neo4j mode; without a connection they answer 404 with what to do. */
export const NEO4J_PATHS: ReadonlySet<string> = new Set([API.queries, API.query, API.neighbours]);

const OFF = "Neo4j mode is off: start the viewer with 'diplograph serve --neo4j' (or with NEO4J_URI set)";
/** Queries are short; a Cypher text and its parameters fit in far less. */
const MAX_BODY = 64 * 1024;

class RequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The body, read to its end even when too big: refusing mid-upload would reset the connection under the answer. */
async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= MAX_BODY) chunks.push(chunk);
  }
  if (size > MAX_BODY) throw new RequestError(413, `request body over ${MAX_BODY / 1024} KB`);
  return Buffer.concat(chunks).toString('utf8');
}

/** POST, same origin, application/json, a body that fits the schema: anything else is refused before Neo4j sees it. */
async function jsonBody<T>(req: IncomingMessage, schema: { safeParse(data: unknown): { success: true; data: T } | { success: false } }): Promise<T> {
  if (req.method !== 'POST') throw new RequestError(405, 'use POST with a JSON body');
  if (!sameOrigin(req.headers)) throw new RequestError(403, 'forbidden: cross-origin request');
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') throw new RequestError(415, 'send the request as application/json');
  let data: unknown;
  try {
    data = JSON.parse(await readBody(req));
  } catch (error) {
    if (error instanceof RequestError) throw error;
    throw new RequestError(400, 'the request body is not JSON');
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new RequestError(400, 'the request does not have the expected fields');
  return parsed.data;
}

async function route(browse: Neo4jBrowse, req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
  if (path === API.queries) {
    if (req.method !== 'GET' && req.method !== 'HEAD') throw new RequestError(405, 'use GET');
    return sendJson(res, JSON.stringify({ queries: await browse.queries() }), req.method === 'HEAD');
  }
  if (path === API.query) {
    const request = await jsonBody(req, QueryRequest);
    return sendJson(res, JSON.stringify(await browse.run(request)));
  }
  const { id } = await jsonBody(req, NeighboursRequest);
  return sendJson(res, JSON.stringify(await browse.neighbours(id)));
}

/** Answers a request to one of NEO4J_PATHS; failures meant for the user come back as JSON { error }. */
export async function handleNeo4jApi(browse: Neo4jBrowse | undefined, req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
  if (!browse) return sendJsonError(res, 404, OFF);
  try {
    await route(browse, req, res, path);
  } catch (error) {
    if (error instanceof RequestError || error instanceof BrowseError) {
      if (error.status === 405) res.setHeader('Allow', path === API.queries ? 'GET, HEAD' : 'POST');
      return sendJsonError(res, error.status, error.message);
    }
    throw error;
  }
}
