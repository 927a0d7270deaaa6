using System.Globalization;
using System.Text;
using System.Text.Json;
using static Ressourcerie.Analytics.Tests.TestSupport.CommandLine;

namespace Ressourcerie.Analytics.Tests.Cli;

/// <summary>
/// <c>agreement --matrix</c> on a matrix typed transposed (units in rows, coders in columns, the
/// SPSS/KALPHA layout): read with <c>--units-in-rows</c>, or detected by its shape with a warning;
/// a genuine coders-in-rows matrix is never turned round.
/// </summary>
public sealed class AgreementOrientationTests : IDisposable
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Agreement");
    private static readonly string Krippendorff = Path.Combine(Fixtures, "krippendorff_2011_reliability_data.csv");
    private static readonly string KrippendorffUnitsInRows = Path.Combine(Fixtures, "krippendorff_2011_reliability_data_units_in_rows.csv");
    private readonly string _temp = Directory.CreateTempSubdirectory("agreement-orientation-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_temp, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static JsonElement Json(string output) => JsonDocument.Parse(output).RootElement;

    [Theory]
    [InlineData("nominal", 0.743)]
    [InlineData("ordinal", 0.815)]
    [InlineData("interval", 0.849)]
    [InlineData("ratio", 0.797)]
    public void Krippendorff_2011_typed_transposed_gives_the_published_alpha_with_units_in_rows(string level, double published)
    {
        var (exit, output, error) = Run("agreement", "--matrix", KrippendorffUnitsInRows, "--level", level, "--units-in-rows", "--format", "json");

        Assert.True(exit == 0, error);
        Assert.Equal("", error);
        var root = Json(output);
        Assert.Equal(published, Math.Round(root.GetProperty("alpha").GetDouble(), 3));
        Assert.Equal(40, root.GetProperty("pairable_values").GetInt32());
        Assert.Equal(12, root.GetProperty("units").GetInt32());
        Assert.Equal(["A", "B", "C", "D"], root.GetProperty("coder_names").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("units_in_rows", root.GetProperty("orientation").GetString());
        Assert.False(root.GetProperty("orientation_detected").GetBoolean());
    }

    [Theory]
    [InlineData("nominal", 0.743)]
    [InlineData("ordinal", 0.815)]
    [InlineData("interval", 0.849)]
    [InlineData("ratio", 0.797)]
    public void Krippendorff_2011_typed_transposed_is_detected_with_a_warning_on_stderr(string level, double published)
    {
        var (exit, output, error) = Run("agreement", "--matrix", KrippendorffUnitsInRows, "--level", level, "--format", "json");

        Assert.True(exit == 0, error);
        var root = Json(output);
        Assert.Equal(published, Math.Round(root.GetProperty("alpha").GetDouble(), 3));
        Assert.Equal(4, root.GetProperty("coders").GetInt32());
        Assert.Equal(12, root.GetProperty("units").GetInt32());
        Assert.Equal("units_in_rows", root.GetProperty("orientation").GetString());
        Assert.True(root.GetProperty("orientation_detected").GetBoolean());
        Assert.Contains("krippendorff_2011_reliability_data_units_in_rows.csv a 12 lignes de valeurs pour 4 colonnes", error);
        Assert.Contains("lue transposée", error);
        Assert.Contains("--coders-in-rows", error);
    }

    [Fact]
    public void A_KALPHA_layout_without_a_unit_column_is_detected_and_gives_the_published_alpha()
    {
        // SPSS/KALPHA data: one variable per coder, one case per unit, "." for a missing value.
        var path = Write("kalpha.csv",
            "A,B,C,D\n1,1,.,1\n2,2,3,2\n3,3,3,3\n3,3,3,3\n2,2,2,2\n1,2,3,4\n4,4,4,4\n1,1,2,1\n2,2,2,2\n.,5,5,5\n.,.,1,1\n.,3,.,.\n");

        var (exit, output, error) = Run("agreement", "--matrix", path, "--level", "interval", "--format", "json");

        Assert.True(exit == 0, error);
        var root = Json(output);
        Assert.Equal(0.849, Math.Round(root.GetProperty("alpha").GetDouble(), 3));
        Assert.Equal(12, root.GetProperty("units").GetInt32());
        Assert.Equal("units_in_rows", root.GetProperty("orientation").GetString());
        Assert.Contains("lue transposée", error);
    }

    [Fact]
    public void Coders_in_rows_forces_the_reading_as_typed()
    {
        var (exit, output, error) = Run("agreement", "--matrix", KrippendorffUnitsInRows, "--level", "nominal", "--coders-in-rows", "--format", "json");

        Assert.True(exit == 0, error);
        Assert.Equal("", error);
        var root = Json(output);
        Assert.Equal(12, root.GetProperty("coders").GetInt32());
        Assert.Equal(4, root.GetProperty("units").GetInt32());
        Assert.Equal("coders_in_rows", root.GetProperty("orientation").GetString());
        Assert.False(root.GetProperty("orientation_detected").GetBoolean());
    }

    [Fact]
    public void Krippendorff_2011_as_published_is_read_coders_in_rows_without_warning()
    {
        var (exit, output, error) = Run("agreement", "--matrix", Krippendorff, "--level", "ordinal", "--format", "json");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        var root = Json(output);
        Assert.Equal(0.815, Math.Round(root.GetProperty("alpha").GetDouble(), 3));
        Assert.Equal("coders_in_rows", root.GetProperty("orientation").GetString());
        Assert.False(root.GetProperty("orientation_detected").GetBoolean());
    }

    [Theory]
    [InlineData(2, 1, false)]
    [InlineData(3, 2, false)]
    [InlineData(9, 1, false)]
    [InlineData(9, 200, true)]
    [InlineData(10, 5, false)]
    [InlineData(12, 6, false)]
    [InlineData(40, 20, true)]
    [InlineData(4, 300, false)]
    public void A_genuine_coders_in_rows_matrix_is_never_transposed(int coders, int units, bool header)
    {
        // Seeded ratings 1–4 with some missing values: whatever the shape below the rule, the
        // detected reading equals the reading forced as typed.
        var random = new Random(coders * 1000 + units);
        var csv = new StringBuilder();
        if (header) csv.AppendLine("codeur;" + string.Join(";", Enumerable.Range(1, units)));
        for (int c = 0; c < coders; c++)
            csv.AppendLine($"C{c + 1};" + string.Join(";", Enumerable.Range(0, units).Select(_ => random.Next(5) is var v && v == 0 ? "" : v.ToString(CultureInfo.InvariantCulture))));
        var path = Write($"matrice-{coders}x{units}.csv", csv.ToString());

        var detected = Run("agreement", "--matrix", path, "--level", "ordinal", "--format", "json");
        var typed = Run("agreement", "--matrix", path, "--level", "ordinal", "--coders-in-rows", "--format", "json");

        Assert.True(detected.Exit == 0, detected.Error);
        Assert.Equal("", detected.Error);
        var root = Json(detected.Out);
        Assert.Equal("coders_in_rows", root.GetProperty("orientation").GetString());
        Assert.Equal(coders, root.GetProperty("coders").GetInt32());
        Assert.Equal(units, root.GetProperty("units").GetInt32());
        Assert.Equal(typed.Out, detected.Out);
    }

    [Fact]
    public void A_bad_value_in_a_transposed_matrix_names_the_file_row_and_column()
    {
        var path = Write("transposee.csv", "unité;Anne;Ben\n1;1;1\n2;2;deux\n3;3;3\n");

        var (exit, output, error) = Run("agreement", "--matrix", path, "--level", "interval", "--units-in-rows", "--format", "json");

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Contains("transposee.csv, ligne 3, colonne « C »", error);
        Assert.Contains("« deux »", error);
    }

    [Fact]
    public void A_coder_named_twice_in_a_transposed_matrix_exits_1()
    {
        var path = Write("doublon.csv", "unité;Anne;Anne\n1;1;1\n2;2;2\n");

        var (exit, _, error) = Run("agreement", "--matrix", path, "--level", "nominal", "--units-in-rows");

        Assert.Equal(1, exit);
        Assert.Contains("ligne 1, colonne « C »", error);
        Assert.Contains("« Anne » apparaît dans deux colonnes", error);
    }

    [Fact]
    public void Both_orientation_options_exit_2()
    {
        var (exit, output, error) = Run("agreement", "--matrix", Krippendorff, "--level", "nominal", "--units-in-rows", "--coders-in-rows");

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("s'excluent", error);
    }

    [Fact]
    public void Help_explains_the_orientation_options_and_the_detection_rule()
    {
        var (exit, output, _) = Run("agreement", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("--units-in-rows", output);
        Assert.Contains("--coders-in-rows", output);
        Assert.Contains("au moins 10 lignes de valeurs", output);
        Assert.Contains("Exemple : ressourcerie agreement --matrix kalpha.csv --level nominal --units-in-rows", output);
    }
}
