using Ressourcerie.Analytics.Needs;

namespace Ressourcerie.Analytics.Tests.Needs;

public class MatchingSummaryTests
{
    private const string Vp = "video_projector";

    private static (MatchingWorld World, MatchingResult Result) Matched()
    {
        var world = new MatchingWorld()
            .Institution("PARIS", MatchingWorld.Paris, "Île-de-France")
            .Institution("LILLE", MatchingWorld.Lille, "Hauts-de-France")
            .Institution("LYON", MatchingWorld.Lyon, "Auvergne-Rhône-Alpes")
            .Idle("LILLE", Vp, 2)
            .Need("PARIS", Vp, 3, "2024-03-01", "2024-03-31", "Printemps")
            .Need("LYON", Vp, 1, "2024-03-01", "2024-03-31", "Biennale");
        return (world, world.Run(new MatchingOptions { MaxDistanceKm = 300 }).Result);
    }

    [Fact]
    public void By_region_counts_needs_loans_and_unmet_units_of_borrowers_and_units_lent_by_lenders()
    {
        var (world, result) = Matched();
        var table = MatchingSummary.ByRegion(result, world.Institutions);

        Assert.Equal(["Auvergne-Rhône-Alpes", "Hauts-de-France", "Île-de-France"], table["Région"].Cast<string>());
        Assert.Equal([1L, 0L, 3L], table["Besoins (unités)"].Cast<long>());
        Assert.Equal([0L, 0L, 2L], table["Unités couvertes par prêt"].Cast<long>());
        Assert.Equal([1L, 0L, 1L], table["Unités non couvertes"].Cast<long>());
        Assert.Equal(2.0 / 3.0, (double)table["Taux de couverture"][2]!, 9);
        Assert.Equal(203.5, (double)table["Distance moyenne par unité (km)"][2]!);
        Assert.Null(table["Distance moyenne par unité (km)"][0]);
        Assert.Equal([0L, 2L, 0L], table["Unités prêtées par la région"].Cast<long>());
        Assert.Equal([0L, 0L, 2L], table["Unités reçues d'une autre région"].Cast<long>());
    }

    [Fact]
    public void Loans_and_unmet_tables_name_lenders_borrowers_periods_and_reasons()
    {
        var (world, result) = Matched();
        var loans = MatchingSummary.Loans(result, world.Institutions);
        Assert.Equal(1, loans.Rows.Count);
        Assert.Equal("LILLE", loans["Prêteur"][0]);
        Assert.Equal("Vidéoprojecteur", loans["Libellé catégorie"][0]);
        Assert.Equal(2, loans["Quantité"][0]);
        Assert.Equal(new DateTime(2024, 3, 1), loans["Début"][0]);

        var unmet = MatchingSummary.Unmet(result);
        Assert.Equal(["PARIS", "LYON"], unmet["Établissement"].Cast<string>());
        Assert.Equal([1, 1], unmet["Quantité non couverte"].Cast<int>());
        Assert.Contains("déjà prêté", (string)unmet["Motif"][0]!);
        Assert.Contains("à moins de 300 km", (string)unmet["Motif"][1]!);
        Assert.Equal("besoins.csv, ligne 2", unmet["Source"][0]);
    }
}
