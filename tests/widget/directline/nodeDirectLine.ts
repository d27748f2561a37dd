/**
 * Runs botframework-directlinejs (Web Chat's own Direct Line client) in Node: its `ajax` and
 * `WebSocket` services are passed in (fetch and the ws package) instead of browser globals.
 * @remarks directlinejs only chooses WebSockets when a global `WebSocket` exists, so WebSocket tests
 * stub that global (vi.stubGlobal) for their duration.
 */
import { DirectLine, type Activity, type DirectLineOptions } from 'botframework-directlinejs';
import { Observable } from 'rxjs/Observable';
import type { Subscriber } from 'rxjs/Subscriber';
import { WebSocket as NodeWebSocket } from 'ws';

interface AjaxRequest {
  readonly method?: string;
  readonly url: string;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

interface AjaxResult {
  readonly status: number;
  readonly response: unknown;
  readonly xhr: { getResponseHeader(name: string): string | null };
}

/** An rxjs 5 `Observable.ajax` stand-in built on fetch, with the response/error shape directlinejs reads. */
export function fetchAjax(request: AjaxRequest): Observable<AjaxResult> {
  return Observable.create((subscriber: Subscriber<AjaxResult>) => {
    const controller = new AbortController();
    const body =
      request.body === undefined
        ? undefined
        : typeof request.body === 'string'
          ? request.body
          : JSON.stringify(request.body);
    fetch(request.url, { method: request.method ?? 'GET', headers: request.headers, body, signal: controller.signal })
      .then(async (res) => {
        const text = await res.text();
        const result: AjaxResult = {
          status: res.status,
          response: text === '' ? null : (JSON.parse(text) as unknown),
          xhr: { getResponseHeader: (n) => res.headers.get(n) },
        };
        if (res.status >= 400) subscriber.error(result);
        else {
          subscriber.next(result);
          subscriber.complete();
        }
      })
      .catch((error: Error) =>
        subscriber.error({ status: 0, response: null, xhr: { getResponseHeader: () => null }, message: error.message }),
      );
    return () => controller.abort();
  });
}

/** A DirectLine client for Node against `baseUrl` (the bot's origin). */
export function nodeDirectLine(baseUrl: string, options: DirectLineOptions = {}): DirectLine {
  const services = { ajax: fetchAjax, WebSocket: NodeWebSocket };
  return new DirectLine({
    domain: `${baseUrl}/v3/directline`,
    pollingInterval: 200,
    ...options,
    ...(services as object),
  });
}

/** Every activity the client receives, in order, with a way to wait for one. */
export class Received {
  readonly activities: Activity[] = [];
  private readonly subscription: { unsubscribe(): void };

  constructor(client: DirectLine) {
    this.subscription = client.activity$.subscribe((a) => this.activities.push(a));
  }

  /** Resolves with the first activity matching `predicate` (bounded wait). */
  async waitFor(predicate: (a: Activity) => boolean, ms = 8000): Promise<Activity> {
    const end = Date.now() + ms;
    for (;;) {
      const found = this.activities.find(predicate);
      if (found !== undefined) return found;
      if (Date.now() > end)
        throw new Error(
          `timed out; received: ${JSON.stringify(this.activities.map((a) => [a.type, a.from.role, 'text' in a ? a.text : undefined]))}`,
        );
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  stop(): void {
    this.subscription.unsubscribe();
  }
}

/** Posts through the client and resolves with the id the server assigned. */
export function post(client: DirectLine, activity: Record<string, unknown>): Promise<string> {
  return new Promise((resolve, reject) => {
    client
      .postActivity({ from: { id: 'page-chosen-id', name: 'Student' }, ...activity } as Activity)
      .subscribe({ next: resolve, error: reject });
  });
}

/** The text of a message activity, or ''. */
export function textOf(a: Activity): string {
  return a.type === 'message' ? (a.text ?? '') : '';
}
