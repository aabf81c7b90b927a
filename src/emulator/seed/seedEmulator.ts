/**
 * Creates and seeds every organization's database: the 15 views from `ANALYTICS_VIEWS`, then the
 * organization's data.
 */
import { createDatabaseSql } from '../schema';
import { ORGANIZATIONS, organizationDatabase } from './organizations';
import type { OrganizationSpec } from './organizations';
import type { EmulatorScale } from './scales';
import { seedOrganization } from './seedOrganization';
import type { SeedRunner } from './seedOrganization';

export interface SeedEmulatorOptions {
  seed: number;
  scale: EmulatorScale;
  anchorDate: string;
}

/** Seeds all organizations; resolves to each organization with its database. */
export async function seedEmulator(
  runner: SeedRunner,
  options: SeedEmulatorOptions,
): Promise<{ org: OrganizationSpec; database: string }[]> {
  const seeded: { org: OrganizationSpec; database: string }[] = [];
  for (const org of ORGANIZATIONS) {
    const database = organizationDatabase(org);
    for (const statement of createDatabaseSql(database)) await runner.exec(statement);
    await seedOrganization(runner, { org, database, ...options });
    seeded.push({ org, database });
  }
  return seeded;
}
