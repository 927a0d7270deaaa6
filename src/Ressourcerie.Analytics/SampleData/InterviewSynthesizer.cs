using System.Globalization;
using System.Text;
using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Interviews;
using Ressourcerie.Analytics.Interviews.Readers;
using Ressourcerie.Analytics.Inventories;

namespace Ressourcerie.Analytics.SampleData;

/// <summary>
/// Writes <c>entretiens.csv</c> and <c>codages.csv</c>: interviews spread over the interview period
/// across the profiles, each with a fictional respondent and an institution of a fitting type, and
/// their coded passages.
/// <list type="bullet">
/// <item>Saturation: codes enter the corpus on a decreasing schedule (many in the first interviews,
/// almost none after the tenth), and later interviews draw only from codes already seen.</item>
/// <item>Co-occurrence: a passage carries its main code and the related codes of the corpus.</item>
/// <item>Agreement: the first coder codes every interview; the second re-codes about 30 % of them
/// with the same offsets for the same passages, and realistic disagreements (a close code instead
/// of the other, a code left out or added, a passage skipped or coded by one coder only).</item>
/// <item>Offsets: each interview is a transcript in which passages sit at increasing code-point
/// offsets, separated by the interviewer's questions; <c>debut</c> is inclusive, <c>fin</c> exclusive.</item>
/// </list>
/// </summary>
internal static class InterviewSynthesizer
{
    public static readonly string[] InterviewHeader = ["Identifiant entretien", "Date", "Profil", "Identifiant établissement", "Répondant"];

    public static readonly string[] CodingHeader = ["Identifiant entretien", "Code", "Extrait", "Codeur", "Début", "Fin"];

    /// <summary>How many codes enter the corpus at each interview, in date order; what is left enters at the last interview.</summary>
    private static readonly int[] IntroductionSchedule = [9, 7, 5, 4, 3, 3, 1, 1, 1, 0, 1, 0, 0, 0, 1, 0, 0, 1];

    /// <summary>Interview counts per profile for a 20-interview study: technique, numérique, DSI, collections, RSO, expert.</summary>
    private static readonly (RespondentProfile Profile, double Weight)[] ProfileMix =
    [
        (RespondentProfile.Technique, 5), (RespondentProfile.Numerique, 4), (RespondentProfile.Dsi, 3),
        (RespondentProfile.Collections, 3), (RespondentProfile.Rso, 3), (RespondentProfile.Expert, 2),
    ];

    private const double DoubleCodedShare = 0.3;

    private sealed record PlannedInterview(
        string Id,
        DateOnly Date,
        RespondentProfile Profile,
        SyntheticInstitution Institution,
        string FirstName,
        string LastName,
        string Colleague)
    {
        public string Respondent => $"{FirstName} {LastName}";
    }

    private sealed record Segment(string Code, string Coder);

    private sealed record PlacedPassage(string Excerpt, int Start, int End, IReadOnlyList<Segment> Segments);

    public static (int Interviews, int Segments) Write(
        FrenchCsvWriter interviewsCsv,
        FrenchCsvWriter codingsCsv,
        IReadOnlyList<SyntheticInstitution> institutions,
        SampleDataOptions options,
        DefectPlan defects)
    {
        var rng = new SampleRandom(options.Seed, SampleRandom.Stream("entretiens"));
        var interviews = PlanInterviews(options, institutions, rng);
        var codes = InterviewCorpus.Codes;
        var introducedAt = IntroductionOrder(codes, interviews.Count, rng);
        var safetyAt = PlaceSafetyPassages(interviews, introducedAt, rng);
        var doubleCoded = DoubleCodedSubset(interviews.Count, rng);
        var uses = new int[InterviewCorpus.Passages.Count];

        interviewsCsv.Header(InterviewHeader);
        codingsCsv.Header(CodingHeader);
        int segments = 0;
        for (int k = 0; k < interviews.Count; k++)
        {
            var interview = interviews[k];
            WriteInterview(interviewsCsv, interview, k, defects);
            var passages = ChoosePassages(k, interview, introducedAt, safetyAt, uses, rng);
            var placed = Place(passages, interview, k, introducedAt, doubleCoded.Contains(k), rng);
            foreach (var passage in placed)
            {
                foreach (var segment in passage.Segments)
                {
                    codingsCsv.Text(interview.Id);
                    codingsCsv.Text(segment.Code);
                    codingsCsv.Text(passage.Excerpt);
                    codingsCsv.Text(segment.Coder);
                    codingsCsv.Integer(passage.Start);
                    codingsCsv.Integer(passage.End);
                    codingsCsv.EndRow();
                    segments++;
                }
            }
        }
        return (interviews.Count, segments);
    }

