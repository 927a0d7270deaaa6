using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Data.Analysis;
using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Inventories;
using Ressourcerie.Analytics.Needs;

namespace Ressourcerie.Analytics.Tests.Reliability;

/// <summary>A small random study (institutions across France, their inventory and needs) and a seed to shuffle it with.</summary>
public sealed record ShuffledStudy(List<Institution> Institutions, List<InventoryItem> Inventory, List<Need> Needs, int Shuffle)
{
    public List<T> Shuffled<T>(IEnumerable<T> items, int salt)
    {
        var random = new Random(Shuffle + salt);
        return [.. items.OrderBy(_ => random.Next())];
    }

    public override string ToString() => $"{Institutions.Count} établissements, {Inventory.Count} lignes, {Needs.Count} besoins, mélange {Shuffle}";
}

public static class ShuffledStudies
{
    private static readonly string[] Categories = ["video_projector", "display", "loudspeaker", "tablet", "computer_laptop", "headphones"];
    private static readonly (string Region, double Lat, double Lon)[] Places =
        [("Bretagne", 48.11, -1.68), ("Pays de la Loire", 47.47, -0.55), ("Île-de-France", 48.86, 2.35), ("Centre-Val de Loire", 47.90, 1.90), ("Hauts-de-France", 50.63, 3.06)];

    public static Arbitrary<ShuffledStudy> Studies() => Arb.From(
        from seed in Gen.Choose(0, int.MaxValue)
        from institutions in Gen.Choose(3, 12)
        from lines in Gen.Choose(0, 40)
        from needs in Gen.Choose(0, 30)
        from shuffle in Gen.Choose(0, int.MaxValue)
        select Build(seed, institutions, lines, needs, shuffle));

    private static ShuffledStudy Build(int seed, int institutionCount, int lines, int needCount, int shuffle)
    {
        var random = new Random(seed);
        var institutions = Enumerable.Range(0, institutionCount).Select(i =>
        {
            var place = Places[random.Next(Places.Length)];
            return new Institution($"I{i:D2}", $"Établissement {i}", (InstitutionType)random.Next(Enum.GetValues<InstitutionType>().Length), null, place.Region,
                new GeoPoint(place.Lat + random.NextDouble() * 0.6, place.Lon + random.NextDouble() * 0.6), random.Next(0, 200), random.Next(0, 12));
        }).ToList();
        var statuses = Enum.GetValues<EquipmentStatus>();
        var inventory = Enumerable.Range(0, lines).Select(l => new InventoryItem(
            institutions[random.Next(institutionCount)].Id, Categories[random.Next(Categories.Length)], null, null, null,
            1 + random.Next(6), random.Next(5) == 0 ? null : 2010 + random.Next(16), statuses[random.Next(statuses.Length)],
            random.Next(4) == 0 ? null : random.Next(13), null, new SourceLocation("inventaire.csv", l + 2))).ToList();
        var origin = new DateOnly(2025, 1, 1);
        var needs = Enumerable.Range(0, needCount).Select(n =>
        {
            var start = origin.AddDays(random.Next(300));
            return new Need(institutions[random.Next(institutionCount)].Id, Categories[random.Next(Categories.Length)], 1 + random.Next(4),
                start, start.AddDays(random.Next(60)), $"Projet {n}", new SourceLocation("besoins.csv", n + 2));
        }).ToList();
        return new ShuffledStudy(institutions, inventory, needs, shuffle);
    }
}

/// <summary>
/// The analyses give the same answer whatever the order of the lines they are given (files
/// concatenated in another order, a sorted export): the inventory tables, the loan matching and the
/// needs clustering with a fixed seed. Impact totals have their own property in <c>ImpactPropertiesTests</c>.
/// </summary>
[Properties(Arbitrary = [typeof(ShuffledStudies)], MaxTest = 100)]
public sealed class OrderIndependenceTests
{
    private static List<string> Rows(DataFrame frame, bool sorted = false)
    {
        var rows = frame.Rows.Select(r => string.Join(" | ", r.Select(v => v?.ToString()))).ToList();
        return sorted ? [.. rows.Order(StringComparer.Ordinal)] : rows;
    }

