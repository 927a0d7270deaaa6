namespace Ressourcerie.Analytics.Interviews;

/// <summary>The hierarchical list of codes, parents included even when only children were used.</summary>
public sealed class Codebook
{
    private readonly Dictionary<string, Code> _byPath = new(StringComparer.Ordinal);
    private readonly List<Code> _codes = [];

    public Codebook(IEnumerable<Code> codes)
    {
        foreach (var code in codes) Add(code);
    }

    public IReadOnlyList<Code> Codes => _codes;

    public bool Contains(string path) => _byPath.ContainsKey(path);

    public Code? Find(string path) => _byPath.GetValueOrDefault(path);

    /// <summary>Adds a code and any missing ancestors; an existing code is kept (first description wins).</summary>
    public void Add(Code code)
    {
        if (code.ParentPath is { } parent && !_byPath.ContainsKey(parent)) Add(new Code(parent));
        if (_byPath.TryAdd(code.Path, code)) _codes.Add(code);
    }

    public IEnumerable<Code> ChildrenOf(string? parentPath) => _codes.Where(c => c.ParentPath == parentPath);
}
