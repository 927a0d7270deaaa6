using System.Text.Json.Nodes;

namespace Ressourcerie.Analytics.Notebooks;

/// <summary>
/// One cell of a notebook: its kind, its source, its metadata (kept whole, including what this
/// model does not understand) and, for code cells, the outputs of its last execution.
/// </summary>
public sealed class NotebookCell(NotebookCellKind kind, string source)
{
    public NotebookCellKind Kind { get; } = kind;

    public string Source { get; set; } = source;

    /// <summary>The nbformat 4.5 cell id; null in older notebooks.</summary>
    public string? Id { get; set; }

    public JsonObject Metadata { get; set; } = [];

    public int? ExecutionCount { get; set; }

    public List<CellOutput> Outputs { get; } = [];

    /// <summary>Properties of the cell this model does not name (e.g. <c>attachments</c>), written back as read.</summary>
    public JsonObject OtherProperties { get; } = [];

    /// <summary>The tags of <c>metadata.tags</c> (papermill's <c>parameters</c>, nbclient's <c>raises-exception</c>…).</summary>
    public IReadOnlyList<string> Tags =>
        Metadata["tags"] is JsonArray tags
            ? tags.Select(t => t is JsonValue v && v.TryGetValue(out string? s) ? s : null).OfType<string>().ToList()
            : [];

    public bool HasTag(string tag) => Tags.Contains(tag, StringComparer.Ordinal);

    /// <summary>The first line that is not blank, to name the cell in messages.</summary>
    public string FirstLine
    {
        get
        {
            foreach (var line in Source.Split('\n'))
            {
                if (!string.IsNullOrWhiteSpace(line)) return line.Trim();
            }
            return "";
        }
    }

    public void ClearOutputs()
    {
        Outputs.Clear();
        ExecutionCount = null;
    }

    public NotebookCell Clone()
    {
        var copy = new NotebookCell(Kind, Source)
        {
            Id = Id,
            Metadata = (JsonObject)Metadata.DeepClone(),
            ExecutionCount = ExecutionCount,
        };
        copy.Outputs.AddRange(Outputs);
        foreach (var (name, value) in OtherProperties) copy.OtherProperties[name] = value?.DeepClone();
        return copy;
    }
}
