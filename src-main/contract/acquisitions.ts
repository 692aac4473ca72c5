/** Channels of the perspective plan of acquisitions. */
export const acquisitionsChannels = {} as const;
