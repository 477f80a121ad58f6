/** The life of a contact request in the case workers' inbox, and which action may follow which status. */
export const REQUEST_STATUSES = [
  'new',
  'picked_up',
  'answered',
  'closed',
  'waiting_for_us',
  'waiting_for_person',
  'deleted',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const REQUEST_ACTIONS = ['pickUp', 'markAnswered', 'close', 'reopen'] as const;
export type RequestAction = (typeof REQUEST_ACTIONS)[number];

/**
 * A request asks to be called back, mailed or nothing; a conversation (reach "conversation") is written to and read
 * on the site, and its status follows the messages: new → waiting_for_us (the person wrote) → answered /
 * waiting_for_person (the team replied) → closed, or deleted (by the person, a stub without content).
 */
export type RequestKind = 'request' | 'conversation';
export const CONVERSATION_REACH = 'conversation';
export const kindOf = (request: { reach: string }): RequestKind =>
  request.reach === CONVERSATION_REACH ? 'conversation' : 'request';

const NEXT: Record<RequestAction, { from: readonly RequestStatus[]; to: RequestStatus }> = {
  pickUp: { from: ['new', 'picked_up', 'answered'], to: 'picked_up' },
  markAnswered: { from: ['new', 'picked_up'], to: 'answered' },
  close: { from: ['new', 'picked_up', 'answered'], to: 'closed' },
  reopen: { from: ['closed'], to: 'picked_up' },
};

/** The statuses of a conversation that is still going on (neither closed nor deleted). */
export const OPEN_CONVERSATION_STATUSES = [
  'new',
  'waiting_for_us',
  'answered',
  'waiting_for_person',
] as const;
/** What the case worker says the conversation is after a reply. */
export const REPLY_OUTCOMES = ['waiting_for_person', 'answered'] as const;
export type ReplyOutcome = (typeof REPLY_OUTCOMES)[number];

export type MessageAuthor = 'person' | 'team';

export type ConversationEvent =
  | { type: 'personWrote' }
  | { type: 'teamReplied'; outcome: ReplyOutcome }
  | { type: 'close' }
  | { type: 'reopen'; lastAuthor: MessageAuthor | null }
  | { type: 'deletedByPerson' };

const includes = (list: readonly string[], value: string) => list.includes(value);

/** The status of a conversation after `event`, or null when the event cannot happen in `status`. */
export function nextConversationStatus(status: string, event: ConversationEvent): RequestStatus | null {
  if (status === 'deleted') return null;
  switch (event.type) {
    case 'personWrote':
      // A new conversation stays new until the team has answered; a closed one opens again.
      return status === 'new' ? 'new' : 'waiting_for_us';
    case 'teamReplied':
      return event.outcome;
    case 'close':
      return includes(OPEN_CONVERSATION_STATUSES, status) ? 'closed' : null;
    case 'reopen':
      if (status !== 'closed') return null;
      return event.lastAuthor === 'team' ? 'waiting_for_person' : 'waiting_for_us';
    case 'deletedByPerson':
      return 'deleted';
  }
}

export function isRequestStatus(value: string): value is RequestStatus {
  return (REQUEST_STATUSES as readonly string[]).includes(value);
}

/**
 * The status after a case worker's `action`, or null when the action does not apply to a request in `status`. A
 * conversation is only closed and reopened this way: replying sets its status, and picking up would hide who waits.
 */
export function nextStatus(
  status: string,
  action: RequestAction,
  kind: RequestKind = 'request',
  lastAuthor: MessageAuthor | null = null,
): RequestStatus | null {
  if (kind === 'conversation') {
    if (action === 'close') return nextConversationStatus(status, { type: 'close' });
    if (action === 'reopen') return nextConversationStatus(status, { type: 'reopen', lastAuthor });
    return null;
  }
  const rule = NEXT[action];
  return (rule.from as readonly string[]).includes(status) ? rule.to : null;
}

interface WaitingInput {
  status: string;
  receivedAt: Date;
  reach?: string;
  waitingSince?: Date | null;
}

/**
 * Since when someone has been waiting for the team, or null when nobody is: a new request since it arrived, a
 * conversation since the person's oldest unanswered message.
 */
export function waitingSince(request: WaitingInput): Date | null {
  if (request.reach !== undefined && kindOf({ reach: request.reach }) === 'conversation') {
    if (request.status !== 'new' && request.status !== 'waiting_for_us') return null;
    return request.waitingSince ?? request.receivedAt;
  }
  return request.status === 'new' ? request.receivedAt : null;
}

/** A request still waiting for a first answer after `thresholdHours` is marked in the inbox. */
export function isWaitingTooLong(request: WaitingInput, now: Date, thresholdHours: number): boolean {
  const since = waitingSince(request);
  if (!since) return false;
  return now.getTime() - since.getTime() > thresholdHours * 3_600_000;
}

/**
 * The inbox order: whoever has waited longest first, then the requests nobody waits on, oldest first. Ties keep a
 * stable order by id.
 */
export function compareByWaiting<T extends WaitingInput & { id: string }>(a: T, b: T): number {
  const waitA = waitingSince(a);
  const waitB = waitingSince(b);
  if (waitA && !waitB) return -1;
  if (!waitA && waitB) return 1;
  const timeA = (waitA ?? a.receivedAt).getTime();
  const timeB = (waitB ?? b.receivedAt).getTime();
  if (timeA !== timeB) return timeA - timeB;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
