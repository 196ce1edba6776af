import { describe, expect, it } from 'vitest';
import { createCharts } from '../../tools/emulator/spreadsheet/index';
import { fresh } from './spreadsheet-fixture';

const Charts = createCharts();

describe('embedded charts', () => {
  it('builds, inserts and lists a chart with its type, ranges, position and options', () => {
    const { sheet } = fresh();
    const chart = sheet
      .newChart()
      .setChartType(Charts.ChartType.LINE)
      .addRange(sheet.getRange('A1:B10'))
      .setPosition(2, 4, 0, 0)
      .setOption('title', 'Tickets')
      .build();
    sheet.insertChart(chart);
    const [stored] = sheet.getCharts();
    expect(stored!.getType()).toBe('LINE');
    expect(stored!.getOptions().get('title')).toBe('Tickets');
    expect(stored!.getOptions().get('missing')).toBeNull();
    expect(stored!.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:B10']);
    expect(stored!.getContainerInfo().getAnchorRow()).toBe(2);
    expect(stored!.getId()).toMatch(/^u\d+$/);
  });

  it('updates a chart through modify() and removes it', () => {
    const { sheet } = fresh();
    sheet.insertChart(sheet.newChart().addRange(sheet.getRange('A1:A5')).build());
    const [chart] = sheet.getCharts();
    sheet.updateChart(chart!.modify().setChartType(Charts.ChartType.PIE).setOption('title', 'Mix').build());
    const [updated] = sheet.getCharts();
    expect([updated!.getType(), updated!.getOptions().get('title')]).toEqual(['PIE', 'Mix']);
    sheet.removeChart(updated!);
    expect(sheet.getCharts()).toEqual([]);
  });

  it('keeps chart ranges on their cells when rows are inserted', () => {
    const { sheet } = fresh();
    sheet.insertChart(sheet.newChart().addRange(sheet.getRange('A2:B10')).build());
    sheet.insertRowsBefore(5, 3);
    expect(sheet.getCharts()[0]!.getRanges()[0]!.getA1Notation()).toBe('A2:B13');
  });
});
