/** Channels of the classes per year and the clubs at partners. */
export const clubsChannels = {} as const;
