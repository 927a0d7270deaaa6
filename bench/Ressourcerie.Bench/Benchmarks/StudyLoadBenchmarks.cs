using BenchmarkDotNet.Attributes;
using Ressourcerie.Analytics;
using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Inventories;

namespace Ressourcerie.Bench.Benchmarks;

/// <summary>
/// Reading and validating a data folder: the whole of <c>Study.Load</c> (institutions, inventory,
/// needs), and the inventory reader alone, streamed (what a national count or aggregate costs).
/// 150 institutions × 700 lines is 10 % of national scale (about 106,000 inventory lines).
/// </summary>
public class StudyLoadBenchmarks
{
    private string _folder = "";
    private InstitutionIndex _institutions = null!;

    [Params(150)]
    public int Institutions { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = BenchData.Folder(Institutions);
        _institutions = new InstitutionIndex(InstitutionReader.Read(Path.Combine(_folder, "institutions.csv"), new DataQualityReport()));
    }

    [Benchmark(Description = "Study.Load (dossier complet)")]
    public long Load() => Study.Load(_folder).Quality.RowsAccepted;

    [Benchmark(Description = "InventoryReader.Stream (inventaire seul)")]
    public long StreamInventory()
    {
        using var reader = TabularFile.Open(Path.Combine(_folder, "inventaire.csv"));
        long units = 0;
        foreach (var item in InventoryReader.Stream(reader, new DataQualityReport(), _institutions)) units += item.Quantity;
        return units;
    }

    [Benchmark(Description = "TabularReader seul (lecture CSV sans validation)")]
    public long ReadCellsOnly()
    {
        using var reader = TabularFile.Open(Path.Combine(_folder, "inventaire.csv"));
        long chars = 0;
        while (reader.Read())
            for (int c = 0; c < reader.Headers.Count; c++) chars += reader.Span(c).Length;
        return chars;
    }
}
