namespace Ressourcerie.Analytics.Notebooks;

/// <summary>
/// Why a notebook stopped: the notebook, the cell (its position among all cells, counting markdown
/// ones as the editor shows them, and its first line), the line in the cell when known, and a French
/// message. <see cref="LoadedFile"/> names the <c>#load</c>ed script when the problem is there (the
/// line is then that file's).
/// </summary>
public sealed record NotebookFailure(
    string Notebook,
    int CellNumber,
    string CellFirstLine,
    int? Line,
    string Message,
    string? LoadedFile = null)
{
    public override string ToString()
    {
        var where = CellNumber > 0 ? $"{Notebook}, cellule {CellNumber}" : Notebook;
        if (CellNumber > 0 && CellFirstLine.Length > 0) where += $" (« {Shorten(CellFirstLine)} »)";
        if (LoadedFile is not null) where += $", fichier {LoadedFile}";
        if (Line is { } line) where += $", ligne {line}";
        return $"{where} : {Message}";
    }

    private static string Shorten(string line) => line.Length <= 60 ? line : line[..57] + "…";
}
