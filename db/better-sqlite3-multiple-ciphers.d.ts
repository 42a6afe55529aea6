// The package's own index.d.ts is not reachable through its "exports"; its API is
// better-sqlite3's, so the constructor is declared with better-sqlite3's types.
declare module 'better-sqlite3-multiple-ciphers' {
  import type BetterSqlite3 from 'better-sqlite3';
  const Database: new (filename?: string | Buffer, options?: BetterSqlite3.Options) => BetterSqlite3.Database;
  export default Database;
}
