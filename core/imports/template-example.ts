import type { ServiceContext } from '../context.ts';
import { areaKecamatan } from '../registers/demo-random.ts';
import { officeSettings } from '../settings/office-profile-service.ts';
import { choiceKey, displayCell } from './fields/cell-values.ts';
import type { ImportField } from './fields/import-field.ts';
import type { AnyImporter } from './importers.ts';
import type { RawRow } from './read/types.ts';

// A template's example row: written into each template (it passes its own dry run: places of
// the office's area, records it has), and known again in a file, where it is refused as an
// example, never imported (walk 31: a template sent back as it was added its example firm).

/** A kecamatan of the office's area and a desa in it (none before the area is set). */
function areaExample(ctx: ServiceContext): { kecamatan: string; desa: string } | null {
  const { areaCode } = officeSettings(ctx);
  const kecamatan = areaCode ? areaKecamatan(ctx.sqlite, areaCode).find((k) => k.desa.length > 0) : undefined;
  return kecamatan ? { kecamatan: kecamatan.name, desa: kecamatan.desa[0]!.name } : null;
}

/** The examples of a register's templates, the office's area and records looked up once. */
function examplesOf(ctx: ServiceContext, importer: AnyImporter) {
  const place = areaExample(ctx);
  const ofOffice = importer.officeExamples?.(ctx) ?? {};
  return (fields: readonly ImportField[], layoutExamples?: Readonly<Record<string, string>>): Map<string, string> => {
    const example = (f: ImportField) => {
      if (f.exampleOfArea && place) return place[f.exampleOfArea];
      if (Object.hasOwn(ofOffice, f.key)) return ofOffice[f.key] ?? '';
      return layoutExamples?.[f.key] ?? f.example;
    };
    return new Map(fields.map((f) => [f.key, example(f) ?? '']));
  };
}

/** Each field's example text in a template of these fields (one layout's, or the register's). */
export function templateExample(ctx: ServiceContext, importer: AnyImporter, fields: readonly ImportField[], layoutExamples?: Readonly<Record<string, string>>): Map<string, string> {
  return examplesOf(ctx, importer)(fields, layoutExamples);
}

/**
 * Every template the register offers (its own and each layout's), each field's example folded as
 * a cell is compared (choiceKey), when their examples are made up; none otherwise.
 */
export function templateExamples(ctx: ServiceContext, importer: AnyImporter): Map<string, string>[] {
  if (!importer.madeUpExample) return [];
  const of = examplesOf(ctx, importer);
  const fieldsOf = (keys: readonly string[]) => keys.map((key) => importer.fields.find((f) => f.key === key)).filter((f): f is ImportField => f !== undefined);
  const templates = [of(importer.fields), ...(importer.layouts ?? []).map((l) => of(fieldsOf(l.fields), l.examples))];
  return templates.map((t) => new Map([...t].filter(([, text]) => text !== '').map(([field, text]) => [field, choiceKey(text)])));
}

/**
 * A row that is a template's example: at least three of its mapped cells hold example text and
 * every mapped, filled cell holds its field's example (compared as the value mapping compares:
 * case, spaces and punctuation aside).
 */
export function isTemplateExample(examples: readonly ReadonlyMap<string, string>[], mapped: readonly (readonly [string, number])[], raw: RawRow): boolean {
  return examples.some((example) => {
    let same = 0;
    for (const [field, col] of mapped) {
      const cell = displayCell(raw.cells[col]).trim();
      if (!cell) continue;
      const expected = example.get(field); // folded already (templateExamples)
      if (expected === undefined || choiceKey(cell) !== expected) return false;
      same += 1;
    }
    return same >= 3;
  });
}
