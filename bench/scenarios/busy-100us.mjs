// An async operation that holds the CPU for 100 us.
export async function run() {
  const end = performance.now() + 0.1;
  while (performance.now() < end);
}
