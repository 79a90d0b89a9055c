export type FileFilter = { name: string; extensions: string[] };

/** Native file dialogs; absent in the browser shell, where the renderer's in-app dialog supplies the path. */
export type FileDialogs = {
  chooseOpen(options: { title: string; filters: FileFilter[] }): Promise<string | null>;
  chooseSave(options: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>;
  /** A folder to write several files into; null when cancelled. */
  chooseFolder(options: { title: string }): Promise<string | null>;
};
