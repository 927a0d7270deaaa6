using Ressourcerie.Analytics.Interviews;

namespace Ressourcerie.Analytics.SampleData;

/// <summary>
/// A passage a respondent may say, with the codes a coder puts on it (the first is the main one;
/// the others are the co-occurring codes) and the profiles most likely to say it (empty: anyone).
/// The text may hold slots filled per interview: <c>{objets}</c>, <c>{objet}</c>, <c>{n}</c>,
/// <c>{ville}</c>, <c>{annee}</c>, <c>{expo}</c>, <c>{moi}</c> (the respondent's name),
/// <c>{collegue}</c>, <c>{courriel}</c>, <c>{portable}</c> and <c>{standard}</c> (phone numbers).
/// </summary>
internal sealed record CodingPassage(string Text, IReadOnlyList<string> Codes, IReadOnlyList<RespondentProfile> Profiles)
{
    public string MainCode => Codes[0];

    /// <summary>True when the passage carries personal data or starts like a formula: it must appear in every corpus.</summary>
    public bool ExercisesSafetyRules =>
        Text.Contains("{moi}") || Text.Contains("{collegue}") || Text.Contains("{courriel}") || Text.Contains("{portable}") ||
        Text.Contains("{standard}") || Text[0] is '=' or '+' or '-' or '@';

    public bool SuitsProfile(RespondentProfile profile) => Profiles.Count == 0 || Profiles.Contains(profile);
}
