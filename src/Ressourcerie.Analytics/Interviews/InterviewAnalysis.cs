using Microsoft.Data.Analysis;
using Ressourcerie.Analytics.Interviews.Agreement;
using Ressourcerie.Analytics.Interviews.CoOccurrence;
using Ressourcerie.Analytics.Interviews.Frequencies;
using Ressourcerie.Analytics.Interviews.Passages;
using Ressourcerie.Analytics.Interviews.Pseudonymization;
using Ressourcerie.Analytics.Interviews.Saturation;
using Ressourcerie.Analytics.Interviews.Verbatims;
using Ressourcerie.Analytics.Inventories;

namespace Ressourcerie.Analytics.Interviews;

/// <summary>
/// The analyses of a coding project, as a qualitative researcher runs them: code frequencies
/// (overall, by profile, by institution type), co-occurrences, thematic saturation, intercoder
/// agreement and verbatims, respondents always pseudonymised. Each method is pure and returns a
/// small immutable result or a <see cref="DataFrame"/> with French column names, in a
/// deterministic order. <c>study.Interviews</c> is one of these.
/// </summary>
/// <example>
/// <code>
/// var analysis = new InterviewAnalysis(project, institutions);
/// analysis.CodeFrequencies().ToDataFrame();
/// analysis.Saturation(baseSize: 4, runLength: 2, newInformationThreshold: 0.05).Summary;
/// analysis.Agreement(["Alice", "Bruno"]).KrippendorffAlpha;
/// analysis.Verbatims("Freins > Coût");
/// </code>
/// </example>
public sealed class InterviewAnalysis
{
    private readonly IReadOnlyList<Institution> _institutions;
    private readonly string? _pseudonymSalt;
    private readonly IReadOnlyList<string> _namesToRedact;

    /// <param name="institutions">The study's institutions, for the institution type of each interview.</param>
    /// <param name="pseudonymSalt">When given, pseudonym numbers come from a salted hash (<see cref="PseudonymNumbering.SaltedHash"/>); otherwise they are chronological.</param>
    /// <param name="namesToRedact">Other people's names to remove from verbatims, besides the respondents'.</param>
    public InterviewAnalysis(CodingProject project, IEnumerable<Institution>? institutions = null, string? pseudonymSalt = null,
        IEnumerable<string>? namesToRedact = null)
    {
        Project = project ?? throw new ArgumentNullException(nameof(project));
        _institutions = institutions?.ToArray() ?? [];
        _pseudonymSalt = pseudonymSalt;
        _namesToRedact = namesToRedact?.ToArray() ?? [];
        var catalog = new InterviewCatalog(project, _institutions);
        Pseudonyms = new Pseudonymizer(catalog.Ordered, pseudonymSalt);
        Redactor = Pseudonyms.CreateRedactor(_namesToRedact);
    }

    public CodingProject Project { get; }

    /// <summary>The respondents' pseudonyms (built from all interviews, whatever coder filter applies).</summary>
    public Pseudonymizer Pseudonyms { get; }

    /// <summary>The redactor applied to verbatims: respondents' names, extra names, e-mails, phones.</summary>
    public ExcerptRedactor Redactor { get; }

    /// <summary>The same analyses on one coder's segments only (interviews and pseudonyms unchanged).</summary>
    public InterviewAnalysis ForCoder(string coder)
    {
        var known = Project.Coders.FirstOrDefault(c => c == coder)
                    ?? throw new ArgumentException($"Codeur inconnu : « {coder} ». Codeurs du projet : {(Project.Coders.Count == 0 ? "aucun" : string.Join(", ", Project.Coders))}.", nameof(coder));
        var filtered = Project with { Segments = Project.Segments.Where(s => s.Coder == known).ToArray() };
        return new InterviewAnalysis(filtered, _institutions, _pseudonymSalt, _namesToRedact);
    }

    /// <summary>The distinct coded passages (quotations), each with every coding applied to it; see <see cref="PassageGrouping"/>.</summary>
    public IReadOnlyList<CodedPassage> Passages() => PassageGrouping.Group(Project);

    /// <summary>Per code: segments, interviews and % of interviews, alone ("propre") and with sub-codes.</summary>
    public CodeFrequencyTable CodeFrequencies() => CodeFrequencyAnalysis.Compute(Project);

    /// <summary>Per code and respondent profile; <see cref="GroupCodeFrequencyTable.Matrix"/> gives the code × profile matrix.</summary>
    public GroupCodeFrequencyTable CodeByProfile() => CodeFrequencyAnalysis.ByProfile(Project);

    /// <summary>Per code and type of institution (musée, frac…; "non renseigné" when unknown).</summary>
    public GroupCodeFrequencyTable CodeByInstitutionType() => CodeFrequencyAnalysis.ByInstitutionType(Project, _institutions);

    /// <summary>Codes × profiles: interviews (default), segments or % of each profile's interviews.</summary>
    public DataFrame CodeProfileMatrix(FrequencyMeasure measure = FrequencyMeasure.Interviews, CodeCounting counting = CodeCounting.Own) =>
        CodeByProfile().Matrix(measure, counting);

    /// <summary>Co-occurrence counts and ATLAS.ti c-coefficients.</summary>
    public CoOccurrenceTable CoOccurrence() => CoOccurrenceAnalysis.Compute(Project);

    /// <summary>Thematic saturation (Guest, Namey &amp; Chen 2020) and the Guest (2006) curve.</summary>
    /// <param name="baseSize">base_size: 4 or 6 in the paper.</param>
    /// <param name="runLength">run_length: 2 or 3 in the paper.</param>
    /// <param name="newInformationThreshold">new_information_threshold, a proportion: 0.05 (≤ 5 %) or 0.</param>
    public SaturationResult Saturation(int baseSize = SaturationAnalysis.DefaultBaseSize, int runLength = SaturationAnalysis.DefaultRunLength,
        double newInformationThreshold = SaturationAnalysis.DefaultNewInformationThreshold) =>
        SaturationAnalysis.Compute(Project, baseSize, runLength, newInformationThreshold);

    /// <summary>Intercoder agreement; see <see cref="CodingAgreementAnalysis"/> for the two unit levels.</summary>
    /// <param name="coders">At least two coders; all the project's coders when null.</param>
    public CodingAgreement Agreement(IReadOnlyList<string>? coders = null, AgreementUnitLevel level = AgreementUnitLevel.Document,
        double minimumOverlap = CodingAgreementAnalysis.DefaultMinimumOverlap) =>
        CodingAgreementAnalysis.Compute(Project, coders, level, minimumOverlap);

    /// <summary>The verbatims of a code with pseudonyms, excerpts redacted unless <paramref name="redact"/> is false.</summary>
    public IReadOnlyList<Verbatim> Verbatims(string code, bool includeSubcodes = false, bool redact = true) =>
        VerbatimSelector.Select(Project, code, Pseudonyms, _institutions, redact ? Redactor : null, includeSubcodes);
}
