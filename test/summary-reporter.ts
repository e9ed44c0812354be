import type { File, Task } from '@vitest/runner';
import type { Reporter } from 'vitest/reporters';

/** Ends the run with a plain "N passed, N failed, N skipped" line that any CI can read. */
export default class SummaryReporter implements Reporter {
  onFinished(files: File[] = [], errors: unknown[] = []): void {
    const counts = { passed: 0, failed: errors.length, skipped: 0 };
    const visit = (task: Task) => {
      if (task.type === 'suite') {
        if (task.tasks.length === 0 && task.result?.state === 'fail') counts.failed++;
        task.tasks.forEach(visit);
        return;
      }
      const state = task.result?.state;
      if (state === 'pass') counts.passed++;
      else if (state === 'fail') counts.failed++;
      else counts.skipped++;
    };
    files.forEach(visit);
    // After the default reporter's summary, so that it is the run's last line.
    setImmediate(() => process.stdout.write(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`));
  }
}
