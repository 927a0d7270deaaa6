using System.Numerics;
using System.Text.RegularExpressions;
using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Interviews.CoOccurrence;

namespace Ressourcerie.Analytics.Tests.Interviews.CoOccurrence;

public class CCoefficientTests
{
    private static readonly string Export = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Qda", "atlasti", "code_cooccurrence.xlsx");

    [Theory]
    [InlineData(2, 3, 3, 0.5)]
    [InlineData(2, 3, 2, 0.67)]
    [InlineData(1, 8, 1, 0.13)] // 1/8 = 0.125: half away from zero.
    [InlineData(29, 100, 129, 0.15)] // 29/200 = 0.145, whose double is 0.14499…: rounded on the exact fraction.
    [InlineData(0, 4, 5, 0.0)]
    public void C_coefficient_is_rounded_half_away_from_zero_on_the_exact_fraction(int n12, int n1, int n2, double expected) =>
        Assert.Equal(expected, CCoefficient.Compute(n12, n1, n2));

    [Fact]
    public void C_coefficient_is_NaN_when_there_is_no_quotation() =>
        Assert.True(double.IsNaN(CCoefficient.Compute(0, 0, 0)));

    [Fact]
    public void C_coefficient_reproduces_every_non_zero_pair_of_a_real_ATLAS_ti_export()
    {
        var counts = ReadSheet("20250914_code_coocurrrence_coun");
        var coefficients = ReadSheet("20250914_code_coocurrrence_coef");
        Assert.Equal(466, counts.Codes.Length);
        Assert.Equal(counts.Codes, coefficients.Codes);

        int pairs = 0, awayFromZeroMismatches = 0, exactHalfEvenMismatches = 0, binaryHalfEvenMismatches = 0;
        for (int i = 0; i < counts.Codes.Length; i++)
            for (int j = 0; j < counts.Codes.Length; j++)
            {
                int n12 = (int)counts.Values[i, j];
                if (i == j || n12 == 0) continue;
                pairs++;
                int n1 = counts.Groundedness[i], n2 = counts.Groundedness[j];
                double published = coefficients.Values[i, j];
                if (CCoefficient.Compute(n12, n1, n2) != published) awayFromZeroMismatches++;
                if (CCoefficient.Compute(n12, n1, n2, MidpointRounding.ToEven) != published) exactHalfEvenMismatches++;
                if (RoundHalfEvenOfTheDouble((double)n12 / (n1 + n2 - n12)) != published) binaryHalfEvenMismatches++;
            }

        Assert.Equal(7782, pairs);
        Assert.Equal(0, awayFromZeroMismatches);
        // Banker's rounding is wrong on ties: 152 pairs when ties are those of the exact fraction,
        // 94 when rounding the binary double as Python's round() does (the figure of the qda reference README).
        Assert.Equal(152, exactHalfEvenMismatches);
        Assert.Equal(94, binaryHalfEvenMismatches);
    }

    /// <summary>A sheet of the ATLAS.ti co-occurrence export: code names (without their "Gr=N"), groundedness, values.</summary>
    internal static (string[] Codes, int[] Groundedness, double[,] Values) ReadSheet(string sheet)
    {
        using var reader = TabularFile.Open(Export, preferredSheets: [sheet]);
        Assert.Equal(sheet, ((XlsxTabularReader)reader).SheetName);
        // Row 1 holds the sheet's title; row 2 the column codes, each ending with "Gr=N".
        Assert.True(reader.Read());
        int codes = reader.RowFieldCount - 1;
        var headers = Enumerable.Range(1, codes).Select(reader.Text).ToArray();
        var groundedness = headers.Select(h => int.Parse(Regex.Match(h, @"Gr=(\d+)").Groups[1].Value)).ToArray();
        var names = headers.Select(h => Regex.Replace(h, @"\s*Gr=\d+\s*$", "")).ToArray();

        var values = new double[codes, codes];
        int row = 0;
        while (reader.Read())
        {
            Assert.Equal(headers[row], reader.Text(0));
            for (int c = 0; c < codes; c++) values[row, c] = reader.Number(c + 1);
            row++;
        }
        Assert.Equal(codes, row);
        return (names, groundedness, values);
    }

    /// <summary>Half-to-even rounding to hundredths of the exact binary value of a double (Python's round(x, 2)).</summary>
    private static double RoundHalfEvenOfTheDouble(double x)
    {
        long bits = BitConverter.DoubleToInt64Bits(x);
        int exponent = (int)((bits >> 52) & 0x7FF);
        long mantissa = bits & 0xF_FFFF_FFFF_FFFFL;
        if (exponent == 0) exponent++; else mantissa |= 1L << 52;
        exponent -= 1075; // x = mantissa · 2^exponent
        BigInteger numerator = new BigInteger(mantissa) * 100, denominator = BigInteger.One;
        if (exponent >= 0) numerator <<= exponent; else denominator <<= -exponent;
        var whole = BigInteger.DivRem(numerator, denominator, out var remainder);
        int half = (remainder * 2).CompareTo(denominator);
        if (half > 0 || (half == 0 && !whole.IsEven)) whole++;
        return (double)whole / 100;
    }
}
