using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Interviews.Text;

namespace Ressourcerie.Analytics.Interviews.Readers;

/// <summary>
/// Reads REFI-QDA projects (<c>.qdpx</c> archive or bare <c>.qde</c>) and codebooks (<c>.qdc</c>),
/// as ATLAS.ti, MAXQDA, NVivo, QualCoder, Transana and Taguette write them. Leniency is deliberate:
/// elements are matched by local name whatever the namespace version, code hierarchies may be
/// nested or flattened into names (<c>::</c>, <c>\</c>, <c>&gt;</c>), and a source whose text is
/// missing still yields its segments (excerpt taken from the selection's name). Safety is not
/// lenient: see <see cref="SafeZipArchive"/> and <see cref="SafeXml"/>.
/// </summary>
/// <remarks>
/// Mapping: each source is an interview (id = its name); cases give the respondent (their name,
/// personal data) and variables (profile, institution, date by name, see
/// <see cref="InterviewVariableRoles"/>) to the sources they reference; each <c>Coding</c> is a
/// segment, counted as one row of the file in the <see cref="DataQualityReport"/>.
/// </remarks>
public static class RefiQdaReader
{
    public static CodingProject Read(string path, DataQualityReport report, CodingsReadOptions? options = null) =>
        Read(path, report, options, out _);

    public static CodingProject Read(string path, DataQualityReport report, CodingsReadOptions? options, out RefiQdaSummary summary)
    {
        options ??= CodingsReadOptions.Default;
        var limits = options.Limits;
        var file = Path.GetFileName(path);
        report.RegisterFile(file);
        if (StartsWithZipSignature(path, file))
        {
            using var archive = SafeZipArchive.Open(path, file, limits);
            var entry = archive.Find("project.qde")
                ?? archive.Entries.Where(e => e.FullName.EndsWith(".qde", StringComparison.OrdinalIgnoreCase)).OrderBy(e => e.FullName, StringComparer.Ordinal).FirstOrDefault()
                ?? throw new InputFileException(file, 0, "", $"Archive sans project.qde : ce n'est pas un projet REFI-QDA (.qdpx). Exportez le projet au format « REFI-QDA Project ». Formats compris : {CodingFormats.Understood}.");
            var bytes = archive.ReadAll(entry, limits.MaxXmlBytes);
            var document = SafeXml.Load(() => new MemoryStream(bytes, writable: false), file, limits);
            return new ProjectReading(document, file, report, SourceTextStore.ForArchive(archive, limits)).Read(out summary);
        }
        var xml = SafeXml.Load(() => OpenFile(path, file), file, limits);
        return new ProjectReading(xml, file, report, SourceTextStore.ForFolder(Path.GetDirectoryName(Path.GetFullPath(path)), limits)).Read(out summary);
    }

    private static bool StartsWithZipSignature(string path, string file)
    {
        using var stream = OpenFile(path, file);
        Span<byte> head = stackalloc byte[4];
        int n = stream.ReadAtLeast(head, 4, throwOnEndOfStream: false);
        if (n == 0) throw new InputFileException(file, 0, "", "Le fichier est vide (0 octet) : la copie ou l'export a échoué. Exportez-le à nouveau.");
        if (!SafeZipArchive.HasZipSignature(head[..n]) && path.EndsWith(".qdpx", StringComparison.OrdinalIgnoreCase))
            throw new InputFileException(file, 0, "", "Le fichier porte l'extension .qdpx mais n'est pas une archive ZIP : un projet REFI-QDA est un zip contenant project.qde. Exportez à nouveau le projet.");
        return SafeZipArchive.HasZipSignature(head[..n]);
    }

