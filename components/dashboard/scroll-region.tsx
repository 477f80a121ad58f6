import type { ReactNode } from 'react';

/** A wide table's horizontal scroll box: focusable and named, so keyboard users can scroll it too (WCAG 2.1.1). */
export function ScrollRegion({
  label,
  children,
  className = '',
  testId,
}: {
  label: string;
  children: ReactNode;
  className?: string;
  testId?: string;
}) {
  return (
    <div
      role="region"
      aria-label={label}
      // A scrollable region must be reachable by keyboard (axe: scrollable-region-focusable).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      className={`overflow-x-auto ${className}`}
      data-testid={testId}
    >
      {children}
    </div>
  );
}
