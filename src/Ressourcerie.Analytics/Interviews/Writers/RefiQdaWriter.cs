using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Interviews.Readers;
using Ressourcerie.Analytics.Interviews.Text;

namespace Ressourcerie.Analytics.Interviews.Writers;

/// <summary>
/// Writes a <see cref="CodingProject"/> as a REFI-QDA project (<c>.qdpx</c>) that ATLAS.ti,
/// MAXQDA, NVivo or QualCoder can open: <c>project.qde</c> (namespace <c>urn:QDA-XML:project:1.0</c>,
/// valid against the 2019 schema) and one UTF-8 text per interview under <c>sources/</c>, rebuilt
/// so that each excerpt sits at its offsets (see <see cref="SourceTextLayout"/>). Coders become
/// users, the codebook a nested <c>Code</c> tree, interviews cases carrying a <c>profil</c>
/// variable. GUIDs are derived from names and the archive carries no clock, so two writes of the
/// same project are byte-identical.
/// </summary>
public static partial class RefiQdaWriter
{
    public const string Namespace = "urn:QDA-XML:project:1.0";

    /// <summary>Zip entry time: fixed, so that the archive does not depend on when it was written.</summary>
    private static readonly DateTimeOffset EntryTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static RefiQdaWriteResult Write(CodingProject project, string qdpxPath, RefiQdaWriteOptions? options = null)
    {
        options ??= RefiQdaWriteOptions.Default;
        var bytes = WriteToBytes(project, options, out var result);
        try
        {
            File.WriteAllBytes(qdpxPath, bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputFileException(Path.GetFileName(qdpxPath), 0, "", $"Écriture impossible du projet REFI-QDA : {FileAccessProblem.Writing(e, qdpxPath)}.", e);
        }
        return result with { Path = qdpxPath };
    }

    private static byte[] WriteToBytes(CodingProject project, RefiQdaWriteOptions options, out RefiQdaWriteResult result)
    {
        var coders = project.Segments.Select(s => s.Coder).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var interviews = InterviewsOf(project);
        var byInterview = project.Segments.ToLookup(s => s.InterviewId, StringComparer.Ordinal);
        var layouts = interviews.ToDictionary(i => i.Id, i => SourceTextLayout.Build(byInterview[i.Id].ToList()), StringComparer.Ordinal);
        var variables = VariablesOf(interviews);

        using var buffer = new MemoryStream();
        int selections = 0, codings = 0;
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entry = zip.CreateEntry("project.qde", CompressionLevel.Optimal);
            entry.LastWriteTime = EntryTime;
            using (var stream = entry.Open())
            using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  ", NewLineChars = "\n" }))
            {
                xml.WriteStartDocument();
                xml.WriteStartElement("Project", Namespace);
                xml.WriteAttributeString("name", Clean(options.ProjectName));
                xml.WriteAttributeString("origin", $"Ressourcerie Analytics {typeof(RefiQdaWriter).Assembly.GetName().Version?.ToString(3)}");
                WriteUsers(xml, coders);
                WriteCodeBook(xml, project);
                if (interviews.Count > 0)
                {
                    WriteVariables(xml, variables);
                    WriteCases(xml, interviews, variables, options);
                    xml.WriteStartElement("Sources", Namespace);
                    foreach (var interview in interviews)
                    {
                        var (s, c) = WriteSource(xml, interview, layouts[interview.Id], byInterview[interview.Id].Where(x => x.WholeDocument));
                        selections += s;
                        codings += c;
                    }
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
                xml.WriteEndDocument();
            }
            foreach (var interview in interviews)
            {
                var text = zip.CreateEntry($"sources/{SourceGuid(interview.Id)}.txt", CompressionLevel.Optimal);
                text.LastWriteTime = EntryTime;
                using var stream = text.Open();
                var bytes = new UTF8Encoding(false).GetBytes(layouts[interview.Id].Text);
                stream.Write(bytes);
            }
        }
        result = new RefiQdaWriteResult("", interviews.Count, selections, codings, layouts.Values.SelectMany(l => l.Relocated).ToList());
        return buffer.ToArray();
    }

    /// <summary>The project's interviews, once each, plus one (profile "autre") for any segment naming an interview the list lacks: no segment is left out.</summary>
    private static List<Interview> InterviewsOf(CodingProject project)
    {
        var interviews = project.Interviews.DistinctBy(i => i.Id).ToList();
        var known = interviews.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var segment in project.Segments)
            if (known.Add(segment.InterviewId))
                interviews.Add(new Interview(segment.InterviewId, null, RespondentProfile.Autre, null, null, segment.Source));
        return interviews;
    }

