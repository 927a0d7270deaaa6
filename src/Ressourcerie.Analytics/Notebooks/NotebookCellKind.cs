namespace Ressourcerie.Analytics.Notebooks;

/// <summary>The nbformat 4 <c>cell_type</c>: what a cell holds.</summary>
public enum NotebookCellKind
{
    Code,
    Markdown,
    Raw,
}
