'use client';

import { memo } from 'react';
import { RichText } from '../rich-text';

/**
 * The runner re-renders on every click; the markdown of a stem or an option only changes with
 * the question, so it is parsed once per question, not once per click.
 */
export const MemoRichText = memo(RichText);
