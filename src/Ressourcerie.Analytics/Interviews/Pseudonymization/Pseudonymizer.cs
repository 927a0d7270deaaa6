using System.Security.Cryptography;
using System.Text;
using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Interviews.Pseudonymization;

/// <summary>
/// Stable pseudonyms for respondents: the role noun of their profile
/// (<see cref="RespondentProfileLabels.PseudonymStem"/>) and a number, e.g. "Régisseur·e 3". A
/// respondent interviewed twice keeps one pseudonym (names are compared without regard to case,
/// accents or punctuation); an interview without a respondent's name is a respondent of its own.
/// The role is the one of the respondent's first interview. Numbering is
/// <see cref="PseudonymNumbering.Chronological"/> by default, <see cref="PseudonymNumbering.SaltedHash"/>
/// when a salt is given.
/// </summary>
public sealed class Pseudonymizer
{
    private readonly Dictionary<string, string> _byInterview = new(StringComparer.Ordinal);
    private readonly List<PseudonymMappingEntry> _mapping = [];

    public Pseudonymizer(IEnumerable<Interview> interviews, string? salt = null)
    {
        ArgumentNullException.ThrowIfNull(interviews);
        Numbering = string.IsNullOrEmpty(salt) ? PseudonymNumbering.Chronological : PseudonymNumbering.SaltedHash;

        var respondents = new List<Respondent>();
        var byKey = new Dictionary<string, Respondent>(StringComparer.Ordinal);
        foreach (var interview in interviews.DistinctBy(i => i.Id).Order(InterviewOrder.Chronological))
        {
            string key = IdentityKey(interview);
            if (!byKey.TryGetValue(key, out var respondent))
            {
                respondent = new Respondent(key, string.IsNullOrWhiteSpace(interview.Respondent) ? null : interview.Respondent.Trim(), interview.Profile);
                byKey[key] = respondent;
                respondents.Add(respondent);
            }
            respondent.InterviewIds.Add(interview.Id);
        }

        foreach (var stem in respondents.GroupBy(r => r.Profile.PseudonymStem(), StringComparer.Ordinal))
        {
            if (Numbering == PseudonymNumbering.Chronological)
            {
                int number = 1;
                foreach (var respondent in stem) respondent.Number = number++;
            }
            else
            {
                AssignHashedNumbers(stem.ToArray(), salt!);
            }
        }

        foreach (var respondent in respondents)
        {
            string pseudonym = $"{respondent.Profile.PseudonymStem()} {respondent.Number}";
            foreach (var id in respondent.InterviewIds) _byInterview[id] = pseudonym;
            _mapping.Add(new PseudonymMappingEntry(respondent.Name, pseudonym, respondent.Profile, respondent.InterviewIds));
        }
    }

    public PseudonymNumbering Numbering { get; }

    /// <summary>The pseudonym of the respondent of an interview.</summary>
    /// <exception cref="KeyNotFoundException">An interview this pseudonymizer was not built with.</exception>
    public string PseudonymOf(string interviewId) =>
        _byInterview.TryGetValue(interviewId, out var pseudonym)
            ? pseudonym
            : throw new KeyNotFoundException($"Entretien inconnu : « {interviewId} ».");

    public string PseudonymOf(Interview interview) => PseudonymOf(interview.Id);

    /// <summary>
    /// The name ↔ pseudonym mapping. It is personal data: call this only to hand the key to the
    /// person entitled to it, never to fill a report, a chart or a notebook output.
    /// </summary>
    public IReadOnlyList<PseudonymMappingEntry> ExportNameMapping() => _mapping.ToArray();

    /// <summary>A redactor that replaces these respondents' names by their pseudonyms, plus <paramref name="extraNames"/> by "[nom]".</summary>
    public ExcerptRedactor CreateRedactor(IEnumerable<string>? extraNames = null) =>
        new(_mapping.Where(m => m.Respondent is not null).Select(m => new KeyValuePair<string, string>(m.Respondent!, m.Pseudonym)), extraNames);

    private static string IdentityKey(Interview interview)
    {
        var name = string.IsNullOrWhiteSpace(interview.Respondent) ? "" : MatchKey.FoldWords(interview.Respondent);
        return name.Length > 0 ? "nom:" + name : "entretien:" + interview.Id;
    }

    /// <summary>
    /// Numbers 1000–9999 from HMAC-SHA256(salt, name). Respondents are served in the order of their
    /// hashes, each taking its first free number among successive hashes (name#0, name#1…): the result
    /// depends on the set of respondents only, and a newcomer can change an existing number only
    /// by colliding with it and sorting first, a rare event.
    /// </summary>
    private static void AssignHashedNumbers(Respondent[] respondents, string salt)
    {
        if (respondents.Length > 9000)
            throw new InvalidOperationException($"Trop de répondants ({respondents.Length}) pour des numéros à quatre chiffres dans le rôle « {respondents[0].Profile.PseudonymStem()} ».");
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(salt));
        ulong Hash(Respondent r, int attempt) =>
            BitConverter.ToUInt64(hmac.ComputeHash(Encoding.UTF8.GetBytes($"{r.Key}#{attempt}")), 0);

        var taken = new HashSet<int>();
        foreach (var respondent in respondents.OrderBy(r => Hash(r, 0)).ThenBy(r => r.Key, StringComparer.Ordinal))
        {
            for (int attempt = 0; ; attempt++)
            {
                int number = 1000 + (int)(Hash(respondent, attempt) % 9000);
                if (taken.Add(number))
                {
                    respondent.Number = number;
                    break;
                }
            }
        }
    }

    private sealed class Respondent(string key, string? name, RespondentProfile profile)
    {
        public string Key { get; } = key;
        public string? Name { get; } = name;
        public RespondentProfile Profile { get; } = profile;
        public List<string> InterviewIds { get; } = [];
        public int Number { get; set; }
    }
}
