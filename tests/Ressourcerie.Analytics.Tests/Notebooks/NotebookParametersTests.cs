using Ressourcerie.Analytics.Notebooks;

namespace Ressourcerie.Analytics.Tests.Notebooks;

public class NotebookParametersTests
{
    [Fact]
    public async Task A_p_value_is_injected_after_the_parameters_cell_and_changes_the_figures()
    {
        var defaults = await NotebookFixtures.RunAsync("parametres.ipynb");
        var given = await NotebookFixtures.RunAsync("parametres.ipynb",
            new("taux", "0,5"), new("annee", "2026"), new("titre", "Besoins « été »"), new("detail", "oui"), new("debut", "01/03/2026"));

        Assert.Equal("Inventaire 2024 : 30 prêts sur 120 (début 2024-01-01, détail False)\n", NotebookFixtures.Text(defaults.Notebook.Cells[2].Outputs[0]));
        var cells = given.Notebook.Cells;
        Assert.Equal(4, cells.Count);
        Assert.True(cells[1].HasTag(NotebookParameters.ParametersTag));
        Assert.True(cells[2].HasTag(NotebookParameters.InjectedTag));
        Assert.Equal(NotebookParameters.InjectedTag, cells[2].Id);
        Assert.Equal(
            "// Paramètres injectés par « ressourcerie notebooks run -p » : ils remplacent ceux de la cellule précédente.\n" +
            "double taux = 0.5;\nint annee = 2026;\nvar titre = \"Besoins « été »\";\nbool detail = true;\nDateOnly debut = new DateOnly(2026, 3, 1);",
            cells[2].Source);
        Assert.Equal("Besoins « été » 2026 : 60 prêts sur 120 (début 2026-03-01, détail True)\n", NotebookFixtures.Text(cells[3].Outputs[0]));
        Assert.Equal(
            [("annee", "2026", true), ("taux", "0.5", true), ("titre", "\"Besoins « été »\"", true), ("detail", "true", true), ("debut", "new DateOnly(2026, 3, 1)", true)],
            given.Parameters);
    }

    [Fact]
    public async Task Running_again_with_other_values_replaces_the_injected_cell()
    {
        var first = await NotebookFixtures.RunAsync("parametres.ipynb", new ParameterAssignment("taux", "0.5"));

        var second = await NotebookFixtures.Runner().RunAsync(first.Notebook, NotebookFixtures.Path("parametres.ipynb"), [new("taux", "0.75")]);

        Assert.Single(second.Notebook.Cells, c => c.HasTag(NotebookParameters.InjectedTag));
        Assert.Contains("double taux = 0.75;", second.Notebook.Cells[2].Source);
        Assert.Contains(": 90 prêts", NotebookFixtures.Text(second.Notebook.Cells[3].Outputs[0]));
    }

    [Fact]
    public async Task A_name_the_parameters_cell_does_not_declare_is_refused()
    {
        var error = await Assert.ThrowsAsync<NotebookException>(() => NotebookFixtures.RunAsync("parametres.ipynb", new ParameterAssignment("seuil", "3")));

        Assert.Equal(2, error.Failure.CellNumber);
        Assert.Contains("ne déclare pas « seuil »", error.Message);
        Assert.Contains("annee, taux, titre, detail, debut", error.Message);
    }

    [Fact]
    public async Task A_notebook_without_parameters_cell_refuses_p()
    {
        var error = await Assert.ThrowsAsync<NotebookException>(() => NotebookFixtures.RunAsync("echec.ipynb", new ParameterAssignment("x", "1")));

        Assert.Contains("pas de cellule de code marquée « parameters »", error.Message);
    }

    [Theory]
    [InlineData("int n = 3;", "12", "int n = 12;")]
    [InlineData("int n = 3;", "1 200", "int n = 1200;")]
    [InlineData("var n = 3;", "-4", "var n = -4;")]
    [InlineData("long n = 3L;", "5", "long n = 5L;")]
    [InlineData("double t = 0.5;", "0,75", "double t = 0.75;")]
    [InlineData("double t = 0.5;", "0.75", "double t = 0.75;")]
    [InlineData("var t = 0.5;", "2", "var t = 2.0;")]
    [InlineData("decimal prix = 10m;", "12,50", "decimal prix = 12.50m;")]
    [InlineData("bool b = false;", "vrai", "bool b = true;")]
    [InlineData("string s = \"a\";", "ligne \"citée\"\\n", "string s = \"ligne \\\"citée\\\"\\\\n\";")]
    [InlineData("DateOnly d = new DateOnly(2024, 1, 1);", "2025-12-31", "DateOnly d = new DateOnly(2025, 12, 31);")]
    [InlineData("var d = DateOnly.Parse(\"2024-01-01\");", "31/12/2025", "var d = new DateOnly(2025, 12, 31);")]
    public void A_value_is_typed_like_the_original_declaration(string declaration, string value, string expected)
    {
        var parameter = Assert.Single(NotebookParameters.Declared(new NotebookCell(NotebookCellKind.Code, declaration)));

        Assert.Equal(expected, parameter.Declaration(value));
    }

    [Theory]
    [InlineData("int n = 3;", "3,5", "un entier")]
    [InlineData("double t = 0.5;", "beaucoup", "un nombre")]
    [InlineData("bool b = false;", "peut-être", "true ou false")]
    [InlineData("DateOnly d = new DateOnly(2024, 1, 1);", "2024-13-01", "une date")]
    [InlineData("var liste = new[] { 1, 2 };", "3", "seuls les entiers")]
    public void A_value_that_does_not_fit_the_type_is_refused_in_French(string declaration, string value, string expected)
    {
        var parameter = Assert.Single(NotebookParameters.Declared(new NotebookCell(NotebookCellKind.Code, declaration)));

        var error = Assert.Throws<FormatException>(() => parameter.Declaration(value));

        Assert.Contains(expected, error.Message);
    }

    [Theory]
    [InlineData("taux=0,5", "taux", "0,5")]
    [InlineData("titre=a=b", "titre", "a=b")]
    [InlineData("vide=", "vide", "")]
    public void A_p_argument_is_split_at_the_first_equals_sign(string argument, string name, string value) =>
        Assert.Equal(new ParameterAssignment(name, value), ParameterAssignment.Parse(argument));

    [Theory]
    [InlineData("taux")]
    [InlineData("=3")]
    [InlineData("2x=3")]
    public void A_malformed_p_argument_is_refused(string argument) =>
        Assert.Throws<FormatException>(() => ParameterAssignment.Parse(argument));
}
