// Generates a large, realistic DBML schema: N tables with columns, refs, indexes, notes, enums.
export function generateSchema(tables) {
  const out = ['Enum status {\n  active\n  inactive\n  banned\n}\n'];
  for (let i = 0; i < tables; i++) {
    const refs = i > 0 ? `  parent_id bigint [ref: > t${Math.floor(i / 2)}.id]\n` : '';
    out.push(`Table t${i} [note: 'table ${i}'] {
  id bigint [pk, increment]
  name varchar(255) [not null, unique]
  email varchar(320) [not null]
  status status [not null, default: 'active']
  amount numeric(12, 2) [default: 0]
  created_at timestamptz [not null, default: \`now()\`]
  payload jsonb
${refs}
  indexes {
    (name, created_at)
    \`lower(email)\` [name: 't${i}_email_lower']
  }
}
`);
  }
  return out.join('\n');
}
