namespace Ressourcerie.Analytics.Notebooks;

/// <summary>
/// A run: the executed notebook (outputs and execution counts; after a failure, the cells up to the
/// failing one with its <c>error</c> output, the next ones without outputs), the failure if any,
/// and the parameters the run used.
/// </summary>
public sealed record NotebookRunResult(
    Notebook Notebook,
    NotebookFailure? Failure,
    int CellsExecuted,
    TimeSpan Duration,
    IReadOnlyList<(string Name, string Value, bool Injected)> Parameters)
{
    public bool Succeeded => Failure is null;
}
