using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Ressourcerie.Analytics.Interviews.Pseudonymization;

/// <summary>
/// Removes personal data from an excerpt before it reaches a report: e-mail addresses become
/// "[courriel]", French phone numbers "[téléphone]" (<c>06 12 34 56 78</c>, <c>06.12.34.56.78</c>,
/// <c>0612345678</c>, <c>+33 1 23 45 67 89</c>, <c>+33 (0)1 23 45 67 89</c>, <c>0033 1 23 45 67 89</c>),
/// and people's names their pseudonym (respondents) or "[nom]" (extra names, or a first or last
/// name shared by several respondents).
/// </summary>
/// <remarks>
/// A full name is found whatever its case and accents, first name first or last ("Dupont Marie");
/// a first or last name alone only when written with a capital, so that "Marie Blanc" does not
/// redact the colour "blanc". Names are whole words: "Marie" in "Mariette" or in "Marie-Claire"
/// stays. Hyphens and spaces inside a name are interchangeable ("Marie-Hélène" = "Marie Hélène").
/// Figures that are not phone numbers ("2 500 €", "1 234 567") stay.
/// Names are looked up word by word, as <c>RespondentGuard</c> does: each run of letters of the text
/// is looked up among the names' first words, so the cost grows with the text, not with the number
/// of respondents (a regular expression alternating hundreds of names tried each one at each letter).
/// </remarks>
public sealed class ExcerptRedactor
{
    public const string EmailPlaceholder = "[courriel]";
    public const string PhonePlaceholder = "[téléphone]";
    public const string NamePlaceholder = "[nom]";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    private static readonly Regex Email = new(
        @"[\p{L}\p{N}._%+\-']+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.\p{L}{2,}",
        RegexOptions.CultureInvariant, Timeout);

