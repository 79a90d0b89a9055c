import { useMediaQuery } from '../shell/use-media-query.js';

/** Whether the screen is too short for a heading row above the tabs (a phone on its side, as expert.css compacts it too: keep the two in step); followed live as the device turns. */
export const useShortScreen = (): boolean => useMediaQuery('(max-height: 500px)');
