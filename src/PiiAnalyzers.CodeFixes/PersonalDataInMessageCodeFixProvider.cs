using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using PiiAnalyzers.DataFlow;
using PiiAnalyzers.Model;

namespace PiiAnalyzers.CodeFixes;

/// <summary>
/// PII0001 and PII0003: takes the personal data out of a log or exception message. "Remove" deletes the interpolation
/// holes that carry it, or a <c>params</c> argument together with its placeholder in a constant message template;
/// "Redact" puts the placeholder text <c>[REDACTED]</c> where the data was.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PersonalDataInMessageCodeFixProvider))]
[Shared]
public sealed class PersonalDataInMessageCodeFixProvider : CodeFixProvider
{
    public const string RemoveTitle = "Remove the personal data from the message";
    public const string RedactTitle = "Replace the personal data with [REDACTED]";
    public const string Redacted = "[REDACTED]";

    private const string RemoveKey = nameof(PersonalDataInMessageCodeFixProvider) + ".Remove";
    private const string RedactKey = nameof(PersonalDataInMessageCodeFixProvider) + ".Redact";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(RuleIdentifiers.PersonalDataInLog, RuleIdentifiers.PersonalDataInExceptionMessage);

    public override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create(async (context, document, diagnostics) =>
            await FixAsync(document, diagnostics, remove: context.CodeActionEquivalenceKey == RemoveKey, context.CancellationToken).ConfigureAwait(false));

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var plan = await Planner.CreateAsync(context.Document, context.CancellationToken).ConfigureAwait(false);
        if (plan is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            var single = ImmutableArray.Create(diagnostic);
            if (plan.Changes(diagnostic, remove: true).Any())
            {
                context.RegisterCodeFix(
                    CodeAction.Create(RemoveTitle, token => FixAsync(context.Document, single, remove: true, token), RemoveKey),
                    diagnostic);
            }

            if (plan.Changes(diagnostic, remove: false).Any())
            {
                context.RegisterCodeFix(
                    CodeAction.Create(RedactTitle, token => FixAsync(context.Document, single, remove: false, token), RedactKey),
                    diagnostic);
            }
        }
    }

    private static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, bool remove, CancellationToken cancellationToken)
    {
        var plan = await Planner.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        if (plan is null)
        {
            return document;
        }

        var changes = new List<TextChange>();
        foreach (var diagnostic in diagnostics)
        {
            foreach (var change in plan.Changes(diagnostic, remove))
            {
                if (!changes.Any(existing => existing.Span.OverlapsWith(change.Span) || existing.Span == change.Span))
                {
                    changes.Add(change);
                }
            }
        }

        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        return document.WithText(text.WithChanges(changes.OrderBy(change => change.Span.Start)));
    }

    /// <summary>Works out the text changes for diagnostics of one document.</summary>
    private sealed class Planner
    {
        private readonly SyntaxNode _root;
        private readonly SemanticModel _semanticModel;
        private readonly SourceText _text;
        private readonly PersonalDataTracker _tracker;
        private readonly CancellationToken _cancellationToken;

        private Planner(SyntaxNode root, SemanticModel semanticModel, SourceText text, PersonalDataTracker tracker, CancellationToken cancellationToken)
        {
            _root = root;
            _semanticModel = semanticModel;
            _text = text;
            _tracker = tracker;
            _cancellationToken = cancellationToken;
        }

        public static async Task<Planner?> CreateAsync(Document document, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || semanticModel is null)
            {
                return null;
            }

            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            var compilation = semanticModel.Compilation;
            var options = document.Project.AnalyzerOptions;
            var tracker = PersonalDataTracker.Create(compilation, PersonalDataModel.GetOrCreate(compilation, options), Sanitizers.Create(compilation, options));
            return new Planner(root, semanticModel, text, tracker, cancellationToken);
        }

        public IEnumerable<TextChange> Changes(Diagnostic diagnostic, bool remove)
        {
            if (_root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not { } node)
            {
                yield break;
            }

            var expression = node is ArgumentSyntax argument ? argument.Expression : node as ExpressionSyntax;
            if (expression is null)
            {
                yield break;
            }

            // $"Welcome {customer.Name}": the holes that carry the data.
            var holes = expression.DescendantNodesAndSelf()
                .OfType<InterpolationSyntax>()
                .Where(hole => Operation(hole.Expression) is { } value && !_tracker.Track(value, ValueUse.AsText, _cancellationToken).IsEmpty)
                .ToList();
            if (holes.Count > 0)
            {
                foreach (var hole in holes)
                {
                    yield return remove ? new TextChange(WithOneSpace(hole.Span), string.Empty) : new TextChange(hole.Span, Redacted);
                }

                yield break;
            }

            if (!remove)
            {
                yield return new TextChange(expression.Span, "\"" + Redacted + "\"");
                yield break;
            }

            // logger.LogInformation("Sent to {Email}", customer.Email): the argument and its placeholder.
            if (expression.Parent is ArgumentSyntax { Parent: ArgumentListSyntax list } reported
                && TemplateOf(list, reported) is { } template
                && PlaceholderSpan(template.Literal, template.Position) is { } placeholder)
            {
                var index = list.Arguments.IndexOf(reported);
                var start = list.Arguments[index - 1].Span.End;
                yield return new TextChange(TextSpan.FromBounds(start, reported.Span.End), string.Empty);
                yield return new TextChange(WithOneSpace(placeholder), string.Empty);
            }
        }

        private IOperation? Operation(SyntaxNode node) => _semanticModel.GetOperation(node, _cancellationToken);

        // The constant template the params argument fills, and which of its placeholders the argument fills.
        private (LiteralExpressionSyntax Literal, int Position)? TemplateOf(ArgumentListSyntax list, ArgumentSyntax reported)
        {
            if (Operation(list.Parent!) is not IInvocationOperation invocation)
            {
                return null;
            }

            for (var i = 0; i < invocation.Arguments.Length; i++)
            {
                var argument = invocation.Arguments[i];
                if (argument.ArgumentKind != ArgumentKind.ParamArray
                    || argument.Value is not IArrayCreationOperation { Initializer: { } initializer }
                    || i == 0)
                {
                    continue;
                }

                var position = -1;
                for (var j = 0; j < initializer.ElementValues.Length; j++)
                {
                    if (initializer.ElementValues[j].Syntax == reported.Expression)
                    {
                        position = j;
                    }
                }

                if (position >= 0 && invocation.Arguments[i - 1].Value.Syntax is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
                {
                    return (literal, position);
                }
            }

            return null;
        }

        // The span of the n-th {placeholder} in a string literal; "{{" is an escaped brace.
        private static TextSpan? PlaceholderSpan(LiteralExpressionSyntax literal, int position)
        {
            var text = literal.Token.Text;
            var found = 0;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] != '{')
                {
                    continue;
                }

                if (i + 1 < text.Length && text[i + 1] == '{')
                {
                    i++;
                    continue;
                }

                var end = text.IndexOf('}', i);
                if (end < 0)
                {
                    return null;
                }

                if (found++ == position)
                {
                    return new TextSpan(literal.Token.SpanStart + i, end - i + 1);
                }

                i = end;
            }

            return null;
        }

        // "Sent to {Email} today" loses one of the spaces around the placeholder with it.
        private TextSpan WithOneSpace(TextSpan span)
        {
            if (span.Start > 0 && _text[span.Start - 1] == ' ')
            {
                return TextSpan.FromBounds(span.Start - 1, span.End);
            }

            return span.End < _text.Length && _text[span.End] == ' ' ? TextSpan.FromBounds(span.Start, span.End + 1) : span;
        }
    }
}
