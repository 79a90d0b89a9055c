/** A stored ISO 8601 timestamp as the meeting room reads it: local date and time to the minute. */
export const formatTime = (iso: string | null): string =>
  iso === null
    ? ''
    : new Date(iso).toLocaleString('zh-CN', { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false });
