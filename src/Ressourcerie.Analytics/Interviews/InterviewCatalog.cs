using Ressourcerie.Analytics.Inventories;

namespace Ressourcerie.Analytics.Interviews;

/// <summary>
/// The interviews an analysis works on, in <see cref="InterviewOrder.Chronological"/> order, with
/// the groups they belong to. An interview that segments mention but the interview list lacks is
/// kept (profile "autre", no date) rather than dropped with its segments.
/// </summary>
internal sealed class InterviewCatalog
{
    public const string UnknownGroup = "non renseigné";

    private readonly Dictionary<string, Interview> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _position = new(StringComparer.Ordinal);
    private readonly Dictionary<string, InstitutionType> _institutionTypes;

    public InterviewCatalog(CodingProject project, IEnumerable<Institution>? institutions)
    {
        foreach (var interview in project.Interviews) _byId.TryAdd(interview.Id, interview);
        foreach (var segment in project.Segments)
            if (!_byId.ContainsKey(segment.InterviewId))
                _byId[segment.InterviewId] = new Interview(segment.InterviewId, null, RespondentProfile.Autre, null, null, segment.Source);
        Ordered = _byId.Values.Order(InterviewOrder.Chronological).ToArray();
        for (int i = 0; i < Ordered.Count; i++) _position[Ordered[i].Id] = i;

        _institutionTypes = new Dictionary<string, InstitutionType>(StringComparer.Ordinal);
        foreach (var institution in institutions ?? []) _institutionTypes.TryAdd(institution.Id, institution.Type);
    }

    public IReadOnlyList<Interview> Ordered { get; }

    public int Count => Ordered.Count;

    public Interview this[string id] => _byId[id];

    /// <summary>Rank of the interview in chronological order, from 0.</summary>
    public int PositionOf(string interviewId) => _position[interviewId];

    public static string ProfileLabel(Interview interview) => interview.Profile.French();

    public string InstitutionTypeLabel(Interview interview) =>
        interview.InstitutionId is { } id && _institutionTypes.TryGetValue(id, out var type) ? type.French() : UnknownGroup;

    /// <summary>Profiles present, in the enumeration's order.</summary>
    public IReadOnlyList<string> ProfileGroups() =>
        Enum.GetValues<RespondentProfile>().Where(p => Ordered.Any(i => i.Profile == p)).Select(p => p.French()).ToArray();

    /// <summary>Institution types present, in the enumeration's order, "non renseigné" last.</summary>
    public IReadOnlyList<string> InstitutionTypeGroups()
    {
        var present = Ordered.Select(InstitutionTypeLabel).ToHashSet(StringComparer.Ordinal);
        var groups = Enum.GetValues<InstitutionType>().Select(t => t.French()).Where(present.Contains).ToList();
        if (present.Contains(UnknownGroup)) groups.Add(UnknownGroup);
        return groups;
    }
}
