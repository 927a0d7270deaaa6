namespace Ressourcerie.Analytics.Ingestion;

public enum IssueSeverity
{
    /// <summary>The row was kept, with a correction that the message describes.</summary>
    Warning,

    /// <summary>The row was rejected (or the whole file, when <see cref="DataIssue.Row"/> is 0).</summary>
    Error,
}
