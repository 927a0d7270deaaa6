using FsCheck.Xunit;
using Ressourcerie.Analytics.Impact;
using Ressourcerie.Analytics.Tests.Impact;
using static Ressourcerie.Analytics.Tests.Impact.ImpactStudy;

namespace Ressourcerie.Analytics.Tests.Reliability;

/// <summary>
/// The deterministic model already has "more loans never lower avoided emissions"
/// (<c>ImpactPropertiesTests</c>); this is the same under uncertainty: with one seed, the factors
/// are drawn alike with or without the extra loans, so the mean and every percentile of the
/// avoided emissions can only rise.
/// </summary>
[Properties(Arbitrary = [typeof(StudyCases)], MaxTest = 200)]
public sealed class MonteCarloMonotonicityTests
{
    [Property]
    public bool More_loans_never_lower_any_drawn_avoided_emissions(StudyCase study)
    {
        var extraNeeds = study.ExtraLoans.Select(l => Need(l.BorrowerInstitutionId, l.CategoryId, l.Quantity, l.Start.Year)).ToList();
        var options = new MonteCarloOptions(Iterations: 200, Seed: 5);
        var before = MonteCarloSimulation.Run(ImpactModel.Build(Inputs(study.Needs.Concat(extraNeeds), study.Loans, study.Stock), study.Scenario), options);
        var after = MonteCarloSimulation.Run(ImpactModel.Build(Inputs(study.Needs.Concat(extraNeeds), study.Loans.Concat(study.ExtraLoans), study.Stock), study.Scenario), options);
        double tolerance = 1e-9 * Math.Max(1, Math.Abs(before.Avoided.MeanKgCO2e));
        return after.Avoided.MeanKgCO2e >= before.Avoided.MeanKgCO2e - tolerance
               && after.Avoided.P5KgCO2e >= before.Avoided.P5KgCO2e - tolerance
               && after.Avoided.P50KgCO2e >= before.Avoided.P50KgCO2e - tolerance
               && after.Avoided.P95KgCO2e >= before.Avoided.P95KgCO2e - tolerance;
    }
}
