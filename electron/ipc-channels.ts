/** The preload's own channels besides the contract calls: main checks each like a call. */

/** Renderer → main: a file the user dropped, as the preload resolved it from the `File`. */
export const droppedFileChannel = 'zz:dropped-file';

/** Main → renderer: one host change. */
export const changeChannel = 'zz:changed';
