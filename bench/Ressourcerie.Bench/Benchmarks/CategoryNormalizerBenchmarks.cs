using BenchmarkDotNet.Attributes;
using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Inventories;

namespace Ressourcerie.Bench.Benchmarks;

/// <summary>
/// Category normalisation on the cells of a real-sized inventory: 100,000 (category, libellé,
/// marque, modèle) tuples from the generated national data, plus the free-text spellings of the
/// synonym table written as people type them. After the first pass every text is in the
/// normaliser's caches: this is the per-row cost a million lines pay.
/// </summary>
public class CategoryNormalizerBenchmarks
{
    private (string Category, string Label, string Brand, string Model)[] _cells = [];

    [GlobalSetup]
    public void Setup()
    {
        var cells = new List<(string, string, string, string)>();
        using (var reader = TabularFile.Open(Path.Combine(BenchData.Folder(150), "inventaire.csv")))
            while (reader.Read() && cells.Count < 100_000)
                cells.Add((reader.Text(1), reader.Text(2), reader.Text(3), reader.Text(4)));
        string[] typed = ["VP", "vidéoproj.", "Écran 55 pouces", "casque Quest", "HP EliteBook 840", "HP", "Apple TV", "projecteur LED", "ecrans", "divers"];
        for (int i = 0; i < cells.Count; i += 10) cells[i] = (typed[i / 10 % typed.Length], cells[i].Item2, cells[i].Item3, cells[i].Item4);
        _cells = [.. cells];
        Normalize();
    }

    [Benchmark(Description = "CategoryNormalizer.Normalize ×100 000 (caches chauds)")]
    public int Normalize()
    {
        int known = 0;
        var normalizer = CategoryNormalizer.Default;
        foreach (var (category, label, brand, model) in _cells)
            if (normalizer.Normalize(category.AsSpan(), label.AsSpan(), brand.AsSpan(), model.AsSpan()).CategoryId is not null) known++;
        return known;
    }
}
