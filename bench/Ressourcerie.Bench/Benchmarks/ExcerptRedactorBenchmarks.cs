using BenchmarkDotNet.Attributes;
using Ressourcerie.Analytics;
using Ressourcerie.Analytics.Interviews.Pseudonymization;

namespace Ressourcerie.Bench.Benchmarks;

/// <summary>
/// Redacting the verbatims of a large study: 8,500 excerpts (the sample's, repeated) against 400
/// respondents, one excerpt in ten quoting one of them by name. Before the word-by-word lookup,
/// one regular expression alternating every name took 2 to 4 s here.
/// </summary>
public class ExcerptRedactorBenchmarks
{
    private const int Respondents = 400, Excerpts = 8_500;

    private static readonly string[] FirstNames =
        ["Claire", "Julien", "Sophie", "Camille", "Nicolas", "Élodie", "Mathieu", "Aurélie", "Romain", "Pauline", "Anne-Sophie", "Jean-Baptiste", "Inès", "Loïc", "Gwenaëlle", "Malik", "Fatou", "Yann", "Agathe", "Rémi"];

    private static readonly string[] LastNames =
        ["Morvan", "Besson", "Lefèvre", "Garnier", "Rousseau", "Le Gall", "Perrin", "Carpentier", "Lemoine", "Barbier", "Guérin", "de La Tour", "Colin", "Vidal", "Nguyen", "Diallo", "Haddad", "Hoarau", "Payet", "Leroux"];

    private ExcerptRedactor _redactor = null!;
    private string[] _excerpts = [];

    [GlobalSetup]
    public void Setup()
    {
        var names = FirstNames.SelectMany(first => LastNames.Select(last => $"{first} {last}")).Take(Respondents).ToList();
        _redactor = new ExcerptRedactor(names.Select((name, i) => new KeyValuePair<string, string>(name, $"Répondant·e {i + 1}")));
        var sample = Study.Load(BenchData.SampleFolder()).Codings!.Segments.Select(s => s.Excerpt).Where(e => e.Length > 0).ToList();
        _excerpts = [.. Enumerable.Range(0, Excerpts).Select(i => i % 10 == 0 ? $"{sample[i % sample.Count]} Voir avec {names[i % names.Count]}." : sample[i % sample.Count])];
    }

    [Benchmark(Description = "ExcerptRedactor.Redact ×8 500 (400 répondants)")]
    public int Redact()
    {
        int changed = 0;
        foreach (var excerpt in _excerpts)
            if (!ReferenceEquals(_redactor.Redact(excerpt), excerpt)) changed++;
        return changed;
    }
}
