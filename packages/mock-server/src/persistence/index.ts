export {DurableDb} from './durable-db.js';
export type {DurableDbOptions} from './durable-db.js';
export {JournalCorruptError, readJournal} from './journal.js';
export type {JournalContents} from './journal.js';
export {SnapshotCorruptError, readSnapshot} from './snapshot-file.js';
