using System.Text.Json.Nodes;
using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Notebooks;

namespace Ressourcerie.Analytics.Tests.Notebooks;

public class NotebookFileTests
{
    [Fact]
    public void A_notebook_saved_by_VS_Code_is_written_back_byte_for_byte()
    {
        var path = NotebookFixtures.Path("polyglot-format-from-vscode.ipynb");
        var original = File.ReadAllText(path);

        var written = NotebookFile.Serialize(NotebookFile.Read(path));

        Assert.Equal(original, written);
    }

    [Fact]
    public void The_reference_notebook_reads_as_cells_outputs_and_Polyglot_metadata()
    {
        var notebook = NotebookFixtures.Read("polyglot-format-from-vscode.ipynb");

        Assert.Equal(9, notebook.Cells.Count);
        Assert.Equal("A heading", notebook.Title);
        var stdout = Assert.IsType<StreamOutput>(Assert.Single(notebook.Cells[1].Outputs));
        Assert.Equal(("stdout", "output\r\n"), (stdout.Name, stdout.Text));
        var error = Assert.IsType<ErrorOutput>(Assert.Single(notebook.Cells[3].Outputs));
        Assert.Equal("Error", error.Name);
        Assert.Equal(4, error.Traceback.Count);
        var html = Assert.IsType<DisplayDataOutput>(Assert.Single(notebook.Cells[5].Outputs));
        Assert.Equal("<b>\n    An HTML display value\n</b>", html.Data.GetText("text/html"));
        Assert.Equal(3, notebook.Cells[3].ExecutionCount);
        Assert.Equal("3a8f7a62", notebook.Cells[3].Id);
        Assert.All(notebook.Cells.Where(c => c.Kind == NotebookCellKind.Code), c => Assert.Equal("csharp", CellLanguage.Of(notebook, c)));
    }

    [Fact]
    public void What_the_model_does_not_know_is_written_back_unchanged()
    {
        const string json = """
            {"nbformat": 4, "nbformat_minor": 4, "extra_top": {"z": 1, "a": [true, null, 2.5]},
             "metadata": {"vscode": {"interpreter": {"hash": "abc"}}, "custom": "😀 é"},
             "cells": [
               {"cell_type": "markdown", "metadata": {"tags": ["intro"]}, "source": "# Titre\nligne", "attachments": {"a.png": {"image/png": "AAAA"}}},
               {"cell_type": "code", "execution_count": 7, "metadata": {"collapsed": true}, "source": ["x"],
                "outputs": [{"output_type": "future_output", "payload": {"k": "v"}},
                            {"output_type": "execute_result", "execution_count": 7, "metadata": {"m": 1},
                             "data": {"application/json": {"a": [1, 2]}, "image/png": "iVBOR\n", "text/plain": ["1\n", "2"]}}]}
             ]}
            """;

        var notebook = NotebookFile.Parse(json, "inconnu.ipynb");
        var written = JsonNode.Parse(NotebookFile.Serialize(notebook))!;

        Assert.Equal("""{"a":[true,null,2.5],"z":1}""", written["extra_top"]!.ToJsonString());
        Assert.Equal("😀 é", written["metadata"]!["custom"]!.GetValue<string>());
        Assert.Equal("abc", written["metadata"]!["vscode"]!["interpreter"]!["hash"]!.GetValue<string>());
        var markdown = written["cells"]![0]!;
        Assert.Equal("""{"a.png":{"image/png":"AAAA"}}""", markdown["attachments"]!.ToJsonString());
        Assert.Equal("""["# Titre\n","ligne"]""", markdown["source"]!.ToJsonString());
        Assert.Null(markdown["outputs"]);
        var outputs = written["cells"]![1]!["outputs"]!.AsArray();
        Assert.Equal("""{"output_type":"future_output","payload":{"k":"v"}}""", outputs[0]!.ToJsonString());
        Assert.Equal("""{"a":[1,2]}""", outputs[1]!["data"]!["application/json"]!.ToJsonString());
        Assert.Equal("iVBOR\n", outputs[1]!["data"]!["image/png"]!.GetValue<string>());
        Assert.Equal("""["1\n","2"]""", outputs[1]!["data"]!["text/plain"]!.ToJsonString());
    }

    [Fact]
    public void Written_JSON_has_sorted_keys_one_space_indentation_and_raw_unicode()
    {
        var notebook = NotebookFixtures.CSharp("Console.WriteLine(\"Réemploi 😀\");");

        var text = NotebookFile.Serialize(notebook);

        Assert.StartsWith("{\n \"cells\": [\n  {\n   \"cell_type\": \"code\",\n   \"execution_count\": null,\n   \"metadata\": {", text);
        Assert.Contains("\"Console.WriteLine(\\\"Réemploi 😀\\\");\"", text);
        Assert.EndsWith(" \"nbformat\": 4,\n \"nbformat_minor\": 5\n}\n", text);
    }

    [Fact]
    public void An_nbformat_3_notebook_is_refused_with_a_French_message()
    {
        var error = Assert.Throws<InputFileException>(() => NotebookFile.Parse("""{"nbformat": 3, "nbformat_minor": 0, "worksheets": []}""", "vieux.ipynb"));

        Assert.Equal("vieux.ipynb", error.File);
        Assert.Contains("nbformat 3 non pris en charge", error.Message);
    }

    [Fact]
    public void Broken_JSON_names_the_file_and_the_line()
    {
        var error = Assert.Throws<InputFileException>(() => NotebookFile.Parse("{\n \"nbformat\": 4,\n \"cells\": [\n}", "casse.ipynb"));

        Assert.Equal(4, error.Row);
        Assert.Contains("notebook JSON valide", error.Message);
    }

    [Fact]
    public void An_nbformat_4_2_notebook_keeps_its_minor_version_and_gets_no_cell_ids()
    {
        var notebook = NotebookFixtures.Read("ancien-format.ipynb");

        var written = JsonNode.Parse(NotebookFile.Serialize(notebook))!;

        Assert.Equal(2, written["nbformat_minor"]!.GetValue<int>());
        Assert.Null(written["cells"]![0]!["id"]);
    }

    [Theory]
    [InlineData("{\"polyglot_notebook\": {\"kernelName\": \"fsharp\"}}", "", "fsharp")]
    [InlineData("{\"dotnet_interactive\": {\"language\": \"pwsh\"}}", "", "pwsh")]
    [InlineData("{\"polyglot_notebook\": {\"kernelName\": \"csharp\"}}", "#!fsharp\n", "fsharp")]
    [InlineData("{\"polyglot_notebook\": {\"kernelName\": \"fsharp\"}}", "#!csharp\n", "csharp")]
    [InlineData("{}", "", "csharp")]
    public void A_cell_language_is_read_as_Polyglot_reads_it(string metadata, string leadingLine, string expected)
    {
        var notebook = Notebook.CreateCSharp();
        var cell = new NotebookCell(NotebookCellKind.Code, leadingLine + "let x = 1") { Metadata = (JsonObject)JsonNode.Parse(metadata)! };
        notebook.Cells.Add(cell);

        Assert.Equal(expected, CellLanguage.Of(notebook, cell));
    }
}
