/** Text with every kind of space removed, for comparing what was printed with what a rule expects. */
export const compact = (text: string): string => text.replace(/[\s\u3000\u00a0\u2009\u200b]+/gu, '');

/** Splits running text into sentences, each keeping its closing mark. */
export const sentences = (text: string): string[] => text.match(/[^。！？\n]+[。！？]?/gu)?.map((sentence) => sentence.trim()).filter(Boolean) ?? [];

/** Document codes of 浙江制造 group standards, however the dash and spacing were set. */
export const zzbCodePattern = () => /T\s?[/／]\s?ZZB\s?[0-9X×xＸ]+(?:\s?[—–\-－―一~～]{1,2}\s?[0-9X×xＸ]{2,4})?/gu;
