using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Needs;

/// <summary>Equipment an institution needs for a period, usually for an exhibition or an event.</summary>
public sealed record Need(
    string InstitutionId,
    string CategoryId,
    int Quantity,
    DateOnly Start,
    DateOnly End,
    string? Project,
    SourceLocation Source)
{
    public int Days => End.DayNumber - Start.DayNumber + 1;

    public bool Overlaps(DateOnly start, DateOnly end) => Start <= end && start <= End;
}
