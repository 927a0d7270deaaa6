using Ressourcerie.Analytics.Impact;

namespace Ressourcerie.Analytics.Tests.Impact;

public class LognormalFactorTests
{
    [Fact]
    public void A_typical_value_between_low_and_high_is_the_median_and_low_high_are_p10_p90()
    {
        // Monitor: ADEME 64.7 / 65.9, manufacturers' p90 438 — a lopsided range.
        var fit = LognormalFactor.Fit(new FactorRange(64.7, 65.9, 438));

        Assert.Equal(65.9, fit.At(0), 12);
        Assert.Equal(64.7, fit.At(-LognormalFactor.Z90), 9);
        Assert.Equal(438, fit.At(LognormalFactor.Z90), 9);
        Assert.Equal(Math.Log(65.9 / 64.7) / 1.2815515655446004, fit.SigmaBelow, 12);
        Assert.Equal(Math.Log(438 / 65.9) / 1.2815515655446004, fit.SigmaAbove, 12);
    }

    [Fact]
    public void A_typical_value_at_an_end_gives_the_geometric_mean_of_low_and_high_as_median()
    {
        // French grid: 0.0519 / 0.0519 / 0.098 → median √(0.0519 × 0.098) = 0.07132…
        var fit = LognormalFactor.Fit(new FactorRange(0.0519, 0.0519, 0.098));

        Assert.Equal(Math.Sqrt(0.0519 * 0.098), fit.Median, 15);
        Assert.Equal(fit.SigmaBelow, fit.SigmaAbove);
        Assert.Equal(0.0519, fit.At(-LognormalFactor.Z90), 12);
        Assert.Equal(0.098, fit.At(LognormalFactor.Z90), 12);
    }

    [Fact]
    public void A_factor_with_low_equal_to_high_is_fixed_and_returned_as_is()
    {
        var fit = LognormalFactor.Fit(FactorRange.Fixed(9.4));

        Assert.True(fit.IsFixed);
        Assert.Equal(9.4, fit.At(-3));
        Assert.Equal(9.4, fit.At(2.5));
    }

    [Fact]
    public void A_range_out_of_order_or_not_positive_is_explained_in_french()
    {
        Assert.Contains("basse ≤ typique ≤ haute", new FactorRange(5, 3, 10).Problem());
        Assert.Contains("strictement positive", new FactorRange(0, 3, 10).Problem());
        Assert.Null(FactorRange.Fixed(0).Problem());
        Assert.Null(new FactorRange(1, 1, 2).Problem());
    }
}
