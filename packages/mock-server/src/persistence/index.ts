export {DurableDb} from './durable-db.js';
export type {DurableDbOptions} from './durable-db.js';
export {JournalCorruptError, readJournal} from './journal.js';
export type {JournalContents, SyncFn} from './journal.js';
export {FolderLockedError, acquireLock} from './lock.js';
export type {FolderLock} from './lock.js';
export {SnapshotCorruptError, readSnapshot} from './snapshot-file.js';
