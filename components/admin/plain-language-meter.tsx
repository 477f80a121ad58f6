'use client';

import { useEffect, useState } from 'react';
import { isPlainEnough, plainLanguageFigures } from '@/lib/waves/plain-language';

export interface PlainLanguageMeterLabels {
  /** With {words}, {sentences}, {average} and {longest}. */
  figures: string;
  /** With {words}. */
  longWords: string;
  plain: string;
  notPlain: string;
}

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));

/**
 * The plain-language figures of the text in the field `fieldId`, updated as the editor types (rendered on the server
 * for the text already there, so the figures show without JavaScript too).
 */
export function PlainLanguageMeter({
  fieldId,
  initialText,
  labels,
}: {
  fieldId: string;
  initialText: string;
  labels: PlainLanguageMeterLabels;
}) {
  const [text, setText] = useState(initialText);
  useEffect(() => {
    const field = document.getElementById(fieldId);
    if (!(field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement)) return;
    const update = () => setText(field.value);
    update();
    field.addEventListener('input', update);
    return () => field.removeEventListener('input', update);
  }, [fieldId]);
  const figures = plainLanguageFigures(text);
  if (figures.words === 0) return null;
  return (
    <p className="text-sm" data-testid={`${fieldId}-plain`}>
      {fill(labels.figures, {
        words: figures.words,
        sentences: figures.sentences,
        average: figures.wordsPerSentence,
        longest: figures.longestSentence,
      })}{' '}
      {figures.longWords.length > 0
        ? `${fill(labels.longWords, { words: figures.longWords.join(', ') })} `
        : ''}
      <strong>{isPlainEnough(figures) ? labels.plain : labels.notPlain}</strong>
    </p>
  );
}
