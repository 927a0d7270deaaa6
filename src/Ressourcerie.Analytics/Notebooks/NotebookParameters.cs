using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Ressourcerie.Analytics.Notebooks;

/// <summary>
/// Parameters as papermill does them: the cell tagged <c>parameters</c> declares the defaults;
/// running with <c>-p NAME=VALUE</c> inserts after it a cell tagged <c>injected-parameters</c> that
/// declares the given values again, typed like the originals (a later declaration shadows the earlier
/// one in a script, as in the kernel). A previous injected cell is replaced, so that a notebook run
/// in place twice keeps one.
/// </summary>
public static class NotebookParameters
{
    public const string ParametersTag = "parameters";

    public const string InjectedTag = "injected-parameters";

    public static NotebookCell? ParametersCell(Notebook notebook) =>
        notebook.Cells.FirstOrDefault(c => c.Kind == NotebookCellKind.Code && c.HasTag(ParametersTag));

    public static NotebookCell? InjectedCell(Notebook notebook) =>
        notebook.Cells.FirstOrDefault(c => c.Kind == NotebookCellKind.Code && c.HasTag(InjectedTag));

    /// <summary>The variables a cell declares at top level, in order.</summary>
    public static IReadOnlyList<DeclaredParameter> Declared(NotebookCell cell)
    {
        var root = (CompilationUnitSyntax)CSharpSyntaxTree.ParseText(ScriptDirectivesText(cell.Source), ScriptDirectives.ScriptParseOptions).GetRoot();
        var declarations = root.Members.OfType<FieldDeclarationSyntax>().Select(f => f.Declaration)
            .Concat(root.Members.OfType<GlobalStatementSyntax>().Select(g => g.Statement).OfType<LocalDeclarationStatementSyntax>().Select(l => l.Declaration));
        var parameters = new List<DeclaredParameter>();
        foreach (var declaration in declarations)
        {
            foreach (var variable in declaration.Variables)
            {
                var initializer = variable.Initializer?.Value;
                var kind = declaration.Type.IsVar ? KindOf(initializer) : KindOf(declaration.Type);
                parameters.Add(new DeclaredParameter(variable.Identifier.ValueText, declaration.Type.ToString(), kind, initializer?.ToString() ?? "default"));
            }
        }
        return parameters;
    }

