namespace Ressourcerie.Analytics.Notebooks;

/// <summary>
/// A notebook that cannot be run as written (a cell in another language, a magic command the kernel
/// alone knew, a package at another version than the toolkit's, a parameter the notebook does not
/// declare…). Raised before any cell runs, so nothing is written; the message is French and names
/// the notebook and the cell.
/// </summary>
public sealed class NotebookException : Exception
{
    public NotebookException(NotebookFailure failure) : base(failure.ToString()) => Failure = failure;

    /// <summary>A problem of the notebook as a whole (no cell to name).</summary>
    public NotebookException(string notebook, string message) : this(new NotebookFailure(notebook, 0, "", null, message)) { }

    public NotebookFailure Failure { get; }
}
