/**
 * The preview's saved state: the workbook, the document and script properties (request IDs, last
 * IDs, job outcomes live there), the installed triggers and the simulated clock, in one JSON file
 * so a restart continues where the user left off.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Emulator, TriggerRecord } from '../emulator/index';
import type { PropertyStore } from '../emulator/services/properties';
import type { WorkbookJSON } from '../emulator/spreadsheet/serialize';

type Trigger = Omit<TriggerRecord, 'uniqueId' | 'documentId'>;

export interface SavedPreview {
  version: 1;
  now: number;
  enabled: boolean;
  workbook: WorkbookJSON;
  documentProperties: [string, string][];
  scriptProperties: [string, string][];
  triggers: Trigger[];
}

export function readSaved(file: string): SavedPreview | undefined {
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as SavedPreview;
    return saved.version === 1 ? saved : undefined;
  } catch {
    return undefined;
  }
}

export function snapshot(emu: Emulator): SavedPreview {
  return {
    version: 1,
    now: emu.rt.clock.now(),
    enabled: emu.document.enabled,
    workbook: emu.workbook.toJSON(),
    documentProperties: emu.properties.document.entries(),
    scriptProperties: emu.properties.script.entries(),
    triggers: emu.triggers.all().map(({ uniqueId: _, documentId: __, ...t }) => t),
  };
}

/** Written beside the target and renamed over it, so a crash never leaves half a file. */
export function writeSaved(file: string, saved: SavedPreview): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.tmp`;
  writeFileSync(temp, JSON.stringify(saved));
  renameSync(temp, file);
}

const fill = (store: PropertyStore, entries: [string, string][]) =>
  store.update((draft) => {
    for (const [k, v] of entries) draft.set(k, v);
  });

/** What the workbook JSON does not carry: properties and triggers. */
export function restoreServices(emu: Emulator, saved: SavedPreview): void {
  fill(emu.properties.document, saved.documentProperties);
  fill(emu.properties.script, saved.scriptProperties);
  for (const trigger of saved.triggers) emu.triggers.add(trigger);
}
