import type { ServerResponse } from 'node:http';

// Answers shared by the snapshot routes and the Neo4j routes.

export function sendJson(res: ServerResponse, body: string, headOnly = false, status = 200): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.setHeader('Cache-Control', 'no-store');
  res.end(headOnly ? undefined : body);
}

export function sendError(res: ServerResponse, status: number, message: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.end(`${message}\n`);
}

/** A failure the page shows to the user: JSON { error } (the app renders it as text). */
export function sendJsonError(res: ServerResponse, status: number, message: string): void {
  sendJson(res, JSON.stringify({ error: message }), false, status);
}
