/**
 * API-4: may an event payload's JSON Schema change this way and keep its version? Only by adding
 * optional properties (and by rewording annotations). Everything else is listed as a breaking change:
 * consumers built on the old schema must accept every new event, and events already on the topic must
 * still pass the new schema, so the two must accept exactly the same values apart from the new
 * optional fields (which consumers ignore). Pure: two parsed JSON Schemas in, the breaks out.
 */
export type JsonSchema = null | boolean | number | string | JsonSchema[] | { [key: string]: JsonSchema };

/** Keywords that describe without constraining: free to change within a version. */
const ANNOTATIONS = new Set(['description', 'title', 'examples', '$comment', '$id', '$schema']);

const isObject = (value: JsonSchema | undefined): value is { [key: string]: JsonSchema } =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const show = (value: JsonSchema | undefined) => (value === undefined ? 'nothing' : JSON.stringify(value));

export function breakingChanges(before: JsonSchema, after: JsonSchema, path = '$'): string[] {
  if (Array.isArray(before) && Array.isArray(after)) {
    if (before.length !== after.length) return [`${path}: ${show(before)} became ${show(after)}`];
    return before.flatMap((item, i) => breakingChanges(item, after[i]!, `${path}[${i}]`));
  }
  if (!isObject(before) || !isObject(after))
    return JSON.stringify(before) === JSON.stringify(after)
      ? []
      : [`${path}: ${show(before)} became ${show(after)}`];

  const breaks: string[] = [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    if (ANNOTATIONS.has(key) || key === 'properties' || key === 'required') continue;
    if (!(key in after)) breaks.push(`${path}: "${key}" ${show(before[key])} was removed`);
    else if (!(key in before)) breaks.push(`${path}: "${key}" ${show(after[key])} was added`);
    else breaks.push(...breakingChanges(before[key]!, after[key]!, `${path}.${key}`));
  }

  const wasRequired = new Set(Array.isArray(before.required) ? (before.required as string[]) : []);
  const isRequired = new Set(Array.isArray(after.required) ? (after.required as string[]) : []);
  const beforeProps = isObject(before.properties) ? before.properties : {};
  const afterProps = isObject(after.properties) ? after.properties : {};
  for (const [name, schema] of Object.entries(beforeProps)) {
    const at = `${path}.${name}`;
    if (!(name in afterProps)) {
      breaks.push(`${at}: removed`);
      continue;
    }
    if (wasRequired.has(name) && !isRequired.has(name)) breaks.push(`${at}: required became optional`);
    if (!wasRequired.has(name) && isRequired.has(name)) breaks.push(`${at}: optional became required`);
    breaks.push(...breakingChanges(schema, afterProps[name]!, at));
  }
  for (const name of Object.keys(afterProps))
    if (!(name in beforeProps) && isRequired.has(name)) breaks.push(`${path}.${name}: added as required`);
  return breaks;
}
