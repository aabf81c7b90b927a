import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AnalyticsError, type AnalyticsErrorCode } from '../../../src/core/errors';
import { DEFAULT_ERROR_MESSAGES, describeError } from '../../../src/ui/states/errorMessages';
import { ErrorState } from '../../../src/ui/states/ErrorState';

const error = (code: AnalyticsErrorCode, status?: number) => new AnalyticsError({ code, message: `server said ${code}`, status });

/** Each code, and whether the person is offered a retry. */
const CASES: [AnalyticsErrorCode, boolean][] = [
  ['INVALID_QUERY', false],
  ['QUERY_ERROR', false],
  ['INVALID_DATE_RANGE', false],
  ['ACCESS_DENIED', false],
  ['QUERY_TIMEOUT', true],
  ['CONCURRENCY_LIMIT_EXCEEDED', true],
  ['UNAUTHORIZED', false],
  ['INTERNAL_ERROR', true],
  ['NETWORK_ERROR', true],
  ['INVALID_RESPONSE', true],
  ['INVALID_PARAMS', false],
  ['UNKNOWN_QUERY', false],
  ['SQL_NOT_ALLOWED', false],
  ['UPSTREAM_TIMEOUT', true],
  ['UPSTREAM_ERROR', true],
  ['NOT_FOUND', false],
  ['PAYLOAD_TOO_LARGE', false],
];

describe('ErrorState', () => {
  it.each(CASES)('%s: shows its own message and the code; retry offered: %s', async (code, retry) => {
    const onRetry = vi.fn();
    render(<ErrorState error={error(code)} onRetry={onRetry} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(DEFAULT_ERROR_MESSAGES[code].title);
    expect(alert).toHaveTextContent(DEFAULT_ERROR_MESSAGES[code].description);
    expect(alert).toHaveTextContent(`Error code: ${code}`);
    expect(alert).not.toHaveTextContent(`server said ${code}`);
    const button = screen.queryByRole('button', { name: 'Retry' });
    if (retry) {
      expect(button).not.toBeNull();
      await userEvent.click(button!);
      expect(onRetry).toHaveBeenCalledTimes(1);
    } else {
      expect(button).toBeNull();
    }
  });

  it('gives every code a distinct title', () => {
    const titles = Object.values(DEFAULT_ERROR_MESSAGES).map((m) => m.title);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('shows no Retry without onRetry', () => {
    render(<ErrorState error={error('NETWORK_ERROR')} />);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('reads an HTTP 401 as UNAUTHORIZED and a 503 as a retryable internal error', () => {
    expect(describeError(error('HTTP_ERROR', 401))).toMatchObject({ key: 'UNAUTHORIZED', code: 'HTTP_ERROR', retryMayHelp: false });
    expect(describeError(error('HTTP_ERROR', 503))).toMatchObject({ key: 'INTERNAL_ERROR', retryMayHelp: true });
    expect(describeError(error('HTTP_ERROR', 418))).toMatchObject({ key: 'HTTP_ERROR', retryMayHelp: false });
  });

  it('handles anything thrown, not only AnalyticsError', () => {
    render(<ErrorState error={new TypeError('boom')} onRetry={() => {}} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong');
    expect(screen.getByRole('alert')).not.toHaveTextContent('Error code');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('takes translated messages per code', () => {
    render(
      <ErrorState
        error={error('ACCESS_DENIED')}
        messages={{ ACCESS_DENIED: { title: 'Zugriff verweigert', description: 'Keine Berechtigung.' } }}
        codeLabel="Fehlercode"
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Zugriff verweigert');
    expect(screen.getByRole('alert')).toHaveTextContent('Fehlercode: ACCESS_DENIED');
  });
});

describe('an upstream that is temporarily down', () => {
  it('keeps UPSTREAM_UNAVAILABLE as its own code (not UPSTREAM_ERROR), with its own message and Retry', async () => {
    const { errorFromHttpResponse } = await import('../../../src/core/client/errorFromHttpResponse');
    const error = errorFromHttpResponse(503, 'Service Unavailable', JSON.stringify({ error: 'down', code: 'UPSTREAM_UNAVAILABLE' }), null, 0);
    expect(error.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(describeError(error)).toMatchObject({ key: 'UPSTREAM_UNAVAILABLE', code: 'UPSTREAM_UNAVAILABLE', retryMayHelp: true, title: 'The analytics service is temporarily down' });
  });
});