    [Property]
    public bool Inventory_tables_do_not_depend_on_line_order(ShuffledStudy study)
    {
        var items = study.Inventory;
        var shuffled = study.Shuffled(items, 1);
        var institutions = study.Shuffled(study.Institutions, 2);
        return Rows(InventoryAnalysis.StockByCategory(items)).SequenceEqual(Rows(InventoryAnalysis.StockByCategory(shuffled)))
               && Rows(InventoryAnalysis.StockByStatus(items)).SequenceEqual(Rows(InventoryAnalysis.StockByStatus(shuffled)))
               && Rows(InventoryAnalysis.StockByAgeClass(items, 2025)).SequenceEqual(Rows(InventoryAnalysis.StockByAgeClass(shuffled, 2025)))
               && Rows(InventoryAnalysis.AgePyramid(items, 2025)).SequenceEqual(Rows(InventoryAnalysis.AgePyramid(shuffled, 2025)))
               && Rows(InventoryAnalysis.Utilisation(items, study.Institutions, UtilisationGrouping.Region)).SequenceEqual(Rows(InventoryAnalysis.Utilisation(shuffled, institutions, UtilisationGrouping.Region)))
               && Rows(InventoryAnalysis.Utilisation(items, study.Institutions, UtilisationGrouping.InstitutionType)).SequenceEqual(Rows(InventoryAnalysis.Utilisation(shuffled, institutions, UtilisationGrouping.InstitutionType)))
               && Rows(InventoryAnalysis.IdleStock(items), sorted: true).SequenceEqual(Rows(InventoryAnalysis.IdleStock(shuffled), sorted: true));
    }

    [Property]
    public bool Loan_matching_does_not_depend_on_the_order_of_institutions_lines_or_needs(ShuffledStudy study)
    {
        var original = LoanMatcher.Match(study.Institutions, study.Inventory, study.Needs);
        var shuffled = LoanMatcher.Match(study.Shuffled(study.Institutions, 3), study.Shuffled(study.Inventory, 4), study.Shuffled(study.Needs, 5));

        static List<string> Loans(MatchingResult r) => [.. r.Loans.Select(l => $"{l.LenderInstitutionId}>{l.BorrowerInstitutionId} {l.CategoryId} ×{l.Quantity} {l.Start}..{l.End} {l.Project} {l.DistanceKm:F6}").Order(StringComparer.Ordinal)];
        static List<string> Unmet(MatchingResult r) => [.. r.Unmet.Select(u => $"{u.Need.InstitutionId} {u.Need.CategoryId} {u.Need.Project} ×{u.QuantityUnmet}").Order(StringComparer.Ordinal)];
        return original.UnitsLent == shuffled.UnitsLent
               && Math.Abs(original.TotalDistanceKm - shuffled.TotalDistanceKm) < 1e-6
               && Loans(original).SequenceEqual(Loans(shuffled))
               && Unmet(original).SequenceEqual(Unmet(shuffled));
    }

    [Property]
    public bool Needs_clustering_with_a_fixed_seed_does_not_depend_on_order(ShuffledStudy study)
    {
        NeedsClusteringResult Run(IEnumerable<Institution> institutions, IEnumerable<Need> needs) =>
            NeedsClustering.Run(institutions, needs, new NeedsClusteringOptions { Seed = 11, MaxK = 5 });
        if (study.Needs.Select(n => n.InstitutionId).Distinct().Count() < 3) return true;
        NeedsClusteringResult original, shuffled;
        try
        {
            original = Run(study.Institutions, study.Needs);
        }
        catch (InvalidOperationException)
        {
            // Every institution with the same needs: no partition to compare, and the shuffled run must say the same.
            return Throws(() => Run(study.Shuffled(study.Institutions, 6), study.Shuffled(study.Needs, 7)));
        }
        shuffled = Run(study.Shuffled(study.Institutions, 6), study.Shuffled(study.Needs, 7));
        static List<string> Partition(NeedsClusteringResult r) => [.. r.Clusters.Select(c => string.Join(",", c.InstitutionIds.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal)];
        return original.K == shuffled.K && original.Silhouette.Equals(shuffled.Silhouette) && Partition(original).SequenceEqual(Partition(shuffled));
    }

    private static bool Throws(Action action)
    {
        try
        {
            action();
            return false;
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }
}