    private static void WriteInterview(FrenchCsvWriter csv, PlannedInterview interview, int index, DefectPlan defects)
    {
        csv.Text(interview.Id);
        csv.Date(interview.Date);
        if (interview.Profile == RespondentProfile.Technique && defects.TakeProfileLabel(index))
        {
            csv.Text("Régisseur");
            defects.Record(SampleDataGenerator.InterviewsFile, csv.NextRowNumber, InterviewHeader[2], "Régisseur",
                "Profil saisi « Régisseur » au lieu de « technique » (synonyme).");
        }
        else
        {
            csv.Text(RespondentProfileParser.CanonicalValue(interview.Profile));
        }
        csv.Text(interview.Institution.Id);
        csv.Text(interview.Respondent);
        csv.EndRow();
    }

    private static List<PlannedInterview> PlanInterviews(SampleDataOptions options, IReadOnlyList<SyntheticInstitution> institutions, SampleRandom rng)
    {
        int n = options.Interviews;
        var profiles = ProfileSequence(n, rng);
        var dates = InterviewDates(n, options.InterviewsFrom, options.InterviewsTo, rng);
        var people = DistinctPeople(2 * n, rng);
        var taken = new HashSet<int>();
        string idFormat = "D" + Math.Max(2, n.ToString(CultureInfo.InvariantCulture).Length);

        var planned = new List<PlannedInterview>(n);
        for (int k = 0; k < n; k++)
        {
            var institution = ChooseInstitution(profiles[k], institutions, taken, rng);
            planned.Add(new PlannedInterview(
                "ENT-" + (k + 1).ToString(idFormat, CultureInfo.InvariantCulture),
                dates[k],
                profiles[k],
                institution,
                people[k].First,
                people[k].Last,
                $"{people[n + k].First} {people[n + k].Last}"));
        }
        return planned;
    }

    private static List<RespondentProfile> ProfileSequence(int n, SampleRandom rng)
    {
        double total = ProfileMix.Sum(p => p.Weight);
        var counts = ProfileMix.Select(p => (int)Math.Floor(n * p.Weight / total)).ToArray();
        var remainders = ProfileMix.Select((p, i) => n * p.Weight / total - counts[i]).ToArray();
        for (int left = n - counts.Sum(); left > 0; left--)
        {
            int best = Array.IndexOf(remainders, remainders.Max());
            counts[best]++;
            remainders[best] = -1;
        }
        var sequence = new List<RespondentProfile>(n);
        for (int i = 0; i < ProfileMix.Length; i++)
            for (int c = 0; c < counts[i]; c++) sequence.Add(ProfileMix[i].Profile);
        rng.Shuffle(sequence);
        return sequence;
    }

