// The cheapest possible async operation: what is left is the harness's own cost.
export async function run() {}
