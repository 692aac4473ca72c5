/** Channels of the teaching staff and their professional development. */
export const staffChannels = {} as const;
