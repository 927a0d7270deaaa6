using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Interviews.Readers;

/// <summary>
/// Collects what a codings reader finds, in file order, and turns it into a <see cref="CodingProject"/>:
/// interviews created on first mention, codes declared before or after use (a parent declared
/// after its children still gets its description), segments as read.
/// </summary>
internal sealed class CodingProjectBuilder(DataQualityReport report)
{
    private readonly Dictionary<string, InterviewDraft> _interviews = new(StringComparer.Ordinal);
    private readonly List<InterviewDraft> _interviewOrder = [];
    private readonly Dictionary<string, Code> _codes = new(StringComparer.Ordinal);
    private readonly List<string> _codeOrder = [];
    private readonly List<CodedSegment> _segments = [];
    private readonly Dictionary<string, string> _coderByKey = new(StringComparer.Ordinal);
    private readonly HashSet<string> _reportedSpellings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _codePathByKey = new(StringComparer.Ordinal);

    public DataQualityReport Report { get; } = report;

    public IReadOnlyList<CodedSegment> Segments => _segments;

    public bool HasInterview(string id) => _interviews.ContainsKey(id);

    public IEnumerable<string> InterviewIds => _interviewOrder.Select(i => i.Id);

    /// <summary>The interview named <paramref name="id"/>, created with profile "autre" on first mention.</summary>
    public InterviewDraft Interview(string id, SourceLocation source)
    {
        if (!_interviews.TryGetValue(id, out var draft))
        {
            draft = new InterviewDraft(id, source, Report);
            _interviews[id] = draft;
            _interviewOrder.Add(draft);
        }
        return draft;
    }

    /// <summary>Declares a code; a later declaration only fills what the first one lacked (description, GUID, colour).</summary>
    public void DeclareCode(Code code)
    {
        if (code.Path.Length == 0) return;
        if (_codes.TryGetValue(code.Path, out var known))
        {
            _codes[code.Path] = known with
            {
                Description = known.Description ?? code.Description,
                Guid = known.Guid ?? code.Guid,
                Color = known.Color ?? code.Color,
            };
            return;
        }
        _codes[code.Path] = code;
        _codeOrder.Add(code.Path);
    }

    /// <summary>
    /// Adds a coding. A coder written differently from an earlier one only by case, accents or
    /// spaces ("Léa", "lea", "LEA ") is the same person typed twice, not a second coder who would
    /// halve every agreement: the first spelling is kept and each other spelling is reported once.
    /// </summary>
    public void AddSegment(CodedSegment segment)
    {
        DeclareCode(new Code(segment.CodePath));
        _segments.Add(segment.Coder is { } coder ? segment with { Coder = SameCoder(coder, segment.Source) } : segment);
    }

    /// <summary>
    /// For hand-typed codings: a code path written differently from an earlier one only by case,
    /// accents or punctuation in a level ("freins > assurance", "Freins > Cout" after "Freins > Coût")
    /// is the same code; the first spelling is kept and each other spelling reported once. Tool
    /// exports do not call this: their codebooks may hold codes that differ only by case.
    /// </summary>
    public string SameCode(string path, SourceLocation source, string column)
    {
        var key = string.Join('\u001F', path.Split(" > ").Select(level => MatchKey.Fold(level)));
        if (!_codePathByKey.TryGetValue(key, out var first))
        {
            _codePathByKey[key] = path;
            return path;
        }
        if (!string.Equals(first, path, StringComparison.Ordinal) && _reportedSpellings.Add("code\u001F" + path))
            Report.Warn(source.File, source.Row, column,
                $"Code « {path} » lu comme « {first} » (même code, à la casse, aux accents ou à la ponctuation près) : ses codages sont comptés avec ceux de « {first} ».");
        return first;
    }

    private string? SameCoder(string coder, SourceLocation source)
    {
        var trimmed = coder.Trim();
        if (trimmed.Length == 0) return null;
        var key = MatchKey.Fold(trimmed);
        if (key.Length == 0) return trimmed;
        if (!_coderByKey.TryGetValue(key, out var first))
        {
            _coderByKey[key] = trimmed;
            return trimmed;
        }
        if (!string.Equals(first, trimmed, StringComparison.Ordinal) && _reportedSpellings.Add(trimmed))
            Report.Warn(source.File, source.Row, "Codeur",
                $"Codeur « {trimmed} » lu comme « {first} » (même nom, à la casse, aux accents ou aux espaces près) : ses codages sont comptés avec ceux de « {first} ».");
        return first;
    }

    public void ReplaceSegment(int index, CodedSegment segment) => _segments[index] = segment;

    public CodingProject Build(string format)
    {
        var codebook = new Codebook([]);
        foreach (var path in _codeOrder) AddWithAncestors(codebook, path);
        return new CodingProject(format, _interviewOrder.Select(i => i.ToInterview()).ToList(), codebook, _segments.ToList());
    }

    private void AddWithAncestors(Codebook codebook, string path)
    {
        if (codebook.Contains(path)) return;
        var code = _codes.GetValueOrDefault(path) ?? new Code(path);
        if (code.ParentPath is { } parent) AddWithAncestors(codebook, parent);
        codebook.Add(code);
    }
}
