/**
 * The header that tells a client which commits an answer reflects: every one up to this
 * sequence number (it may reflect later ones too: a lower bound). The realtime stream's answer
 * carries one its events start at or before (an upper bound). The SDK compares the two: data
 * read below the stream's number may have missed an event, and is fetched again. Optional: a
 * server without it gets the safe behaviour (data read before the stream opened is refetched).
 */
export const SEQ_HEADER = 'portico-seq';