    // A French number: 0 and a non-zero digit (or +33 / 0033, optionally "(0)", and a non-zero
    // digit), then four pairs of digits, each optionally preceded by a space, dot or hyphen.
    private static readonly Regex Phone = new(
        @"(?<![\p{L}\p{N}+])(?:(?:\+|00)33[\s.\-]?(?:\(0\)[\s.\-]?)?[1-9]|0[1-9])(?:[\s.\-]?\d{2}){4}(?!\d)",
        RegexOptions.CultureInvariant, Timeout);

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "de", "du", "des", "d", "la", "le", "les", "l", "van", "von", "der", "den", "di", "da", "dos", "das", "del", "della", "el", "al", "ben", "bin", "y", "e", "et",
    };

    private readonly Dictionary<string, NameEntry> _names = new(StringComparer.Ordinal);

    // Name phrases by the run of letters and digits that starts them ("marie", "d" for "d'alembert"),
    // longest phrase first; a phrase starting with another character (rare) is tried at every such character.
    private readonly Dictionary<string, NamePhrase[]> _phrasesByFirstRun = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NamePhrase[]>.AlternateLookup<ReadOnlySpan<char>> _phrasesByFirstRunLookup;
    private readonly NamePhrase[] _phrasesStartingWithoutLetter;

    /// <param name="respondentPseudonyms">Respondents' names (as written in the interview list) and their pseudonyms.</param>
    /// <param name="extraNames">Other names to remove (people quoted in interviews…), replaced by "[nom]".</param>
    public ExcerptRedactor(IEnumerable<KeyValuePair<string, string>>? respondentPseudonyms = null, IEnumerable<string>? extraNames = null)
    {
        foreach (var (name, pseudonym) in respondentPseudonyms ?? []) AddPerson(name, pseudonym);
        foreach (var name in extraNames ?? []) AddPerson(name, NamePlaceholder);

        var phrases = _names.OrderByDescending(n => n.Key.Length).ThenBy(n => n.Key, StringComparer.Ordinal)
            .Select(n => new NamePhrase(n.Key.Split(' '), n.Value))
            .ToLookup(p => FirstRun(p.Words[0]));
        foreach (var group in phrases.Where(g => g.Key.Length > 0)) _phrasesByFirstRun[group.Key] = [.. group];
        _phrasesByFirstRunLookup = _phrasesByFirstRun.GetAlternateLookup<ReadOnlySpan<char>>();
        _phrasesStartingWithoutLetter = [.. phrases[""]];
    }

    public string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = Email.Replace(text, EmailPlaceholder);
        text = Phone.Replace(text, PhonePlaceholder);
        return _names.Count == 0 ? text : RedactNames(text);
    }

    private string RedactNames(string text)
    {
        var (folded, origin) = Fold(text);
        var output = new StringBuilder(text.Length);
        int copied = 0;
        int position = 0;
        while (position < folded.Length)
        {
            if (!CanStartName(folded, position))
            {
                position++;
                continue;
            }
            int run = position;
            while (run < folded.Length && IsLetterOrNumber(folded[run])) run++;
            var candidates = run > position
                ? _phrasesByFirstRunLookup.TryGetValue(folded.AsSpan(position, run - position), out var found) ? found : []
                : _phrasesStartingWithoutLetter;
            var (phrase, length) = FirstMatch(folded, position, candidates);
            if (phrase is null)
            {
                // The other letters of the run cannot start a name: a letter or digit precedes them.
                position = Math.Max(run, position + 1);
                continue;
            }
            int start = origin[position];
            int end = origin[position + length - 1] + 1;
            position += length;
            while (end < text.Length && CharUnicodeInfo.GetUnicodeCategory(text[end]) == UnicodeCategory.NonSpacingMark) end++;
            if (phrase.Entry.RequiresCapital && !StartsWithCapital(text.AsSpan(start, end - start))) continue;
            output.Append(text, copied, start - copied).Append(phrase.Entry.Replacement);
            copied = end;
        }
        return copied == 0 ? text : output.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>A name starts neither inside a word nor right after a hyphen that follows a letter ("Claire" in "Marie-Claire").</summary>
    private static bool CanStartName(string folded, int position) =>
        !(position > 0 && IsLetterOrNumber(folded[position - 1]))
        && !(position > 1 && folded[position - 1] == '-' && char.IsLetter(folded[position - 2]));

    /// <summary>
    /// The first of <paramref name="candidates"/> (longest first) written at <paramref name="position"/>:
    /// its words separated by spaces or hyphens, not followed by a letter, a digit or a hyphenated word.
    /// </summary>
    private static (NamePhrase? Phrase, int Length) FirstMatch(string folded, int position, NamePhrase[] candidates)
    {
        foreach (var phrase in candidates)
        {
            int end = EndOfWords(folded, position, phrase.Words);
            if (end < 0) continue;
            bool glued = (end < folded.Length && IsLetterOrNumber(folded[end]))
                || (end + 1 < folded.Length && folded[end] == '-' && char.IsLetter(folded[end + 1]));
            if (!glued) return (phrase, end - position);
        }
        return (null, 0);
    }

    /// <summary>Where <paramref name="words"/>, separated by spaces or hyphens, end when written at <paramref name="position"/>; -1 when they are not.</summary>
    private static int EndOfWords(string folded, int position, string[] words)
    {
        int end = position;
        for (int k = 0; k < words.Length; k++)
        {
            if (k > 0)
            {
                int separator = end;
                while (end < folded.Length && (char.IsWhiteSpace(folded[end]) || folded[end] == '-')) end++;
                if (end == separator) return -1;
            }
            if (!folded.AsSpan(end).StartsWith(words[k], StringComparison.Ordinal)) return -1;
            end += words[k].Length;
        }
        return end;
    }

    private static bool IsLetterOrNumber(char c) => char.IsLetter(c) || char.IsNumber(c);

    /// <summary>The leading run of letters and digits of a name's first word: "d" for "d'alembert".</summary>
    private static string FirstRun(string word)
    {
        int length = 0;
        while (length < word.Length && IsLetterOrNumber(word[length])) length++;
        return word[..length];
    }

    private void AddPerson(string name, string replacement)
    {
        var words = name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(',', ';', '.', '(', ')', '"', '«', '»'))
            .Where(w => w.Any(char.IsLetter))
            .ToArray();
        if (words.Length == 0) return;

        Add(string.Join(' ', words), replacement, requiresCapital: false);
        if (words.Length < 2) return;
        Add(string.Join(' ', words[1..].Append(words[0])), replacement, requiresCapital: false);
        Add(string.Join(' ', words[1..]), replacement, requiresCapital: true);
        // Each word alone, except the words of a particle-led surname ("de La Tour"): "Tour" alone
        // is more often a tower than this person.
        for (int i = 0; i < words.Length; i++)
        {
            if (words.Skip(1).Take(i - 1).Any(IsParticle)) break;
            Add(words[i], replacement, requiresCapital: true);
        }
    }

    private static bool IsParticle(string word) => Particles.Contains(Key(Fold(word).Folded).Trim('\''));

    private void Add(string phrase, string replacement, bool requiresCapital)
    {
        string key = Key(Fold(phrase).Folded);
        if (key.Length < 2 || Particles.Contains(key)) return;
        if (_names.TryGetValue(key, out var existing))
            _names[key] = new NameEntry(existing.Replacement == replacement ? replacement : NamePlaceholder, existing.RequiresCapital && requiresCapital);
        else
            _names[key] = new NameEntry(replacement, requiresCapital);
    }

    /// <summary>The lookup key of a folded phrase: words separated by single spaces, hyphens counting as spaces.</summary>
    private static string Key(string folded) =>
        string.Join(' ', folded.Split([' ', '-', '\t', '\n', '\r', '\u00A0', '\u202F'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A name written with a capital: its first word that is not a particle ("de", "La"…) starts with an upper-case letter.</summary>
    private static bool StartsWithCapital(ReadOnlySpan<char> original)
    {
        foreach (var range in original.SplitAny(" -\t\n\r\u00A0\u202F"))
        {
            var word = original[range];
            if (word.IsEmpty) continue;
            if (IsParticle(word.ToString())) continue;
            return char.IsUpper(word[0]);
        }
        return false;
    }

    /// <summary>
    /// Lower case, accents and ligatures removed, apostrophes and hyphens unified, with, for each
    /// folded character, the index of the original character it comes from.
    /// </summary>
    private static (string Folded, int[] Origin) Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        var origin = new List<int>(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            string replacement = c switch
            {
                '’' or 'ʼ' or '‘' => "'",
                '\u2010' or '\u2011' => "-",
                'œ' or 'Œ' => "oe",
                'æ' or 'Æ' => "ae",
                'ß' => "ss",
                _ when c < 128 => char.ToLowerInvariant(c).ToString(),
                _ => RemoveMarks(c),
            };
            foreach (char r in replacement)
            {
                folded.Append(r);
                origin.Add(i);
            }
        }
        return (folded.ToString(), origin.ToArray());
    }

    private static string RemoveMarks(char c)
    {
        if (char.IsSurrogate(c)) return c.ToString();
        var sb = new StringBuilder(2);
        foreach (char d in c.ToString().Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark) sb.Append(char.ToLowerInvariant(d));
        return sb.ToString();
    }

    private sealed record NameEntry(string Replacement, bool RequiresCapital);

    private sealed record NamePhrase(string[] Words, NameEntry Entry);
}
