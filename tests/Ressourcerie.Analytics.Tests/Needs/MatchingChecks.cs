using Ressourcerie.Analytics.Inventories;
using Ressourcerie.Analytics.Needs;

namespace Ressourcerie.Analytics.Tests.Needs;

/// <summary>Independent checks of a matching, written without the matcher's data structures.</summary>
internal static class MatchingChecks
{
    /// <summary>No lender lends more idle units than it has on any day; loans respect distance, category and self-exclusion.</summary>
    public static void AssertFeasible(MatchingWorld world, LoanMatchingRun run, MatchingOptions options)
    {
        var idle = world.Items.Where(i => IdleStock.IsIdle(i, options.Idle))
            .GroupBy(i => (i.InstitutionId, i.CategoryId)).ToDictionary(g => g.Key, g => g.Sum(i => i.Quantity));
        var location = world.Institutions.ToDictionary(i => i.Id, i => i.Location!.Value);
        var load = new Dictionary<(string, string, int), int>();
        foreach (var loan in run.Result.Loans)
        {
            Assert.NotEqual(loan.LenderInstitutionId, loan.BorrowerInstitutionId);
            Assert.True(loan.DistanceKm <= options.MaxDistanceKm);
            Assert.Equal(location[loan.LenderInstitutionId].DistanceKmTo(location[loan.BorrowerInstitutionId]), loan.DistanceKm, 6);
            for (int day = loan.Start.DayNumber; day <= loan.End.DayNumber + options.TransportBufferDays; day++)
            {
                var key = (loan.LenderInstitutionId, loan.CategoryId, day);
                load[key] = load.GetValueOrDefault(key) + loan.Quantity;
                Assert.True(load[key] <= idle.GetValueOrDefault((loan.LenderInstitutionId, loan.CategoryId)),
                    $"{loan.LenderInstitutionId} prête plus qu'il n'a le jour {DateOnly.FromDayNumber(day)}");
            }
        }
        foreach (var need in world.Needs)
        {
            int lent = run.Result.Loans.Where(l => l.BorrowerInstitutionId == need.InstitutionId && l.CategoryId == need.CategoryId
                && l.Start == need.Start && l.End == need.End && l.Project == need.Project).Sum(l => l.Quantity);
            int unmet = run.Result.Unmet.Where(u => ReferenceEquals(u.Need, need)).Sum(u => u.QuantityUnmet);
            Assert.Equal(need.Quantity, lent + unmet);
        }
    }

    /// <summary>Units met and metres × units, with distances rounded to the metre as the matcher's objective does.</summary>
    public static (long Served, long Metres) Objective(MatchingResult result) =>
        (result.UnitsLent, result.Loans.Sum(l => (long)Math.Round(l.DistanceKm * 1000, MidpointRounding.AwayFromZero) * l.Quantity));
}