    private static void WriteUsers(XmlWriter xml, List<string> coders)
    {
        if (coders.Count == 0) return;
        xml.WriteStartElement("Users", Namespace);
        foreach (var coder in coders)
        {
            xml.WriteStartElement("User", Namespace);
            xml.WriteAttributeString("guid", UserGuid(coder));
            xml.WriteAttributeString("name", Clean(coder));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void WriteCodeBook(XmlWriter xml, CodingProject project)
    {
        var codebook = new Codebook(project.Codebook.Codes);
        foreach (var path in project.Segments.Select(s => s.CodePath).Where(p => p.Length > 0)) codebook.Add(new Code(path));
        if (codebook.Codes.Count == 0) return;
        xml.WriteStartElement("CodeBook", Namespace);
        xml.WriteStartElement("Codes", Namespace);
        foreach (var code in codebook.ChildrenOf(null)) WriteCode(xml, codebook, code);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteCode(XmlWriter xml, Codebook codebook, Code code)
    {
        xml.WriteStartElement("Code", Namespace);
        xml.WriteAttributeString("guid", CodeGuid(code.Path));
        xml.WriteAttributeString("name", Clean(code.Name));
        xml.WriteAttributeString("isCodable", "true");
        if (code.Color is { } color && RgbColor().IsMatch(color)) xml.WriteAttributeString("color", color);
        if (!string.IsNullOrEmpty(code.Description)) xml.WriteElementString("Description", Namespace, Clean(code.Description));
        foreach (var child in codebook.ChildrenOf(code.Path)) WriteCode(xml, codebook, child);
        xml.WriteEndElement();
    }

    private sealed record VariableDefinition(string Name, string Type, Func<Interview, string?> Value);

    /// <summary>
    /// The variables written on cases: <c>profil</c> always (in our template's words, which read
    /// back as the same profile), <c>etablissement</c> and <c>date</c> when some interview has one,
    /// then the interviews' other variables as text.
    /// </summary>
    private static List<VariableDefinition> VariablesOf(List<Interview> interviews)
    {
        var list = new List<VariableDefinition> { new("profil", "Text", i => RespondentProfileParser.CanonicalValue(i.Profile)) };
        if (interviews.Any(i => i.InstitutionId is not null)) list.Add(new("etablissement", "Text", i => i.InstitutionId));
        if (interviews.Any(i => i.Date is not null))
            list.Add(new("date", "Date", i => i.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        var others = interviews.SelectMany(i => i.Variables.Keys)
            .Where(k => InterviewVariableRoles.Of(k) == InterviewVariableRole.Other)
            .Distinct(StringComparer.Ordinal);
        foreach (var name in others) list.Add(new(name, "Text", i => i.Variables.GetValueOrDefault(name)));
        return list;
    }

    private static void WriteVariables(XmlWriter xml, List<VariableDefinition> variables)
    {
        xml.WriteStartElement("Variables", Namespace);
        foreach (var variable in variables)
        {
            xml.WriteStartElement("Variable", Namespace);
            xml.WriteAttributeString("guid", VariableGuid(variable.Name));
            xml.WriteAttributeString("name", Clean(variable.Name));
            xml.WriteAttributeString("typeOfVariable", variable.Type);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void WriteCases(XmlWriter xml, List<Interview> interviews, List<VariableDefinition> variables, RefiQdaWriteOptions options)
    {
        xml.WriteStartElement("Cases", Namespace);
        foreach (var interview in interviews)
        {
            xml.WriteStartElement("Case", Namespace);
            xml.WriteAttributeString("guid", DeterministicGuid.From("case", interview.Id));
            // Without the respondent's name the case stays nameless, as MAXQDA writes document-variable cases.
            if (options.IncludeRespondentNames && !string.IsNullOrWhiteSpace(interview.Respondent))
                xml.WriteAttributeString("name", Clean(interview.Respondent));
            foreach (var variable in variables)
            {
                if (variable.Value(interview) is not { Length: > 0 } value) continue;
                xml.WriteStartElement("VariableValue", Namespace);
                xml.WriteStartElement("VariableRef", Namespace);
                xml.WriteAttributeString("targetGUID", VariableGuid(variable.Name));
                xml.WriteEndElement();
                xml.WriteElementString(variable.Type == "Date" ? "DateValue" : "TextValue", Namespace, Clean(value));
                xml.WriteEndElement();
            }
            xml.WriteStartElement("SourceRef", Namespace);
            xml.WriteAttributeString("targetGUID", SourceGuid(interview.Id));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static (int Selections, int Codings) WriteSource(XmlWriter xml, Interview interview, SourceTextLayout layout, IEnumerable<CodedSegment> wholeDocument)
    {
        var sourceGuid = SourceGuid(interview.Id);
        xml.WriteStartElement("TextSource", Namespace);
        xml.WriteAttributeString("guid", sourceGuid);
        xml.WriteAttributeString("name", Clean(interview.Id));
        xml.WriteAttributeString("plainTextPath", $"internal://{sourceGuid}.txt");
        int selections = 0, codings = 0;
        var text = new CodePointText(layout.Text);
        foreach (var group in layout.Placed.GroupBy(p => (p.Start, p.End)).OrderBy(g => g.Key.Start).ThenBy(g => g.Key.End))
        {
            selections++;
            var (start, end) = group.Key;
            var selectionGuid = DeterministicGuid.From("selection", interview.Id, start, end);
            var segments = group.Select(g => g.Segment).ToList();
            xml.WriteStartElement("PlainTextSelection", Namespace);
            xml.WriteAttributeString("guid", selectionGuid);
            xml.WriteAttributeString("name", Clean(Preview(text.Slice(start, end))));
            xml.WriteAttributeString("startPosition", start.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("endPosition", end.ToString(CultureInfo.InvariantCulture));
            if (segments.Select(s => s.Coder).FirstOrDefault(c => c is not null) is { } firstCoder) xml.WriteAttributeString("creatingUser", UserGuid(firstCoder));
            if (segments.Select(s => s.Memo).FirstOrDefault(m => !string.IsNullOrWhiteSpace(m)) is { } memo) xml.WriteElementString("Description", Namespace, Clean(memo));
            codings += WriteCodings(xml, selectionGuid, segments);
            xml.WriteEndElement();
        }
        codings += WriteCodings(xml, sourceGuid, wholeDocument.ToList());
        xml.WriteEndElement();
        return (selections, codings);
    }

    private static int WriteCodings(XmlWriter xml, string holderGuid, List<CodedSegment> segments)
    {
        for (int i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            xml.WriteStartElement("Coding", Namespace);
            xml.WriteAttributeString("guid", DeterministicGuid.From("coding", holderGuid, segment.CodePath, segment.Coder ?? "", i));
            if (segment.Coder is { } coder) xml.WriteAttributeString("creatingUser", UserGuid(coder));
            if (segment.CreatedAt is { } created)
                xml.WriteAttributeString("creationDateTime", DateTime.SpecifyKind(created, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            xml.WriteStartElement("CodeRef", Namespace);
            xml.WriteAttributeString("targetGUID", CodeGuid(segment.CodePath));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        return segments.Count;
    }

    /// <summary>The selection's name: its first 60 characters, as ATLAS.ti names quotations.</summary>
    private static string Preview(string excerpt)
    {
        var line = excerpt.ReplaceLineEndings(" ").Trim();
        if (line.Length <= 60) return line;
        int cut = char.IsHighSurrogate(line[59]) ? 59 : 60;
        return line[..cut] + "…";
    }

    /// <summary>Drops characters XML 1.0 cannot carry (control characters, lone surrogates); the .txt sources keep them.</summary>
    private static string Clean(string text)
    {
        StringBuilder? sb = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            bool valid = pair || XmlConvert.IsXmlChar(c);
            if (!valid && sb is null) sb = new StringBuilder(text, 0, i, text.Length);
            if (valid) sb?.Append(c);
            if (pair)
            {
                sb?.Append(text[i + 1]);
                i++;
            }
        }
        return sb?.ToString() ?? text;
    }

    private static string SourceGuid(string interviewId) => DeterministicGuid.From("source", interviewId);

    private static string CodeGuid(string path) => DeterministicGuid.From("code", path);

    private static string UserGuid(string name) => DeterministicGuid.From("user", name);

    private static string VariableGuid(string name) => DeterministicGuid.From("variable", name);

    [GeneratedRegex("^#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})$")]
    private static partial Regex RgbColor();
}
