using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ressourcerie.Analytics.Impact;
using Ressourcerie.Analytics.Inventories;
using Ressourcerie.Analytics.Needs;
using static Ressourcerie.Analytics.Tests.Impact.ImpactStudy;

namespace Ressourcerie.Analytics.Tests.Impact;

/// <summary>A random small study: needs, loans and stock over a few institutions, categories (some without factor) and years.</summary>
public sealed record StudyCase(List<Need> Needs, List<Loan> Loans, List<InventoryItem> Stock, List<Loan> ExtraLoans, int Shuffle, Scenario Scenario)
{
    public ImpactInputs Inputs(IEnumerable<Loan>? loans = null) => ImpactStudy.Inputs(Needs, loans ?? Loans, Stock);

    public override string ToString() =>
        $"{Needs.Count} besoins, {Loans.Count} prêts (+{ExtraLoans.Count}), {Stock.Count} lignes de parc, scénario {Scenario.LoanShare}/{Scenario.LifetimeExtensionYears}/{Scenario.RefurbishedShare}";
}

public static class StudyCases
{
    private static readonly string[] Institutions = ["A", "B", "C", "D", "E"];
    private static readonly string[] Categories = ["video_projector", "display", "computer_laptop", "tablet", "headphones", "interactive_kiosk", "server"];

    public static Arbitrary<StudyCase> Case()
    {
        var year = Gen.Choose(2024, 2028);
        var institution = Gen.Elements(Institutions);
        var category = Gen.Elements(Categories);
        var need =
            from i in institution
            from c in category
            from q in Gen.Choose(1, 20)
            from y in year
            select Need(i, c, q, y);
        var loan =
            from lender in institution
            from borrower in institution
            from c in category
            from q in Gen.Choose(1, 10)
            from km in Gen.Choose(0, 800)
            from y in year
            select Loan(lender, borrower, c, q, km + 0.25 * (q % 4), y);
        var item =
            from i in institution
            from c in category
            from q in Gen.Choose(1, 50)
            from status in Gen.Elements(EquipmentStatus.EnService, EquipmentStatus.EnStock, EquipmentStatus.Prete)
            from months in Gen.Choose(0, 12)
            select Item(i, c, q, status, months == 0 ? null : months);
        var scenario =
            from share in Gen.Choose(0, 10)
            from extension in Gen.Choose(0, 4)
            from refurbished in Gen.Choose(0, 10)
            from horizon in Gen.Choose(1, 6)
            from items in Gen.Choose(1, 6)
            from maxKm in Gen.Choose(0, 900)
            from recurring in Gen.Elements(true, false)
            select new Scenario
            {
                Name = "aléatoire",
                LoanShare = share / 10.0,
                LifetimeExtensionYears = extension,
                RefurbishedShare = refurbished / 10.0,
                HorizonYears = horizon,
                ItemsPerTrip = items,
                MaxDistanceKm = maxKm,
                RecurringNeeds = recurring,
                OlderDeviceExtraConsumption = 0.1,
            };
        var study =
            from needs in Gen.ListOf(need)
            from loans in Gen.ListOf(loan)
            from stock in Gen.ListOf(item)
            from extra in Gen.NonEmptyListOf(loan)
            from shuffle in Gen.Choose(0, int.MaxValue)
            from s in scenario
            select new StudyCase(needs.ToList(), loans.ToList(), stock.ToList(), extra.ToList(), shuffle, s);
        return study.ToArbitrary();
    }
}

[Properties(Arbitrary = [typeof(StudyCases)], MaxTest = 200)]
public class ImpactPropertiesTests
{
    [Property]
    public bool More_loans_never_lower_avoided_emissions(StudyCase study)
    {
        // Extra loans come with their needs: a loan covers a need that would otherwise be bought.
        var extraNeeds = study.ExtraLoans.Select(l => Need(l.BorrowerInstitutionId, l.CategoryId, l.Quantity, l.Start.Year));
        var before = ImpactModel.Run(ImpactStudy.Inputs(study.Needs.Concat(extraNeeds), study.Loans, study.Stock), study.Scenario);
        var after = ImpactModel.Run(ImpactStudy.Inputs(study.Needs.Concat(extraNeeds), study.Loans.Concat(study.ExtraLoans), study.Stock), study.Scenario);

        return after.AvoidedKgCO2e >= before.AvoidedKgCO2e - 1e-9 * Math.Max(1, Math.Abs(before.AvoidedKgCO2e));
    }

    [Property]
    public bool Results_do_not_depend_on_the_order_of_needs_loans_or_stock(StudyCase study)
    {
        var random = new Random(study.Shuffle);
        var shuffled = ImpactStudy.Inputs(
            study.Needs.OrderBy(_ => random.Next()),
            study.Loans.OrderBy(_ => random.Next()),
            study.Stock.OrderBy(_ => random.Next()));

        var original = ImpactModel.Run(study.Inputs(), study.Scenario);
        var reordered = ImpactModel.Run(shuffled, study.Scenario);

        return original.Total == reordered.Total
               && original.ByCategory.SequenceEqual(reordered.ByCategory)
               && original.ByInstitution.SequenceEqual(reordered.ByInstitution)
               && original.ByYear.SequenceEqual(reordered.ByYear)
               && original.MissingFactors.SequenceEqual(reordered.MissingFactors)
               && original.Exclusions == reordered.Exclusions;
    }

    [Property]
    public bool Net_is_avoided_minus_transport_and_categories_add_up(StudyCase study)
    {
        var result = ImpactModel.Run(study.Inputs(), study.Scenario);
        double tolerance = 1e-9 * Math.Max(1, Math.Abs(result.AvoidedKgCO2e) + result.TransportKgCO2e);

        return Math.Abs(result.NetKgCO2e - (result.AvoidedKgCO2e - result.TransportKgCO2e)) <= tolerance
               && Math.Abs(result.ByCategory.Sum(c => c.Amounts.NetKgCO2e) - result.NetKgCO2e) <= tolerance
               && Math.Abs(result.ByYear.Sum(c => c.Amounts.NetKgCO2e) - result.NetKgCO2e) <= tolerance * 10
               && result.TransportKgCO2e >= 0
               && result.MissingFactors.All(m => !result.ByCategory.Any(c => c.CategoryId == m.CategoryId));
    }
}
