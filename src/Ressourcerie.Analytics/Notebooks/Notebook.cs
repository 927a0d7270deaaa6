using System.Text.Json.Nodes;

namespace Ressourcerie.Analytics.Notebooks;

/// <summary>
/// An nbformat 4 notebook as VS Code's Polyglot extension and Jupyter save it. Read and written by
/// <see cref="NotebookFile"/>; metadata is kept whole so that a notebook executed by the toolkit
/// differs from the committed one only by its outputs.
/// </summary>
public sealed class Notebook
{
    public List<NotebookCell> Cells { get; } = [];

    public JsonObject Metadata { get; set; } = [];

    /// <summary>The <c>nbformat_minor</c>: 5 adds cell ids.</summary>
    public int FormatMinor { get; set; } = 5;

    /// <summary>Top-level properties this model does not name, written back as read.</summary>
    public JsonObject OtherProperties { get; } = [];

    /// <summary>The first heading of the first markdown cell, or null.</summary>
    public string? Title
    {
        get
        {
            foreach (var cell in Cells.Where(c => c.Kind == NotebookCellKind.Markdown))
            {
                foreach (var line in cell.Source.Split('\n'))
                {
                    var trimmed = line.Trim();
                    if (trimmed.StartsWith('#')) return trimmed.TrimStart('#').Trim();
                }
            }
            return null;
        }
    }

    /// <summary>An empty C# notebook with the metadata VS Code's Polyglot extension writes.</summary>
    public static Notebook CreateCSharp()
    {
        var notebook = new Notebook();
        notebook.Metadata["kernelspec"] = new JsonObject
        {
            ["display_name"] = ".NET (C#)",
            ["language"] = "C#",
            ["name"] = ".net-csharp",
        };
        notebook.Metadata["language_info"] = new JsonObject { ["name"] = "C#" };
        notebook.Metadata["polyglot_notebook"] = new JsonObject
        {
            ["kernelInfo"] = new JsonObject
            {
                ["defaultKernelName"] = CellLanguage.CSharp,
                ["items"] = new JsonArray(new JsonObject { ["aliases"] = new JsonArray(), ["name"] = CellLanguage.CSharp }),
            },
        };
        return notebook;
    }

    public Notebook Clone()
    {
        var copy = new Notebook { Metadata = (JsonObject)Metadata.DeepClone(), FormatMinor = FormatMinor };
        copy.Cells.AddRange(Cells.Select(c => c.Clone()));
        foreach (var (name, value) in OtherProperties) copy.OtherProperties[name] = value?.DeepClone();
        return copy;
    }
}
