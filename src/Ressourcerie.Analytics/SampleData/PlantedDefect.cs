namespace Ressourcerie.Analytics.SampleData;

/// <summary>
/// A correctable defect the generator wrote on purpose, as a hand-made spreadsheet would have it:
/// where (file, spreadsheet row with header = 1, column header) and what was written. Readers must
/// accept the row, correct it and report a warning or a note; none of these rejects a row.
/// </summary>
public sealed record PlantedDefect(string File, int Row, string Column, string WrittenValue, string Description);
