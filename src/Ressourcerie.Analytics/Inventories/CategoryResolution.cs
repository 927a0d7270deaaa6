namespace Ressourcerie.Analytics.Inventories;

/// <summary>
/// What <see cref="CategoryNormalizer"/> made of a category cell (and of the libellé, brand and
/// model beside it). Instances are cached and shared between the rows that have the same texts.
/// </summary>
/// <param name="CategoryId">The taxonomy id, or null when the category is unknown or empty.</param>
/// <param name="MatchedLabel">The synonym that decided it, as written in the synonym table (e.g. « vidéoprojecteur »).</param>
/// <param name="Suggestion">For an unknown category: the closest synonym and its id, e.g. « vidéoprojecteur (video_projector) ».</param>
public sealed record CategoryResolution(string? CategoryId, CategoryEvidence Evidence, string? MatchedLabel, string? Suggestion = null)
{
    public bool IsKnown => CategoryId is not null;
}
