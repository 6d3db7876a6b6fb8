import type { ObjectLiteral, Repository } from 'typeorm';

/**
 * Inserts a row unless a unique key already holds one (`INSERT … ON CONFLICT DO NOTHING`): true when it
 * was inserted. Two transactions inserting the same key at once: the second waits for the first and,
 * once that commits, inserts nothing. The check and the write are one statement, so exactly one wins
 * (what `exists` followed by `insert` cannot promise under READ COMMITTED).
 */
export async function insertIfAbsent<T extends ObjectLiteral>(
  repository: Repository<T>,
  row: T,
): Promise<boolean> {
  const result = await repository
    .createQueryBuilder()
    .insert()
    .values(row)
    .orIgnore()
    .returning(repository.metadata.primaryColumns[0].databaseName)
    .execute();
  // PostgreSQL returns the inserted rows: none when the key was taken.
  return (result.raw as unknown[]).length > 0;
}
