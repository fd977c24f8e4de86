// The addresses of the local pipeline: the sender of its emails and the subscriber `start` enrols.
export const LOCAL_SENDER = 'briefings@trade-briefings.local';
export const LOCAL_SUBSCRIBER = 'analyst@trade-briefings.local';
