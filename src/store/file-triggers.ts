/**
 * Triggers that drop a library's row of `table` (keyed by `root`) whenever any process inserts or deletes a file of
 * that library, or changes one of `columns` of one: a row that exists then still says something true of the stored
 * files (an older brief's writes included, as the triggers are the database file's). Named `files_<name>_ai/ad/au`.
 */
export function dropOnFileChange(name: string, table: string, columns: string): Record<string, string> {
  return {
    [`files_${name}_ai`]: `CREATE TRIGGER IF NOT EXISTS files_${name}_ai AFTER INSERT ON files BEGIN
  DELETE FROM ${table} WHERE root = new.root;
END`,
    [`files_${name}_ad`]: `CREATE TRIGGER IF NOT EXISTS files_${name}_ad AFTER DELETE ON files BEGIN
  DELETE FROM ${table} WHERE root = old.root;
END`,
    [`files_${name}_au`]: `CREATE TRIGGER IF NOT EXISTS files_${name}_au AFTER UPDATE OF ${columns}
ON files BEGIN
  DELETE FROM ${table} WHERE root IN (old.root, new.root);
END`,
  };
}
