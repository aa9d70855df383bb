/**
 * What the numbers were measured on: date, CPU model and cores, memory, OS, Node and the Chromium version
 * (read from the browser that ran the pages), and the load average at the start and end of the run: on a
 * shared machine the load says how much to trust the absolute times (ratios are measured interleaved, so
 * they suffer less).
 */
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { readFileSync } from 'node:fs';

function osName() {
  try {
    const line = readFileSync('/etc/os-release', 'utf8').split('\n').find((l) => l.startsWith('PRETTY_NAME='));
    if (line) return line.slice('PRETTY_NAME='.length).replace(/^"|"$/g, '');
  } catch {
    // not Linux: fall through
  }
  return `${type()} ${release()}`;
}

/** The machine description stored in results.json (`browser` is filled in once Chromium runs). */
export function describeMachine() {
  const cores = cpus();
  return {
    date: new Date().toISOString(),
    cpu: cores[0]?.model.trim() ?? 'unknown',
    cores: cores.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: osName(),
    node: process.version,
    loadAverageAtStart: loadavg().map((v) => Math.round(v * 100) / 100),
  };
}

export function currentLoad() {
  return loadavg().map((v) => Math.round(v * 100) / 100);
}
