using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Interviews;

/// <summary>
/// Every code of a project (the codebook's, plus any a segment uses that the codebook lacks, with
/// their ancestors) in tree order: each parent followed by its children, siblings in codebook
/// order. That order is the one tables use, so that results are deterministic and read like the
/// codebook.
/// </summary>
internal sealed class CodeHierarchy
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    public CodeHierarchy(CodingProject project)
    {
        var codebook = new Codebook(project.Codebook.Codes);
        foreach (var segment in project.Segments)
            if (!codebook.Contains(segment.CodePath)) codebook.Add(new Code(segment.CodePath));

        // Roots are keyed by null, so that even an empty code path cannot be its own parent.
        var children = codebook.Codes.ToLookup(c => c.ParentPath);
        var ordered = new List<Code>(codebook.Codes.Count);
        void Visit(string? parent)
        {
            foreach (var child in children[parent])
            {
                ordered.Add(child);
                Visit(child.Path);
            }
        }
        Visit(null);
        Codes = ordered;
        for (int i = 0; i < ordered.Count; i++) _index[ordered[i].Path] = i;
        Ancestry = ordered.Select(c => SelfAndAncestors(c.Path).Select(p => _index[p]).ToArray()).ToArray();
    }

    public IReadOnlyList<Code> Codes { get; }

    /// <summary>For each code index, the indices of the code itself and of all its ancestors.</summary>
    public IReadOnlyList<int[]> Ancestry { get; }

    public int IndexOf(string path) => _index[path];

    public bool IsSelfOrDescendant(string path, string ancestor) =>
        path == ancestor || path.StartsWith(ancestor + Code.Separator, StringComparison.Ordinal);

    /// <summary>
    /// The code a user meant: the exact path, else the one path equal to it once case, accents and
    /// punctuation are ignored (so "freins > cout" finds "Freins > Coût"); null when none or several.
    /// </summary>
    public string? Resolve(string path)
    {
        if (_index.ContainsKey(path)) return path;
        var key = MatchKey.Fold(path);
        var matches = Codes.Where(c => MatchKey.Fold(c.Path) == key).Take(2).ToArray();
        return matches.Length == 1 ? matches[0].Path : null;
    }

    private static IEnumerable<string> SelfAndAncestors(string path)
    {
        for (string? p = path; p is not null; p = new Code(p).ParentPath) yield return p;
    }
}
