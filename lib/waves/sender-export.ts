import { renderSmsText, smsSegments } from './sms-segments';

export interface SenderExportArm {
  label: string;
  code: string;
  smsText: string;
}

export interface SenderExportLabels {
  /** With {wave} and {arms}. */
  title: string;
  /** Paragraphs on splitting the list at random; {arms} is the number of arms. */
  split: string[];
  /** With {number} and {label}. */
  armHeading: string;
  link: string;
  /** With {characters}, {encoding} and {segments}. */
  length: string;
}

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));

/**
 * The file for whoever sends the SMS: how to split the numbers at random over the arms (we never see them), then per
 * arm its exact text with the link filled in, and how many SMS parts it takes. Plain text, so it opens anywhere.
 */
export function senderExport(
  wave: { name: string },
  arms: readonly SenderExportArm[],
  siteUrl: string,
  labels: SenderExportLabels,
): string {
  const lines = [fill(labels.title, { wave: wave.name, arms: arms.length }), ''];
  for (const paragraph of labels.split) lines.push(fill(paragraph, { arms: arms.length }), '');
  arms.forEach((arm, index) => {
    const text = renderSmsText(arm.smsText, siteUrl, arm.code);
    const segments = smsSegments(text);
    lines.push(
      `== ${fill(labels.armHeading, { number: index + 1, label: arm.label })} ==`,
      `${labels.link} ${new URL(siteUrl).host}/w/${arm.code}`,
      fill(labels.length, {
        characters: segments.characters,
        encoding: segments.encoding,
        segments: segments.segments,
      }),
      '',
      text,
      '',
    );
  });
  return lines.join('\r\n');
}