    private static FileStream OpenFile(string path, string file)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputFileException(file, 0, "", $"Fichier introuvable ou illisible : {FileAccessProblem.Reading(e, path)}.", e);
        }
    }

    /// <summary>The state of reading one project document.</summary>
    private sealed class ProjectReading(XDocument document, string file, DataQualityReport report, SourceTextStore texts)
    {
        private readonly CodingProjectBuilder _builder = new(report);
        private readonly Dictionary<string, string> _users = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _codes = new(StringComparer.Ordinal);
        private readonly HashSet<string> _codePaths = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _variables = new(StringComparer.Ordinal);
        private readonly Dictionary<string, InterviewDraft> _sources = new(StringComparer.Ordinal);
        private readonly Dictionary<(string Interview, string Selection, string Code, string? Coder), int> _segmentIndex = new();
        private readonly HashSet<(string Interview, string Selection)> _selections = [];
        private readonly HashSet<string> _unknownUsers = new(StringComparer.Ordinal);
        private readonly List<string> _textless = [];
        private int _codeCount, _sourceCount, _codingCount, _caseCount;

        public CodingProject Read(out RefiQdaSummary summary)
        {
            var root = document.Root!;
            switch (root.Name.LocalName)
            {
                case "Project":
                    ReadUsers(Child(root, "Users"));
                    ReadCodeBook(Child(root, "CodeBook"));
                    ReadVariables(Child(root, "Variables"));
                    ReadSources(Child(root, "Sources"));
                    ReadCases(Child(root, "Cases"));
                    break;
                case "CodeBook":
                    ReadCodeBook(root);
                    break;
                default:
                    throw new InputFileException(file, Line(root), "",
                        $"Fichier XML non reconnu (élément racine « {root.Name.LocalName} ») : un projet REFI-QDA commence par <Project>, un livre de codes par <CodeBook>. Formats compris : {CodingFormats.Understood}.");
            }
            ReportTextless();
            summary = new RefiQdaSummary(Attr(root, "origin"), _users.Count, _codeCount, _sourceCount, _selections.Count, _codingCount, _caseCount, _variables.Count);
            return _builder.Build(CodingFormats.RefiQda);
        }

        private void ReadUsers(XElement? users)
        {
            if (users is null) return;
            foreach (var user in Children(users, "User"))
            {
                var guid = Key(Attr(user, "guid"));
                if (guid.Length == 0) continue;
                var name = Attr(user, "name")?.Trim();
                _users.TryAdd(guid, string.IsNullOrEmpty(name) ? guid : name);
            }
        }

        private void ReadCodeBook(XElement? codeBook)
        {
            var codes = codeBook is null ? null : Child(codeBook, "Codes");
            if (codes is null) return;
            // Tools that do not nest codes flatten the hierarchy into names; which separator they
            // used is read from all names at once. A slash is never taken: nesting is explicit in REFI-QDA.
            var names = codes.Descendants().Where(e => e.Name.LocalName == "Code").Select(e => Attr(e, "name") ?? "");
            var separator = CodePathNormalizer.DetectSeparator(names, [">", "::", "\\"]);
            foreach (var code in Children(codes, "Code")) ReadCode(code, null, separator);
        }

        private void ReadCode(XElement code, string? parentPath, string? separator)
        {
            _codeCount++;
            var guid = Key(Attr(code, "guid"));
            var own = CodePathNormalizer.Normalize(Attr(code, "name") ?? "", separator);
            if (own.Length == 0)
            {
                own = $"Code {guid}";
                report.Warn(file, Line(code), "Code", $"Code sans nom (GUID {guid}) : nommé « {own} ».");
            }
            var path = parentPath is null ? own : parentPath + Code.Separator + own;
            if (guid.Length > 0 && !_codes.TryAdd(guid, path))
                report.Warn(file, Line(code), "Code", $"Le GUID {guid} est porté par deux codes ; seul le premier (« {_codes[guid]} ») est retenu.");
            else if (!_codePaths.Add(path))
                report.Warn(file, Line(code), "Code", $"Deux codes s'appellent « {path} » : leurs codages sont réunis sous ce nom.");
            var description = Child(code, "Description")?.Value.Trim();
            _builder.DeclareCode(new Code(path, string.IsNullOrEmpty(description) ? null : description, guid.Length > 0 ? guid : null, Attr(code, "color")));
            foreach (var child in Children(code, "Code")) ReadCode(child, path, separator);
        }

        private void ReadVariables(XElement? variables)
        {
            if (variables is null) return;
            foreach (var variable in Children(variables, "Variable"))
            {
                var guid = Key(Attr(variable, "guid"));
                var name = Attr(variable, "name")?.Trim();
                if (guid.Length > 0 && !string.IsNullOrEmpty(name)) _variables.TryAdd(guid, name);
            }
        }

        private void ReadSources(XElement? sources)
        {
            if (sources is null) return;
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var source in sources.Elements().Where(e => e.Name.LocalName.EndsWith("Source", StringComparison.Ordinal)))
            {
                _sourceCount++;
                var guid = Key(Attr(source, "guid"));
                var draft = _builder.Interview(UniqueId(source, guid, ids), new SourceLocation(file, Line(source)));
                if (guid.Length > 0) _sources.TryAdd(guid, draft);
                ReadVariableValues(source, draft);
                switch (source.Name.LocalName)
                {
                    case "TextSource":
                        ReadTextSelections(source, draft, source);
                        break;
                    case "PDFSource":
                        foreach (var selection in Children(source, "PDFSelection")) ReadPdfSelection(selection, draft);
                        foreach (var representation in Children(source, "Representation")) ReadTextSelections(representation, draft, source);
                        break;
                    case "PictureSource":
                        foreach (var selection in Children(source, "PictureSelection")) ReadRegionSelection(selection, draft, new MediaLocation(MediaKind.Picture));
                        break;
                    case "AudioSource":
                    case "VideoSource":
                        var kind = source.Name.LocalName == "AudioSource" ? MediaKind.Audio : MediaKind.Video;
                        foreach (var selection in source.Elements().Where(e => e.Name.LocalName is "AudioSelection" or "VideoSelection"))
                            ReadTimeSelection(selection, draft, kind);
                        foreach (var transcript in Children(source, "Transcript")) ReadTranscript(transcript, draft, kind);
                        break;
                    default:
                        foreach (var selection in source.Elements().Where(e => e.Name.LocalName.EndsWith("Selection", StringComparison.Ordinal)))
                            ReadRegionSelection(selection, draft, null);
                        break;
                }
                var whole = new CodedSegment(draft.Id, "", "", null, null, null, new SourceLocation(file, Line(source))) { WholeDocument = true };
                ReadCodings(source, whole, null);
            }
        }

        private string UniqueId(XElement source, string guid, HashSet<string> ids)
        {
            var name = Attr(source, "name")?.Trim() ?? "";
            var id = name;
            if (id.Length == 0)
            {
                id = guid.Length > 0 ? $"Source {guid}" : $"Source ligne {Line(source)}";
                report.Warn(file, Line(source), "name", $"Source sans nom : l'entretien est identifié « {id} ».");
            }
            if (!ids.Add(id))
            {
                int n = 2;
                while (!ids.Add($"{id} ({n})")) n++;
                report.Warn(file, Line(source), "name", $"Deux sources s'appellent « {id} » : la seconde devient l'entretien « {id} ({n}) ».");
                id = $"{id} ({n})";
            }
            return id;
        }

        /// <summary>Plain text selections of a text source, a PDF's text representation, or any text holder.</summary>
        private void ReadTextSelections(XElement holder, InterviewDraft draft, XElement source)
        {
            var selections = Children(holder, "PlainTextSelection").ToList();
            if (selections.Count == 0) return;
            var text = LoadText(holder, source);
            foreach (var selection in selections)
            {
                var (start, end) = Positions(selection, "startPosition", "endPosition");
                string excerpt;
                if (text is not null && start is { } s && end is { } e && text.Contains(s, e))
                {
                    excerpt = text.Slice(s, e);
                }
                else
                {
                    if (text is not null && start is not null)
                        report.Warn(file, Line(selection), "endPosition",
                            $"Sélection [{start}, {end}) hors du texte de « {draft.Id} » ({text.Length} caractères) : extrait pris du nom de la sélection.");
                    excerpt = NameOrDescription(selection);
                }
                var template = Template(selection, draft, excerpt, start, end);
                ReadCodings(selection, template, Attr(selection, "creatingUser"));
            }
        }

        private void ReadPdfSelection(XElement selection, InterviewDraft draft)
        {
            var representation = Child(selection, "Representation");
            var content = representation is null ? null : Child(representation, "PlainTextContent")?.Value;
            var excerpt = string.IsNullOrEmpty(content) ? NameOrDescription(selection) : content;
            var media = Region(selection, new MediaLocation(MediaKind.Pdf) { Page = Int(selection, "page") });
            var template = Template(selection, draft, excerpt, null, null) with { Media = media };
            ReadCodings(selection, template, Attr(selection, "creatingUser"));
        }

        private void ReadRegionSelection(XElement selection, InterviewDraft draft, MediaLocation? media)
        {
            var template = Template(selection, draft, "", null, null) with
            {
                Media = media is null ? null : Region(selection, media),
                Memo = Description(selection) ?? Attr(selection, "name"),
            };
            ReadCodings(selection, template, Attr(selection, "creatingUser"));
        }

        private void ReadTimeSelection(XElement selection, InterviewDraft draft, MediaKind kind)
        {
            var template = Template(selection, draft, "", null, null) with
            {
                Media = new MediaLocation(kind) { BeginMs = Long(selection, "begin"), EndMs = Long(selection, "end") },
                Memo = Description(selection) ?? Attr(selection, "name"),
            };
            ReadCodings(selection, template, Attr(selection, "creatingUser"));
        }

        /// <summary>A transcript's selections run from one sync point (text position + time stamp) to another.</summary>
        private void ReadTranscript(XElement transcript, InterviewDraft draft, MediaKind kind)
        {
            var selections = Children(transcript, "TranscriptSelection").ToList();
            if (selections.Count == 0) return;
            var syncPoints = Children(transcript, "SyncPoint")
                .Select(p => (Guid: Key(Attr(p, "guid")), Position: Int(p, "position"), Time: Long(p, "timeStamp")))
                .Where(p => p.Guid.Length > 0)
                .GroupBy(p => p.Guid)
                .ToDictionary(g => g.Key, g => g.First());
            var text = LoadText(transcript, transcript);
            foreach (var selection in selections)
            {
                syncPoints.TryGetValue(Key(Attr(selection, "fromSyncPoint")), out var from);
                syncPoints.TryGetValue(Key(Attr(selection, "toSyncPoint")), out var to);
                int? start = from.Position, end = to.Position;
                if (start is null || end is null || start < 0 || end < start) start = end = null;
                var excerpt = text is not null && start is { } s && end is { } e && text.Contains(s, e) ? text.Slice(s, e) : NameOrDescription(selection);
                var template = Template(selection, draft, excerpt, start, end) with
                {
                    Media = new MediaLocation(kind) { BeginMs = from.Time, EndMs = to.Time },
                };
                ReadCodings(selection, template, Attr(selection, "creatingUser"));
            }
        }

        private CodedSegment Template(XElement selection, InterviewDraft draft, string excerpt, int? start, int? end)
        {
            var selectionId = Key(Attr(selection, "guid"));
            _selections.Add((draft.Id, selectionId.Length > 0 ? selectionId : $"ligne {Line(selection)}"));
            return new CodedSegment(draft.Id, "", excerpt, null, start, end, new SourceLocation(file, Line(selection)))
            {
                SelectionId = selectionId.Length > 0 ? selectionId : null,
                Memo = Description(selection),
                CreatedAt = DateTimeAttr(selection, "creationDateTime"),
            };
        }

        private void ReadCodings(XElement holder, CodedSegment template, string? selectionUser)
        {
            foreach (var coding in Children(holder, "Coding"))
            {
                _codingCount++;
                report.RowRead(file);
                int line = Line(coding);
                var target = Key(Child(coding, "CodeRef") is { } codeRef ? Attr(codeRef, "targetGUID") : null);
                if (!_codes.TryGetValue(target, out var path))
                {
                    report.Error(file, line, "CodeRef",
                        target.Length == 0
                            ? $"Codage sans référence de code dans « {template.InterviewId} » : ignoré."
                            : $"Codage de « {template.InterviewId} » vers le code {target}, absent du livre de codes : ignoré.");
                    report.RowRejected(file);
                    continue;
                }
                var segment = template with
                {
                    CodePath = path,
                    Coder = UserName(Attr(coding, "creatingUser"), line) ?? UserName(selectionUser, line),
                    CreatedAt = DateTimeAttr(coding, "creationDateTime") ?? template.CreatedAt,
                    Source = new SourceLocation(file, line),
                };
                if (segment.SelectionId is { } selection && !segment.WholeDocument)
                {
                    var key = (segment.InterviewId, selection, path, segment.Coder);
                    if (_segmentIndex.TryGetValue(key, out int index))
                    {
                        var first = _builder.Segments[index];
                        _builder.ReplaceSegment(index, first with
                        {
                            Start = first.Start ?? segment.Start,
                            End = first.Start is null ? segment.End : first.End,
                            Excerpt = first.Excerpt.Length > 0 ? first.Excerpt : segment.Excerpt,
                            Media = first.Media ?? segment.Media,
                        });
                        report.Warn(file, line, "Coding",
                            $"La sélection {selection} de « {segment.InterviewId} » porte deux fois le code « {path} » (par exemple une sélection PDF et sa représentation texte) : les deux codages sont réunis en un seul segment.");
                        report.RowAccepted(file);
                        continue;
                    }
                    _segmentIndex[key] = _builder.Segments.Count;
                }
                _builder.AddSegment(segment);
                report.RowAccepted(file);
            }
        }

        private void ReadCases(XElement? cases)
        {
            if (cases is null) return;
            foreach (var @case in Children(cases, "Case"))
            {
                _caseCount++;
                var name = Attr(@case, "name")?.Trim();
                var location = new SourceLocation(file, Line(@case));
                foreach (var reference in Children(@case, "SourceRef"))
                {
                    var target = Key(Attr(reference, "targetGUID"));
                    if (!_sources.TryGetValue(target, out var draft))
                    {
                        report.Warn(file, Line(reference), "SourceRef", $"Le cas ligne {location.Row} renvoie à la source {target}, absente du projet : référence ignorée.");
                        continue;
                    }
                    // The case name is usually the respondent: personal data, kept on the interview, never printed.
                    if (!string.IsNullOrEmpty(name)) draft.Respondent ??= name;
                    ReadVariableValues(@case, draft);
                }
            }
        }

        private void ReadVariableValues(XElement holder, InterviewDraft draft)
        {
            foreach (var value in Children(holder, "VariableValue"))
            {
                var reference = Child(value, "VariableRef");
                var target = Key(reference is null ? null : Attr(reference, "targetGUID"));
                if (!_variables.TryGetValue(target, out var name))
                {
                    report.Warn(file, Line(value), "VariableRef", $"Valeur de variable pour « {draft.Id} » sans variable déclarée ({target}) : ignorée.");
                    continue;
                }
                var content = value.Elements().FirstOrDefault(e => e.Name.LocalName != "VariableRef")?.Value;
                if (content is not null) draft.SetVariable(name, content, new SourceLocation(file, Line(value)));
            }
        }

        private CodePointText? LoadText(XElement holder, XElement source)
        {
            var inline = Child(holder, "PlainTextContent");
            if (inline is not null) return new CodePointText(inline.Value);
            var path = Attr(holder, "plainTextPath");
            string? problem = "aucun texte associé";
            if (path is not null && texts.Load(path, out problem) is { } text) return new CodePointText(text);
            _textless.Add($"« {Attr(source, "name")?.Trim()} » ({problem})");
            return null;
        }

        private void ReportTextless()
        {
            if (_textless.Count == 0) return;
            var shown = string.Join(", ", _textless.Take(5)) + (_textless.Count > 5 ? $" et {_textless.Count - 5} autres" : "");
            report.Warn(file, 0, "",
                $"Texte introuvable pour {_textless.Count} source(s) : {shown}. Leurs extraits sont pris du nom des sélections (souvent le début du passage) ; les positions sont gardées. Lisez le .qdpx complet plutôt que project.qde seul.");
        }

        private string? UserName(string? guid, int line)
        {
            var key = Key(guid);
            if (key.Length == 0) return null;
            if (_users.TryGetValue(key, out var name)) return name;
            if (_unknownUsers.Add(key))
                report.Warn(file, line, "creatingUser", $"Utilisateur {key} absent de la liste <Users> : son GUID sert de nom de codeur.");
            return key;
        }

        private MediaLocation Region(XElement selection, MediaLocation media) => media with
        {
            FirstX = Int(selection, "firstX"),
            FirstY = Int(selection, "firstY"),
            SecondX = Int(selection, "secondX"),
            SecondY = Int(selection, "secondY"),
        };

        private (int? Start, int? End) Positions(XElement selection, string startName, string endName)
        {
            int? start = Int(selection, startName), end = Int(selection, endName);
            if (start is null || end is null || start < 0 || end < start)
            {
                report.Warn(file, Line(selection), startName,
                    $"Positions « {Attr(selection, startName)} » – « {Attr(selection, endName)} » invalides (entiers, début ≤ fin attendus) : positions ignorées.");
                return (null, null);
            }
            return (start, end);
        }

        private static string NameOrDescription(XElement selection) =>
            Attr(selection, "name") is { Length: > 0 } name ? name : Description(selection) ?? "";

        private static string? Description(XElement element) =>
            Child(element, "Description")?.Value.Trim() is { Length: > 0 } d ? d : null;

        private static XElement? Child(XElement parent, string localName) =>
            parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

        private static IEnumerable<XElement> Children(XElement parent, string localName) =>
            parent.Elements().Where(e => e.Name.LocalName == localName);

        /// <summary>An attribute by local name, case ignored (tools disagree on "targetGUID" and "targetGuid").</summary>
        private static string? Attr(XElement element, string name) =>
            element.Attributes().FirstOrDefault(a => string.Equals(a.Name.LocalName, name, StringComparison.OrdinalIgnoreCase))?.Value;

        private static int? Int(XElement element, string name) =>
            int.TryParse(Attr(element, name)?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int v) ? v : null;

        private static long? Long(XElement element, string name) =>
            long.TryParse(Attr(element, name)?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out long v) ? v : null;

        private static DateTime? DateTimeAttr(XElement element, string name) =>
            Attr(element, name) is { } text && DateTime.TryParse(text.Replace(" ", ""), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var d) ? d : null;

        /// <summary>GUIDs compared without braces and case: "{5215cc69-…}" and "5215CC69-…" are one.</summary>
        private static string Key(string? guid) => guid?.Trim().Trim('{', '}').ToUpperInvariant() ?? "";

        private static int Line(XElement element) => ((IXmlLineInfo)element).LineNumber;
    }
}
