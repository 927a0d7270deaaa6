namespace Ressourcerie.Analytics.SampleData;

/// <summary>What <see cref="SampleDataGenerator.Generate(SampleDataOptions, string, Action{string}?)"/> wrote: row counts per file and the defects planted on purpose.</summary>
public sealed record SampleDataSummary(
    int Seed,
    int Institutions,
    long InventoryLines,
    int Needs,
    int Interviews,
    int CodedSegments,
    IReadOnlyList<string> Files,
    IReadOnlyList<PlantedDefect> PlantedDefects);
