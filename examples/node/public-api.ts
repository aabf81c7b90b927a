// Every entry point of the package, for check-public-types.mjs.
export * as main from 'paid-analytics-react';
export * as core from 'paid-analytics-react/core';
export * as server from 'paid-analytics-react/server';
export * as emulator from 'paid-analytics-react/emulator';
export * as testing from 'paid-analytics-react/testing';
