import { type DocumentNode, Kind, parse } from 'graphql';

/**
 * Issue 17 (a GraphQL IDE for tool builders): every type, field, argument and enum value of every SDL
 * has a description written for an outside developer, with no requirement IDs in it. Composition keeps
 * a description from any subgraph, so an item counts as described when one SDL that defines it says so.
 */
export interface DescriptionGap {
  /** Schema coordinate: `Type`, `Type.field`, `Type.field(arg:)`, `Enum.VALUE`. */
  coordinate: string;
  services: string[];
  problem: 'missing' | 'requirement id';
}

const REQUIREMENT_ID = /\b[A-Z]{2,4}-\d+\b/;

/** Every describable item of one SDL with its description (or undefined). */
function items(document: DocumentNode): Map<string, string | undefined> {
  const found = new Map<string, string | undefined>();
  const add = (coordinate: string, description: string | undefined) => {
    // A later definition (an extension, a stub) never hides a description already seen.
    if (!found.get(coordinate)) found.set(coordinate, description);
  };
  for (const definition of document.definitions) {
    if (!('name' in definition) || !definition.name || definition.kind === Kind.DIRECTIVE_DEFINITION)
      continue;
    const type = definition.name.value;
    if ('description' in definition) add(type, definition.description?.value);
    else add(type, undefined);
    if ('fields' in definition)
      for (const field of definition.fields ?? []) {
        add(`${type}.${field.name.value}`, field.description?.value);
        if ('arguments' in field)
          for (const arg of field.arguments ?? [])
            add(`${type}.${field.name.value}(${arg.name.value}:)`, arg.description?.value);
      }
    if ('values' in definition)
      for (const value of definition.values ?? [])
        add(`${type}.${value.name.value}`, value.description?.value);
  }
  return found;
}

export function descriptionGaps(sdls: { service: string; sdl: string }[]): DescriptionGap[] {
  const merged = new Map<string, { description?: string; services: string[] }>();
  for (const { service, sdl } of sdls)
    for (const [coordinate, description] of items(parse(sdl))) {
      const entry = merged.get(coordinate) ?? { services: [] };
      entry.services.push(service);
      if (description?.trim() && !entry.description) entry.description = description;
      merged.set(coordinate, entry);
    }
  const gaps: DescriptionGap[] = [];
  for (const [coordinate, { description, services }] of merged) {
    if (coordinate === 'Query' || coordinate === 'Mutation') continue; // root types read as themselves
    if (!description) gaps.push({ coordinate, services, problem: 'missing' });
    else if (REQUIREMENT_ID.test(description)) gaps.push({ coordinate, services, problem: 'requirement id' });
  }
  return gaps.sort((a, b) => a.coordinate.localeCompare(b.coordinate));
}