    /// <summary>Working days of the period, distinct while there are enough, in date order.</summary>
    private static List<DateOnly> InterviewDates(int n, DateOnly from, DateOnly to, SampleRandom rng)
    {
        var days = new List<DateOnly>();
        for (var d = from; d <= to; d = d.AddDays(1))
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) days.Add(d);
        if (days.Count == 0) days.Add(from);
        var chosen = new List<DateOnly>(n);
        if (days.Count >= n)
        {
            rng.Shuffle(days);
            chosen.AddRange(days.Take(n));
        }
        else
        {
            for (int k = 0; k < n; k++) chosen.Add(rng.Pick(days));
        }
        chosen.Sort();
        return chosen;
    }

    /// <summary>People with distinct first names and distinct last names while the lists last, then distinct pairs.</summary>
    private static List<(string First, string Last)> DistinctPeople(int count, SampleRandom rng)
    {
        var first = Enumerable.Range(0, FictionalNames.FirstNames.Count).ToList();
        var last = Enumerable.Range(0, FictionalNames.LastNames.Count).ToList();
        rng.Shuffle(first);
        rng.Shuffle(last);
        var seen = new HashSet<(int, int)>();
        var people = new List<(string, string)>(count);
        for (int k = 0; people.Count < count; k++)
        {
            int f = k < first.Count ? first[k] : rng.Next(first.Count);
            int l = k < last.Count ? last[k] : rng.Next(last.Count);
            // Beyond the number of combinations (absurdly many interviews), names repeat.
            if (seen.Add((f, l)) || seen.Count >= first.Count * last.Count)
                people.Add((FictionalNames.FirstNames[f], FictionalNames.LastNames[l]));
        }
        return people;
    }

    /// <summary>Institution types where each profile is usually met (régisseurs in exhibition venues, DSI in large establishments…).</summary>
    private static double TypeAffinity(RespondentProfile profile, InstitutionType type) => (profile, type) switch
    {
        (RespondentProfile.Technique, InstitutionType.Musee or InstitutionType.CentreDArt or InstitutionType.Frac) => 3,
        (RespondentProfile.Technique, InstitutionType.Cnap) => 2,
        (RespondentProfile.Dsi, InstitutionType.Musee or InstitutionType.EcoleDArt or InstitutionType.Cnap) => 3,
        (RespondentProfile.Dsi, InstitutionType.CentreDArt or InstitutionType.Autre) => 0.3,
        (RespondentProfile.Numerique, InstitutionType.Musee) => 3,
        (RespondentProfile.Numerique, InstitutionType.EcoleDArt or InstitutionType.CentreDArt) => 2,
        (RespondentProfile.Collections, InstitutionType.Musee or InstitutionType.Frac or InstitutionType.Cnap) => 3.5,
        (RespondentProfile.Collections, _) => 0.4,
        (RespondentProfile.Rso, InstitutionType.Musee) => 3,
        (RespondentProfile.Rso, InstitutionType.EcoleDArt or InstitutionType.Cnap) => 2,
        (RespondentProfile.Expert, InstitutionType.Cnap or InstitutionType.Autre) => 3,
        _ => 1,
    };

    private static SyntheticInstitution ChooseInstitution(RespondentProfile profile, IReadOnlyList<SyntheticInstitution> institutions, HashSet<int> taken, SampleRandom rng)
    {
        var weights = new double[institutions.Count];
        bool anyFree = taken.Count < institutions.Count;
        for (int i = 0; i < institutions.Count; i++)
            weights[i] = anyFree && taken.Contains(i) ? 0 : TypeAffinity(profile, institutions[i].Institution.Type);
        int chosen = rng.Weighted(weights);
        taken.Add(chosen);
        return institutions[chosen];
    }

    /// <summary>The interview index at which each code enters the corpus; the salient codes tend to come first.</summary>
    private static Dictionary<string, int> IntroductionOrder(IReadOnlyList<(string Code, double Salience)> codes, int interviews, SampleRandom rng)
    {
        var keyed = codes.Select(c => (c.Code, Key: c.Salience * (0.6 + 0.8 * rng.NextDouble()))).ToList();
        keyed.Sort((a, b) => b.Key != a.Key ? b.Key.CompareTo(a.Key) : string.CompareOrdinal(a.Code, b.Code));
        var introducedAt = new Dictionary<string, int>(StringComparer.Ordinal);
        int next = 0;
        for (int k = 0; k < interviews && next < keyed.Count; k++)
        {
            int count = k == interviews - 1 ? keyed.Count - next : k < IntroductionSchedule.Length ? IntroductionSchedule[k] : 0;
            for (int c = 0; c < count && next < keyed.Count; c++) introducedAt[keyed[next++].Code] = k;
        }
        return introducedAt;
    }

    /// <summary>
    /// Each passage that carries personal data or starts like a formula goes to one interview whose
    /// profile says such things, once its main code has entered the corpus (distinct interviews while possible).
    /// </summary>
    private static Dictionary<int, List<int>> PlaceSafetyPassages(List<PlannedInterview> interviews, Dictionary<string, int> introducedAt, SampleRandom rng)
    {
        var placed = new Dictionary<int, List<int>>();
        var passages = InterviewCorpus.Passages;
        for (int p = 0; p < passages.Count; p++)
        {
            if (!passages[p].ExercisesSafetyRules) continue;
            int earliest = introducedAt[passages[p].MainCode];
            var weights = new double[interviews.Count];
            for (int k = earliest; k < interviews.Count; k++)
                weights[k] = (passages[p].SuitsProfile(interviews[k].Profile) ? 4 : 1) * (placed.ContainsKey(k) ? 0.05 : 1);
            int chosen = rng.Weighted(weights);
            if (!placed.TryGetValue(chosen, out var list)) placed[chosen] = list = [];
            list.Add(p);
        }
        return placed;
    }

    private static HashSet<int> DoubleCodedSubset(int interviews, SampleRandom rng)
    {
        int count = Math.Clamp((int)Math.Round(interviews * DoubleCodedShare), Math.Min(2, interviews), interviews);
        var indices = Enumerable.Range(0, interviews).ToList();
        rng.Shuffle(indices);
        return indices.Take(count).ToHashSet();
    }

    /// <summary>0.2 per earlier use, by repeated multiplication (exact, unlike <c>Math.Pow</c> whose last bit may vary by platform).</summary>
    private static double RepeatPenalty(int uses)
    {
        double penalty = 1;
        for (int u = 0; u < uses; u++) penalty *= 0.2;
        return penalty;
    }

    private static List<int> ChoosePassages(int k, PlannedInterview interview, Dictionary<string, int> introducedAt, Dictionary<int, List<int>> safetyAt, int[] uses, SampleRandom rng)
    {
        var passages = InterviewCorpus.Passages;
        var chosen = new List<int>();
        var newCodes = InterviewCorpus.Codes.Where(c => introducedAt[c.Code] == k).Select(c => c.Code).ToList();
        int target = Math.Max(rng.Between(10, 13), newCodes.Count + 3);

        foreach (var code in newCodes)
        {
            var weights = new double[passages.Count];
            for (int p = 0; p < passages.Count; p++)
                if (passages[p].MainCode == code && !passages[p].ExercisesSafetyRules)
                    weights[p] = (passages[p].SuitsProfile(interview.Profile) ? 3 : 1) * RepeatPenalty(uses[p]);
            if (weights.All(w => w == 0)) continue;
            Add(rng.Weighted(weights));
        }
        if (safetyAt.TryGetValue(k, out var safety))
            foreach (int p in safety) Add(p);

        var salience = InterviewCorpus.Codes.ToDictionary(c => c.Code, c => c.Salience, StringComparer.Ordinal);
        var perMainCode = passages.GroupBy(p => p.MainCode).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        while (chosen.Count < target)
        {
            var weights = new double[passages.Count];
            for (int p = 0; p < passages.Count; p++)
            {
                var passage = passages[p];
                if (passage.ExercisesSafetyRules || chosen.Contains(p) || introducedAt[passage.MainCode] > k) continue;
                weights[p] = salience[passage.MainCode] / perMainCode[passage.MainCode]
                             * (passage.SuitsProfile(interview.Profile) ? 3 : 0.5)
                             * RepeatPenalty(uses[p]);
            }
            if (weights.All(w => w == 0)) break;
            Add(rng.Weighted(weights));
        }
        return chosen;

        void Add(int p)
        {
            if (chosen.Contains(p)) return;
            chosen.Add(p);
            uses[p]++;
        }
    }

    /// <summary>
    /// Orders the passages as the interview guide goes (with detours), lays them out in the
    /// transcript, fills their slots and codes them; for a double-coded interview, adds the second
    /// coder's segments and one passage only the second coder kept, half of the time.
    /// </summary>
    private static List<PlacedPassage> Place(List<int> chosen, PlannedInterview interview, int k, Dictionary<string, int> introducedAt, bool doubleCoded, SampleRandom rng)
    {
        var passages = InterviewCorpus.Passages;
        var items = chosen.Select(p => (Passage: p, SecondCoderOnly: false)).ToList();
        if (doubleCoded && rng.Chance(0.5))
        {
            var candidates = Enumerable.Range(0, passages.Count)
                .Where(p => !chosen.Contains(p) && !passages[p].ExercisesSafetyRules && introducedAt[passages[p].MainCode] <= k)
                .ToList();
            if (candidates.Count > 0) items.Add((rng.Pick(candidates), true));
        }
        var keys = items.Select(item => GuidePosition(passages[item.Passage].MainCode) + 1.5 * rng.NextDouble()).ToArray();
        var order = Enumerable.Range(0, items.Count).OrderBy(i => keys[i]).ThenBy(i => i).ToList();

        var first = FictionalNames.Coders[0];
        var second = FictionalNames.Coders[1];
        var placed = new List<PlacedPassage>(items.Count);
        int position = rng.Between(250, 900);
        foreach (int i in order)
        {
            var (p, secondOnly) = items[i];
            var passage = passages[p];
            string excerpt = Instantiate(passage, interview, rng);
            int length = excerpt.EnumerateRunes().Count();
            var codes = passage.Codes.Where(c => introducedAt[c] <= k).ToList();

            var segments = new List<Segment>();
            if (!secondOnly) segments.AddRange(codes.Select(c => new Segment(c, first)));
            if (doubleCoded) segments.AddRange(SecondCoder(codes, secondOnly, k, introducedAt, rng).Select(c => new Segment(c, second)));
            placed.Add(new PlacedPassage(excerpt, position, position + length, segments));
            position += length + rng.Between(120, 900);
        }
        return placed;
    }

    private static double GuidePosition(string code)
    {
        string parent = code[..code.IndexOf(Code.Separator, StringComparison.Ordinal)];
        for (int i = 0; i < InterviewCorpus.GuideOrder.Count; i++)
            if (InterviewCorpus.GuideOrder[i] == parent) return i;
        return InterviewCorpus.GuideOrder.Count;
    }

    /// <summary>The second coder's codes on a passage: mostly the same, sometimes a close code, one left out, one added, or nothing.</summary>
    private static List<string> SecondCoder(List<string> firstCodes, bool secondOnly, int k, Dictionary<string, int> introducedAt, SampleRandom rng)
    {
        bool Known(string? code) => code is not null && introducedAt[code] <= k;
        var codes = new List<string>();
        if (secondOnly)
        {
            codes.Add(firstCodes[0]);
            return codes;
        }
        if (rng.Chance(0.06)) return codes;
        foreach (var code in firstCodes)
        {
            double u = rng.NextDouble();
            var partner = InterviewCorpus.ConfusedWith(code);
            string? given = u < 0.80 ? code : u < 0.90 ? (Known(partner) ? partner : code) : null;
            if (given is not null && !codes.Contains(given)) codes.Add(given);
        }
        if (codes.Count == 0) codes.Add(firstCodes[0]);
        var extra = InterviewCorpus.ConfusedWith(firstCodes[0]);
        if (rng.Chance(0.12) && Known(extra) && !codes.Contains(extra!)) codes.Add(extra!);
        return codes;
    }

    private static string Instantiate(CodingPassage passage, PlannedInterview interview, SampleRandom rng)
    {
        var institution = interview.Institution;
        var profile = institution.Profile;
        var text = new StringBuilder(passage.Text);
        Replace("{objets}", () => rng.Pick(profile.NounsPlural));
        Replace("{objet}", () => rng.Pick(profile.NounsSingular));
        Replace("{n}", () => rng.Between(2, 12).ToString(CultureInfo.InvariantCulture));
        Replace("{ville}", () => institution.Commune.Name);
        Replace("{annee}", () => rng.Between(2012, 2021).ToString(CultureInfo.InvariantCulture));
        Replace("{expo}", () => FictionalNames.Title(rng.Next(FictionalNames.TitleCount)));
        Replace("{moi}", () => interview.Respondent);
        Replace("{collegue}", () => interview.Colleague);
        Replace("{courriel}", () => Email(interview));
        Replace("{portable}", () => string.Create(CultureInfo.InvariantCulture, $"06 39 98 {rng.Next(100):00} {rng.Next(100):00}"));
        Replace("{standard}", () => string.Create(CultureInfo.InvariantCulture, $"{FictionPhonePrefix(institution.Commune.Region)} {rng.Next(100):00} {rng.Next(100):00}"));

        string result = text.ToString();
        if (!passage.ExercisesSafetyRules && rng.Chance(0.3) && InterviewCorpus.LowerableFirstWords.Contains(FirstWord(result)))
        {
            string leadIn = rng.Pick(InterviewCorpus.LeadIns);
            result = leadIn + char.ToLowerInvariant(result[0]) + result[1..];
        }
        return result;

        void Replace(string slot, Func<string> value)
        {
            for (int at = text.ToString().IndexOf(slot, StringComparison.Ordinal); at >= 0; at = text.ToString().IndexOf(slot, StringComparison.Ordinal))
                text.Remove(at, slot.Length).Insert(at, value());
        }
    }

    private static string FirstWord(string text)
    {
        int end = 0;
        while (end < text.Length && text[end] != ' ' && text[end] != '\'') end++;
        return end < text.Length && text[end] == '\'' ? text[..(end + 1)] : text[..end];
    }

    /// <summary>A work address on a reserved domain (RFC 2606 ".example"): it can never reach anyone.</summary>
    private static string Email(PlannedInterview interview)
    {
        static string Slug(string text) => MatchKey.FoldWords(text).Replace(' ', '-');
        string type = interview.Institution.Institution.Type switch
        {
            InstitutionType.Musee => "musee",
            InstitutionType.Frac => "frac",
            InstitutionType.CentreDArt => "centre-art",
            InstitutionType.EcoleDArt => "ecole-art",
            InstitutionType.Cnap => "fonds-national",
            _ => "lieu-art",
        };
        return $"{Slug(interview.FirstName)}.{Slug(interview.LastName)}@{type}-{Slug(interview.Institution.Commune.Name)}.example";
    }

    /// <summary>
    /// The national part of a number from the ranges ARCEP reserves for fiction (01 99 00, 02 61 91,
    /// 03 53 01, 04 65 71, 05 36 49; 06 39 98 for mobiles), chosen by region: never a real line.
    /// </summary>
    private static string FictionPhonePrefix(string region) => region switch
    {
        "Bretagne" or "Normandie" or "Pays de la Loire" or "Centre-Val de Loire" => "2 61 91",
        "Grand Est" or "Hauts-de-France" or "Bourgogne-Franche-Comté" => "3 53 01",
        "Auvergne-Rhône-Alpes" or "Provence-Alpes-Côte d'Azur" or "Corse" => "4 65 71",
        "Nouvelle-Aquitaine" or "Occitanie" => "5 36 49",
        _ => "1 99 00",
    };
}
