import { WorkstationDatabase } from '../db/database.js';

/** The one database of this origin; the app:// protocol and the browser shell's fixed port keep the origin stable. */
export const database = new WorkstationDatabase();