    /// <summary>
    /// Applies <c>-p</c> values to a notebook (in memory). Throws <see cref="NotebookException"/>
    /// when the notebook has no parameters cell, does not declare a name, or a value does not fit.
    /// </summary>
    public static void Inject(Notebook notebook, string notebookName, IReadOnlyList<ParameterAssignment> values)
    {
        if (values.Count == 0) return;
        var duplicate = values.GroupBy(v => v.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new NotebookException(notebookName, $"le paramètre « {duplicate.Key} » est donné plusieurs fois");

        var cell = ParametersCell(notebook) ?? throw new NotebookException(notebookName,
            $"le notebook n'a pas de cellule de code marquée « {ParametersTag} » (metadata.tags) : impossible de lui donner -p {values[0].Name}=…");
        int cellNumber = notebook.Cells.IndexOf(cell) + 1;
        var declared = Declared(cell).GroupBy(p => p.Name).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var lines = new List<string> { "// Paramètres injectés par « ressourcerie notebooks run -p » : ils remplacent ceux de la cellule précédente." };
        foreach (var value in values)
        {
            if (!declared.TryGetValue(value.Name, out var parameter))
            {
                throw new NotebookException(new NotebookFailure(notebookName, cellNumber, cell.FirstLine, null,
                    $"la cellule « {ParametersTag} » ne déclare pas « {value.Name} » ; paramètres déclarés : {(declared.Count == 0 ? "aucun" : string.Join(", ", declared.Keys))}"));
            }
            try
            {
                lines.Add(parameter.Declaration(value.Value));
            }
            catch (FormatException e)
            {
                throw new NotebookException(new NotebookFailure(notebookName, cellNumber, cell.FirstLine, null, e.Message));
            }
        }

        var previous = InjectedCell(notebook);
        if (previous is not null) notebook.Cells.Remove(previous);
        var injected = new NotebookCell(NotebookCellKind.Code, string.Join("\n", lines))
        {
            Id = notebook.FormatMinor >= 5 ? UniqueId(notebook, InjectedTag) : null,
            Metadata = CellLanguage.CSharpCellMetadata(),
        };
        injected.Metadata["tags"] = new System.Text.Json.Nodes.JsonArray(InjectedTag);
        notebook.Cells.Insert(notebook.Cells.IndexOf(cell) + 1, injected);
    }

    /// <summary>
    /// The parameters a run used, for the HTML header: each declared parameter with the value the
    /// injected cell gave it (and <c>Injected</c> true), or its default.
    /// </summary>
    public static IReadOnlyList<(string Name, string Value, bool Injected)> Effective(Notebook notebook)
    {
        var cell = ParametersCell(notebook);
        if (cell is null) return [];
        var injectedCell = InjectedCell(notebook);
        var injected = injectedCell is null
            ? new Dictionary<string, DeclaredParameter>()
            : Declared(injectedCell).GroupBy(p => p.Name).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        return Declared(cell).GroupBy(p => p.Name).Select(g => g.Last())
            .Select(p => injected.TryGetValue(p.Name, out var given) ? (p.Name, given.DefaultText, true) : (p.Name, p.DefaultText, false))
            .ToList();
    }

    private static string ScriptDirectivesText(string source)
    {
        try
        {
            return ScriptDirectives.Prepare(source);
        }
        catch (DirectiveException)
        {
            // The runner reports refused lines with their cell; here only the declarations matter.
            return source;
        }
    }

    private static ParameterKind KindOf(TypeSyntax type) => type switch
    {
        PredefinedTypeSyntax p => p.Keyword.Kind() switch
        {
            SyntaxKind.IntKeyword => ParameterKind.Int,
            SyntaxKind.LongKeyword => ParameterKind.Long,
            SyntaxKind.DoubleKeyword => ParameterKind.Double,
            SyntaxKind.DecimalKeyword => ParameterKind.Decimal,
            SyntaxKind.BoolKeyword => ParameterKind.Bool,
            SyntaxKind.StringKeyword => ParameterKind.String,
            _ => ParameterKind.Unsupported,
        },
        IdentifierNameSyntax { Identifier.ValueText: "DateOnly" } => ParameterKind.DateOnly,
        QualifiedNameSyntax { Right.Identifier.ValueText: "DateOnly" } => ParameterKind.DateOnly,
        IdentifierNameSyntax { Identifier.ValueText: "Int32" } => ParameterKind.Int,
        IdentifierNameSyntax { Identifier.ValueText: "Double" } => ParameterKind.Double,
        IdentifierNameSyntax { Identifier.ValueText: "String" } => ParameterKind.String,
        IdentifierNameSyntax { Identifier.ValueText: "Boolean" } => ParameterKind.Bool,
        _ => ParameterKind.Unsupported,
    };

    private static ParameterKind KindOf(ExpressionSyntax? initializer) => initializer switch
    {
        LiteralExpressionSyntax literal => literal.Token.Value switch
        {
            int => ParameterKind.Int,
            long => ParameterKind.Long,
            double => ParameterKind.Double,
            decimal => ParameterKind.Decimal,
            bool => ParameterKind.Bool,
            string => ParameterKind.String,
            _ => ParameterKind.Unsupported,
        },
        PrefixUnaryExpressionSyntax { OperatorToken.RawKind: (int)SyntaxKind.MinusToken } negative => KindOf(negative.Operand),
        ParenthesizedExpressionSyntax parenthesized => KindOf(parenthesized.Expression),
        InterpolatedStringExpressionSyntax => ParameterKind.String,
        ObjectCreationExpressionSyntax creation => KindOf(creation.Type),
        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member } when member.Expression is TypeSyntax owner
            && member.Name.Identifier.ValueText is "Parse" or "ParseExact" or "FromDateTime" => KindOf(owner),
        _ => ParameterKind.Unsupported,
    };

    private static string UniqueId(Notebook notebook, string wanted)
    {
        var taken = notebook.Cells.Select(c => c.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var id = wanted;
        for (int n = 2; taken.Contains(id); n++) id = $"{wanted}-{n}";
        return id;
    }
}
