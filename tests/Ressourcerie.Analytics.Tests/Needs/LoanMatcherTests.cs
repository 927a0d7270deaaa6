using Ressourcerie.Analytics.Inventories;
using Ressourcerie.Analytics.Needs;

namespace Ressourcerie.Analytics.Tests.Needs;

public class LoanMatcherTests
{
    private const string Vp = "video_projector";

    [Fact]
    public void Paris_Lyon_haversine_is_391_5_km() =>
        Assert.Equal(391.5, MatchingWorld.Paris.DistanceKmTo(MatchingWorld.Lyon), 1);

    [Fact]
    public void A_need_in_Paris_borrows_the_idle_projector_of_Lyon_at_391_5_km()
    {
        var run = new MatchingWorld()
            .Institution("PARIS", MatchingWorld.Paris).Institution("LYON", MatchingWorld.Lyon)
            .Idle("LYON", Vp, 1)
            .Need("PARIS", Vp, 1, "2024-03-01", "2024-05-31", "Exposition de printemps")
            .Run(new MatchingOptions { MaxDistanceKm = 500 });

        var loan = Assert.Single(run.Result.Loans);
        Assert.Equal(("LYON", "PARIS", Vp, 1), (loan.LenderInstitutionId, loan.BorrowerInstitutionId, loan.CategoryId, loan.Quantity));
        Assert.Equal(391.5, loan.DistanceKm, 1);
        Assert.Equal((new DateOnly(2024, 3, 1), new DateOnly(2024, 5, 31), "Exposition de printemps"), (loan.Start, loan.End, loan.Project));
        Assert.Empty(run.Result.Unmet);
        Assert.True(run.Diagnostics.IsProvenOptimal);
    }

    [Fact]
    public void The_nearest_lender_is_chosen_and_a_need_may_be_split_between_lenders()
    {
        var run = new MatchingWorld()
            .Institution("PARIS", MatchingWorld.Paris).Institution("LYON", MatchingWorld.Lyon).Institution("LILLE", MatchingWorld.Lille)
            .Idle("LYON", Vp, 5).Idle("LILLE", Vp, 2)
            .Need("PARIS", Vp, 3, "2024-03-01", "2024-03-31")
            .Run(new MatchingOptions { MaxDistanceKm = 500 });

        Assert.Collection(run.Result.Loans,
            l => Assert.Equal(("LILLE", 2, 203.5), (l.LenderInstitutionId, l.Quantity, Math.Round(l.DistanceKm, 1))),
            l => Assert.Equal(("LYON", 1, 391.5), (l.LenderInstitutionId, l.Quantity, Math.Round(l.DistanceKm, 1))));
        Assert.Equal(2 * 203.5 + 391.5, run.Result.TotalDistanceKm, 0.1);
    }

    [Fact]
    public void An_institution_never_lends_to_itself()
    {
        var run = new MatchingWorld()
            .Institution("PARIS", MatchingWorld.Paris)
            .Idle("PARIS", Vp, 4)
            .Need("PARIS", Vp, 1, "2024-03-01", "2024-03-31")
            .Run();

        Assert.Empty(run.Result.Loans);
        var unmet = Assert.Single(run.Result.Unmet);
        Assert.Equal(UnmetReason.NoIdleItemInCategory, Assert.Single(run.UnmetReasons));
        Assert.Contains("aucun autre établissement", unmet.Reason);
    }

    [Fact]
    public void A_lender_beyond_the_maximum_distance_is_not_used_and_the_reason_names_the_nearest()
    {
        var run = new MatchingWorld()
            .Institution("PARIS", MatchingWorld.Paris).Institution("MARSEILLE", MatchingWorld.Marseille)
            .Idle("MARSEILLE", Vp, 3)
            .Need("PARIS", Vp, 2, "2024-03-01", "2024-03-31")
            .Run(new MatchingOptions { MaxDistanceKm = 300 });

        var unmet = Assert.Single(run.Result.Unmet);
        Assert.Equal(2, unmet.QuantityUnmet);
        Assert.Equal(UnmetReason.NoneWithinDistance, run.UnmetReasons[0]);
        Assert.Contains("à moins de 300 km", unmet.Reason);
        Assert.Contains("660,5 km", unmet.Reason);
    }

    [Theory]
    [InlineData("2024-03-13", 2, true)]
    [InlineData("2024-03-12", 2, false)]
    [InlineData("2024-03-11", 0, true)]
    [InlineData("2024-03-10", 0, false)]
    public void An_item_serves_successive_needs_when_the_transport_buffer_fits_between_them(string secondStart, int bufferDays, bool bothMet)
    {
        var run = new MatchingWorld()
            .Institution("PARIS", MatchingWorld.Paris).Institution("LILLE", MatchingWorld.Lille).Institution("LYON", MatchingWorld.Lyon)
            .Idle("LILLE", Vp, 1)
            .Need("PARIS", Vp, 1, "2024-03-01", "2024-03-10", "A")
            .Need("LYON", Vp, 1, secondStart, "2024-03-20", "B")
            .Run(new MatchingOptions { MaxDistanceKm = 600, TransportBufferDays = bufferDays });

        Assert.Equal(bothMet ? 2 : 1, run.Result.UnitsLent);
        if (!bothMet) Assert.Equal(UnmetReason.AllBusyInPeriod, Assert.Single(run.UnmetReasons));
    }

