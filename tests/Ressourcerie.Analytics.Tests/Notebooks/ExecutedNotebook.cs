using Ressourcerie.Analytics.Notebooks;

namespace Ressourcerie.Analytics.Tests.Notebooks;

/// <summary>
/// A repository notebook executed by <c>ressourcerie notebooks run --out DIR --html</c>: the exit
/// code and console of the command, the executed notebook and its HTML page, with ways to read a
/// cell's outputs by the cell's id.
/// </summary>
internal sealed record ExecutedNotebook(string Name, IReadOnlyList<string> Parameters, int ExitCode, string Output, string Error, Notebook Notebook, string Html)
{
    public NotebookCell Cell(string id) =>
        Notebook.Cells.SingleOrDefault(c => c.Id == id) ?? throw new KeyNotFoundException($"{Name} : pas de cellule « {id} »");

    /// <summary>The tables a cell shows (its DataFrame outputs), in order.</summary>
    public IReadOnlyList<OutputTable> Tables(string cellId) =>
        [.. Cell(cellId).Outputs.SelectMany(o => Data(o)?.GetText("text/html") is { } html ? OutputTable.Parse(html) : [])];

    public OutputTable Table(string cellId) => Assert.Single(Tables(cellId));

    /// <summary>What a cell printed on its standard output.</summary>
    public string Printed(string cellId) =>
        string.Concat(Cell(cellId).Outputs.OfType<StreamOutput>().Where(s => s.Name == StreamOutput.StandardOutput).Select(s => s.Text));

    /// <summary>The text/plain of a cell's displays (a chart says « Graphique : its title »).</summary>
    public IReadOnlyList<string> Displayed(string cellId) =>
        [.. Cell(cellId).Outputs.Select(Data).OfType<MimeBundle>().Select(d => d.GetText("text/plain") ?? "")];

    public IEnumerable<CellOutput> Outputs => Notebook.Cells.SelectMany(c => c.Outputs);

    public static MimeBundle? Data(CellOutput output) => output switch
    {
        DisplayDataOutput d => d.Data,
        ExecuteResultOutput r => r.Data,
        _ => null,
    };
}
