// What must stop before the library closes: running computations register here, and the host's
// shutdown runs them all (each one's failure is logged, never blocking the others).

export class ShutdownTasks {
  private readonly tasks: (() => void | Promise<void>)[] = [];

  add(task: () => void | Promise<void>): void {
    this.tasks.push(task);
  }

  async run(): Promise<void> {
    const results = await Promise.allSettled(this.tasks.map(async (task) => task()));
    for (const result of results) if (result.status === 'rejected') console.error('shutdown task failed:', result.reason);
  }
}
