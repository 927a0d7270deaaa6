using BenchmarkDotNet.Attributes;
using Ressourcerie.Analytics;
using Ressourcerie.Analytics.Inventories;

namespace Ressourcerie.Bench.Benchmarks;

/// <summary>
/// Writing the inventory as one streamed worksheet (the path <c>Reporting/Excel</c> takes for large
/// sheets): about 106,000 rows of ten columns, 10 % of the national sheet.
/// </summary>
public class InventorySheetBenchmarks
{
    private IReadOnlyList<InventoryItem> _items = [];
    private string _path = "";

    [GlobalSetup]
    public void Setup()
    {
        _items = Study.Load(BenchData.Folder(150)).Inventory;
        _path = Path.Combine(Path.GetTempPath(), "ressourcerie-bench", $"inventaire-{Environment.ProcessId}.xlsx");
    }

    [Benchmark(Description = "WorkbookWriter, feuille en flux (inventaire 10 %)")]
    public long WriteStreamedSheet() => InventorySheet.Write(_path, _items);

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);
}
