// One RequestContext per Excel.run, and what every proxy shares: it remembers the context that made it, queues
// its work there, and can be used only while that context's run is going on.
//
// "A proxy belongs to the request context that made it": an object kept from one Excel.run and used in another
// queues its work on the old context, and Office sends none of it — silently, so the workbook simply never
// changes (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#request-context
// and https://learn.microsoft.com/javascript/api/office/officeextension.clientrequestcontext). Silent loss is
// worse than an error, so the strict host throws instead, naming the mistake.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Box } from '../../../src/excel/address';
import type { FakeSheet } from './sheet';

/** What a queued operation did when it ran at sync. */
export interface OpResult {
  /** bytes of the loaded properties it sends back */
  response?: number;
  /** applied after the response size passed */
  commit?: () => void;
  /** a change to the workbook: logged, and raises onChanged when `data` is true */
  wrote?: { sheet: FakeSheet; box?: Box; what: string; data?: boolean };
}

export interface Op {
  label: string;
  /** bytes of its arguments in the request (besides ACTION_BYTES) */
  bytes: number;
  run(): OpResult | void;
}

/** What the context needs from the workbook it talks to (the StrictBook). */
export interface Host {
  readonly api: number;
  /** the workbook's defined names */
  readonly names: Map<string, string>;
  /** how many merged areas one getMergedAreasOrNullObject returns (512 in Excel) */
  readonly mergedAreasLimit: number;
  /** the ranges whose merged areas were asked for, in order */
  readonly mergedAreaReads: string[];
  execute(ctx: StrictContext): Promise<void>;
}

/** The context of the Excel.run whose batch is running (follows the batch's awaits). */
export const currentRun = new AsyncLocalStorage<StrictContext>();

export class StrictContext {
  /** true while its Excel.run's batch is running */
  open = true;
  queue: Op[] = [];
  /** set by the book: workbook and runtime proxies */
  workbook!: any;
  runtime!: any;

  constructor(readonly host: Host, readonly run: number) {}

  /** Fails loudly when the context's run has ended, or when it is used inside another run's batch (see the file comment). */
  check(what: string): void {
    if (!this.open) {
      throw new Error(
        `strict host: ${what} uses an object of Excel.run #${this.run}, which has ended. Office would send nothing ` +
        '(the write is dropped silently); look the object up again inside the current Excel.run.',
      );
    }
    const running = currentRun.getStore();
    if (running && running !== this && running.open && running.host === this.host) {
      throw new Error(`strict host: ${what} uses an object of Excel.run #${this.run} inside Excel.run #${running.run}; a proxy works only in its own context.`);
    }
  }

  /** Fails when an object of another context is handed to this one. */
  same(other: StrictContext, what: string): void {
    if (other !== this) throw new Error(`strict host: ${what} mixes objects of Excel.run #${other.run} and #${this.run}; a proxy works only in its own context.`);
  }

  enqueue(op: Op): void {
    this.check(op.label);
    this.queue.push(op);
  }

  /**
   * API members newer than the host's ExcelApi level do not exist there
   * (https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets).
   */
  needs(minor: number, member: string): void {
    if (this.host.api < minor) throw new Error(`ApiNotFound: ${member} needs ExcelApi 1.${minor}; this host has 1.${this.host.api}`);
  }

  async sync(): Promise<void> {
    this.check('context.sync()');
    await this.host.execute(this);
  }

  /** `Excel.run(object.context, ...)` works on an earlier context again (how handlers are removed). */
  get trackedObjects(): { add(): void; remove(): void } {
    return { add: () => undefined, remove: () => undefined };
  }
}

/** Properties that Office returns only after load + sync; reading one earlier throws, as Office does. */
export class Loaded {
  private data?: Record<string, unknown>;

  set(data: Record<string, unknown>): void {
    this.data = { ...(this.data ?? {}), ...data };
  }

  get<T>(prop: string, owner: string): T {
    if (!this.data || !(prop in this.data)) {
      throw new Error(`PropertyNotLoaded: the property '${prop}' of ${owner} is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
    }
    return this.data[prop] as T;
  }
}

/** "values,valueTypes" / ['values'] / 'items/name' as a list of property names. */
export function propList(props: string | string[] | undefined): string[] {
  if (props === undefined) return [];
  const list = Array.isArray(props) ? props : props.split(',');
  return list.map((p) => p.trim()).filter(Boolean);
}

/**
 * Nested settable objects (range.format.font, pageLayout.headersFooters ...): every property set is queued as one
 * operation and handed to `sink` at sync with its dotted path; `methods` are the calls the object offers.
 */
export function recorder(ctx: StrictContext, sink: (path: string, value: unknown) => OpResult | void, methods: Record<string, (...args: any[]) => unknown> = {}, path = ''): any {
  return new Proxy({}, {
    get(_t, k) {
      if (typeof k === 'symbol' || k === 'then' || k === 'toJSON') return undefined;
      const p = `${path}${k}`;
      if (k === 'context') return ctx;
      if (methods[p]) return methods[p];
      if (k === 'getItem') return (item: string) => recorder(ctx, sink, methods, `${path}${item}.`);
      if (k === 'load') return () => undefined;
      return recorder(ctx, sink, methods, `${p}.`);
    },
    set(_t, k, value) {
      const p = `${path}${String(k)}`;
      ctx.enqueue({ label: `set ${p}`, bytes: Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8') + p.length, run: () => sink(p, value) });
      return true;
    },
  });
}
