// Runs `gen` (bin/gen.js, same argv shape) and, at exit, writes the process's CPU time in ms
// (user + system, all threads) to $GEN_SCALE_CPU: bench/scale.js ranks scaling by it, as wall
// time on a shared machine swings with the load of other processes.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const u = process.cpuUsage();
  writeFileSync(process.env.GEN_SCALE_CPU, String((u.user + u.system) / 1000));
});
await import('../bin/gen.js');
