using System.Text.Json.Nodes;
using Ressourcerie.Analytics.Notebooks;

namespace Ressourcerie.Analytics.Tests.Notebooks;

public class NotebookRunnerTests
{
    [Fact]
    public async Task Outputs_have_the_nbformat_shape_VS_Code_saved_for_the_same_cells()
    {
        var reference = NotebookFixtures.Read("polyglot-format-from-vscode.ipynb");
        var notebook = reference.Clone();
        foreach (var cell in notebook.Cells) cell.ClearOutputs();
        // The third code cell throws on purpose: nbclient's tag lets the run go on past it.
        notebook.Cells[3].Metadata["tags"] = new JsonArray(NotebookRunner.RaisesExceptionTag);

        var result = await NotebookFixtures.Runner().RunAsync(notebook, NotebookFixtures.Path("polyglot-format-from-vscode.ipynb"));

        Assert.True(result.Succeeded, result.Failure?.ToString());
        var ran = JsonNode.Parse(NotebookFile.Serialize(result.Notebook))!["cells"]!.AsArray();
        var saved = JsonNode.Parse(NotebookFile.Serialize(reference))!["cells"]!.AsArray();
        for (int i = 0; i < saved.Count; i++)
        {
            var expected = saved[i]!["outputs"]?.AsArray() ?? [];
            var actual = ran[i]!["outputs"]?.AsArray() ?? [];
            Assert.Equal(expected.Count, actual.Count);
            for (int o = 0; o < expected.Count; o++)
            {
                var e = expected[o]!.AsObject();
                var a = actual[o]!.AsObject();
                if (i == 4)
                {
                    // Polyglot saved a cell's value as display_data; Jupyter's execute_result is what
                    // nbformat defines for it, with the cell's execution count. Same data.
                    Assert.Equal("execute_result", a["output_type"]!.GetValue<string>());
                    Assert.Equal(ran[i]!["execution_count"]!.GetValue<int>(), a["execution_count"]!.GetValue<int>());
                    Assert.Equal(e["data"]!.ToJsonString(), a["data"]!.ToJsonString());
                    continue;
                }
                Assert.Equal(e.Select(p => p.Key), a.Select(p => p.Key));
                Assert.Equal(e["output_type"]!.GetValue<string>(), a["output_type"]!.GetValue<string>());
                switch (e["output_type"]!.GetValue<string>())
                {
                    case "stream":
                        Assert.Equal(e["name"]!.GetValue<string>(), a["name"]!.GetValue<string>());
                        Assert.Equal(e["text"]!.ToJsonString().Replace("\\r\\n", "\\n"), a["text"]!.ToJsonString());
                        break;
                    case "display_data":
                        Assert.Equal(e["data"]!.ToJsonString(), a["data"]!.ToJsonString());
                        Assert.Equal("{}", a["metadata"]!.ToJsonString());
                        break;
                    case "error":
                        Assert.Equal("System.Exception", a["ename"]!.GetValue<string>());
                        Assert.Equal("oops!", a["evalue"]!.GetValue<string>());
                        Assert.Equal("System.Exception: oops!", a["traceback"]![0]!.GetValue<string>());
                        Assert.Contains("polyglot-format-from-vscode.ipynb#cellule-4:line 1", a["traceback"]![1]!.GetValue<string>());
                        break;
                }
            }
        }
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], result.Notebook.Cells.Select(c => c.ExecutionCount).OfType<int>());
    }

    [Fact]
    public async Task A_return_value_a_display_and_console_text_keep_their_order()
    {
        var notebook = NotebookFixtures.CSharp(
            "Console.Write(\"a\");\nConsole.WriteLine(\"b\");\ndisplay(new List<int> { 1, 2, 3 });\nConsole.Error.WriteLine(\"attention\");\nConsole.WriteLine(\"c\");\n6 * 7");

        var result = await NotebookFixtures.RunAsync(notebook);

        var outputs = result.Notebook.Cells[0].Outputs;
        Assert.Equal(["stream", "display_data", "stream", "stream", "execute_result"], outputs.Select(o => o.OutputType));
        Assert.Equal(["ab\n", "[ 1, 2, 3 ]", "attention\n", "c\n", "42"], outputs.Select(NotebookFixtures.Text));
        Assert.Equal(StreamOutput.StandardError, ((StreamOutput)outputs[2]).Name);
        Assert.Equal(1, ((ExecuteResultOutput)outputs[4]).ExecutionCount);
    }

    [Fact]
    public async Task Each_cell_continues_the_previous_state_with_the_kernel_default_imports()
    {
        var notebook = NotebookFixtures.CSharp(
            "var stock = new List<int> { 3, 4 };\nint Double(int x) => 2 * x;",
            "",
            "using System.Globalization;\nstock.Select(Double).Sum().ToString(CultureInfo.InvariantCulture) + new StringBuilder(\"!\")");

        var result = await NotebookFixtures.RunAsync(notebook);

        Assert.True(result.Succeeded, result.Failure?.ToString());
        Assert.Equal("14!", NotebookFixtures.Text(Assert.Single(result.Notebook.Cells[2].Outputs)));
        Assert.Null(result.Notebook.Cells[1].ExecutionCount);
        Assert.Equal(2, result.Notebook.Cells[2].ExecutionCount);
    }

    [Fact]
    public async Task Display_update_replaces_the_value_shown()
    {
        var notebook = NotebookFixtures.CSharp("var etat = display(\"en cours…\");\netat.Update(\"terminé\");");

        var result = await NotebookFixtures.RunAsync(notebook);

        Assert.Equal("terminé", NotebookFixtures.Text(Assert.Single(result.Notebook.Cells[0].Outputs)));
    }

    [Fact]
    public async Task A_registered_html_formatter_gives_text_html_and_other_values_plain_text_only()
    {
        var notebook = NotebookFixtures.CSharp(
            "using Microsoft.DotNet.Interactive.Formatting;\nrecord Pret(string Objet, int Jours);\nFormatter.Register<Pret>(p => $\"<b>{p.Objet}</b>\", \"text/html\");",
            "display(new Pret(\"écran\", 3));\ndisplay(HTML(\"<i>brut</i>\"));\n12.5");

        var result = await NotebookFixtures.RunAsync(notebook);

        Assert.True(result.Succeeded, result.Failure?.ToString());
        var outputs = result.Notebook.Cells[1].Outputs;
        var pret = ((DisplayDataOutput)outputs[0]).Data;
        Assert.Equal(["text/html", "text/plain"], pret.MimeTypes.Order());
        Assert.Equal("<b>écran</b>", pret.GetText("text/html"));
        Assert.Equal("Pret { Objet = écran, Jours = 3 }", pret.GetText("text/plain"));
        Assert.Equal("<i>brut</i>", ((DisplayDataOutput)outputs[1]).Data.GetText("text/html"));
        var value = ((ExecuteResultOutput)outputs[2]).Data;
        Assert.Equal(["text/plain"], value.MimeTypes);
        Assert.Equal("12,5", value.GetText("text/plain"));
    }

    [Fact]
    public async Task A_failing_cell_stops_the_run_and_is_named_with_its_line()
    {
        var result = await NotebookFixtures.RunAsync("echec.ipynb");

        var failure = Assert.IsType<NotebookFailure>(result.Failure);
        Assert.Equal(3, failure.CellNumber);
        Assert.Equal(3, failure.Line);
        Assert.Equal("// La clé n'existe pas : KeyNotFoundException à la ligne 3.", failure.CellFirstLine);
        Assert.StartsWith("KeyNotFoundException : clé absente du dictionnaire — ", failure.Message);
        Assert.Contains("echec.ipynb, cellule 3 (« // La clé n'existe pas", failure.ToString());
        Assert.Contains("ligne 3 : KeyNotFoundException", failure.ToString());
        var cells = result.Notebook.Cells;
        Assert.Equal("avant l'échec\n", NotebookFixtures.Text(Assert.Single(cells[1].Outputs)));
        var error = Assert.IsType<ErrorOutput>(Assert.Single(cells[2].Outputs));
        Assert.Equal("System.Collections.Generic.KeyNotFoundException", error.Name);
        Assert.Contains(error.Traceback, l => l.Contains("echec.ipynb#cellule-3:line 3"));
        Assert.DoesNotContain(error.Traceback, l => l.Contains("Microsoft.CodeAnalysis.Scripting"));
        Assert.Empty(cells[3].Outputs);
        Assert.Null(cells[3].ExecutionCount);
        Assert.Equal(2, result.CellsExecuted);
    }

    [Fact]
    public async Task A_compilation_error_is_named_with_its_line_in_French()
    {
        var result = await NotebookFixtures.RunAsync("compilation.ipynb");

        var failure = Assert.IsType<NotebookFailure>(result.Failure);
        Assert.Equal((2, 2), (failure.CellNumber, failure.Line));
        Assert.Contains("CS0103", failure.Message);
        Assert.Contains("inconnue", failure.Message);
        Assert.Contains("n'existe pas", failure.Message);
        var error = Assert.IsType<ErrorOutput>(Assert.Single(result.Notebook.Cells[1].Outputs));
        Assert.Equal("CompilationError", error.Name);
        Assert.StartsWith("(ligne 2, colonne 9) erreur CS0103", error.Value);
    }

    [Fact]
    public async Task A_nuget_reference_at_the_toolkit_version_is_satisfied_by_the_toolkit()
    {
        var result = await NotebookFixtures.RunAsync("nuget-bonne-version.ipynb");

        Assert.True(result.Succeeded, result.Failure?.ToString());
        Assert.Equal("Plot", NotebookFixtures.Text(Assert.Single(result.Notebook.Cells[0].Outputs)));
        Assert.StartsWith("#r \"nuget: ScottPlot, 5.1.59\"", result.Notebook.Cells[0].Source);
    }

    [Fact]
    public async Task A_nuget_reference_at_another_version_is_refused_before_anything_runs()
    {
        var error = await Assert.ThrowsAsync<NotebookException>(() => NotebookFixtures.RunAsync("nuget-autre-version.ipynb"));

        Assert.Equal((2, 1), (error.Failure.CellNumber, error.Failure.Line));
        Assert.Contains("ScottPlot 5.0.8", error.Message);
        Assert.Contains("#r \"nuget: ScottPlot, 5.1.59\"", error.Message);
    }

    [Theory]
    [InlineData("#r \"nuget: Newtonsoft.Json, 13.0.3\"", "n'est pas une dépendance de la boîte à outils")]
    [InlineData("#r \"nuget: ScottPlot\"", "la version du paquet « ScottPlot » manque")]
    [InlineData("#i \"nuget: https://example.org/v3/index.json\"", "« #i »")]
    [InlineData("#!time\nvar x = 1;", "« #!time »")]
    [InlineData("#!pwsh\nGet-ChildItem", "cellule en PowerShell")]
    [InlineData("var x = 1;\n#!markdown\n# Titre", "faites-en une cellule Markdown")]
    public async Task Kernel_only_lines_are_refused_naming_the_cell_and_the_line(string source, string expected)
    {
        var notebook = NotebookFixtures.CSharp("var avant = 0;", source);

        var error = await Assert.ThrowsAsync<NotebookException>(() => NotebookFixtures.RunAsync(notebook));

        Assert.Equal(2, error.Failure.CellNumber);
        Assert.Equal(source.Split('\n').ToList().FindIndex(l => l.StartsWith('#')) + 1, error.Failure.Line);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public async Task An_FSharp_cell_is_refused_naming_the_cell()
    {
        var error = await Assert.ThrowsAsync<NotebookException>(() => NotebookFixtures.RunAsync("fsharp.ipynb"));

        Assert.Equal(2, error.Failure.CellNumber);
        Assert.Equal("let x = 1", error.Failure.CellFirstLine);
        Assert.Contains("cellule en F#", error.Message);
        Assert.Contains("fsharp.ipynb, cellule 2", error.Message);
    }

    [Fact]
    public async Task A_directive_like_line_inside_a_multiline_string_is_code()
    {
        var notebook = NotebookFixtures.CSharp("var texte = \"\"\"\n#!fsharp n'est pas une commande ici\n\"\"\";\ntexte.Length");

        var result = await NotebookFixtures.RunAsync(notebook);

        Assert.True(result.Succeeded, result.Failure?.ToString());
        Assert.Equal("35", NotebookFixtures.Text(Assert.Single(result.Notebook.Cells[0].Outputs)));
    }

    [Fact]
    public async Task A_refused_line_in_a_loaded_script_names_the_script()
    {
        var directory = NotebookFixtures.NewTemporaryDirectory();
        File.WriteAllText(Path.Combine(directory, "setup.csx"), "var ok = 1;\n#r \"nuget: ScottPlot, 4.1.0\"\n");
        var notebook = NotebookFixtures.CSharp("#load \"setup.csx\"\nok");

        var error = await Assert.ThrowsAsync<NotebookException>(() => NotebookFixtures.Runner().RunAsync(notebook, Path.Combine(directory, "n.ipynb")));

        Assert.Equal(("setup.csx", 2), (error.Failure.LoadedFile, error.Failure.Line));
        Assert.Contains("cellule 1 (« #load \"setup.csx\" »), fichier setup.csx, ligne 2", error.Message);
    }

    [Fact]
    public async Task An_exception_thrown_in_a_loaded_script_names_the_script_and_its_line()
    {
        var directory = NotebookFixtures.NewTemporaryDirectory();
        File.WriteAllText(Path.Combine(directory, "outils.csx"), "int Diviser(int a, int b)\n{\n    return a / b;\n}\n");
        var notebook = NotebookFixtures.CSharp("#load \"outils.csx\"", "var x = 1;\nDiviser(1, 0)");

        var result = await NotebookFixtures.Runner().RunAsync(notebook, Path.Combine(directory, "n.ipynb"));

        var failure = Assert.IsType<NotebookFailure>(result.Failure);
        Assert.Equal((2, 2, (string?)null), (failure.CellNumber, failure.Line, failure.LoadedFile));
        Assert.StartsWith("DivideByZeroException", failure.Message);
    }

    [Fact]
    public async Task A_plot_is_saved_as_a_png_image()
    {
        var result = await NotebookFixtures.RunAsync("graphique.ipynb");

        Assert.True(result.Succeeded, result.Failure?.ToString());
        var data = Assert.IsType<ExecuteResultOutput>(Assert.Single(result.Notebook.Cells[0].Outputs)).Data;
        var png = Convert.FromBase64String(data.GetText("image/png")!);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        // Width and height from the IHDR chunk: the size given to NotebookFormatters.Register.
        Assert.Equal((320, 200), (ReadBigEndian(png, 16), ReadBigEndian(png, 20)));
        Assert.StartsWith("<img", data.GetText("text/html")!.TrimStart());
        Assert.Equal("Graphique : Prêts par trimestre", data.GetText("text/plain"));
    }

    [Fact]
    public async Task A_DataFrame_is_a_French_HTML_table_identical_from_one_run_to_the_next()
    {
        var first = await NotebookFixtures.RunAsync("tableau.ipynb");
        var second = await NotebookFixtures.RunAsync("tableau.ipynb");

        Assert.True(first.Succeeded, first.Failure?.ToString());
        Assert.Equal(NotebookFile.Serialize(first.Notebook), NotebookFile.Serialize(second.Notebook));
        var data = ((DisplayDataOutput)Assert.Single(first.Notebook.Cells[1].Outputs)).Data;
        var html = data.GetText("text/html")!;
        Assert.StartsWith("<table", html);
        Assert.Contains(">1\u202F234,5</td>", html);
        Assert.Contains(">1\u202F500</td>", html);
        Assert.Contains(">0,0042</td>", html);
        Assert.Contains("… 2 lignes de plus (5 au total)", html);
        Assert.DoesNotContain("casque", html);
        Assert.Contains("Catégorie", data.GetText("text/plain"));
    }

    [Fact]
    public async Task A_data_quality_report_shows_its_counts_and_issues()
    {
        var notebook = NotebookFixtures.CSharp(
            "Ressourcerie.Analytics.Notebooks.NotebookFormatters.Register();\n" +
            "var rapport = new Ressourcerie.Analytics.Ingestion.DataQualityReport();\n" +
            "rapport.RowRead(\"inventaire.csv\"); rapport.RowRejected(\"inventaire.csv\");\n" +
            "rapport.Error(\"inventaire.csv\", 3, \"quantite\", \"quantité négative : -2\");\n" +
            "rapport");

        var result = await NotebookFixtures.RunAsync(notebook);

        var data = ((ExecuteResultOutput)Assert.Single(result.Notebook.Cells[0].Outputs)).Data;
        Assert.StartsWith("<p>lignes lues : 1, acceptées : 0, rejetées : 1 ; 1 erreur(s), 0 avertissement(s)</p>", data.GetText("text/html"));
        Assert.Contains("<td style=\"padding:2px 8px\">quantité négative : -2</td>", data.GetText("text/html"));
        Assert.Contains("inventaire.csv, ligne 3, colonne « quantite » : erreur : quantité négative : -2", data.GetText("text/plain"));
    }

    [Fact]
    public async Task Formatters_registered_by_one_run_do_not_leak_into_the_next()
    {
        await NotebookFixtures.RunAsync("tableau.ipynb");
        var notebook = NotebookFixtures.CSharp("using Microsoft.Data.Analysis;\nnew DataFrame(new Int32DataFrameColumn(\"n\", new[] { 1 }))");

        var result = await NotebookFixtures.RunAsync(notebook);

        var data = ((ExecuteResultOutput)Assert.Single(result.Notebook.Cells[0].Outputs)).Data;
        Assert.Equal(["text/plain"], data.MimeTypes);
    }

    private static int ReadBigEndian(byte[] bytes, int offset) =>
        (bytes[offset] << 24) | (bytes[offset + 1] << 16) | (bytes[offset + 2] << 8) | bytes[offset + 3];
}
