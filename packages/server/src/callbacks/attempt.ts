import type { DeliveryState } from '../ports/callback-store.ts';
import type { SendResult } from '../ports/callback-sender.ts';
import type { NextStep } from './delivery-policy.ts';

/** The delivery state a policy step leads to. */
export function stateAfter(step: NextStep): DeliveryState {
  switch (step.kind) {
    case 'delivered':
      return 'delivered';
    case 'retry':
      return 'pending';
    case 'failed':
      return 'failed';
    case 'gone':
      return 'gone';
    case 'superseded':
      return 'superseded';
  }
}

/** The attempt's log line outcome for a policy step. */
export function outcomeOf(step: NextStep): 'success' | 'retry' | 'failed' | 'gone' | 'superseded' {
  return step.kind === 'delivered' ? 'success' : step.kind;
}

/** Status code, error text and excerpt of a send result, as stored. */
export function describeResult(result: SendResult): { statusCode: number | null; error: string | null; excerpt: string } {
  if (result.kind === 'response') {
    const ok = result.status >= 200 && result.status < 300;
    return { statusCode: result.status, error: ok ? null : `HTTP ${result.status}`, excerpt: result.excerpt };
  }
  return { statusCode: null, error: `${result.error}: ${result.message}`, excerpt: '' };
}

/** True when the step gives the callback up, which makes the task CALLBACK_EXCEPTION. */
export function givesUp(step: NextStep): boolean {
  return step.kind === 'failed' || step.kind === 'gone';
}
