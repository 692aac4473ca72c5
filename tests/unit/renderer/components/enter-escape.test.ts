import { describe, expect, it } from 'vitest';
import { enterOrEscape, type KeyPress } from '../../../../src-renderer/src/components/enter-escape';

/** A key press that records what the handler did with it. */
function press(key: string) {
  const seen = { prevented: false, stopped: false };
  const event: KeyPress = {
    key,
    preventDefault: () => void (seen.prevented = true),
    stopPropagation: () => void (seen.stopped = true),
  };
  return { event, seen };
}

describe('enterOrEscape', () => {
  const run = (key: string) => {
    const done: string[] = [];
    const { event, seen } = press(key);
    enterOrEscape(
      () => done.push('enter'),
      () => done.push('escape'),
    )(event);
    return { done, ...seen };
  };

  it('does the Enter action instead of submitting the form around the input, and lets the press go on', () => {
    expect(run('Enter')).toEqual({ done: ['enter'], prevented: true, stopped: false });
  });

  it('does the Escape action and keeps the press from closing a dialog around the input', () => {
    expect(run('Escape')).toEqual({ done: ['escape'], prevented: true, stopped: true });
  });

  it('leaves every other key to type as usual', () => {
    expect(run('a')).toEqual({ done: [], prevented: false, stopped: false });
    expect(run('Tab')).toEqual({ done: [], prevented: false, stopped: false });
  });
});
