/** Revenue and credits: filled in by the next increment. */
import type { SeedContext } from './seedOrganization';

export async function seedRevenue(_context: SeedContext): Promise<void> {}
