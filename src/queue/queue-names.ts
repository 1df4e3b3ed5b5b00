/** Two queues so that slow article checks never delay the polls, and each gets its own concurrency. */
export const POLL_QUEUE = 'poll';
export const CHECK_QUEUE = 'check';

export const POLL_SOURCE_JOB = 'poll-source';
export const CHECK_ARTICLE_JOB = 'check-article';
