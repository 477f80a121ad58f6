export interface RoutingRuleLike {
  audience: string;
  topic: string;
  teamId: string;
  priority: number;
}

/**
 * The team a request goes to: the matching rule with the lowest priority ('' matches any audience or topic); ties
 * go to the more specific rule. Null when no rule matches, which the caller treats as a broken configuration.
 */
export function pickTeam(rules: readonly RoutingRuleLike[], audience: string, topic: string): string | null {
  const specificity = (rule: RoutingRuleLike) => Number(rule.audience !== '') + Number(rule.topic !== '');
  const matching = rules
    .filter(
      (rule) =>
        (rule.audience === '' || rule.audience === audience) && (rule.topic === '' || rule.topic === topic),
    )
    .sort((a, b) => a.priority - b.priority || specificity(b) - specificity(a));
  return matching[0]?.teamId ?? null;
}
