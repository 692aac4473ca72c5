/** Channels of parent surveys: templates, runs, results and the satisfaction index. */
export const surveysChannels = {} as const;
