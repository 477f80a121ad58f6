import { isbot } from 'isbot';

/**
 * Agents that isbot 5 does not recognise but that never represent a person reading the page.
 * Most link-preview fetchers (WhatsApp, which Signal also impersonates, Telegram, Slack, Facebook,
 * iMessage, Discord, Skype, LinkedIn) and HTTP libraries are already in isbot's list; bots.test.ts
 * pins that, so a regression in a future isbot release shows up as a failing test.
 */
const EXTRA_BOTS = /uptime-kuma|monitis|microsoft office|ms-office/i;

/**
 * True for crawlers, link-preview fetchers, monitors and scripts. A missing or blank UA counts as
 * a bot: every real browser sends one, and counting such requests as people would inflate uptake.
 */
export function isBotAgent(userAgent: string | null): boolean {
  if (userAgent === null || userAgent.trim() === '') return true;
  return isbot(userAgent) || EXTRA_BOTS.test(userAgent);
}
