namespace Ressourcerie.Analytics.Interviews.CoOccurrence;

/// <summary>
/// Two codes applied to the same or overlapping passages: how many passage pairs, each code's
/// groundedness (passages it is applied to) and ATLAS.ti's c-coefficient (rounded to 2 decimals).
/// <see cref="CodeA"/> comes before <see cref="CodeB"/> in codebook order.
/// </summary>
public sealed record CodeCoOccurrence(
    string CodeA,
    string CodeB,
    int Count,
    int GroundednessA,
    int GroundednessB,
    double CCoefficient);
