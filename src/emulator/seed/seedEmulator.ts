/**
 * Creates and seeds every organization's database: the 15 views from `ANALYTICS_VIEWS`, then the
 * organization's data. A data directory already seeded with the same generator version, seed,
 * scale and anchor is reused as is.
 */
import { createDatabaseSql, quoteLiteral } from '../schema';
import { ORGANIZATIONS, organizationDatabase } from './organizations';
import type { OrganizationSpec } from './organizations';
import type { EmulatorScale } from './scales';
import { seedOrganization } from './seedOrganization';
import type { SeedRunner } from './seedOrganization';

/** Bumped whenever the generator changes what it writes, so stale data directories are re-seeded. */
export const SEED_GENERATOR_VERSION = 8;

export interface SeedEmulatorOptions {
  seed: number;
  scale: EmulatorScale;
  /** `YYYY-MM-DD`: the last day with data. */
  anchorDate: string;
  /** ISO 8601 instant on `anchorDate`: nothing the seed writes is later. */
  anchorTime: string;
}

/** What seeding needs from the engine: run statements, read rows. */
export interface SeedEngine extends SeedRunner {
  select<T>(sql: string): Promise<T[]>;
}

/** The marker a seeded data directory carries. */
function seedKey(options: SeedEmulatorOptions): string {
  return `v${SEED_GENERATOR_VERSION}:${options.seed}:${options.scale}:${options.anchorTime}`;
}

/**
 * Seeds all organizations unless the directory already holds exactly this data; resolves to each
 * organization with its database and whether it was reused.
 */
export async function seedEmulator(
  engine: SeedEngine,
  options: SeedEmulatorOptions,
): Promise<{ organizations: { org: OrganizationSpec; database: string }[]; reused: boolean }> {
  const organizations = ORGANIZATIONS.map((org) => ({ org, database: organizationDatabase(org) }));
  await engine.exec('CREATE DATABASE IF NOT EXISTS emulator_meta');
  await engine.exec('CREATE TABLE IF NOT EXISTS emulator_meta.seeded (key String) ENGINE = MergeTree ORDER BY key');
  const key = seedKey(options);
  const marked = await engine.select<{ key: string }>('SELECT key FROM emulator_meta.seeded');
  const present = await engine.select<{ name: string }>(
    `SELECT name FROM system.databases WHERE name IN (${organizations.map((o) => quoteLiteral(o.database)).join(', ')})`,
  );
  if (marked.length === 1 && marked[0]?.key === key && present.length === organizations.length) {
    return { organizations, reused: true };
  }
  await engine.exec('TRUNCATE TABLE emulator_meta.seeded');
  for (const { org, database } of organizations) {
    for (const statement of createDatabaseSql(database)) await engine.exec(statement);
    await seedOrganization(engine, { org, database, ...options });
  }
  await engine.exec(`INSERT INTO emulator_meta.seeded VALUES (${quoteLiteral(key)})`);
  return { organizations, reused: false };
}
