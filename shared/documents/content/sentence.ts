/** A sentence's own closing marks, which the sentence around it replaces. */
const closingMarks = /[\s。．.；;，,：:！!？?、]+$/u;

/**
 * Free text (a recusal reason, a chair's note) as one sentence ending in a single 「。」, whatever
 * mark it was typed with, so quoting it never leaves 「。。」 or 「。），」.
 */
export const sentence = (text: string): string => `${text.trim().replace(closingMarks, '')}。`;
