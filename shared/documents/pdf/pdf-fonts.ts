/** The four bundled OFL faces a PDF is set in: Song-style serif for body text, Hei-style sans for headings. */
export type PdfFonts = {
  serif: Uint8Array;
  serifBold: Uint8Array;
  sans: Uint8Array;
  sansBold: Uint8Array;
};

export type FontRole = keyof PdfFonts;

export const fontRoles: readonly FontRole[] = ['serif', 'serifBold', 'sans', 'sansBold'];

/** The folder of the built renderer the faces are copied to, relative to its index.html. */
export const pdfFontsFolder = 'fonts';

/**
 * Where each face comes from: `module` is its path for Node's module resolution (the
 * @expo-google-fonts packages), `fileName` its name in the renderer's `pdfFontsFolder`.
 */
export const pdfFontFiles: Record<FontRole, { module: string; fileName: string }> = {
  serif: { module: '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf', fileName: 'NotoSerifSC_400Regular.ttf' },
  serifBold: { module: '@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf', fileName: 'NotoSerifSC_700Bold.ttf' },
  sans: { module: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf', fileName: 'NotoSansSC_400Regular.ttf' },
  sansBold: { module: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf', fileName: 'NotoSansSC_700Bold.ttf' },
};