    [Fact]
    public void A_long_need_gives_way_to_two_short_ones_when_that_meets_more_needs()
    {
        // One projector; the long need would block both short ones. Earliest-end-first serves the two.
        var run = new MatchingWorld()
            .Institution("LILLE", MatchingWorld.Lille).Institution("PARIS", MatchingWorld.Paris).Institution("LYON", MatchingWorld.Lyon)
            .Idle("PARIS", Vp, 1)
            .Need("LILLE", Vp, 1, "2024-01-01", "2024-06-30", "long")
            .Need("LYON", Vp, 1, "2024-02-01", "2024-02-10", "court 1")
            .Need("LYON", Vp, 1, "2024-03-01", "2024-03-10", "court 2")
            .Run(new MatchingOptions { MaxDistanceKm = 500 });

        Assert.Equal(["court 1", "court 2"], run.Result.Loans.Select(l => l.Project));
        Assert.Equal("long", Assert.Single(run.Result.Unmet).Need.Project);
        Assert.Equal(UnmetReason.AllBusyInPeriod, run.UnmetReasons[0]);
    }

    [Fact]
    public void The_default_objective_meets_more_needs_while_the_distance_objective_prefers_short_loans()
    {
        // Lenders PARIS and ORLÉANS (one projector each); borrowers LILLE (PARIS 203.5 km, ORLÉANS
        // 314.4 km: too far) and REIMS (PARIS 130.3 km, ORLÉANS 217.0 km). Meeting both needs takes
        // PARIS → LILLE and ORLÉANS → REIMS; with an unmet unit priced 150 km, only PARIS → REIMS pays.
        var reims = new GeoPoint(49.2583, 4.0317);
        var world = new MatchingWorld()
            .Institution("LILLE", MatchingWorld.Lille).Institution("PARIS", MatchingWorld.Paris).Institution("REIMS", reims)
            .Institution("ORLEANS", new GeoPoint(47.9030, 1.9093))
            .Idle("PARIS", Vp, 1).Idle("ORLEANS", Vp, 1)
            .Need("LILLE", Vp, 1, "2024-03-01", "2024-03-31", "Lille")
            .Need("REIMS", Vp, 1, "2024-03-01", "2024-03-31", "Reims");

        var both = world.Run(new MatchingOptions { MaxDistanceKm = 300 });
        Assert.Equal([("PARIS", "LILLE"), ("ORLEANS", "REIMS")], both.Result.Loans.Select(l => (l.LenderInstitutionId, l.BorrowerInstitutionId)));

        var shortest = world.Run(new MatchingOptions { MaxDistanceKm = 300, Objective = MatchingObjective.MinimiseDistance, UnmetPenaltyKm = 150 });
        var loan = Assert.Single(shortest.Result.Loans);
        Assert.Equal(("PARIS", "REIMS", 130.3), (loan.LenderInstitutionId, loan.BorrowerInstitutionId, Math.Round(loan.DistanceKm, 1)));
        Assert.Equal(UnmetReason.NotWorthTheDistance, Assert.Single(shortest.UnmetReasons));
    }

    [Fact]
    public void Needs_of_unknown_institutions_or_without_coordinates_are_reported_not_dropped()
    {
        var run = new MatchingWorld()
            .Institution("PARIS", MatchingWorld.Paris).Institution("NOWHERE", null)
            .Idle("PARIS", Vp, 3)
            .Need("GHOST", Vp, 1, "2024-03-01", "2024-03-31")
            .Need("NOWHERE", Vp, 2, "2024-03-01", "2024-03-31")
            .Run();

        Assert.Equal([UnmetReason.UnknownInstitution, UnmetReason.NoCoordinates], run.UnmetReasons);
        Assert.Equal(3, run.Result.UnitsUnmet);
    }

    [Fact]
    public void Only_idle_items_are_lent_in_stock_or_used_two_months_or_less_never_out_of_service()
    {
        var run = new MatchingWorld()
            .Institution("PARIS", MatchingWorld.Paris).Institution("LILLE", MatchingWorld.Lille)
            .Idle("LILLE", Vp, 1, EquipmentStatus.HorsService)
            .Idle("LILLE", Vp, 1, EquipmentStatus.EnService, months: 6)
            .Idle("LILLE", Vp, 1, EquipmentStatus.EnService, months: 2)
            .Idle("LILLE", Vp, 1, EquipmentStatus.AReparer)
            .Need("PARIS", Vp, 4, "2024-03-01", "2024-03-31")
            .Run();

        Assert.Equal(1, run.Result.UnitsLent);
        Assert.Equal(3, run.Result.UnitsUnmet);
        Assert.Equal(1, run.Diagnostics.IdleUnits);
    }

    [Fact]
    public void Every_unit_of_need_is_either_lent_or_reported_unmet()
    {
        var world = RandomWorlds.Create(seed: 7, institutions: 30, needs: 60, maxQuantity: 4);
        var run = world.Run(new MatchingOptions { MaxDistanceKm = 250 });
        Assert.Equal(world.Needs.Sum(n => n.Quantity), run.Result.UnitsLent + run.Result.UnitsUnmet);
        MatchingChecks.AssertFeasible(world, run, new MatchingOptions { MaxDistanceKm = 250 });
    }

    [Fact]
    public void The_same_inputs_give_the_same_loans()
    {
        var world = RandomWorlds.Create(seed: 11, institutions: 40, needs: 120, maxQuantity: 3);
        var first = world.Run();
        var second = world.Run();
        Assert.Equal(first.Result.Loans, second.Result.Loans);
        Assert.Equal(first.Result.Unmet.Select(u => (u.Need, u.QuantityUnmet, u.Reason)), second.Result.Unmet.Select(u => (u.Need, u.QuantityUnmet, u.Reason)));
    }
}
