// The one place that opens connections; everything else gets a driver from here.
import neo4j, { type Driver, type Session } from 'neo4j-driver';
import type { Neo4jConfig } from './config.ts';
import { describeNeo4jError } from './errors.ts';

export interface DriverOptions {
  /** How long the driver itself retries a transaction on transient errors and lost connections. */
  retryMs?: number;
}

export function openDriver(config: Neo4jConfig, options: DriverOptions = {}): Driver {
  try {
    return neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
      // Integers come back as JS numbers; the graph's integers (offsets, counts, years) are small.
      disableLosslessIntegers: true,
      maxTransactionRetryTime: options.retryMs ?? 30_000,
      connectionTimeout: 10_000,
      connectionAcquisitionTimeout: 30_000,
      userAgent: 'diplograph',
    });
  } catch (error) {
    throw describeNeo4jError(error, config);
  }
}

export function openSession(driver: Driver, config: Neo4jConfig, mode: 'READ' | 'WRITE'): Session {
  return driver.session({ database: config.database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
}

/** Fails early, with the fix, when the server is down, the password wrong or the database missing. */
export async function checkConnection(driver: Driver, config: Neo4jConfig): Promise<void> {
  const session = openSession(driver, config, 'READ');
  try {
    await session.run('RETURN 1');
  } catch (error) {
    throw describeNeo4jError(error, config);
  } finally {
    await session.close();
  }
}

/** Opens a driver, checks the connection, runs `work`, always closes. */
export async function withDriver<T>(config: Neo4jConfig, work: (driver: Driver) => Promise<T>, options: DriverOptions = {}): Promise<T> {
  const driver = openDriver(config, options);
  try {
    await checkConnection(driver, config);
    return await work(driver);
  } finally {
    await driver.close();
  }
}
