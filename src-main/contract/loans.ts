/** Channels of partners' resources on loan. */
export const loansChannels = {} as const;
