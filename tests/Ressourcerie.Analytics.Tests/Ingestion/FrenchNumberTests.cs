using System.Globalization;
using FsCheck.Xunit;
using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Tests.Ingestion;

public class FrenchNumberTests
{
    [Theory]
    [InlineData("12", 12)]
    [InlineData("1250,50", 1250.5)]
    [InlineData("1250.50", 1250.5)]
    [InlineData(",5", 0.5)]
    [InlineData("5,", 5)]
    [InlineData("1 250,50 €", 1250.5)]
    [InlineData("1\u00A0250,50", 1250.5)]
    [InlineData("1.234,56", 1234.56)]
    [InlineData("1,234.56", 1234.56)]
    [InlineData("1.234.567", 1234567)]
    [InlineData("-3", -3)]
    [InlineData("35 %", 35)]
    [InlineData("1 250 € HT", 1250)]
    [InlineData("899,90 € TTC", 899.9)]
    [InlineData("6 mois", 6)]
    public void Reads_numbers_as_French_spreadsheets_write_them(string text, double expected)
    {
        Assert.True(FrenchNumber.TryParse(text, out double value));
        Assert.Equal(expected, value, 9);
    }

    [Theory]
    [InlineData("")]
    [InlineData("deux")]
    [InlineData("1,2,3")]
    [InlineData("12 kg")]
    public void Refuses_what_is_not_a_number(string text) => Assert.False(FrenchNumber.TryParse(text, out _));

    [Property]
    public bool Plain_decimals_read_the_same_with_comma_or_point(uint whole, byte cents)
    {
        var point = $"{whole}.{cents % 100:00}";
        var comma = $"{whole},{cents % 100:00}";
        double expected = double.Parse(point, CultureInfo.InvariantCulture);
        return FrenchNumber.TryParse(point, out double a) && FrenchNumber.TryParse(comma, out double b)
            && Math.Abs(a - expected) <= 1e-9 * Math.Max(1, expected) && a == b;
    }
}
