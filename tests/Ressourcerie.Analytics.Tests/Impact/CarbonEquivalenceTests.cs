using Ressourcerie.Analytics.Impact;

namespace Ressourcerie.Analytics.Tests.Impact;

public class CarbonEquivalenceTests
{
    [Fact]
    public void A_french_person_emits_9_4_tonnes_a_year_per_SDES_2024()
    {
        var one = CarbonEquivalence.FrenchPeople(9.4);

        Assert.Equal(1, one.People, 12);
        Assert.Equal(9.4, one.TonnesPerPersonPerYear);
        Assert.Contains("SDES", one.Source);
        Assert.Contains("2024", one.Source);
    }

    [Fact]
    public void The_large_museum_quote_implies_11_25_tonnes_and_is_957_people_with_9_4_tonnes()
    {
        var quote = CarbonEquivalence.LargeMuseumQuote();

        Assert.Equal(9000, quote.MuseumTonnesCO2e);
        Assert.Equal(800, quote.QuotedPeople);
        Assert.Equal(11.25, quote.ImpliedTonnesPerPerson, 12);
        Assert.Equal(9.4, quote.TonnesPerPersonUsed);
        // 9000 / 9.4 = 957.446…
        Assert.Equal(957.4468, quote.RecomputedPeople, 4);
        Assert.Contains("9,4", quote.Source);
        Assert.Contains("SDES", quote.Source);
    }
}
