// The name a person sees above a team's answer: the case worker's first name or the team's name, never a full name.
// The case worker picks one of the two; nothing else can be typed, so a surname cannot slip through.

export const LABEL_KINDS = ['firstName', 'team'] as const;
export type LabelKind = (typeof LABEL_KINDS)[number];

const MAX_LABEL_CODE_POINTS = 60;

/** The first word of a staff member's name ("Sam" of "Sam de Vries"); '' when the name is blank. */
export function firstNameOf(fullName: string): string {
  const first = fullName.trim().split(/\s+/u)[0] ?? '';
  return Array.from(first).slice(0, MAX_LABEL_CODE_POINTS).join('');
}

/** The label for `kind`; the team's name when a first name is asked for but there is none. */
export function displayLabel(kind: LabelKind, names: { staffName: string; teamName: string }): string {
  const label = kind === 'firstName' ? firstNameOf(names.staffName) : '';
  return label || Array.from(names.teamName.trim()).slice(0, MAX_LABEL_CODE_POINTS).join('');
}

/** Which kind a stored label was, to offer the case worker's last choice again. */
export function labelKindOf(label: string, names: { staffName: string; teamName: string }): LabelKind | null {
  if (label === '') return null;
  if (label === displayLabel('team', names)) return 'team';
  return label === firstNameOf(names.staffName) ? 'firstName' : null;
}
