// The boards and the Minister (issue 18): each screen's module exports its entry points here.
export {};
