/**
 * The message namespaces of the visitor pages: the ones every visitor language has. The staff application's
 * namespaces exist only in Dutch and English (messages/nl.json, messages/en.json).
 */
export const VISITOR_NAMESPACES = [
  'AccessibilityPage',
  'ChannelList',
  'ChannelStatus',
  'ContactConfirmation',
  'ContactErrors',
  'ContactForm',
  'ContactOptions',
  'ContactPage',
  'ContactStatusPage',
  'ConversationErrors',
  'ConversationPage',
  'ConversationStarted',
  'HelpBar',
  'HelpIndexPage',
  'LandingPage',
  'LanguageSwitch',
  'Metadata',
  'NotFoundPage',
  'ParentsPage',
  'PrivacyPage',
  'ProfessionalsPage',
  'QuickExit',
  'ReadAloud',
  'RealSmsPage',
  'ResearchPage',
  'SiteFooter',
  'SiteHeader',
  'SkipLink',
  'TopicPage',
  'UnavailablePage',
  'VisitorEnhancements',
] as const;

export type VisitorNamespace = (typeof VISITOR_NAMESPACES)[number];
